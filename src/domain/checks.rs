//! What the forms refuse, applied to answers that did not come through the
//! forms: a file the carer loads.
//!
//! Each form checks what is typed with one function (`plan::plan_problems`,
//! `plan::about_you_problems`, `journey::validate`) and saves nothing while
//! it finds a problem. A file could hold anything, so it is put through the
//! very same functions, and whatever they refuse is taken out before the
//! answers are used, with a note of where:
//! - key safe or alarm codes: the code's digits (the words around stay);
//! - phone numbers that do not work, or unusual ones the carer has not said
//!   to keep: the number;
//! - a date of birth that cannot be read: the date;
//! - part 1 answers that cannot go together ("none" with other tasks): the
//!   answer, so the question is asked again;
//! - plan ids that are repeated or at the limit: the plans are numbered
//!   again (`plan::make_plan_ids_usable`).
//!
//! A person to step in without a phone number, or a medicine without a
//! name, is something missing rather than something wrong: nothing is taken
//! out (that would lose what was typed), and the carer is told to finish it
//! (`documents::loaded` words the message).

use crate::domain::answers::Answers;
use crate::domain::journey::{selected, validate, QuestionId};
use crate::domain::phone::Phone;
use crate::domain::plan::{
    about_you_problems, make_plan_ids_usable, plan_problems, without_access_codes, AboutYou,
    AboutYouField, EmergencyPlan, PlanField, Problem, ProblemKind,
};
use crate::domain::steps::Steps;

/// Where something refused was.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Place {
    Question(QuestionId),
    AboutYou(AboutYouField),
    /// A plan, by its place in the list (from 0), and the field.
    Plan(usize, PlanField),
}

/// Something a form would have refused, found in answers from a file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Refused {
    pub place: Place,
    /// What was wrong; `None` for a part 1 answer (see `journey::validate`).
    pub kind: Option<ProblemKind>,
    /// Taken out (true), or kept because it is only unfinished (false).
    pub removed: bool,
}

/// Puts answers that did not come through the forms through the forms'
/// own checks, and takes out everything they refuse (see the module's
/// notes). Returns what was found, in the order of the journey. Afterwards
/// the forms' checks find nothing but unfinished rows.
pub fn refuse_what_the_forms_refuse(answers: &mut Answers) -> Vec<Refused> {
    let mut refused = Vec::new();
    for &question in QuestionId::ALL {
        let chosen = selected(&answers.carer, question);
        if !chosen.is_empty() && validate(question, &chosen).is_err() {
            answers.carer.set(question, &[]);
            refused.push(Refused {
                place: Place::Question(question),
                kind: None,
                removed: true,
            });
        }
    }
    for (problem, removed) in refuse_in_about_you(&mut answers.about_you) {
        refused.push(Refused {
            place: Place::AboutYou(problem.field),
            kind: Some(problem.kind),
            removed,
        });
    }
    make_plan_ids_usable(&mut answers.plans);
    for (at, plan) in answers.plans.iter_mut().enumerate() {
        for (problem, removed) in refuse_in_plan(plan) {
            refused.push(Refused {
                place: Place::Plan(at, problem.field),
                kind: Some(problem.kind),
                removed,
            });
        }
    }
    refused
}

/// Takes out of a plan what `plan_problems` refuses; each problem found,
/// and whether its value was taken out.
pub fn refuse_in_plan(plan: &mut EmergencyPlan) -> Vec<(Problem, bool)> {
    plan_problems(plan)
        .into_iter()
        .map(|problem| {
            let removed = remove_from_plan(plan, &problem);
            (problem, removed)
        })
        .collect()
}

/// Takes out of the carer's details what `about_you_problems` refuses.
pub fn refuse_in_about_you(about: &mut AboutYou) -> Vec<(Problem<AboutYouField>, bool)> {
    about_you_problems(about)
        .into_iter()
        .map(|problem| {
            let removed = remove_from_about_you(about, &problem);
            (problem, removed)
        })
        .collect()
}

/// The plan as the documents may print it: without anything the form
/// refuses. Answers in memory came through the forms or a checked file, so
/// this changes nothing unless something got past both; a document must
/// never print a code even then.
pub fn printable_plan(plan: &EmergencyPlan) -> EmergencyPlan {
    let mut plan = plan.clone();
    refuse_in_plan(&mut plan);
    plan
}

/// The carer's details as the documents may print them (as `printable_plan`).
pub fn printable_about_you(about: &AboutYou) -> AboutYou {
    let mut about = about.clone();
    refuse_in_about_you(&mut about);
    about
}

/// Takes out the refused value a problem is about; false when the problem
/// is something missing, which is kept.
fn remove_refused(
    kind: ProblemKind,
    text: Option<&mut String>,
    phone: Option<&mut Phone>,
    bare_numbers_count: bool,
) -> bool {
    match (kind, text, phone) {
        (ProblemKind::AccessCode, Some(text), _) => {
            *text = without_access_codes(text, bare_numbers_count, &mut Steps::default());
            true
        }
        (ProblemKind::DateUnreadable, Some(text), _) => {
            text.clear();
            true
        }
        (ProblemKind::PhoneNotValid | ProblemKind::PhoneUnusual, _, Some(phone)) => {
            *phone = Phone::default();
            true
        }
        _ => false,
    }
}

fn remove_from_about_you(about: &mut AboutYou, problem: &Problem<AboutYouField>) -> bool {
    if problem.field == AboutYouField::Phone {
        remove_refused(problem.kind, None, Some(&mut about.phone), false)
    } else {
        remove_refused(problem.kind, about.text_mut(problem.field), None, false)
    }
}

fn remove_from_plan(plan: &mut EmergencyPlan, problem: &Problem) -> bool {
    let keys = problem.field == PlanField::KeyHolders;
    if plan.phone_mut(problem.field).is_some() {
        remove_refused(problem.kind, None, plan.phone_mut(problem.field), keys)
    } else {
        remove_refused(problem.kind, plan.text_mut(problem.field), None, keys)
    }
}
