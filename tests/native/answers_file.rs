//! The answers file: round trips, migrations, each kind of bad file, and
//! property tests over many thousands of generated and damaged files.
#![cfg(not(target_arch = "wasm32"))]

use crate::support::rich_answers;
use carer_check::domain::answers::Answers;
use carer_check::domain::answers_file::{
    file_name, from_1_to_2, read, read_stored, write, write_stored, FileProblem, MAX_BYTES, SCHEMA,
};
use carer_check::domain::dates::Date;
use carer_check::domain::plan::make_plan_ids_usable;
use carer_check::domain::record::Record;
use carer_check::json::{self, Map, Value};
use proptest::prelude::*;

const DAY: Date = Date {
    year: 2026,
    month: 11,
    day: 22,
};

/// A file from before headers existed: the answers alone (schema 1).
const SCHEMA_1: &str = crate::support::RICH_ANSWERS_FILE;
/// The same answers as this app writes them (schema 2).
const SCHEMA_2: &str = include_str!("../fixtures/answers-file-2.json");

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
        // Repeated plan ids, or one at the limit, are numbered again on
        // reading (plan::make_plan_ids_usable): this app never writes them.
        let usable = |answers: Answers| !make_plan_ids_usable(&mut answers.plans.clone());
        if Answers::from_value(&changed).is_ok_and(usable) {
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

// ---------------------------------------------------------------------------
// A loaded file goes through the forms' own checks (domain::checks).

mod forms_checks {
    use super::*;
    use carer_check::documents::loaded::loaded_message;
    use carer_check::domain::answers::{Need, Task, WorkStudy};
    use carer_check::domain::answers_file::load;
    use carer_check::domain::checks::{Place, Refused};
    use carer_check::domain::journey::{selected, validate, QuestionId};
    use carer_check::domain::phone::Phone;
    use carer_check::domain::plan::{
        about_you_problems, add_plan, find_plan, plan_problems, AboutYou, AboutYouField,
        EmergencyPlan, Medicine, PlanField, ProblemKind, Professional, StepInPerson,
    };

    const CODE: &str = "4826";

    /// A plan with a row in every list, so every field exists.
    fn plan_with_rows(id: u32) -> EmergencyPlan {
        EmergencyPlan {
            name: "Joan Smith".into(),
            medicines: vec![Medicine {
                name: "Donepezil".into(),
                ..Medicine::default()
            }],
            professionals: vec![Professional::default()],
            step_in: vec![StepInPerson {
                name: "Ann".into(),
                phone: Phone::new("07700 900123"),
                ..StepInPerson::default()
            }],
            hospital_bag: vec!["Slippers".into()],
            ..EmergencyPlan::new(id)
        }
    }

    fn through_a_file(answers: &Answers) -> (Answers, Vec<Refused>) {
        let file = write(answers, "0.1.0", DAY);
        let loaded = load(file.as_bytes()).expect("the file loads");
        (loaded.answers, loaded.refused)
    }

    /// After loading, the forms' checks find nothing but rows to finish.
    fn only_unfinished_left(answers: &Answers) {
        for plan in &answers.plans {
            for problem in plan_problems(plan) {
                assert!(
                    matches!(
                        problem.kind,
                        ProblemKind::NeedsPhone | ProblemKind::NeedsName
                    ),
                    "{problem:?} left in {plan:?}"
                );
            }
        }
        assert_eq!(about_you_problems(&answers.about_you), vec![]);
        for &question in QuestionId::ALL {
            let chosen = selected(&answers.carer, question);
            assert!(chosen.is_empty() || validate(question, &chosen).is_ok());
        }
    }

    #[test]
    fn a_code_in_any_plan_field_is_taken_out_of_a_loaded_file_and_the_carer_told() {
        let fields: Vec<PlanField> = plan_with_rows(1)
            .text_fields()
            .into_iter()
            .map(|(field, _)| field)
            .collect();
        assert!(
            fields.len() >= 38,
            "every text field of the plan: {}",
            fields.len()
        );
        for field in fields {
            let mut plan = plan_with_rows(1);
            let text = plan.text_mut(field).expect("a text field");
            *text = format!("Key safe by the back door, code {CODE}. Ann has a key.");
            let answers = Answers {
                plans: vec![plan],
                ..Answers::default()
            };
            let (loaded, refused) = through_a_file(&answers);
            let mut loaded_plan = loaded.plans[0].clone();
            let kept = loaded_plan.text_mut(field).cloned().unwrap_or_default();
            assert!(
                !kept.contains(CODE),
                "{field:?} still has the code: {kept:?}"
            );
            if field != PlanField::DateOfBirth {
                assert!(kept.contains("Ann has a key"), "{field:?}: the words stay");
            }
            assert!(
                refused.contains(&Refused {
                    place: Place::Plan(0, field),
                    kind: Some(ProblemKind::AccessCode),
                    removed: true,
                }),
                "{field:?}: {refused:?}"
            );
            only_unfinished_left(&loaded);
            let message = loaded_message(&loaded, &refused).expect("the carer is told");
            let whose = if field == PlanField::Name {
                "Key"
            } else {
                "Joan"
            };
            assert!(
                message.contains(&format!("Emergency plan for {whose}: ")),
                "{message}"
            );
            assert!(!message.contains(CODE));
        }
    }

    #[test]
    fn a_bare_number_in_who_holds_keys_is_taken_out_as_the_form_refuses_it() {
        let plan = EmergencyPlan {
            key_holders: "Ann next door. 4826".into(),
            address: "Flat 4826, 3 Hill Road".into(),
            ..plan_with_rows(1)
        };
        let (loaded, _) = through_a_file(&Answers {
            plans: vec![plan],
            ..Answers::default()
        });
        assert_eq!(loaded.plans[0].key_holders, "Ann next door. ");
        // Elsewhere a house number is not a code, as on the form.
        assert_eq!(loaded.plans[0].address, "Flat 4826, 3 Hill Road");
    }

    #[test]
    fn phone_numbers_the_form_refuses_are_taken_out_of_a_loaded_file() {
        let fields: Vec<PlanField> = plan_with_rows(1)
            .phone_fields()
            .into_iter()
            .map(|(field, _)| field)
            .collect();
        assert_eq!(fields.len(), 4, "pharmacy, GP, professional, step in");
        for field in fields {
            for (typed, kind) in [
                ("0161 496 00AB", ProblemKind::PhoneNotValid),
                ("0500 123456", ProblemKind::PhoneNotValid),
                ("12345", ProblemKind::PhoneUnusual),
                ("0909 879 0000", ProblemKind::PhoneUnusual),
            ] {
                let mut plan = plan_with_rows(1);
                *plan.phone_mut(field).expect("a phone field") = Phone::new(typed);
                let (loaded, refused) = through_a_file(&Answers {
                    plans: vec![plan.clone()],
                    ..Answers::default()
                });
                let mut loaded_plan = loaded.plans[0].clone();
                assert_eq!(
                    loaded_plan.phone_mut(field).map(|p| p.number.clone()),
                    Some(String::new()),
                    "{field:?} {typed}"
                );
                assert!(refused.contains(&Refused {
                    place: Place::Plan(0, field),
                    kind: Some(kind),
                    removed: true,
                }));
                only_unfinished_left(&loaded);

                // An unusual number the carer said to keep is kept, as on the form.
                if kind == ProblemKind::PhoneUnusual {
                    *plan.phone_mut(field).unwrap() = Phone::kept_anyway(typed);
                    let (mut loaded, refused) = through_a_file(&Answers {
                        plans: vec![plan],
                        ..Answers::default()
                    });
                    assert_eq!(refused, vec![]);
                    assert_eq!(loaded.plans[0].phone_mut(field).unwrap().number, typed);
                }
            }
        }
    }

    #[test]
    fn the_carers_own_details_are_checked_as_the_form_checks_them() {
        let about = AboutYou {
            name: "Helen".into(),
            phone: Phone::new("not a number"),
            address: format!("3 Hill Road. Key safe code {CODE}"),
            gp_practice: format!("PIN {CODE}"),
            employer: format!("Alarm {CODE}"),
        };
        let (loaded, refused) = through_a_file(&Answers {
            about_you: about,
            ..Answers::default()
        });
        assert_eq!(loaded.about_you.name, "Helen");
        assert_eq!(loaded.about_you.phone, Phone::default());
        for text in [
            &loaded.about_you.address,
            &loaded.about_you.gp_practice,
            &loaded.about_you.employer,
        ] {
            assert!(!text.contains(CODE), "{text}");
        }
        assert!(loaded.about_you.address.starts_with("3 Hill Road."));
        let places: Vec<Place> = refused.iter().map(|r| r.place).collect();
        assert_eq!(
            places,
            [
                AboutYouField::Phone,
                AboutYouField::Address,
                AboutYouField::GpPractice,
                AboutYouField::Employer
            ]
            .map(Place::AboutYou)
        );
        only_unfinished_left(&loaded);
    }

    #[test]
    fn answers_that_cannot_go_together_are_cleared_so_the_question_is_asked_again() {
        let mut answers = rich_answers();
        answers.carer.tasks = vec![Task::None, Task::Money];
        answers.carer.work = vec![WorkStudy::Neither, WorkStudy::Employee];
        answers.carer.why = vec![Need::NotSure, Need::Dementia];
        let hours = answers.carer.hours;
        let (loaded, refused) = through_a_file(&answers);
        assert!(loaded.carer.tasks.is_empty());
        assert!(loaded.carer.work.is_empty());
        assert!(loaded.carer.why.is_empty());
        assert_eq!(loaded.carer.hours, hours, "other answers stay");
        let places: Vec<Place> = refused.iter().map(|r| r.place).collect();
        for question in [QuestionId::Why, QuestionId::Tasks, QuestionId::Work] {
            assert!(places.contains(&Place::Question(question)), "{question:?}");
        }
        only_unfinished_left(&loaded);
    }

    #[test]
    fn an_unreadable_date_of_birth_is_taken_out_and_unfinished_rows_are_kept() {
        let mut plan = plan_with_rows(1);
        plan.date_of_birth = "31/02/1950".into();
        plan.step_in.push(StepInPerson {
            name: "Bob".into(),
            ..StepInPerson::default()
        });
        plan.medicines.push(Medicine {
            dose: "5 mg".into(),
            ..Medicine::default()
        });
        let (loaded, refused) = through_a_file(&Answers {
            plans: vec![plan],
            ..Answers::default()
        });
        let loaded_plan = &loaded.plans[0];
        assert_eq!(loaded_plan.date_of_birth, "");
        assert_eq!(loaded_plan.step_in[1].name, "Bob", "kept: only unfinished");
        assert_eq!(loaded_plan.medicines[1].dose, "5 mg");
        assert!(refused.contains(&Refused {
            place: Place::Plan(0, PlanField::DateOfBirth),
            kind: Some(ProblemKind::DateUnreadable),
            removed: true,
        }));
        let unfinished: Vec<&Refused> = refused.iter().filter(|r| !r.removed).collect();
        assert_eq!(unfinished.len(), 2, "{refused:?}");
        let message = loaded_message(&loaded, &refused).unwrap();
        assert!(message.contains("need finishing"), "{message}");
        only_unfinished_left(&loaded);
    }

    #[test]
    fn a_message_about_many_places_names_ten_then_counts_the_rest() {
        let plans: Vec<EmergencyPlan> = (1..=30)
            .map(|id| EmergencyPlan {
                name: format!("Person{id}"),
                pets: format!("Cat. Alarm code {CODE}"),
                ..EmergencyPlan::new(id)
            })
            .collect();
        let (loaded, refused) = through_a_file(&Answers {
            plans,
            ..Answers::default()
        });
        assert_eq!(refused.len(), 30);
        let message = loaded_message(&loaded, &refused).unwrap();
        assert_eq!(
            message.matches("Emergency plan for").count(),
            10,
            "{message}"
        );
        assert!(message.contains("and 20 more"), "{message}");
    }

    /// Every kind of problem the forms can find has a file-loading
    /// counterpart above: a new kind must get one.
    #[test]
    fn every_kind_of_problem_the_forms_find_is_met_when_a_file_is_loaded() {
        let mut plan = plan_with_rows(1);
        plan.date_of_birth = "yesterday".into();
        plan.conditions = format!("code {CODE}");
        plan.gp.phone = Phone::new("0161 496 00AB");
        plan.pharmacy.phone = Phone::new("12345");
        plan.step_in.push(StepInPerson {
            name: "Bob".into(),
            ..StepInPerson::default()
        });
        plan.step_in.push(StepInPerson {
            phone: Phone::new("07700 900456"),
            ..StepInPerson::default()
        });
        let (loaded, refused) = through_a_file(&Answers {
            plans: vec![plan],
            ..Answers::default()
        });
        for kind in ProblemKind::ALL {
            let found: Vec<&Refused> = refused.iter().filter(|r| r.kind == Some(*kind)).collect();
            assert!(!found.is_empty(), "no file-loading case for {kind:?}");
            let unfinished = matches!(kind, ProblemKind::NeedsPhone | ProblemKind::NeedsName);
            assert!(found.iter().all(|r| r.removed != unfinished), "{kind:?}");
        }
        only_unfinished_left(&loaded);
    }

    #[test]
    fn a_file_without_problems_loads_unchanged_and_says_nothing_more() {
        let answers = rich_answers();
        let (loaded, refused) = through_a_file(&answers);
        assert_eq!(loaded, answers);
        assert_eq!(refused, vec![]);
        assert_eq!(loaded_message(&loaded, &refused), None);
    }

    // -------------------------------------------------------------- plan ids

    fn plans_with_ids(ids: &[u32]) -> Answers {
        Answers {
            plans: ids
                .iter()
                .enumerate()
                .map(|(at, &id)| EmergencyPlan {
                    name: format!("Person {at}"),
                    ..EmergencyPlan::new(id)
                })
                .collect(),
            ..Answers::default()
        }
    }

    fn assert_ids_usable(answers: &mut Answers, names: usize) {
        let ids: Vec<u32> = answers.plans.iter().map(|p| p.id).collect();
        for (at, id) in ids.iter().enumerate() {
            assert!(*id != u32::MAX, "{ids:?}");
            assert!(!ids[..at].contains(id), "repeated: {ids:?}");
        }
        // Each plan is still found by its own id.
        for plan in &answers.plans {
            assert_eq!(find_plan(&answers.plans, plan.id), Some(plan));
        }
        // Adding opens a new, empty plan every time: never someone else's.
        for _ in 0..5 {
            let id = add_plan(&mut answers.plans);
            let added = find_plan(&answers.plans, id).expect("the new plan");
            assert_eq!(added.name, "", "{id} opened someone else's plan");
            assert_eq!(answers.plans.iter().filter(|p| p.id == id).count(), 1);
        }
        assert_eq!(answers.plans.len(), names + 5);
    }

    #[test]
    fn plan_ids_at_the_integer_limit_or_repeated_are_numbered_again_on_loading() {
        for ids in [
            vec![u32::MAX],
            vec![u32::MAX - 1],
            vec![1, u32::MAX],
            vec![u32::MAX, u32::MAX],
            vec![5, 5],
            vec![2, 1, 2],
            vec![0],
            vec![0, 0, 0],
            vec![3, 1],
        ] {
            let file = write(&plans_with_ids(&ids), "0.1.0", DAY);
            for mut answers in [
                load(file.as_bytes()).unwrap().answers,
                read(file.as_bytes()).unwrap(),
            ] {
                let names: Vec<&str> = answers.plans.iter().map(|p| p.name.as_str()).collect();
                let expected: Vec<String> =
                    (0..ids.len()).map(|at| format!("Person {at}")).collect();
                assert_eq!(names, expected, "{ids:?}: the plans keep their order");
                assert_ids_usable(&mut answers, ids.len());
            }
        }
        // Ids this app writes (increasing, below the limit) are left alone.
        let answers = plans_with_ids(&[1, 4, 9]);
        let file = write(&answers, "0.1.0", DAY);
        assert_eq!(load(file.as_bytes()).unwrap().answers, answers);
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(500))]

        #[test]
        fn any_plan_ids_in_a_file_load_as_usable_ids(
            ids in prop::collection::vec(
                prop_oneof![Just(0u32), Just(1u32), Just(u32::MAX), Just(u32::MAX - 1), any::<u32>(), 0u32..8],
                0..12,
            )
        ) {
            let file = write(&plans_with_ids(&ids), "0.1.0", DAY);
            let mut answers = load(file.as_bytes()).unwrap().answers;
            assert_ids_usable(&mut answers, ids.len());
        }
    }
}

/// A map with tens of thousands of keys, written so each would go to the
/// front of the sorted list, is refused as damaged (MOST_MAP_ENTRIES), not
/// read for minutes; a map as big as the limit still loads.
#[test]
fn a_crafted_file_with_a_huge_map_is_refused_and_one_at_the_limit_loads() {
    use carer_check::domain::record::MOST_MAP_ENTRIES;
    let file = |entries: usize| {
        let ratings: Vec<String> = (0..entries)
            .rev()
            .map(|at| format!(r#""s{at:06}":"never""#))
            .collect();
        format!(
            r#"{{"format":"carer-check-answers","schema":2,"answers":{{"outcomes":{{"ratings":{{{}}}}}}}}}"#,
            ratings.join(",")
        )
    };
    let huge = file(40_000);
    assert!(huge.len() <= MAX_BYTES);
    match read(huge.as_bytes()) {
        Err(FileProblem::Damaged(error)) => {
            assert_eq!(error.path, "answers.outcomes.ratings");
            assert_eq!(error.problem, "has too many entries");
        }
        other => panic!("{other:?}"),
    }
    let answers = read(file(MOST_MAP_ENTRIES).as_bytes()).expect("at the limit it loads");
    assert_eq!(answers.outcomes.ratings.len(), MOST_MAP_ENTRIES);
}
