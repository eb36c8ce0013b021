//! Wording for part 3's pages (`data/plan_pages.toml`): section titles,
//! field labels and hints, buttons. What looks wrong in a plan is said by
//! `domain::plan::plan_problems`.

use crate::domain::small_map::SmallMap;
use std::sync::OnceLock;

use crate::content_struct;
use crate::domain::journey::PlanSection;
use crate::domain::plan::PlanField;

content_struct! {
#[derive(Debug)]
pub struct File {
    pub plan_pages: PlanPages,
}
}

content_struct! {
#[derive(Debug)]
pub struct PlanPages {
    pub caption: String,
    pub caption_named: String,
    pub page_of: String,
    pub the_person: String,
    pub unnamed: String,
    pub save_and_continue: String,
    pub not_found_title: String,
    pub not_found_text: String,
    pub not_found_link: String,
    /// Added to a plan by "Add suggested items".
    pub hospital_bag_suggested: Vec<String>,
    pub list: ListText,
    pub check: CheckText,
    pub remove: RemoveText,
    pub repeat: RepeatText,
    /// Labels of the yes/no/not sure and "left alone" options, by option id.
    pub choices: SmallMap<String, String>,
    pub sections: SmallMap<String, SectionText>,
    pub fields: SmallMap<String, FieldText>,
}
}

content_struct! {
#[derive(Debug)]
pub struct ListText {
    pub title: String,
    pub intro: String,
    pub why: String,
    pub none_yet: String,
    pub add: String,
    pub add_another: String,
    pub open_first: String,
    pub open: String,
    pub check: String,
    pub remove: String,
    pub back_to_tasks: String,
}
}

content_struct! {
#[derive(Debug)]
pub struct CheckText {
    pub title: String,
    pub intro: String,
    pub not_given: String,
    pub none: String,
    pub change: String,
    pub continue_button: String,
    pub next: String,
}
}

content_struct! {
#[derive(Debug)]
pub struct RemoveText {
    pub title: String,
    pub text: String,
    pub confirm: String,
    pub cancel: String,
}
}

content_struct! {
#[derive(Debug)]
pub struct RepeatText {
    pub remove: String,
    pub add_another: String,
}
}

content_struct! {
#[derive(Debug)]
pub struct SectionText {
    pub title: String,
    pub intro: String,
    /// For a page with a repeatable list: a row's legend ("Medicine 2").
    pub list: Option<String>,
    pub add: Option<String>,
    pub suggested: Option<String>,
    pub suggested_hint: Option<String>,
}
}

content_struct! {
#[derive(Debug)]
pub struct FieldText {
    pub label: String,
    pub hint: Option<String>,
}
}

/// Parsed once on first use.
pub fn plan_pages() -> &'static PlanPages {
    static CONTENT: OnceLock<File> = OnceLock::new();
    &CONTENT.get_or_init(super::read::<File>).plan_pages
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
    use crate::domain::plan::{
        EmergencyPlan, LeftAlone, Medicine, Professional, StepInField, StepInPerson, YesNoNotSure,
    };

    #[test]
    fn every_section_field_and_choice_has_wording() {
        let text = plan_pages();
        for &section in PlanSection::ALL {
            assert!(!text.section(section).title.is_empty());
        }
        let plan = EmergencyPlan {
            medicines: vec![Medicine::default()],
            professionals: vec![Professional::default()],
            step_in: vec![StepInPerson::default()],
            hospital_bag: vec![String::new()],
            ..EmergencyPlan::default()
        };
        let mut fields: Vec<PlanField> = plan.text_fields().into_iter().map(|(f, _)| f).collect();
        fields.extend(plan.phone_fields().into_iter().map(|(f, _)| f));
        fields.extend([
            PlanField::TakesNoMedicines,
            PlanField::LeftAlone,
            PlanField::MayWander,
            PlanField::LpaHealth,
            PlanField::LpaProperty,
            PlanField::AdvanceCarePlan,
        ]);
        for f in StepInField::ALL {
            fields.push(PlanField::StepIn(0, *f));
        }
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
