//! Which council's services the carer sees.
//!
//! The council of the area where the cared-for person lives does the carer's
//! assessment, so its local services come first. A council is named by the
//! link (`?council=bury`), by the page that embeds the app
//! (`data-council="bury"`), or by the carer on the start page. The carer's own
//! choice is saved with their answers and wins over the other two, so an old
//! link cannot undo it. Which ids are presets is the directory's to say
//! (`content::directory`): the caller passes that in.

/// The id the carer picks for "somewhere else in England": the national list,
/// chosen on purpose (an empty id means nobody has chosen yet).
pub const ELSEWHERE: &str = "england";

/// Longest id shown back to the carer in the "we do not know this place" note.
const LONGEST_SHOWN: usize = 40;

/// Where the app starts: the council to use, and an id nobody recognised.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Start {
    /// A preset id, [`ELSEWHERE`], or empty.
    pub council: String,
    /// The link or host asked for a council we have no details for. Shown in
    /// a note, as typed (trimmed and shortened), never as markup.
    pub unknown: Option<String>,
}

/// The council named in a link's query string (`location.search`), if any.
pub fn council_in_link(query: &str) -> Option<String> {
    let query = query.strip_prefix('?').unwrap_or(query);
    query
        .split('&')
        .filter_map(|pair| pair.strip_prefix("council="))
        .map(decode)
        .find(|id| !id.is_empty())
}

/// Enough percent-decoding for ids: `+` and `%20` are spaces; anything else
/// escaped is dropped rather than guessed at.
fn decode(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(c) = rest.chars().next() {
        if let Some(after) = rest.strip_prefix("%20") {
            out.push(' ');
            rest = after;
        } else if c == '%' {
            rest = rest.get(3..).unwrap_or_default();
        } else {
            out.push(if c == '+' { ' ' } else { c });
            rest = &rest[c.len_utf8()..];
        }
    }
    out.trim().to_owned()
}

/// Whether `id` is one of our presets, or the national choice.
pub fn is_known(id: &str, is_preset: impl Fn(&str) -> bool) -> bool {
    id == ELSEWHERE || is_preset(id)
}

/// Decides the starting council from what the carer saved, the link and the
/// embedding page, in that order of trust.
pub fn start(
    saved: &str,
    link: Option<&str>,
    host: Option<&str>,
    is_preset: impl Fn(&str) -> bool,
) -> Start {
    let asked = link
        .into_iter()
        .chain(host)
        .map(str::trim)
        .find(|id| !id.is_empty());
    let Some(asked) = asked else {
        return Start {
            council: saved.to_owned(),
            unknown: None,
        };
    };
    let id = asked.to_ascii_lowercase();
    if is_known(&id, is_preset) {
        Start {
            council: if saved.is_empty() {
                id
            } else {
                saved.to_owned()
            },
            unknown: None,
        }
    } else {
        Start {
            council: saved.to_owned(),
            unknown: Some(asked.chars().take(LONGEST_SHOWN).collect()),
        }
    }
}

/// The link a professional hands over: this page, with the council's preset
/// id if one was chosen. Nothing else: no tracking, nothing about anyone.
pub fn share_link(page: &str, preset: Option<&str>) -> String {
    let page = page.split(['?', '#']).next().unwrap_or_default();
    match preset {
        Some(id) => format!("{page}?council={id}"),
        None => page.to_owned(),
    }
}
