//! Saved answers as JSON: every field survives a round trip, files written
//! by earlier builds still read, and bad input is refused without a panic.

use carer_check::domain::answers::{
    AgeBand, Answers, CarerAnswers, Helps, Hours, LivesWith, Need, Paid, Person, Task, WorkStudy,
};
use carer_check::domain::from_answers::CardChoices;
use carer_check::domain::journey::QuestionId;
use carer_check::domain::letters::WorkRequest;
use carer_check::domain::outcomes::{OutcomeArea, Positive, Rating};
use carer_check::domain::phone::Phone;
use carer_check::domain::plan::{
    AboutYou, AdvanceCarePlan, Contact, Description, EmergencyPlan, LeftAlone, Medicine,
    PowerOfAttorney, Professional, StepInPerson, YesNoNotSure,
};
use carer_check::domain::record::Record;
use carer_check::json;

/// Answers with every field set, in two plans.
fn rich_answers() -> Answers {
    let mut answers = Answers {
        carer: CarerAnswers {
            age: Some(AgeBand::From65),
            helps: Some(Helps::Yes),
            who: vec![Person::Partner, Person::Parent],
            why: vec![Need::Dementia, Need::IllnessOrDisability],
            tasks: vec![Task::Medicines, Task::PersonalCare],
            lives_with: Some(LivesWith::Yes),
            hours: Some(Hours::From50),
            paid: Some(Paid::No),
            work: vec![WorkStudy::Neither],
            ..CarerAnswers::default()
        },
        about_you: AboutYou {
            name: "George \"Geo\" Wood".into(),
            phone: Phone {
                number: "0161 496 0000".into(),
                keep_anyway: true,
            },
            address: "1 High St\nBury\tBL9".into(),
            gp_practice: "Moorgate Surgery".into(),
            employer: "Café Ünïcode ✓ 😀".into(),
        },
        ..Answers::default()
    };
    let outcomes = &mut answers.outcomes;
    outcomes
        .ratings
        .insert("rv-listened-to".into(), Rating::Never);
    outcomes
        .ratings
        .insert("sw-safe".into(), Rating::PreferNotToSay);
    outcomes
        .notes
        .insert(OutcomeArea::ALifeOfMyOwn, "I never get out.".into());
    outcomes
        .notes
        .insert(OutcomeArea::StayingSafe, "<script>alert(1)</script>".into());
    outcomes.goes_well = "She still laughs at my jokes.".into();
    outcomes.positives = vec![Positive::Closer, Positive::Purpose];

    let mut first = EmergencyPlan::new(1);
    first.name = "Joan Wood".into();
    first.date_of_birth = "3 April 1948".into();
    first.address = "1 High St".into();
    first.conditions = "Stroke".into();
    first.allergies = "Penicillin".into();
    first.takes_no_medicines = false;
    first.medicines = vec![Medicine {
        name: "Aspirin".into(),
        dose: "75 mg".into(),
        when: "Morning".into(),
        where_kept: "Kitchen".into(),
    }];
    first.medicines_kept = "Blue box".into();
    first.pharmacy = Contact {
        name: "Elm Pharmacy".into(),
        phone: Phone::new("0161 496 0001"),
    };
    first.gp = Contact {
        name: "Dr Shah".into(),
        phone: Phone::new("0161 496 0002"),
    };
    first.professionals = vec![Professional {
        role: "Stroke nurse".into(),
        name: "Ann".into(),
        phone: Phone::new("07700 900111"),
    }];
    first.communication = "Speaks slowly".into();
    first.mobility = "Uses a frame".into();
    first.continence = "Pads at night".into();
    first.eating = "Soft food".into();
    first.daily_routine = "Up at 8".into();
    first.calms = "Radio 2".into();
    first.upsets = "Shouting".into();
    first.equipment = "Hoist".into();
    first.left_alone = Some(LeftAlone::UpToAnHour);
    first.may_wander = Some(YesNoNotSure::NotSure);
    first.description = Description {
        height: "5 feet".into(),
        build: "Slim".into(),
        hair: "White".into(),
        usual_clothes: "Blue coat".into(),
        distinguishing_features: "Scar on chin".into(),
    };
    first.habits = "Walks to the shop".into();
    first.places_they_go = "The park".into();
    first.step_in = vec![StepInPerson {
        name: "Susan Wood".into(),
        relationship: "daughter".into(),
        phone: Phone::new("07700 900789"),
        agreed_to_be_contacted: true,
        has_key: true,
        can_provide_care: false,
    }];
    first.key_holders = "Susan".into();
    first.pets = "A cat".into();
    first.documents_kept = "Desk drawer".into();
    first.lpa_health = PowerOfAttorney {
        in_place: Some(YesNoNotSure::Yes),
        held_by: "Susan".into(),
    };
    first.lpa_property = PowerOfAttorney {
        in_place: Some(YesNoNotSure::No),
        held_by: String::new(),
    };
    first.advance_care_plan = AdvanceCarePlan {
        in_place: Some(YesNoNotSure::Yes),
        kept_where: "With the GP".into(),
    };
    first.hospital_bag = vec!["Glasses".into(), "Charger".into()];

    let mut second = EmergencyPlan::new(4);
    second.name = "Tom".into();
    second.takes_no_medicines = true;
    answers.plans = vec![first, second];
    answers
}

fn read(text: &str) -> Result<Answers, String> {
    let value = json::parse(text).map_err(|e| format!("not JSON: {} at {}", e.problem, e.at))?;
    Answers::from_value(&value).map_err(|e| format!("{} {}", e.path, e.problem))
}

/// Written by the serde derive the app used until November 2026: a carer's
/// tab or file from then must still read the same.
const SERDE_FILE: &str = include_str!("../fixtures/answers-serde-2026-11.json");

#[test]
fn answers_saved_by_the_earlier_serde_build_still_read() {
    assert_eq!(read(SERDE_FILE), Ok(rich_answers()));
}

#[test]
fn every_field_survives_a_round_trip() {
    let mut answers = rich_answers();
    answers.documents.card = CardChoices {
        my_name: false,
        my_phone: true,
        my_address: true,
    };
    answers.documents.work_request = Some(WorkRequest::FlexibleWorking);
    let text = json::print(&answers.to_value());
    assert_eq!(read(&text), Ok(answers.clone()));
    // And again, so writing is stable.
    assert_eq!(json::print(&read(&text).unwrap().to_value()), text);
    assert_eq!(read("{}"), Ok(Answers::default()));
    assert_eq!(
        json::print(&Answers::default().to_value()),
        json::print(
            &read(&json::print(&Answers::default().to_value()))
                .unwrap()
                .to_value()
        )
    );
}

/// Each part 1 answer is saved and read back into its own question, for
/// every option (and all of them together where several may be chosen).
/// The questions come from `QuestionId::ALL`: a new one is covered as it is.
#[test]
fn every_part_1_answer_survives_a_round_trip_in_its_own_question() {
    let mut checked = 0;
    for &question in QuestionId::ALL {
        let options = question.option_ids();
        let mut selections: Vec<Vec<&str>> = options.iter().map(|&id| vec![id]).collect();
        if question.allows_many() {
            selections.push(options.clone());
        }
        for chosen in selections {
            let mut answers = Answers::default();
            answers.carer.set(question, &chosen);
            assert_eq!(answers.carer.selected(question), chosen, "{question:?}");
            let back = read(&json::print(&answers.to_value())).unwrap();
            assert_eq!(back, answers, "{question:?} {chosen:?}");
            checked += 1;
        }
    }
    assert!(checked > 50, "{checked} selections");
}

#[test]
fn missing_and_null_fields_read_as_not_answered_and_unknown_keys_are_ignored() {
    let answers = read(
        r#"{"carer":{"age":null,"helps":"yes"},"plans":[{"id":3,"name":"Tom","shoe_size":9}],"later":1}"#,
    )
    .unwrap();
    assert_eq!(answers.carer.age, None);
    assert_eq!(answers.carer.helps, Some(Helps::Yes));
    assert_eq!(answers.plans[0].id, 3);
    assert_eq!(answers.plans[0].name, "Tom");
    assert!(answers.plans[0].medicines.is_empty());
}

#[test]
fn wrong_types_and_unknown_options_are_refused_with_where_they_were() {
    for (text, path, problem) in [
        ("[]", "", "is not a table"),
        (
            r#"{"carer":{"age":"ancient"}}"#,
            "carer.age",
            "is not one of the known options",
        ),
        (
            r#"{"carer":{"who":"partner"}}"#,
            "carer.who",
            "is not a list",
        ),
        (
            r#"{"carer":{"who":["partner",7]}}"#,
            "carer.who.1",
            "is not one of the known options",
        ),
        (
            r#"{"plans":[{},{"id":-1}]}"#,
            "plans.1.id",
            "is not a whole number from 0 to 4294967295",
        ),
        (
            r#"{"plans":[{"id":4294967296}]}"#,
            "plans.0.id",
            "is not a whole number from 0 to 4294967295",
        ),
        (
            r#"{"plans":[{"medicines":[{"name":true}]}]}"#,
            "plans.0.medicines.0.name",
            "is not text",
        ),
        (
            r#"{"plans":[{"step_in":[{"has_key":"yes"}]}]}"#,
            "plans.0.step_in.0.has_key",
            "is not true or false",
        ),
        (
            r#"{"outcomes":{"notes":{"nowhere":"x"}}}"#,
            "outcomes.notes.nowhere",
            "is not a known key",
        ),
        (
            r#"{"outcomes":{"ratings":{"rv-listened-to":"often"}}}"#,
            "outcomes.ratings.rv-listened-to",
            "is not one of the known options",
        ),
        (
            r#"{"about_you":{"phone":"0161 496 0000"}}"#,
            "about_you.phone",
            "is not a table",
        ),
    ] {
        let value = json::parse(text).unwrap();
        let error = Answers::from_value(&value).unwrap_err();
        assert_eq!(
            (error.path.as_str(), error.problem),
            (path, problem),
            "{text}"
        );
    }
}

#[test]
fn very_long_text_and_markup_are_kept_as_they_were() {
    let mut answers = rich_answers();
    answers.about_you.name = format!("<img src=x onerror=alert(1)>{}", "é".repeat(100_000));
    let text = json::print(&answers.to_value());
    assert_eq!(read(&text), Ok(answers));
}

#[test]
fn card_choices_go_to_and_from_the_ids_of_ticked_boxes() {
    for card in [
        CardChoices::default(),
        CardChoices {
            my_name: false,
            my_phone: false,
            my_address: true,
        },
    ] {
        assert_eq!(CardChoices::from_ids(&card.ids()), card);
    }
    assert_eq!(CardChoices::default().ids(), vec!["my-name", "my-phone"]);
}

/// Every field the app writes, as a path (`plans[].medicines[].name`), with
/// whether any value there is set (not null, empty or false).
fn fields_set(value: &json::Value, path: &str, out: &mut std::collections::BTreeMap<String, bool>) {
    let set = match value {
        json::Value::Null => false,
        json::Value::Bool(on) => *on,
        json::Value::Number(_) => true,
        json::Value::String(text) => !text.is_empty(),
        json::Value::Array(items) => {
            for item in items {
                fields_set(item, &format!("{path}[]"), out);
            }
            !items.is_empty()
        }
        json::Value::Object(map) => {
            for (key, item) in map.iter() {
                fields_set(item, &format!("{path}.{key}"), out);
            }
            !map.is_empty()
        }
    };
    *out.entry(path.to_owned()).or_default() |= set;
}

/// The rich answers with the fields they leave at their default set too: the
/// council, every card choice and the letter's request, a number kept anyway
/// in every kind of phone field, someone who can step in to care, and who
/// holds the property power of attorney.
fn answers_with_every_field_set() -> Answers {
    let mut answers = rich_answers();
    answers.council = "bury".into();
    answers.documents.card.my_address = true;
    answers.documents.work_request = Some(WorkRequest::CarersLeave);
    let plan = &mut answers.plans[0];
    plan.gp.phone.keep_anyway = true;
    plan.pharmacy.phone.keep_anyway = true;
    plan.professionals[0].phone.keep_anyway = true;
    plan.step_in[0].phone.keep_anyway = true;
    plan.step_in[0].can_provide_care = true;
    plan.lpa_property.held_by = "Sam Okafor".into();
    answers
}

/// Written by this app (December 2026) for `answers_with_every_field_set()`.
const EVERY_FIELD_FILE: &str = include_str!("../fixtures/answers-every-field-2026-12.json");

/// Every field the app writes is set (not null, empty or false) in a fixture
/// that must read back as the answers it was written from. A field renamed in
/// the code would read that file's value as not there, so as its default: the
/// test fails, where a carer's saved answer would otherwise be lost without a
/// word.
#[test]
fn a_renamed_field_cannot_silently_read_as_its_default() {
    let answers = answers_with_every_field_set();
    let mut fields = std::collections::BTreeMap::new();
    fields_set(&answers.to_value(), "", &mut fields);
    let unset: Vec<&String> = fields
        .iter()
        .filter(|(_, set)| !**set)
        .map(|(path, _)| path)
        .collect();
    assert!(fields.len() > 60, "{} fields", fields.len());
    assert!(
        unset.is_empty(),
        "left at its default, so a rename would go unseen: {unset:?}"
    );
    assert_eq!(read(EVERY_FIELD_FILE), Ok(answers));
}

#[test]
fn a_field_renamed_in_a_file_is_caught_by_that_test() {
    // As if the code had renamed `can_provide_care`: the file's value is not read.
    let renamed = EVERY_FIELD_FILE.replacen("\"can_provide_care\"", "\"can_give_care\"", 1);
    assert_ne!(renamed, EVERY_FIELD_FILE);
    assert_ne!(read(&renamed), Ok(answers_with_every_field_set()));
}
