//! Small helpers that are not rules about carers, for any module.

/// The text, trimmed, cut at `most` characters with "…" when longer.
pub fn clip(text: &str, most: usize) -> String {
    let text = text.trim();
    if text.chars().count() <= most {
        return text.to_owned();
    }
    let cut: String = text.chars().take(most.saturating_sub(1)).collect();
    format!("{}…", cut.trim_end())
}
