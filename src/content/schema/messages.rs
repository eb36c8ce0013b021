//! The shape of the wording and facts in the data files (see `content::schema`).

use serde::{Deserialize, Serialize};

#[derive(Debug, Deserialize, Serialize)]
pub struct Messages {
    pub phone_number: PhoneText,
    pub date: DateText,
    pub plan: PlanText,
}

/// One for each `PhoneIssue`.
#[derive(Debug, Deserialize, Serialize)]
pub struct PhoneText {
    pub has_letters: String,
    pub strange_characters: String,
    pub no_digits: String,
    pub too_many_digits: String,
    pub no_longer_in_use: String,
    /// `{digits}`: how many it has.
    pub wrong_length: String,
    pub local_number_without_area_code: String,
    pub missing_leading_zero: String,
    pub premium_rate: String,
    pub personal_number: String,
    pub pager: String,
    pub unusual_start: String,
    pub not_uk: String,
    /// After a number that looks wrong but may be right.
    pub keep_if_sure: String,
}

/// One for each `DateProblem`, and how a date is written.
#[derive(Debug, Deserialize, Serialize)]
pub struct DateText {
    pub not_a_date: String,
    pub short_year: String,
    pub no_such_month: String,
    /// `{month}` is its name, `{days}` how many it has.
    pub no_such_day: String,
    /// `{year}`, `{days}`.
    pub no_such_day_february: String,
    pub year_out_of_range: String,
    /// `{day} {month} {year}`.
    pub written: String,
    /// January to December.
    #[serde(default)]
    pub months: Vec<String>,
}

/// What looks wrong in an emergency plan (`plan::Said`, other than
/// phone numbers and dates).
#[derive(Debug, Deserialize, Serialize)]
pub struct PlanText {
    pub access_code: String,
    /// `{name}`: the person to step in.
    pub step_in_needs_phone: String,
    pub step_in_needs_name: String,
    pub medicine_needs_name: String,
}

#[derive(Debug, Deserialize, Serialize)]
pub struct Files {
    pub messages: Messages,
}
