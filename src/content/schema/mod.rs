//! The shape of the data files: plain structs with serde derives and nothing
//! else. `build.rs` includes this module too (with the domain's option ids as
//! text), so the build reads the TOML into exactly the types the app reads, and
//! writes them in postcard's compact form.

pub mod directory;
pub mod document_pages;
pub mod messages;
pub mod outcomes;
pub mod part1;
pub mod plan_pages;
pub mod site;
pub mod wellbeing_pages;

use serde::{Deserialize, Serialize};

/// Every data file, typed: what the app reads.
#[derive(Debug, Deserialize, Serialize)]
pub struct Bundle {
    pub content: part1::Content,
    pub directory: directory::DirectoryContent,
    pub outcomes: outcomes::OutcomesContent,
    pub plan_pages: plan_pages::File,
    pub site: site::Files,
    pub document_pages: document_pages::Files,
    pub wellbeing_pages: wellbeing_pages::Files,
    pub messages: messages::Files,
}

impl Bundle {
    /// From the data files as one JSON object keyed by file name (`build.rs`
    /// and tests). Each part reads the files it names.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn from_json(root: &serde_json::Value) -> Result<Bundle, serde_json::Error> {
        Ok(Bundle {
            content: part1::Content::deserialize(root)?,
            directory: directory::DirectoryContent::deserialize(root)?,
            outcomes: outcomes::OutcomesContent::deserialize(root)?,
            plan_pages: plan_pages::File::deserialize(root)?,
            site: site::Files::deserialize(root)?,
            document_pages: document_pages::Files::deserialize(root)?,
            wellbeing_pages: wellbeing_pages::Files::deserialize(root)?,
            messages: messages::Files::deserialize(root)?,
        })
    }
}
