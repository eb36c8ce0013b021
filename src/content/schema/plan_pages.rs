//! The shape of the wording and facts in the data files (see `content::schema`).

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

#[derive(Debug, Deserialize, Serialize)]
pub struct File {
    pub plan_pages: PlanPages,
}

#[derive(Debug, Deserialize, Serialize)]
pub struct PlanPages {
    pub caption: String,
    pub caption_named: String,
    pub page_of: String,
    pub unnamed: String,
    pub save_and_continue: String,
    pub not_found_title: String,
    pub not_found_text: String,
    pub not_found_link: String,
    /// Added to a plan by "Add suggested items".
    #[serde(default)]
    pub hospital_bag_suggested: Vec<String>,
    pub list: ListText,
    pub check: CheckText,
    pub remove: RemoveText,
    pub repeat: RepeatText,
    /// Labels of the yes/no/not sure and "left alone" options, by option id.
    #[serde(default)]
    pub choices: BTreeMap<String, String>,
    #[serde(default)]
    pub sections: BTreeMap<String, SectionText>,
    #[serde(default)]
    pub fields: BTreeMap<String, FieldText>,
}

#[derive(Debug, Deserialize, Serialize)]
pub struct ListText {
    pub title: String,
    pub intro: String,
    pub why: String,
    pub none_yet: String,
    pub add: String,
    pub add_another: String,
    pub open_first: String,
    pub open: String,
    pub check: String,
    pub remove: String,
    pub back_to_tasks: String,
}

#[derive(Debug, Deserialize, Serialize)]
pub struct CheckText {
    pub title: String,
    pub intro: String,
    pub not_given: String,
    pub none: String,
    pub change: String,
    pub continue_button: String,
    pub next: String,
}

#[derive(Debug, Deserialize, Serialize)]
pub struct RemoveText {
    pub title: String,
    pub text: String,
    pub confirm: String,
    pub cancel: String,
}

#[derive(Debug, Deserialize, Serialize)]
pub struct RepeatText {
    pub remove: String,
    pub add_another: String,
}

#[derive(Debug, Deserialize, Serialize)]
pub struct SectionText {
    pub title: String,
    pub intro: String,
    /// For a page with a repeatable list: a row's legend ("Medicine 2").
    #[serde(default)]
    pub list: Option<String>,
    #[serde(default)]
    pub add: Option<String>,
    #[serde(default)]
    pub suggested: Option<String>,
    #[serde(default)]
    pub suggested_hint: Option<String>,
    /// The heading on the printed plan, if not the title; `{name}` is the
    /// person's first name.
    #[serde(default)]
    pub printed: Option<String>,
}

#[derive(Debug, Deserialize, Serialize)]
pub struct FieldText {
    pub label: String,
    #[serde(default)]
    pub hint: Option<String>,
    /// The label on the printed plan, if not the form's.
    #[serde(default)]
    pub printed: Option<String>,
}
