//! No answer in a page title (issue 14, "Leaks"). A title stays in the
//! browser's history after Exit this page, and a host page's analytics can
//! read it, so no title may be made from what the carer typed.
//!
//! Two halves keep that true: `ui::browser::set_title` takes only `&'static
//! str` (fixed wording, never a string built at run time), and here every
//! heading and title in the wording files is checked to carry no `{…}`
//! placeholder that the code would fill in (e.g. `{name}`, the cared-for
//! person's first name, which the emergency plan pages used to put in their
//! titles).

use std::fs;
use std::path::Path;

use carer_check::content::content;
use carer_check::content::document_pages::document_pages;
use carer_check::content::plan_pages::plan_pages;
use carer_check::domain::identify::Verdict;
use carer_check::domain::journey::{PlanSection, QuestionId};

/// `(file, table, key, value)` for every `key = "value"` line whose key names
/// a title or heading, in every data file.
fn title_entries() -> Vec<(String, String, String, String)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/content/data");
    let mut found = Vec::new();
    let mut files: Vec<_> = fs::read_dir(&dir)
        .expect("the content folder")
        .map(|entry| entry.expect("a content file").path())
        .filter(|path| path.extension().is_some_and(|e| e == "toml"))
        .collect();
    files.sort();
    assert!(files.len() >= 10, "found only {files:?}");
    for path in files {
        let file = path.file_name().unwrap().to_string_lossy().into_owned();
        let text = fs::read_to_string(&path).expect("a readable content file");
        let mut table = String::new();
        for line in text.lines().map(str::trim) {
            if line.starts_with('[') {
                table = line.to_owned();
                continue;
            }
            let Some((key, value)) = line.split_once('=') else {
                continue;
            };
            let key = key.trim().trim_matches('"');
            if line.starts_with('#') || !key.contains("title") {
                continue;
            }
            found.push((
                file.clone(),
                table.clone(),
                key.to_owned(),
                value.trim().to_owned(),
            ));
        }
    }
    found
}

fn placeholder(text: &str) -> Option<&str> {
    let start = text.find('{')?;
    let end = text[start..]
        .find('}')
        .map_or(text.len(), |e| start + e + 1);
    Some(&text[start..end])
}

#[test]
fn no_title_or_heading_in_the_wording_files_has_a_placeholder() {
    let entries = title_entries();
    // The scan finds what it should: the plan pages' section titles, the
    // document preview titles, the questions' titles.
    assert!(
        entries.len() >= 60,
        "only {} title entries found",
        entries.len()
    );
    for wanted in ["plan_title", "card_title"] {
        assert!(
            entries.iter().any(|(_, _, key, _)| key == wanted),
            "{wanted} not scanned"
        );
    }
    // The browser tab's title around each page's title (site.toml
    // page_title, page_title_error): its one placeholder, `{page}`, is filled
    // by `browser::set_title` with a page's fixed title (`&'static str`).
    let frame = |file: &str, table: &str, key: &str, value: &str| {
        file == "site.toml"
            && table.is_empty()
            && matches!(key, "page_title" | "page_title_error")
            && value.matches('{').count() == 1
            && value.contains("{page}")
    };
    let bad: Vec<String> = entries
        .iter()
        .filter(|(file, table, key, value)| !frame(file, table, key, value))
        .filter_map(|(file, table, key, value)| {
            placeholder(value).map(|p| format!("{file} {table} {key} = {value} (has {p})"))
        })
        .collect();
    assert!(
        bad.is_empty(),
        "titles that would carry answer text:\n{}",
        bad.join("\n")
    );
}

/// The scan above would miss a title held under another key name: every
/// string the pages pass to `set_title` is checked through the typed content.
#[test]
fn every_page_title_the_app_sets_is_fixed_wording() {
    let mut titles: Vec<(String, &str)> = Vec::new();
    let plans = plan_pages();
    for &section in PlanSection::ALL {
        titles.push((
            format!("plan section {section:?}"),
            &plans.section(section).title,
        ));
    }
    titles.push(("plan check".into(), &plans.check.title));
    titles.push(("plan remove".into(), &plans.remove.title));
    titles.push(("plan not found".into(), &plans.not_found_title));
    titles.push(("plans".into(), &plans.list.title));
    let names = &document_pages().names;
    for (what, title) in [
        ("passport", &names.passport),
        ("emergency plan", &names.plan_title),
        ("wallet card", &names.card_title),
        ("help list", &names.help),
        ("GP letter", &names.gp),
        ("employer letter", &names.employer),
        ("assessment list", &names.assessment),
    ] {
        titles.push((format!("document {what}"), title));
    }
    titles.push(("documents".into(), &document_pages().list.title));
    titles.push((
        "cannot make".into(),
        &document_pages().preview.cannot_make_title,
    ));
    for &question in QuestionId::ALL {
        for young in [false, true] {
            titles.push((
                format!("question {question:?} young={young}"),
                content().question(question).title_for(young),
            ));
        }
    }
    for verdict in [Verdict::Carer, Verdict::MaybeCarer, Verdict::NotACarerNow] {
        titles.push((
            format!("result {verdict:?}"),
            &content().verdict(verdict).title,
        ));
    }
    assert!(titles.len() >= 40);
    for (what, title) in titles {
        assert!(!title.trim().is_empty(), "{what}: empty title");
        assert_eq!(
            placeholder(title),
            None,
            "{what}: title {title:?} would carry answer text"
        );
    }
}

/// The document previews' names, shown on the page and printed, do name the
/// person; their page titles must not.
#[test]
fn the_documents_that_name_the_person_have_titles_that_do_not() {
    let names = &document_pages().names;
    assert_eq!(placeholder(&names.plan), Some("{name}"));
    assert_eq!(placeholder(&names.card), Some("{name}"));
    assert_eq!(placeholder(&plan_pages().caption_named), Some("{name}"));
    for title in [&names.plan_title, &names.card_title, &plan_pages().caption] {
        assert_eq!(placeholder(title), None);
    }
}
