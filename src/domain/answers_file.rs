//! The answers as a file: what "Download my answers" writes, what "Load
//! answers from a file" reads, and what the browser's storage holds.
//!
//! A file is read and checked completely before anything changes, so a bad
//! file can never leave the carer with half of it. Each kind of bad file has
//! its own problem, so the carer is told what is wrong in plain words.
//!
//! Versions (`schema`):
//! 1. The answers alone, with no header: what the app kept in the browser
//!    before files existed (November 2026).
//! 2. A header (`format`, `schema`, `app`, `saved`) and the answers under
//!    `answers`.
//!
//! Stored copies (not downloads) also carry a `revision` header: a number
//! that goes up with each save, so a browser tab can tell that another tab
//! has saved since (`crate::storage`). Files without one are revision 0.
//!
//! An older file is brought up to date one step at a time; each step has a
//! fixture in `tests/fixtures/`.

use crate::domain::answers::Answers;
use crate::domain::checks::{refuse_what_the_forms_refuse, Refused};
use crate::domain::dates::Date;
use crate::domain::plan::make_plan_ids_usable;
use crate::domain::record::{DecodeError, Record};
use crate::json::{self, Map, Value};

/// Names our files, so a carer's other JSON files are recognised as not ours.
pub const FORMAT: &str = "carer-check-answers";
/// The version this app writes.
pub const SCHEMA: u32 = 2;
/// Bigger files are refused unread: ours are a few kilobytes.
pub const MAX_BYTES: usize = 1024 * 1024;

/// The keys answers have; a headerless object with only these is version 1.
const ANSWER_KEYS: [&str; 6] = [
    "carer",
    "about_you",
    "outcomes",
    "plans",
    "documents",
    "council",
];

/// Why a file could not be loaded.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FileProblem {
    Empty,
    TooBig,
    /// Not text (a picture, a document, a zip).
    NotText,
    /// Text, but not JSON.
    NotJson,
    /// JSON, but not a Carer Check file.
    NotOurs,
    /// Written by a newer Carer Check than this one.
    Newer(u32),
    /// Ours, but something in it is wrong or cut short.
    Damaged(DecodeError),
}

/// The file's text: a header, then the answers.
pub fn write(answers: &Answers, app_version: &str, saved_on: Date) -> String {
    write_file(answers, app_version, saved_on, None)
}

/// The text kept in the browser's storage: a file with a `revision`.
pub fn write_stored(answers: &Answers, app_version: &str, saved_on: Date, revision: u32) -> String {
    write_file(answers, app_version, saved_on, Some(revision))
}

fn write_file(
    answers: &Answers,
    app_version: &str,
    saved_on: Date,
    revision: Option<u32>,
) -> String {
    let mut file = Map::new();
    file.insert("format".into(), Value::String(FORMAT.into()));
    file.insert("schema".into(), Value::from(SCHEMA));
    file.insert("app".into(), Value::String(app_version.into()));
    file.insert("saved".into(), Value::String(iso_date(saved_on)));
    if let Some(revision) = revision {
        file.insert("revision".into(), Value::from(revision));
    }
    file.insert("answers".into(), answers.to_value());
    json::print(&Value::Object(file))
}

/// Dated, and nothing else: a file name is seen by anyone near the screen.
pub fn file_name(saved_on: Date) -> String {
    format!("carer-check-answers-{}.json", iso_date(saved_on))
}

fn iso_date(date: Date) -> String {
    format!("{:04}-{:02}-{:02}", date.year, date.month, date.day)
}

/// Reads a file (or stored text) into answers, or says why it cannot.
pub fn read(bytes: &[u8]) -> Result<Answers, FileProblem> {
    read_stored(bytes).map(|(answers, _)| answers)
}

/// Reads stored text: the answers and the revision (0 when it has none).
pub fn read_stored(bytes: &[u8]) -> Result<(Answers, u32), FileProblem> {
    if bytes.len() > MAX_BYTES {
        return Err(FileProblem::TooBig);
    }
    let text = std::str::from_utf8(bytes).map_err(|_| FileProblem::NotText)?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(FileProblem::Empty);
    }
    // A file with control bytes other than white space is not text a carer saved.
    if text
        .bytes()
        .any(|b| b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t'))
    {
        return Err(FileProblem::NotText);
    }
    let value = json::parse(text).map_err(|_| FileProblem::NotJson)?;
    let current = up_to_date(value)?;
    let revision = match current.get("revision") {
        None => 0,
        Some(n) => n
            .as_u64()
            .and_then(|n| u32::try_from(n).ok())
            .ok_or_else(|| {
                FileProblem::Damaged(DecodeError::new("is not a whole number").within("revision"))
            })?,
    };
    let answers = current.get("answers").unwrap_or(&Value::Null);
    if !matches!(answers, Value::Object(_)) {
        return Err(FileProblem::Damaged(
            DecodeError::new("is not a table").within("answers"),
        ));
    }
    let mut answers =
        Answers::from_value(answers).map_err(|e| FileProblem::Damaged(e.within("answers")))?;
    // Repeated ids, or one at the limit, would make "Add another person"
    // open someone else's plan: such plans are numbered again.
    make_plan_ids_usable(&mut answers.plans);
    Ok((answers, revision))
}

/// A file the carer loaded: its answers, after the forms' own checks, and
/// what those checks took out (to tell the carer).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Loaded {
    pub answers: Answers,
    pub refused: Vec<Refused>,
}

/// Reads a file the carer chose (as [`read`]) and puts its answers through
/// the checks the forms make, so nothing the forms refuse (a key safe code,
/// a phone number that does not work) comes in by file: see
/// `domain::checks`.
pub fn load(bytes: &[u8]) -> Result<Loaded, FileProblem> {
    let mut answers = read(bytes)?;
    let refused = refuse_what_the_forms_refuse(&mut answers);
    Ok(Loaded { answers, refused })
}

/// Which version a file is, or why it is not ours.
fn schema_of(value: &Value) -> Result<u32, FileProblem> {
    let Value::Object(object) = value else {
        return Err(FileProblem::NotOurs);
    };
    match object.get("format") {
        Some(Value::String(format)) if format == FORMAT => {}
        Some(_) => return Err(FileProblem::NotOurs),
        None if !object.is_empty() && object.keys().all(|k| ANSWER_KEYS.contains(&k.as_str())) => {
            return Ok(1)
        }
        None => return Err(FileProblem::NotOurs),
    }
    match object.get("schema").and_then(Value::as_u64) {
        Some(schema) if (2..=u64::from(SCHEMA)).contains(&schema) => Ok(schema as u32),
        Some(newer) if newer > u64::from(SCHEMA) => {
            Err(FileProblem::Newer(u32::try_from(newer).unwrap_or(u32::MAX)))
        }
        _ => Err(FileProblem::Damaged(
            DecodeError::new("is not a version this app knows").within("schema"),
        )),
    }
}

/// Applies each migration from the file's version to [`SCHEMA`].
fn up_to_date(mut value: Value) -> Result<Value, FileProblem> {
    let mut schema = schema_of(&value)?;
    while schema < SCHEMA {
        value = match schema {
            1 => from_1_to_2(value),
            // schema_of only gives versions from 1 to SCHEMA, each with a step above.
            _ => {
                return Err(FileProblem::Damaged(
                    DecodeError::new("has no way to be brought up to date").within("schema"),
                ))
            }
        };
        schema += 1;
    }
    Ok(value)
}

/// Version 1 was the answers alone: they gain the header.
pub fn from_1_to_2(answers: Value) -> Value {
    let mut file = Map::new();
    file.insert("format".into(), Value::String(FORMAT.into()));
    file.insert("schema".into(), Value::from(2));
    file.insert("answers".into(), answers);
    Value::Object(file)
}
