//! The carer's assessment, made stronger (issue 18): which outcomes in the
//! law a carer's part 2 answers point to, and which assessment is theirs.
//!
//! The Care and Support (Eligibility Criteria) Regulations 2015, reg. 3, say
//! what counts for a carer: their physical or mental health is, or is at
//! risk of, getting worse, or they cannot achieve one of eight outcomes
//! (caring for a child; caring for others; a habitable home; nutrition;
//! relationships; work, training, education or volunteering; using local
//! facilities and services; recreation). Each part 2 statement is mapped, in
//! data (`src/content/data/assessment.toml`, not compiled into the app yet),
//! to at most the outcomes it can honestly support; many map to none.
//!
//! A statement points to its outcomes when the carer rated it "sometimes" or
//! "never" (as "What you may want help with" does); "prefer not to say" never
//! points anywhere.

use serde::Deserialize;

use crate::choice_enum;
use crate::domain::answers::{AgeBand, CarerAnswers, Person};
use crate::domain::identify::cares_for_adult;
use crate::domain::outcomes::{OutcomeAnswers, OutcomeArea};

choice_enum!(
    /// What the Regulations count for a carer (reg. 3(2)), in their order:
    /// health first (3(2)(a)), then the eight outcomes (3(2)(b)(i)–(viii)).
    RegulationOutcome {
        PhysicalOrMentalHealth => "physical-or-mental-health",
        CaringForAChild => "caring-for-a-child",
        CaringForOthers => "caring-for-others",
        HabitableHome => "habitable-home",
        Nutrition => "nutrition",
        Relationships => "relationships",
        WorkTrainingEducationVolunteering => "work-training-education-volunteering",
        LocalFacilitiesAndServices => "local-facilities-and-services",
        RecreationalActivities => "recreational-activities",
    }
);

/// `assessment.toml`, as written there.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AssessmentData {
    pub source: LawSource,
    pub outcome: Vec<OutcomeRow>,
    pub statement: Vec<StatementOutcomes>,
}

/// The legislation the outcomes come from.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LawSource {
    pub name: String,
    pub url: String,
}

/// One outcome and where the Regulations say it.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OutcomeRow {
    pub id: RegulationOutcome,
    /// "reg. 3(2)(b)(i)".
    pub reference: String,
}

/// A part 2 statement (by id) and the outcomes it can honestly support.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StatementOutcomes {
    pub id: String,
    pub outcomes: Vec<RegulationOutcome>,
    /// Why (for a reviewer, never shown).
    pub note: String,
    /// Not in part 2 yet: a statement to add with the UI of issue 18, for an
    /// outcome no current statement can honestly point to. Carries its area
    /// and wording here until then.
    #[serde(default)]
    pub proposed: bool,
    #[serde(default)]
    pub area: Option<OutcomeArea>,
    #[serde(default)]
    pub text: Option<String>,
}

/// An outcome the answers point to, and the statements that point there (in
/// the mapping's order).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PointedOutcome {
    pub outcome: RegulationOutcome,
    pub statements: Vec<String>,
}

/// The outcomes the carer's ratings point to, in the Regulations' order,
/// each with the statements that point there. Statements rated "sometimes"
/// or "never" point; ids the mapping does not have point nowhere.
pub fn pointed_outcomes(
    mapping: &[StatementOutcomes],
    answers: &OutcomeAnswers,
) -> Vec<PointedOutcome> {
    RegulationOutcome::ALL
        .iter()
        .filter_map(|&outcome| {
            let statements: Vec<String> = mapping
                .iter()
                .filter(|s| s.outcomes.contains(&outcome))
                .filter(|s| answers.rating(&s.id).is_some_and(|r| r.may_want_help()))
                .map(|s| s.id.clone())
                .collect();
            (!statements.is_empty()).then_some(PointedOutcome {
                outcome,
                statements,
            })
        })
        .collect()
}

choice_enum!(
    /// The assessments a carer may ask for, by who they are.
    AssessmentKind {
        /// Care Act 2014: an adult caring for an adult.
        CarersAssessment => "carers-assessment",
        /// Children Act 1989 s.17ZD: an adult caring for their disabled child.
        ParentCarerNeedsAssessment => "parent-carer-needs-assessment",
        /// Children Act 1989 s.17ZA: a carer under 18.
        YoungCarersNeedsAssessment => "young-carers-needs-assessment",
        /// Care Act 2014 s.63: before 18, an assessment of the needs they are
        /// likely to have as an adult carer.
        YoungCarersTransitionAssessment => "young-carers-transition-assessment",
    }
);

impl AssessmentKind {
    /// Whether the Eligibility Criteria Regulations' outcomes are what this
    /// assessment weighs: the Care Act assessments (and the one before 18,
    /// which looks at the needs they are likely to have at 18). The
    /// children's assessments use the same answers as "things to raise",
    /// without the Regulations' line on why they count.
    pub fn uses_eligibility_regulations(self) -> bool {
        matches!(
            self,
            AssessmentKind::CarersAssessment | AssessmentKind::YoungCarersTransitionAssessment
        )
    }
}

/// The assessments that fit part 1's answers, in `AssessmentKind` order. An age
/// not answered counts as an adult (the usual case), as who they care for
/// not answered counts as an adult cared for (`identify::cares_for_adult`).
/// Under 18: the young carer's needs assessment, and at 16 or 17 caring for
/// someone who may be an adult, the one for when they turn 18. Adults: the
/// carer's assessment when they may care for an adult, and the parent carer
/// needs assessment when they care for their own child under 18 (the right
/// is for a disabled child; the UI words it so).
pub fn which_assessments(answers: &CarerAnswers) -> Vec<AssessmentKind> {
    let adult_cared_for = cares_for_adult(answers);
    if answers.age.is_some_and(AgeBand::is_young) {
        let mut kinds = vec![AssessmentKind::YoungCarersNeedsAssessment];
        if answers.age == Some(AgeBand::From16To17) && adult_cared_for {
            kinds.push(AssessmentKind::YoungCarersTransitionAssessment);
        }
        return kinds;
    }
    let mut kinds = Vec::new();
    if adult_cared_for {
        kinds.push(AssessmentKind::CarersAssessment);
    }
    if answers.who.contains(&Person::ChildUnder18) {
        kinds.push(AssessmentKind::ParentCarerNeedsAssessment);
    }
    kinds
}
