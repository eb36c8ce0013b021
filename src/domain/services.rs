//! The services a carer can be pointed to: one directory entry, and the
//! entries a carer could be shown with or without a council preset. The data
//! itself comes from the caller (`content::directory`).

use crate::domain::signpost::Target;
use crate::domain::sources::SourceDate;

pub use super::data::Entry;

impl Entry {
    /// Whether a carer has any way to act on it.
    pub fn has_contact(&self) -> bool {
        self.web.is_some() || self.phone.is_some() || self.text.is_some() || self.email.is_some()
    }

    /// The newest source's date, when known and well formed.
    pub fn source_date(&self) -> Option<SourceDate> {
        self.source_dated.as_deref().and_then(SourceDate::parse)
    }

    /// Anything a reviewer must supply or confirm before the entry is relied on.
    pub fn needs_review(&self) -> bool {
        self.needs_council_details || (self.has_contact() && !self.checked)
    }
}

/// What a carer could be shown: the chosen council's own entries (empty
/// without a preset) and the national ones.
#[derive(Clone, Copy, Debug)]
pub struct Services<'a> {
    pub local: &'a [Entry],
    pub national: &'a [Entry],
}

impl<'a> Services<'a> {
    /// Everything a carer could be shown: the council's entries first, then
    /// national ones it does not replace. The flag says whether the entry is
    /// local.
    pub fn entries(self) -> impl Iterator<Item = (&'a Entry, bool)> + 'a {
        let local = self.local;
        let replaced = move |id: &str| local.iter().any(|e| e.replaces.iter().any(|r| r == id));
        local.iter().map(|e| (e, true)).chain(
            self.national
                .iter()
                .filter(move |e| !replaced(&e.id))
                .map(|e| (e, false)),
        )
    }

    /// What a rule's target means here: for a purpose, the council's entries
    /// of that purpose then the national ones; for an entry (always a
    /// national one, which `tests/directory.rs` checks), that entry, or the
    /// council entry that replaces it.
    pub fn resolve(self, target: Target<'_>) -> Vec<(&'a Entry, bool)> {
        match target {
            Target::Purpose(purpose) => self
                .entries()
                .filter(|(e, _)| e.purpose == purpose)
                .collect(),
            Target::Entry(id) => {
                let replacement = self
                    .local
                    .iter()
                    .find(|e| e.replaces.iter().any(|r| r == id));
                match replacement {
                    Some(local) => vec![(local, true)],
                    None => self
                        .national
                        .iter()
                        .find(|e| e.id == id)
                        .map(|e| (e, false))
                        .into_iter()
                        .collect(),
                }
            }
        }
    }
}
