//! Every field of a plan by name, and the one table of which page asks for
//! which field. Messages link to a field by its key; the pages, the check
//! page and the documents' "fill this in" links all read the same table.

use super::edits::{Holds, RowSlots, Slot, SlotMut};
use super::EmergencyPlan;
use crate::choice_enum;
use crate::domain::journey::PlanSection;

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

/// A repeatable list: rows with "Remove" and an "Add another" button.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ListKind {
    Medicines,
    Professionals,
    StepIn,
    HospitalBag,
}

/// Declares `PlanField` and, from the same list, `PlanField::in_form_order`
/// and where each field lives in a plan (`EmergencyPlan::slot` and
/// `slot_mut`, which `edits` reads and writes through), so no field can be
/// left out of the list the tests walk, and a field without a place in the
/// plan does not compile.
macro_rules! plan_fields {
    (
        $(#[$meta:meta])*
        pub enum PlanField {
            $(
                $(#[$variant_meta:meta])*
                $variant:ident $( ($at:ident $(, $sub_field:ident: $sub:ident)?) in $list:ident )?
                    => $($member:ident).+
            ),* $(,)?
        }
    ) => {
        $(#[$meta])*
        pub enum PlanField {
            $( $(#[$variant_meta])* $variant $( (usize $(, $sub)?) )? ),*
        }

        impl PlanField {
            /// Every field in the form's order, with `rows(list)` rows of each
            /// repeatable list, row by row.
            pub fn in_form_order(rows: &dyn Fn(ListKind) -> usize) -> Vec<PlanField> {
                let mut fields = Vec::with_capacity(64);
                $( plan_fields!(@push fields, rows, $variant $( (usize $(, $sub)?) in $list )?); )*
                fields
            }

            /// The list this field is a row of, and the row.
            pub fn row(self) -> Option<(ListKind, usize)> {
                $( plan_fields!(@row self, $variant $( (usize $(, $sub)?) in $list )?); )*
                None
            }

            /// The same field in row `at` of its list (itself if it is not
            /// a row), so a row that moves up keeps its fields.
            pub fn in_row(self, at: usize) -> PlanField {
                $( plan_fields!(@in_row self, at, $variant $( (usize $(, $sub)?) in $list )?); )*
                self
            }
        }

        impl EmergencyPlan {
            /// Where a field lives, to read it: `None` for a row that is not
            /// there, and for a list as a whole.
            pub(super) fn slot(&self, field: PlanField) -> Option<Slot<'_>> {
                match field {
                    $( PlanField::$variant $( ($at $(, $sub_field)?) )? =>
                        plan_fields!(@get self.$($member).+ $(, $at $(, $sub_field)?)?) ),*
                }
            }

            /// As `slot`, to change the field.
            pub(super) fn slot_mut(&mut self, field: PlanField) -> Option<SlotMut<'_>> {
                match field {
                    $( PlanField::$variant $( ($at $(, $sub_field)?) )? =>
                        plan_fields!(@get_mut self.$($member).+ $(, $at $(, $sub_field)?)?) ),*
                }
            }
        }
    };
    (@get $place:expr) => { $place.slot() };
    (@get $place:expr, $at:ident) => { $place.get($at)?.slot() };
    (@get $place:expr, $at:ident, $sub:ident) => { $place.get($at)?.row_slot($sub) };
    (@get_mut $place:expr) => { $place.slot_mut() };
    (@get_mut $place:expr, $at:ident) => { $place.get_mut($at)?.slot_mut() };
    (@get_mut $place:expr, $at:ident, $sub:ident) => { $place.get_mut($at)?.row_slot_mut($sub) };
    (@in_row $field:ident, $at:ident, $variant:ident) => {};
    (@in_row $field:ident, $at:ident, $variant:ident (usize) in $list:ident) => {
        if let PlanField::$variant(_) = $field {
            return PlanField::$variant($at);
        }
    };
    (@in_row $field:ident, $at:ident, $variant:ident (usize, $sub:ident) in $list:ident) => {
        if let PlanField::$variant(_, sub) = $field {
            return PlanField::$variant($at, sub);
        }
    };
    (@row $field:ident, $variant:ident) => {
        if let PlanField::$variant = $field {
            return None;
        }
    };
    (@row $field:ident, $variant:ident (usize $(, $sub:ident)?) in $list:ident) => {
        if let PlanField::$variant(at, ..) = $field {
            return Some((ListKind::$list, at));
        }
    };
    (@push $fields:ident, $rows:ident, $variant:ident) => {
        $fields.push(PlanField::$variant)
    };
    (@push $fields:ident, $rows:ident, $variant:ident (usize) in $list:ident) => {
        $fields.extend((0..$rows(ListKind::$list)).map(PlanField::$variant))
    };
    (@push $fields:ident, $rows:ident, $variant:ident (usize, $sub:ident) in $list:ident) => {
        for at in 0..$rows(ListKind::$list) {
            $fields.extend($sub::ALL.iter().map(|&field| PlanField::$variant(at, field)));
        }
    };
}

plan_fields! {
    /// A field of an emergency plan, and where it lives in `EmergencyPlan`.
    /// Variants are in the form's order, so sorting by field sorts messages
    /// the way the carer meets them. Rows of repeatable lists are counted
    /// from 0.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    pub enum PlanField {
        Name => name,
        DateOfBirth => date_of_birth,
        Address => address,
        Conditions => conditions,
        Allergies => allergies,
        TakesNoMedicines => takes_no_medicines,
        Medicine(at, field: MedicineField) in Medicines => medicines,
        MedicinesKept => medicines_kept,
        PharmacyName => pharmacy.name,
        PharmacyPhone => pharmacy.phone,
        GpName => gp.name,
        GpPhone => gp.phone,
        Professional(at, field: ProfessionalField) in Professionals => professionals,
        Communication => communication,
        Mobility => mobility,
        Continence => continence,
        Eating => eating,
        DailyRoutine => daily_routine,
        Calms => calms,
        Upsets => upsets,
        Equipment => equipment,
        LeftAlone => left_alone,
        MayWander => may_wander,
        Height => description.height,
        Build => description.build,
        Hair => description.hair,
        UsualClothes => description.usual_clothes,
        DistinguishingFeatures => description.distinguishing_features,
        Habits => habits,
        PlacesTheyGo => places_they_go,
        /// The list as a whole: "add a person". It holds nothing itself.
        StepInPeople => step_in,
        StepIn(at, field: StepInField) in StepIn => step_in,
        KeyHolders => key_holders,
        Pets => pets,
        DocumentsKept => documents_kept,
        LpaHealth => lpa_health.in_place,
        LpaHealthHeldBy => lpa_health.held_by,
        LpaProperty => lpa_property.in_place,
        LpaPropertyHeldBy => lpa_property.held_by,
        AdvanceCarePlan => advance_care_plan.in_place,
        AdvanceCarePlanKept => advance_care_plan.kept_where,
        HospitalBag(at) in HospitalBag => hospital_bag,
    }
}

impl PlanField {
    /// A stable anchor for the form field, e.g. "step-in-0-phone". Unique
    /// within one plan; the page adds the plan id to make it unique overall.
    pub fn key(self) -> String {
        match self {
            PlanField::Medicine(at, field) => format!("medicine-{at}-{}", field.id()),
            PlanField::Professional(at, field) => format!("professional-{at}-{}", field.id()),
            PlanField::StepIn(at, field) => format!("step-in-{at}-{}", field.id()),
            PlanField::HospitalBag(at) => format!("hospital-bag-{at}"),
            _ => self.single_key().unwrap_or_default().to_string(),
        }
    }

    /// The anchor of a field that is not a row of a list (a row's anchor
    /// has its number in it: `key`).
    pub fn single_key(self) -> Option<&'static str> {
        Some(match self {
            PlanField::Medicine(..)
            | PlanField::Professional(..)
            | PlanField::StepIn(..)
            | PlanField::HospitalBag(_) => return None,
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
        })
    }

    /// The page that asks for this field, read from `section_items`. Every
    /// field is on exactly one page (tests/plan.rs walks every field).
    pub fn section(self) -> PlanSection {
        PlanSection::ALL
            .iter()
            .copied()
            .find(|&section| section_items(section).iter().any(|item| item.holds(self)))
            .unwrap_or(PlanSection::Person)
    }
}

/// One thing on a plan page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Item {
    Text(PlanField),
    /// Several lines.
    Long(PlanField),
    Phone(PlanField),
    /// A single tick box ("They do not take any medicines").
    Flag(PlanField),
    /// Radios: yes / no / not sure, or how long they can be left alone.
    Choice(PlanField),
    List(ListKind),
}

impl Item {
    /// Whether this item asks for the field (a list: any of its rows, or
    /// the list as a whole).
    pub fn holds(self, field: PlanField) -> bool {
        match self {
            Item::Text(own) | Item::Long(own) | Item::Phone(own) | Item::Flag(own) => own == field,
            Item::Choice(own) => own == field,
            Item::List(ListKind::StepIn) if field == PlanField::StepInPeople => true,
            Item::List(kind) => field.row().is_some_and(|(list, _)| list == kind),
        }
    }
}

/// The one table of which page asks for what: the fields of each page, in
/// the order asked.
pub fn section_items(section: PlanSection) -> &'static [Item] {
    use Item::*;
    use PlanField as F;
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
        // The first item asks whether they may wander; the page asks the
        // rest only if so (`EmergencyPlan::asks`).
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

impl ListKind {
    pub const ALL: [ListKind; 4] = [
        ListKind::Medicines,
        ListKind::Professionals,
        ListKind::StepIn,
        ListKind::HospitalBag,
    ];

    /// The page the list is on, read from `section_items`.
    pub fn section(self) -> PlanSection {
        PlanSection::ALL
            .iter()
            .copied()
            .find(|&section| section_items(section).contains(&Item::List(self)))
            .unwrap_or(PlanSection::Person)
    }

    /// The fields of one row, in order.
    pub fn row_fields(self, at: usize) -> Vec<PlanField> {
        PlanField::in_form_order(&|kind| if kind == self { at + 1 } else { 0 })
            .into_iter()
            .filter(|field| field.row() == Some((self, at)))
            .collect()
    }
}
