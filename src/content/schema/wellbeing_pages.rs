//! The shape of the wording and facts in the data files (see `content::schema`).

use serde::{Deserialize, Serialize};

#[derive(Debug, Deserialize, Serialize)]
pub struct WellbeingPages {
    pub caption: String,
    pub area_step: String,
    pub area_how: String,
    pub check: WellbeingCheckText,
}

#[derive(Debug, Deserialize, Serialize)]
pub struct WellbeingCheckText {
    pub title: String,
    pub intro: String,
    pub not_answered: String,
    pub note: String,
    pub no_note: String,
    pub note_hidden: String,
    pub goes_well_hidden: String,
    pub positives: String,
    pub nothing_ticked: String,
    pub own_words: String,
    pub no_own_words: String,
    pub next_title: String,
    pub next: String,
    pub continue_button: String,
}

#[derive(Debug, Deserialize, Serialize)]
pub struct Files {
    pub wellbeing_pages: WellbeingPages,
}
