//! The people in a plan: who can step in, the professionals involved, the
//! GP and pharmacy, the person's own description, and the carer's own
//! details (for the passport and letters).

use super::{is_blank, EmergencyPlan};
use crate::choice_enum;
use crate::domain::phone::Phone;

crate::record_struct! {
/// A name and a phone number, for the GP practice and the pharmacy.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Contact {
    pub name: String,
    pub phone: Phone,
}
}

crate::record_struct! {
/// A nurse, social worker, consultant or other professional involved.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Professional {
    pub role: String,
    pub name: String,
    pub phone: Phone,
}
}

crate::record_struct! {
/// Someone who could step in if the carer cannot care.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct StepInPerson {
    pub name: String,
    pub relationship: String,
    pub phone: Phone,
    pub agreed_to_be_contacted: bool,
    pub has_key: bool,
    pub can_provide_care: bool,
}
}

impl StepInPerson {
    /// Has a name and a phone number someone could ring.
    pub fn can_be_called(&self) -> bool {
        !is_blank(&self.name) && self.phone.is_usable()
    }
}

/// Words in front of a name that are not a first name.
const TITLES: &[&str] = &[
    "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "dame", "rev", "lady", "lord",
];

impl EmergencyPlan {
    /// The name to use in sentences: "Joan" from "Mrs Joan Smith". A title
    /// with only a surname ("Mrs Smith") is kept whole, as is "Mum".
    pub fn first_name(&self) -> Option<&str> {
        let mut words = self.name.split_whitespace();
        let first = words.next()?;
        let is_title = TITLES.contains(&first.trim_end_matches('.').to_ascii_lowercase().as_str());
        let rest: Vec<&str> = words.collect();
        match (is_title, rest.as_slice()) {
            (true, [given, _surname, ..]) => Some(*given),
            (true, _) => Some(self.name.trim()),
            (false, _) => Some(first),
        }
    }

    /// People who can step in and have a phone number someone could ring.
    pub fn callable_step_in(&self) -> impl Iterator<Item = &StepInPerson> {
        self.step_in.iter().filter(|person| person.can_be_called())
    }

    /// Up to two people for the wallet card, those who have agreed to be
    /// contacted first, otherwise in the carer's order.
    pub fn wallet_card_contacts(&self) -> Vec<&StepInPerson> {
        let (agreed, not_yet): (Vec<_>, Vec<_>) = self
            .callable_step_in()
            .partition(|person| person.agreed_to_be_contacted);
        agreed.into_iter().chain(not_yet).take(2).collect()
    }
}

crate::record_struct! {
/// About the carer themself. Used by the passport, the wallet card and the
/// ready-made letters.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct AboutYou {
    pub name: String,
    pub phone: Phone,
    pub address: String,
    pub gp_practice: String,
    pub employer: String,
}
}

choice_enum!(
    /// A field of `AboutYou`. The id is the form field's anchor.
    AboutYouField {
        Name => "about-you-name",
        Phone => "about-you-phone",
        Address => "about-you-address",
        GpPractice => "about-you-gp-practice",
        Employer => "about-you-employer",
    }
);

impl AboutYou {
    /// A free-text field to change, by where it is; `None` for the phone.
    pub fn text_mut(&mut self, field: AboutYouField) -> Option<&mut String> {
        match field {
            AboutYouField::Name => Some(&mut self.name),
            AboutYouField::Address => Some(&mut self.address),
            AboutYouField::GpPractice => Some(&mut self.gp_practice),
            AboutYouField::Employer => Some(&mut self.employer),
            AboutYouField::Phone => None,
        }
    }
}
