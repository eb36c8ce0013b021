//! Wording for part 3's pages (`data/plan_pages.toml`): section titles,
//! field labels and hints, buttons. What looks wrong in a plan is said by
//! `domain::plan::plan_problems`.

use crate::domain::journey::PlanSection;
use crate::domain::plan::PlanField;

pub use super::schema::plan_pages::*;

/// Parsed once on first use.
pub fn plan_pages() -> &'static PlanPages {
    &super::bundle().plan_pages.plan_pages
}

/// The wording key of a field: its anchor without the row number, so every
/// medicine's name shares "medicine-name".
pub fn field_key(field: PlanField) -> String {
    match field {
        PlanField::Medicine(_, f) => format!("medicine-{}", f.id()),
        PlanField::Professional(_, f) => format!("professional-{}", f.id()),
        PlanField::StepIn(_, f) => format!("step-in-{}", f.id()),
        PlanField::HospitalBag(_) => String::from("hospital-bag"),
        other => other.key(),
    }
}

impl PlanPages {
    pub fn section(&self, section: PlanSection) -> &SectionText {
        self.sections
            .get(section.id())
            .expect("every plan section has wording (checked by tests)")
    }

    pub fn field(&self, field: PlanField) -> &FieldText {
        self.fields
            .get(&field_key(field))
            .expect("every plan field has wording (checked by tests)")
    }

    pub fn choice(&self, id: &str) -> String {
        self.choices
            .get(id)
            .cloned()
            .unwrap_or_else(|| id.to_owned())
    }

    /// The caption above a plan page's heading: whose plan it is, where
    /// known. Headings and titles never name the person (the title stays in
    /// the browser's history after Exit this page).
    pub fn caption_for(&self, first_name: Option<&str>) -> String {
        match first_name {
            Some(name) => self.caption_named.replace("{name}", name),
            None => self.caption.clone(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::plan::{LeftAlone, YesNoNotSure};

    #[test]
    fn every_section_field_and_choice_has_wording() {
        let text = plan_pages();
        for &section in PlanSection::ALL {
            assert!(!text.section(section).title.is_empty());
        }
        // Every field, one row of each list; the list of people as a whole
        // is worded by its rows.
        let fields = PlanField::in_form_order(&|_| 1)
            .into_iter()
            .filter(|&field| field != PlanField::StepInPeople);
        for field in fields {
            assert!(
                text.fields.contains_key(&field_key(field)),
                "no wording for {field:?}"
            );
        }
        for id in YesNoNotSure::ALL.iter().map(|c| c.id()) {
            assert!(text.choices.contains_key(id), "{id}");
        }
        for id in LeftAlone::ALL.iter().map(|c| c.id()) {
            assert!(text.choices.contains_key(id), "{id}");
        }
    }
}
