//! The shape of the wording and facts in the data files (see `content::schema`).

use serde::{Deserialize, Serialize};

#[derive(Debug, Deserialize, Serialize)]
pub struct DocumentPages {
    pub list: ListText,
    pub preview: PreviewText,
    pub reminder: ReminderText,
    pub names: Names,
    pub missing: MissingText,
    pub passport: PassportText,
    pub plan: PlanText,
    pub card: CardText,
    pub help: HelpText,
    pub letter: LetterText,
}

#[derive(Debug, Deserialize, Serialize)]
pub struct ListText {
    pub title: String,
    pub intro: String,
    pub open: String,
    pub to_make: String,
    pub no_plans: String,
    pub no_plans_link: String,
}

/// "Add a reminder": the button, its hint, and the calendar event's title
/// and notes (fixed wording: no names, no needs).
#[derive(Debug, Deserialize, Serialize)]
pub struct ReminderText {
    pub button: String,
    pub hint: String,
    pub summary: String,
    pub description: String,
}

#[derive(Debug, Deserialize, Serialize)]
pub struct PreviewText {
    pub intro: String,
    pub print_button: String,
    pub cannot_make_title: String,
    pub gone_title: String,
    pub not_offered: String,
    pub not_offered_link: String,
    pub made: String,
    pub review: String,
    /// An English copy of the document, offered in other languages.
    pub english_title: String,
    pub english_hint: String,
    pub english_copy: String,
}

#[derive(Debug, Deserialize, Serialize)]
pub struct Names {
    pub passport: String,
    pub passport_hint: String,
    pub plan: String,
    pub plan_hint: String,
    pub card: String,
    pub card_hint: String,
    pub plan_title: String,
    pub card_title: String,
    pub unnamed: String,
    pub help: String,
    pub help_hint: String,
    pub gp: String,
    pub gp_hint: String,
    pub employer: String,
    pub employer_hint: String,
    pub assessment: String,
    pub assessment_hint: String,
}

#[derive(Debug, Deserialize, Serialize)]
pub struct PassportText {
    pub what_it_is: String,
    pub who_i_am: String,
    pub name: String,
    pub phone: String,
    pub address: String,
    pub kinds: String,
    pub cares_for: String,
    pub their_needs: String,
    pub no_one_named: String,
    pub what_i_do: String,
    pub matters: String,
    pub gets: String,
    pub own_words: String,
    pub staff_help: String,
    #[serde(default)]
    pub staff_help_items: Vec<String>,
    pub contacts: String,
    pub no_contacts: String,
    pub scheme: String,
}

/// The printed plan's own words; its headings and labels are the plan
/// pages' (`plan_pages.toml`, `printed`).
#[derive(Debug, Deserialize, Serialize)]
pub struct PlanText {
    pub intro: String,
    pub nothing_yet: String,
}

#[derive(Debug, Deserialize, Serialize)]
pub struct CardText {
    pub choices_title: String,
    pub choices_hint: String,
    pub my_name: String,
    pub my_phone: String,
    pub my_address: String,
    pub front_title: String,
    pub front_depends: String,
    pub looks_after: String,
    pub needs: String,
    /// `{allergies}`, after the health conditions on the needs line.
    pub allergies: String,
    pub me: String,
    pub back_title: String,
    pub back_please: String,
    pub no_contacts: String,
    pub cut: String,
    pub front_label: String,
    pub back_label: String,
}

#[derive(Debug, Deserialize, Serialize)]
pub struct HelpText {
    pub intro: String,
    pub why: String,
    pub phone: String,
    pub text: String,
    pub email: String,
    pub web: String,
    pub local: String,
    pub none: String,
    pub urgent: String,
    /// The few that matter most (`domain::signpost::shortlist`).
    pub first_title: String,
    pub first_intro: String,
    /// Everything else, in short.
    pub more_title: String,
    pub more_intro: String,
}

#[derive(Debug, Deserialize, Serialize)]
pub struct LetterText {
    pub request_legend: String,
    pub carers_leave: String,
    pub flexible_working: String,
    pub gaps_hint: String,
    /// "Download as text", and what it is for.
    pub text_button: String,
    pub text_hint: String,
}

#[derive(Debug, Deserialize, Serialize)]
pub struct Files {
    pub document_pages: DocumentPages,
}

/// What a document still needs (`domain::documents::Need`); picked by
/// `content::messages::Messages::need`.
#[derive(Debug, Deserialize, Serialize)]
pub struct MissingText {
    pub plan_deleted: String,
    pub carer_name_for_gp: String,
    pub carer_name_for_employer: String,
    pub carer_name: String,
    pub person_name: String,
    /// `{name}`.
    pub contact_phone: String,
    /// `{name}`.
    pub contact_phone_check: String,
    /// `{phone}`.
    pub contact_name: String,
    pub contact_for_card: String,
    pub contact_for_plan: String,
}
