//! The domain can be read alone: nothing under `src/domain` names the
//! content, the UI, storage or a web crate. Rules receive the data they need
//! as arguments; `content` may use `domain`, never the reverse.

use crate::support::rust_files;
use std::fs;
use std::path::Path;

/// Modules of this crate the domain must not reach.
const CRATE_MODULES: &[&str] = &["content", "ui", "storage"];
/// Crates the domain must not use (anything starting `gloo` counts).
const WEB_CRATES: &[&str] = &["web_sys", "leptos", "wasm_bindgen", "js_sys", "gloo"];

/// Identifiers and the punctuation paths are made of; comments, strings and
/// character literals are left out so that prose may name other modules.
fn tokens(source: &str) -> Vec<String> {
    let chars: Vec<char> = source.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let next = chars.get(i + 1).copied();
        if c == '/' && next == Some('/') {
            while i < chars.len() && chars[i] != '\n' {
                i += 1;
            }
        } else if c == '/' && next == Some('*') {
            i += 2;
            while i < chars.len() && !(chars[i] == '*' && chars.get(i + 1) == Some(&'/')) {
                i += 1;
            }
            i += 2;
        } else if c == 'r' && (next == Some('"') || next == Some('#')) && is_raw_string(&chars, i) {
            i = skip_raw_string(&chars, i);
        } else if c == '"' {
            i += 1;
            while i < chars.len() && chars[i] != '"' {
                i += if chars[i] == '\\' { 2 } else { 1 };
            }
            i += 1;
        } else if c == '\'' && is_char_literal(&chars, i) {
            i += 1;
            while i < chars.len() && chars[i] != '\'' {
                i += if chars[i] == '\\' { 2 } else { 1 };
            }
            i += 1;
        } else if c.is_alphanumeric() || c == '_' {
            let start = i;
            while i < chars.len() && (chars[i].is_alphanumeric() || chars[i] == '_') {
                i += 1;
            }
            out.push(chars[start..i].iter().collect());
        } else if c == ':' && next == Some(':') {
            out.push("::".to_owned());
            i += 2;
        } else {
            if "{},".contains(c) {
                out.push(c.to_string());
            } else if !c.is_whitespace() && c != '$' {
                out.push(";".to_owned());
            }
            i += 1;
        }
    }
    out
}

fn is_raw_string(chars: &[char], at: usize) -> bool {
    let before_is_ident = at > 0 && (chars[at - 1].is_alphanumeric() || chars[at - 1] == '_');
    let mut i = at + 1;
    while chars.get(i) == Some(&'#') {
        i += 1;
    }
    !before_is_ident && chars.get(i) == Some(&'"')
}

fn skip_raw_string(chars: &[char], at: usize) -> usize {
    let mut i = at + 1;
    let mut hashes = 0;
    while chars.get(i) == Some(&'#') {
        hashes += 1;
        i += 1;
    }
    i += 1;
    while i < chars.len() {
        if chars[i] == '"' && (1..=hashes).all(|k| chars.get(i + k) == Some(&'#')) {
            return i + 1 + hashes;
        }
        i += 1;
    }
    i
}

/// `'a'` or `'\n'`, not a lifetime such as `'a`.
fn is_char_literal(chars: &[char], at: usize) -> bool {
    match chars.get(at + 1) {
        Some('\\') => true,
        Some(_) => chars.get(at + 2) == Some(&'\''),
        None => false,
    }
}

/// Every forbidden name the source reaches, with the path that reaches it:
/// `crate::content…`, `super::super::ui…`, `crate::{storage, …}`, and any
/// use of a web crate.
fn forbidden_paths(source: &str) -> Vec<String> {
    let tokens = tokens(source);
    let mut found = Vec::new();
    for (i, token) in tokens.iter().enumerate() {
        let name = token.as_str();
        if WEB_CRATES.contains(&name) || name.starts_with("gloo") {
            found.push(name.to_owned());
            continue;
        }
        let module = CRATE_MODULES.iter().any(|m| {
            name == *m
                || name
                    .strip_prefix(m)
                    .is_some_and(|rest| rest.starts_with('_'))
        });
        if module {
            if let Some(start) = rooted_at(&tokens, i) {
                found.push(tokens[start..=i].concat());
            }
        }
    }
    found
}

/// Where the path reaching `tokens[at]` starts, if it starts at the crate
/// root: `crate::x`, `super::super::x` (the domain's files sit one level
/// down), or `x` as an item of a `crate::{…}` group.
fn rooted_at(tokens: &[String], at: usize) -> Option<usize> {
    let is_root = |t: &String| t == "crate" || t == "super";
    if at >= 2 && tokens[at - 1] == "::" && is_root(&tokens[at - 2]) {
        return Some(at - 2);
    }
    if at == 0 || !(tokens[at - 1] == "{" || tokens[at - 1] == ",") {
        return None;
    }
    let mut depth = 0;
    let mut j = at;
    while j > 0 {
        j -= 1;
        match tokens[j].as_str() {
            "}" => depth += 1,
            "{" if depth > 0 => depth -= 1,
            "{" => break,
            ";" => return None,
            _ => {}
        }
    }
    (tokens[j] == "{" && j >= 2 && tokens[j - 1] == "::" && is_root(&tokens[j - 2])).then(|| j - 2)
}

#[test]
fn no_file_under_src_domain_reaches_content_ui_storage_or_the_web() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/domain");
    let files = rust_files(&root);
    assert!(files.len() > 10, "found only {} domain files", files.len());
    let mut faults = Vec::new();
    for file in &files {
        let source = fs::read_to_string(file).expect("readable");
        for path in forbidden_paths(&source) {
            faults.push(format!("{}: {path}", file.display()));
        }
    }
    assert!(
        faults.is_empty(),
        "the domain must take what it needs as arguments:\n{}",
        faults.join("\n")
    );
}

#[test]
fn the_check_finds_every_way_of_naming_a_forbidden_module() {
    for source in [
        "use crate::content::directory::directory;",
        "use crate::content_struct;",
        "use crate::{domain::plan, content::site::site};",
        "use crate::{\n    content,\n    domain,\n};",
        "impl $crate::content::value::FromValue for X {}",
        "fn f() { super::super::content::content(); }",
        "use super::super::ui::browser;",
        "let x = crate::storage::load();",
        "use web_sys::Window;",
        "use leptos::prelude::*;",
        "#[wasm_bindgen] fn f() {}",
        "use gloo_storage::LocalStorage;",
        "use crate::{domain::{plan, journey}, ui::browser};",
    ] {
        assert!(
            !forbidden_paths(source).is_empty(),
            "missed a forbidden path in: {source}"
        );
    }
}

#[test]
fn the_check_passes_what_the_domain_may_write() {
    for source in [
        "use crate::domain::plan::Date;",
        "// Callers pass crate::content::directory() data in.",
        "/// The wording lives in `crate::content`; the ui lays it out.",
        "/* crate::ui */ fn f() {}",
        "let s = \"crate::content::x\";",
        "let s = r#\"use leptos::*\"#;",
        "fn f<'a>(content: &'a str, ui: u8) { let storage = content; }",
        "let c = 'x'; let q = '\\'';",
        "answers.storage_key()",
        "use crate::domain::{plan, journey::{Route, Step}};",
        "use super::sources::SourceDate;",
    ] {
        assert_eq!(forbidden_paths(source), Vec::<String>::new(), "{source}");
    }
}
