//! Nothing is ever put into the page as markup: text the carer typed could
//! then run as code. Leptos's `inner_html`, web-sys's `set_inner_html` and
//! `set_outer_html`, and `insertAdjacentHTML` are not used anywhere in the
//! app's source (`src/`), so this test refuses them outright.

use crate::support::rust_files;
use std::fs;
use std::path::Path;

const FORBIDDEN: &[&str] = &[
    "inner_html",
    "outer_html",
    "innerHTML",
    "outerHTML",
    "insert_adjacent_html",
    "insertAdjacentHTML",
    "document.write",
];

#[test]
fn no_source_file_sets_markup() {
    let files = rust_files(Path::new("src"));
    assert!(files.len() > 40, "found only {} source files", files.len());
    let mut found = vec![];
    for file in &files {
        let text = fs::read_to_string(file).expect("readable source file");
        for (number, line) in text.lines().enumerate() {
            for word in FORBIDDEN {
                if line.contains(word) {
                    found.push(format!(
                        "{}:{}: {}",
                        file.display(),
                        number + 1,
                        line.trim()
                    ));
                }
            }
        }
    }
    assert!(
        found.is_empty(),
        "markup set from code:\n{}",
        found.join("\n")
    );
}

#[test]
fn the_check_would_catch_each_way_of_setting_markup() {
    let sample = "el.set_inner_html(&name); view! { <div inner_html=x/> }";
    assert!(FORBIDDEN.iter().any(|word| sample.contains(word)));
}
