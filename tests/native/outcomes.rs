//! Part 2, "How are things for you?": the data covers what the strategies ask
//! for, and the summaries are kind, score-free and right for real carers.

use crate::support::rated;
use carer_check::domain::record::Record;
use std::collections::{BTreeMap, BTreeSet};

use carer_check::content::outcomes::{outcomes_content, Framework, Outcomes};
use carer_check::domain::outcomes::{self, *};

fn data() -> &'static Outcomes {
    &outcomes_content().outcomes
}

// The domain's part 2 rules, with the compiled-in statements, as the app
// calls them.
fn statements() -> &'static [Statement] {
    &data().statement
}

fn area_summary(answers: &OutcomeAnswers, area: OutcomeArea) -> AreaSummary<'static> {
    outcomes::area_summary(answers, area, statements())
}

fn summaries(answers: &OutcomeAnswers) -> Vec<AreaSummary<'static>> {
    outcomes::summaries(answers, statements())
}

fn areas_needing_help(answers: &OutcomeAnswers) -> Vec<OutcomeArea> {
    outcomes::areas_needing_help(answers, statements())
}

fn things_to_raise(answers: &OutcomeAnswers) -> Vec<ThingToRaise<'static>> {
    outcomes::things_to_raise(answers, statements())
}

fn area_status(answers: &OutcomeAnswers, area: OutcomeArea) -> TaskStatus {
    outcomes::area_status(answers, area, statements())
}

fn status(answers: &OutcomeAnswers) -> OutcomeStatus {
    outcomes::status(answers, statements())
}

/// The kind sentence the page shows above an area's summary.
fn sentence(summary: &AreaSummary) -> &'static str {
    data().area(summary.area).sentence(summary.picture)
}

fn every_statement(rating: Rating) -> OutcomeAnswers {
    let ids: Vec<(&str, Rating)> = data()
        .statement
        .iter()
        .map(|s| (s.id.as_str(), rating))
        .collect();
    rated(&ids)
}

use Rating::{Always, MostOfTheTime as Most, Never, PreferNotToSay as NotSay, Sometimes};

// ---------------------------------------------------------------- personas

/// 15, helps her mum who has MS. School is hard and she never gets a break.
fn young_carer() -> OutcomeAnswers {
    let mut answers = rated(&[
        ("rv-respected", Sometimes),
        ("rv-listened-to", Sometimes),
        ("rv-included-in-care", Most),
        ("rv-know-where-to-get-help", Never),
        ("rv-say-in-my-help", NotSay),
        ("rv-help-fits", NotSay),
        ("rv-right-amount", Sometimes),
        ("lo-breaks", Never),
        ("lo-time-to-enjoy", Sometimes),
        ("lo-part-of-community", Sometimes),
        ("lo-money", Most),
        ("lo-study-and-work", Never),
        ("lo-understood-at-work", Never),
        ("mw-own-health", Always),
        ("mw-sleep-and-rest", Sometimes),
        ("mw-stress", Sometimes),
        ("mw-feel-ok", Most),
        ("mw-confident", Always),
        ("mw-kind-relationship", Always),
        ("mw-keep-in-touch", Sometimes),
        ("mw-someone-to-speak-up", Never),
        ("ss-care-safely", Most),
        ("ss-moving-safely", Sometimes),
        ("ss-medicines", Most),
        ("ss-safe-home", Always),
        ("ss-if-i-cannot-be-there", Never),
        ("ss-feel-safe-at-home", Always),
    ]);
    answers.notes.insert(
        OutcomeArea::ALifeOfMyOwn,
        "I miss school when Mum has a bad day. I stopped going to football.".into(),
    );
    answers.goes_well = "Mum and I laugh a lot. I am good at helping her.".into();
    answers.positives = vec![Positive::Proud, Positive::Closer];
    answers
}

/// Works full time and cares for her father, who has dementia. Stressed,
/// wants flexible working, and did not know help existed.
fn working_daughter() -> OutcomeAnswers {
    let mut answers = rated(&[
        ("rv-respected", Most),
        ("rv-listened-to", Sometimes),
        ("rv-included-in-care", Sometimes),
        ("rv-know-where-to-get-help", Never),
        ("rv-say-in-my-help", Never),
        ("rv-help-fits", NotSay),
        ("rv-right-amount", Sometimes),
        ("lo-breaks", Sometimes),
        ("lo-time-to-enjoy", Sometimes),
        ("lo-part-of-community", Most),
        ("lo-money", Most),
        ("lo-study-and-work", Sometimes),
        ("lo-understood-at-work", Sometimes),
        ("mw-own-health", Most),
        ("mw-sleep-and-rest", Sometimes),
        ("mw-stress", Never),
        ("mw-feel-ok", Sometimes),
        ("mw-confident", Sometimes),
        ("mw-kind-relationship", Always),
        ("mw-keep-in-touch", Most),
        ("mw-someone-to-speak-up", Never),
        ("ss-care-safely", Most),
        ("ss-moving-safely", Always),
        ("ss-medicines", Most),
        ("ss-safe-home", Most),
        ("ss-if-i-cannot-be-there", Sometimes),
        ("ss-feel-safe-at-home", Always),
    ]);
    answers.notes.insert(
        OutcomeArea::RecognisedAndValued,
        "I did not know there was help for carers until a friend told me.".into(),
    );
    answers.notes.insert(
        OutcomeArea::MentallyAndPhysicallyWell,
        "I worry about Dad all day at work.".into(),
    );
    answers
}

/// 78, cares for his wife after her stroke. Lonely, his own health is poor,
/// and lifting her is not safe. He does not work, so he skipped those.
fn older_husband() -> OutcomeAnswers {
    let mut answers = rated(&[
        ("rv-respected", Always),
        ("rv-listened-to", Most),
        ("rv-included-in-care", Most),
        ("rv-know-where-to-get-help", Most),
        ("rv-say-in-my-help", Sometimes),
        ("rv-help-fits", Sometimes),
        ("rv-right-amount", Sometimes),
        ("lo-breaks", Never),
        ("lo-time-to-enjoy", Sometimes),
        ("lo-part-of-community", Never),
        ("lo-money", Most),
        ("lo-study-and-work", NotSay),
        ("lo-understood-at-work", NotSay),
        ("mw-own-health", Never),
        ("mw-sleep-and-rest", Sometimes),
        ("mw-stress", Sometimes),
        ("mw-feel-ok", Sometimes),
        ("mw-confident", Most),
        ("mw-kind-relationship", Always),
        ("mw-keep-in-touch", Never),
        ("mw-someone-to-speak-up", Sometimes),
        ("ss-care-safely", Sometimes),
        ("ss-moving-safely", Never),
        ("ss-medicines", Always),
        ("ss-safe-home", Most),
        ("ss-if-i-cannot-be-there", Never),
        ("ss-feel-safe-at-home", Always),
    ]);
    answers.notes.insert(
        OutcomeArea::StayingSafe,
        "I am frightened of dropping Jean when I help her out of bed.".into(),
    );
    answers.goes_well = "Jean still smiles when I bring her tea.".into();
    answers.positives = vec![Positive::Closer, Positive::GoodTimes];
    answers
}

fn personas() -> [(&'static str, OutcomeAnswers); 3] {
    [
        ("young carer", young_carer()),
        ("working daughter", working_daughter()),
        ("older husband", older_husband()),
    ]
}

#[test]
fn young_carer_sees_school_and_breaks_as_things_to_get_help_with() {
    let answers = young_carer();
    let life = area_summary(&answers, OutcomeArea::ALifeOfMyOwn);
    assert_eq!(life.picture, AreaPicture::SomeThingsHard);
    assert_eq!(
        life.may_want_help,
        [
            "Getting a break from caring",
            "Finding time to relax and enjoy things",
            "Getting out and meeting people",
            "Keeping up with school, college, training or work",
            "Support at work, school or college",
        ]
    );
    assert_eq!(life.going_well, ["Managing money"]);
    assert_eq!(
        life.note.as_deref(),
        Some("I miss school when Mum has a bad day. I stopped going to football.")
    );
    assert!(sentence(&life).contains("time for yourself"));

    let recognised = area_summary(&answers, OutcomeArea::RecognisedAndValued);
    assert!(recognised
        .may_want_help
        .contains(&"Having too much caring to do"));
    assert!(!recognised
        .may_want_help
        .iter()
        .any(|p| p.contains("fits better")));

    let well = area_summary(&answers, OutcomeArea::MentallyAndPhysicallyWell);
    assert_eq!(well.picture, AreaPicture::Mixed);
    assert!(well.going_well.contains(&"Feeling confident as a carer"));

    assert_eq!(areas_needing_help(&answers), OutcomeArea::ALL);
    let gets = goes_well(&answers);
    // The data's order, not the order ticked.
    let labels: Vec<&str> = gets
        .positives
        .iter()
        .map(|&p| data().positive_label(p))
        .collect();
    assert_eq!(
        labels,
        ["We have grown closer.", "I feel proud of what I do."]
    );
    assert!(gets.text.unwrap().contains("laugh"));

    // Her statements have young wording.
    let school = data().statement("lo-study-and-work").unwrap();
    assert_eq!(school.text_for(true), "I can keep up at school or college.");
}

#[test]
fn working_daughter_is_shown_stress_work_and_finding_help() {
    let answers = working_daughter();
    let recognised = area_summary(&answers, OutcomeArea::RecognisedAndValued);
    assert_eq!(recognised.picture, AreaPicture::SomeThingsHard);
    assert!(recognised
        .may_want_help
        .contains(&"Finding out what help there is"));
    assert_eq!(
        recognised.going_well,
        ["Being known and respected as a carer"]
    );
    assert!(recognised.note.unwrap().contains("a friend told me"));

    let well = area_summary(&answers, OutcomeArea::MentallyAndPhysicallyWell);
    assert_eq!(well.picture, AreaPicture::SomeThingsHard);
    assert!(well.may_want_help.contains(&"Stress and worry"));
    assert!(sentence(&well).contains("You matter too"));

    let life = area_summary(&answers, OutcomeArea::ALifeOfMyOwn);
    assert_eq!(life.picture, AreaPicture::SomeThingsHard);
    assert!(life
        .may_want_help
        .contains(&"Support at work, school or college"));

    let safe = area_summary(&answers, OutcomeArea::StayingSafe);
    assert_eq!(safe.picture, AreaPicture::Mixed);
    assert_eq!(safe.may_want_help, ["Making a plan for emergencies"]);

    let raise: Vec<&str> = things_to_raise(&answers)
        .iter()
        .map(|t| t.wording)
        .collect();
    assert_eq!(raise.first(), Some(&"Being listened to by staff"));
    assert!(raise.contains(&"Stress and worry"));
    assert_eq!(
        goes_well(&answers),
        GoesWell {
            positives: vec![],
            text: None
        }
    );
}

#[test]
fn older_husband_is_shown_loneliness_health_and_lifting() {
    let answers = older_husband();
    let safe = area_summary(&answers, OutcomeArea::StayingSafe);
    assert_eq!(safe.picture, AreaPicture::Mixed);
    assert!(safe
        .may_want_help
        .contains(&"Lifting, moving and equipment"));
    assert!(safe.note.unwrap().contains("dropping Jean"));

    let well = area_summary(&answers, OutcomeArea::MentallyAndPhysicallyWell);
    assert_eq!(well.picture, AreaPicture::SomeThingsHard);
    assert!(well
        .may_want_help
        .contains(&"Feeling lonely, or losing touch with people"));
    assert!(well
        .may_want_help
        .contains(&"Health, and time to see a doctor"));

    let life = area_summary(&answers, OutcomeArea::ALifeOfMyOwn);
    assert_eq!(
        life.may_want_help,
        [
            "Getting a break from caring",
            "Finding time to relax and enjoy things",
            "Getting out and meeting people",
        ],
        "work and study, which he skipped, are not listed"
    );
    assert_eq!(life.going_well, ["Managing money"]);

    let recognised = area_summary(&answers, OutcomeArea::RecognisedAndValued);
    assert_eq!(recognised.picture, AreaPicture::Mixed);
    assert_eq!(
        recognised.going_well.first(),
        Some(&"Being known and respected as a carer")
    );
}

// --------------------------------------------------------------- summaries

#[test]
fn summaries_never_contain_digits_or_labels() {
    let mut cases: Vec<OutcomeAnswers> = personas().into_iter().map(|(_, a)| a).collect();
    cases.extend(Rating::ALL.iter().map(|&r| every_statement(r)));
    cases.push(OutcomeAnswers::default());
    for answers in &cases {
        for summary in summaries(answers) {
            let words = [data().area(summary.area).title.as_str(), sentence(&summary)]
                .into_iter()
                .chain(summary.going_well.iter().copied())
                .chain(summary.may_want_help.iter().copied());
            for text in words {
                assert!(
                    !text.chars().any(|c| c.is_ascii_digit()),
                    "a digit in {text:?}"
                );
                for label in ["score", "out of", "%", "level", "category"] {
                    assert!(!text.to_lowercase().contains(label), "{label} in {text:?}");
                }
            }
        }
    }
    // Every sentence and phrase in the data, not only those the cases reach.
    for area in &data().area {
        for picture in [
            AreaPicture::NothingAnswered,
            AreaPicture::MostlyGoingWell,
            AreaPicture::Mixed,
            AreaPicture::SomeThingsHard,
        ] {
            let sentence = area.sentence(picture);
            assert!(!sentence.chars().any(|c| c.is_ascii_digit()), "{sentence}");
        }
    }
    for s in &data().statement {
        for phrase in [&s.going_well, &s.may_want_help] {
            assert!(!phrase.chars().any(|c| c.is_ascii_digit()), "{phrase}");
        }
    }
}

#[test]
fn prefer_not_to_say_is_never_listed_as_a_need() {
    let answers = every_statement(NotSay);
    for summary in summaries(&answers) {
        assert!(summary.may_want_help.is_empty(), "{:?}", summary.area);
        assert!(summary.going_well.is_empty(), "{:?}", summary.area);
        assert_eq!(summary.picture, AreaPicture::NothingAnswered);
    }
    assert!(areas_needing_help(&answers).is_empty());
    assert!(things_to_raise(&answers).is_empty());
    for (name, answers) in personas() {
        for thing in things_to_raise(&answers) {
            assert_ne!(thing.rating, NotSay, "{name}: {}", thing.statement_id);
            assert!(thing.rating.may_want_help(), "{name}");
        }
    }
}

#[test]
fn each_area_picture_is_chosen_from_the_balance_of_answers() {
    let area = OutcomeArea::StayingSafe;
    let picture = |ratings: &[(&str, Rating)]| area_summary(&rated(ratings), area).picture;
    assert_eq!(picture(&[]), AreaPicture::NothingAnswered);
    assert_eq!(
        picture(&[("ss-care-safely", Always), ("ss-medicines", Most)]),
        AreaPicture::MostlyGoingWell
    );
    assert_eq!(
        picture(&[("ss-care-safely", Always), ("ss-medicines", Never)]),
        AreaPicture::Mixed
    );
    assert_eq!(
        picture(&[
            ("ss-care-safely", Always),
            ("ss-medicines", Never),
            ("ss-safe-home", Sometimes)
        ]),
        AreaPicture::SomeThingsHard
    );
    // "Prefer not to say" does not tip the balance either way.
    assert_eq!(
        picture(&[("ss-care-safely", Always), ("ss-medicines", NotSay)]),
        AreaPicture::MostlyGoingWell
    );
    // Each picture has its own sentence.
    let text = data().area(area);
    let sentences: BTreeSet<&str> = [
        AreaPicture::NothingAnswered,
        AreaPicture::MostlyGoingWell,
        AreaPicture::Mixed,
        AreaPicture::SomeThingsHard,
    ]
    .into_iter()
    .map(|p| text.sentence(p))
    .collect();
    assert_eq!(sentences.len(), 4);
}

#[test]
fn ratings_of_statements_the_data_no_longer_has_are_ignored() {
    let mut answers = rated(&[("lo-breaks", Never)]);
    answers.ratings.insert("retired-statement".into(), Never);
    assert_eq!(areas_needing_help(&answers), [OutcomeArea::ALifeOfMyOwn]);
    assert_eq!(things_to_raise(&answers).len(), 1);
    assert_eq!(
        area_status(&answers, OutcomeArea::RecognisedAndValued),
        TaskStatus::NotStarted
    );
}

#[test]
fn blank_notes_are_not_shown() {
    let mut answers = OutcomeAnswers::default();
    answers
        .notes
        .insert(OutcomeArea::StayingSafe, "   \n ".into());
    answers.goes_well = "  ".into();
    assert_eq!(area_summary(&answers, OutcomeArea::StayingSafe).note, None);
    assert_eq!(goes_well(&answers).text, None);
    assert!(answers.is_empty());
    assert_eq!(status(&answers).overall, TaskStatus::NotStarted);
}

// ---------------------------------------------------------------- progress

#[test]
fn progress_is_not_started_then_in_progress_then_completed() {
    let empty = OutcomeAnswers::default();
    let s = status(&empty);
    assert_eq!(s.overall, TaskStatus::NotStarted);
    assert!(s.areas.iter().all(|&(_, st)| st == TaskStatus::NotStarted));
    assert_eq!(
        s.areas.iter().map(|&(a, _)| a).collect::<Vec<_>>(),
        OutcomeArea::ALL
    );

    let one = rated(&[("lo-breaks", Sometimes)]);
    assert_eq!(status(&one).overall, TaskStatus::InProgress);
    assert_eq!(
        area_status(&one, OutcomeArea::ALifeOfMyOwn),
        TaskStatus::InProgress
    );
    assert_eq!(
        area_status(&one, OutcomeArea::StayingSafe),
        TaskStatus::NotStarted
    );

    // A note alone, or only the "what goes well" question, is a start.
    let mut noted = OutcomeAnswers::default();
    noted
        .notes
        .insert(OutcomeArea::StayingSafe, "Stairs are hard.".into());
    assert_eq!(
        area_status(&noted, OutcomeArea::StayingSafe),
        TaskStatus::InProgress
    );
    let positive_only = OutcomeAnswers {
        positives: vec![Positive::Purpose],
        ..OutcomeAnswers::default()
    };
    assert_eq!(status(&positive_only).overall, TaskStatus::InProgress);

    // "Prefer not to say" is an answer, so it completes a statement.
    let all = every_statement(NotSay);
    assert_eq!(status(&all).overall, TaskStatus::Completed);
    for (name, answers) in personas() {
        assert_eq!(status(&answers).overall, TaskStatus::Completed, "{name}");
    }
}

// -------------------------------------------------------------------- JSON

fn to_json(answers: &OutcomeAnswers) -> String {
    carer_check::json::print(&answers.to_value())
}

fn from_json(text: &str) -> OutcomeAnswers {
    OutcomeAnswers::from_value(&carer_check::json::parse(text).unwrap()).unwrap()
}

#[test]
fn answers_survive_a_round_trip_through_json() {
    for (name, answers) in personas() {
        assert_eq!(from_json(&to_json(&answers)), answers, "{name}");
    }
    let json = to_json(&older_husband());
    assert!(
        json.contains(r#""staying-safe":"I am frightened"#),
        "{json}"
    );
    assert!(json.contains(r#""lo-study-and-work":"prefer-not-to-say""#));

    assert_eq!(from_json("{}"), OutcomeAnswers::default());
    let partial = from_json(r#"{"ratings":{"lo-breaks":"most-of-the-time"}}"#);
    assert_eq!(partial.rating("lo-breaks"), Some(Most));
}

// -------------------------------------------------------------------- data

#[test]
fn statement_ids_are_unique_and_each_area_has_four_to_eight() {
    let mut seen = BTreeSet::new();
    for s in &data().statement {
        assert!(
            seen.insert(s.id.as_str()),
            "duplicate statement id {}",
            s.id
        );
        assert!(
            s.id.chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'),
            "{} is a lower-case, hyphenated id",
            s.id
        );
    }
    for &area in OutcomeArea::ALL {
        let count = data().statements(area).count();
        assert!(
            (4..=8).contains(&count),
            "{} has {count} statements",
            area.id()
        );
    }
    // Statements of one area sit together, so the data reads in page order.
    let areas: Vec<OutcomeArea> = data().statement.iter().map(|s| s.area).collect();
    let mut sorted = areas.clone();
    sorted.sort();
    assert_eq!(areas, sorted);
}

#[test]
fn areas_ratings_and_positives_each_have_content_once_in_order() {
    let areas: Vec<OutcomeArea> = data().area.iter().map(|a| a.id).collect();
    assert_eq!(areas, OutcomeArea::ALL);
    let ratings: Vec<Rating> = data().rating.iter().map(|r| r.id).collect();
    assert_eq!(ratings, Rating::ALL);
    let positives: Vec<Positive> = data().positive.iter().map(|p| p.id).collect();
    assert_eq!(positives, Positive::ALL);
    assert_eq!(
        data().rating_label(Rating::MostOfTheTime),
        "Most of the time"
    );
}

#[test]
fn every_statement_stands_for_seed_outcomes_that_exist() {
    let seeds: BTreeSet<&str> = data().seed.iter().map(|s| s.id.as_str()).collect();
    for s in &data().statement {
        assert!(!s.covers.is_empty(), "{} covers no seed outcome", s.id);
        for id in &s.covers {
            assert!(seeds.contains(id.as_str()), "{} covers unknown {id}", s.id);
        }
    }
    for signposted in &data().signposted {
        assert!(
            seeds.contains(signposted.seed.as_str()),
            "signposted unknown {}",
            signposted.seed
        );
    }
}

#[test]
fn seed_outcomes_are_the_strategies_own_lists() {
    let mut seen = BTreeSet::new();
    let mut per_framework: BTreeMap<Framework, usize> = BTreeMap::new();
    for seed in &data().seed {
        assert!(seen.insert(&seed.id), "duplicate seed id {}", seed.id);
        assert!(!seed.source.trim().is_empty(), "{} has a source", seed.id);
        assert!(!seed.wording.trim().is_empty(), "{} has wording", seed.id);
        *per_framework.entry(seed.framework).or_default() += 1;
    }
    // Worcestershire's four areas hold 8 + 5 + 6 + 1 outcomes (seed 004);
    // Birmingham has eight commitments (003 §3); the GM Charter six (002).
    assert_eq!(per_framework[&Framework::Worcestershire], 20);
    assert_eq!(per_framework[&Framework::Birmingham], 8);
    assert_eq!(per_framework[&Framework::GreaterManchester], 6);
    for &area in OutcomeArea::ALL {
        assert!(
            data()
                .seed
                .iter()
                .any(|s| s.framework == Framework::Worcestershire && s.area == area),
            "{} has Worcestershire outcomes",
            area.id()
        );
    }
}

/// Every seed outcome is met by a statement or by a signposting rule. Run
/// with `--nocapture` to see the table.
#[test]
fn every_seed_outcome_is_covered() {
    // Signposting is a separate module; when its data is present, the rules
    // named here must exist in it.
    let all: serde_json::Value = serde_json::from_str(carer_check::content::DATA_JSON).unwrap();
    let rules: Option<BTreeSet<String>> = all["signposts"]["rule"].as_array().map(|rules| {
        rules
            .iter()
            .filter_map(|r| r["id"].as_str().map(str::to_owned))
            .collect()
    });

    let mut uncovered = vec![];
    println!(
        "\n{:<24} {:<48} signposting rules",
        "seed outcome", "statements"
    );
    for seed in &data().seed {
        let statements: Vec<&str> = data()
            .statement
            .iter()
            .filter(|s| s.covers.contains(&seed.id))
            .map(|s| s.id.as_str())
            .collect();
        let signposts: Vec<&str> = data()
            .signposted
            .iter()
            .filter(|s| s.seed == seed.id)
            .map(|s| s.rule.as_str())
            .collect();
        println!(
            "{:<24} {:<48} {}",
            seed.id,
            statements.join(", "),
            signposts.join(", ")
        );
        if statements.is_empty() && signposts.is_empty() {
            uncovered.push(seed.id.as_str());
        }
    }
    match &rules {
        Some(rules) => {
            for s in &data().signposted {
                assert!(
                    rules.contains(&s.rule),
                    "{} names signposting rule {}, which signposts.toml does not have",
                    s.seed,
                    s.rule
                );
            }
        }
        None => println!("(signposts.toml not present: rule ids not checked)"),
    }
    assert!(uncovered.is_empty(), "not covered: {uncovered:?}");
}

// ----------------------------------------------------------------- wording

#[test]
fn summary_phrases_fit_both_the_summary_and_the_carers_own_letter() {
    // The same phrase is shown as "What you may want help with" and written
    // as "Things I may want help with", so it must not say I, me, you …
    let persons = ["i", "me", "my", "myself", "you", "your", "yourself"];
    for s in &data().statement {
        for phrase in [&s.going_well, &s.may_want_help] {
            for word in phrase.split(|c: char| !c.is_alphanumeric() && c != '\'') {
                assert!(
                    !persons.contains(&word.to_lowercase().as_str()),
                    "{}: {phrase:?} says {word:?}",
                    s.id
                );
            }
            assert!(!phrase.ends_with('.'), "{}: a phrase, not a sentence", s.id);
        }
        let first_person = ["I", "me", "my", "myself", "our", "we"];
        for text in std::iter::once(&s.text).chain(&s.young_text) {
            assert!(
                text.split(|c: char| !c.is_alphanumeric())
                    .any(|word| first_person.contains(&word)),
                "{} is an 'I …' statement: {text}",
                s.id
            );
        }
    }
}

#[test]
fn wording_is_tidy_and_short() {
    let o = data();
    let mut texts: Vec<&str> = vec![
        &o.summary.going_well_heading,
        &o.summary.may_want_help_heading,
        &o.goes_well.title,
        &o.goes_well.hint,
        &o.goes_well.positives_label,
        &o.goes_well.text_label,
    ];
    for a in &o.area {
        texts.extend([
            a.title.as_str(),
            &a.intro,
            &a.notes_label,
            &a.notes_hint,
            &a.sentences.mostly_going_well,
            &a.sentences.mixed,
            &a.sentences.some_things_hard,
            &a.sentences.nothing_answered,
        ]);
        texts.extend(a.young_intro.as_deref());
    }
    for s in &o.statement {
        texts.extend([s.text.as_str(), &s.going_well, &s.may_want_help]);
        texts.extend(s.young_text.as_deref());
        texts.extend(s.hint.as_deref());
    }
    texts.extend(o.rating.iter().map(|r| r.label.as_str()));
    texts.extend(o.positive.iter().map(|p| p.label.as_str()));
    texts.extend(o.seed.iter().map(|s| s.wording.as_str()));
    texts.extend(o.signposted.iter().map(|s| s.why.as_str()));
    for text in texts {
        assert!(!text.trim().is_empty(), "empty text");
        assert_eq!(text, text.trim(), "stray spaces around {text:?}");
        assert!(!text.contains("  "), "double space in {text:?}");
        assert!(!text.contains("TODO"), "placeholder in {text:?}");
        // Reading age 9 to 11: short sentences.
        for sentence in text.split(['.', '?', '!']) {
            let words = sentence.split_whitespace().count();
            assert!(words <= 22, "{words} words in {sentence:?}");
        }
    }
}
