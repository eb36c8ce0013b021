//! What each printable document cannot be made without, and a plain list of
//! what is missing, each item pointing at the field that would fill it.
//!
//! Everything else is optional: a document leaves out what it does not have.

use crate::choice_enum;
use crate::domain::plan::{
    find_plan, AboutYou, AboutYouField, EmergencyPlan, PlanField, StepInField,
};

/// A printable document. Plans and cards are per person cared for, by plan id.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Document {
    Passport,
    EmergencyPlan(u32),
    WalletCard(u32),
    HelpList,
    GpLetter,
    EmployerLetter,
    AssessmentList,
}

choice_enum!(
    /// Something a document cannot be made without.
    Requirement {
        /// The carer's own name.
        CarerName => "carer-name",
        /// The cared-for person's first name.
        PersonFirstName => "person-first-name",
        /// At least one person who can step in, with a name and a phone
        /// number someone could ring.
        SomeoneToContact => "someone-to-contact",
    }
);

impl Document {
    /// What the document cannot be made without. The help list and the
    /// assessment list are built from whatever has been answered.
    pub fn needs(self) -> &'static [Requirement] {
        match self {
            Document::Passport | Document::GpLetter | Document::EmployerLetter => {
                &[Requirement::CarerName]
            }
            Document::EmergencyPlan(_) | Document::WalletCard(_) => {
                &[Requirement::PersonFirstName, Requirement::SomeoneToContact]
            }
            Document::HelpList | Document::AssessmentList => &[],
        }
    }

    pub fn plan_id(self) -> Option<u32> {
        match self {
            Document::EmergencyPlan(id) | Document::WalletCard(id) => Some(id),
            _ => None,
        }
    }

    /// A stable name for addresses: "passport", "plan-2", "card-2".
    pub fn key(self) -> String {
        match self {
            Document::Passport => String::from("passport"),
            Document::EmergencyPlan(id) => format!("plan-{id}"),
            Document::WalletCard(id) => format!("card-{id}"),
            Document::HelpList => String::from("help"),
            Document::GpLetter => String::from("gp-letter"),
            Document::EmployerLetter => String::from("employer-letter"),
            Document::AssessmentList => String::from("assessment-list"),
        }
    }

    pub fn from_key(key: &str) -> Option<Document> {
        let plan_id = |rest: &str| rest.parse::<u32>().ok();
        match key {
            "passport" => Some(Document::Passport),
            "help" => Some(Document::HelpList),
            "gp-letter" => Some(Document::GpLetter),
            "employer-letter" => Some(Document::EmployerLetter),
            "assessment-list" => Some(Document::AssessmentList),
            _ => {
                if let Some(id) = key.strip_prefix("plan-").and_then(plan_id) {
                    Some(Document::EmergencyPlan(id))
                } else {
                    key.strip_prefix("card-")
                        .and_then(plan_id)
                        .map(Document::WalletCard)
                }
            }
        }
    }
}

/// What the documents are made from. The store builds this from `Answers`.
#[derive(Clone, Copy, Debug)]
pub struct DocumentInputs<'a> {
    pub about_you: &'a AboutYou,
    pub plans: &'a [EmergencyPlan],
}

/// Where the carer can fill a gap.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Field {
    AboutYou(AboutYouField),
    /// The list of plans: the plan asked for no longer exists.
    Plans,
    Plan {
        plan: u32,
        field: PlanField,
    },
}

impl Field {
    /// A stable anchor for the field, e.g. "plan-2-step-in-0-phone".
    pub fn key(self) -> String {
        match self {
            Field::AboutYou(field) => field.id().to_string(),
            Field::Plans => String::from("plans"),
            Field::Plan { plan, field } => format!("plan-{plan}-{}", field.key()),
        }
    }
}

/// One thing a document needs, and where to add it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Missing {
    pub field: Field,
    /// What to tell the carer; the words are in the wording files
    /// (`content::document_pages`, `[missing]`).
    pub need: Need,
}

/// What a document still needs, with the values its words need.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Need {
    /// The plan asked for has been deleted.
    PlanDeleted,
    /// The carer's name, for a letter to their GP practice.
    CarerNameForGp,
    /// The carer's name, for a request to their employer.
    CarerNameForEmployer,
    /// The carer's name, for their passport.
    CarerName,
    /// The first name of the person cared for.
    PersonName,
    /// A phone number for the person to step in with this name.
    ContactPhone { name: String },
    /// The number given for this person cannot be rung.
    ContactPhoneCheck { name: String },
    /// A name for the person to step in with this number.
    ContactName { phone: String },
    /// Someone to contact, for the wallet card.
    ContactForCard,
    /// Someone who could step in, for the emergency plan.
    ContactForPlan,
}

impl Missing {
    fn new(field: Field, need: Need) -> Self {
        Missing { field, need }
    }
}

/// Whether the document can be made now.
pub fn can_make(document: Document, inputs: &DocumentInputs) -> bool {
    missing_for(document, inputs).is_empty()
}

/// What the document still needs, in the order to fix it. Empty when it
/// can be made.
pub fn missing_for(document: Document, inputs: &DocumentInputs) -> Vec<Missing> {
    let plan = match document.plan_id() {
        Some(id) => match find_plan(inputs.plans, id) {
            Some(plan) => Some(plan),
            None => return vec![Missing::new(Field::Plans, Need::PlanDeleted)],
        },
        None => None,
    };
    document
        .needs()
        .iter()
        .filter_map(|&requirement| match (requirement, plan) {
            (Requirement::CarerName, _) => missing_carer_name(document, inputs.about_you),
            (Requirement::PersonFirstName, Some(plan)) => missing_first_name(plan),
            (Requirement::SomeoneToContact, Some(plan)) => missing_contact(document, plan),
            // Only plan documents need these, and they always have a plan.
            (Requirement::PersonFirstName | Requirement::SomeoneToContact, None) => None,
        })
        .collect()
}

fn missing_carer_name(document: Document, about_you: &AboutYou) -> Option<Missing> {
    if !about_you.name.trim().is_empty() {
        return None;
    }
    let need = match document {
        Document::GpLetter => Need::CarerNameForGp,
        Document::EmployerLetter => Need::CarerNameForEmployer,
        _ => Need::CarerName,
    };
    Some(Missing::new(Field::AboutYou(AboutYouField::Name), need))
}

fn missing_first_name(plan: &EmergencyPlan) -> Option<Missing> {
    if plan.first_name().is_some() {
        return None;
    }
    Some(Missing::new(
        Field::Plan {
            plan: plan.id,
            field: PlanField::Name,
        },
        Need::PersonName,
    ))
}

/// Points at the person nearest to being reachable, so the carer fixes one
/// row rather than adding a new one.
fn missing_contact(document: Document, plan: &EmergencyPlan) -> Option<Missing> {
    if plan.callable_step_in().next().is_some() {
        return None;
    }
    let at = |at: usize, field: StepInField| Field::Plan {
        plan: plan.id,
        field: PlanField::StepIn(at, field),
    };
    for (row, person) in plan.step_in.iter().enumerate() {
        let name = person.name.trim();
        let missing = match (name.is_empty(), person.phone.is_empty()) {
            (true, true) => continue,
            (false, true) => Missing::new(
                at(row, StepInField::Phone),
                Need::ContactPhone {
                    name: name.to_owned(),
                },
            ),
            (false, false) => Missing::new(
                at(row, StepInField::Phone),
                Need::ContactPhoneCheck {
                    name: name.to_owned(),
                },
            ),
            (true, false) => Missing::new(
                at(row, StepInField::Name),
                Need::ContactName {
                    phone: person.phone.display(),
                },
            ),
        };
        return Some(missing);
    }
    let need = match document {
        Document::WalletCard(_) => Need::ContactForCard,
        _ => Need::ContactForPlan,
    };
    Some(Missing::new(
        Field::Plan {
            plan: plan.id,
            field: PlanField::StepInPeople,
        },
        need,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_document_key_reads_back() {
        let documents = [
            Document::Passport,
            Document::EmergencyPlan(1),
            Document::WalletCard(42),
            Document::HelpList,
            Document::GpLetter,
            Document::EmployerLetter,
            Document::AssessmentList,
        ];
        for document in documents {
            assert_eq!(Document::from_key(&document.key()), Some(document));
        }
        assert_eq!(Document::from_key("plan-"), None);
        assert_eq!(Document::from_key("card-x"), None);
        assert_eq!(Document::from_key("nope"), None);
    }
}
