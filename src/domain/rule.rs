//! A signposting rule as written in `content/data/signposts.toml`: only its
//! shape, so that `build.rs` can read the data file into it too (see
//! `content::schema`). `signpost` decides which rules apply.

use serde::{Deserialize, Serialize};

use crate::domain::answers::{AgeBand, Hours, Need};
use crate::domain::identify::CarerKind;
use crate::domain::signpost::Purpose;

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
