//! Content for part 2, "How are things for you?", and for the ready-made
//! letters that draw on it: `data/outcomes.toml` and `data/letters.toml`.
//!
//! Ids are parsed straight into the domain's enums, so a mistyped area,
//! rating or positive fails to load (and fails the native tests).

use std::sync::OnceLock;

use crate::content_struct;

use crate::choice_enum;
pub use crate::domain::outcomes::Statement;
use crate::domain::outcomes::{AreaPicture, OutcomeArea, Positive, Rating};

content_struct! {
#[derive(Debug)]
pub struct OutcomesContent {
    pub outcomes: Outcomes,
    pub letters: Letters,
}
}

/// Part 2's content, parsed once on first use.
pub fn outcomes_content() -> &'static OutcomesContent {
    static CONTENT: OnceLock<OutcomesContent> = OnceLock::new();
    CONTENT.get_or_init(super::read)
}

// ---------------------------------------------------------------- outcomes

content_struct! {
#[derive(Debug)]
pub struct Outcomes {
    pub summary: SummaryHeadings,
    pub rating: Vec<RatingText>,
    pub area: Vec<AreaText>,
    pub statement: Vec<Statement>,
    pub goes_well: GoesWellText,
    pub positive: Vec<PositiveText>,
    pub seed: Vec<SeedOutcome>,
    pub signposted: Vec<Signposted>,
}
}

content_struct! {
#[derive(Debug)]
pub struct SummaryHeadings {
    pub going_well_heading: String,
    pub may_want_help_heading: String,
    pub your_words_heading: String,
}
}

content_struct! {
#[derive(Debug)]
pub struct RatingText {
    pub id: Rating,
    pub label: String,
}
}

content_struct! {
#[derive(Debug)]
pub struct AreaText {
    pub id: OutcomeArea,
    pub title: String,
    pub intro: String,
    pub young_intro: Option<String>,
    pub notes_label: String,
    pub notes_hint: String,
    pub sentences: AreaSentences,
}
}

content_struct! {
/// The kind sentence shown above an area's summary, one per picture.
#[derive(Debug)]
pub struct AreaSentences {
    pub mostly_going_well: String,
    pub mixed: String,
    pub some_things_hard: String,
    pub nothing_answered: String,
}
}

crate::content_read! {
Statement {
    id,
    area,
    text,
    young_text,
    hint,
    going_well,
    may_want_help,
    covers,
    help_now,
}
}

content_struct! {
#[derive(Debug)]
pub struct GoesWellText {
    pub title: String,
    pub hint: String,
    pub positives_label: String,
    pub text_label: String,
}
}

content_struct! {
#[derive(Debug)]
pub struct PositiveText {
    pub id: Positive,
    pub label: String,
}
}

choice_enum!(
    /// The strategy a seed outcome comes from.
    Framework {
        Worcestershire => "worcestershire",
        Birmingham => "birmingham",
        GreaterManchester => "greater-manchester",
    }
);

content_struct! {
/// An outcome or commitment from the seed strategies, in our own words.
#[derive(Debug)]
pub struct SeedOutcome {
    pub id: String,
    pub framework: Framework,
    /// Worcestershire's area for its own outcomes; the nearest one otherwise.
    pub area: OutcomeArea,
    pub wording: String,
    /// Not in the app's copy of the content (see `build.rs`).
    #[or_else = String::new]
    pub source: String,
}
}

content_struct! {
/// A seed outcome that is (also) met by pointing the carer to help.
#[derive(Debug)]
pub struct Signposted {
    pub seed: String,
    /// The id of a signposting rule (`data/signposts.toml`).
    pub rule: String,
    pub why: String,
}
}

impl Outcomes {
    pub fn area(&self, area: OutcomeArea) -> &AreaText {
        self.area
            .iter()
            .find(|a| a.id == area)
            .expect("every area has content (checked by tests)")
    }

    /// The area's statements, in the order the carer sees them.
    pub fn statements(&self, area: OutcomeArea) -> impl Iterator<Item = &Statement> {
        self.statement.iter().filter(move |s| s.area == area)
    }

    pub fn statement(&self, id: &str) -> Option<&Statement> {
        self.statement.iter().find(|s| s.id == id)
    }

    pub fn rating_label(&self, rating: Rating) -> &str {
        &self
            .rating
            .iter()
            .find(|r| r.id == rating)
            .expect("every rating has a label (checked by tests)")
            .label
    }

    pub fn positive_label(&self, positive: Positive) -> &str {
        &self
            .positive
            .iter()
            .find(|p| p.id == positive)
            .expect("every positive has a label (checked by tests)")
            .label
    }
}

impl AreaText {
    pub fn intro_for(&self, young: bool) -> &str {
        match (&self.young_intro, young) {
            (Some(intro), true) => intro,
            _ => &self.intro,
        }
    }

    pub fn sentence(&self, picture: AreaPicture) -> &str {
        let s = &self.sentences;
        match picture {
            AreaPicture::MostlyGoingWell => &s.mostly_going_well,
            AreaPicture::Mixed => &s.mixed,
            AreaPicture::SomeThingsHard => &s.some_things_hard,
            AreaPicture::NothingAnswered => &s.nothing_answered,
        }
    }
}

// ----------------------------------------------------------------- letters

content_struct! {
#[derive(Debug)]
pub struct Letters {
    pub fact: Vec<Fact>,
    pub gaps: Gaps,
    pub gp: GpWording,
    pub employer: EmployerWording,
    pub assessment: AssessmentWording,
}
}

content_struct! {
/// A fact a letter states, with where it comes from.
#[derive(Debug)]
pub struct Fact {
    pub id: String,
    pub text: String,
    /// Not in the app's copy of the content (see `build.rs`).
    #[or_else = String::new]
    pub source: String,
    /// When it was last checked against the source (YYYY-MM-DD).
    pub checked: String,
}
}

content_struct! {
/// What a letter shows where the carer left out something it needs.
#[derive(Debug)]
pub struct Gaps {
    pub name: String,
    pub leave_dates: String,
    pub new_pattern: String,
    pub start_date: String,
    pub asked_before: String,
    pub asked_before_when: String,
}
}

content_struct! {
#[derive(Debug)]
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
}

content_struct! {
#[derive(Debug)]
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
}

content_struct! {
#[derive(Debug)]
pub struct CarersLeaveWording {
    pub title: String,
    pub ask: String,
    pub dates: String,
    pub unpaid: String,
}
}

content_struct! {
#[derive(Debug)]
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
}

content_struct! {
#[derive(Debug)]
pub struct AssessmentWording {
    pub title: String,
    pub young_title: String,
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
}

impl Letters {
    pub fn fact(&self, id: &str) -> &Fact {
        self.fact
            .iter()
            .find(|f| f.id == id)
            .unwrap_or_else(|| panic!("fact {id} is in letters.toml (checked by tests)"))
    }
}
