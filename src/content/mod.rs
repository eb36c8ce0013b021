//! The app's wording and facts, written in `data/*.toml` and compiled in.
//!
//! `build.rs` turns the TOML into JSON; this module gives it types. Tests in
//! `tests/content.rs` check that every id and fact is sound.

pub mod directory;
pub mod document_pages;
pub mod outcomes;
pub mod plan_pages;
pub mod site;
pub mod value;
pub mod wellbeing_pages;

use crate::domain::small_map::SmallMap;
use std::sync::OnceLock;

use crate::content_struct;
use crate::domain::identify::{CarerKind, Reason, Verdict};
use crate::domain::journey::QuestionId;
pub use crate::domain::result::Audience;

content_struct! {
#[derive(Debug)]
pub struct Content {
    pub questions: Questions,
    pub result: ResultContent,
}
}

content_struct! {
#[derive(Debug)]
pub struct Questions {
    pub question: Vec<Question>,
}
}

content_struct! {
#[derive(Debug)]
pub struct Question {
    pub id: String,
    pub title: String,
    pub hint: Option<String>,
    pub young_title: Option<String>,
    pub young_hint: Option<String>,
    /// The short name on the "check your answers" page.
    pub check_label: String,
    /// Shown when nothing is selected.
    pub error: String,
    /// Shown when an "on its own" option is ticked with others.
    pub error_exclusive: Option<String>,
    pub options: Vec<QuestionOption>,
}
}

content_struct! {
#[derive(Debug)]
pub struct QuestionOption {
    pub id: String,
    pub label: String,
    pub young_label: Option<String>,
}
}

content_struct! {
#[derive(Debug)]
pub struct ResultContent {
    pub verdict: SmallMap<String, VerdictText>,
    pub kind: Vec<Explained>,
    pub reason: Vec<ReasonText>,
    pub first_step: Vec<FirstStep>,
    pub next: NextText,
    pub not_now: NotNowText,
}
}

content_struct! {
#[derive(Debug)]
pub struct VerdictText {
    pub title: String,
    pub intro: String,
    pub young_intro: String,
}
}

content_struct! {
#[derive(Debug)]
pub struct Explained {
    pub id: String,
    pub name: String,
    pub meaning: String,
    /// The meaning for an under-18, where the adult wording would not fit.
    pub young_meaning: Option<String>,
    /// The meaning for someone who works only for themself, where the
    /// meaning speaks of employees' rights.
    pub self_employed_meaning: Option<String>,
    /// Not in the app's copy of the content (see `build.rs`).
    #[or_else = String::new]
    pub source: String,
}
}

content_struct! {
#[derive(Debug)]
pub struct ReasonText {
    pub id: String,
    pub text: String,
    /// The same for an under-18.
    pub young_text: Option<String>,
    pub source: Option<String>,
}
}

content_struct! {
#[derive(Debug)]
pub struct FirstStep {
    pub id: String,
    #[key = "for"]
    pub audience: Audience,
    pub title: String,
    pub text: String,
    /// Not in the app's copy of the content (see `build.rs`).
    #[or_else = String::new]
    pub source: String,
}
}

content_struct! {
#[derive(Debug)]
pub struct NextText {
    pub title: String,
    pub text: String,
    pub continue_label: String,
}
}

content_struct! {
#[derive(Debug)]
pub struct NotNowText {
    pub who_counts_title: String,
    pub who_counts: String,
    pub if_things_change: String,
    pub young_if_things_change: String,
    pub carry_on: String,
}
}

/// Every data file, as one JSON object keyed by file name (see `build.rs`).
/// The app's copy leaves out sources and review notes; natively (tests, the
/// content report) everything is there.
#[cfg(target_arch = "wasm32")]
const CONTENT_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/content-app.json"));
#[cfg(not(target_arch = "wasm32"))]
const CONTENT_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/content.json"));

/// The content as parsed JSON, once.
fn json() -> &'static crate::json::Value {
    static JSON: OnceLock<crate::json::Value> = OnceLock::new();
    // No `expect`: it would bring the error's Debug formatting into the wasm.
    JSON.get_or_init(|| match crate::json::parse(CONTENT_JSON) {
        Ok(value) => value,
        Err(error) => panic!(
            "content JSON from build.rs: {} at {}",
            error.problem, error.at
        ),
    })
}

/// Reads the content into `T`, a struct whose fields name the data files it
/// needs (see `value::FromValue`). The native tests read the same data, so a
/// mistake here fails `make test` long before it could reach a carer.
pub fn read<T: value::FromValue>() -> T {
    T::from_value(json())
}

/// Part 1's content, parsed once on first use.
pub fn content() -> &'static Content {
    static CONTENT: OnceLock<Content> = OnceLock::new();
    CONTENT.get_or_init(read)
}

impl Content {
    pub fn question(&self, id: QuestionId) -> &Question {
        self.questions
            .question
            .iter()
            .find(|q| q.id == id.id())
            .expect("every question has content (checked by tests)")
    }

    pub fn verdict(&self, verdict: Verdict) -> &VerdictText {
        let key = match verdict {
            Verdict::Carer => "carer",
            Verdict::MaybeCarer => "maybe",
            Verdict::NotACarerNow => "not-now",
        };
        &self.result.verdict[key]
    }

    pub fn kind(&self, kind: CarerKind) -> &Explained {
        self.result
            .kind
            .iter()
            .find(|k| k.id == kind.id())
            .expect("every kind has content (checked by tests)")
    }

    pub fn reason(&self, reason: Reason) -> &ReasonText {
        self.result
            .reason
            .iter()
            .find(|r| r.id == reason.id())
            .expect("every reason has content (checked by tests)")
    }
}

impl Question {
    /// The title, in the young person's wording where there is one.
    pub fn title_for(&self, young: bool) -> &str {
        match (&self.young_title, young) {
            (Some(title), true) => title,
            _ => &self.title,
        }
    }

    pub fn hint_for(&self, young: bool) -> Option<&str> {
        match (&self.young_hint, young) {
            (Some(hint), true) => Some(hint),
            _ => self.hint.as_deref(),
        }
    }

    pub fn option_label(&self, option_id: &str, young: bool) -> Option<&str> {
        let option = self.options.iter().find(|o| o.id == option_id)?;
        Some(match (&option.young_label, young) {
            (Some(label), true) => label,
            _ => &option.label,
        })
    }
}

impl QuestionOption {
    pub fn label_for(&self, young: bool) -> &str {
        match (&self.young_label, young) {
            (Some(label), true) => label,
            _ => &self.label,
        }
    }
}
