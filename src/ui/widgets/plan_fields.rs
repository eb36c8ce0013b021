//! Which fields of an emergency plan go on which page, and how a page reads
//! and writes them in a draft. The section pages and the check page both
//! walk `section_items`, so a field is added in one place.

use crate::domain::journey::PlanSection;
use crate::domain::phone::Phone;
use crate::domain::plan::{
    EmergencyPlan, LeftAlone, MedicineField as M, PlanField as F, ProfessionalField as P,
    StepInField as S, YesNoNotSure,
};

/// One thing on a plan page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Item {
    Text(F),
    /// Several lines.
    Long(F),
    Phone(F),
    /// A single tick box ("They do not take any medicines").
    Flag(F),
    /// Radios: yes / no / not sure, or how long they can be left alone.
    Choice(F),
    List(ListKind),
}

/// A repeatable list: rows with "Remove" and an "Add another" button.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ListKind {
    Medicines,
    Professionals,
    StepIn,
    HospitalBag,
}

/// The fields of a page, in the order asked.
pub fn section_items(section: PlanSection) -> &'static [Item] {
    use Item::*;
    match section {
        PlanSection::Person => &[
            Text(F::Name),
            Text(F::DateOfBirth),
            Long(F::Address),
            Long(F::Conditions),
            Long(F::Allergies),
        ],
        PlanSection::Medicines => &[
            Flag(F::TakesNoMedicines),
            List(ListKind::Medicines),
            Long(F::MedicinesKept),
            Text(F::PharmacyName),
            Phone(F::PharmacyPhone),
        ],
        PlanSection::Professionals => &[
            Text(F::GpName),
            Phone(F::GpPhone),
            List(ListKind::Professionals),
        ],
        PlanSection::Needs => &[
            Long(F::Communication),
            Long(F::Mobility),
            Long(F::Continence),
            Long(F::Eating),
            Long(F::Equipment),
        ],
        PlanSection::Routine => &[
            Long(F::DailyRoutine),
            Long(F::Calms),
            Long(F::Upsets),
            Choice(F::LeftAlone),
        ],
        PlanSection::Wandering => &[
            Choice(F::MayWander),
            Text(F::Height),
            Text(F::Build),
            Text(F::Hair),
            Long(F::UsualClothes),
            Long(F::DistinguishingFeatures),
            Long(F::Habits),
            Long(F::PlacesTheyGo),
        ],
        PlanSection::SteppingIn => &[List(ListKind::StepIn)],
        PlanSection::Home => &[Long(F::KeyHolders), Long(F::Pets), Long(F::DocumentsKept)],
        PlanSection::Legal => &[
            Choice(F::LpaHealth),
            Text(F::LpaHealthHeldBy),
            Choice(F::LpaProperty),
            Text(F::LpaPropertyHeldBy),
            Choice(F::AdvanceCarePlan),
            Long(F::AdvanceCarePlanKept),
        ],
        PlanSection::HospitalBag => &[List(ListKind::HospitalBag)],
    }
}

/// The page a field is on, so a page checks only its own fields.
pub fn section_of(field: F) -> PlanSection {
    use PlanSection as Sec;
    match field {
        F::Name | F::DateOfBirth | F::Address | F::Conditions | F::Allergies => Sec::Person,
        F::TakesNoMedicines
        | F::Medicine(..)
        | F::MedicinesKept
        | F::PharmacyName
        | F::PharmacyPhone => Sec::Medicines,
        F::GpName | F::GpPhone | F::Professional(..) => Sec::Professionals,
        F::Communication | F::Mobility | F::Continence | F::Eating | F::Equipment => Sec::Needs,
        F::DailyRoutine | F::Calms | F::Upsets | F::LeftAlone => Sec::Routine,
        F::MayWander
        | F::Height
        | F::Build
        | F::Hair
        | F::UsualClothes
        | F::DistinguishingFeatures
        | F::Habits
        | F::PlacesTheyGo => Sec::Wandering,
        F::StepInPeople | F::StepIn(..) => Sec::SteppingIn,
        F::KeyHolders | F::Pets | F::DocumentsKept => Sec::Home,
        F::LpaHealth
        | F::LpaHealthHeldBy
        | F::LpaProperty
        | F::LpaPropertyHeldBy
        | F::AdvanceCarePlan
        | F::AdvanceCarePlanKept => Sec::Legal,
        F::HospitalBag(_) => Sec::HospitalBag,
    }
}

/// The wandering details are asked only when the person may wander.
pub fn shows_wander_details(plan: &EmergencyPlan) -> bool {
    matches!(
        plan.may_wander,
        Some(YesNoNotSure::Yes | YesNoNotSure::NotSure)
    )
}

/// Whether a field is on the page as the plan stands.
pub fn is_shown(plan: &EmergencyPlan, field: F) -> bool {
    section_of(field) != PlanSection::Wandering
        || field == F::MayWander
        || shows_wander_details(plan)
}

pub fn text(plan: &EmergencyPlan, field: F) -> String {
    plan.text_fields()
        .into_iter()
        .find(|(f, _)| *f == field)
        .map(|(_, text)| text.to_owned())
        .unwrap_or_default()
}

pub fn text_mut(plan: &mut EmergencyPlan, field: F) -> Option<&mut String> {
    plan.text_mut(field)
}

pub fn phone(plan: &EmergencyPlan, field: F) -> Phone {
    plan.phone_fields()
        .into_iter()
        .find(|(f, _)| *f == field)
        .map(|(_, phone)| phone.clone())
        .unwrap_or_default()
}

pub fn phone_mut(plan: &mut EmergencyPlan, field: F) -> Option<&mut Phone> {
    plan.phone_mut(field)
}

fn flag_mut(plan: &mut EmergencyPlan, field: F) -> Option<&mut bool> {
    Some(match field {
        F::TakesNoMedicines => &mut plan.takes_no_medicines,
        F::StepIn(at, S::AgreedToBeContacted) => {
            &mut plan.step_in.get_mut(at)?.agreed_to_be_contacted
        }
        F::StepIn(at, S::HasKey) => &mut plan.step_in.get_mut(at)?.has_key,
        F::StepIn(at, S::CanProvideCare) => &mut plan.step_in.get_mut(at)?.can_provide_care,
        _ => return None,
    })
}

pub fn flag(plan: &EmergencyPlan, field: F) -> bool {
    // Cheap: only tick box fields come here, and a plan clones quickly.
    flag_mut(&mut plan.clone(), field).is_some_and(|on| *on)
}

pub fn set_flag(plan: &mut EmergencyPlan, field: F, on: bool) {
    if let Some(flag) = flag_mut(plan, field) {
        *flag = on;
    }
}

/// The radios' `name`, which is also the first radio's id.
pub fn choice_name(field: F) -> &'static str {
    match field {
        F::LeftAlone => "left-alone",
        F::MayWander => "may-wander",
        F::LpaHealth => "lpa-health",
        F::LpaProperty => "lpa-property",
        _ => "advance-care-plan",
    }
}

/// The options a radios field offers, as ids.
pub fn choice_options(field: F) -> Vec<&'static str> {
    match field {
        F::LeftAlone => LeftAlone::ALL.iter().map(|c| c.id()).collect(),
        _ => YesNoNotSure::ALL.iter().map(|c| c.id()).collect(),
    }
}

fn yes_no_mut(plan: &mut EmergencyPlan, field: F) -> &mut Option<YesNoNotSure> {
    match field {
        F::MayWander => &mut plan.may_wander,
        F::LpaHealth => &mut plan.lpa_health.in_place,
        F::LpaProperty => &mut plan.lpa_property.in_place,
        _ => &mut plan.advance_care_plan.in_place,
    }
}

pub fn choice(plan: &EmergencyPlan, field: F) -> Option<&'static str> {
    match field {
        F::LeftAlone => plan.left_alone.map(LeftAlone::id),
        F::MayWander => plan.may_wander.map(YesNoNotSure::id),
        F::LpaHealth => plan.lpa_health.in_place.map(YesNoNotSure::id),
        F::LpaProperty => plan.lpa_property.in_place.map(YesNoNotSure::id),
        _ => plan.advance_care_plan.in_place.map(YesNoNotSure::id),
    }
}

pub fn set_choice(plan: &mut EmergencyPlan, field: F, id: Option<&str>) {
    match field {
        F::LeftAlone => plan.left_alone = id.and_then(LeftAlone::from_id),
        _ => *yes_no_mut(plan, field) = id.and_then(YesNoNotSure::from_id),
    }
}

/// The fields of one row of a list, in order.
pub fn row_fields(kind: ListKind, at: usize) -> Vec<F> {
    match kind {
        ListKind::Medicines => M::ALL.iter().map(|&f| F::Medicine(at, f)).collect(),
        ListKind::Professionals => P::ALL.iter().map(|&f| F::Professional(at, f)).collect(),
        ListKind::StepIn => S::ALL.iter().map(|&f| F::StepIn(at, f)).collect(),
        ListKind::HospitalBag => vec![F::HospitalBag(at)],
    }
}

pub fn list_len(plan: &EmergencyPlan, kind: ListKind) -> usize {
    match kind {
        ListKind::Medicines => plan.medicines.len(),
        ListKind::Professionals => plan.professionals.len(),
        ListKind::StepIn => plan.step_in.len(),
        ListKind::HospitalBag => plan.hospital_bag.len(),
    }
}

pub fn add_row(plan: &mut EmergencyPlan, kind: ListKind) {
    match kind {
        ListKind::Medicines => plan.medicines.push(Default::default()),
        ListKind::Professionals => plan.professionals.push(Default::default()),
        ListKind::StepIn => plan.step_in.push(Default::default()),
        ListKind::HospitalBag => plan.hospital_bag.push(String::new()),
    }
}

pub fn remove_row(plan: &mut EmergencyPlan, kind: ListKind, at: usize) {
    fn take<T>(list: &mut Vec<T>, at: usize) {
        if at < list.len() {
            list.remove(at);
        }
    }
    match kind {
        ListKind::Medicines => take(&mut plan.medicines, at),
        ListKind::Professionals => take(&mut plan.professionals, at),
        ListKind::StepIn => take(&mut plan.step_in, at),
        ListKind::HospitalBag => take(&mut plan.hospital_bag, at),
    }
}

/// Empty rows to start a page with, so the first boxes are there to fill:
/// one medicine (unless there are none) and two people to step in.
pub fn with_starter_rows(mut plan: EmergencyPlan, section: PlanSection) -> EmergencyPlan {
    match section {
        PlanSection::Medicines if plan.medicines.is_empty() && !plan.takes_no_medicines => {
            plan.medicines.push(Default::default());
        }
        PlanSection::SteppingIn => {
            while plan.step_in.len() < 2 {
                plan.step_in.push(Default::default());
            }
        }
        _ => {}
    }
    plan
}

/// What is saved: rows left empty are dropped, and answers to questions
/// that are no longer asked are cleared.
pub fn tidy(mut plan: EmergencyPlan) -> EmergencyPlan {
    let blank = |text: &str| text.trim().is_empty();
    plan.medicines.retain(|m| {
        ![&m.name, &m.dose, &m.when, &m.where_kept]
            .iter()
            .all(|t| blank(t))
    });
    plan.professionals
        .retain(|p| !(blank(&p.role) && blank(&p.name) && p.phone.is_empty()));
    plan.step_in.retain(|p| {
        !blank(&p.name)
            || !blank(&p.relationship)
            || !p.phone.is_empty()
            || p.agreed_to_be_contacted
            || p.has_key
            || p.can_provide_care
    });
    plan.hospital_bag.retain(|item| !blank(item));
    if !shows_wander_details(&plan) {
        plan.description = Default::default();
        plan.habits.clear();
        plan.places_they_go.clear();
    }
    plan
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_item_is_on_the_page_its_field_belongs_to() {
        for &section in PlanSection::ALL {
            for item in section_items(section) {
                let fields = match *item {
                    Item::Text(f) | Item::Long(f) | Item::Phone(f) | Item::Flag(f) => vec![f],
                    Item::Choice(f) => vec![f],
                    Item::List(kind) => row_fields(kind, 0),
                };
                for field in fields {
                    assert_eq!(section_of(field), section, "{field:?}");
                }
            }
        }
    }

    #[test]
    fn every_text_and_phone_field_can_be_written() {
        let mut plan = EmergencyPlan {
            medicines: vec![Default::default()],
            professionals: vec![Default::default()],
            step_in: vec![Default::default()],
            hospital_bag: vec![String::new()],
            ..EmergencyPlan::default()
        };
        let fields: Vec<F> = plan.text_fields().into_iter().map(|(f, _)| f).collect();
        for field in fields {
            *text_mut(&mut plan, field).unwrap() = format!("{field:?}");
            assert_eq!(text(&plan, field), format!("{field:?}"));
        }
        let phones: Vec<F> = plan.phone_fields().into_iter().map(|(f, _)| f).collect();
        for field in phones {
            phone_mut(&mut plan, field)
                .unwrap()
                .set_number("0161 496 0000");
            assert_eq!(phone(&plan, field).number, "0161 496 0000");
        }
    }

    #[test]
    fn tidy_drops_empty_rows_and_hidden_answers() {
        let mut plan = with_starter_rows(EmergencyPlan::new(1), PlanSection::SteppingIn);
        assert_eq!(plan.step_in.len(), 2);
        plan.step_in[1].name = "Tom".into();
        plan.habits = "Walks to the old house".into();
        plan.may_wander = Some(YesNoNotSure::No);
        let plan = tidy(plan);
        assert_eq!(plan.step_in.len(), 1);
        assert!(plan.habits.is_empty());
    }
}
