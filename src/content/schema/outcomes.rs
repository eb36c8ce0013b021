//! The shape of the wording and facts in the data files (see `content::schema`).

use crate::domain::data::Statement;
use crate::domain::outcomes::{OutcomeArea, Positive, Rating};
use serde::{Deserialize, Serialize};

#[derive(Debug, Deserialize, Serialize)]
pub struct OutcomesContent {
    pub outcomes: Outcomes,
    pub letters: Letters,
}

#[derive(Debug, Deserialize, Serialize)]
pub struct Outcomes {
    pub summary: SummaryHeadings,
    #[serde(default)]
    pub rating: Vec<RatingText>,
    #[serde(default)]
    pub area: Vec<AreaText>,
    #[serde(default)]
    pub statement: Vec<Statement>,
    pub goes_well: GoesWellText,
    #[serde(default)]
    pub positive: Vec<PositiveText>,
    #[serde(default)]
    pub seed: Vec<SeedOutcome>,
    #[serde(default)]
    pub signposted: Vec<Signposted>,
}

#[derive(Debug, Deserialize, Serialize)]
pub struct SummaryHeadings {
    pub going_well_heading: String,
    pub may_want_help_heading: String,
}

#[derive(Debug, Deserialize, Serialize)]
pub struct RatingText {
    pub id: Rating,
    pub label: String,
}

#[derive(Debug, Deserialize, Serialize)]
pub struct AreaText {
    pub id: OutcomeArea,
    pub title: String,
    pub intro: String,
    #[serde(default)]
    pub young_intro: Option<String>,
    pub notes_label: String,
    pub notes_hint: String,
    pub sentences: AreaSentences,
}

/// The kind sentence shown above an area's summary, one per picture.
#[derive(Debug, Deserialize, Serialize)]
pub struct AreaSentences {
    pub mostly_going_well: String,
    pub mixed: String,
    pub some_things_hard: String,
    pub nothing_answered: String,
}

#[derive(Debug, Deserialize, Serialize)]
pub struct GoesWellText {
    pub title: String,
    pub hint: String,
    pub positives_label: String,
    pub text_label: String,
}

#[derive(Debug, Deserialize, Serialize)]
pub struct PositiveText {
    pub id: Positive,
    pub label: String,
}

crate::choice_enum!(
    /// The strategy a seed outcome comes from.
    Framework {
        Worcestershire => "worcestershire",
        Birmingham => "birmingham",
        GreaterManchester => "greater-manchester",
    }
);

/// An outcome or commitment from the seed strategies, in our own words.
#[derive(Debug, Deserialize, Serialize)]
pub struct SeedOutcome {
    pub id: String,
    pub framework: Framework,
    /// Worcestershire's area for its own outcomes; the nearest one otherwise.
    pub area: OutcomeArea,
    pub wording: String,
    /// Not in the app's copy of the content (see `build.rs`).
    #[serde(default)]
    pub source: String,
}

/// A seed outcome that is (also) met by pointing the carer to help.
#[derive(Debug, Deserialize, Serialize)]
pub struct Signposted {
    pub seed: String,
    /// The id of a signposting rule (`data/signposts.toml`).
    pub rule: String,
    pub why: String,
}

#[derive(Debug, Deserialize, Serialize)]
pub struct Letters {
    #[serde(default)]
    pub fact: Vec<Fact>,
    pub gaps: Gaps,
    pub joining: Joining,
    pub gp: GpWording,
    pub employer: EmployerWording,
    pub assessment: AssessmentWording,
}

/// A fact a letter states, with where it comes from.
#[derive(Debug, Deserialize, Serialize)]
pub struct Fact {
    pub id: String,
    pub text: String,
    /// Not in the app's copy of the content (see `build.rs`).
    #[serde(default)]
    pub source: String,
    /// When it was last checked against the source (YYYY-MM-DD).
    pub checked: String,
}

/// What a letter shows where the carer left out something it needs.
#[derive(Debug, Deserialize, Serialize)]
pub struct Gaps {
    pub name: String,
    pub leave_dates: String,
    pub new_pattern: String,
    pub start_date: String,
    pub asked_before: String,
    pub asked_before_when: String,
}

#[derive(Debug, Deserialize, Serialize)]
pub struct GpWording {
    pub title: String,
    pub greeting: String,
    pub greeting_named: String,
    pub about_me: String,
    pub birth_date: String,
    pub looks_after: String,
    pub looks_after_someone: String,
    pub ask_register: String,
    pub ask_offers: String,
    pub share_about_them: String,
    pub share_about_them_unnamed: String,
    pub share_my_details: String,
    pub call_me: String,
    pub email_me: String,
    pub thanks: String,
    pub sign_off: String,
}

#[derive(Debug, Deserialize, Serialize)]
pub struct EmployerWording {
    pub greeting: String,
    pub greeting_named: String,
    pub looks_after: String,
    pub looks_after_someone: String,
    pub close: String,
    pub sign_off: String,
    pub carers_leave: CarersLeaveWording,
    pub flexible_working: FlexibleWorkingWording,
}

#[derive(Debug, Deserialize, Serialize)]
pub struct CarersLeaveWording {
    pub title: String,
    pub ask: String,
    pub dates: String,
    pub unpaid: String,
}

#[derive(Debug, Deserialize, Serialize)]
pub struct FlexibleWorkingWording {
    pub title: String,
    pub ask: String,
    pub current: String,
    pub change_from_current: String,
    pub change: String,
    pub start: String,
    pub why: String,
    pub asked_before_no: String,
    pub asked_before_yes: String,
    pub talk: String,
}

#[derive(Debug, Deserialize, Serialize)]
pub struct AssessmentWording {
    pub title: String,
    pub young_title: String,
    /// For a parent who cares only for their own child under 18.
    pub parent_title: String,
    pub intro: String,
    pub looks_after: String,
    pub help_heading: String,
    pub own_words: String,
    pub nothing_marked: String,
    pub going_well_heading: String,
    pub gets_heading: String,
    pub my_needs: String,
    pub on_my_own: String,
}

/// How the letters name the people the carer looks after.
#[derive(Debug, Deserialize, Serialize)]
pub struct Joining {
    /// "my {relationship}, {name}".
    pub my_named: String,
    /// "my {relationship}".
    pub my: String,
    /// Between the last two names.
    pub and: String,
}
