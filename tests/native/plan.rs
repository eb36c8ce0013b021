//! Part 3, the emergency plan, and what the documents need: table-driven
//! checks with plans written by the carers we designed it for.

use carer_check::content::messages::messages;
use carer_check::content::plan_pages::plan_pages;
use carer_check::domain::dates::*;
use carer_check::domain::documents::{
    can_make, missing_for, Document, DocumentInputs, Field, Missing, Need,
};
use carer_check::domain::journey::PlanSection;
use carer_check::domain::phone::{Phone, PhoneIssue};
use carer_check::domain::plan::*;
use carer_check::domain::record::Record;

/// A date as the carer reads it, in the wording files' words.
fn written(date: Date) -> String {
    messages().date(date)
}

/// The hospital bag items "Add suggested items" adds, from plan_pages.toml.
fn suggested() -> &'static [String] {
    &plan_pages().hospital_bag_suggested
}

// ---------------------------------------------------------------------------
// Personas

fn medicine(name: &str, dose: &str, when: &str) -> Medicine {
    Medicine {
        name: name.to_string(),
        dose: dose.to_string(),
        when: when.to_string(),
        where_kept: String::new(),
    }
}

fn person(name: &str, relationship: &str, phone: &str) -> StepInPerson {
    StepInPerson {
        name: name.to_string(),
        relationship: relationship.to_string(),
        phone: Phone::new(phone),
        agreed_to_be_contacted: true,
        has_key: false,
        can_provide_care: false,
    }
}

fn contact(name: &str, phone: &str) -> Contact {
    Contact {
        name: name.to_string(),
        phone: Phone::new(phone),
    }
}

/// Priya, 48, works full time and cares for her father, who has dementia.
fn dennis() -> EmergencyPlan {
    let mut plan = EmergencyPlan {
        name: "Dennis Hughes".into(),
        date_of_birth: "3/4/1950".into(),
        address: "12 Oak Road, Bury".into(),
        conditions: "Alzheimer's disease, diagnosed 2021. High blood pressure.".into(),
        allergies: "Penicillin".into(),
        medicines: vec![
            medicine("Donepezil", "10 mg", "At bedtime"),
            medicine("Amlodipine", "5 mg", "Every morning with breakfast"),
            medicine(
                "Paracetamol",
                "1 g",
                "When needed for pain, up to 4 times a day",
            ),
        ],
        medicines_kept: "Blister pack in the kitchen cupboard above the kettle".into(),
        pharmacy: contact("Oak Road Pharmacy", "0161 496 0123"),
        gp: contact("Bury Health Centre", "0161 496 0456"),
        professionals: vec![Professional {
            role: "Admiral nurse".into(),
            name: "Helen".into(),
            phone: Phone::new("0300 123 4567"),
        }],
        communication: "Hears well. Speak slowly and give him time to answer.".into(),
        mobility: "Walks on his own but is unsteady on stairs.".into(),
        daily_routine: "Up at 7.30, lunch at 12:30, bed at 10pm.".into(),
        calms: "Old films, a cup of tea, talking about the railway.".into(),
        upsets: "Being rushed. Loud rooms.".into(),
        left_alone: Some(LeftAlone::UpToAnHour),
        may_wander: Some(YesNoNotSure::Yes),
        description: Description {
            height: "5 ft 10".into(),
            build: "Slim".into(),
            hair: "Short, grey".into(),
            usual_clothes: "Flat cap and a navy anorak".into(),
            distinguishing_features: "Scar on his left hand".into(),
        },
        habits: "Goes out early to buy a paper.".into(),
        places_they_go: "The railway station; the house on Mill Street he grew up in.".into(),
        step_in: vec![
            StepInPerson {
                has_key: true,
                can_provide_care: true,
                ..person("Mark Hughes", "Son", "07700 900123")
            },
            StepInPerson {
                has_key: true,
                ..person("Jean", "Neighbour", "+44 7700 900456")
            },
        ],
        key_holders: "Jean next door at number 14 and my brother Mark have keys. \
                      There is a key safe by the back door; Mark knows the code."
            .into(),
        pets: "None".into(),
        documents_kept: "Blue folder in the bureau".into(),
        lpa_health: PowerOfAttorney {
            in_place: Some(YesNoNotSure::Yes),
            held_by: "Priya and Mark".into(),
        },
        lpa_property: PowerOfAttorney {
            in_place: Some(YesNoNotSure::Yes),
            held_by: "Priya and Mark".into(),
        },
        advance_care_plan: AdvanceCarePlan {
            in_place: Some(YesNoNotSure::NotSure),
            kept_where: String::new(),
        },
        ..EmergencyPlan::new(1)
    };
    plan.add_suggested_hospital_bag(suggested());
    plan
}

/// Arthur, 78, cares for his wife Margaret after her stroke.
fn margaret() -> EmergencyPlan {
    EmergencyPlan {
        name: "Mrs Margaret Evans".into(),
        date_of_birth: "14th March 1946".into(),
        conditions: "Stroke in 2023. Weak right side. Type 2 diabetes.".into(),
        medicines: vec![
            medicine("Clopidogrel", "75 mg", "Morning"),
            medicine("Atorvastatin", "40 mg", "Night"),
            medicine("Metformin", "500mg", "With breakfast and tea"),
        ],
        communication: "Her speech is slow since the stroke. Give her time and \
                        ask one question at a time."
            .into(),
        mobility: "Uses a walking frame. Needs help on the stairs and in the shower.".into(),
        eating: "Soft food, cut up small. Thickened drinks.".into(),
        equipment: "Walking frame, stairlift, raised toilet seat".into(),
        left_alone: Some(LeftAlone::FewHours),
        may_wander: Some(YesNoNotSure::No),
        step_in: vec![StepInPerson {
            has_key: true,
            can_provide_care: true,
            ..person("Susan", "Daughter", "07700 900789")
        }],
        // Arthur has written the code in: the form must refuse it.
        key_holders: "Susan has a key. Key safe code 4521".into(),
        lpa_health: PowerOfAttorney {
            in_place: Some(YesNoNotSure::No),
            ..PowerOfAttorney::default()
        },
        lpa_property: PowerOfAttorney {
            in_place: Some(YesNoNotSure::No),
            ..PowerOfAttorney::default()
        },
        advance_care_plan: AdvanceCarePlan {
            in_place: Some(YesNoNotSure::No),
            ..AdvanceCarePlan::default()
        },
        gp: contact("Riverside Surgery", "01632 960321"),
        ..EmergencyPlan::new(2)
    }
}

/// Leah, 15, helps her mum, who has MS.
fn kelly() -> EmergencyPlan {
    EmergencyPlan {
        name: "Kelly Brown".into(),
        // Leah typed the month first.
        date_of_birth: "12/13/1985".into(),
        conditions: "MS".into(),
        mobility: "Uses a wheelchair outside. Gets very tired.".into(),
        daily_routine: "Needs help getting up and dressed before I go to school.".into(),
        left_alone: Some(LeftAlone::MostOfTheDay),
        step_in: vec![
            StepInPerson {
                has_key: true,
                can_provide_care: true,
                ..person("Nan", "My nan", "07700 900321")
            },
            // A digit short: questionable until Leah checks it.
            person("Aunty Lisa", "Mum's sister", "0770 090 012"),
        ],
        professionals: vec![Professional {
            role: "Young carers worker".into(),
            name: "Sam".into(),
            phone: Phone::new("0300 123 4567"),
        }],
        pets: "Biscuit the cat. Food is under the sink.".into(),
        lpa_health: PowerOfAttorney {
            in_place: Some(YesNoNotSure::NotSure),
            ..PowerOfAttorney::default()
        },
        ..EmergencyPlan::new(3)
    }
}

fn problem_summary(plan: &EmergencyPlan) -> Vec<(PlanField, ProblemKind)> {
    plan_problems(plan)
        .into_iter()
        .map(|problem| (problem.field, problem.kind))
        .collect()
}

struct PersonaCase {
    name: &'static str,
    plan: EmergencyPlan,
    first_name: &'static str,
    date_of_birth: Option<&'static str>,
    problems: Vec<(PlanField, ProblemKind)>,
    status: PlanStatus,
    gaps: &'static [PlanGap],
    wallet_card_names: &'static [&'static str],
}

fn persona_cases() -> Vec<PersonaCase> {
    use PlanGap::*;
    vec![
        PersonaCase {
            name: "working daughter, father with dementia who may wander",
            plan: dennis(),
            first_name: "Dennis",
            date_of_birth: Some("3 April 1950"),
            problems: vec![],
            status: PlanStatus::Completed,
            gaps: &[MayWander, AdvanceCarePlanUnknown],
            wallet_card_names: &["Mark Hughes", "Jean"],
        },
        PersonaCase {
            name: "78-year-old caring for his wife after a stroke",
            plan: margaret(),
            first_name: "Margaret",
            date_of_birth: Some("14 March 1946"),
            problems: vec![(PlanField::KeyHolders, ProblemKind::AccessCode)],
            status: PlanStatus::InProgress,
            gaps: &[OnlyOneContact, NoPowerOfAttorney, NoAdvanceCarePlan],
            wallet_card_names: &["Susan"],
        },
        PersonaCase {
            name: "15-year-old young carer's plan for mum",
            plan: kelly(),
            first_name: "Kelly",
            date_of_birth: None,
            problems: vec![
                (PlanField::DateOfBirth, ProblemKind::DateUnreadable),
                (
                    PlanField::StepIn(1, StepInField::Phone),
                    ProblemKind::PhoneUnusual,
                ),
            ],
            status: PlanStatus::InProgress,
            gaps: &[PowerOfAttorneyUnknown, NoGpDetails, MedicinesNotListed],
            wallet_card_names: &["Nan"],
        },
    ]
}

#[test]
fn persona_plans_are_read_as_their_carers_meant() {
    for case in persona_cases() {
        let plan = &case.plan;
        assert_eq!(plan.first_name(), Some(case.first_name), "{}", case.name);
        assert_eq!(
            plan.date_of_birth().map(written).as_deref(),
            case.date_of_birth,
            "{}",
            case.name
        );
        assert_eq!(problem_summary(plan), case.problems, "{}", case.name);
        assert_eq!(plan_status(plan), case.status, "{}", case.name);
        assert_eq!(plan_gaps(plan), case.gaps, "{}", case.name);
        let card: Vec<&str> = plan
            .wallet_card_contacts()
            .iter()
            .map(|person| person.name.as_str())
            .collect();
        assert_eq!(card, case.wallet_card_names, "{}", case.name);
    }
}

#[test]
fn every_persona_plan_and_card_can_be_printed() {
    let about_you = AboutYou::default();
    let plans: Vec<EmergencyPlan> = persona_cases().into_iter().map(|c| c.plan).collect();
    let inputs = DocumentInputs {
        about_you: &about_you,
        plans: &plans,
    };
    for plan in &plans {
        assert_eq!(
            missing_for(Document::EmergencyPlan(plan.id), &inputs),
            [],
            "{}",
            plan.name
        );
        assert!(
            can_make(Document::WalletCard(plan.id), &inputs),
            "{}",
            plan.name
        );
    }
}

#[test]
fn fixing_arthurs_plan_step_by_step() {
    let mut plan = margaret();
    let problems = plan_problems(&plan);
    assert_eq!(problems.len(), 1);
    assert_eq!(problems[0].said, Said::AccessCode);

    plan.key_holders = "Susan has a key. There is a key safe by the front door.".into();
    assert_eq!(plan_problems(&plan), []);
    // Still only one person to step in.
    assert_eq!(plan_status(&plan), PlanStatus::InProgress);

    plan.step_in
        .push(person("Ray", "Neighbour", "0161 496 0789"));
    assert_eq!(plan_status(&plan), PlanStatus::Completed);
    assert!(!plan_gaps(&plan).contains(&PlanGap::OnlyOneContact));
}

#[test]
fn leahs_plan_is_completed_once_she_checks_the_details() {
    let mut plan = kelly();
    plan.date_of_birth = "13/12/1985".into();
    assert_eq!(
        problem_summary(&plan),
        [(
            PlanField::StepIn(1, StepInField::Phone),
            ProblemKind::PhoneUnusual
        )]
    );
    let problem = &plan_problems(&plan)[0];
    assert_eq!(
        problem.said,
        Said::PhoneUnusual(PhoneIssue::WrongLength { digits: 10 })
    );
    let message = messages().problem(problem);
    assert!(message.contains("This one has 10"), "{message}");
    assert!(message.contains("you can keep it"), "{message}");

    // She checks with Nan: the number really is right.
    plan.step_in[1].phone.keep_anyway = true;
    assert_eq!(plan_problems(&plan), []);
    assert_eq!(plan.wallet_card_contacts().len(), 2);
    // Medicines not answered yet.
    assert_eq!(plan_status(&plan), PlanStatus::InProgress);
    plan.takes_no_medicines = true;
    assert_eq!(plan_status(&plan), PlanStatus::Completed);
}

// ---------------------------------------------------------------------------
// Refusing key safe and alarm codes

#[test]
fn codes_are_found_wherever_they_are_written() {
    let cases = [
        "key safe code 1234",
        "Key safe code: 1234",
        "code is 4521",
        "The code is 4521.",
        "PIN 0000",
        "pin: 0000",
        "alarm 12345",
        "keysafe: 7788",
        "Key-safe 2580 by the back door",
        "The code for the key safe by the back door is 1234",
        "1234 is the code",
        "Combination padlock on the side gate: 0912",
        "Alarm code 12 34",
        "alarm code 12-34",
        "Door entry code 123456#",
        "Burglar alarm: 9876, keys are with Jean",
        "passcode 4321",
        "code 123",
        "code 12345678",
        "Lockbox 5566 on the wall",
        "The key box by the door opens with 2468",
        "Alarm keypad 1470 then press set",
        "Clé de la boîte: code 1234 — merci",
        "Alarm code C1234",
        "Padlock on the shed 3-3-4-4",
    ];
    for text in cases {
        assert!(find_access_code(text).is_some(), "should refuse {text:?}");
        assert!(
            find_access_code_in_keys(text).is_some(),
            "keys field should refuse {text:?}"
        );
    }
}

#[test]
fn a_bare_number_is_refused_only_where_keys_are_written() {
    let cases = [
        "1234",
        "Key under the mat, 4729",
        "Back door 73915",
        "Jean. 556677",
    ];
    for text in cases {
        assert!(find_access_code_in_keys(text).is_some(), "{text:?}");
        assert_eq!(find_access_code(text), None, "{text:?}");
    }
}

#[test]
fn numbers_that_are_not_codes_are_let_through() {
    let anywhere = [
        "Ring Jean on 0161 496 0000 if the alarm goes off",
        "Call 999 if the alarm goes off",
        "Alarm company: 0800 123 4567",
        "Pendant alarm, call 07700 900123",
        "Careline alarm, ring 0161-496-0000",
        "Alarm company +44 20 7946 0018",
        "Her alarm clock goes off at 0730",
        "Alarm set for 10:30",
        "Alarm at 7.30 every morning",
        "The alarm was fitted in 2019",
        "Alarm fitted 2019",
        "Alarm company Careline365",
        "Key safe fitted March 2020",
        "Alarm House, 1234 Long Lane",
        "Donepezil 10 mg, alarm on phone at 2100",
        "Code: see Mark",
        "The code is in Mark's phone",
        "Code 12",
        "Careline alarm pendant, 24/7",
        "Alarm costs £250 a year",
        "The alarm goes off after 120 minutes",
        "PIN badge says 3rd place",
        "Code on the pack: 500mg tablets",
        "Alarm pendant. 12 Oak Road",
        "Samaritans 116 123, or the alarm line",
        "Keysafe postcode BL9 0AA",
    ];
    // A bare number where keys are written is taken as a code, so these
    // pass only elsewhere.
    let outside_keys_field = [
        "Alarm. The house is number 1234 at the end",
        "Jean has a key, she lives at 4521",
    ];
    let keys_field = [
        "Jean at 12 Oak Road has a key",
        "Jean (07700 900123) has a key",
        "Mark, 0161 496 0000, has a spare key",
        "Mark +447700900456 has a key",
        "Jean has had a key since 2019",
        "Jean is home after 1730 and has a key",
        "Key with Jean at number 14",
        "Jean at 1234 Long Lane has a key",
        "Jean has a key. She is home until 10:30",
        "Flat 1234 next door has a key",
        "",
        "Jean and Mark",
    ];
    for text in anywhere {
        assert_eq!(find_access_code(text), None, "{text:?}");
        assert_eq!(find_access_code_in_keys(text), None, "keys: {text:?}");
    }
    for text in outside_keys_field {
        assert_eq!(find_access_code(text), None, "{text:?}");
        assert!(find_access_code_in_keys(text).is_some(), "keys: {text:?}");
    }
    for text in keys_field {
        assert_eq!(find_access_code_in_keys(text), None, "{text:?}");
    }
}

#[test]
fn house_numbers_in_other_fields_are_not_codes() {
    let plan = EmergencyPlan {
        address: "4521 Oak Lane, Bury".into(),
        places_they_go: "12 Oak Road, and the shop at 1450 Bury New Road".into(),
        documents_kept: "Drawer 2".into(),
        daily_routine: "Lunch at 1230, tea at 1730".into(),
        ..EmergencyPlan::new(1)
    };
    assert_eq!(plan_problems(&plan), []);
}

#[test]
fn a_code_in_any_field_is_refused_with_the_reason() {
    let plan = EmergencyPlan {
        pets: "Dog in the kitchen. Alarm code 2580".into(),
        documents_kept: "Safe in the wardrobe, combination 3344".into(),
        key_holders: "4729".into(),
        ..EmergencyPlan::new(1)
    };
    let problems = plan_problems(&plan);
    let fields: Vec<PlanField> = problems.iter().map(|p| p.field).collect();
    assert_eq!(
        fields,
        [
            PlanField::KeyHolders,
            PlanField::Pets,
            PlanField::DocumentsKept
        ]
    );
    for problem in problems {
        assert_eq!(problem.kind, ProblemKind::AccessCode);
        assert_eq!(problem.said, Said::AccessCode);
        assert!(messages()
            .problem(&problem)
            .contains("anyone who sees a code could get in"));
    }
}

#[test]
fn where_a_code_is_found_is_a_byte_range_of_the_digits() {
    assert_eq!(
        find_access_code("PIN 0000"),
        Some(AccessCode { start: 4, end: 8 })
    );
    let text = "Clé: code 12 34!";
    let found = find_access_code(text).map(|code| &text[code.start..code.end]);
    assert_eq!(found, Some("12 34"));
}

#[test]
fn a_code_word_in_another_sentence_does_not_catch_a_number() {
    assert_eq!(
        find_access_code("There is an alarm. Room 101 is hers."),
        None
    );
    assert_eq!(find_access_code("Ask about the alarm.\n1234"), None);
    assert!(find_access_code_in_keys("Ask about the alarm.\n1234").is_some());
}

// ---------------------------------------------------------------------------
// Dates of birth

#[test]
fn dates_of_birth_are_read_day_first() {
    let cases = [
        ("3/4/1950", "3 April 1950"),
        ("03-04-1950", "3 April 1950"),
        ("3.4.1950", "3 April 1950"),
        (" 3 4 1950 ", "3 April 1950"),
        ("3 April 1950", "3 April 1950"),
        ("3 april 1950", "3 April 1950"),
        ("3rd April 1950", "3 April 1950"),
        ("3rd of April 1950", "3 April 1950"),
        ("April 3, 1950", "3 April 1950"),
        ("3 Apr 1950", "3 April 1950"),
        ("3 Sept 1950", "3 September 1950"),
        ("03041950", "3 April 1950"),
        ("1950-04-03", "3 April 1950"),
        ("29/2/1948", "29 February 1948"),
        ("29/2/2000", "29 February 2000"),
        ("31/12/1999", "31 December 1999"),
    ];
    for (typed, read) in cases {
        let date = parse_uk_date(typed).map(written);
        assert_eq!(date.as_deref(), Ok(read), "{typed:?}");
    }
    assert_eq!(
        parse_uk_date("3/4/1950"),
        Ok(Date {
            year: 1950,
            month: 4,
            day: 3
        })
    );
}

#[test]
fn unreadable_dates_say_what_to_change() {
    let cases = [
        ("", DateProblem::NotADate),
        ("yesterday", DateProblem::NotADate),
        ("3 Smarch 1950", DateProblem::NotADate),
        ("3/4", DateProblem::NotADate),
        ("3/4/1950/2", DateProblem::NotADate),
        ("3/4th/1950", DateProblem::NotADate),
        ("3/4/50", DateProblem::ShortYear),
        ("4/13/1950", DateProblem::NoSuchMonth),
        ("3/0/1950", DateProblem::NoSuchMonth),
        (
            "31/4/1950",
            DateProblem::NoSuchDay {
                month: 4,
                year: 1950,
            },
        ),
        (
            "29/2/1950",
            DateProblem::NoSuchDay {
                month: 2,
                year: 1950,
            },
        ),
        (
            "29/2/1900",
            DateProblem::NoSuchDay {
                month: 2,
                year: 1900,
            },
        ),
        (
            "0/4/1950",
            DateProblem::NoSuchDay {
                month: 4,
                year: 1950,
            },
        ),
        ("3/4/1850", DateProblem::YearOutOfRange),
        ("3/4/195", DateProblem::YearOutOfRange),
        ("3/4/99999999999", DateProblem::NotADate),
    ];
    for (typed, problem) in cases {
        assert_eq!(parse_uk_date(typed), Err(problem), "{typed:?}");
    }
    assert_eq!(
        messages().date_problem(DateProblem::NoSuchDay {
            month: 2,
            year: 1950
        }),
        "Check the day. February 1950 has days 1 to 28."
    );
    assert_eq!(
        messages().date_problem(DateProblem::NoSuchDay {
            month: 4,
            year: 1950
        }),
        "Check the day. April has days 1 to 30."
    );
}

#[test]
fn an_empty_date_of_birth_is_not_a_problem() {
    let plan = EmergencyPlan {
        name: "Dennis".into(),
        ..EmergencyPlan::new(1)
    };
    assert_eq!(plan_problems(&plan), []);
    assert_eq!(plan.date_of_birth(), None);
}

// ---------------------------------------------------------------------------
// Names, lists and rows

#[test]
fn first_names_skip_titles_but_keep_title_and_surname_together() {
    let cases = [
        ("Dennis Hughes", Some("Dennis")),
        ("  Mrs Joan Smith ", Some("Joan")),
        ("Dr. Ann Lee", Some("Ann")),
        ("Mrs Smith", Some("Mrs Smith")),
        ("Mum", Some("Mum")),
        ("Mr", Some("Mr")),
        ("", None),
        ("   ", None),
    ];
    for (name, first) in cases {
        let plan = EmergencyPlan {
            name: name.into(),
            ..EmergencyPlan::default()
        };
        assert_eq!(plan.first_name(), first, "{name:?}");
    }
}

#[test]
fn plans_keep_their_ids_when_others_are_removed() {
    let mut plans = Vec::new();
    assert_eq!(add_plan(&mut plans), 1);
    assert_eq!(add_plan(&mut plans), 2);
    assert_eq!(add_plan(&mut plans), 3);

    let removed = remove_plan(&mut plans, 2);
    assert_eq!(removed.map(|plan| plan.id), Some(2));
    assert_eq!(remove_plan(&mut plans, 2), None);
    assert_eq!(find_plan(&plans, 3).map(|plan| plan.id), Some(3));
    assert_eq!(find_plan(&plans, 2), None);
    assert_eq!(add_plan(&mut plans), 4);

    if let Some(plan) = find_plan_mut(&mut plans, 4) {
        plan.name = "Nan".into();
    }
    let ids: Vec<u32> = plans.iter().map(|plan| plan.id).collect();
    assert_eq!(ids, [1, 3, 4]);
    assert_eq!(find_plan(&plans, 4).map(|p| p.name.as_str()), Some("Nan"));
}

#[test]
fn the_hospital_bag_starter_list_is_added_once_and_kept_editable() {
    let mut plan = EmergencyPlan {
        hospital_bag: vec![
            "Favourite blanket".into(),
            "mobile phone and charger".into(),
        ],
        ..EmergencyPlan::new(1)
    };
    let added = plan.add_suggested_hospital_bag(suggested());
    assert_eq!(added, suggested().len() - 1);
    assert_eq!(plan.hospital_bag[0], "Favourite blanket");
    assert_eq!(plan.add_suggested_hospital_bag(suggested()), 0);
    assert!(plan.hospital_bag.iter().all(|item| !item.trim().is_empty()));
}

#[test]
fn people_and_medicines_with_half_their_details_are_pointed_out() {
    let plan = EmergencyPlan {
        step_in: vec![
            StepInPerson {
                name: "Jean".into(),
                ..StepInPerson::default()
            },
            StepInPerson {
                phone: Phone::new("07700 900123"),
                ..StepInPerson::default()
            },
            // An empty row added with "add another" is not a problem.
            StepInPerson::default(),
        ],
        medicines: vec![Medicine {
            dose: "5 mg".into(),
            ..Medicine::default()
        }],
        ..EmergencyPlan::new(1)
    };
    let problems = plan_problems(&plan);
    assert_eq!(
        problems
            .iter()
            .map(|p| (p.field, p.kind))
            .collect::<Vec<_>>(),
        [
            (
                PlanField::Medicine(0, MedicineField::Name),
                ProblemKind::NeedsName
            ),
            (
                PlanField::StepIn(0, StepInField::Phone),
                ProblemKind::NeedsPhone
            ),
            (
                PlanField::StepIn(1, StepInField::Name),
                ProblemKind::NeedsName
            ),
        ]
    );
    assert_eq!(
        problems[1].said,
        Said::StepInNeedsPhone {
            name: "Jean".into()
        }
    );
    assert!(messages().problem(&problems[1]).contains("Jean"));
}

#[test]
fn invalid_numbers_anywhere_in_the_plan_are_problems() {
    let plan = EmergencyPlan {
        pharmacy: contact("Boots", "0500 123456"),
        gp: contact("Surgery", "0161 496 OOOO"),
        professionals: vec![Professional {
            role: "Social worker".into(),
            phone: Phone::new("0909 879 0000"),
            ..Professional::default()
        }],
        ..EmergencyPlan::new(1)
    };
    assert_eq!(
        problem_summary(&plan),
        [
            (PlanField::PharmacyPhone, ProblemKind::PhoneNotValid),
            (PlanField::GpPhone, ProblemKind::PhoneNotValid),
            (
                PlanField::Professional(0, ProfessionalField::Phone),
                ProblemKind::PhoneUnusual
            ),
        ]
    );
}

#[test]
fn field_keys_are_unique_within_a_plan() {
    let plan = dennis();
    let mut keys: Vec<String> = plan
        .text_fields()
        .into_iter()
        .map(|(field, _)| field.key())
        .chain(plan.phone_fields().into_iter().map(|(f, _)| f.key()))
        .collect();
    let count = keys.len();
    keys.sort();
    keys.dedup();
    assert_eq!(keys.len(), count);
    assert_eq!(
        PlanField::StepIn(0, StepInField::Phone).key(),
        "step-in-0-phone"
    );
    assert_eq!(PlanField::HospitalBag(2).key(), "hospital-bag-2");
}

// ---------------------------------------------------------------------------
// Status and gaps

#[test]
fn status_follows_what_has_been_written() {
    let completed = dennis();
    let mut unconfirmed = dennis();
    unconfirmed.step_in[1].phone = Phone::new("0909 879 0000");
    let mut confirmed = unconfirmed.clone();
    confirmed.step_in[1].phone.keep_anyway = true;
    let mut one_medicine_unnamed = dennis();
    one_medicine_unnamed.medicines = vec![Medicine::default()];

    let cases = [
        ("nothing yet", EmergencyPlan::new(1), PlanStatus::NotStarted),
        (
            "only empty rows added",
            EmergencyPlan {
                medicines: vec![Medicine::default()],
                step_in: vec![StepInPerson::default()],
                name: "   ".into(),
                ..EmergencyPlan::new(1)
            },
            PlanStatus::NotStarted,
        ),
        (
            "a name",
            EmergencyPlan {
                name: "Dad".into(),
                ..EmergencyPlan::new(1)
            },
            PlanStatus::InProgress,
        ),
        (
            "a box ticked",
            EmergencyPlan {
                takes_no_medicines: true,
                ..EmergencyPlan::new(1)
            },
            PlanStatus::InProgress,
        ),
        ("everything needed", completed, PlanStatus::Completed),
        (
            "a premium number not confirmed",
            unconfirmed,
            PlanStatus::InProgress,
        ),
        (
            "a premium number confirmed",
            confirmed,
            PlanStatus::Completed,
        ),
        (
            "medicines not named",
            one_medicine_unnamed,
            PlanStatus::InProgress,
        ),
    ];
    for (name, plan, status) in cases {
        assert_eq!(plan_status(&plan), status, "{name}");
    }
}

#[test]
fn gaps_come_only_from_what_has_been_answered() {
    use PlanGap::*;
    let started = |plan: EmergencyPlan| EmergencyPlan {
        name: "Dad".into(),
        takes_no_medicines: true,
        gp: contact("Surgery", ""),
        key_holders: "Jean".into(),
        ..plan
    };
    let cases = [
        ("not started", EmergencyPlan::new(1), vec![]),
        (
            "a name only",
            EmergencyPlan {
                name: "Dad".into(),
                ..EmergencyPlan::new(1)
            },
            vec![NoOneToStepIn, NoKeyHolder, NoGpDetails, MedicinesNotListed],
        ),
        (
            "one person who has not been asked and cannot care",
            started(EmergencyPlan {
                step_in: vec![StepInPerson {
                    agreed_to_be_contacted: false,
                    ..person("Jean", "Friend", "07700 900123")
                }],
                ..EmergencyPlan::new(1)
            }),
            vec![OnlyOneContact, NoContactHasAgreed, NoOneCanProvideCare],
        ),
        (
            "may wander, nothing to describe them",
            started(EmergencyPlan {
                may_wander: Some(YesNoNotSure::Yes),
                left_alone: Some(LeftAlone::NotAtAll),
                ..EmergencyPlan::new(1)
            }),
            vec![
                NoOneToStepIn,
                CannotBeLeftAlone,
                MayWander,
                MayWanderNoDescription,
            ],
        ),
        (
            "not sure if they may wander",
            started(EmergencyPlan {
                may_wander: Some(YesNoNotSure::NotSure),
                ..EmergencyPlan::new(1)
            }),
            vec![NoOneToStepIn, MayWanderNoDescription],
        ),
        (
            "one power of attorney, not sure of the other",
            started(EmergencyPlan {
                lpa_health: PowerOfAttorney {
                    in_place: Some(YesNoNotSure::Yes),
                    held_by: "Me".into(),
                },
                lpa_property: PowerOfAttorney {
                    in_place: Some(YesNoNotSure::NotSure),
                    ..PowerOfAttorney::default()
                },
                ..EmergencyPlan::new(1)
            }),
            vec![NoOneToStepIn, PowerOfAttorneyUnknown],
        ),
    ];
    for (name, plan, gaps) in cases {
        assert_eq!(plan_gaps(&plan), gaps, "{name}");
    }
}

// ---------------------------------------------------------------------------
// What each document needs

fn missing_fields(document: Document, inputs: &DocumentInputs) -> Vec<Field> {
    missing_for(document, inputs)
        .into_iter()
        .map(|missing| missing.field)
        .collect()
}

#[test]
fn each_document_asks_only_for_what_it_cannot_do_without() {
    let nobody = AboutYou::default();
    let priya = AboutYou {
        name: "Priya Hughes".into(),
        ..AboutYou::default()
    };
    let blank = EmergencyPlan::new(7);
    let plans = [dennis(), blank];
    let without_name = DocumentInputs {
        about_you: &nobody,
        plans: &plans,
    };
    let with_name = DocumentInputs {
        about_you: &priya,
        plans: &plans,
    };
    let your_name = Field::AboutYou(AboutYouField::Name);
    let in_blank = |field| Field::Plan { plan: 7, field };

    let cases = [
        (Document::Passport, &without_name, vec![your_name]),
        (Document::Passport, &with_name, vec![]),
        (Document::GpLetter, &without_name, vec![your_name]),
        (Document::EmployerLetter, &without_name, vec![your_name]),
        (Document::EmployerLetter, &with_name, vec![]),
        (Document::HelpList, &without_name, vec![]),
        (Document::AssessmentList, &without_name, vec![]),
        (Document::EmergencyPlan(1), &without_name, vec![]),
        (Document::WalletCard(1), &without_name, vec![]),
        (
            Document::EmergencyPlan(7),
            &with_name,
            vec![in_blank(PlanField::Name), in_blank(PlanField::StepInPeople)],
        ),
        (
            Document::WalletCard(7),
            &with_name,
            vec![in_blank(PlanField::Name), in_blank(PlanField::StepInPeople)],
        ),
        (Document::EmergencyPlan(99), &with_name, vec![Field::Plans]),
        (Document::WalletCard(99), &with_name, vec![Field::Plans]),
    ];
    for (document, inputs, fields) in cases {
        assert_eq!(missing_fields(document, inputs), fields, "{document:?}");
    }
}

#[test]
fn missing_contacts_point_at_the_row_to_finish() {
    let about_you = AboutYou::default();
    let row = |at, field| Field::Plan {
        plan: 1,
        field: PlanField::StepIn(at, field),
    };
    let with_people = |people: Vec<StepInPerson>| EmergencyPlan {
        name: "Dad".into(),
        step_in: people,
        ..EmergencyPlan::new(1)
    };
    let cases = [
        (
            with_people(vec![StepInPerson::default(), person("Jean", "", "")]),
            Missing {
                field: row(1, StepInField::Phone),
                need: Need::ContactPhone {
                    name: "Jean".into(),
                },
            },
        ),
        (
            with_people(vec![person("Jean", "", "0909 879 0000")]),
            Missing {
                field: row(0, StepInField::Phone),
                need: Need::ContactPhoneCheck {
                    name: "Jean".into(),
                },
            },
        ),
        (
            with_people(vec![person("", "", "07700900123")]),
            Missing {
                field: row(0, StepInField::Name),
                need: Need::ContactName {
                    phone: "07700 900123".into(),
                },
            },
        ),
    ];
    for (plan, expected) in cases {
        let plans = [plan];
        let inputs = DocumentInputs {
            about_you: &about_you,
            plans: &plans,
        };
        assert_eq!(
            missing_for(Document::WalletCard(1), &inputs),
            std::slice::from_ref(&expected)
        );
        assert_eq!(missing_for(Document::EmergencyPlan(1), &inputs), [expected]);
    }
}

#[test]
fn missing_messages_are_plain_sentences() {
    let about_you = AboutYou::default();
    let plans = [EmergencyPlan::new(1)];
    let inputs = DocumentInputs {
        about_you: &about_you,
        plans: &plans,
    };
    let documents = [
        Document::Passport,
        Document::GpLetter,
        Document::EmployerLetter,
        Document::EmergencyPlan(1),
        Document::WalletCard(1),
        Document::EmergencyPlan(2),
    ];
    for document in documents {
        for missing in missing_for(document, &inputs) {
            let message = &messages().need(&missing.need);
            assert!(message.ends_with('.'), "{message}");
            assert!(message.starts_with(char::is_uppercase), "{message}");
            assert!(message.len() < 140, "{message}");
        }
    }
    assert_eq!(
        Field::Plan {
            plan: 2,
            field: PlanField::StepIn(0, StepInField::Phone)
        }
        .key(),
        "plan-2-step-in-0-phone"
    );
    assert_eq!(Field::AboutYou(AboutYouField::Name).key(), "about-you-name");
}

#[test]
fn the_carers_own_details_are_checked_too() {
    let about = AboutYou {
        name: "Arthur Evans".into(),
        phone: Phone::new("0161 496 000"),
        address: "3 Mill Street. Key safe 9090".into(),
        ..AboutYou::default()
    };
    let problems: Vec<(AboutYouField, ProblemKind)> = about_you_problems(&about)
        .into_iter()
        .map(|p| (p.field, p.kind))
        .collect();
    assert_eq!(
        problems,
        [
            (AboutYouField::Phone, ProblemKind::PhoneUnusual),
            (AboutYouField::Address, ProblemKind::AccessCode),
        ]
    );
}

// ---------------------------------------------------------------------------
// Saving and loading

fn read<T: Record>(text: &str) -> Result<T, carer_check::domain::record::DecodeError> {
    T::from_value(&carer_check::json::parse(text).unwrap())
}

fn write<T: Record>(value: &T) -> String {
    carer_check::json::print(&value.to_value())
}

#[test]
fn plans_survive_a_round_trip_through_json() {
    let plans: Vec<EmergencyPlan> = persona_cases().into_iter().map(|c| c.plan).collect();
    assert_eq!(read::<Vec<EmergencyPlan>>(&write(&plans)).unwrap(), plans);

    let about = AboutYou {
        name: "Priya".into(),
        phone: Phone::kept_anyway("0909 879 0000"),
        gp_practice: "Bury Health Centre".into(),
        ..AboutYou::default()
    };
    assert_eq!(read::<AboutYou>(&write(&about)).unwrap(), about);
}

#[test]
fn choices_are_saved_by_their_ids_and_missing_fields_default() {
    let json = margaret().to_value();
    fn text(value: Option<&carer_check::json::Value>) -> Option<&str> {
        value.and_then(|v| v.as_str())
    }
    assert_eq!(text(json.get("left_alone")), Some("a-few-hours"));
    assert_eq!(
        text(json.get("lpa_health").and_then(|v| v.get("in_place"))),
        Some("no")
    );

    let partial: EmergencyPlan =
        read(r#"{"id":5,"name":"Dad","may_wander":"not-sure","step_in":[{"name":"Jean"}]}"#)
            .unwrap();
    assert_eq!(partial.id, 5);
    assert_eq!(partial.may_wander, Some(YesNoNotSure::NotSure));
    assert_eq!(partial.step_in[0].phone, Phone::default());
    assert_eq!(
        read::<EmergencyPlan>("{}").unwrap(),
        EmergencyPlan::default()
    );
    assert!(read::<EmergencyPlan>(r#"{"left_alone":"forever"}"#).is_err());
}

// ---------------------------------------------------------------------------
// Crafted text: every check the plan and "About you" forms run is linear.
// The checks count their own steps (`domain::steps`); no clock is involved.

#[cfg(not(target_arch = "wasm32"))]
mod bounded_work {
    use super::*;
    use carer_check::domain::phone::check_phone_counted;
    use carer_check::domain::steps::{crafted, repeated, Steps};
    use proptest::prelude::*;

    /// The longest text the tests try: far more than any field needs, and
    /// about what a 1 MB answers file can put in one plan.
    pub const LONGEST: usize = 200_000;

    /// The most steps a check may take per character of text (and per
    /// field, for fields that are empty). Measured worst: see the tests'
    /// output (`--nocapture`) and `make bench`.
    pub const MOST_STEPS_PER_CHAR: u64 = 24;

    fn bound(chars: usize, fields: usize) -> u64 {
        MOST_STEPS_PER_CHAR * (chars + fields + 1) as u64
    }

    /// A plan with `text` in every free-text field and phone field, and
    /// rows in every list.
    pub fn plan_full_of(text: &str) -> EmergencyPlan {
        let phone = Phone::new(text);
        let mut plan = EmergencyPlan {
            medicines: vec![Medicine::default()],
            professionals: vec![Professional::default()],
            step_in: vec![StepInPerson::default(), StepInPerson::default()],
            hospital_bag: vec![String::new()],
            ..EmergencyPlan::new(1)
        };
        let fields: Vec<PlanField> = plan.text_fields().into_iter().map(|(f, _)| f).collect();
        for field in fields {
            *plan
                .text_mut(field)
                .expect("every text field can be written") = text.to_owned();
        }
        let fields: Vec<PlanField> = plan.phone_fields().into_iter().map(|(f, _)| f).collect();
        for field in fields {
            *plan
                .phone_mut(field)
                .expect("every phone field can be written") = phone.clone();
        }
        plan
    }

    fn text_in_plan(plan: &EmergencyPlan) -> (usize, usize) {
        let texts = plan.text_fields();
        let phones = plan.phone_fields();
        let chars = texts.iter().map(|(_, t)| t.len()).sum::<usize>()
            + phones.iter().map(|(_, p)| p.number.len()).sum::<usize>();
        (chars, texts.len() + phones.len())
    }

    #[test]
    fn every_check_on_crafted_text_of_200000_characters_is_bounded() {
        let mut worst = (0.0f64, "");
        for (shape, text) in crafted(LONGEST) {
            let len = text.len();
            let mut measured = Vec::new();
            for keys in [false, true] {
                let mut steps = Steps::default();
                find_access_codes(&text, keys, &mut steps);
                measured.push(("code search", steps));
            }
            let mut steps = Steps::default();
            let _ = parse_uk_date_counted(&text, &mut steps);
            measured.push(("date", steps));
            let mut steps = Steps::default();
            let _ = check_phone_counted(&text, &mut steps);
            measured.push(("phone", steps));
            let mut steps = Steps::default();
            let _ = without_access_codes(&text, true, &mut steps);
            measured.push(("taking codes out", steps));
            for (check, steps) in measured {
                assert!(
                    steps.0 <= bound(len, 1),
                    "{check} on {shape}: {} steps for {len} characters",
                    steps.0
                );
                let per_char = steps.0 as f64 / len.max(1) as f64;
                if per_char > worst.0 {
                    worst = (per_char, shape);
                }
            }
        }
        println!(
            "worst: {:.1} steps per character ({}), limit {MOST_STEPS_PER_CHAR}",
            worst.0, worst.1
        );
    }

    #[test]
    fn a_whole_plan_and_about_you_full_of_crafted_text_are_checked_in_bounded_work() {
        // Every field holds the text, so the plan is many times 20,000 characters.
        for (shape, text) in crafted(LONGEST / 10) {
            let plan = plan_full_of(&text);
            let (chars, fields) = text_in_plan(&plan);
            let mut steps = Steps::default();
            let problems = plan_problems_counted(&plan, &mut steps);
            assert!(
                steps.0 <= bound(chars, fields),
                "plan of {shape}: {} steps for {chars} characters",
                steps.0
            );
            assert!(
                problems.windows(2).all(|w| w[0].field <= w[1].field),
                "problems in form order ({shape})"
            );
            assert_eq!(problems, plan_problems(&plan));

            let about = AboutYou {
                name: text.clone(),
                phone: Phone::new(text.as_str()),
                address: text.clone(),
                gp_practice: text.clone(),
                employer: text.clone(),
            };
            let mut steps = Steps::default();
            about_you_problems_counted(&about, &mut steps);
            assert!(steps.0 <= bound(5 * text.len(), 5), "about you: {shape}");
        }
    }

    /// Many rows, each with a problem: the problems come in form order
    /// without a sort whose work grows faster than the list.
    #[test]
    fn thousands_of_rows_with_problems_are_checked_in_bounded_work() {
        let rows = 5_000;
        let plan = EmergencyPlan {
            professionals: (0..rows)
                .map(|_| Professional {
                    role: "code 1234".into(),
                    name: String::new(),
                    phone: Phone::new("12"),
                })
                .collect(),
            step_in: (0..rows)
                .map(|_| StepInPerson {
                    name: "Keysafe 4321".into(),
                    ..StepInPerson::default()
                })
                .collect(),
            hospital_bag: vec!["PIN 5678".into(); rows],
            ..EmergencyPlan::new(1)
        };
        let (chars, fields) = text_in_plan(&plan);
        let mut steps = Steps::default();
        let problems = plan_problems_counted(&plan, &mut steps);
        assert!(steps.0 <= bound(chars, fields), "{} steps", steps.0);
        assert_eq!(problems.len(), 5 * rows);
        assert!(problems.windows(2).all(|w| w[0].field <= w[1].field));
    }

    fn piece() -> impl Strategy<Value = &'static str> {
        prop::sample::select(vec![
            "code",
            "Key",
            "safe",
            "key-safe",
            "PIN",
            "alarm",
            "lockbox",
            "the",
            "is",
            "at",
            "in",
            "ring",
            "flat",
            "road",
            "mg",
            "1234",
            "12",
            "0161 496 0000",
            "2019",
            "0730",
            "5",
            "1 2",
            "3-4",
            "C",
            " ",
            "-",
            ".",
            ". ",
            "\n",
            "/",
            ":",
            "£",
            "é",
            "x",
        ])
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(48))]

        /// Any unit of crafted pieces, repeated up to 200,000 characters.
        #[test]
        fn any_repeated_crafted_text_is_checked_in_bounded_work(
            unit in prop::collection::vec(piece(), 1..12),
            len in 1usize..=LONGEST,
            keys in any::<bool>(),
        ) {
            let text = repeated(&unit.join(" "), len);
            let mut steps = Steps::default();
            find_access_codes(&text, keys, &mut steps);
            let _ = parse_uk_date_counted(&text, &mut steps);
            let _ = check_phone_counted(&text, &mut steps);
            prop_assert!(
                steps.0 <= bound(text.len(), 3),
                "{} steps for {} characters of {:?}", steps.0, text.len(), unit
            );
        }
    }

    #[test]
    fn taking_codes_out_keeps_the_words_and_leaves_no_code() {
        let mut steps = Steps::default();
        assert_eq!(
            without_access_codes(
                "Key safe by the door, code 1234. Jan has a key.",
                false,
                &mut steps
            ),
            "Key safe by the door, code . Jan has a key."
        );
        assert_eq!(
            without_access_codes("Jan has a key. 4321", true, &mut steps),
            "Jan has a key. "
        );
        assert_eq!(
            without_access_codes("Ring 0161 496 0000 at 0730", false, &mut steps),
            "Ring 0161 496 0000 at 0730"
        );
        for (_, text) in crafted(2_000) {
            for keys in [false, true] {
                let kept = without_access_codes(&text, keys, &mut steps);
                let found = if keys {
                    find_access_code_in_keys(&kept)
                } else {
                    find_access_code(&kept)
                };
                assert_eq!(found, None, "{text:?}");
            }
        }
    }
}

// ---------------------------------------------------------------------------
// Defence in depth: whatever is in memory, a document never prints what the
// forms refuse.

#[test]
fn documents_never_print_a_code_or_a_refused_number_even_if_one_is_in_memory() {
    use carer_check::documents::{self, tree::text_of};
    use carer_check::documents::{letter_for, passport_for as passport};
    use carer_check::domain::answers::Answers;
    use carer_check::domain::from_answers::{wallet_card, CardChoices};
    use carer_check::domain::letters::WorkRequest;

    const CODE: &str = "4826";
    const BAD_PHONE: &str = "0161 496 00AB";
    const UNCONFIRMED: &str = "12345";
    let mut plan = EmergencyPlan {
        medicines: vec![Medicine::default()],
        professionals: vec![Professional::default()],
        step_in: vec![StepInPerson {
            phone: Phone::new("07700 900123"),
            agreed_to_be_contacted: true,
            ..StepInPerson::default()
        }],
        hospital_bag: vec![String::new()],
        may_wander: Some(YesNoNotSure::Yes),
        ..EmergencyPlan::new(1)
    };
    let fields: Vec<PlanField> = plan.text_fields().into_iter().map(|(f, _)| f).collect();
    for field in fields {
        *plan.text_mut(field).unwrap() = format!("Joan key safe code {CODE}");
    }
    plan.gp.phone = Phone::new(BAD_PHONE);
    plan.pharmacy.phone = Phone::new(UNCONFIRMED);
    plan.professionals[0].phone = Phone::new(BAD_PHONE);
    let about = AboutYou {
        name: format!("Helen PIN {CODE}"),
        phone: Phone::new(UNCONFIRMED),
        address: format!("3 Hill Road, alarm {CODE}"),
        gp_practice: format!("Moorgate, code {CODE}"),
        employer: format!("Acme, keysafe {CODE}"),
    };
    // An employee, so the letter to an employer is made too.
    let mut answers = Answers {
        about_you: about,
        plans: vec![plan.clone()],
        ..Answers::default()
    };
    answers.carer.work = vec![carer_check::domain::answers::WorkStudy::Employee];
    let all_choices = CardChoices {
        my_name: true,
        my_phone: true,
        my_address: true,
    };
    let mut printed = vec![
        ("plan", text_of(&documents::emergency_plan(plan.clone()))),
        (
            "card",
            text_of(&documents::wallet_card(wallet_card(
                &answers,
                &plan,
                all_choices,
                &carer_check::content::document_pages::document_pages()
                    .card
                    .allergies,
            ))),
        ),
        (
            "passport",
            text_of(&documents::passport(passport(&answers))),
        ),
    ];
    for document in [
        Document::GpLetter,
        Document::EmployerLetter,
        Document::AssessmentList,
    ] {
        let letter = letter_for(&answers, document, WorkRequest::CarersLeave).unwrap();
        printed.push(("letter", text_of(&documents::letter(letter))));
    }
    for (document, text) in printed {
        assert!(
            text.contains("Joan") || text.contains("Helen"),
            "{document}: {text}"
        );
        for refused in [CODE, BAD_PHONE, "00AB", UNCONFIRMED] {
            assert!(
                !text.contains(refused),
                "{document} prints {refused}: {text}"
            );
        }
    }
}

#[test]
fn documents_print_a_plan_without_problems_as_it_is() {
    use carer_check::domain::checks::printable_plan;
    let plans = [dennis(), margaret(), kelly()];
    let mut checked = 0;
    for plan in plans {
        if plan_problems(&plan).is_empty() {
            assert_eq!(printable_plan(&plan), plan);
            checked += 1;
        }
    }
    assert!(checked >= 1, "at least one persona plan has no problems");
}

// ---------------------------------------------------------------------------
// Editing a plan one field or row at a time, as the plan pages do. The
// fields come from `PlanField::in_form_order`, which is declared with the
// fields themselves, so a new field is walked here without being listed.

/// A plan with `rows` empty rows in every list.
fn with_rows(rows: usize) -> EmergencyPlan {
    let mut plan = EmergencyPlan::new(1);
    for list in ListKind::ALL {
        for _ in 0..rows {
            plan.add_row(list);
        }
    }
    plan
}

/// A value for `field` that differs from an empty plan's, made from the
/// field's place in the list so no two fields get the same one.
fn new_value(field: PlanField, n: usize, now: &Value) -> Value {
    match now {
        Value::Text(_) => Value::Text(format!("typed into {field:?}")),
        Value::Phone(_) => Value::Phone(Phone::new(format!("0161 496 {n:04}"))),
        Value::Flag(on) => Value::Flag(!on),
        Value::Choice(_) => {
            let options = EmergencyPlan::choice_options(field);
            Value::Choice(Some(options[n % options.len()].to_owned()))
        }
    }
}

#[test]
fn every_field_edits_itself_and_no_other() {
    let plan = with_rows(2);
    let fields = PlanField::in_form_order(&|_| 2);
    assert_eq!(fields, plan.fields());
    let before: Vec<Option<Value>> = fields.iter().map(|&f| plan.value(f)).collect();
    for (n, &field) in fields.iter().enumerate() {
        let mut edited = plan.clone();
        let Some(now) = plan.value(field) else {
            // Only the list of people as a whole holds no value of its own.
            assert_eq!(field, PlanField::StepInPeople);
            assert!(!edited.set(field, Value::Text("x".into())));
            assert_eq!(edited, plan);
            continue;
        };
        let value = new_value(field, n, &now);
        assert!(edited.set(field, value.clone()), "{field:?}");
        assert_eq!(edited.value(field), Some(value), "{field:?}");
        for (other, was) in fields.iter().zip(&before) {
            if *other != field {
                assert_eq!(
                    &edited.value(*other),
                    was,
                    "editing {field:?} changed {other:?}"
                );
            }
        }
        assert!(!edited.is_blank(), "{field:?} counts as a start");
        // And back: the edit is undone by writing the old value.
        assert!(edited.set(field, now));
        assert_eq!(edited, plan, "{field:?}");
    }
}

#[test]
fn a_value_of_the_wrong_kind_or_a_missing_row_changes_nothing() {
    let plan = with_rows(1);
    let cases = [
        (PlanField::Name, Value::Flag(true)),
        (PlanField::GpPhone, Value::Text("0161 496 0000".into())),
        (
            PlanField::TakesNoMedicines,
            Value::Choice(Some("yes".into())),
        ),
        // "yes" is not an answer to how long they can be left alone.
        (PlanField::LeftAlone, Value::Choice(Some("yes".into()))),
        (
            PlanField::MayWander,
            Value::Choice(Some("overnight".into())),
        ),
        (
            PlanField::Medicine(1, MedicineField::Name),
            Value::Text("Aspirin".into()),
        ),
        (PlanField::HospitalBag(7), Value::Text("Glasses".into())),
    ];
    for (field, value) in cases {
        let mut edited = plan.clone();
        assert!(!edited.set(field, value), "{field:?}");
        assert_eq!(edited, plan, "{field:?}");
    }
}

#[test]
fn every_field_is_on_exactly_one_page_and_asked_as_what_it_holds() {
    let plan = with_rows(1);
    for field in PlanField::in_form_order(&|_| 1) {
        let pages: Vec<_> = carer_check::domain::journey::PlanSection::ALL
            .iter()
            .filter(|&&section| section_items(section).iter().any(|i| i.holds(field)))
            .collect();
        assert_eq!(pages, [&field.section()], "{field:?}");
    }
    for &section in carer_check::domain::journey::PlanSection::ALL {
        for &item in section_items(section) {
            let (field, fits) = match item {
                Item::Text(f) | Item::Long(f) => (f, matches!(plan.value(f), Some(Value::Text(_)))),
                Item::Phone(f) => (f, matches!(plan.value(f), Some(Value::Phone(_)))),
                Item::Flag(f) => (f, matches!(plan.value(f), Some(Value::Flag(_)))),
                Item::Choice(f) => (f, matches!(plan.value(f), Some(Value::Choice(_)))),
                Item::List(list) => {
                    assert_eq!(list.section(), section);
                    continue;
                }
            };
            assert!(fits, "{field:?} is asked as {item:?}");
        }
    }
    for list in ListKind::ALL {
        let items = list.row_items(3);
        assert_eq!(items.len(), list.row_fields(3).len(), "{list:?}");
        for item in items {
            let field = match item {
                Item::Text(f)
                | Item::Long(f)
                | Item::Phone(f)
                | Item::Flag(f)
                | Item::Choice(f) => f,
                Item::List(_) => panic!("a row holds no list"),
            };
            assert_eq!(field.row(), Some((list, 3)), "{item:?}");
            assert_eq!(field.in_row(0).in_row(3), field);
        }
    }
}

/// The end-to-end tests take the plan's pages from the wording
/// (tests/e2e/support/part3.mjs, `PLAN_SECTIONS`), so the wording has a
/// section for every page the app has and for no other.
#[test]
fn the_wording_has_a_section_for_every_plan_page_and_no_other() {
    let mut pages: Vec<&str> = PlanSection::ALL
        .iter()
        .map(|section| section.id())
        .collect();
    pages.sort_unstable();
    let worded: Vec<&str> = plan_pages().sections.keys().map(String::as_str).collect();
    assert_eq!(worded, pages);
}

#[test]
fn removing_a_row_moves_the_rows_below_it_up() {
    let mut plan = with_rows(3);
    for at in 0..3 {
        plan.set(
            PlanField::StepIn(at, StepInField::Name),
            Value::Text(format!("Person {at}")),
        );
    }
    assert!(plan.remove_row(ListKind::StepIn, 0));
    assert!(!plan.remove_row(ListKind::StepIn, 2));
    let names: Vec<&str> = (0..plan.rows(ListKind::StepIn))
        .filter_map(|at| plan.text(PlanField::StepIn(at, StepInField::Name)))
        .collect();
    assert_eq!(names, ["Person 1", "Person 2"]);
    // The other lists are untouched.
    for list in [
        ListKind::Medicines,
        ListKind::Professionals,
        ListKind::HospitalBag,
    ] {
        assert_eq!(plan.rows(list), 3, "{list:?}");
    }
}

#[test]
fn pages_start_with_empty_rows_and_save_without_them() {
    let plan = EmergencyPlan::new(1).with_starter_rows(PlanSection::SteppingIn);
    assert_eq!(plan.rows(ListKind::StepIn), 2);
    assert_eq!(plan.rows(ListKind::Medicines), 0);
    let plan = plan.with_starter_rows(PlanSection::Medicines);
    assert_eq!(plan.rows(ListKind::Medicines), 1);
    let mut none = EmergencyPlan::new(1);
    none.takes_no_medicines = true;
    assert_eq!(
        none.with_starter_rows(PlanSection::Medicines)
            .rows(ListKind::Medicines),
        0
    );

    let mut plan = with_rows(2);
    plan.set(PlanField::StepIn(1, StepInField::HasKey), Value::Flag(true));
    plan.set(
        PlanField::Medicine(0, MedicineField::Dose),
        Value::Text("5mg".into()),
    );
    plan.set(
        PlanField::Habits,
        Value::Text("Walks to the old house".into()),
    );
    plan.set(PlanField::MayWander, Value::Choice(Some("no".into())));
    let saved = plan.tidied();
    assert_eq!(saved.step_in.len(), 1);
    assert!(saved.step_in[0].has_key);
    assert_eq!(saved.medicines.len(), 1);
    assert_eq!(saved.professionals.len(), 0);
    assert_eq!(saved.hospital_bag.len(), 0);
    assert!(
        saved.habits.is_empty(),
        "not asked once they may not wander"
    );
}

// ---------------------------------------------------------------------------
// The printed plan

/// The printed plan's text, and the heading it prints for each page.
fn printed(plan: &EmergencyPlan) -> (String, Vec<(PlanSection, String)>) {
    use carer_check::documents::{self, tree::text_of};
    let first = plan.first_name().unwrap_or_default();
    let headings = PlanSection::ALL
        .iter()
        .map(|&page| {
            let text = plan_pages().section(page);
            let heading = text.printed.as_ref().unwrap_or(&text.title);
            (page, heading.replace("{name}", first))
        })
        .collect();
    (text_of(&documents::emergency_plan(plan.clone())), headings)
}

/// The printed plan follows the plan's pages (`section_items`): every page's
/// heading, in order, with every answer given on that page under it, so a
/// new page or field prints with no change to the document.
#[test]
fn the_printed_plan_has_every_answer_under_its_pages_heading() {
    let mut plan = with_rows(1);
    for (n, field) in plan.fields().into_iter().enumerate() {
        if let Some(now) = plan.value(field) {
            assert!(plan.set(field, new_value(field, n, &now)), "{field:?}");
        }
    }
    // Medicines are listed, so not "takes none"; they may wander, so the
    // details are asked; a date of birth that can be read.
    plan.takes_no_medicines = false;
    plan.may_wander = Some(YesNoNotSure::Yes);
    plan.date_of_birth = "3/4/1950".into();
    let (text, headings) = printed(&plan);
    let mut from = 0;
    let mut starts = Vec::new();
    for (page, heading) in &headings {
        let at = text[from..]
            .find(&format!("\n{heading}\n"))
            .unwrap_or_else(|| panic!("no heading {heading} after the one before:\n{text}"));
        from += at + 1;
        starts.push((*page, from));
    }
    for (n, &(page, start)) in starts.iter().enumerate() {
        let end = starts.get(n + 1).map_or(text.len(), |&(_, end)| end);
        let under = &text[start..end];
        for field in plan.fields().into_iter().filter(|f| f.section() == page) {
            let printed = match plan.value(field) {
                Some(Value::Text(_)) if field == PlanField::DateOfBirth => {
                    written(plan.date_of_birth().unwrap())
                }
                Some(Value::Text(text)) => text,
                Some(Value::Phone(phone)) => phone.display(),
                Some(Value::Choice(Some(id))) => plan_pages().choice(&id),
                Some(Value::Flag(true)) => {
                    let label = plan_pages().field(field);
                    label.printed.clone().unwrap_or(label.label.clone())
                }
                Some(Value::Flag(false) | Value::Choice(None)) | None => continue,
            };
            assert!(
                under.contains(&printed),
                "{field:?}: {printed} is not under {page:?}:\n{under}"
            );
        }
    }
}

/// A page with nothing on it is left out, except the medicines: a reader
/// must not take no list for no medicines.
#[test]
fn the_printed_plan_leaves_out_empty_pages_but_says_when_no_medicines_are_written() {
    let mut plan = EmergencyPlan::new(1);
    plan.name = "Dennis Hughes".into();
    let (text, headings) = printed(&plan);
    let shown: Vec<PlanSection> = headings
        .iter()
        .filter(|(_, heading)| text.contains(&format!("\n{heading}\n")))
        .map(|&(page, _)| page)
        .collect();
    assert_eq!(
        shown,
        [PlanSection::Person, PlanSection::Medicines],
        "{text}"
    );
    let nothing = &carer_check::content::document_pages::document_pages()
        .plan
        .nothing_yet;
    assert!(text.contains(nothing.as_str()), "{text}");
    plan.takes_no_medicines = true;
    let (text, _) = printed(&plan);
    let none = plan_pages().field(PlanField::TakesNoMedicines);
    assert!(!text.contains(nothing.as_str()), "{text}");
    assert!(
        text.contains(none.printed.as_ref().unwrap_or(&none.label)),
        "{text}"
    );
}
