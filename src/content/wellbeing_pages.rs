//! Wording around part 2's pages (`data/wellbeing_pages.toml`). The
//! statements and summaries themselves are in `outcomes.rs`.

pub use super::schema::wellbeing_pages::*;

/// Read once on first use.
pub fn wellbeing_pages() -> &'static WellbeingPages {
    &super::bundle().wellbeing_pages.wellbeing_pages
}
