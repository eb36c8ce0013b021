//! From answers to documents, for three people: a 15-year-old young carer, a
//! working daughter caring for her father with dementia, and a 78-year-old
//! caring for his wife after a stroke.

use carer_check::content::outcomes::outcomes_content;
use carer_check::documents::{
    self,
    tree::{text_of, Node},
};
use carer_check::documents::{help_suggestions as help_list, letter_for, passport_for as passport};
use carer_check::domain::answers::{
    AgeBand, Answers, CarerAnswers, Helps, Hours, LivesWith, Need, Paid, Person, Task, WorkStudy,
};
use carer_check::domain::documents::{missing_for, Document, Field};
use carer_check::domain::from_answers::*;
use carer_check::domain::journey::{PlanSection, Route, Step};
use carer_check::domain::letters::WorkRequest;
use carer_check::domain::outcomes::{OutcomeArea, Rating};
use carer_check::domain::phone::Phone;
/// The card's wording for allergies, from the wording files.
const ALLERGIES: &str = "Allergies: {allergies}";

use carer_check::domain::dates::Date;
use carer_check::domain::plan::{
    EmergencyPlan, PlanField, PowerOfAttorney, StepInField, StepInPerson, YesNoNotSure,
};
use carer_check::domain::signpost::Group;
use carer_check::util::clip;

fn person(name: &str, relationship: &str, phone: &str, agreed: bool) -> StepInPerson {
    StepInPerson {
        name: name.into(),
        relationship: relationship.into(),
        phone: Phone::new(phone),
        agreed_to_be_contacted: agreed,
        has_key: true,
        can_provide_care: false,
    }
}

fn young_carer() -> Answers {
    let mut answers = Answers {
        carer: CarerAnswers {
            age: Some(AgeBand::Under16),
            helps: Some(Helps::Yes),
            who: vec![Person::Parent],
            why: vec![Need::MentalHealth],
            tasks: vec![Task::Household, Task::Company],
            lives_with: Some(LivesWith::Yes),
            hours: Some(Hours::From10To19),
            paid: Some(Paid::No),
            work: vec![WorkStudy::Study],
            ..CarerAnswers::default()
        },
        ..Answers::default()
    };
    answers.about_you.name = "Ella".into();
    answers
        .outcomes
        .ratings
        .insert("rv-listened-to".into(), Rating::Never);
    answers
}

fn working_daughter() -> Answers {
    let mut answers = Answers {
        carer: CarerAnswers {
            age: Some(AgeBand::From25To64),
            helps: Some(Helps::Yes),
            who: vec![Person::Parent],
            why: vec![Need::Dementia],
            tasks: vec![Task::Medicines, Task::Appointments, Task::Money],
            lives_with: Some(LivesWith::No),
            hours: Some(Hours::From20To34),
            paid: Some(Paid::No),
            work: vec![WorkStudy::Employee],
            ..CarerAnswers::default()
        },
        ..Answers::default()
    };
    answers.about_you.name = "Priya Shah".into();
    answers.about_you.phone = Phone::new("07700 900123");
    answers.about_you.employer = "Northgate Bakery".into();
    let mut plan = EmergencyPlan::new(1);
    plan.name = "Raj Shah".into();
    plan.conditions = "Alzheimer's disease".into();
    plan.may_wander = Some(YesNoNotSure::Yes);
    plan.step_in = vec![
        person("Anil Shah", "son", "07700 900456", false),
        person("Meera Patel", "neighbour", "0161 496 0000", true),
    ];
    answers.plans.push(plan);
    answers
        .outcomes
        .ratings
        .insert("rv-respected".into(), Rating::Always);
    answers
}

fn older_husband() -> Answers {
    let mut answers = Answers {
        carer: CarerAnswers {
            age: Some(AgeBand::From65),
            helps: Some(Helps::Yes),
            who: vec![Person::Partner],
            why: vec![Need::IllnessOrDisability, Need::OlderOrFrail],
            tasks: vec![Task::PersonalCare, Task::Medicines],
            lives_with: Some(LivesWith::Yes),
            hours: Some(Hours::From50),
            paid: Some(Paid::No),
            work: vec![WorkStudy::Neither],
            ..CarerAnswers::default()
        },
        ..Answers::default()
    };
    answers.about_you.name = "George Wood".into();
    let mut plan = EmergencyPlan::new(3);
    plan.name = "Mrs Joan Wood".into();
    plan.conditions = "Had a stroke in 2024. Weak on her left side.".into();
    plan.allergies = "Penicillin".into();
    plan.lpa_health = PowerOfAttorney {
        in_place: Some(YesNoNotSure::No),
        held_by: String::new(),
    };
    plan.step_in = vec![person("Susan Wood", "daughter", "07700 900789", true)];
    answers.plans.push(plan);
    answers
        .outcomes
        .notes
        .insert(OutcomeArea::ALifeOfMyOwn, "I never get out.".into());
    answers
}

fn entries(answers: &Answers) -> Vec<String> {
    help_list(answers).into_iter().map(|s| s.entry).collect()
}

#[test]
fn a_young_carer_gets_young_carers_help_and_no_adult_only_services() {
    let answers = young_carer();
    let input = signpost_input(&answers, &outcomes_content().outcomes.statement, None);
    assert!(input.profile.young);
    assert_eq!(input.needs, vec![Need::MentalHealth]);
    assert_eq!(input.areas_needing_help, vec!["recognised-and-valued"]);

    let list = help_list(&answers);
    let ids = entries(&answers);
    assert!(
        ids.contains(&"carers-trust-young-carers".to_owned()),
        "{ids:?}"
    );
    assert!(
        !ids.contains(&"carers-uk".to_owned()),
        "adults only: {ids:?}"
    );
    assert!(list.iter().any(|s| s.group == Group::YoungCarers));
    assert!(list.iter().all(|s| !s.why.is_empty()));

    let letter = letter_for(&answers, Document::AssessmentList, WorkRequest::CarersLeave).unwrap();
    assert_eq!(
        letter.title,
        "Things I want to talk about at my young carer's assessment"
    );
    assert!(letter.to_text().contains("Being listened to by staff"));

    let passport = passport(&answers);
    assert_eq!(passport.name, "Ella");
    assert!(passport.kinds.contains(&"Young carer".to_owned()));
    assert!(passport
        .tasks
        .iter()
        .any(|t| t.to_lowercase().contains("shopping")));
}

#[test]
fn a_working_daughter_gets_dementia_and_work_help_and_her_letters_name_her_father() {
    let answers = working_daughter();
    let ids = entries(&answers);
    for want in [
        "carers-uk",
        "alzheimers-society",
        "gov-carers-leave",
        "gov-flexible-working",
    ] {
        assert!(ids.contains(&want.to_owned()), "{want} in {ids:?}");
    }
    let input = signpost_input(&answers, &outcomes_content().outcomes.statement, None);
    assert!(input.plan_gaps.contains(&"may-wander".to_owned()));
    assert_eq!(input.condition_notes, vec!["Alzheimer's disease"]);

    let details = letter_details(&answers);
    assert_eq!(details.carer_name, "Priya Shah");
    assert_eq!(details.employer, "Northgate Bakery");
    assert_eq!(details.cared_for[0].first_name, "Raj");

    let leave = letter_for(&answers, Document::EmployerLetter, WorkRequest::CarersLeave)
        .unwrap()
        .to_text();
    assert!(leave.contains("Carer's Leave"));
    assert!(leave.contains("Raj"));
    assert!(leave.contains("Northgate Bakery"));
    assert!(leave.contains("Priya Shah"));
    let flexible = letter_for(
        &answers,
        Document::EmployerLetter,
        WorkRequest::FlexibleWorking,
    )
    .unwrap();
    assert_eq!(flexible.title, "Request for flexible working");
    let gp = letter_for(&answers, Document::GpLetter, WorkRequest::CarersLeave)
        .unwrap()
        .to_text();
    assert!(gp.contains("Priya Shah") && gp.contains("Raj"));

    // The wallet card puts the neighbour who agreed first, and keeps the
    // address off unless chosen.
    let card = wallet_card(
        &answers,
        &answers.plans[0],
        CardChoices::default(),
        ALLERGIES,
    );
    assert_eq!(card.first_name, "Raj");
    assert_eq!(card.contacts.len(), 2);
    assert_eq!(card.contacts[0].name, "Meera Patel");
    assert_eq!(card.my_name.as_deref(), Some("Priya Shah"));
    assert!(card.my_phone.is_some());
    assert_eq!(card.my_address, None);
    assert_eq!(card.needs.as_deref(), Some("Alzheimer's disease"));

    let passport = passport(&answers);
    assert_eq!(passport.cares_for[0].name, "Raj Shah");
    assert_eq!(passport.contacts.len(), 2);
    assert!(passport
        .going_well
        .contains(&"Being known and respected as a carer".to_owned()));
}

#[test]
fn an_older_husband_gets_stroke_and_planning_help_and_his_notes_reach_the_assessment() {
    let answers = older_husband();
    let ids = entries(&answers);
    for want in ["stroke-association", "age-uk", "gov-power-of-attorney"] {
        assert!(ids.contains(&want.to_owned()), "{want} in {ids:?}");
    }
    let input = signpost_input(&answers, &outcomes_content().outcomes.statement, None);
    assert!(input.plan_gaps.contains(&"no-power-of-attorney".to_owned()));
    assert!(input.plan_gaps.contains(&"only-one-contact".to_owned()));

    let assessment = letter_for(&answers, Document::AssessmentList, WorkRequest::CarersLeave)
        .unwrap()
        .to_text();
    assert!(assessment.contains("I never get out."));
    assert!(assessment.contains("Joan"));

    let card = wallet_card(
        &answers,
        &answers.plans[0],
        CardChoices::default(),
        ALLERGIES,
    );
    assert_eq!(card.first_name, "Joan");
    assert_eq!(
        card.needs.as_deref(),
        Some("Had a stroke in 2024. Weak on her left side. Allergies: Penicillin")
    );
    assert_eq!(card.contacts.len(), 1);
}

#[test]
fn the_documents_list_has_each_plan_and_its_card() {
    // He answered "Neither" to work: no letter to an employer.
    let mut answers = older_husband();
    assert_eq!(
        all_documents(&answers),
        vec![
            Document::Passport,
            Document::EmergencyPlan(3),
            Document::WalletCard(3),
            Document::HelpList,
            Document::GpLetter,
            Document::AssessmentList,
        ]
    );
    // With a job working for an employer, the letter is offered.
    answers.carer.work = vec![WorkStudy::Employee];
    assert_eq!(
        all_documents(&answers),
        vec![
            Document::Passport,
            Document::EmergencyPlan(3),
            Document::WalletCard(3),
            Document::HelpList,
            Document::GpLetter,
            Document::EmployerLetter,
            Document::AssessmentList,
        ]
    );
}

#[test]
fn what_is_missing_links_to_the_page_that_asks_for_it() {
    let mut answers = older_husband();
    answers.about_you.name.clear();
    answers.plans[0].step_in[0].phone = Phone::default();
    let missing = missing_for(Document::Passport, &document_inputs(&answers));
    assert_eq!(field_route(missing[0].field), Route::to(Step::AboutYou));
    let missing = missing_for(Document::WalletCard(3), &document_inputs(&answers));
    assert_eq!(
        missing[0].field,
        Field::Plan {
            plan: 3,
            field: PlanField::StepIn(0, StepInField::Phone)
        }
    );
    assert_eq!(
        field_route(missing[0].field),
        Route::to(Step::PlanPage(3, PlanSection::SteppingIn))
    );
    assert_eq!(
        field_route(Field::Plans),
        Route::to(Step::Plans),
        "a deleted plan sends the carer to the list"
    );
    assert_eq!(PlanField::LpaHealth.section(), PlanSection::Legal);
    assert_eq!(
        PlanField::Medicine(2, carer_check::domain::plan::MedicineField::Dose).section(),
        PlanSection::Medicines
    );
}

#[test]
fn the_review_date_is_six_months_on_and_never_a_day_that_does_not_exist() {
    let date = |year, month, day| Date { year, month, day };
    assert_eq!(review_date(date(2026, 5, 22)), date(2026, 11, 22));
    assert_eq!(review_date(date(2026, 11, 22)), date(2027, 5, 22));
    assert_eq!(review_date(date(2026, 8, 31)), date(2027, 2, 28));
    assert_eq!(review_date(date(2027, 8, 31)), date(2028, 2, 29));
    assert_eq!(
        carer_check::content::messages::messages().date(review_date(date(2026, 5, 22))),
        "22 November 2026"
    );
}

#[test]
fn card_lines_are_cut_to_fit_and_typed_markup_stays_text() {
    let mut answers = working_daughter();
    let long = "x".repeat(5000);
    answers.plans[0].name = format!("<script>alert(1)</script>{long}");
    answers.plans[0].conditions = "<img src=x onerror=alert(1)>".into();
    let card = wallet_card(
        &answers,
        &answers.plans[0],
        CardChoices::default(),
        ALLERGIES,
    );
    assert!(card.first_name.starts_with("<script>"));
    assert!(card.first_name.chars().count() <= 40);
    assert!(card.first_name.ends_with('…'));
    assert_eq!(card.needs.as_deref(), Some("<img src=x onerror=alert(1)>"));
    assert_eq!(clip("  short  ", 10), "short");
}

/// Every element a document holds, depth first, and whether any typed text
/// ended up somewhere other than a text node (an attribute, say).
fn attribute_values(nodes: &[Node]) -> Vec<String> {
    let mut values = vec![];
    for node in nodes {
        if let Node::Element(element) = node {
            values.extend(element.attributes.iter().map(|(_, v)| v.clone()));
            values.extend(attribute_values(&element.children));
        }
    }
    values
}

#[test]
fn each_persona_gets_every_document_with_their_own_details() {
    use carer_check::domain::documents::Document as Doc;
    for (answers, must_show) in [
        (young_carer(), vec!["Ella"]),
        (
            working_daughter(),
            vec!["Priya Shah", "Raj", "Alzheimer's disease", "Meera Patel"],
        ),
        (
            older_husband(),
            vec!["George Wood", "Joan", "Penicillin", "Susan Wood"],
        ),
    ] {
        let mut all = documents::passport(passport(&answers));
        all.extend(documents::help_list(
            &help_list(&answers),
            is_young(&answers),
        ));
        for plan in &answers.plans {
            all.extend(documents::emergency_plan(plan.clone()));
            all.extend(documents::wallet_card(wallet_card(
                &answers,
                plan,
                CardChoices::default(),
                ALLERGIES,
            )));
        }
        for kind in [Doc::GpLetter, Doc::EmployerLetter, Doc::AssessmentList] {
            if let Some(letter) = letter_for(&answers, kind, WorkRequest::CarersLeave) {
                all.extend(documents::letter(letter));
            }
        }
        let text = text_of(&all);
        for words in must_show {
            assert!(text.contains(words), "{words} missing from:\n{text}");
        }
        // Web addresses are printed in full and only https ones are links.
        for href in attribute_values(&all) {
            assert!(
                href.starts_with("https://") || !href.contains(':'),
                "{href}"
            );
        }
    }
}

#[test]
fn the_plan_document_lists_medicines_in_a_table_and_leaves_blanks_out() {
    let mut answers = working_daughter();
    let plan = &mut answers.plans[0];
    plan.medicines = vec![
        carer_check::domain::plan::Medicine {
            name: "Donepezil".into(),
            dose: "10 mg".into(),
            when: "At night".into(),
            where_kept: "Kitchen drawer".into(),
        },
        carer_check::domain::plan::Medicine::default(),
    ];
    let nodes = documents::emergency_plan(plan.clone());
    let text = text_of(&nodes);
    assert!(
        text.contains("Donepezil 10 mg At night Kitchen drawer"),
        "{text}"
    );
    // The blank second medicine and the blank pets answer are not printed.
    assert_eq!(text.matches("Donepezil").count(), 1);
    assert!(!text.contains("Pets"), "{text}");
}

#[test]
fn typed_markup_reaches_documents_as_text_only() {
    let mut answers = working_daughter();
    answers.about_you.name = "<script>alert(1)</script>".into();
    answers.plans[0].conditions = "<img src=x onerror=alert(1)>".into();
    let mut nodes = documents::passport(passport(&answers));
    nodes.extend(documents::emergency_plan(answers.plans[0].clone()));
    let text = text_of(&nodes);
    assert!(text.contains("<script>alert(1)</script>"));
    assert!(text.contains("<img src=x onerror=alert(1)>"));
    assert!(attribute_values(&nodes)
        .iter()
        .all(|value| !value.contains('<')));
}

/// A document's copy in English (for staff who read English) is the same
/// document after its name and dates, marked as English and left to right so
/// screen readers and right-to-left pages treat it as English.
#[test]
fn the_english_copy_is_the_document_after_its_name_and_dates_marked_as_english() {
    let answers = working_daughter();
    let made = Date {
        year: 2026,
        month: 12,
        day: 3,
    };
    let passport = documents::passport(passport(&answers));
    let copy = documents::english_copy("Carer passport".into(), made, passport.clone());
    let Node::Element(section) = &copy else {
        panic!("the copy is an element");
    };
    assert_eq!((section.tag, section.class), ("section", "cc-doc__english"));
    assert_eq!(
        section.attributes,
        vec![("lang", "en".to_owned()), ("dir", "ltr".to_owned())]
    );
    assert_eq!(section.children[0].text_content().trim(), "Carer passport");
    assert_eq!(section.children[1], documents::made_on(made));
    assert_eq!(section.children[2..], passport[..]);
}
