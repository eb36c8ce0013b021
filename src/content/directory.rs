//! Where to get help: the national directory, the council presets and the
//! signposting rules, typed.
//!
//! Data lives in `data/directory.toml` (England-wide services and the list
//! headings), `data/councils.toml` (one preset per council) and
//! `data/signposts.toml` (the rules `domain::signpost` applies). Every entry
//! says where its contact details came from and whether they were checked;
//! `tests/directory.rs` keeps that honest and `examples/content_report.rs`
//! prints what a council reviewer still has to check.

pub use super::schema::directory::*;

pub use crate::domain::services::Entry;
use crate::domain::services::Services;
use crate::domain::signpost::Group;

/// The directory, parsed once on first use.
pub fn directory() -> &'static DirectoryContent {
    &super::bundle().directory
}

impl DirectoryContent {
    /// A preset by id, forgiving case and spaces as typed in a link.
    pub fn council(&self, id: &str) -> Option<&Council> {
        let id = id.trim().to_ascii_lowercase();
        self.councils.council.iter().find(|c| c.id == id)
    }

    pub fn national(&self, id: &str) -> Option<&Entry> {
        self.directory.entry.iter().find(|e| e.id == id)
    }

    /// Any entry, national or local.
    pub fn find(&self, id: &str) -> Option<&Entry> {
        self.national(id).or_else(|| {
            self.councils
                .council
                .iter()
                .flat_map(|c| &c.entry)
                .find(|e| e.id == id)
        })
    }

    pub fn group_text(&self, group: Group) -> Option<&GroupText> {
        self.directory.group.iter().find(|g| g.id == group)
    }

    /// What a carer could be shown with this preset (or nationally).
    pub fn services<'a>(&'a self, council: Option<&'a Council>) -> Services<'a> {
        Services {
            local: council.map(|c| c.entry.as_slice()).unwrap_or_default(),
            national: &self.directory.entry,
        }
    }

    /// The services for a preset id (an unknown id means national only).
    pub fn services_for(&self, council_id: Option<&str>) -> Services<'_> {
        self.services(council_id.and_then(|id| self.council(id)))
    }

    /// Everything a carer could be shown with this preset (or nationally):
    /// the council's entries first, then national ones it does not replace.
    /// The flag says whether the entry is local.
    pub fn entries_for<'a>(
        &'a self,
        council: Option<&'a Council>,
    ) -> impl Iterator<Item = (&'a Entry, bool)> + 'a {
        self.services(council).entries()
    }
}

/// WCAG 2 contrast ratio of two `#rrggbb` colours, from 1 to 21.
pub fn contrast_ratio(a: &str, b: &str) -> Option<f64> {
    let (la, lb) = (luminance(a)?, luminance(b)?);
    let (hi, lo) = if la > lb { (la, lb) } else { (lb, la) };
    Some((hi + 0.05) / (lo + 0.05))
}

fn luminance(hex: &str) -> Option<f64> {
    let hex = hex.strip_prefix('#')?;
    if hex.len() != 6 {
        return None;
    }
    let channel = |i: usize| -> Option<f64> {
        let c = f64::from(u8::from_str_radix(hex.get(i..i + 2)?, 16).ok()?) / 255.0;
        Some(if c <= 0.03928 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        })
    };
    Some(0.2126 * channel(0)? + 0.7152 * channel(2)? + 0.0722 * channel(4)?)
}

impl Colours {
    /// The pairs we draw, named, with their contrast ratios. The page
    /// background is white.
    pub fn pairs(&self) -> Vec<(&'static str, Option<f64>)> {
        vec![
            (
                "text on primary",
                contrast_ratio(&self.on_primary, &self.primary),
            ),
            ("primary on white", contrast_ratio(&self.primary, "#ffffff")),
            ("link on white", contrast_ratio(&self.link, "#ffffff")),
        ]
    }
}
