//! The carer's assessment (issue 18): part 2's statements mapped to what the
//! Care and Support (Eligibility Criteria) Regulations 2015, reg. 3, count,
//! and which assessment fits whom. The mapping is data
//! (src/content/data/assessment.toml, read here with `toml`; not compiled
//! into the app yet).

use std::fs;
use std::path::Path;

use carer_check::content::outcomes::outcomes_content;
use carer_check::domain::answers::{AgeBand, CarerAnswers, Person};
use carer_check::domain::assessment::{
    pointed_outcomes, which_assessments, AssessmentData, AssessmentKind as K, PointedOutcome,
    RegulationOutcome as O,
};
use carer_check::domain::outcomes::{OutcomeAnswers, Rating};

use crate::support::rated;

fn data() -> AssessmentData {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/content/data/assessment.toml");
    let text = fs::read_to_string(&path).expect("assessment.toml is readable");
    toml::from_str(&text).unwrap_or_else(|err| panic!("{}: {err}", path.display()))
}

/// For a reviewer: each part 2 statement and the outcomes in reg. 3 it can
/// honestly support (at most these). The data must say exactly this.
const MAPPING: &[(&str, &[O])] = &[
    // Recognised and valued: about how services treat the carer.
    ("rv-respected", &[]),
    ("rv-listened-to", &[]),
    ("rv-included-in-care", &[]),
    ("rv-know-where-to-get-help", &[]),
    ("rv-say-in-my-help", &[]),
    ("rv-help-fits", &[]),
    ("rv-right-amount", &[]),
    // A life of my own.
    ("lo-breaks", &[O::RecreationalActivities]),
    ("lo-time-to-enjoy", &[O::RecreationalActivities]),
    ("lo-part-of-community", &[O::LocalFacilitiesAndServices]),
    ("lo-money", &[]),
    ("lo-study-and-work", &[O::WorkTrainingEducationVolunteering]),
    ("lo-understood-at-work", &[]),
    // Mentally and physically well.
    ("mw-own-health", &[O::PhysicalOrMentalHealth]),
    ("mw-sleep-and-rest", &[O::PhysicalOrMentalHealth]),
    ("mw-stress", &[O::PhysicalOrMentalHealth]),
    ("mw-feel-ok", &[O::PhysicalOrMentalHealth]),
    ("mw-confident", &[]),
    ("mw-kind-relationship", &[O::Relationships]),
    ("mw-keep-in-touch", &[O::Relationships]),
    ("mw-someone-to-speak-up", &[]),
    // Staying safe.
    ("ss-care-safely", &[O::PhysicalOrMentalHealth]),
    ("ss-moving-safely", &[O::PhysicalOrMentalHealth]),
    ("ss-medicines", &[]),
    ("ss-safe-home", &[]),
    ("ss-if-i-cannot-be-there", &[]),
    ("ss-feel-safe-at-home", &[O::PhysicalOrMentalHealth]),
    // Proposed: not in part 2 yet (to add with the UI).
    ("lo-care-for-children", &[O::CaringForAChild]),
    ("lo-care-for-others", &[O::CaringForOthers]),
    ("lo-home", &[O::HabitableHome]),
    ("mw-meals", &[O::Nutrition]),
];

/// The outcomes only a proposed statement reaches today.
const ONLY_THROUGH_PROPOSED: &[O] = &[
    O::CaringForAChild,
    O::CaringForOthers,
    O::HabitableHome,
    O::Nutrition,
];

#[test]
fn each_statement_maps_to_at_most_the_outcomes_it_can_honestly_support() {
    let got: Vec<(String, Vec<O>)> = data()
        .statement
        .iter()
        .map(|s| (s.id.clone(), s.outcomes.clone()))
        .collect();
    let want: Vec<(String, Vec<O>)> = MAPPING
        .iter()
        .map(|&(id, outcomes)| (id.to_owned(), outcomes.to_vec()))
        .collect();
    assert_eq!(got, want);
    for statement in &data().statement {
        assert!(
            statement.outcomes.len() <= 1,
            "{}: a statement supports one outcome at most here",
            statement.id
        );
        assert!(
            !statement.note.trim().is_empty(),
            "{}: say why",
            statement.id
        );
    }
}

#[test]
fn the_mapping_has_every_part2_statement_in_order_and_proposed_ones_after() {
    let data = data();
    let shipped: Vec<&str> = outcomes_content()
        .outcomes
        .statement
        .iter()
        .map(|s| s.id.as_str())
        .collect();
    let mapped: Vec<&str> = data
        .statement
        .iter()
        .filter(|s| !s.proposed)
        .map(|s| s.id.as_str())
        .collect();
    assert_eq!(
        mapped, shipped,
        "one row per statement of outcomes.toml, in order"
    );
    for proposed in data.statement.iter().filter(|s| s.proposed) {
        assert!(
            !shipped.contains(&proposed.id.as_str()),
            "{} ships already",
            proposed.id
        );
        assert!(proposed.area.is_some(), "{}: area", proposed.id);
        assert!(
            proposed
                .text
                .as_deref()
                .is_some_and(|t| t.starts_with('I') || t.starts_with("Caring")),
            "{}: an \"I …\" statement",
            proposed.id
        );
    }
    for shipped in data.statement.iter().filter(|s| !s.proposed) {
        assert!(
            shipped.area.is_none() && shipped.text.is_none(),
            "{}: its wording is in outcomes.toml",
            shipped.id
        );
    }
}

#[test]
fn each_regulations_outcome_is_reachable_from_some_answer() {
    let data = data();
    let outcomes: Vec<O> = data.outcome.iter().map(|o| o.id).collect();
    assert_eq!(
        outcomes,
        O::ALL,
        "the data lists reg. 3's outcomes in order"
    );
    assert!(data
        .source
        .url
        .starts_with("https://www.legislation.gov.uk/uksi/2015/313/"));
    let mut only_proposed = Vec::new();
    for &outcome in O::ALL {
        let through: Vec<&str> = data
            .statement
            .iter()
            .filter(|s| s.outcomes.contains(&outcome))
            .map(|s| s.id.as_str())
            .collect();
        assert!(
            !through.is_empty(),
            "{outcome:?} is reachable from no statement"
        );
        // Reachable: one "never" on the first such statement points there.
        let answers = OutcomeAnswers {
            ratings: [(through[0].to_owned(), Rating::Never)]
                .into_iter()
                .collect(),
            ..OutcomeAnswers::default()
        };
        let pointed = pointed_outcomes(&data.statement, &answers);
        assert!(
            pointed.iter().any(|p| p.outcome == outcome),
            "{outcome:?} not reached from {}",
            through[0]
        );
        if data
            .statement
            .iter()
            .filter(|s| s.outcomes.contains(&outcome))
            .all(|s| s.proposed)
        {
            only_proposed.push(outcome);
        }
    }
    assert_eq!(
        only_proposed, ONLY_THROUGH_PROPOSED,
        "outcomes that need the proposed statements (not in part 2 yet)"
    );
}

#[test]
fn answers_point_to_outcomes_with_the_statements_that_point_there() {
    let data = data();
    let answers = rated(&[
        ("mw-sleep-and-rest", Rating::Never),
        ("mw-stress", Rating::Sometimes),
        ("mw-own-health", Rating::Always),
        ("lo-time-to-enjoy", Rating::Sometimes),
        ("lo-breaks", Rating::PreferNotToSay),
        ("lo-study-and-work", Rating::MostOfTheTime),
        ("rv-listened-to", Rating::Never),
        ("mw-keep-in-touch", Rating::Never),
    ]);
    let pointed = pointed_outcomes(&data.statement, &answers);
    let ids = |ids: &[&str]| ids.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>();
    assert_eq!(
        pointed,
        vec![
            PointedOutcome {
                outcome: O::PhysicalOrMentalHealth,
                statements: ids(&["mw-sleep-and-rest", "mw-stress"]),
            },
            PointedOutcome {
                outcome: O::Relationships,
                statements: ids(&["mw-keep-in-touch"]),
            },
            PointedOutcome {
                outcome: O::RecreationalActivities,
                statements: ids(&["lo-time-to-enjoy"]),
            },
        ],
        "in the Regulations' order; \"prefer not to say\" and good answers point nowhere"
    );
    assert_eq!(
        pointed_outcomes(&data.statement, &OutcomeAnswers::default()),
        vec![]
    );
    let all_well = rated(&[
        ("mw-stress", Rating::Always),
        ("lo-breaks", Rating::MostOfTheTime),
    ]);
    assert_eq!(pointed_outcomes(&data.statement, &all_well), vec![]);
}

fn part1(age: Option<AgeBand>, who: &[Person]) -> CarerAnswers {
    CarerAnswers {
        age,
        who: who.to_vec(),
        ..CarerAnswers::default()
    }
}

/// Who, their age band, who they care for, and the assessments that fit.
type Case = (
    &'static str,
    Option<AgeBand>,
    &'static [Person],
    &'static [K],
);

#[test]
fn which_assessment_fits_whom() {
    let cases: &[Case] = &[
        (
            "adult caring for a parent",
            Some(AgeBand::From25To64),
            &[Person::Parent],
            &[K::CarersAssessment],
        ),
        (
            "older carer of a partner",
            Some(AgeBand::From65),
            &[Person::Partner],
            &[K::CarersAssessment],
        ),
        (
            "parent of a disabled child",
            Some(AgeBand::From25To64),
            &[Person::ChildUnder18],
            &[K::ParentCarerNeedsAssessment],
        ),
        (
            "sandwich carer: own child and a parent",
            Some(AgeBand::From25To64),
            &[Person::ChildUnder18, Person::Parent],
            &[K::CarersAssessment, K::ParentCarerNeedsAssessment],
        ),
        (
            "young carer, 12, caring for a parent",
            Some(AgeBand::Under16),
            &[Person::Parent],
            &[K::YoungCarersNeedsAssessment],
        ),
        (
            "young carer, 17, caring for a parent",
            Some(AgeBand::From16To17),
            &[Person::Parent],
            &[
                K::YoungCarersNeedsAssessment,
                K::YoungCarersTransitionAssessment,
            ],
        ),
        (
            "young adult carer, 19, caring for a sibling",
            Some(AgeBand::From18To24),
            &[Person::Sibling],
            &[K::CarersAssessment],
        ),
        ("nothing answered yet", None, &[], &[K::CarersAssessment]),
    ];
    for &(who, age, people, want) in cases {
        assert_eq!(which_assessments(&part1(age, people)), want, "{who}");
    }
    assert!(K::CarersAssessment.uses_eligibility_regulations());
    assert!(K::YoungCarersTransitionAssessment.uses_eligibility_regulations());
    assert!(!K::ParentCarerNeedsAssessment.uses_eligibility_regulations());
    assert!(!K::YoungCarersNeedsAssessment.uses_eligibility_regulations());
}
