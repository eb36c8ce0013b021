//! The shapes of the data the rules read: signposting rules, directory
//! entries and part 2's statements, as written in the data files. Only their
//! fields here, so that `build.rs` can read the data files into them too (see
//! `content::schema`); the rules that use them are in `signpost`, `services`
//! and `outcomes`.

use serde::{Deserialize, Serialize};

use crate::domain::answers::{AgeBand, Hours, Need};
use crate::domain::identify::CarerKind;
use crate::domain::outcomes::OutcomeArea;
use crate::domain::signpost::{Audience, Group, Purpose};
use crate::domain::sources::ComparedWith;

/// A signposting rule. Every condition given must hold; a list holds when
/// any one of its items matches. A rule with no conditions must say
/// `always = true`, so that an empty rule is never a silent catch-all.
#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Rule {
    pub id: String,
    #[serde(default)]
    pub always: bool,
    #[serde(default)]
    pub any_kinds: Vec<CarerKind>,
    #[serde(default)]
    pub none_of_kinds: Vec<CarerKind>,
    #[serde(default)]
    pub any_needs: Vec<Need>,
    #[serde(default)]
    pub any_areas: Vec<String>,
    /// Part 2 statement ids rated "sometimes" or "never".
    #[serde(default)]
    pub any_statements: Vec<String>,
    #[serde(default)]
    pub any_ages: Vec<AgeBand>,
    #[serde(default)]
    pub any_gaps: Vec<String>,
    /// Whole words, lower case, looked for in `condition_notes`.
    #[serde(default)]
    pub any_words: Vec<String>,
    /// Works at all: as an employee, self-employed, or both.
    #[serde(default)]
    pub working: Option<bool>,
    /// Has a job as an employee (rights at work are for employees).
    #[serde(default)]
    pub employee: Option<bool>,
    /// Works for themself.
    #[serde(default)]
    pub self_employed: Option<bool>,
    #[serde(default)]
    pub studying: Option<bool>,
    /// Looking for work (not a job: an employee's rights are not theirs).
    #[serde(default)]
    pub looking_for_work: Option<bool>,
    /// Cares for someone who may be an adult (the Care Act assessment).
    #[serde(default)]
    pub cares_for_adult: Option<bool>,
    /// Helps more than one person, so the hours answer is a total.
    #[serde(default)]
    pub more_than_one: Option<bool>,
    /// `true`: only under-18s; `false`: only adults.
    #[serde(default)]
    pub young: Option<bool>,
    #[serde(default)]
    pub hours_at_least: Option<Hours>,
    #[serde(default)]
    pub purpose: Option<Purpose>,
    #[serde(default)]
    pub entry: Option<String>,
    /// Why we suggest it, to the carer ("you").
    pub why: String,
    /// The same for an under-18, where the adult wording would not fit.
    #[serde(default)]
    pub young_why: Option<String>,
}

/// One service, organisation or piece of guidance.
#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    /// Unique across national and council data; council ids start with the
    /// council id.
    pub id: String,
    pub name: String,
    pub purpose: Purpose,
    pub group: Group,
    #[serde(default)]
    pub audience: Audience,
    /// What it is for, in plain words.
    pub for_what: String,
    /// Who it suits.
    pub who: String,
    /// What to do when there is no contact to give, or to add to it.
    #[serde(default)]
    pub guidance: Option<String>,
    #[serde(default)]
    pub web: Option<String>,
    #[serde(default)]
    pub phone: Option<String>,
    /// A number to text, where the service offers one.
    #[serde(default)]
    pub text: Option<String>,
    #[serde(default)]
    pub email: Option<String>,
    /// Where the facts and contact details came from.
    /// Not in the app's copy of the content (see `build.rs`).
    #[serde(default)]
    pub source: String,
    /// What the contact details were compared with (not in the app's copy).
    #[serde(default)]
    pub compared_with: ComparedWith,
    /// The newest source's own date, `YYYY[-MM[-DD]]`, when known (not in
    /// the app's copy).
    #[serde(default)]
    pub source_dated: Option<String>,
    /// Whether the contact details were compared with the organisation's own
    /// page (or GOV.UK / NHS); `source` then names that page.
    #[serde(default)]
    pub checked: bool,
    /// When they were checked; absent while unchecked.
    #[serde(default)]
    pub last_checked: Option<String>,
    /// The seeds name the organisation but give no way to contact it.
    #[serde(default)]
    pub needs_council_details: bool,
    /// National entries this council entry stands in for while its preset
    /// is chosen (e.g. "contact your council" becomes "contact Bury Council").
    #[serde(default)]
    pub replaces: Vec<String>,
    /// For the council reviewer, never shown to carers.
    #[serde(default)]
    pub review_note: Option<String>,
}

/// One "I …" statement the carer rates.
#[derive(Debug, Deserialize, Serialize)]
pub struct Statement {
    /// Stable: saved in the carer's answers.
    pub id: String,
    pub area: OutcomeArea,
    pub text: String,
    #[serde(default)]
    pub young_text: Option<String>,
    #[serde(default)]
    pub hint: Option<String>,
    /// Shown under "What is going well" when rated always or most of the time.
    pub going_well: String,
    /// Shown under "What you may want help with" when rated sometimes or never.
    pub may_want_help: String,
    /// Ids of the seed outcomes this statement stands for.
    #[serde(default)]
    pub covers: Vec<String>,
    /// A safety or mental health statement: its worst answer shows who to
    /// contact now, on the same page.
    #[serde(default)]
    pub help_now: bool,
}
