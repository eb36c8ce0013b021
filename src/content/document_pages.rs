//! Wording for part 4, "Your documents", from `document_pages.toml`.

use crate::domain::plan::{LeftAlone, YesNoNotSure};

pub use super::schema::document_pages::*;

impl PlanText {
    pub fn yes_no(&self, answer: YesNoNotSure) -> &str {
        match answer {
            YesNoNotSure::Yes => &self.yes,
            YesNoNotSure::No => &self.no,
            YesNoNotSure::NotSure => &self.not_sure,
        }
    }

    pub fn left_alone_label(&self, answer: LeftAlone) -> &str {
        self.left_alone_options
            .iter()
            .find(|option| option.id == answer)
            .map_or("", |option| option.label.as_str())
    }
}

/// Replaces `{key}` in wording with the value, in one pass: a value the
/// carer typed is never read as a template.
pub fn fill(template: &str, key: &str, value: &str) -> String {
    template
        .split(&format!("{{{key}}}"))
        .collect::<Vec<_>>()
        .join(value)
}

pub fn document_pages() -> &'static DocumentPages {
    &super::bundle().document_pages.document_pages
}
