//! Where the answers are kept in the browser.
//!
//! By default in this tab only (sessionStorage): a refresh keeps them, closing
//! the tab deletes them. If the carer asks to keep them on this device, a
//! copy also goes to localStorage, and opting out removes it. Storage can be
//! missing or throw (private modes, sandboxed frames, a full quota): then the
//! app carries on and says exactly what was and was not kept ([`said`]).
//!
//! What is stored is the same versioned file as "Download my answers"
//! (`domain::answers_file`), with a `revision`, so stored answers are
//! migrated like files.
//!
//! Keys, in both storages:
//! - `carer-check:answers`: the answers.
//! - `carer-check:unreadable`: stored text the app could not read, moved
//!   here as it was (never changed) so new answers can still be saved. Only
//!   the carer deletes it.
//! - `carer-check:other`: after two tabs changed the same answer differently,
//!   the other version, until the carer chooses.
//!
//! - `carer-check:language`: the language the carer chose (a tag, `en`
//!   included), beside the answers and never in them, so the answers file
//!   is the same in every language. Written when the app starts in a
//!   chosen language and copied to the device with each save that keeps
//!   the answers there; removed with them (Exit this page, stop keeping,
//!   delete). Which language to start in is `content::language::start`.
//!
//! and in the tab only `carer-check:tab`: whether this tab keeps its answers
//! on the device, and whether its copy matched the device's when last saved.
//!
//! Several tabs can keep the same answers on the device. Before each save a
//! tab reads the device copy; if another tab saved since, the two are merged
//! answer by answer (`domain::merge`), so an older copy never replaces a
//! newer one. Tabs hear each other's saves (the `storage` event, see
//! `ui::keeping`) through [`heard`]. "Stop keeping" removes the device copy,
//! and "Delete" also sets and clears `carer-check:deleted`, so every other
//! keeping tab stops keeping, or deletes, too.
//!
//! Everything that decides is pure ([`decode`], [`prepare`], [`heard`],
//! [`said`]) and tested natively; the rest only reads and writes.

use crate::domain::answers::Answers;
use crate::domain::answers_file;
use crate::domain::dates::Date;
use crate::domain::merge::merge;
use crate::domain::record::Record;

pub const KEY: &str = "carer-check:answers";
pub const UNREADABLE: &str = "carer-check:unreadable";
pub const OTHER: &str = "carer-check:other";
pub const TAB: &str = "carer-check:tab";
pub const DELETED: &str = "carer-check:deleted";
pub const LANGUAGE: &str = "carer-check:language";

/// `carer-check:tab` values: this tab does not keep on the device; it does
/// and its copy was the device's when saved; it does but the device's copy
/// could not be updated.
const TAB_ONLY: &str = "tab";
const KEPT: &str = "kept";
// Only the browser side writes it.
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
const KEPT_BEHIND: &str = "kept+";

/// Why the browser is not keeping the answers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StorageProblem {
    /// No storage at all, or it refused (private mode, blocked, sandboxed).
    Unavailable,
    /// The storage is full.
    Full,
}

/// What the last save (or the start) achieved, storage by storage.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Kept {
    pub tab: Result<(), StorageProblem>,
    /// `None` when the carer has not asked to keep the answers on the device.
    pub device: Option<Result<(), StorageProblem>>,
    /// The device has a copy from before the latest answers.
    pub older_on_device: bool,
}

/// What the app tells the carer about where the answers are: one sentence
/// for each state, chosen by [`said`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Said {
    InTab,
    OnDevice,
    /// Asked to keep them on the device, but the device is full: in the tab only.
    TabOnlyDeviceFull,
    /// Asked to keep them on the device, but it refused: in the tab only.
    TabOnlyDeviceRefused,
    /// Nowhere: the browser is full.
    NowhereFull,
    /// Nowhere: the browser keeps nothing.
    NowhereRefused,
}

impl Said {
    /// States the carer is told about once, above the page.
    pub fn is_problem(self) -> bool {
        !matches!(self, Said::InTab | Said::OnDevice)
    }
}

/// The sentence that is true for what was kept.
pub fn said(kept: Kept) -> Said {
    match (kept.tab, kept.device) {
        (_, Some(Ok(()))) => Said::OnDevice,
        (Ok(()), None) => Said::InTab,
        (Ok(()), Some(Err(StorageProblem::Full))) => Said::TabOnlyDeviceFull,
        (Ok(()), Some(Err(StorageProblem::Unavailable))) => Said::TabOnlyDeviceRefused,
        (Err(StorageProblem::Full), _) | (_, Some(Err(StorageProblem::Full))) => Said::NowhereFull,
        (Err(StorageProblem::Unavailable), _) => Said::NowhereRefused,
    }
}

/// The raw text found in storage when the app starts.
#[derive(Debug, Default, Clone)]
pub struct Found {
    pub tab: Option<String>,
    pub device: Option<String>,
    /// `carer-check:tab`.
    pub tab_state: Option<String>,
    pub tab_unreadable: Option<String>,
    pub device_unreadable: Option<String>,
    pub tab_other: Option<String>,
    pub device_other: Option<String>,
}

/// What the app starts with.
#[derive(Debug, PartialEq, Default)]
pub struct Loaded {
    pub answers: Answers,
    /// This tab keeps its answers on the device.
    pub kept_on_device: bool,
    /// The device copy this tab has taken in (to merge with later).
    pub known: Option<String>,
    /// Unreadable text under the answers key, to move aside before saving there.
    pub tab_bad: Option<String>,
    pub device_bad: Option<String>,
    /// Every piece of stored text that could not be read, for the carer.
    pub unreadable: Option<String>,
    /// The other version of answers two tabs changed differently.
    pub other: Option<Answers>,
}

fn parse(text: &str) -> Option<(Answers, u32)> {
    answers_file::read_stored(text.as_bytes()).ok()
}

/// Unreadable pieces, each once, in one text for the carer to download.
pub fn join_unreadable<'a>(pieces: impl IntoIterator<Item = &'a str>) -> Option<String> {
    let mut all = String::new();
    for piece in pieces {
        if !all.contains(piece) {
            if !all.is_empty() {
                all.push_str("\n\n");
            }
            all.push_str(piece);
        }
    }
    (!all.is_empty()).then_some(all)
}

/// Whether this tab keeps its answers on the device: the device has a copy
/// and this tab has not chosen to keep them in the tab only.
pub fn keeps_on_device(device: Option<&str>, tab_state: Option<&str>) -> bool {
    device.is_some() && tab_state != Some(TAB_ONLY)
}

/// The language the carer chose earlier: this tab's copy, or else the
/// device's when this tab keeps its answers there (`on_device`, from
/// [`keeps_on_device`], as [`decode`] takes the device's answers).
pub fn kept_language(
    tab: Option<String>,
    device: Option<String>,
    on_device: bool,
) -> Option<String> {
    tab.or(device.filter(|_| on_device))
}

/// Reads what the storages held. A readable copy always wins over an
/// unreadable one; when both are readable and this tab keeps on the device,
/// the device's copy is taken unless this tab's is newer or was never saved
/// there, and then the two are merged (a conflict keeps both).
pub fn decode(found: Found) -> Loaded {
    let kept_on_device = keeps_on_device(found.device.as_deref(), found.tab_state.as_deref());
    let device_text = found.device.as_deref().filter(|_| kept_on_device);
    let tab = found.tab.as_deref().map(|t| (t, parse(t)));
    let device = device_text.map(|t| (t, parse(t)));
    let mut loaded = Loaded {
        kept_on_device,
        ..Loaded::default()
    };
    if let Some((text, None)) = tab {
        loaded.tab_bad = Some(text.to_owned());
    }
    if let Some((text, None)) = device {
        loaded.device_bad = Some(text.to_owned());
    }
    let device_aside = found
        .device_unreadable
        .as_deref()
        .filter(|_| kept_on_device);
    loaded.unreadable = join_unreadable(
        [
            found.tab_unreadable.as_deref(),
            loaded.tab_bad.as_deref(),
            device_aside,
            loaded.device_bad.as_deref(),
        ]
        .into_iter()
        .flatten(),
    );
    match (tab, device) {
        (Some((mine_text, Some(mine))), Some((theirs_text, Some(theirs)))) => {
            loaded.known = Some(theirs_text.to_owned());
            let synced = found.tab_state.as_deref() == Some(KEPT);
            if mine_text == theirs_text || (synced && theirs.1 >= mine.1) {
                loaded.answers = theirs.0;
            } else {
                // Changes here that never reached the device, or a device copy
                // older than this tab's: no common copy is known, so every
                // difference is a conflict and both versions are kept.
                let merged = merge(
                    &Answers::default().to_value(),
                    &mine.0.to_value(),
                    &theirs.0.to_value(),
                );
                loaded.answers = Answers::from_value(&merged.value).unwrap_or(mine.0);
                if merged.conflicts > 0 {
                    loaded.other = Answers::from_value(&merged.other).ok();
                }
            }
        }
        (Some((_, Some(mine))), _) => loaded.answers = mine.0,
        (_, Some((theirs_text, Some(theirs)))) => {
            loaded.known = Some(theirs_text.to_owned());
            loaded.answers = theirs.0;
        }
        _ => {}
    }
    if loaded.other.is_none() {
        let device_other = found.device_other.as_deref().filter(|_| kept_on_device);
        loaded.other = device_other
            .or(found.tab_other.as_deref())
            .and_then(|text| answers_file::read(text.as_bytes()).ok());
    }
    loaded
}

/// What a save writes.
// Made once per save and consumed at once: boxing would only add code.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, PartialEq)]
pub enum Prepared {
    /// Nothing new for the device: its copy (this text) is these answers.
    Unchanged(String),
    /// New text for both storages. `answers` differ from this tab's when
    /// another tab's changes were merged in; `other` is set on a conflict.
    Write {
        text: String,
        answers: Answers,
        other: Option<Answers>,
    },
}

/// Decides what to save. `known` is the device copy this tab last took in,
/// `now` what the device holds now (readable or `None`): when they differ,
/// another tab has saved since, and its changes are merged with this tab's.
pub fn prepare(mine: &Answers, known: Option<&str>, now: Option<&str>, today: Date) -> Prepared {
    let base = known.and_then(parse);
    let theirs = now.and_then(parse);
    let revision = base
        .as_ref()
        .map_or(0, |b| b.1)
        .max(theirs.as_ref().map_or(0, |t| t.1))
        .saturating_add(1);
    let write = |answers: Answers, other: Option<Answers>| Prepared::Write {
        text: encode_stored(&answers, today, revision),
        answers,
        other,
    };
    match (now, theirs) {
        (Some(now_text), Some(theirs)) => {
            if Some(now_text) == known && base.as_ref().is_some_and(|b| b.0 == *mine) {
                return Prepared::Unchanged(now_text.to_owned());
            }
            if Some(now_text) == known || theirs.0 == *mine {
                return write(mine.clone(), None);
            }
            let base = base.map(|b| b.0).unwrap_or_default();
            let merged = merge(&base.to_value(), &mine.to_value(), &theirs.0.to_value());
            let answers = Answers::from_value(&merged.value).unwrap_or_else(|_| mine.clone());
            let other = (merged.conflicts > 0)
                .then(|| Answers::from_value(&merged.other).ok())
                .flatten();
            write(answers, other)
        }
        _ => write(mine.clone(), None),
    }
}

/// What another tab did, heard through a `storage` event on the device.
// Made once per event and consumed at once: boxing would only add code.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, PartialEq)]
pub enum Heard {
    Nothing,
    /// The carer deleted the answers in another tab.
    Deleted,
    /// The carer stopped keeping them on this device in another tab.
    StoppedKeeping,
    /// Another tab saved: these are the answers now (with this tab's
    /// changes merged in), `known` the device copy taken in, and `save` says
    /// this tab has changes the device does not have yet.
    Answers {
        answers: Answers,
        other: Option<Answers>,
        known: String,
        save: bool,
    },
    /// Another tab kept (or let go of) the other version of a conflict.
    Other(Option<Answers>),
}

/// Decides what a change on the device means for this tab. `old` is the
/// copy the other tab replaced (the one it merged with), `known` the copy
/// this tab last took in.
pub fn heard(
    key: Option<&str>,
    old: Option<&str>,
    new: Option<&str>,
    mine: &Answers,
    known: Option<&str>,
) -> Heard {
    match key {
        // The whole storage was cleared.
        None => Heard::StoppedKeeping,
        Some(DELETED) if new.is_some() => Heard::Deleted,
        Some(OTHER) => Heard::Other(new.and_then(|t| answers_file::read(t.as_bytes()).ok())),
        Some(KEY) => match new {
            None => Heard::StoppedKeeping,
            Some(text) if Some(text) == known => Heard::Nothing,
            Some(text) => {
                // Unreadable text is dealt with by the next save, which moves it aside.
                let Some((theirs, _)) = parse(text) else {
                    return Heard::Nothing;
                };
                let base = old
                    .or(known)
                    .and_then(parse)
                    .map(|b| b.0)
                    .unwrap_or_default();
                let merged = merge(&base.to_value(), &mine.to_value(), &theirs.to_value());
                let answers = Answers::from_value(&merged.value).unwrap_or_else(|_| mine.clone());
                Heard::Answers {
                    save: answers != theirs,
                    other: (merged.conflicts > 0)
                        .then(|| Answers::from_value(&merged.other).ok())
                        .flatten(),
                    answers,
                    known: text.to_owned(),
                }
            }
        },
        Some(_) => Heard::Nothing,
    }
}

/// The text stored for these answers.
pub fn encode(answers: &Answers, today: Date) -> String {
    answers_file::write(answers, env!("CARGO_PKG_VERSION"), today)
}

fn encode_stored(answers: &Answers, today: Date, revision: u32) -> String {
    answers_file::write_stored(answers, env!("CARGO_PKG_VERSION"), today, revision)
}

// The browser's storage, reading and writing only: in the wasm alone, so
// native builds and tests need no browser crates.
#[cfg(target_arch = "wasm32")]
mod browser;
#[cfg(target_arch = "wasm32")]
pub use browser::*;

#[cfg(test)]
mod tests;
