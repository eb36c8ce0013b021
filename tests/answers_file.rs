//! The answers file: round trips, migrations, each kind of bad file, and
//! property tests over many thousands of generated and damaged files.
#![cfg(not(target_arch = "wasm32"))]

use carer_check::domain::answers::Answers;
use carer_check::domain::answers_file::{
    file_name, from_1_to_2, read, read_stored, write, write_stored, FileProblem, MAX_BYTES, SCHEMA,
};
use carer_check::domain::plan::Date;
use carer_check::domain::record::Record;
use carer_check::json::{self, Map, Value};
use proptest::prelude::*;

const DAY: Date = Date {
    year: 2026,
    month: 11,
    day: 22,
};

/// A file from before headers existed: the answers alone (schema 1).
const SCHEMA_1: &str = include_str!("fixtures/answers-serde-2026-11.json");
/// The same answers as this app writes them (schema 2).
const SCHEMA_2: &str = include_str!("fixtures/answers-file-2.json");

fn rich_answers() -> Answers {
    Answers::from_value(&json::parse(SCHEMA_1).unwrap()).unwrap()
}

#[test]
fn a_file_is_dated_and_named_by_the_date_only() {
    assert_eq!(file_name(DAY), "carer-check-answers-2026-11-22.json");
    let text = write(&rich_answers(), "0.1.0", DAY);
    assert!(text.starts_with(
        r#"{"format":"carer-check-answers","schema":2,"app":"0.1.0","saved":"2026-11-22","answers":{"#
    ));
    let early = Date {
        year: 2027,
        month: 1,
        day: 5,
    };
    assert_eq!(file_name(early), "carer-check-answers-2027-01-05.json");
}

#[test]
fn what_is_written_reads_back_the_same() {
    let answers = rich_answers();
    assert_eq!(read(write(&answers, "0.1.0", DAY).as_bytes()), Ok(answers));
    let empty = Answers::default();
    assert_eq!(read(write(&empty, "0.1.0", DAY).as_bytes()), Ok(empty));
}

#[test]
fn stored_copies_carry_a_revision_and_older_files_are_revision_0() {
    let answers = rich_answers();
    let stored = write_stored(&answers, "0.1.0", DAY, 7);
    assert!(stored.contains(r#""saved":"2026-11-22","revision":7,"answers":{"#));
    assert_eq!(read_stored(stored.as_bytes()), Ok((answers.clone(), 7)));
    // The revision is storage's business: the answers read the same either way.
    assert_eq!(read(stored.as_bytes()), Ok(answers.clone()));
    // Downloads, files from before revisions and the headerless schema 1: revision 0.
    assert!(!write(&answers, "0.1.0", DAY).contains("revision"));
    assert_eq!(read_stored(SCHEMA_2.as_bytes()), Ok((answers.clone(), 0)));
    assert_eq!(read_stored(SCHEMA_1.as_bytes()), Ok((answers, 0)));
    // A revision that is not a whole number is damage, not a silent 0.
    for bad in ["\"7\"", "-1", "4294967296", "null"] {
        let text = format!(
            r#"{{"format":"carer-check-answers","schema":2,"revision":{bad},"answers":{{}}}}"#
        );
        assert!(
            matches!(read_stored(text.as_bytes()), Err(FileProblem::Damaged(_))),
            "{text}"
        );
    }
}

#[test]
fn each_migration_step_reads_its_fixture() {
    // Schema 1 to 2: the headerless answers gain the header.
    let old = json::parse(SCHEMA_1).unwrap();
    let migrated = from_1_to_2(old.clone());
    assert_eq!(migrated.get("schema"), Some(&Value::Number(2)));
    assert_eq!(migrated.get("answers"), Some(&old));
    assert_eq!(read(SCHEMA_1.as_bytes()), Ok(rich_answers()));
    // The current schema's fixture is what this app writes for those answers.
    assert_eq!(read(SCHEMA_2.as_bytes()), Ok(rich_answers()));
    assert_eq!(
        SCHEMA, 2,
        "a new schema needs a migration step and a fixture here"
    );
}

#[test]
fn each_kind_of_bad_file_has_its_own_problem() {
    let big = vec![b' '; MAX_BYTES + 1];
    let cases: Vec<(&[u8], FileProblem)> = vec![
        (b"", FileProblem::Empty),
        (b" \n\t ", FileProblem::Empty),
        (&big, FileProblem::TooBig),
        (b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR", FileProblem::NotText),
        (b"PK\x03\x04\x14\0\x06\0", FileProblem::NotText),
        (&[0xff, 0xfe, 0x7b, 0x00], FileProblem::NotText),
        (b"name,phone\nAlice,0161 496 0000\n", FileProblem::NotJson),
        (
            b"{\"format\":\"carer-check-answers\",\"schema\":2,",
            FileProblem::NotJson,
        ),
        (b"[1,2,3]", FileProblem::NotOurs),
        (b"\"carer\"", FileProblem::NotOurs),
        (b"{}", FileProblem::NotOurs),
        (b"{\"name\":\"Alice\",\"carer\":{}}", FileProblem::NotOurs),
        (
            b"{\"format\":\"something-else\",\"schema\":2}",
            FileProblem::NotOurs,
        ),
        (
            b"{\"format\":\"carer-check-answers\",\"schema\":3,\"answers\":{}}",
            FileProblem::Newer(3),
        ),
    ];
    for (bytes, problem) in cases {
        assert_eq!(
            read(bytes),
            Err(problem),
            "{:?}",
            String::from_utf8_lossy(bytes)
        );
    }
    for damaged in [
        r#"{"format":"carer-check-answers","schema":2}"#,
        r#"{"format":"carer-check-answers","schema":2,"answers":[]}"#,
        r#"{"format":"carer-check-answers","schema":"2","answers":{}}"#,
        r#"{"format":"carer-check-answers","schema":0,"answers":{}}"#,
        r#"{"format":"carer-check-answers","schema":2,"answers":{"carer":{"age":"ninety"}}}"#,
        r#"{"format":"carer-check-answers","schema":2,"answers":{"plans":"none"}}"#,
    ] {
        assert!(
            matches!(read(damaged.as_bytes()), Err(FileProblem::Damaged(_))),
            "{damaged}"
        );
    }
    // A byte-order mark from a text editor is fine.
    let with_bom = format!("\u{feff}{SCHEMA_2}");
    assert_eq!(read(with_bom.as_bytes()), Ok(rich_answers()));
}

// ---------------------------------------------------------------------------
// Generated answers: the rich fixture with any of its texts replaced by any
// text, and any list item or field left out.

fn leaves(value: &Value, path: &mut Vec<String>, out: &mut Vec<Vec<String>>) {
    match value {
        Value::Object(map) => {
            for (key, item) in map {
                path.push(key.clone());
                out.push(path.clone());
                leaves(item, path, out);
                path.pop();
            }
        }
        Value::Array(items) => {
            for (at, item) in items.iter().enumerate() {
                path.push(at.to_string());
                out.push(path.clone());
                leaves(item, path, out);
                path.pop();
            }
        }
        _ => {}
    }
}

fn all_paths(value: &Value) -> Vec<Vec<String>> {
    let mut out = vec![];
    leaves(value, &mut vec![], &mut out);
    out
}

/// Applies `change` to the value at `path`, rebuilding the parents.
fn edit(value: &Value, path: &[String], change: &dyn Fn(&Value) -> Option<Value>) -> Value {
    let Some((first, rest)) = path.split_first() else {
        return change(value).unwrap_or(Value::Null);
    };
    match value {
        Value::Object(map) => {
            let mut out = Map::new();
            for (key, item) in map {
                if key == first {
                    if rest.is_empty() {
                        if let Some(new) = change(item) {
                            out.insert(key.clone(), new);
                        }
                    } else {
                        out.insert(key.clone(), edit(item, rest, change));
                    }
                } else {
                    out.insert(key.clone(), item.clone());
                }
            }
            Value::Object(out)
        }
        Value::Array(items) => Value::Array(
            items
                .iter()
                .enumerate()
                .filter_map(|(at, item)| {
                    if at.to_string() != *first {
                        Some(item.clone())
                    } else if rest.is_empty() {
                        change(item)
                    } else {
                        Some(edit(item, rest, change))
                    }
                })
                .collect(),
        ),
        other => other.clone(),
    }
}

/// Edits that keep answers valid are kept; the others are undone, so every
/// generated value is answers this app could have written.
fn vary(edits: Vec<(usize, Option<String>)>) -> Answers {
    let mut value = rich_answers().to_value();
    for (pick, text) in edits {
        let paths = all_paths(&value);
        let path = &paths[pick % paths.len()];
        let changed = edit(&value, path, &|item| match (&text, item) {
            (None, _) => None,
            (Some(text), Value::String(_)) => Some(Value::String(text.clone())),
            (Some(_), other) => Some(other.clone()),
        });
        if Answers::from_value(&changed).is_ok() {
            value = changed;
        }
    }
    Answers::from_value(&value).unwrap()
}

/// Answers varied by up to `edits` changes.
fn any_answers(edits: usize) -> impl Strategy<Value = Answers> {
    prop::collection::vec(
        (any::<usize>(), prop::option::weighted(0.8, any::<String>())),
        0..edits,
    )
    .prop_map(vary)
}

/// A way to damage a good file.
#[derive(Clone, Debug)]
enum Damage {
    Truncate(usize),
    FlipBit(usize, u8),
    Insert(usize, Vec<u8>),
    WrongType(usize, u8),
    ExtraField(usize, String),
    DeepNesting(usize, usize),
    LongText(usize, usize),
    Version(Value),
}

fn any_damage() -> impl Strategy<Value = Damage> {
    prop_oneof![
        any::<usize>().prop_map(Damage::Truncate),
        (any::<usize>(), 0u8..8).prop_map(|(at, bit)| Damage::FlipBit(at, bit)),
        (any::<usize>(), prop::collection::vec(any::<u8>(), 1..8))
            .prop_map(|(at, bytes)| Damage::Insert(at, bytes)),
        (any::<usize>(), 0u8..6).prop_map(|(at, kind)| Damage::WrongType(at, kind)),
        (any::<usize>(), any::<String>()).prop_map(|(at, key)| Damage::ExtraField(at, key)),
        (any::<usize>(), 1usize..200).prop_map(|(at, depth)| Damage::DeepNesting(at, depth)),
        (any::<usize>(), 1_000usize..200_000).prop_map(|(at, len)| Damage::LongText(at, len)),
        prop_oneof![
            any::<i64>().prop_map(Value::Number),
            any::<String>().prop_map(Value::String),
            Just(Value::Null),
            Just(Value::Bool(true)),
        ]
        .prop_map(Damage::Version),
    ]
}

fn damaged(answers: &Answers, damage: &Damage) -> Vec<u8> {
    let text = write(answers, "0.1.0", DAY);
    let value = json::parse(&text).unwrap();
    let paths = all_paths(&value);
    let pick = |at: usize| &paths[at % paths.len()];
    let print = |value: Value| json::print(&value).into_bytes();
    match damage {
        Damage::Truncate(at) => text.as_bytes()[..at % text.len()].to_vec(),
        Damage::FlipBit(at, bit) => {
            let mut bytes = text.into_bytes();
            let at = at % bytes.len();
            bytes[at] ^= 1 << bit;
            bytes
        }
        Damage::Insert(at, extra) => {
            let mut bytes = text.into_bytes();
            let at = at % bytes.len();
            bytes.splice(at..at, extra.iter().copied());
            bytes
        }
        Damage::WrongType(at, kind) => print(edit(&value, pick(*at), &|_| {
            Some(match kind {
                0 => Value::Null,
                1 => Value::Bool(false),
                2 => Value::Number(-1),
                3 => Value::String("?".into()),
                4 => Value::Array(vec![Value::Number(1)]),
                _ => Value::Object(Map::new()),
            })
        })),
        Damage::ExtraField(at, key) => print(edit(&value, pick(*at), &|item| {
            Some(match item {
                Value::Object(map) => {
                    let mut map = map.clone();
                    map.insert(key.clone(), Value::Number(1));
                    Value::Object(map)
                }
                other => other.clone(),
            })
        })),
        Damage::DeepNesting(at, depth) => print(edit(&value, pick(*at), &|item| {
            let mut nested = item.clone();
            for _ in 0..*depth {
                nested = Value::Array(vec![nested]);
            }
            Some(nested)
        })),
        Damage::LongText(at, len) => print(edit(&value, pick(*at), &|item| {
            Some(match item {
                Value::String(_) => Value::String("é".repeat(*len)),
                other => other.clone(),
            })
        })),
        Damage::Version(schema) => print(edit(&value, &["schema".to_owned()], &|_| {
            Some(schema.clone())
        })),
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2_000))]

    #[test]
    fn any_answers_survive_a_round_trip(answers in any_answers(24)) {
        let text = write(&answers, "0.1.0", DAY);
        prop_assert_eq!(read(text.as_bytes()), Ok(answers));
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(10_000))]

    /// Never a panic; a file is either read whole or refused whole; what is
    /// read is answers this app can write and read again unchanged.
    #[test]
    fn damaged_files_are_refused_whole_or_read_whole(
        answers in any_answers(4),
        damage in any_damage(),
    ) {
        let bytes = damaged(&answers, &damage);
        match read(&bytes) {
            Ok(read_back) => {
                let again = write(&read_back, "0.1.0", DAY);
                prop_assert_eq!(read(again.as_bytes()), Ok(read_back));
            }
            Err(problem) => {
                if let Damage::Version(Value::Number(n)) = damage {
                    if n > 2 {
                        prop_assert_eq!(problem, FileProblem::Newer(u32::try_from(n).unwrap_or(u32::MAX)));
                    }
                }
            }
        }
        // Any strict prefix of a file is not JSON (or is nothing at all).
        if let Damage::Truncate(_) = damage {
            prop_assert!(matches!(read(&bytes), Err(FileProblem::NotJson | FileProblem::Empty | FileProblem::NotText)));
        }
    }
}
