//! Reading and changing a plan one field or one row at a time, as the plan
//! pages do. Each field is reached through two matches that name every
//! field (one to read, one to write), so a new field that is not handled
//! does not compile, and one field can never be written for another.

use super::fields::{Item, ListKind, PlanField, StepInField};
use super::{is_blank, EmergencyPlan, LeftAlone, MedicineField, ProfessionalField, YesNoNotSure};
use crate::domain::journey::PlanSection;
use crate::domain::phone::Phone;

/// What a field holds, as a page shows and changes it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Value {
    Text(String),
    Phone(Phone),
    /// A tick box.
    Flag(bool),
    /// Radios: the id of the option chosen, if any.
    Choice(Option<String>),
}

/// Where a field lives in the plan, to read it.
enum Slot<'a> {
    Text(&'a String),
    Phone(&'a Phone),
    Flag(bool),
    YesNo(Option<YesNoNotSure>),
    LeftAlone(Option<LeftAlone>),
}

impl Slot<'_> {
    /// Nothing typed, chosen or ticked.
    fn is_empty(&self) -> bool {
        match self {
            Slot::Text(text) => is_blank(text),
            Slot::Phone(phone) => phone.is_empty(),
            Slot::Flag(on) => !on,
            Slot::YesNo(chosen) => chosen.is_none(),
            Slot::LeftAlone(chosen) => chosen.is_none(),
        }
    }
}

/// Where a field lives in the plan, to change it.
enum SlotMut<'a> {
    Text(&'a mut String),
    Phone(&'a mut Phone),
    Flag(&'a mut bool),
    YesNo(&'a mut Option<YesNoNotSure>),
    LeftAlone(&'a mut Option<LeftAlone>),
}

/// Empty rows a page starts with, so the first boxes are there to fill:
/// one medicine (unless "takes no medicines" is ticked) and two people who
/// could step in.
pub const ROWS_TO_START_WITH: [(ListKind, usize); 2] =
    [(ListKind::Medicines, 1), (ListKind::StepIn, 2)];

impl EmergencyPlan {
    /// `None` for a row that is not there, and for the list of people as a
    /// whole (`StepInPeople`), which holds nothing itself.
    fn slot(&self, field: PlanField) -> Option<Slot<'_>> {
        use MedicineField as M;
        use PlanField as F;
        use ProfessionalField as P;
        use StepInField as S;
        Some(match field {
            F::Name => Slot::Text(&self.name),
            F::DateOfBirth => Slot::Text(&self.date_of_birth),
            F::Address => Slot::Text(&self.address),
            F::Conditions => Slot::Text(&self.conditions),
            F::Allergies => Slot::Text(&self.allergies),
            F::TakesNoMedicines => Slot::Flag(self.takes_no_medicines),
            F::Medicine(at, f) => {
                let medicine = self.medicines.get(at)?;
                Slot::Text(match f {
                    M::Name => &medicine.name,
                    M::Dose => &medicine.dose,
                    M::When => &medicine.when,
                    M::WhereKept => &medicine.where_kept,
                })
            }
            F::MedicinesKept => Slot::Text(&self.medicines_kept),
            F::PharmacyName => Slot::Text(&self.pharmacy.name),
            F::PharmacyPhone => Slot::Phone(&self.pharmacy.phone),
            F::GpName => Slot::Text(&self.gp.name),
            F::GpPhone => Slot::Phone(&self.gp.phone),
            F::Professional(at, f) => {
                let professional = self.professionals.get(at)?;
                match f {
                    P::Role => Slot::Text(&professional.role),
                    P::Name => Slot::Text(&professional.name),
                    P::Phone => Slot::Phone(&professional.phone),
                }
            }
            F::Communication => Slot::Text(&self.communication),
            F::Mobility => Slot::Text(&self.mobility),
            F::Continence => Slot::Text(&self.continence),
            F::Eating => Slot::Text(&self.eating),
            F::DailyRoutine => Slot::Text(&self.daily_routine),
            F::Calms => Slot::Text(&self.calms),
            F::Upsets => Slot::Text(&self.upsets),
            F::Equipment => Slot::Text(&self.equipment),
            F::LeftAlone => Slot::LeftAlone(self.left_alone),
            F::MayWander => Slot::YesNo(self.may_wander),
            F::Height => Slot::Text(&self.description.height),
            F::Build => Slot::Text(&self.description.build),
            F::Hair => Slot::Text(&self.description.hair),
            F::UsualClothes => Slot::Text(&self.description.usual_clothes),
            F::DistinguishingFeatures => Slot::Text(&self.description.distinguishing_features),
            F::Habits => Slot::Text(&self.habits),
            F::PlacesTheyGo => Slot::Text(&self.places_they_go),
            F::StepInPeople => return None,
            F::StepIn(at, f) => {
                let person = self.step_in.get(at)?;
                match f {
                    S::Name => Slot::Text(&person.name),
                    S::Relationship => Slot::Text(&person.relationship),
                    S::Phone => Slot::Phone(&person.phone),
                    S::AgreedToBeContacted => Slot::Flag(person.agreed_to_be_contacted),
                    S::HasKey => Slot::Flag(person.has_key),
                    S::CanProvideCare => Slot::Flag(person.can_provide_care),
                }
            }
            F::KeyHolders => Slot::Text(&self.key_holders),
            F::Pets => Slot::Text(&self.pets),
            F::DocumentsKept => Slot::Text(&self.documents_kept),
            F::LpaHealth => Slot::YesNo(self.lpa_health.in_place),
            F::LpaHealthHeldBy => Slot::Text(&self.lpa_health.held_by),
            F::LpaProperty => Slot::YesNo(self.lpa_property.in_place),
            F::LpaPropertyHeldBy => Slot::Text(&self.lpa_property.held_by),
            F::AdvanceCarePlan => Slot::YesNo(self.advance_care_plan.in_place),
            F::AdvanceCarePlanKept => Slot::Text(&self.advance_care_plan.kept_where),
            F::HospitalBag(at) => Slot::Text(self.hospital_bag.get(at)?),
        })
    }

    /// As `slot`, to change the field.
    fn slot_mut(&mut self, field: PlanField) -> Option<SlotMut<'_>> {
        use MedicineField as M;
        use PlanField as F;
        use ProfessionalField as P;
        use StepInField as S;
        Some(match field {
            F::Name => SlotMut::Text(&mut self.name),
            F::DateOfBirth => SlotMut::Text(&mut self.date_of_birth),
            F::Address => SlotMut::Text(&mut self.address),
            F::Conditions => SlotMut::Text(&mut self.conditions),
            F::Allergies => SlotMut::Text(&mut self.allergies),
            F::TakesNoMedicines => SlotMut::Flag(&mut self.takes_no_medicines),
            F::Medicine(at, f) => {
                let medicine = self.medicines.get_mut(at)?;
                SlotMut::Text(match f {
                    M::Name => &mut medicine.name,
                    M::Dose => &mut medicine.dose,
                    M::When => &mut medicine.when,
                    M::WhereKept => &mut medicine.where_kept,
                })
            }
            F::MedicinesKept => SlotMut::Text(&mut self.medicines_kept),
            F::PharmacyName => SlotMut::Text(&mut self.pharmacy.name),
            F::PharmacyPhone => SlotMut::Phone(&mut self.pharmacy.phone),
            F::GpName => SlotMut::Text(&mut self.gp.name),
            F::GpPhone => SlotMut::Phone(&mut self.gp.phone),
            F::Professional(at, f) => {
                let professional = self.professionals.get_mut(at)?;
                match f {
                    P::Role => SlotMut::Text(&mut professional.role),
                    P::Name => SlotMut::Text(&mut professional.name),
                    P::Phone => SlotMut::Phone(&mut professional.phone),
                }
            }
            F::Communication => SlotMut::Text(&mut self.communication),
            F::Mobility => SlotMut::Text(&mut self.mobility),
            F::Continence => SlotMut::Text(&mut self.continence),
            F::Eating => SlotMut::Text(&mut self.eating),
            F::DailyRoutine => SlotMut::Text(&mut self.daily_routine),
            F::Calms => SlotMut::Text(&mut self.calms),
            F::Upsets => SlotMut::Text(&mut self.upsets),
            F::Equipment => SlotMut::Text(&mut self.equipment),
            F::LeftAlone => SlotMut::LeftAlone(&mut self.left_alone),
            F::MayWander => SlotMut::YesNo(&mut self.may_wander),
            F::Height => SlotMut::Text(&mut self.description.height),
            F::Build => SlotMut::Text(&mut self.description.build),
            F::Hair => SlotMut::Text(&mut self.description.hair),
            F::UsualClothes => SlotMut::Text(&mut self.description.usual_clothes),
            F::DistinguishingFeatures => {
                SlotMut::Text(&mut self.description.distinguishing_features)
            }
            F::Habits => SlotMut::Text(&mut self.habits),
            F::PlacesTheyGo => SlotMut::Text(&mut self.places_they_go),
            F::StepInPeople => return None,
            F::StepIn(at, f) => {
                let person = self.step_in.get_mut(at)?;
                match f {
                    S::Name => SlotMut::Text(&mut person.name),
                    S::Relationship => SlotMut::Text(&mut person.relationship),
                    S::Phone => SlotMut::Phone(&mut person.phone),
                    S::AgreedToBeContacted => SlotMut::Flag(&mut person.agreed_to_be_contacted),
                    S::HasKey => SlotMut::Flag(&mut person.has_key),
                    S::CanProvideCare => SlotMut::Flag(&mut person.can_provide_care),
                }
            }
            F::KeyHolders => SlotMut::Text(&mut self.key_holders),
            F::Pets => SlotMut::Text(&mut self.pets),
            F::DocumentsKept => SlotMut::Text(&mut self.documents_kept),
            F::LpaHealth => SlotMut::YesNo(&mut self.lpa_health.in_place),
            F::LpaHealthHeldBy => SlotMut::Text(&mut self.lpa_health.held_by),
            F::LpaProperty => SlotMut::YesNo(&mut self.lpa_property.in_place),
            F::LpaPropertyHeldBy => SlotMut::Text(&mut self.lpa_property.held_by),
            F::AdvanceCarePlan => SlotMut::YesNo(&mut self.advance_care_plan.in_place),
            F::AdvanceCarePlanKept => SlotMut::Text(&mut self.advance_care_plan.kept_where),
            F::HospitalBag(at) => SlotMut::Text(self.hospital_bag.get_mut(at)?),
        })
    }

    /// What a field holds; `None` for a row that is not there.
    pub fn value(&self, field: PlanField) -> Option<Value> {
        Some(match self.slot(field)? {
            Slot::Text(text) => Value::Text(text.clone()),
            Slot::Phone(phone) => Value::Phone(phone.clone()),
            Slot::Flag(on) => Value::Flag(on),
            Slot::YesNo(chosen) => Value::Choice(chosen.map(|c| c.id().to_owned())),
            Slot::LeftAlone(chosen) => Value::Choice(chosen.map(|c| c.id().to_owned())),
        })
    }

    /// Changes one field. Returns false, changing nothing, for a row that
    /// is not there, a value of the wrong kind or an option the field does
    /// not offer.
    pub fn set(&mut self, field: PlanField, value: Value) -> bool {
        let Some(slot) = self.slot_mut(field) else {
            return false;
        };
        match (slot, value) {
            (SlotMut::Text(slot), Value::Text(text)) => *slot = text,
            (SlotMut::Phone(slot), Value::Phone(phone)) => *slot = phone,
            (SlotMut::Flag(slot), Value::Flag(on)) => *slot = on,
            (SlotMut::YesNo(slot), Value::Choice(id)) => match chosen(id, YesNoNotSure::from_id) {
                Some(choice) => *slot = choice,
                None => return false,
            },
            (SlotMut::LeftAlone(slot), Value::Choice(id)) => match chosen(id, LeftAlone::from_id) {
                Some(choice) => *slot = choice,
                None => return false,
            },
            (
                SlotMut::Text(_)
                | SlotMut::Phone(_)
                | SlotMut::Flag(_)
                | SlotMut::YesNo(_)
                | SlotMut::LeftAlone(_),
                _,
            ) => return false,
        }
        true
    }

    /// A free-text field as typed; `None` for other kinds of field or a row
    /// that is not there.
    pub fn text(&self, field: PlanField) -> Option<&str> {
        match self.slot(field)? {
            Slot::Text(text) => Some(text),
            Slot::Phone(_) | Slot::Flag(_) | Slot::YesNo(_) | Slot::LeftAlone(_) => None,
        }
    }

    pub fn text_mut(&mut self, field: PlanField) -> Option<&mut String> {
        match self.slot_mut(field)? {
            SlotMut::Text(text) => Some(text),
            SlotMut::Phone(_) | SlotMut::Flag(_) | SlotMut::YesNo(_) | SlotMut::LeftAlone(_) => {
                None
            }
        }
    }

    pub fn phone(&self, field: PlanField) -> Option<&Phone> {
        match self.slot(field)? {
            Slot::Phone(phone) => Some(phone),
            Slot::Text(_) | Slot::Flag(_) | Slot::YesNo(_) | Slot::LeftAlone(_) => None,
        }
    }

    pub fn phone_mut(&mut self, field: PlanField) -> Option<&mut Phone> {
        match self.slot_mut(field)? {
            SlotMut::Phone(phone) => Some(phone),
            SlotMut::Text(_) | SlotMut::Flag(_) | SlotMut::YesNo(_) | SlotMut::LeftAlone(_) => None,
        }
    }

    /// Whether a tick box is ticked (false for any other field).
    pub fn flag(&self, field: PlanField) -> bool {
        matches!(self.slot(field), Some(Slot::Flag(true)))
    }

    /// The id of the option chosen in a radios field.
    pub fn choice(&self, field: PlanField) -> Option<&'static str> {
        match self.slot(field)? {
            Slot::YesNo(chosen) => chosen.map(YesNoNotSure::id),
            Slot::LeftAlone(chosen) => chosen.map(LeftAlone::id),
            Slot::Text(_) | Slot::Phone(_) | Slot::Flag(_) => None,
        }
    }

    /// The options a radios field offers, as ids (none for other fields).
    pub fn choice_options(field: PlanField) -> Vec<&'static str> {
        match EmergencyPlan::default().slot(field) {
            Some(Slot::YesNo(_)) => YesNoNotSure::ALL.iter().map(|c| c.id()).collect(),
            Some(Slot::LeftAlone(_)) => LeftAlone::ALL.iter().map(|c| c.id()).collect(),
            Some(Slot::Text(_) | Slot::Phone(_) | Slot::Flag(_)) | None => Vec::new(),
        }
    }

    /// Every field the plan has, in the form's order, with the rows it has.
    pub fn fields(&self) -> Vec<PlanField> {
        PlanField::in_form_order(&|list| self.rows(list))
    }

    /// Every free-text field, with where it is. Phone numbers are separate.
    pub fn text_fields(&self) -> Vec<(PlanField, &str)> {
        self.fields()
            .into_iter()
            .filter_map(|field| Some((field, self.text(field)?)))
            .collect()
    }

    /// Every phone number field, with where it is.
    pub fn phone_fields(&self) -> Vec<(PlanField, &Phone)> {
        self.fields()
            .into_iter()
            .filter_map(|field| Some((field, self.phone(field)?)))
            .collect()
    }

    /// Nothing has been typed, chosen or ticked. Empty rows added with
    /// "add another" do not count as a start.
    pub fn is_blank(&self) -> bool {
        self.fields()
            .into_iter()
            .all(|field| self.slot(field).is_none_or(|slot| slot.is_empty()))
    }

    /// Whether the page asks for this field as the plan stands: the
    /// wandering details only when the person may wander.
    pub fn asks(&self, field: PlanField) -> bool {
        field.section() != PlanSection::Wandering
            || field == PlanField::MayWander
            || self.wander_details_asked()
    }

    // -----------------------------------------------------------------------
    // Rows of the repeatable lists.

    /// How many rows a list has.
    pub fn rows(&self, list: ListKind) -> usize {
        match list {
            ListKind::Medicines => self.medicines.len(),
            ListKind::Professionals => self.professionals.len(),
            ListKind::StepIn => self.step_in.len(),
            ListKind::HospitalBag => self.hospital_bag.len(),
        }
    }

    /// Adds an empty row at the end of a list.
    pub fn add_row(&mut self, list: ListKind) {
        match list {
            ListKind::Medicines => self.medicines.push(Default::default()),
            ListKind::Professionals => self.professionals.push(Default::default()),
            ListKind::StepIn => self.step_in.push(Default::default()),
            ListKind::HospitalBag => self.hospital_bag.push(String::new()),
        }
    }

    /// Removes row `at` of a list; the rows after it move up. Returns false
    /// if there was no such row.
    pub fn remove_row(&mut self, list: ListKind, at: usize) -> bool {
        fn take<T>(rows: &mut Vec<T>, at: usize) -> bool {
            let there = at < rows.len();
            if there {
                rows.remove(at);
            }
            there
        }
        match list {
            ListKind::Medicines => take(&mut self.medicines, at),
            ListKind::Professionals => take(&mut self.professionals, at),
            ListKind::StepIn => take(&mut self.step_in, at),
            ListKind::HospitalBag => take(&mut self.hospital_bag, at),
        }
    }

    /// The plan with the empty rows a page starts with
    /// (`ROWS_TO_START_WITH`), for the lists on that page.
    pub fn with_starter_rows(mut self, section: PlanSection) -> EmergencyPlan {
        for (list, rows) in ROWS_TO_START_WITH {
            let wanted = list.section() == section
                && !(list == ListKind::Medicines && self.takes_no_medicines);
            while wanted && self.rows(list) < rows {
                self.add_row(list);
            }
        }
        self
    }

    /// What is saved: rows left empty are dropped, and answers to questions
    /// that are no longer asked are cleared.
    pub fn tidied(mut self) -> EmergencyPlan {
        for list in ListKind::ALL {
            for at in (0..self.rows(list)).rev() {
                if self.row_is_blank(list, at) {
                    self.remove_row(list, at);
                }
            }
        }
        if !self.wander_details_asked() {
            self.description = Default::default();
            self.habits.clear();
            self.places_they_go.clear();
        }
        self
    }

    /// Nothing typed or ticked in any field of the row.
    fn row_is_blank(&self, list: ListKind, at: usize) -> bool {
        list.row_fields(at)
            .into_iter()
            .all(|field| self.slot(field).is_none_or(|slot| slot.is_empty()))
    }
}

impl ListKind {
    /// What row `at` asks: a text box, a phone number or a tick box for
    /// each of its fields, in order.
    pub fn row_items(self, at: usize) -> Vec<Item> {
        let mut plan = EmergencyPlan::default();
        plan.add_row(self);
        self.row_fields(0)
            .into_iter()
            .filter_map(|field| {
                let item = match plan.slot(field)? {
                    Slot::Text(_) => Item::Text,
                    Slot::Phone(_) => Item::Phone,
                    Slot::Flag(_) => Item::Flag,
                    Slot::YesNo(_) | Slot::LeftAlone(_) => Item::Choice,
                };
                Some(item(field.in_row(at)))
            })
            .collect()
    }
}

/// An option id read as a choice: `Some(None)` for no choice, `None` for an
/// id the field does not offer.
fn chosen<T>(id: Option<String>, read: fn(&str) -> Option<T>) -> Option<Option<T>> {
    match id {
        None => Some(None),
        Some(id) => read(&id).map(Some),
    }
}
