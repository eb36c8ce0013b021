//! The shape of the wording and facts in the data files (see `content::schema`).

use crate::domain::data::{Entry, Rule};
use crate::domain::signpost::Group;
use serde::{Deserialize, Serialize};

/// The three data files this module reads.
#[derive(Debug, Deserialize, Serialize)]
pub struct DirectoryContent {
    pub directory: National,
    pub councils: Councils,
    pub signposts: Signposts,
}

#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct National {
    /// The day source ages are measured from (`domain::sources`). Not in
    /// the app's copy of the content.
    #[serde(default)]
    pub sources_as_of: String,
    /// Headings of the printed list, in `Group::ALL` order.
    #[serde(default)]
    pub group: Vec<GroupText>,
    #[serde(default)]
    pub entry: Vec<Entry>,
}

#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct GroupText {
    pub id: Group,
    pub title: String,
    #[serde(default)]
    pub young_title: Option<String>,
}

#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Councils {
    #[serde(default)]
    pub council: Vec<Council>,
}

/// A council preset, chosen by `?council=<id>` or the embedding page.
#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Council {
    pub id: String,
    /// The council's own name, e.g. "Bury Council".
    pub name: String,
    /// The place, as a carer would say it: "Bury".
    pub area: String,
    pub colours: Colours,
    /// Organisations the seeds name only as strategy partners: never shown
    /// as running a service (not in the app's copy).
    #[serde(default)]
    pub partners_only: Vec<String>,
    #[serde(default)]
    pub entry: Vec<Entry>,
}

/// Theme colours, as `#rrggbb`. Ours are approximations until the council
/// confirms them; every pair we use meets WCAG AA (4.5:1), which a test checks.
#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Colours {
    /// Header and button background.
    pub primary: String,
    /// Text on `primary`.
    pub on_primary: String,
    /// Links on the white page.
    pub link: String,
    /// Why these colours, for the council to confirm (not in the app's copy).
    #[serde(default)]
    pub note: String,
}

#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Signposts {
    #[serde(default)]
    pub rule: Vec<Rule>,
}
