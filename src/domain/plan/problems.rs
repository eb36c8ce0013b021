//! Problems: what the carer should fix or confirm before a page is saved.
//! A loaded file is put through the same checks (`domain::checks`).

use super::access_codes::find_access_codes;
use super::people::{AboutYou, AboutYouField};
use super::{is_blank_counted, EmergencyPlan, MedicineField, PlanField, StepInField};
use crate::choice_enum;
use crate::domain::dates::{parse_uk_date_counted, DateProblem};
use crate::domain::phone::{Phone, PhoneCheck, PhoneIssue};
use crate::domain::steps::Steps;

choice_enum!(
    /// What kind of thing looks wrong.
    ProblemKind {
        PhoneNotValid => "phone-not-valid",
        PhoneUnusual => "phone-unusual",
        DateUnreadable => "date-unreadable",
        AccessCode => "access-code",
        NeedsPhone => "needs-phone",
        NeedsName => "needs-name",
    }
);

/// Something in a form the carer should fix or, for an unusual phone
/// number, confirm.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem<F = PlanField> {
    pub field: F,
    pub kind: ProblemKind,
    /// What to tell the carer; the words are in the wording files
    /// (`content::messages`).
    pub said: Said,
}

/// What a problem tells the carer, with the values its words need.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Said {
    /// A key safe or alarm code: a printed plan can be left on a table or
    /// fridge, and a code on it is a way in for anyone.
    AccessCode,
    /// A number that cannot work.
    PhoneNotValid(PhoneIssue),
    /// A number that looks wrong: the carer may keep it if sure.
    PhoneUnusual(PhoneIssue),
    DateUnreadable(DateProblem),
    /// A person to step in with a name but no number.
    StepInNeedsPhone {
        name: String,
    },
    /// A person to step in with a number but no name.
    StepInNeedsName,
    /// A medicine with details but no name.
    MedicineNeedsName,
}

impl<F> Problem<F> {
    fn new(field: F, kind: ProblemKind, said: Said) -> Self {
        Problem { field, kind, said }
    }

    fn access_code(field: F) -> Self {
        Problem::new(field, ProblemKind::AccessCode, Said::AccessCode)
    }
}

fn phone_problem<F>(field: F, phone: &Phone, steps: &mut Steps) -> Option<Problem<F>> {
    match phone.attention_counted(steps)? {
        PhoneCheck::Questionable { issue, .. } => Some(Problem::new(
            field,
            ProblemKind::PhoneUnusual,
            Said::PhoneUnusual(issue),
        )),
        PhoneCheck::Invalid { issue } => Some(Problem::new(
            field,
            ProblemKind::PhoneNotValid,
            Said::PhoneNotValid(issue),
        )),
        PhoneCheck::Empty | PhoneCheck::Ok { .. } => None,
    }
}

/// Everything in a plan the carer should fix or confirm, in form order.
/// Empty fields are never a problem here: `documents::missing_for` says what
/// a printout needs. The form refuses to save a page with any of these, and
/// a loaded file is put through the same (`domain::checks`).
pub fn plan_problems(plan: &EmergencyPlan) -> Vec<Problem> {
    plan_problems_counted(plan, &mut Steps::default())
}

/// As `plan_problems`, counting the work (see `domain::steps`): a few steps
/// per character of the plan's text, however it is crafted.
pub fn plan_problems_counted(plan: &EmergencyPlan, steps: &mut Steps) -> Vec<Problem> {
    // Each list below is found in form order; merging them keeps that
    // order without sorting (a sort of many problems would not be linear).
    let mut dates = Vec::new();
    if !is_blank_counted(&plan.date_of_birth, steps) {
        if let Err(problem) = parse_uk_date_counted(&plan.date_of_birth, steps) {
            dates.push(Problem::new(
                PlanField::DateOfBirth,
                ProblemKind::DateUnreadable,
                Said::DateUnreadable(problem),
            ));
        }
    }

    let mut codes = Vec::new();
    for (field, text) in plan.text_fields() {
        // Who holds the keys is where a code is most likely, so there even a
        // bare number is refused.
        let in_keys = field == PlanField::KeyHolders;
        if !find_access_codes(text, in_keys, steps).is_empty() {
            codes.push(Problem::access_code(field));
        }
    }

    let mut phones = Vec::new();
    for (field, phone) in plan.phone_fields() {
        phones.extend(phone_problem(field, phone, steps));
    }

    let mut people = Vec::new();
    for (at, person) in plan.step_in.iter().enumerate() {
        let has_name = !is_blank_counted(&person.name, steps);
        let has_phone = !is_blank_counted(&person.phone.number, steps);
        if has_name && !has_phone {
            steps.add(person.name.len());
            people.push(Problem::new(
                PlanField::StepIn(at, StepInField::Phone),
                ProblemKind::NeedsPhone,
                Said::StepInNeedsPhone {
                    name: person.name.trim().to_owned(),
                },
            ));
        }
        if !has_name && has_phone {
            people.push(Problem::new(
                PlanField::StepIn(at, StepInField::Name),
                ProblemKind::NeedsName,
                Said::StepInNeedsName,
            ));
        }
    }

    let mut medicines = Vec::new();
    for (at, medicine) in plan.medicines.iter().enumerate() {
        let has_details = [&medicine.dose, &medicine.when, &medicine.where_kept]
            .iter()
            .any(|text| !is_blank_counted(text, steps));
        if is_blank_counted(&medicine.name, steps) && has_details {
            medicines.push(Problem::new(
                PlanField::Medicine(at, MedicineField::Name),
                ProblemKind::NeedsName,
                Said::MedicineNeedsName,
            ));
        }
    }

    // Stable: two problems on one field keep the order they were found in.
    [codes, phones, people, medicines]
        .into_iter()
        .fold(dates, |merged, next| {
            merge_in_form_order(merged, next, steps)
        })
}

/// Merges two lists of problems, each in form order, into one in form
/// order; on the same field, `first`'s problems come first.
fn merge_in_form_order<F: Ord + Copy>(
    first: Vec<Problem<F>>,
    second: Vec<Problem<F>>,
    steps: &mut Steps,
) -> Vec<Problem<F>> {
    let mut merged = Vec::with_capacity(first.len() + second.len());
    let mut first = first.into_iter().peekable();
    let mut second = second.into_iter().peekable();
    loop {
        steps.add(1);
        let take_second = match (first.peek(), second.peek()) {
            (Some(a), Some(b)) => b.field < a.field,
            (Some(_), None) => false,
            (None, Some(_)) => true,
            (None, None) => return merged,
        };
        merged.extend(if take_second {
            second.next()
        } else {
            first.next()
        });
    }
}

/// What looks wrong in the carer's own details.
pub fn about_you_problems(about: &AboutYou) -> Vec<Problem<AboutYouField>> {
    about_you_problems_counted(about, &mut Steps::default())
}

/// As `about_you_problems`, counting the work (see `domain::steps`).
pub fn about_you_problems_counted(
    about: &AboutYou,
    steps: &mut Steps,
) -> Vec<Problem<AboutYouField>> {
    let mut problems = Vec::new();
    for (field, text) in about_you_texts(about) {
        if !find_access_codes(text, false, steps).is_empty() {
            problems.push(Problem::access_code(field));
        }
    }
    if let Some(problem) = phone_problem(AboutYouField::Phone, &about.phone, steps) {
        problems.push(problem);
    }
    // At most five, so the small sort is quick.
    crate::domain::small_sort::sort_small_by_key(&mut problems, |problem| problem.field);
    problems
}

/// The carer's own free-text fields, with where they are.
fn about_you_texts(about: &AboutYou) -> [(AboutYouField, &String); 4] {
    [
        (AboutYouField::Name, &about.name),
        (AboutYouField::Address, &about.address),
        (AboutYouField::GpPractice, &about.gp_practice),
        (AboutYouField::Employer, &about.employer),
    ]
}
