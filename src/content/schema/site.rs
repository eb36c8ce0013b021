//! The shape of the wording and facts in the data files (see `content::schema`).

use serde::{Deserialize, Serialize};

#[derive(Debug, Deserialize, Serialize)]
pub struct Site {
    pub service_name: String,
    pub skip_link: String,
    pub back: String,
    #[serde(rename = "continue")]
    pub continue_label: String,
    pub change: String,
    pub error_summary_title: String,
    pub footer_privacy: String,
    pub keep_number: String,
    pub save_and_continue: String,
    pub footer_exit: String,
    pub footer_answers: String,
    pub exit: ExitText,
    pub footer_share: String,
    pub language_not_loaded: String,
    /// Blank in English and in a language whose every text is checked.
    pub language_unreviewed: String,
    pub language_in_english: String,
    pub languages_label: String,
    pub listen: String,
    pub listen_stop: String,
    /// Each language a carer can choose, in its own words (never translated).
    pub languages: Vec<LanguageName>,
    /// The browser tab's title: `{page}` is the page's title.
    pub page_title: String,
    pub page_title_error: String,
    /// Read out before each error message.
    pub error_prefix: String,
    /// Between the choices and the one that goes on its own.
    pub or: String,
    pub your_answers: YourAnswersText,
    pub place: PlaceText,
    pub share: ShareText,
    pub start: StartPage,
    pub check: CheckPage,
    pub result: ResultPage,
    pub not_found: NotFoundPage,
    pub tasks: TaskListPage,
    pub about_you: AboutYouText,
    pub help_now: HelpNowText,
}

/// Who to contact now (999, NHS 111, Samaritans, Childline).
#[derive(Debug, Deserialize, Serialize)]
pub struct HelpNowText {
    pub title: String,
    pub intro: String,
    pub young_intro: String,
    #[serde(default)]
    pub line: Vec<HelpNowLine>,
}

/// One way to get help now. `text` holds `{phone}`.
#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct HelpNowLine {
    pub text: String,
    /// A number with no directory entry (999).
    #[serde(default)]
    pub phone: Option<String>,
    /// The directory entry whose phone this is.
    #[serde(default)]
    pub entry: Option<String>,
    /// Only for under-18s, where the page knows the carer's age.
    #[serde(default)]
    pub young: bool,
}

/// The start page's question about where the cared-for person lives.
#[derive(Debug, Deserialize, Serialize)]
pub struct PlaceText {
    pub question: String,
    pub hint: String,
    pub elsewhere: String,
    /// `{place}` is the id the link or page asked for.
    pub unknown: String,
}

/// "Exit this page": the button, where it goes, and the page explaining it.
#[derive(Debug, Deserialize, Serialize)]
pub struct ExitText {
    pub button: String,
    pub address: String,
    pub title: String,
    pub intro: String,
    pub how_title: String,
    #[serde(default)]
    pub how: Vec<String>,
    pub what_title: String,
    #[serde(default)]
    pub what: Vec<String>,
    pub history: String,
}

/// Keeping, downloading, loading and deleting answers.
#[derive(Debug, Deserialize, Serialize)]
pub struct YourAnswersText {
    pub title: String,
    pub in_tab: String,
    pub on_device: String,
    pub in_memory: String,
    pub tab_only_device_full: String,
    pub tab_only_device_refused: String,
    pub older_on_device: String,
    pub keep_title: String,
    pub keep_label: String,
    pub keep_hint: String,
    pub download_title: String,
    pub download_text: String,
    pub download_button: String,
    pub load_title: String,
    pub load_label: String,
    pub load_hint: String,
    pub load_button: String,
    pub load_none: String,
    pub load_empty: String,
    pub load_too_big: String,
    pub load_not_text: String,
    pub load_not_json: String,
    pub load_not_ours: String,
    pub load_newer: String,
    pub load_damaged: String,
    pub replace_title: String,
    pub replace_text: String,
    pub replace_button: String,
    pub keep_button: String,
    pub loaded: String,
    /// After a file load took something out: `{places}` lists where.
    pub loaded_removed: String,
    /// After a file load with rows to finish: `{places}` lists where.
    pub loaded_unfinished: String,
    /// A part 1 question, in those lists: `{question}` is its title.
    pub place_question: String,
    pub place_plan_named: String,
    pub place_plan_number: String,
    /// After the first places named: `{count}` more.
    pub and_more: String,
    pub delete_title: String,
    pub delete_text: String,
    pub delete_button: String,
    pub confirm_title: String,
    pub confirm_text: String,
    pub confirm_button: String,
    pub cancel_button: String,
    pub deleted: String,
    pub storage_problem: String,
    pub storage_full: String,
    pub storage_link: String,
    pub unreadable: String,
    pub unreadable_download: String,
    pub unreadable_discard: String,
    pub conflict: String,
    pub conflict_download: String,
    pub conflict_use_other: String,
    pub conflict_keep: String,
    pub deleted_elsewhere: String,
    pub stopped_elsewhere: String,
    pub dismiss: String,
}

/// The share page, for professionals.
#[derive(Debug, Deserialize, Serialize)]
pub struct ShareText {
    pub title: String,
    pub lead: String,
    pub council: String,
    pub council_hint: String,
    pub link_title: String,
    pub link_label: String,
    pub copy: String,
    pub copied: String,
    pub copy_failed: String,
    pub qr_title: String,
    pub qr_hint: String,
    pub qr_label: String,
    pub no_data: String,
    pub print_title: String,
    pub print_hint: String,
    pub print_button: String,
    pub card_text: String,
}

#[derive(Debug, Deserialize, Serialize)]
pub struct AboutYouText {
    pub title: String,
    pub intro: String,
    pub name: String,
    pub phone: String,
    pub phone_hint: String,
    pub address: String,
    pub gp_practice: String,
    pub gp_practice_hint: String,
    pub employer: String,
    pub employer_hint: String,
}

#[derive(Debug, Deserialize, Serialize)]
pub struct TaskListPage {
    pub title: String,
    pub intro: String,
    pub kept_link: String,
    pub carer_check: String,
    pub about_you: String,
    pub about_you_hint: String,
    pub wellbeing: String,
    pub wellbeing_hint: String,
    pub plans: String,
    pub plans_hint: String,
    pub documents_title: String,
    pub documents: String,
    pub documents_hint: String,
    pub not_started: String,
    pub in_progress: String,
    pub completed: String,
}

#[derive(Debug, Deserialize, Serialize)]
pub struct StartPage {
    pub title: String,
    pub lead: String,
    pub can_do_title: String,
    #[serde(default)]
    pub can_do: Vec<String>,
    pub privacy: String,
    pub start_button: String,
}

#[derive(Debug, Deserialize, Serialize)]
pub struct CheckPage {
    pub title: String,
    pub not_answered: String,
    pub answer_link: String,
    pub error_unanswered: String,
    pub continue_button: String,
}

#[derive(Debug, Deserialize, Serialize)]
pub struct ResultPage {
    pub not_finished_title: String,
    pub not_finished: String,
    pub not_finished_link: String,
    pub kinds_title: String,
    pub reasons_title: String,
    pub first_steps_title: String,
    pub change_answers: String,
    pub check_again: String,
}

#[derive(Debug, Deserialize, Serialize)]
pub struct LanguageName {
    pub tag: String,
    pub name: String,
    /// "Read Carer Check in Polish", in Polish: offered when the browser prefers it.
    pub offer: String,
}

#[derive(Debug, Deserialize, Serialize)]
pub struct NotFoundPage {
    pub title: String,
    pub text: String,
    pub start_link: String,
}

#[derive(Debug, Deserialize, Serialize)]
pub struct Files {
    pub site: Site,
}
