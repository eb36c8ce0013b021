//! Wording for part 4, "Your documents", from `document_pages.toml`.

pub use super::schema::document_pages::*;

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
