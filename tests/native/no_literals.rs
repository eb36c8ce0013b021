//! Every word a carer reads comes from the wording files
//! (`src/content/data/*.toml`), never from a string in the Rust code: that is
//! what lets the reading-age test see all of it, and a translation replace
//! all of it.
//!
//! This test reads the code that builds what the carer sees (`src/ui`,
//! `src/documents`, `src/domain`, `src/storage.rs` and the helpers beside
//! them) as Rust tokens and refuses any string literal that looks like wording:
//! - two or more words with letters in them ("Add a medicine"), unless every
//!   word is a CSS class (`cc-...`);
//! - a capitalised word ("Error", "Carer Check");
//! - a small English joining word on its own ("or", "my ").
//!
//! `{placeholders}` are taken out first, so `"{value}, {}"` is not wording.
//! Not read: test code (`#[cfg(test)]` items, files named `tests.rs`),
//! attributes and doc comments, and the messages of `expect`, `panic!`,
//! `assert!` and the like, which are for developers. A literal that is truly
//! not wording goes in `ALLOWED`, with the reason.
// Reads files from disk: native only (proc-macro2 is a native dev-dependency).
#![cfg(not(target_arch = "wasm32"))]

use crate::support::rust_files;
use std::collections::BTreeSet;
use std::fs;
use std::path::Path;
use std::str::FromStr;

use proc_macro2::{Delimiter, TokenStream, TokenTree};

/// The folders and files whose strings could reach a carer.
const SCANNED: &[&str] = &[
    "src/ui",
    "src/documents",
    "src/domain",
    "src/storage.rs",
    "src/storage/browser.rs",
    "src/qr_code.rs",
    "src/util.rs",
];

/// Literals that look like wording but are not: (file, literal or `*` for
/// the whole file, why).
const ALLOWED: &[(&str, &str, &str)] = &[
    (
        "src/ui/widgets/listen.rs",
        ".cc-error-summary__title,.cc-error-summary li",
        "a CSS selector for the error summary that Listen reads; never shown",
    ),
    (
        "src/domain/steps.rs",
        "*",
        "text built to make the checks work hard, for tests and the bench; never shown",
    ),
    (
        "src/domain/record.rs",
        "*",
        "why a saved value could not be read, with its path: for developers and tests; \
         the carer reads load_damaged (site.toml)",
    ),
    (
        "src/domain/answers_file.rs",
        "is not a whole number",
        "a saved file's fault, for developers and tests; the carer reads load_damaged",
    ),
    (
        "src/domain/answers_file.rs",
        "is not a table",
        "a saved file's fault, for developers and tests; the carer reads load_damaged",
    ),
    (
        "src/domain/answers_file.rs",
        "is not a version this app knows",
        "a saved file's fault, for developers and tests; the carer reads load_newer",
    ),
    (
        "src/domain/answers_file.rs",
        "has no way to be brought up to date",
        "a saved file's fault, for developers and tests; the carer reads load_damaged",
    ),
    (
        "src/domain/choice.rs",
        "is not one of the known options",
        "an unknown option id in a saved file or the content data: for developers and tests",
    ),
    (
        "src/domain/choice.rs",
        "{id} is not one of the known options",
        "an unknown option id read by serde (a saved file, a language file): for developers and tests",
    ),
    (
        "src/qr_code.rs",
        "M{} {}h{run}v1h-{run}z",
        "an SVG path drawing the QR code's modules, not words",
    ),
    (
        "src/domain/dates.rs",
        "of",
        "a word recognised in a typed date (\"3rd of April\"), never shown",
    ),
    (
        "src/domain/dates.rs",
        "the",
        "a word recognised in a typed date (\"the 3rd of April\"), never shown",
    ),
    (
        "src/domain/plan/access_codes.rs",
        "of",
        "a word before a year in typed text (\"the summer of 2019\"), so it is not taken for a code",
    ),
    (
        "src/domain/plan/access_codes.rs",
        "at",
        "a word before a time in typed text (\"at 0730\"), so it is not taken for a code",
    ),
    (
        "src/domain/plan/access_codes.rs",
        "from",
        "a word before a time or year in typed text, so it is not taken for a code",
    ),
    (
        "src/domain/plan/access_codes.rs",
        "by",
        "a word before a time in typed text (\"by 0900\"), so it is not taken for a code",
    ),
    (
        "src/domain/plan/access_codes.rs",
        "in",
        "a word before a year in typed text (\"in 2019\"), so it is not taken for a code",
    ),
    (
        "src/storage/browser.rs",
        "Quota",
        "part of the browser's error name QuotaExceededError, never shown",
    ),
    (
        "src/ui/exit.rs",
        "to",
        "a key of the message to embed.js (where to go), never shown",
    ),
    (
        "src/ui/exit.rs",
        "nofollow noreferrer",
        "the Exit link's rel attribute values, never shown",
    ),
    (
        "src/ui/exit.rs",
        "Shift",
        "the browser's name for the Shift key, compared with key presses, never shown",
    ),
    (
        "src/ui/pages/start.rs",
        "M0 0h13l20 20-20 20H0l20-20z",
        "the drawing commands of the Start button's arrow (SVG path), never shown",
    ),
];

/// Calls and macros whose text is for developers, never shown.
const DEVELOPER_TEXT: &[&str] = &[
    "expect",
    "expect_throw",
    "panic",
    "unreachable",
    "todo",
    "unimplemented",
    "assert",
    "assert_eq",
    "assert_ne",
    "debug_assert",
    "debug_assert_eq",
    "debug_assert_ne",
];

/// Words that are never ids in this code, so on their own they are wording.
const JOINING_WORDS: &[&str] = &[
    "or", "and", "of", "my", "the", "to", "an", "in", "on", "at", "by", "for", "with", "from",
    "your", "our", "is", "not", "but", "if", "then", "than",
];

/// The text of a string literal token, or `None` for other literals.
fn string_value(token: &str) -> Option<String> {
    if let Some(rest) = token.strip_prefix('r') {
        let hashes = rest.len() - rest.trim_start_matches('#').len();
        let body = &rest[hashes..];
        let body = body.strip_prefix('"')?;
        return Some(body[..body.len() - 1 - hashes].to_owned());
    }
    let body = token.strip_prefix('"')?.strip_suffix('"')?;
    // A `\` at the end of a line joins it to the next, without the spaces.
    let mut text = String::new();
    let mut lines = body.split("\\\n");
    text.push_str(lines.next().unwrap_or_default());
    for line in lines {
        text.push_str(line.trim_start());
    }
    Some(text.replace("\\n", "\n").replace("\\\"", "\""))
}

/// The text without its `{placeholders}`.
fn without_placeholders(text: &str) -> String {
    let mut out = String::new();
    let mut depth = 0;
    for c in text.chars() {
        match c {
            '{' => depth += 1,
            '}' if depth > 0 => depth -= 1,
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out
}

/// Does this string look like words a carer would read?
fn looks_like_wording(text: &str) -> bool {
    let text = without_placeholders(text);
    let has_letter = |word: &str| word.chars().any(|c| c.is_alphabetic());
    let words: Vec<&str> = text.split_whitespace().filter(|w| has_letter(w)).collect();
    if words.len() >= 2 && !words.iter().all(|w| w.starts_with("cc-")) {
        return true;
    }
    let chars: Vec<char> = text.chars().collect();
    let capitalised = chars.windows(2).enumerate().any(|(i, pair)| {
        pair[0].is_uppercase()
            && pair[1].is_lowercase()
            && (i == 0 || !chars[i - 1].is_alphabetic())
    });
    capitalised || JOINING_WORDS.contains(&text.trim().to_lowercase().as_str())
}

/// Collects (line, literal) for every string in `tokens` that looks like
/// wording, leaving out test code, attributes and developer messages.
fn wording_in(tokens: TokenStream, found: &mut Vec<(usize, String)>) {
    let tokens: Vec<TokenTree> = tokens.into_iter().collect();
    let mut i = 0;
    while i < tokens.len() {
        match &tokens[i] {
            TokenTree::Punct(p) if p.as_char() == '#' => {
                // An attribute: `#[...]` or `#![...]`.
                let mut j = i + 1;
                if matches!(&tokens.get(j), Some(TokenTree::Punct(p)) if p.as_char() == '!') {
                    j += 1;
                }
                if let Some(TokenTree::Group(group)) = tokens.get(j) {
                    if group.delimiter() == Delimiter::Bracket {
                        let attribute = group.stream().to_string().replace(' ', "");
                        i = j + 1;
                        if attribute == "cfg(test)" {
                            // Skip the item: up to its `{ ... }` or `;`.
                            while i < tokens.len() {
                                match &tokens[i] {
                                    TokenTree::Group(g) if g.delimiter() == Delimiter::Brace => {
                                        i += 1;
                                        break;
                                    }
                                    TokenTree::Punct(p) if p.as_char() == ';' => {
                                        i += 1;
                                        break;
                                    }
                                    _ => i += 1,
                                }
                            }
                        }
                        continue;
                    }
                }
                i += 1;
            }
            TokenTree::Ident(ident) if DEVELOPER_TEXT.contains(&ident.to_string().as_str()) => {
                // `expect(...)` or `panic!(...)`: skip its arguments.
                let mut j = i + 1;
                if matches!(&tokens.get(j), Some(TokenTree::Punct(p)) if p.as_char() == '!') {
                    j += 1;
                }
                i = match tokens.get(j) {
                    Some(TokenTree::Group(g)) if g.delimiter() == Delimiter::Parenthesis => j + 1,
                    _ => i + 1,
                };
            }
            TokenTree::Group(group) => {
                wording_in(group.stream(), found);
                i += 1;
            }
            TokenTree::Literal(literal) => {
                if let Some(text) = string_value(&literal.to_string()) {
                    if looks_like_wording(&text) {
                        found.push((literal.span().start().line, text));
                    }
                }
                i += 1;
            }
            _ => i += 1,
        }
    }
}

/// Every literal that looks like wording, as (file, line, literal).
fn wording_in_code() -> Vec<(String, usize, String)> {
    let mut files = vec![];
    for path in SCANNED {
        // A folder's tests.rs is test code: not read.
        files.extend(rust_files(Path::new(path)).into_iter().filter(|file| {
            *path == file.to_str().unwrap_or_default()
                || file.file_name().is_some_and(|name| name != "tests.rs")
        }));
    }
    assert!(files.len() > 60, "found only {} source files", files.len());
    let mut all = vec![];
    for file in files {
        let text = fs::read_to_string(&file).expect("readable source file");
        let tokens = TokenStream::from_str(&text)
            .unwrap_or_else(|e| panic!("{} does not parse: {e:?}", file.display()));
        let mut found = vec![];
        wording_in(tokens, &mut found);
        let name = file.display().to_string();
        all.extend(
            found
                .into_iter()
                .map(|(line, text)| (name.clone(), line, text)),
        );
    }
    all
}

fn allowed(file: &str, text: &str) -> Option<usize> {
    ALLOWED
        .iter()
        .position(|(f, t, _)| *f == file && (*t == "*" || *t == text))
}

#[test]
fn no_wording_is_written_in_the_code() {
    let mut used = BTreeSet::new();
    let mut wording = vec![];
    for (file, line, text) in wording_in_code() {
        match allowed(&file, &text) {
            Some(index) => {
                used.insert(index);
            }
            None => wording.push(format!("{file}:{line}: {text:?}")),
        }
    }
    assert!(
        wording.is_empty(),
        "wording written in Rust; move it to src/content/data/*.toml \
         (or, if it is not wording, to ALLOWED with the reason):\n{}",
        wording.join("\n")
    );
    let stale: Vec<_> = ALLOWED
        .iter()
        .enumerate()
        .filter(|(index, _)| !used.contains(index))
        .map(|(_, (file, text, _))| format!("{file}: {text:?}"))
        .collect();
    assert!(
        stale.is_empty(),
        "ALLOWED entries no longer needed: {stale:?}"
    );
    for (_, _, reason) in ALLOWED {
        assert!(reason.len() > 20, "each allowed literal says why");
    }
}

#[test]
fn the_rule_tells_wording_from_code() {
    for wording in [
        "Error: ",
        "Add a medicine",
        "or",
        "my ",
        " and ",
        "Carer Check",
        "{prefix}{page} – Carer Check",
        "Check the day. {name} has days 1 to {days}.",
        "January",
    ] {
        assert!(looks_like_wording(wording), "{wording:?} is wording");
    }
    for code in [
        "cc-body cc-inset",
        "cc-button",
        "name",
        "{n}",
        "#/plans/{id}/check",
        "{value}, {} {}",
        " – {name}",
        "aria-label",
        "carerCheck",
        "CARGO_PKG_VERSION",
        "label[for='{id}']",
        "not-sure",
    ] {
        assert!(!looks_like_wording(code), "{code:?} is not wording");
    }
}

#[test]
fn test_code_attributes_and_developer_messages_are_not_read() {
    let source = r##"
        /// Doc comment: Add a medicine.
        #[doc = "Add a medicine"]
        fn shown() -> &'static str { "Shown to a carer" }
        fn checked(x: Option<u8>) -> u8 { x.expect("Every x is set") }
        fn never() { panic!("Should never happen: {}", 1); }
        fn raw() -> &'static str { r#"Raw text here"# }
        fn joined() -> &'static str { "First line, \
            second line" }
        #[cfg(test)]
        mod tests { fn t() { let _ = "Test wording here"; } }
        #[cfg(test)]
        fn helper() { let _ = "More test wording"; }
        fn view() { view! { <p>"Text in a view"</p> <span>"or"</span> } }
    "##;
    let mut found = vec![];
    wording_in(TokenStream::from_str(source).unwrap(), &mut found);
    let texts: Vec<&str> = found.iter().map(|(_, t)| t.as_str()).collect();
    assert_eq!(
        texts,
        [
            "Shown to a carer",
            "Raw text here",
            "First line, second line",
            "Text in a view",
            "or"
        ]
    );
}
