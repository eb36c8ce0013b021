//! The shape of the wording and facts in the data files (see `content::schema`).

use std::collections::BTreeMap;

use crate::domain::result::Audience;
use serde::{Deserialize, Serialize};

#[derive(Debug, Deserialize, Serialize)]
pub struct Content {
    pub questions: Questions,
    pub result: ResultContent,
}

#[derive(Debug, Deserialize, Serialize)]
pub struct Questions {
    #[serde(default)]
    pub question: Vec<Question>,
}

#[derive(Debug, Deserialize, Serialize)]
pub struct Question {
    pub id: String,
    pub title: String,
    #[serde(default)]
    pub hint: Option<String>,
    #[serde(default)]
    pub young_title: Option<String>,
    #[serde(default)]
    pub young_hint: Option<String>,
    /// The short name on the "check your answers" page.
    pub check_label: String,
    /// Shown when nothing is selected.
    pub error: String,
    /// Shown when an "on its own" option is ticked with others.
    #[serde(default)]
    pub error_exclusive: Option<String>,
    #[serde(default)]
    pub options: Vec<QuestionOption>,
}

#[derive(Debug, Deserialize, Serialize)]
pub struct QuestionOption {
    pub id: String,
    pub label: String,
    #[serde(default)]
    pub young_label: Option<String>,
}

#[derive(Debug, Deserialize, Serialize)]
pub struct ResultContent {
    #[serde(default)]
    pub verdict: BTreeMap<String, VerdictText>,
    #[serde(default)]
    pub kind: Vec<Explained>,
    #[serde(default)]
    pub reason: Vec<ReasonText>,
    #[serde(default)]
    pub first_step: Vec<FirstStep>,
    pub next: NextText,
    pub not_now: NotNowText,
}

#[derive(Debug, Deserialize, Serialize)]
pub struct VerdictText {
    pub title: String,
    pub intro: String,
    pub young_intro: String,
}

#[derive(Debug, Deserialize, Serialize)]
pub struct Explained {
    pub id: String,
    pub name: String,
    pub meaning: String,
    /// The meaning for an under-18, where the adult wording would not fit.
    #[serde(default)]
    pub young_meaning: Option<String>,
    /// The meaning for someone who works only for themself, where the
    /// meaning speaks of employees' rights.
    #[serde(default)]
    pub self_employed_meaning: Option<String>,
    /// Not in the app's copy of the content (see `build.rs`).
    #[serde(default)]
    pub source: String,
}

#[derive(Debug, Deserialize, Serialize)]
pub struct ReasonText {
    pub id: String,
    pub text: String,
    /// The same for an under-18.
    #[serde(default)]
    pub young_text: Option<String>,
    #[serde(default)]
    pub source: Option<String>,
}

#[derive(Debug, Deserialize, Serialize)]
pub struct FirstStep {
    pub id: String,
    #[serde(rename = "for")]
    pub audience: Audience,
    pub title: String,
    pub text: String,
    /// Not in the app's copy of the content (see `build.rs`).
    #[serde(default)]
    pub source: String,
}

#[derive(Debug, Deserialize, Serialize)]
pub struct NextText {
    pub title: String,
    pub text: String,
    pub continue_label: String,
}

#[derive(Debug, Deserialize, Serialize)]
pub struct NotNowText {
    pub who_counts_title: String,
    pub who_counts: String,
    pub if_things_change: String,
    pub young_if_things_change: String,
    pub carry_on: String,
}
