//! What the app tells the carer about something typed that looks wrong
//! (`data/messages.toml`), and what a document still needs
//! (`document_pages.toml`, `[missing]`). The domain gives a code with the
//! values to fill in; the words for each code are picked here, so every
//! word a carer reads comes from the wording files. Also what the carer is
//! told after loading a file from which something was refused
//! (`domain::checks`).

pub use super::schema::messages::*;
use crate::content::document_pages::{document_pages, fill};
use crate::domain::dates::{days_in_month, Date, DateProblem};
use crate::domain::documents::Need;
use crate::domain::phone::PhoneIssue;
use crate::domain::plan::{Problem, Said};

/// Parsed once on first use.
pub fn messages() -> &'static Messages {
    &super::bundle().messages.messages
}

impl Messages {
    /// What is wrong with a phone number.
    pub fn phone(&self, issue: PhoneIssue) -> String {
        let t = &self.phone_number;
        let text = match issue {
            PhoneIssue::HasLetters => &t.has_letters,
            PhoneIssue::StrangeCharacters => &t.strange_characters,
            PhoneIssue::NoDigits => &t.no_digits,
            PhoneIssue::TooManyDigits => &t.too_many_digits,
            PhoneIssue::NoLongerInUse => &t.no_longer_in_use,
            PhoneIssue::WrongLength { digits } => {
                return fill(&t.wrong_length, "digits", &digits.to_string())
            }
            PhoneIssue::LocalNumberWithoutAreaCode => &t.local_number_without_area_code,
            PhoneIssue::MissingLeadingZero => &t.missing_leading_zero,
            PhoneIssue::PremiumRate => &t.premium_rate,
            PhoneIssue::PersonalNumber => &t.personal_number,
            PhoneIssue::Pager => &t.pager,
            PhoneIssue::UnusualStart => &t.unusual_start,
            PhoneIssue::NotUk => &t.not_uk,
        };
        text.clone()
    }

    /// The month's name (1 to 12), or an empty string.
    pub fn month(&self, month: u8) -> &str {
        self.date
            .months
            .get(usize::from(month).wrapping_sub(1))
            .map_or("", String::as_str)
    }

    /// Why a typed date could not be read.
    pub fn date_problem(&self, problem: DateProblem) -> String {
        let t = &self.date;
        match problem {
            DateProblem::NotADate => t.not_a_date.clone(),
            DateProblem::ShortYear => t.short_year.clone(),
            DateProblem::NoSuchMonth => t.no_such_month.clone(),
            DateProblem::NoSuchDay { month, year } => {
                let days = days_in_month(month, year).to_string();
                let text = if month == 2 {
                    fill(&t.no_such_day_february, "year", &year.to_string())
                } else {
                    fill(&t.no_such_day, "month", self.month(month))
                };
                fill(&text, "days", &days)
            }
            DateProblem::YearOutOfRange => t.year_out_of_range.clone(),
        }
    }

    /// A date as the carer reads it: "3 April 1950".
    pub fn date(&self, date: Date) -> String {
        let text = fill(&self.date.written, "day", &date.day.to_string());
        let text = fill(&text, "month", self.month(date.month));
        fill(&text, "year", &date.year.to_string())
    }

    /// What to tell the carer about a problem in a form.
    pub fn problem<F>(&self, problem: &Problem<F>) -> String {
        self.said(&problem.said)
    }

    pub fn said(&self, said: &Said) -> String {
        let t = &self.plan;
        match said {
            Said::AccessCode => t.access_code.clone(),
            Said::PhoneNotValid(issue) => self.phone(*issue),
            Said::PhoneUnusual(issue) => {
                format!("{} {}", self.phone(*issue), self.phone_number.keep_if_sure)
            }
            Said::DateUnreadable(problem) => self.date_problem(*problem),
            Said::StepInNeedsPhone { name } => fill(&t.step_in_needs_phone, "name", name),
            Said::StepInNeedsName => t.step_in_needs_name.clone(),
            Said::MedicineNeedsName => t.medicine_needs_name.clone(),
        }
    }

    /// What a document still needs.
    pub fn need(&self, need: &Need) -> String {
        let t = &document_pages().missing;
        match need {
            Need::PlanDeleted => t.plan_deleted.clone(),
            Need::CarerNameForGp => t.carer_name_for_gp.clone(),
            Need::CarerNameForEmployer => t.carer_name_for_employer.clone(),
            Need::CarerName => t.carer_name.clone(),
            Need::PersonName => t.person_name.clone(),
            Need::ContactPhone { name } => fill(&t.contact_phone, "name", name),
            Need::ContactPhoneCheck { name } => fill(&t.contact_phone_check, "name", name),
            Need::ContactName { phone } => fill(&t.contact_name, "phone", phone),
            Need::ContactForCard => t.contact_for_card.clone(),
            Need::ContactForPlan => t.contact_for_plan.clone(),
        }
    }
}
