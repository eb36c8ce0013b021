//! Wording around part 2's pages (`data/wellbeing_pages.toml`). The
//! statements and summaries themselves are in `outcomes.rs`.

use std::sync::OnceLock;

use serde::Deserialize;

#[derive(Debug, Deserialize)]
pub struct WellbeingPages {
    pub caption: String,
    pub area_step: String,
    pub area_how: String,
    pub check: WellbeingCheckText,
}

#[derive(Debug, Deserialize)]
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

#[derive(Deserialize)]
pub struct Files {
    pub wellbeing_pages: WellbeingPages,
    }

/// Read once on first use.
pub fn wellbeing_pages() -> &'static WellbeingPages {
    static TEXT: OnceLock<WellbeingPages> = OnceLock::new();
    TEXT.get_or_init(|| super::read::<Files>().wellbeing_pages)
}
