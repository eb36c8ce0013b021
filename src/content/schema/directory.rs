//! The shape of the wording and facts in the data files (see `content::schema`).

use crate::domain::signpost::{Audience, Group, Purpose, Rule};
use crate::domain::sources::ComparedWith;
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
    pub note: String,
}

/// One service, organisation or piece of guidance.
#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    /// Unique across national and council data; council ids start with the
    /// council id.
    pub id: String,
    pub name: String,
    pub purpose: Purpose,
    pub group: Group,
    #[serde(default)]
    pub audience: Audience,
    /// What it is for, in plain words.
    pub for_what: String,
    /// Who it suits.
    pub who: String,
    /// What to do when there is no contact to give, or to add to it.
    #[serde(default)]
    pub guidance: Option<String>,
    #[serde(default)]
    pub web: Option<String>,
    #[serde(default)]
    pub phone: Option<String>,
    /// A number to text, where the service offers one.
    #[serde(default)]
    pub text: Option<String>,
    #[serde(default)]
    pub email: Option<String>,
    /// Where the facts and contact details came from.
    /// Not in the app's copy of the content (see `build.rs`).
    #[serde(default)]
    pub source: String,
    /// What the contact details were compared with (not in the app's copy).
    #[serde(default)]
    pub compared_with: ComparedWith,
    /// The newest source's own date, `YYYY[-MM[-DD]]`, when known (not in
    /// the app's copy).
    #[serde(default)]
    pub source_dated: Option<String>,
    /// Whether the contact details were compared with the organisation's own
    /// page (or GOV.UK / NHS); `source` then names that page.
    #[serde(default)]
    pub checked: bool,
    /// When they were checked; absent while unchecked.
    #[serde(default)]
    pub last_checked: Option<String>,
    /// The seeds name the organisation but give no way to contact it.
    #[serde(default)]
    pub needs_council_details: bool,
    /// National entries this council entry stands in for while its preset
    /// is chosen (e.g. "contact your council" becomes "contact Bury Council").
    #[serde(default)]
    pub replaces: Vec<String>,
    /// For the council reviewer, never shown to carers.
    #[serde(default)]
    pub review_note: Option<String>,
}

#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Signposts {
    #[serde(default)]
    pub rule: Vec<Rule>,
}
