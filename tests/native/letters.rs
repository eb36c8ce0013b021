//! The ready-made letters read well for real carers, state their facts, and
//! leave a gap only where the carer left out something a letter needs.

use crate::support::rated;
use std::collections::BTreeSet;

use carer_check::content::outcomes::outcomes_content;
use carer_check::documents::letters::*;
use carer_check::domain::letters::*;
use carer_check::domain::outcomes::{
    OutcomeAnswers, OutcomeArea, Positive,
    Rating::{Always, MostOfTheTime as Most, Never, PreferNotToSay as NotSay, Sometimes},
};

fn person(first_name: &str, relationship: &str) -> CaredFor {
    CaredFor {
        first_name: first_name.into(),
        relationship: relationship.into(),
    }
}

/// Checks that hold for every letter: no template left unfilled, no markup.
fn text_of(letter: &Letter) -> String {
    let text = letter.to_text();
    assert!(!text.contains('{') && !text.contains('}'), "{text}");
    assert!(!text.contains('<'), "{text}");
    assert!(!text.contains("  "), "double space in {text}");
    // As a reader sees it: the isolate marks around numbers are invisible.
    text.replace(['\u{2068}', '\u{2069}'], "")
}

#[test]
fn a_number_in_a_letter_keeps_its_order_in_right_to_left_wording() {
    let text = gp_letter(&young_carer_details()).to_text();
    assert!(
        text.contains("\u{2068}3 May 2011\u{2069}"),
        "the date of birth is not isolated in\n{text}"
    );
    // Words alone need no marks.
    assert!(!text.contains("\u{2068}Grace"));
}

// ---------------------------------------------------------------- personas

/// 15, helps her mum, Grace, who has MS.
fn young_carer_details() -> LetterDetails {
    LetterDetails {
        carer_name: "Maya Okafor".into(),
        date_of_birth: "3 May 2011".into(),
        cared_for: vec![person("Grace", "Mum")],
        ..LetterDetails::default()
    }
}

fn young_carer_answers() -> OutcomeAnswers {
    let mut answers = rated(&[
        ("rv-know-where-to-get-help", Never),
        ("rv-right-amount", Sometimes),
        ("lo-breaks", Never),
        ("lo-study-and-work", Never),
        ("lo-money", Most),
        ("mw-confident", Always),
        ("mw-keep-in-touch", Sometimes),
    ]);
    answers.notes.insert(
        OutcomeArea::ALifeOfMyOwn,
        "I miss school when Mum has a bad day.".into(),
    );
    answers.goes_well = "Mum and I laugh a lot.".into();
    answers.positives = vec![Positive::Closer];
    answers
}

/// Works for a delivery firm and cares for her dad, Ravi, who has dementia.
fn working_daughter_details() -> LetterDetails {
    LetterDetails {
        carer_name: "Priya Shah".into(),
        address: "12 Mill Lane\nBury\n\nBL9 0AA".into(),
        phone: "07700 900123".into(),
        email: "priya@example.com".into(),
        cared_for: vec![person("Ravi", "my dad")],
        gp_practice: "Mill Lane Surgery".into(),
        employer: "Northway Deliveries".into(),
        manager: "Sam Jones".into(),
        work_request: Some(WorkRequest::FlexibleWorking),
        current_pattern: "Monday to Friday, 9am to 5pm, in the office".into(),
        new_pattern: "Monday to Friday, 8am to 4pm, working from home on Tuesdays".into(),
        start_date: "1 March".into(),
        asked_before: Some(false),
        ..LetterDetails::default()
    }
}

fn working_daughter_answers() -> OutcomeAnswers {
    let mut answers = rated(&[
        ("rv-respected", Most),
        ("rv-know-where-to-get-help", Never),
        ("lo-understood-at-work", Sometimes),
        ("mw-stress", Never),
        ("mw-kind-relationship", Always),
    ]);
    answers.notes.insert(
        OutcomeArea::MentallyAndPhysicallyWell,
        "I worry about Dad all day at work.".into(),
    );
    answers
}

/// 78, cares for his wife, Jean, after her stroke.
fn older_husband_details() -> LetterDetails {
    LetterDetails {
        carer_name: "Arthur Bell".into(),
        address: "4 Church Row, Worcester".into(),
        phone: "01905 000000".into(),
        cared_for: vec![person("Jean", "wife")],
        ..LetterDetails::default()
    }
}

fn older_husband_answers() -> OutcomeAnswers {
    let mut answers = rated(&[
        ("lo-part-of-community", Never),
        ("lo-study-and-work", NotSay),
        ("lo-understood-at-work", NotSay),
        ("mw-own-health", Never),
        ("mw-keep-in-touch", Never),
        ("ss-moving-safely", Never),
        ("ss-medicines", Always),
    ]);
    answers.notes.insert(
        OutcomeArea::StayingSafe,
        "I am frightened of dropping Jean when I help her out of bed.".into(),
    );
    answers.goes_well = "Jean still smiles when I bring her tea.".into();
    answers
}

// --------------------------------------------------------------- GP letter

#[test]
fn gp_letter_asks_to_be_recorded_as_a_carer_and_for_the_checks() {
    for details in [
        young_carer_details(),
        working_daughter_details(),
        older_husband_details(),
    ] {
        let letter = gp_letter(&details);
        assert_eq!(letter.kind, LetterKind::Gp);
        let text = text_of(&letter);
        for must in [
            "list of carers",
            "note on my record who I look after",
            "health check",
            "flu jab",
            "how they are coping",
            "With their agreement, please share information with me",
            "please ask me first",
            &details.carer_name,
        ] {
            assert!(text.contains(must), "{must:?} missing from\n{text}");
        }
        assert!(letter.gaps().is_empty(), "{:?}", letter.gaps());
    }
}

#[test]
fn gp_letter_names_who_is_cared_for_and_how_to_reach_the_carer() {
    let young = text_of(&gp_letter(&young_carer_details()));
    assert!(young.contains("I look after my Mum, Grace, who could not manage without my help."));
    assert!(young.contains("My date of birth is 3 May 2011."));
    assert!(young.contains("the care of Grace."));
    assert!(young
        .starts_with("Please add me to your list of carers\n\nMaya Okafor\n\nDear practice team,"));

    let daughter = gp_letter(&working_daughter_details());
    assert_eq!(
        daughter.blocks[0],
        Block::Lines(vec![
            "Priya Shah".into(),
            "12 Mill Lane".into(),
            "Bury".into(),
            "BL9 0AA".into(),
            "07700 900123".into(),
            "priya@example.com".into(),
        ])
    );
    let daughter = text_of(&daughter);
    assert!(daughter.contains("Dear Mill Lane Surgery team,"));
    // "my dad" typed by the carer does not become "my my dad".
    assert!(daughter.contains("I look after my dad, Ravi,"));
    assert!(daughter
        .contains("You can call me on 07700 900123. You can email me at priya@example.com."));

    let husband = text_of(&gp_letter(&older_husband_details()));
    assert!(husband.contains("I look after my wife, Jean,"));
    assert!(!husband.contains("date of birth"));
    assert!(!husband.contains("email"));
}

#[test]
fn gp_letter_with_nothing_filled_in_still_reads_well() {
    let letter = gp_letter(&LetterDetails::default());
    let text = text_of(&letter);
    assert!(text.contains("I look after someone who could not manage without my help."));
    assert!(text.contains("the care of the person I look after."));
    assert!(text.contains("Dear practice team,"));
    assert_eq!(letter.gaps(), ["[your name]"], "a letter must be signed");
    assert!(
        !matches!(letter.blocks[0], Block::Lines(_)),
        "no empty address"
    );
}

#[test]
fn several_people_cared_for_are_named_together() {
    let details = LetterDetails {
        cared_for: vec![
            person("Sarah", "mum"),
            person("", ""),
            person("Tom", "brother"),
        ],
        ..LetterDetails::default()
    };
    let text = text_of(&gp_letter(&details));
    assert!(
        text.contains("I look after my mum, Sarah, and my brother, Tom, who could not"),
        "{text}"
    );
    assert!(text.contains("the care of Sarah and Tom."));
}

// --------------------------------------------------------- employer letter

#[test]
fn working_daughter_asks_for_flexible_working_with_her_pattern() {
    let details = working_daughter_details();
    let letter = employer_letter(&details, details.work_request.unwrap());
    assert_eq!(letter.kind, LetterKind::Employer);
    assert_eq!(letter.title, "Request for flexible working");
    let text = text_of(&letter);
    for must in [
        "Northway Deliveries",
        "Dear Sam Jones,",
        "statutory request",
        "Since 6 April 2024, every employee can ask for flexible working from their first day",
        "At the moment, I work Monday to Friday, 9am to 5pm, in the office.",
        "I would like to change this to Monday to Friday, 8am to 4pm, working from home on Tuesdays.",
        "I would like this to start on 1 March.",
        "I look after my dad, Ravi, who needs care",
        "I have not asked you for flexible working before.",
        "Yours sincerely,\n\nPriya Shah",
    ] {
        assert!(text.contains(must), "{must:?} missing from\n{text}");
    }
    assert!(!text.contains("Carer's Leave"));
    assert!(letter.gaps().is_empty(), "{:?}", letter.gaps());
}

#[test]
fn carers_leave_request_states_the_right_and_the_dates() {
    let details = LetterDetails {
        leave_dates: "Monday 2 June to Friday 6 June".into(),
        ..working_daughter_details()
    };
    let letter = employer_letter(&details, WorkRequest::CarersLeave);
    assert_eq!(letter.title, "Request for Carer's Leave");
    let text = text_of(&letter);
    for must in [
        "I am writing to ask for Carer's Leave.",
        "Since 6 April 2024",
        "one week of unpaid Carer's Leave in any 12 months",
        "Carer's Leave Act 2023",
        "I would like to take this leave on Monday 2 June to Friday 6 June.",
        "not say this leave has to be paid",
    ] {
        assert!(text.contains(must), "{must:?} missing from\n{text}");
    }
    assert!(!text.contains("statutory request"));
    assert!(letter.gaps().is_empty());
}

#[test]
fn employer_letters_show_gaps_only_for_what_they_cannot_do_without() {
    let blank = LetterDetails::default();
    let leave = employer_letter(&blank, WorkRequest::CarersLeave);
    assert_eq!(leave.gaps(), ["[your name]", "[the dates you want]"]);
    let text = text_of(&leave);
    assert!(text.contains("Dear manager,"));
    assert!(text.contains("I look after someone who needs care"));

    let flexible = employer_letter(&blank, WorkRequest::FlexibleWorking);
    assert_eq!(
        flexible.gaps(),
        [
            "[your name]",
            "[the days, hours or place of work you would like]",
            "[the date you would like it to start]",
            "[Say if you have asked for flexible working before, and when.]",
        ]
    );
    let text = text_of(&flexible);
    assert!(text.contains("I would like to work [the days"));
    assert!(!text.contains("At the moment"));

    let asked = LetterDetails {
        asked_before: Some(true),
        ..LetterDetails::default()
    };
    let text = text_of(&employer_letter(&asked, WorkRequest::FlexibleWorking));
    assert!(text.contains("I last asked for flexible working on [the date you asked]."));
    let asked = LetterDetails {
        asked_before: Some(true),
        asked_before_when: "May 2025".into(),
        ..LetterDetails::default()
    };
    let text = text_of(&employer_letter(&asked, WorkRequest::FlexibleWorking));
    assert!(text.contains("I last asked for flexible working on May 2025."));
}

// ------------------------------------------------------- assessment letter

#[test]
fn young_carer_takes_school_and_breaks_to_her_young_carers_assessment() {
    let letter = assessment_letter(
        &young_carer_details(),
        &young_carer_answers(),
        AssessmentFor::YoungCarer,
    );
    assert_eq!(letter.kind, LetterKind::Assessment);
    assert_eq!(
        letter.title,
        "Things I want to talk about at my young carer's assessment"
    );
    let text = text_of(&letter);
    for must in [
        "I look after my Mum, Grace.",
        "Things I may want help with",
        "Finding out what help there is",
        "Having too much caring to do",
        "Getting a break from caring",
        "Keeping up with school, college, training or work",
        "In my own words: I miss school when Mum has a bad day.",
        "What is going well",
        "Managing money",
        "Feeling confident as a carer",
        "What I get from caring",
        "We have grown closer.",
        "In my own words: Mum and I laugh a lot.",
        "Children and Families Act 2014",
    ] {
        assert!(text.contains(must), "{must:?} missing from\n{text}");
    }
    assert!(!text.contains("Care Act 2014 gives carers"));
    assert!(letter.gaps().is_empty());
}

#[test]
fn working_daughter_takes_stress_and_finding_help_to_her_assessment() {
    let letter = assessment_letter(
        &working_daughter_details(),
        &working_daughter_answers(),
        AssessmentFor::Carer,
    );
    assert_eq!(
        letter.title,
        "Things I want to talk about at my carer's assessment"
    );
    let text = text_of(&letter);
    for must in [
        "Recognised and valued\n\n- Finding out what help there is",
        "A life of my own\n\n- Support at work, school or college",
        "Mentally and physically well\n\n- Stress and worry\n\nIn my own words: I worry about Dad all day at work.",
        "- Being known and respected as a carer\n- A kind, respectful relationship with the person cared for",
        "The Care Act 2014 gives carers the right to an assessment of their own needs.",
        "I may want to talk about some things on my own.",
    ] {
        assert!(text.contains(must), "{must:?} missing from\n{text}");
    }
    // She ticked no positives and wrote nothing there: no empty section.
    assert!(!text.contains("What I get from caring"));
    assert!(!text.contains("Staying safe"));
}

#[test]
fn older_husband_takes_lifting_loneliness_and_health_but_not_work() {
    let letter = assessment_letter(
        &older_husband_details(),
        &older_husband_answers(),
        AssessmentFor::Carer,
    );
    let text = text_of(&letter);
    for must in [
        "Arthur Bell",
        "I look after my wife, Jean.",
        "Getting out and meeting people",
        "Health, and time to see a doctor",
        "Feeling lonely, or losing touch with people",
        "Lifting, moving and equipment",
        "In my own words: I am frightened of dropping Jean",
        "Handling medicines and health tasks",
        "In my own words: Jean still smiles",
    ] {
        assert!(text.contains(must), "{must:?} missing from\n{text}");
    }
    for never in ["school", "Support at work", "Recognised and valued"] {
        assert!(!text.contains(never), "{never:?} in\n{text}");
    }
}

#[test]
fn assessment_letter_with_nothing_marked_still_asks_to_talk() {
    let letter = assessment_letter(
        &LetterDetails::default(),
        &OutcomeAnswers::default(),
        AssessmentFor::Carer,
    );
    let text = text_of(&letter);
    assert!(text.contains("I have not marked anything I need help with."));
    assert!(!text.contains("What is going well"));
    assert!(letter.gaps().is_empty(), "no name is needed on a list");
}

#[test]
fn what_the_carer_typed_is_kept_as_typed() {
    let mut answers = rated(&[("lo-breaks", Never)]);
    answers
        .notes
        .insert(OutcomeArea::ALifeOfMyOwn, "{note} <b>help</b>".into());
    let details = LetterDetails {
        carer_name: "{name}".into(),
        ..LetterDetails::default()
    };
    let letter = assessment_letter(&details, &answers, AssessmentFor::Carer);
    assert!(letter.blocks.contains(&Block::Paragraph(
        "In my own words: {note} <b>help</b>".into()
    )));
    assert_eq!(letter.blocks[0], Block::Lines(vec!["{name}".into()]));
}

// -------------------------------------------------------------------- data

#[test]
fn every_fact_a_letter_states_has_a_source_and_a_checked_date() {
    let letters = &outcomes_content().letters;
    let mut ids = BTreeSet::new();
    for fact in &letters.fact {
        assert!(ids.insert(fact.id.as_str()), "duplicate fact {}", fact.id);
        assert!(!fact.source.trim().is_empty(), "{} has a source", fact.id);
        let date = fact.checked.as_bytes();
        assert!(
            date.len() == 10 && date[4] == b'-' && date[7] == b'-',
            "{} checked date is YYYY-MM-DD",
            fact.id
        );
    }
    for &kind in LetterKind::ALL {
        for id in facts_used(kind) {
            assert!(ids.contains(id), "{} uses unknown fact {id}", kind.id());
        }
    }
    // Each fact is used, so none goes stale unseen.
    let used: BTreeSet<&str> = LetterKind::ALL
        .iter()
        .flat_map(|&k| facts_used(k).iter().copied())
        .collect();
    assert_eq!(used, ids);
}

#[test]
fn facts_in_the_letters_match_the_content_brief() {
    let letters = &outcomes_content().letters;
    let leave = &letters.fact("carers-leave").text;
    for must in [
        "6 April 2024",
        "one week",
        "unpaid",
        "Carer's Leave Act 2023",
    ] {
        assert!(leave.contains(must), "{must}");
    }
    let flexible = &letters.fact("flexible-working").text;
    assert!(flexible.contains("6 April 2024") && flexible.contains("first day"));
    let gp = &letters.fact("gp-carer-offers").text;
    for must in ["health check", "flu jab", "coping"] {
        assert!(gp.contains(must), "{must}");
    }
}

/// Shows the persona letters in full; run with `--nocapture` to read them.
#[test]
fn print_the_persona_letters_for_review() {
    let daughter = working_daughter_details();
    let letters = [
        gp_letter(&young_carer_details()),
        assessment_letter(
            &young_carer_details(),
            &young_carer_answers(),
            AssessmentFor::YoungCarer,
        ),
        employer_letter(&daughter, WorkRequest::FlexibleWorking),
        employer_letter(&daughter, WorkRequest::CarersLeave),
        assessment_letter(&daughter, &working_daughter_answers(), AssessmentFor::Carer),
        gp_letter(&older_husband_details()),
        assessment_letter(
            &older_husband_details(),
            &older_husband_answers(),
            AssessmentFor::Carer,
        ),
    ];
    for letter in letters {
        println!("\n======== {}\n{}", letter.kind.id(), text_of(&letter));
    }
}
