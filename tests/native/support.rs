//! Helpers shared by the native test modules (`crate::support`): one copy of what more
//! than one module needs.
#![allow(dead_code)] // each test file uses some of these

use std::fs;
use std::path::{Path, PathBuf};

use carer_check::content::outcomes::outcomes_content;
use carer_check::domain::answers::Answers;
use carer_check::domain::outcomes::{OutcomeAnswers, Rating};
use carer_check::domain::record::Record;

/// Every `.rs` file at `path` (a file, or a folder and the folders in it), in name order.
pub fn rust_files(path: &Path) -> Vec<PathBuf> {
    let mut out = vec![];
    collect(path, &mut out);
    out
}

fn collect(path: &Path, out: &mut Vec<PathBuf>) {
    if path.is_file() {
        out.push(path.to_owned());
        return;
    }
    let mut entries: Vec<_> = fs::read_dir(path)
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
        .map(|entry| entry.expect("a directory entry").path())
        .collect();
    entries.sort();
    for entry in entries {
        if entry.is_dir() {
            collect(&entry, out);
        } else if entry.extension().is_some_and(|ext| ext == "rs") {
            out.push(entry);
        }
    }
}

/// Part 2 answers with these ratings (statement id, rating) and nothing else; every id must
/// be a statement in outcomes.toml.
pub fn rated(ratings: &[(&str, Rating)]) -> OutcomeAnswers {
    let statements = &outcomes_content().outcomes;
    for (id, _) in ratings {
        assert!(
            statements.statement(id).is_some(),
            "test uses unknown id {id}"
        );
    }
    OutcomeAnswers {
        ratings: ratings
            .iter()
            .map(|&(id, rating)| (id.to_owned(), rating))
            .collect(),
        ..OutcomeAnswers::default()
    }
}

/// A text from the wording files is tidy: not empty, no spaces around it or doubled in
/// it, no placeholder words. `id` says where it is, in the failure.
pub fn assert_tidy(id: &str, text: &str) {
    assert!(!text.trim().is_empty(), "{id}: empty text");
    assert_eq!(text, text.trim(), "{id}: stray spaces around {text:?}");
    assert!(!text.contains("  "), "{id}: double space in {text:?}");
    assert!(
        !text.contains("TODO") && !text.contains("lorem"),
        "{id}: placeholder in {text:?}"
    );
}

/// Answers with everything in them (two plans, the carer's details, parts 1 and 2), as
/// the serde build of November 2026 wrote them: the answers alone (schema 1).
pub const RICH_ANSWERS_FILE: &str = include_str!("../fixtures/answers-serde-2026-11.json");

/// `RICH_ANSWERS_FILE`, read.
pub fn rich_answers() -> Answers {
    Answers::from_value(&carer_check::json::parse(RICH_ANSWERS_FILE).unwrap()).unwrap()
}
