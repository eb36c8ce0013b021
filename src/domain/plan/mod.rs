//! Part 3, the emergency plan: what happens to the person cared for if the
//! carer is suddenly ill or in hospital. One plan per person cared for.
//!
//! Everything is optional while the carer writes; `documents` decides what a
//! printout cannot be made without. The plan is split by concern:
//!
//! - `people`, `medicines`, `routines`: the parts of a plan and what they say;
//! - `fields`: every field by name, and the one table of which page asks it;
//! - `edits`: reading and changing a field or a row, as the pages do;
//! - `access_codes`: refusing key safe and alarm codes;
//! - `problems`: what looks wrong (`plan_problems`);
//! - `progress`: how far along a plan is (`plan_status`) and what is missing
//!   from the arrangements themselves (`plan_gaps`, for signposting).
//!
//! Dates of birth are read by `domain::dates`.

mod access_codes;
mod edits;
mod fields;
mod medicines;
mod people;
mod problems;
mod progress;
mod routines;

pub use access_codes::{
    find_access_code, find_access_code_in_keys, find_access_codes, without_access_codes, AccessCode,
};
pub use edits::{Value, ROWS_TO_START_WITH};
pub use fields::{
    section_items, Item, ListKind, MedicineField, PlanField, ProfessionalField, StepInField,
};
pub use medicines::Medicine;
pub use people::{AboutYou, AboutYouField, Contact, Professional, StepInPerson};
pub use problems::{
    about_you_problems, about_you_problems_counted, plan_problems, plan_problems_counted, Problem,
    ProblemKind, Said,
};
pub use progress::{plan_gaps, plan_status, PlanGap, PlanStatus, STEP_IN_PEOPLE_FOR_COMPLETED};
pub use routines::{AdvanceCarePlan, Description, LeftAlone, PowerOfAttorney, YesNoNotSure};

use crate::domain::dates::{parse_uk_date, Date};

crate::record_struct! {
/// One emergency plan, for one person cared for. Fields are in the order the
/// form asks them.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct EmergencyPlan {
    /// Stable within the carer's list of plans, so the pages can address it.
    pub id: u32,

    pub name: String,
    /// As typed; `EmergencyPlan::date_of_birth()` reads it.
    pub date_of_birth: String,
    pub address: String,
    pub conditions: String,
    pub allergies: String,

    /// Ticked when the person takes no medicines, so an empty list is an answer.
    pub takes_no_medicines: bool,
    pub medicines: Vec<Medicine>,
    /// Where the medicines are kept, when they are all in one place.
    pub medicines_kept: String,
    pub pharmacy: Contact,

    pub gp: Contact,
    pub professionals: Vec<Professional>,

    pub communication: String,
    pub mobility: String,
    pub continence: String,
    pub eating: String,
    pub daily_routine: String,
    pub calms: String,
    pub upsets: String,
    pub equipment: String,
    pub left_alone: Option<LeftAlone>,

    pub may_wander: Option<YesNoNotSure>,
    pub description: Description,
    pub habits: String,
    pub places_they_go: String,

    pub step_in: Vec<StepInPerson>,

    /// Who holds keys. Never a key safe or alarm code: see `find_access_code`.
    pub key_holders: String,
    pub pets: String,
    pub documents_kept: String,

    pub lpa_health: PowerOfAttorney,
    pub lpa_property: PowerOfAttorney,
    pub advance_care_plan: AdvanceCarePlan,

    pub hospital_bag: Vec<String>,
}
}

impl EmergencyPlan {
    pub fn new(id: u32) -> Self {
        EmergencyPlan {
            id,
            ..EmergencyPlan::default()
        }
    }

    pub fn date_of_birth(&self) -> Option<Date> {
        parse_uk_date(&self.date_of_birth).ok()
    }
}

// ---------------------------------------------------------------------------
// The carer's list of plans.

/// The id for a new plan: one more than the largest in use. If that would
/// go past the largest id there is (only a crafted file can put one there),
/// the smallest id not in use. Never an id a plan already has, so "Add
/// another person" can never open someone else's plan.
pub fn next_plan_id(plans: &[EmergencyPlan]) -> u32 {
    let largest = plans.iter().map(|plan| plan.id).max().unwrap_or(0);
    largest
        .checked_add(1)
        .unwrap_or_else(|| smallest_free_id(plans))
}

/// The smallest id from 1 that no plan has. Of the ids 1 to one more than
/// the number of plans, at least one is free.
fn smallest_free_id(plans: &[EmergencyPlan]) -> u32 {
    let mut used = vec![false; plans.len() + 2];
    for plan in plans {
        if let Some(slot) = usize::try_from(plan.id)
            .ok()
            .and_then(|at| used.get_mut(at))
        {
            *slot = true;
        }
    }
    (1..used.len())
        .find(|&at| !used[at])
        .and_then(|at| u32::try_from(at).ok())
        .unwrap_or(1)
}

/// Makes plan ids usable after they were read from a file or storage:
/// different from each other, and below the largest id there is, so adding
/// a plan always has room. Plans this app wrote already are (it
/// only ever adds one more than the largest), and are left as they are;
/// otherwise the plans are numbered 1, 2, 3 … in their order. Returns
/// whether anything changed.
pub fn make_plan_ids_usable(plans: &mut [EmergencyPlan]) -> bool {
    let increasing = plans.windows(2).all(|pair| pair[0].id < pair[1].id);
    let below_limit = plans.iter().all(|plan| plan.id != u32::MAX);
    if increasing && below_limit {
        return false;
    }
    for (plan, id) in plans.iter_mut().zip(1u32..) {
        plan.id = id;
    }
    true
}

/// Adds an empty plan and returns its id.
pub fn add_plan(plans: &mut Vec<EmergencyPlan>) -> u32 {
    let id = next_plan_id(plans);
    plans.push(EmergencyPlan::new(id));
    id
}

/// Removes the plan with this id, returning it (so the page can offer
/// "undo"), or `None` if there was no such plan.
pub fn remove_plan(plans: &mut Vec<EmergencyPlan>, id: u32) -> Option<EmergencyPlan> {
    let at = plans.iter().position(|plan| plan.id == id)?;
    Some(plans.remove(at))
}

pub fn find_plan(plans: &[EmergencyPlan], id: u32) -> Option<&EmergencyPlan> {
    plans.iter().find(|plan| plan.id == id)
}

pub fn find_plan_mut(plans: &mut [EmergencyPlan], id: u32) -> Option<&mut EmergencyPlan> {
    plans.iter_mut().find(|plan| plan.id == id)
}

fn is_blank(text: &str) -> bool {
    text.trim().is_empty()
}

fn is_blank_counted(text: &str, steps: &mut crate::domain::steps::Steps) -> bool {
    steps.add(text.len());
    is_blank(text)
}
