//! Reading and changing a plan one field or one row at a time, as the plan
//! pages do. Each field is reached through `EmergencyPlan::slot` and
//! `slot_mut`, made by `fields::plan_fields!` from the one list that
//! declares the fields and where each lives (and, for a row, by
//! `row_slots!` below), so a field without a place does not compile, and one
//! field can never be written for another.

use super::fields::{Item, ListKind, PlanField, StepInField};
use super::{
    is_blank, EmergencyPlan, LeftAlone, Medicine, MedicineField, Professional, ProfessionalField,
    StepInPerson, YesNoNotSure,
};
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
pub(super) enum Slot<'a> {
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
pub(super) enum SlotMut<'a> {
    Text(&'a mut String),
    Phone(&'a mut Phone),
    Flag(&'a mut bool),
    YesNo(&'a mut Option<YesNoNotSure>),
    LeftAlone(&'a mut Option<LeftAlone>),
}

/// What a part of a plan holds, as a field: text, a phone number, a tick,
/// an answer; a list as a whole holds nothing itself.
pub(super) trait Holds {
    fn slot(&self) -> Option<Slot<'_>>;
    fn slot_mut(&mut self) -> Option<SlotMut<'_>>;
}

macro_rules! holds {
    ($($ty:ty => $kind:ident $(($read:tt))?),* $(,)?) => {
        $(impl Holds for $ty {
            fn slot(&self) -> Option<Slot<'_>> {
                Some(Slot::$kind(holds!(@read self $($read)?)))
            }
            fn slot_mut(&mut self) -> Option<SlotMut<'_>> {
                Some(SlotMut::$kind(self))
            }
        })*
    };
    (@read $value:ident) => { $value };
    (@read $value:ident *) => { *$value };
}

holds! {
    String => Text,
    Phone => Phone,
    bool => Flag(*),
    Option<YesNoNotSure> => YesNo(*),
    Option<LeftAlone> => LeftAlone(*),
}

impl Holds for Vec<StepInPerson> {
    fn slot(&self) -> Option<Slot<'_>> {
        None
    }
    fn slot_mut(&mut self) -> Option<SlotMut<'_>> {
        None
    }
}

/// The fields of one row of a list (`F`: which field of the row).
pub(super) trait RowSlots<F> {
    fn row_slot(&self, field: F) -> Option<Slot<'_>>;
    fn row_slot_mut(&mut self, field: F) -> Option<SlotMut<'_>>;
}

/// Where each field of a row type lives, from one list for both reading and
/// changing (a match over every field, made twice).
macro_rules! row_slots {
    ($($row:ty, $field:ident { $($variant:ident => $member:ident),* $(,)? })*) => {
        $(impl RowSlots<$field> for $row {
            fn row_slot(&self, field: $field) -> Option<Slot<'_>> {
                match field { $($field::$variant => self.$member.slot()),* }
            }
            fn row_slot_mut(&mut self, field: $field) -> Option<SlotMut<'_>> {
                match field { $($field::$variant => self.$member.slot_mut()),* }
            }
        })*
    };
}

row_slots! {
    Medicine, MedicineField { Name => name, Dose => dose, When => when, WhereKept => where_kept }
    Professional, ProfessionalField { Role => role, Name => name, Phone => phone }
    StepInPerson, StepInField {
        Name => name,
        Relationship => relationship,
        Phone => phone,
        AgreedToBeContacted => agreed_to_be_contacted,
        HasKey => has_key,
        CanProvideCare => can_provide_care,
    }
}

/// Empty rows a page starts with, so the first boxes are there to fill:
/// one medicine (unless "takes no medicines" is ticked) and two people who
/// could step in.
pub const ROWS_TO_START_WITH: [(ListKind, usize); 2] =
    [(ListKind::Medicines, 1), (ListKind::StepIn, 2)];

impl EmergencyPlan {
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
