//! Part 3, the emergency plan: what happens to the person cared for if the
//! carer is suddenly ill or in hospital. One plan per person cared for.
//!
//! Everything is optional while the carer writes; `documents` decides what a
//! printout cannot be made without. This module says what looks wrong
//! (`plan_problems`), how far along a plan is (`plan_status`) and what is
//! missing from the arrangements themselves (`plan_gaps`, for signposting).

use crate::choice_enum;
use crate::domain::phone::{check_phone_counted, Phone, PhoneCheck, PhoneIssue};
use crate::domain::steps::Steps;

choice_enum!(
    /// A yes/no question where "not sure" is an honest answer.
    YesNoNotSure { Yes => "yes", No => "no", NotSure => "not-sure" }
);

choice_enum!(
    /// How long the person can safely be left alone.
    LeftAlone {
        NotAtAll => "not-at-all",
        UpToAnHour => "up-to-an-hour",
        FewHours => "a-few-hours",
        MostOfTheDay => "most-of-the-day",
        Overnight => "overnight",
        NotSure => "not-sure",
    }
);

crate::record_struct! {
/// A name and a phone number, for the GP practice and the pharmacy.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Contact {
    pub name: String,
    pub phone: Phone,
}
}

crate::record_struct! {
/// One medicine the person takes.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Medicine {
    pub name: String,
    pub dose: String,
    pub when: String,
    /// Only if it is not kept with the others (`EmergencyPlan::medicines_kept`).
    pub where_kept: String,
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

crate::record_struct! {
/// What the police ask for when a vulnerable person goes missing.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Description {
    pub height: String,
    pub build: String,
    pub hair: String,
    pub usual_clothes: String,
    pub distinguishing_features: String,
}
}

impl Description {
    pub fn is_blank(&self) -> bool {
        [
            &self.height,
            &self.build,
            &self.hair,
            &self.usual_clothes,
            &self.distinguishing_features,
        ]
        .iter()
        .all(|text| is_blank(text))
    }
}

crate::record_struct! {
/// Whether a lasting power of attorney is in place, and who holds it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PowerOfAttorney {
    pub in_place: Option<YesNoNotSure>,
    pub held_by: String,
}
}

crate::record_struct! {
/// Whether there is an advance care plan, and where it is kept.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct AdvanceCarePlan {
    pub in_place: Option<YesNoNotSure>,
    pub kept_where: String,
}
}

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

/// Words in front of a name that are not a first name.
const TITLES: &[&str] = &[
    "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "dame", "rev", "lady", "lord",
];

impl EmergencyPlan {
    pub fn new(id: u32) -> Self {
        EmergencyPlan {
            id,
            ..EmergencyPlan::default()
        }
    }

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

    pub fn date_of_birth(&self) -> Option<Date> {
        parse_uk_date(&self.date_of_birth).ok()
    }

    /// The medicines question is answered: there is a named medicine, or
    /// the carer ticked "takes no medicines".
    pub fn medicines_answered(&self) -> bool {
        self.takes_no_medicines || self.medicines.iter().any(|m| !is_blank(&m.name))
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

    /// Adds the suggested hospital bag items (from the wording files) the
    /// plan does not have yet. Returns how many were added.
    pub fn add_suggested_hospital_bag(&mut self, suggested: &[String]) -> usize {
        let mut added = 0;
        for item in suggested {
            let present = self
                .hospital_bag
                .iter()
                .any(|have| have.trim().eq_ignore_ascii_case(item));
            if !present {
                self.hospital_bag.push(item.clone());
                added += 1;
            }
        }
        added
    }

    /// Every free-text field, with where it is. Phone numbers are separate.
    pub fn text_fields(&self) -> Vec<(PlanField, &str)> {
        use PlanField as F;
        let mut fields: Vec<(PlanField, &str)> = vec![
            (F::Name, &self.name),
            (F::DateOfBirth, &self.date_of_birth),
            (F::Address, &self.address),
            (F::Conditions, &self.conditions),
            (F::Allergies, &self.allergies),
        ];
        for (at, medicine) in self.medicines.iter().enumerate() {
            fields.extend([
                (F::Medicine(at, MedicineField::Name), medicine.name.as_str()),
                (F::Medicine(at, MedicineField::Dose), &medicine.dose),
                (F::Medicine(at, MedicineField::When), &medicine.when),
                (
                    F::Medicine(at, MedicineField::WhereKept),
                    &medicine.where_kept,
                ),
            ]);
        }
        fields.extend([
            (F::MedicinesKept, self.medicines_kept.as_str()),
            (F::PharmacyName, &self.pharmacy.name),
            (F::GpName, &self.gp.name),
        ]);
        for (at, professional) in self.professionals.iter().enumerate() {
            fields.extend([
                (
                    F::Professional(at, ProfessionalField::Role),
                    professional.role.as_str(),
                ),
                (
                    F::Professional(at, ProfessionalField::Name),
                    &professional.name,
                ),
            ]);
        }
        fields.extend([
            (F::Communication, self.communication.as_str()),
            (F::Mobility, &self.mobility),
            (F::Continence, &self.continence),
            (F::Eating, &self.eating),
            (F::DailyRoutine, &self.daily_routine),
            (F::Calms, &self.calms),
            (F::Upsets, &self.upsets),
            (F::Equipment, &self.equipment),
            (F::Height, &self.description.height),
            (F::Build, &self.description.build),
            (F::Hair, &self.description.hair),
            (F::UsualClothes, &self.description.usual_clothes),
            (
                F::DistinguishingFeatures,
                &self.description.distinguishing_features,
            ),
            (F::Habits, &self.habits),
            (F::PlacesTheyGo, &self.places_they_go),
        ]);
        for (at, person) in self.step_in.iter().enumerate() {
            fields.extend([
                (F::StepIn(at, StepInField::Name), person.name.as_str()),
                (
                    F::StepIn(at, StepInField::Relationship),
                    &person.relationship,
                ),
            ]);
        }
        fields.extend([
            (F::KeyHolders, self.key_holders.as_str()),
            (F::Pets, &self.pets),
            (F::DocumentsKept, &self.documents_kept),
            (F::LpaHealthHeldBy, &self.lpa_health.held_by),
            (F::LpaPropertyHeldBy, &self.lpa_property.held_by),
            (F::AdvanceCarePlanKept, &self.advance_care_plan.kept_where),
        ]);
        for (at, item) in self.hospital_bag.iter().enumerate() {
            fields.push((F::HospitalBag(at), item));
        }
        fields
    }

    /// A free-text field to change, by where it is (as `text_fields`
    /// names it); `None` for other kinds of field or a row that is not there.
    pub fn text_mut(&mut self, field: PlanField) -> Option<&mut String> {
        use MedicineField as M;
        use PlanField as F;
        use ProfessionalField as P;
        use StepInField as S;
        Some(match field {
            F::Name => &mut self.name,
            F::DateOfBirth => &mut self.date_of_birth,
            F::Address => &mut self.address,
            F::Conditions => &mut self.conditions,
            F::Allergies => &mut self.allergies,
            F::Medicine(at, f) => {
                let m = self.medicines.get_mut(at)?;
                match f {
                    M::Name => &mut m.name,
                    M::Dose => &mut m.dose,
                    M::When => &mut m.when,
                    M::WhereKept => &mut m.where_kept,
                }
            }
            F::MedicinesKept => &mut self.medicines_kept,
            F::PharmacyName => &mut self.pharmacy.name,
            F::GpName => &mut self.gp.name,
            F::Professional(at, P::Role) => &mut self.professionals.get_mut(at)?.role,
            F::Professional(at, P::Name) => &mut self.professionals.get_mut(at)?.name,
            F::Communication => &mut self.communication,
            F::Mobility => &mut self.mobility,
            F::Continence => &mut self.continence,
            F::Eating => &mut self.eating,
            F::DailyRoutine => &mut self.daily_routine,
            F::Calms => &mut self.calms,
            F::Upsets => &mut self.upsets,
            F::Equipment => &mut self.equipment,
            F::Height => &mut self.description.height,
            F::Build => &mut self.description.build,
            F::Hair => &mut self.description.hair,
            F::UsualClothes => &mut self.description.usual_clothes,
            F::DistinguishingFeatures => &mut self.description.distinguishing_features,
            F::Habits => &mut self.habits,
            F::PlacesTheyGo => &mut self.places_they_go,
            F::StepIn(at, S::Name) => &mut self.step_in.get_mut(at)?.name,
            F::StepIn(at, S::Relationship) => &mut self.step_in.get_mut(at)?.relationship,
            F::KeyHolders => &mut self.key_holders,
            F::Pets => &mut self.pets,
            F::DocumentsKept => &mut self.documents_kept,
            F::LpaHealthHeldBy => &mut self.lpa_health.held_by,
            F::LpaPropertyHeldBy => &mut self.lpa_property.held_by,
            F::AdvanceCarePlanKept => &mut self.advance_care_plan.kept_where,
            F::HospitalBag(at) => self.hospital_bag.get_mut(at)?,
            _ => return None,
        })
    }

    /// A phone number field to change, by where it is (as `phone_fields`).
    pub fn phone_mut(&mut self, field: PlanField) -> Option<&mut Phone> {
        use PlanField as F;
        use ProfessionalField as P;
        use StepInField as S;
        Some(match field {
            F::PharmacyPhone => &mut self.pharmacy.phone,
            F::GpPhone => &mut self.gp.phone,
            F::Professional(at, P::Phone) => &mut self.professionals.get_mut(at)?.phone,
            F::StepIn(at, S::Phone) => &mut self.step_in.get_mut(at)?.phone,
            _ => return None,
        })
    }

    /// Every phone number field, with where it is.
    pub fn phone_fields(&self) -> Vec<(PlanField, &Phone)> {
        let mut fields = vec![
            (PlanField::PharmacyPhone, &self.pharmacy.phone),
            (PlanField::GpPhone, &self.gp.phone),
        ];
        for (at, professional) in self.professionals.iter().enumerate() {
            fields.push((
                PlanField::Professional(at, ProfessionalField::Phone),
                &professional.phone,
            ));
        }
        for (at, person) in self.step_in.iter().enumerate() {
            fields.push((PlanField::StepIn(at, StepInField::Phone), &person.phone));
        }
        fields
    }

    /// Nothing has been typed, chosen or ticked. Empty rows added with
    /// "add another" do not count as a start.
    pub fn is_blank(&self) -> bool {
        let nothing_chosen = self.left_alone.is_none()
            && self.may_wander.is_none()
            && self.lpa_health.in_place.is_none()
            && self.lpa_property.in_place.is_none()
            && self.advance_care_plan.in_place.is_none();
        let nothing_ticked = !self.takes_no_medicines
            && self.step_in.iter().all(|person| {
                !person.agreed_to_be_contacted && !person.has_key && !person.can_provide_care
            });
        nothing_chosen
            && nothing_ticked
            && self.text_fields().iter().all(|(_, text)| is_blank(text))
            && self
                .phone_fields()
                .iter()
                .all(|(_, phone)| phone.is_empty())
    }
}

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

// ---------------------------------------------------------------------------
// The carer's own details, for the passport and letters.

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
    super::small_sort::sort_small_by_key(&mut problems, |problem| problem.field);
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

// ---------------------------------------------------------------------------
// Where a field is, so a message can link to it.

choice_enum!(
    /// A field of one medicine.
    MedicineField { Name => "name", Dose => "dose", When => "when", WhereKept => "where-kept" }
);

choice_enum!(
    /// A field of one professional.
    ProfessionalField { Role => "role", Name => "name", Phone => "phone" }
);

choice_enum!(
    /// A field of one person who can step in.
    StepInField {
        Name => "name",
        Relationship => "relationship",
        Phone => "phone",
        AgreedToBeContacted => "agreed",
        HasKey => "has-key",
        CanProvideCare => "can-care",
    }
);

/// A field of an emergency plan. Variants are in the form's order, so sorting
/// by field sorts messages the way the carer meets them. Rows of repeatable
/// lists are counted from 0.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum PlanField {
    Name,
    DateOfBirth,
    Address,
    Conditions,
    Allergies,
    TakesNoMedicines,
    Medicine(usize, MedicineField),
    MedicinesKept,
    PharmacyName,
    PharmacyPhone,
    GpName,
    GpPhone,
    Professional(usize, ProfessionalField),
    Communication,
    Mobility,
    Continence,
    Eating,
    DailyRoutine,
    Calms,
    Upsets,
    Equipment,
    LeftAlone,
    MayWander,
    Height,
    Build,
    Hair,
    UsualClothes,
    DistinguishingFeatures,
    Habits,
    PlacesTheyGo,
    /// The list as a whole: "add a person".
    StepInPeople,
    StepIn(usize, StepInField),
    KeyHolders,
    Pets,
    DocumentsKept,
    LpaHealth,
    LpaHealthHeldBy,
    LpaProperty,
    LpaPropertyHeldBy,
    AdvanceCarePlan,
    AdvanceCarePlanKept,
    HospitalBag(usize),
}

impl PlanField {
    /// A stable anchor for the form field, e.g. "step-in-0-phone". Unique
    /// within one plan; the page adds the plan id to make it unique overall.
    pub fn key(self) -> String {
        let simple = match self {
            PlanField::Medicine(at, field) => return format!("medicine-{at}-{}", field.id()),
            PlanField::Professional(at, field) => {
                return format!("professional-{at}-{}", field.id())
            }
            PlanField::StepIn(at, field) => return format!("step-in-{at}-{}", field.id()),
            PlanField::HospitalBag(at) => return format!("hospital-bag-{at}"),
            PlanField::Name => "name",
            PlanField::DateOfBirth => "date-of-birth",
            PlanField::Address => "address",
            PlanField::Conditions => "conditions",
            PlanField::Allergies => "allergies",
            PlanField::TakesNoMedicines => "takes-no-medicines",
            PlanField::MedicinesKept => "medicines-kept",
            PlanField::PharmacyName => "pharmacy-name",
            PlanField::PharmacyPhone => "pharmacy-phone",
            PlanField::GpName => "gp-name",
            PlanField::GpPhone => "gp-phone",
            PlanField::Communication => "communication",
            PlanField::Mobility => "mobility",
            PlanField::Continence => "continence",
            PlanField::Eating => "eating",
            PlanField::DailyRoutine => "daily-routine",
            PlanField::Calms => "calms",
            PlanField::Upsets => "upsets",
            PlanField::Equipment => "equipment",
            PlanField::LeftAlone => "left-alone",
            PlanField::MayWander => "may-wander",
            PlanField::Height => "height",
            PlanField::Build => "build",
            PlanField::Hair => "hair",
            PlanField::UsualClothes => "usual-clothes",
            PlanField::DistinguishingFeatures => "distinguishing-features",
            PlanField::Habits => "habits",
            PlanField::PlacesTheyGo => "places-they-go",
            PlanField::StepInPeople => "step-in",
            PlanField::KeyHolders => "key-holders",
            PlanField::Pets => "pets",
            PlanField::DocumentsKept => "documents-kept",
            PlanField::LpaHealth => "lpa-health",
            PlanField::LpaHealthHeldBy => "lpa-health-held-by",
            PlanField::LpaProperty => "lpa-property",
            PlanField::LpaPropertyHeldBy => "lpa-property-held-by",
            PlanField::AdvanceCarePlan => "advance-care-plan",
            PlanField::AdvanceCarePlanKept => "advance-care-plan-kept",
        };
        simple.to_string()
    }
}

// ---------------------------------------------------------------------------
// Problems: what the carer should fix or confirm.

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

// ---------------------------------------------------------------------------
// Status and gaps.

choice_enum!(
    /// How far along a plan is, for the task list.
    PlanStatus {
        NotStarted => "not-started",
        InProgress => "in-progress",
        Completed => "completed",
    }
);

/// The fewest people who can step in for a plan to count as completed: one
/// person may be away or ill at the same time as the carer.
pub const STEP_IN_PEOPLE_FOR_COMPLETED: usize = 2;

/// - Not started: nothing typed, chosen or ticked.
/// - Completed: the plan covers what matters most in an emergency and has
///   nothing to fix: the person's name; their medicines (at least one
///   named medicine, or "takes no medicines" ticked); at least two people
///   who can step in, each with a name and a phone number someone could
///   ring; and no problems from `plan_problems`.
/// - In progress: anything in between.
pub fn plan_status(plan: &EmergencyPlan) -> PlanStatus {
    if plan.is_blank() {
        return PlanStatus::NotStarted;
    }
    let complete = plan.first_name().is_some()
        && plan.medicines_answered()
        && plan.callable_step_in().count() >= STEP_IN_PEOPLE_FOR_COMPLETED
        && plan_problems(plan).is_empty();
    if complete {
        PlanStatus::Completed
    } else {
        PlanStatus::InProgress
    }
}

choice_enum!(
    /// Something missing from the arrangements themselves (not just the
    /// form), which help and advice could fill. Ids match the signposting
    /// rules.
    PlanGap {
        NoOneToStepIn => "no-one-to-step-in",
        OnlyOneContact => "only-one-contact",
        NoContactHasAgreed => "no-contact-has-agreed",
        NoOneCanProvideCare => "no-one-can-provide-care",
        NoKeyHolder => "no-key-holder",
        CannotBeLeftAlone => "cannot-be-left-alone",
        MayWander => "may-wander",
        MayWanderNoDescription => "may-wander-no-description",
        NoPowerOfAttorney => "no-power-of-attorney",
        PowerOfAttorneyUnknown => "power-of-attorney-unknown",
        NoAdvanceCarePlan => "no-advance-care-plan",
        AdvanceCarePlanUnknown => "advance-care-plan-unknown",
        NoGpDetails => "no-gp-details",
        MedicinesNotListed => "medicines-not-listed",
    }
);

/// Gaps in the arrangements, in `PlanGap::ALL` order. A plan not started has
/// none: there is nothing yet to suggest help from. Questions not answered
/// are not taken as "no".
pub fn plan_gaps(plan: &EmergencyPlan) -> Vec<PlanGap> {
    if plan.is_blank() {
        return Vec::new();
    }
    let named: Vec<&StepInPerson> = plan
        .step_in
        .iter()
        .filter(|person| !is_blank(&person.name))
        .collect();
    let lpas = [plan.lpa_health.in_place, plan.lpa_property.in_place];
    let may_wander = matches!(
        plan.may_wander,
        Some(YesNoNotSure::Yes | YesNoNotSure::NotSure)
    );

    let checks = [
        (PlanGap::NoOneToStepIn, named.is_empty()),
        (PlanGap::OnlyOneContact, named.len() == 1),
        (
            PlanGap::NoContactHasAgreed,
            !named.is_empty() && !named.iter().any(|p| p.agreed_to_be_contacted),
        ),
        (
            PlanGap::NoOneCanProvideCare,
            !named.is_empty() && !named.iter().any(|p| p.can_provide_care),
        ),
        (
            PlanGap::NoKeyHolder,
            is_blank(&plan.key_holders) && !named.iter().any(|p| p.has_key),
        ),
        (
            PlanGap::CannotBeLeftAlone,
            plan.left_alone == Some(LeftAlone::NotAtAll),
        ),
        (
            PlanGap::MayWander,
            plan.may_wander == Some(YesNoNotSure::Yes),
        ),
        (
            PlanGap::MayWanderNoDescription,
            may_wander
                && plan.description.is_blank()
                && is_blank(&plan.habits)
                && is_blank(&plan.places_they_go),
        ),
        (
            PlanGap::NoPowerOfAttorney,
            lpas.contains(&Some(YesNoNotSure::No)),
        ),
        (
            PlanGap::PowerOfAttorneyUnknown,
            lpas.contains(&Some(YesNoNotSure::NotSure)),
        ),
        (
            PlanGap::NoAdvanceCarePlan,
            plan.advance_care_plan.in_place == Some(YesNoNotSure::No),
        ),
        (
            PlanGap::AdvanceCarePlanUnknown,
            plan.advance_care_plan.in_place == Some(YesNoNotSure::NotSure),
        ),
        (
            PlanGap::NoGpDetails,
            is_blank(&plan.gp.name) && plan.gp.phone.is_empty(),
        ),
        (PlanGap::MedicinesNotListed, !plan.medicines_answered()),
    ];
    checks
        .into_iter()
        .filter_map(|(gap, applies)| applies.then_some(gap))
        .collect()
}

fn is_blank(text: &str) -> bool {
    text.trim().is_empty()
}

fn is_blank_counted(text: &str, steps: &mut Steps) -> bool {
    steps.add(text.len());
    is_blank(text)
}

// ---------------------------------------------------------------------------
// Dates of birth, typed the UK way: day first.

/// A calendar date.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    // Field order makes the derived ordering chronological.
    pub year: u16,
    pub month: u8,
    pub day: u8,
}

/// The months' names as a carer may type them (`month_from_name`); the
/// names a carer reads are in the wording files.
const MONTH_NAMES: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// Why a typed date could not be read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DateProblem {
    NotADate,
    ShortYear,
    NoSuchMonth,
    NoSuchDay { month: u8, year: u16 },
    YearOutOfRange,
}

/// Years a date of birth can sensibly have. The upper bound is generous
/// because this code does not know today's date.
const YEARS: std::ops::RangeInclusive<u16> = 1900..=2100;

fn is_leap_year(year: u16) -> bool {
    (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400)
}

/// How many days the month has (1 to 12) in that year.
pub fn days_in_month(month: u8, year: u16) -> u8 {
    match month {
        2 if is_leap_year(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// One piece of a typed date.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum DatePart {
    Number {
        value: u32,
        digits: usize,
        ordinal: bool,
    },
    Month(u8),
}

fn read_date_part(piece: &str) -> Option<DatePart> {
    let digits = piece.chars().take_while(char::is_ascii_digit).count();
    if digits == 0 {
        return month_from_name(piece).map(DatePart::Month);
    }
    let (number, suffix) = piece.split_at(digits);
    let ordinal = match suffix {
        "" => false,
        "st" | "nd" | "rd" | "th" => true,
        _ => return None,
    };
    Some(DatePart::Number {
        value: number.parse().ok()?,
        digits,
        ordinal,
    })
}

/// "apr", "April", "sept": at least three letters of a month's name.
fn month_from_name(word: &str) -> Option<u8> {
    if word == "sept" {
        return Some(9);
    }
    if word.len() < 3 {
        return None;
    }
    let at = MONTH_NAMES.iter().position(|name| name.starts_with(word))?;
    u8::try_from(at + 1).ok()
}

/// Reads a UK-style date, day first: "3/4/1950", "03-04-1950", "3.4.1950",
/// "3 April 1950", "3rd of April 1950", "April 3, 1950", "03041950", and
/// "1950-04-03" (what a browser's date field gives).
pub fn parse_uk_date(text: &str) -> Result<Date, DateProblem> {
    parse_uk_date_counted(text, &mut Steps::default())
}

/// As `parse_uk_date`, counting its work: the text is read three times
/// (trimmed, lowercased, split), then each piece once more; what follows
/// works on at most three pieces.
pub fn parse_uk_date_counted(text: &str, steps: &mut Steps) -> Result<Date, DateProblem> {
    steps.add(3 * text.len());
    let lower = text.trim().to_ascii_lowercase();
    let pieces: Vec<&str> = lower
        .split(|c: char| c.is_whitespace() || matches!(c, '/' | '-' | '.' | ','))
        .filter(|piece| !piece.is_empty() && *piece != "of" && *piece != "the")
        .collect();
    let parts: Vec<DatePart> = pieces
        .iter()
        .map(|piece| {
            steps.add(piece.len() + 1);
            read_date_part(piece)
        })
        .collect::<Option<_>>()
        .ok_or(DateProblem::NotADate)?;

    use DatePart::{Month, Number};
    let (day, month, year) = match parts.as_slice() {
        // "03041950"
        [Number {
            value,
            digits: 8,
            ordinal: false,
        }] => {
            let day = Number {
                value: value / 1_000_000,
                digits: 2,
                ordinal: false,
            };
            let month = Number {
                value: value / 10_000 % 100,
                digits: 2,
                ordinal: false,
            };
            let year = Number {
                value: value % 10_000,
                digits: 4,
                ordinal: false,
            };
            (day, month, year)
        }
        [year @ Number { digits: 4, .. }, month @ Number { .. }, day @ Number { .. }] => {
            (*day, *month, *year)
        }
        [day @ Number { .. }, month @ (Number { .. } | Month(_)), year @ Number { .. }]
        | [month @ Month(_), day @ Number { .. }, year @ Number { .. }] => (*day, *month, *year),
        _ => return Err(DateProblem::NotADate),
    };

    let year = match year {
        Number { ordinal: true, .. } => return Err(DateProblem::NotADate),
        Number { digits: 1..=2, .. } => return Err(DateProblem::ShortYear),
        Number {
            value, digits: 4, ..
        } => u16::try_from(value)
            .ok()
            .filter(|year| YEARS.contains(year))
            .ok_or(DateProblem::YearOutOfRange)?,
        _ => return Err(DateProblem::YearOutOfRange),
    };
    let month = match month {
        Month(month) => month,
        Number { ordinal: true, .. } => return Err(DateProblem::NotADate),
        Number { value, .. } => u8::try_from(value)
            .ok()
            .filter(|month| (1..=12).contains(month))
            .ok_or(DateProblem::NoSuchMonth)?,
    };
    let day = match day {
        Number { value, .. } => u8::try_from(value)
            .ok()
            .filter(|day| (1..=days_in_month(month, year)).contains(day))
            .ok_or(DateProblem::NoSuchDay { month, year })?,
        Month(_) => return Err(DateProblem::NotADate),
    };
    Ok(Date { year, month, day })
}

// ---------------------------------------------------------------------------
// Refusing key safe, alarm and door codes.
//
// A printed plan can be left on a table, a fridge or a hospital locker. A
// code on it lets anyone in, so the form refuses codes and asks who holds a
// key instead. The search looks for a run of digits near a word like "code",
// "PIN" or "key safe", and lets through numbers that are clearly something
// else: phone numbers, times, years, doses, money and house numbers.

/// Where a code was found: a byte range of the text, so a page could point
/// at it. The code itself is never copied.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AccessCode {
    pub start: usize,
    pub end: usize,
}

/// The most words allowed between a code word and the code, both ways:
/// enough for "the code for the key safe by the back door is 1234".
const MOST_WORDS_BETWEEN: usize = 6;

/// Words that say a number nearby is a code.
const CODE_WORDS: &[&str] = &[
    "code",
    "codes",
    "pin",
    "pins",
    "passcode",
    "password",
    "keysafe",
    "keysafes",
    "keybox",
    "lockbox",
    "keypad",
    "alarm",
    "alarms",
    "combination",
    "combo",
    "padlock",
];

/// Two-word code phrases, "key safe" (also "key-safe").
const CODE_PHRASES: &[(&str, &str)] = &[
    ("key", "safe"),
    ("key", "safes"),
    ("key", "box"),
    ("lock", "box"),
];

/// A number straight after these is a phone number or extension.
const PHONE_WORDS: &[&str] = &[
    "call",
    "ring",
    "phone",
    "tel",
    "telephone",
    "mobile",
    "landline",
    "dial",
    "text",
    "ext",
    "extension",
];

/// A number like 0730 straight after these is a time.
const TIME_WORDS: &[&str] = &[
    "at", "from", "until", "till", "before", "after", "by", "around", "about", "between",
];

/// A number like 2019 straight after these is a year.
const YEAR_WORDS: &[&str] = &[
    "in",
    "since",
    "from",
    "until",
    "till",
    "of",
    "year",
    "circa",
    "back",
    "born",
    "before",
    "after",
    "fitted",
    "installed",
    "bought",
];

/// A number straight before these is an amount, a dose or a time.
const UNIT_WORDS: &[&str] = &[
    "am", "pm", "hrs", "hr", "hours", "hour", "h", "mins", "min", "minutes", "minute", "secs",
    "seconds", "days", "day", "weeks", "week", "months", "month", "years", "year", "yrs", "times",
    "mg", "ml", "mcg", "g", "kg", "lbs", "lb", "stone", "cm", "mm", "ft", "feet", "inches",
    "miles", "metres", "meters", "pounds", "pence", "p", "units", "o'clock", "percent",
];

/// A number a word or two before these is a house number.
const STREET_WORDS: &[&str] = &[
    "road",
    "rd",
    "street",
    "st",
    "avenue",
    "ave",
    "lane",
    "ln",
    "close",
    "drive",
    "dr",
    "way",
    "court",
    "ct",
    "crescent",
    "cres",
    "grove",
    "place",
    "pl",
    "gardens",
    "gdns",
    "terrace",
    "walk",
    "row",
    "square",
    "sq",
    "hill",
    "park",
    "mews",
    "view",
    "rise",
    "parade",
    "green",
    "boulevard",
    "cottages",
];

/// A number straight after these is a flat or house number.
const PLACE_WORDS: &[&str] = &["flat", "apartment", "house", "unit"];

/// Finds a likely key safe, alarm or door code: 3 to 8 digits near a word
/// like "code", "PIN", "key safe", "alarm", "combination" or "padlock".
pub fn find_access_code(text: &str) -> Option<AccessCode> {
    find_code(text, false)
}

/// As `find_access_code`, and also any bare 4 to 6 digit number that is
/// not clearly something else. For the "who holds keys" field, where a
/// number on its own is most likely a code.
pub fn find_access_code_in_keys(text: &str) -> Option<AccessCode> {
    find_code(text, true)
}

/// A word, lowercased, and its sentence.
struct Word {
    text: String,
    sentence: usize,
}

/// Digits, possibly in groups split by single spaces or dashes ("12 34").
struct DigitRun {
    digits: String,
    start: usize,
    end: usize,
    sentence: usize,
    /// How many words end before the run starts: the index of the first
    /// word after it. Known while scanning, so nothing is counted again.
    words_before: usize,
}

/// Every likely code in the text, in order. As `find_access_code`, or
/// `find_access_code_in_keys` when `bare_numbers_count`.
///
/// The work is a few steps per character whatever the text: each character
/// is read once, each digit run looks only at its own digits and at a fixed
/// window of words around it. `steps` counts that work (tests/plan.rs shows
/// the bound on crafted text of 200,000 characters), so no text typed or
/// loaded from a file can freeze the page.
pub fn find_access_codes(
    text: &str,
    bare_numbers_count: bool,
    steps: &mut Steps,
) -> Vec<AccessCode> {
    let (words, runs) = scan(text, steps);
    let starts = code_word_starts(&words, steps);
    let mut found = Vec::new();
    for run in &runs {
        steps.add(1);
        if is_something_else(text, run, &words, steps) {
            continue;
        }
        let count = run.digits.len();
        let near_code_word =
            (3..=8).contains(&count) && near_a_code_word(&words, &starts, run, steps);
        let bare = bare_numbers_count && (4..=6).contains(&count);
        if near_code_word || bare {
            found.push(AccessCode {
                start: run.start,
                end: run.end,
            });
        }
    }
    found
}

fn find_code(text: &str, bare_numbers_count: bool) -> Option<AccessCode> {
    find_access_codes(text, bare_numbers_count, &mut Steps::default())
        .first()
        .copied()
}

/// The text without the codes `find_access_codes` finds (the digits only;
/// the words around them stay). If taking them out leaves something that
/// still reads as a code, the whole text goes: a code is never kept.
pub fn without_access_codes(text: &str, bare_numbers_count: bool, steps: &mut Steps) -> String {
    let mut kept = text.to_owned();
    for _ in 0..2 {
        let codes = find_access_codes(&kept, bare_numbers_count, steps);
        if codes.is_empty() {
            return kept;
        }
        let mut out = String::with_capacity(kept.len());
        let mut from = 0;
        for code in codes {
            out.push_str(&kept[from..code.start]);
            from = code.end;
        }
        out.push_str(&kept[from..]);
        steps.add(kept.len());
        kept = out;
    }
    if find_access_codes(&kept, bare_numbers_count, steps).is_empty() {
        kept
    } else {
        String::new()
    }
}

/// Splits text into words and digit runs, numbering sentences so that a
/// code word in one sentence does not catch a number in the next. One step
/// per character read.
fn scan(text: &str, steps: &mut Steps) -> (Vec<Word>, Vec<DigitRun>) {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    steps.add(chars.len());
    let char_at = |at: usize| chars.get(at).map(|&(_, c)| c);
    let byte_at = |at: usize| chars.get(at).map_or(text.len(), |&(byte, _)| byte);
    let mut words = Vec::new();
    let mut runs = Vec::new();
    let mut sentence = 0;
    let mut at = 0;
    while let Some(c) = char_at(at) {
        if crate::domain::chars::is_letter(c) {
            let start = at;
            // An apostrophe inside a word keeps it whole: "o'clock", "Dad's".
            while char_at(at).is_some_and(|c| {
                crate::domain::chars::is_letter(c)
                    || (c == '\'' && char_at(at + 1).is_some_and(crate::domain::chars::is_letter))
            }) {
                at += 1;
                steps.add(1);
            }
            let (from, to) = (byte_at(start), byte_at(at));
            steps.add(to - from);
            words.push(Word {
                text: text[from..to].to_ascii_lowercase(),
                sentence,
            });
        } else if c.is_ascii_digit() {
            let start = at;
            let mut digits = String::new();
            loop {
                while let Some(d) = char_at(at).filter(char::is_ascii_digit) {
                    digits.push(d);
                    at += 1;
                    steps.add(1);
                }
                let joins = matches!(char_at(at), Some(' ' | '-'))
                    && char_at(at + 1).is_some_and(|c| c.is_ascii_digit());
                if !joins {
                    break;
                }
                at += 1;
                steps.add(1);
            }
            runs.push(DigitRun {
                digits,
                start: byte_at(start),
                end: byte_at(at),
                sentence,
                words_before: words.len(),
            });
        } else {
            let ends_sentence = match c {
                '\n' | '!' | '?' | ';' => true,
                '.' => char_at(at + 1).is_none_or(char::is_whitespace),
                _ => false,
            };
            if ends_sentence {
                sentence += 1;
            }
            at += 1;
            steps.add(1);
        }
    }
    (words, runs)
}

/// A code word on its own ("code", "PIN").
const CODE_WORD: u8 = 1;
/// The first of a two-word code phrase ("key safe").
const CODE_PHRASE: u8 = 2;

/// For each word, whether a code word or phrase starts there. One step per
/// word (each is compared with fixed, short lists).
fn code_word_starts(words: &[Word], steps: &mut Steps) -> Vec<u8> {
    words
        .iter()
        .enumerate()
        .map(|(at, word)| {
            steps.add(1);
            let mut starts = 0;
            if CODE_WORDS.contains(&word.text.as_str()) {
                starts |= CODE_WORD;
            }
            if let Some(next) = words.get(at + 1) {
                let pair = (word.text.as_str(), next.text.as_str());
                if CODE_PHRASES.contains(&pair) && word.sentence == next.sentence {
                    starts |= CODE_PHRASE;
                }
            }
            starts
        })
        .collect()
}

/// Whether a code word or phrase is close enough to the run. Only words
/// within `MOST_WORDS_BETWEEN` (and a phrase's second word) of the run can
/// be, so only that fixed window is looked at.
fn near_a_code_word(words: &[Word], starts: &[u8], run: &DigitRun, steps: &mut Steps) -> bool {
    let low = run.words_before.saturating_sub(MOST_WORDS_BETWEEN + 2);
    let high = (run.words_before + MOST_WORDS_BETWEEN + 1).min(words.len());
    (low..high).any(|first| {
        steps.add(1);
        let single = (starts[first] & CODE_WORD != 0).then_some(first);
        let phrase = (starts[first] & CODE_PHRASE != 0).then_some(first + 1);
        [single, phrase]
            .into_iter()
            .flatten()
            .any(|last| is_near(words, run, first, last))
    })
}

/// Whether the code word (words `first..=last`) is in the same sentence as
/// the run, with few enough words between them.
fn is_near(words: &[Word], run: &DigitRun, first: usize, last: usize) -> bool {
    if words[first].sentence != run.sentence {
        return false;
    }
    // Words ending before the run; the rest start after it.
    let before_run = run.words_before;
    let between = if last < before_run {
        before_run - last - 1
    } else {
        first.saturating_sub(before_run)
    };
    between <= MOST_WORDS_BETWEEN
}

/// Numbers that are clearly not codes, by what is around them. Looks at two
/// characters and three words either side, and reads the run's own digits
/// twice (as a phone number and as a value): steps for those digits.
fn is_something_else(text: &str, run: &DigitRun, words: &[Word], steps: &mut Steps) -> bool {
    let mut before_chars = text[..run.start].chars().rev();
    let before = before_chars.next();
    let two_before = before_chars.next();
    let mut after_chars = text[run.end..].chars();
    let after = after_chars.next();
    let two_after = after_chars.next();
    let is_digit = |c: Option<char>| c.is_some_and(|c| c.is_ascii_digit());
    let is_letter = |c: Option<char>| c.is_some_and(crate::domain::chars::is_letter);

    // Part of a word ("Careline365", "500mg", "3rd"), money ("£250"), an
    // international number ("+44"), a date or fraction ("3/4", "24/7"), a
    // time or decimal ("10:30", "7.30", "1.5"). A single letter in front is
    // still a code: some key safes have a "C" button ("C1234").
    let glued_before = (is_letter(before) && is_letter(two_before))
        || before.is_some_and(|c| "+£$€/%".contains(c))
        || (matches!(before, Some(':' | '.')) && is_digit(two_before));
    let glued_after = is_letter(after)
        || after.is_some_and(|c| "/%".contains(c))
        || (matches!(after, Some(':' | '.')) && is_digit(two_after));
    if glued_before || glued_after {
        return true;
    }
    // A number someone could ring: 999, 116 123, 0161 496 0000.
    if check_phone_counted(&run.digits, steps).is_ok() {
        return true;
    }

    let same_sentence = |word: &&Word| word.sentence == run.sentence;
    let word_before = run
        .words_before
        .checked_sub(1)
        .and_then(|at| words.get(at))
        .filter(same_sentence)
        .map(|w| w.text.as_str());
    let words_after: Vec<&str> = words[run.words_before..]
        .iter()
        .take_while(|w| w.sentence == run.sentence)
        .take(3)
        .map(|w| w.text.as_str())
        .collect();
    let word_after = words_after.first().copied();
    let preceded_by = |list: &[&str]| word_before.is_some_and(|w| list.contains(&w));

    if preceded_by(PHONE_WORDS) || preceded_by(PLACE_WORDS) {
        return true;
    }
    if word_after.is_some_and(|w| UNIT_WORDS.contains(&w)) {
        return true;
    }
    if words_after.iter().any(|w| STREET_WORDS.contains(w)) {
        return true;
    }
    steps.add(run.digits.len());
    let value: u32 = run.digits.parse().unwrap_or(u32::MAX);
    let looks_like_year = run.digits.len() == 4 && (1900..=2099).contains(&value);
    let after_month = word_before.is_some_and(|w| month_from_name(w).is_some());
    if looks_like_year && (preceded_by(YEAR_WORDS) || after_month) {
        return true;
    }
    let looks_like_time = matches!(run.digits.len(), 3 | 4) && value / 100 < 24 && value % 100 < 60;
    looks_like_time && preceded_by(TIME_WORDS)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digit_runs_join_across_single_spaces_and_dashes_only() {
        let (_, runs) = scan("code 12 34, 0161-496 0000 and 5  6", &mut Steps::default());
        let digits: Vec<&str> = runs.iter().map(|r| r.digits.as_str()).collect();
        assert_eq!(digits, ["1234", "01614960000", "5", "6"]);
    }

    #[test]
    fn sentences_end_at_full_stops_but_not_inside_numbers() {
        let (words, runs) = scan("At 7.30 she wakes. Alarm", &mut Steps::default());
        assert_eq!(runs[0].sentence, 0);
        assert_eq!(words.last().map(|w| w.sentence), Some(1));
    }

    #[test]
    fn words_between_are_counted_both_ways() {
        let text = "code is 1234 said the man";
        let (words, runs) = scan(text, &mut Steps::default());
        assert!(is_near(&words, &runs[0], 0, 0));
        let (words, runs) = scan("1234 is the code", &mut Steps::default());
        assert!(is_near(&words, &runs[0], 2, 2));
    }

    #[test]
    fn months_are_read_from_three_letters_or_more() {
        assert_eq!(month_from_name("apr"), Some(4));
        assert_eq!(month_from_name("september"), Some(9));
        assert_eq!(month_from_name("sept"), Some(9));
        assert_eq!(month_from_name("ma"), None);
        assert_eq!(month_from_name("mar"), Some(3));
        assert_eq!(month_from_name("aprill"), None);
    }

    #[cfg(not(target_arch = "wasm32"))]
    /// The search as it was first written, re-counting words for every
    /// number and code word (cubic on crafted text). Kept only to show the
    /// linear search finds exactly the same codes.
    mod straightforward {
        use super::super::*;

        /// A word, lowercased, with its place in the text.
        struct Word {
            text: String,
            start: usize,
            end: usize,
            sentence: usize,
        }

        /// Digits, possibly in groups split by single spaces or dashes ("12 34").
        struct DigitRun {
            digits: String,
            start: usize,
            end: usize,
            sentence: usize,
        }

        pub(super) fn find_code(text: &str, bare_numbers_count: bool) -> Option<AccessCode> {
            let (words, runs) = scan(text);
            let keyword_spans = code_word_spans(&words);
            runs.iter()
                .filter(|run| !is_something_else(text, run, &words))
                .find(|run| {
                    let count = run.digits.len();
                    let near_code_word = (3..=8).contains(&count)
                        && keyword_spans
                            .iter()
                            .any(|&(first, last)| is_near(&words, run, first, last));
                    let bare = bare_numbers_count && (4..=6).contains(&count);
                    near_code_word || bare
                })
                .map(|run| AccessCode {
                    start: run.start,
                    end: run.end,
                })
        }

        /// Splits text into words and digit runs, numbering sentences so that a
        /// code word in one sentence does not catch a number in the next.
        fn scan(text: &str) -> (Vec<Word>, Vec<DigitRun>) {
            let chars: Vec<(usize, char)> = text.char_indices().collect();
            let char_at = |at: usize| chars.get(at).map(|&(_, c)| c);
            let byte_at = |at: usize| chars.get(at).map_or(text.len(), |&(byte, _)| byte);
            let mut words = Vec::new();
            let mut runs = Vec::new();
            let mut sentence = 0;
            let mut at = 0;
            while let Some(c) = char_at(at) {
                if crate::domain::chars::is_letter(c) {
                    let start = at;
                    // An apostrophe inside a word keeps it whole: "o'clock", "Dad's".
                    while char_at(at).is_some_and(|c| {
                        crate::domain::chars::is_letter(c)
                            || (c == '\''
                                && char_at(at + 1).is_some_and(crate::domain::chars::is_letter))
                    }) {
                        at += 1;
                    }
                    words.push(Word {
                        text: text[byte_at(start)..byte_at(at)].to_ascii_lowercase(),
                        start: byte_at(start),
                        end: byte_at(at),
                        sentence,
                    });
                } else if c.is_ascii_digit() {
                    let start = at;
                    let mut digits = String::new();
                    loop {
                        while let Some(d) = char_at(at).filter(char::is_ascii_digit) {
                            digits.push(d);
                            at += 1;
                        }
                        let joins = matches!(char_at(at), Some(' ' | '-'))
                            && char_at(at + 1).is_some_and(|c| c.is_ascii_digit());
                        if !joins {
                            break;
                        }
                        at += 1;
                    }
                    runs.push(DigitRun {
                        digits,
                        start: byte_at(start),
                        end: byte_at(at),
                        sentence,
                    });
                } else {
                    let ends_sentence = match c {
                        '\n' | '!' | '?' | ';' => true,
                        '.' => char_at(at + 1).is_none_or(char::is_whitespace),
                        _ => false,
                    };
                    if ends_sentence {
                        sentence += 1;
                    }
                    at += 1;
                }
            }
            (words, runs)
        }

        /// The first and last word index of every code word or phrase.
        fn code_word_spans(words: &[Word]) -> Vec<(usize, usize)> {
            let mut spans = Vec::new();
            for (at, word) in words.iter().enumerate() {
                if CODE_WORDS.contains(&word.text.as_str()) {
                    spans.push((at, at));
                }
                if let Some(next) = words.get(at + 1) {
                    let pair = (word.text.as_str(), next.text.as_str());
                    if CODE_PHRASES.contains(&pair) && word.sentence == next.sentence {
                        spans.push((at, at + 1));
                    }
                }
            }
            spans
        }

        /// Whether the code word (words `first..=last`) is in the same sentence as
        /// the run, with few enough words between them.
        fn is_near(words: &[Word], run: &DigitRun, first: usize, last: usize) -> bool {
            if words[first].sentence != run.sentence {
                return false;
            }
            // Words ending before the run; the rest start after it.
            let before_run = words.iter().take_while(|w| w.end <= run.start).count();
            let between = if last < before_run {
                before_run - last - 1
            } else {
                first.saturating_sub(before_run)
            };
            between <= MOST_WORDS_BETWEEN
        }

        /// Numbers that are clearly not codes, by what is around them.
        fn is_something_else(text: &str, run: &DigitRun, words: &[Word]) -> bool {
            let before = text[..run.start].chars().next_back();
            let two_before = text[..run.start].chars().rev().nth(1);
            let mut after_chars = text[run.end..].chars();
            let after = after_chars.next();
            let two_after = after_chars.next();
            let is_digit = |c: Option<char>| c.is_some_and(|c| c.is_ascii_digit());

            // Part of a word ("Careline365", "500mg", "3rd"), money ("£250"), an
            // international number ("+44"), a date or fraction ("3/4", "24/7"), a
            // time or decimal ("10:30", "7.30", "1.5"). A single letter in front is
            // still a code: some key safes have a "C" button ("C1234").
            let letters_before = text[..run.start]
                .chars()
                .rev()
                .take_while(|&c| crate::domain::chars::is_letter(c))
                .count();
            let glued_before = letters_before >= 2
                || before.is_some_and(|c| "+£$€/%".contains(c))
                || (matches!(before, Some(':' | '.')) && is_digit(two_before));
            let glued_after = after
                .is_some_and(|c| crate::domain::chars::is_letter(c) || "/%".contains(c))
                || (matches!(after, Some(':' | '.')) && is_digit(two_after));
            if glued_before || glued_after {
                return true;
            }
            // A number someone could ring: 999, 116 123, 0161 496 0000.
            if crate::domain::phone::check_phone(&run.digits).is_ok() {
                return true;
            }

            let same_sentence = |word: &&Word| word.sentence == run.sentence;
            let word_before = words
                .iter()
                .rev()
                .find(|w| w.end <= run.start)
                .filter(same_sentence)
                .map(|w| w.text.as_str());
            let words_after: Vec<&str> = words
                .iter()
                .filter(|w| w.start >= run.end)
                .take_while(|w| w.sentence == run.sentence)
                .take(3)
                .map(|w| w.text.as_str())
                .collect();
            let word_after = words_after.first().copied();
            let preceded_by = |list: &[&str]| word_before.is_some_and(|w| list.contains(&w));

            if preceded_by(PHONE_WORDS) || preceded_by(PLACE_WORDS) {
                return true;
            }
            if word_after.is_some_and(|w| UNIT_WORDS.contains(&w)) {
                return true;
            }
            if words_after.iter().any(|w| STREET_WORDS.contains(w)) {
                return true;
            }
            let value: u32 = run.digits.parse().unwrap_or(u32::MAX);
            let looks_like_year = run.digits.len() == 4 && (1900..=2099).contains(&value);
            let after_month = word_before.is_some_and(|w| month_from_name(w).is_some());
            if looks_like_year && (preceded_by(YEAR_WORDS) || after_month) {
                return true;
            }
            let looks_like_time =
                matches!(run.digits.len(), 3 | 4) && value / 100 < 24 && value % 100 < 60;
            looks_like_time && preceded_by(TIME_WORDS)
        }
    }

    /// Native only: proptest does not build for wasm.
    #[cfg(not(target_arch = "wasm32"))]
    mod same_as_before {
        use super::straightforward;
        use super::*;
        use proptest::prelude::*;

        /// Pieces that make the search work hard: code words and phrases, the
        /// words that say a number is something else, digits in every shape,
        /// sentence ends and other separators.
        const PIECES: &[&str] = &[
            "code",
            "key",
            "safe",
            "Key-safe",
            "PIN",
            "alarm",
            "box",
            "lock",
            "the",
            "is",
            "at",
            "in",
            "ring",
            "flat",
            "road",
            "mg",
            "pm",
            "may",
            "1234",
            "12",
            "0161 496 0000",
            "999",
            "2019",
            "0730",
            "5",
            "1 2",
            "3-4",
            "C",
            "£",
            "+",
            "/",
            ":",
            ".",
            ". ",
            "\n",
            " ",
            "-",
            "'",
            "x",
            "Dad's",
            "é",
        ];

        fn crafted_text() -> impl Strategy<Value = String> {
            prop::collection::vec(prop::sample::select(PIECES), 0..60)
                .prop_map(|pieces| pieces.join(" "))
        }

        proptest! {
            #![proptest_config(ProptestConfig::with_cases(3000))]

            #[test]
            fn the_linear_search_finds_what_the_straightforward_one_did(
                text in crafted_text(),
                glued in prop::collection::vec(prop::sample::select(PIECES), 0..30),
            ) {
                // Spaced pieces, and the same pieces glued together.
                for text in [text, glued.concat()] {
                    for keys in [false, true] {
                        prop_assert_eq!(
                            find_code(&text, keys),
                            straightforward::find_code(&text, keys),
                            "{:?} keys {}", text, keys
                        );
                    }
                }
            }
        }
    }
}
