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

use std::cell::RefCell;

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

/// `carer-check:tab` values: this tab does not keep on the device; it does
/// and its copy was the device's when saved; it does but the device's copy
/// could not be updated.
const TAB_ONLY: &str = "tab";
const KEPT: &str = "kept";
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

/// Reads what the storages held. A readable copy always wins over an
/// unreadable one; when both are readable and this tab keeps on the device,
/// the device's copy is taken unless this tab's is newer or was never saved
/// there, and then the two are merged (a conflict keeps both).
pub fn decode(found: Found) -> Loaded {
    let kept_on_device = found.device.is_some() && found.tab_state.as_deref() != Some(TAB_ONLY);
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

// ---- The browser's storage: reading and writing only. ----

/// What this tab knows between saves.
#[derive(Default)]
struct Sync {
    /// The device copy last taken in or written.
    known: Option<String>,
    /// Unreadable text is under the answers key and could not be moved
    /// aside: nothing may be written there.
    tab_blocked: Option<StorageProblem>,
    device_blocked: Option<StorageProblem>,
}

thread_local! {
    static SYNC: RefCell<Sync> = RefCell::new(Sync::default());
}

fn tab() -> Result<web_sys::Storage, StorageProblem> {
    web_sys::window()
        .ok_or(StorageProblem::Unavailable)?
        .session_storage()
        .ok()
        .flatten()
        .ok_or(StorageProblem::Unavailable)
}

fn device() -> Result<web_sys::Storage, StorageProblem> {
    web_sys::window()
        .ok_or(StorageProblem::Unavailable)?
        .local_storage()
        .ok()
        .flatten()
        .ok_or(StorageProblem::Unavailable)
}

/// True when the storage is the device's (localStorage).
pub fn is_device(storage: Option<web_sys::Storage>) -> bool {
    storage.is_some() && storage == device().ok()
}

fn get(
    storage: &Result<web_sys::Storage, StorageProblem>,
    key: &str,
) -> Result<Option<String>, StorageProblem> {
    match storage {
        Ok(storage) => storage
            .get_item(key)
            .map_err(|_| StorageProblem::Unavailable),
        Err(problem) => Err(*problem),
    }
}

fn set(storage: &web_sys::Storage, key: &str, text: &str) -> Result<(), StorageProblem> {
    storage
        .set_item(key, text)
        .map_err(|error| problem_of(&error))
}

fn remove(storage: &Result<web_sys::Storage, StorageProblem>, keys: &[&str]) -> bool {
    storage
        .as_ref()
        .is_ok_and(|s| keys.iter().all(|key| s.remove_item(key).is_ok()))
}

/// Copies unreadable text to `carer-check:unreadable` (after what is there),
/// so the answers key can take new answers. On failure the answers key must
/// not be written.
fn set_aside(
    storage: &Result<web_sys::Storage, StorageProblem>,
    text: &str,
) -> Result<(), StorageProblem> {
    let storage = storage.as_ref().map_err(|p| *p)?;
    let before = storage.get_item(UNREADABLE).ok().flatten();
    match join_unreadable(before.as_deref().into_iter().chain([text])) {
        Some(all) if Some(&all) != before.as_ref() => set(storage, UNREADABLE, &all),
        _ => Ok(()),
    }
}

/// Reads both storages when the app starts, and moves unreadable text aside.
pub fn load() -> (Loaded, Kept) {
    let tab = tab();
    let device = device();
    let tab_text = get(&tab, KEY);
    let found = Found {
        tab: tab_text.clone().unwrap_or_default(),
        device: get(&device, KEY).unwrap_or_default(),
        tab_state: get(&tab, TAB).unwrap_or_default(),
        tab_unreadable: get(&tab, UNREADABLE).unwrap_or_default(),
        device_unreadable: get(&device, UNREADABLE).unwrap_or_default(),
        tab_other: get(&tab, OTHER).unwrap_or_default(),
        device_other: get(&device, OTHER).unwrap_or_default(),
    };
    let loaded = decode(found);
    SYNC.with_borrow_mut(|sync| {
        *sync = Sync {
            known: loaded.known.clone(),
            tab_blocked: loaded
                .tab_bad
                .as_deref()
                .and_then(|t| set_aside(&tab, t).err()),
            device_blocked: loaded
                .device_bad
                .as_deref()
                .and_then(|t| set_aside(&device, t).err()),
        };
    });
    let kept = Kept {
        tab: tab_text.map(drop),
        device: loaded.kept_on_device.then(|| device.map(drop)),
        older_on_device: false,
    };
    (loaded, kept)
}

/// What a save did: what was kept, and the answers after merging in
/// another tab's changes (when they differ from this tab's).
pub struct Saved {
    pub kept: Kept,
    pub answers: Option<Answers>,
    pub other: Option<Answers>,
    /// The device copy this tab kept is gone: another tab stopped keeping
    /// the answers on this device, or deleted them. Not written back.
    pub stopped_elsewhere: bool,
}

/// Stores the answers in the tab, and on the device if the carer asked,
/// merging first with any changes another tab saved there. `other` is the
/// other version of a conflict, kept beside the answers until the carer
/// chooses.
pub fn save(mine: &Answers, keep: bool, other: Option<&Answers>, today: Date) -> Saved {
    let tab = tab();
    let mut saved = Saved {
        kept: Kept {
            tab: Ok(()),
            device: None,
            older_on_device: false,
        },
        answers: None,
        other: None,
        stopped_elsewhere: false,
    };
    let other_text = other.map(|o| encode(o, today));
    let mut text = None;
    let known = SYNC.with_borrow(|s| s.known.clone());
    let keep = keep && {
        // The copy this tab kept on the device was removed by another tab
        // (one this tab did not hear, e.g. while it was asleep).
        let gone = known.is_some() && matches!(get(&device(), KEY), Ok(None));
        saved.stopped_elsewhere = gone;
        !gone
    };
    if saved.stopped_elsewhere {
        SYNC.with_borrow_mut(|s| s.known = None);
    }
    if keep {
        let device = device();
        let result = (|| {
            let storage = device.as_ref().map_err(|p| *p)?;
            let now = get(&device, KEY)?;
            // Text another tab saved that cannot be read: moved aside first.
            let blocked = SYNC.with_borrow(|s| s.device_blocked);
            let now_readable = match now.as_deref() {
                Some(t) if parse(t).is_none() => {
                    let aside = set_aside(&device, t);
                    SYNC.with_borrow_mut(|s| s.device_blocked = aside.err());
                    aside?;
                    None
                }
                _ => {
                    if let Some(problem) = blocked {
                        return Err(problem);
                    }
                    now.as_deref()
                }
            };
            saved.kept.older_on_device = now_readable.is_some();
            let written = match prepare(mine, known.as_deref(), now_readable, today) {
                Prepared::Unchanged(text) => text,
                Prepared::Write {
                    text,
                    answers,
                    other: conflict,
                } => {
                    let other_text = conflict
                        .as_ref()
                        .map(|o| encode(o, today))
                        .or_else(|| other_text.clone());
                    // The other version first: other tabs hear it before the answers.
                    match &other_text {
                        Some(o) => set(storage, OTHER, o)?,
                        None => {
                            let _ = storage.remove_item(OTHER);
                        }
                    }
                    set(storage, KEY, &text)?;
                    if answers != *mine {
                        saved.answers = Some(answers);
                    }
                    saved.other = conflict;
                    text
                }
            };
            SYNC.with_borrow_mut(|s| s.known = Some(written.clone()));
            saved.kept.older_on_device = false;
            Ok(written)
        })();
        match result {
            Ok(written) => {
                text = Some(written);
                saved.kept.device = Some(Ok(()));
            }
            Err(problem) => saved.kept.device = Some(Err(problem)),
        }
    }
    let device_ok = saved.kept.device == Some(Ok(()));
    let state = match (keep, device_ok) {
        (false, _) => TAB_ONLY,
        (true, true) => KEPT,
        (true, false) => KEPT_BEHIND,
    };
    let answers = saved.answers.as_ref().unwrap_or(mine);
    let text = text.unwrap_or_else(|| encode_stored(answers, today, 0));
    saved.kept.tab = (|| {
        let storage = tab.as_ref().map_err(|p| *p)?;
        if let Some(problem) = SYNC.with_borrow(|s| s.tab_blocked) {
            return Err(problem);
        }
        set(storage, TAB, state)?;
        if !keep && answers.is_empty() {
            // No answers (a fresh start, or just deleted): nothing is left stored.
            let _ = storage.remove_item(KEY);
        } else {
            set(storage, KEY, &text)?;
        }
        match &other_text {
            Some(o) => set(storage, OTHER, o),
            None => storage
                .remove_item(OTHER)
                .map_err(|_| StorageProblem::Unavailable),
        }
    })();
    saved
}

/// "Stop keeping on this device": removes the device's copy (other tabs
/// hear it and stop keeping too). Unreadable text stays for the carer.
pub fn stop_keeping() {
    SYNC.with_borrow_mut(|s| s.known = None);
    remove(&device(), &[KEY, OTHER]);
}

/// This tab's copies only (for "Exit this page" and a deletion heard from
/// another tab). True when nothing is left behind.
pub fn forget_tab() -> bool {
    remove(&tab(), &[KEY, OTHER, UNREADABLE])
}

/// Removes every stored copy, and tells other tabs the answers were
/// deleted. True when nothing is left behind.
pub fn delete_everywhere() -> bool {
    SYNC.with_borrow_mut(|s| *s = Sync::default());
    let device = device();
    if let Ok(storage) = &device {
        let _ = storage.set_item(DELETED, "1");
    }
    let device_gone = remove(&device, &[DELETED, KEY, OTHER, UNREADABLE]);
    forget_tab() && device_gone
}

/// Deletes only stored text that could not be read: never readable answers.
pub fn delete_unreadable() {
    let (tab_blocked, device_blocked) = SYNC.with_borrow_mut(|s| {
        (
            s.tab_blocked.take().is_some(),
            s.device_blocked.take().is_some(),
        )
    });
    for (storage, blocked) in [(tab(), tab_blocked), (device(), device_blocked)] {
        remove(&storage, &[UNREADABLE]);
        if blocked
            || get(&storage, KEY)
                .ok()
                .flatten()
                .is_some_and(|t| parse(&t).is_none())
        {
            remove(&storage, &[KEY]);
        }
    }
}

/// Takes in a change another tab made on the device (see [`heard`]).
pub fn take_in(key: Option<&str>, old: Option<&str>, new: Option<&str>, mine: &Answers) -> Heard {
    let known = SYNC.with_borrow(|s| s.known.clone());
    let heard = heard(key, old, new, mine, known.as_deref());
    match &heard {
        Heard::Answers { known, .. } => SYNC.with_borrow_mut(|s| s.known = Some(known.clone())),
        Heard::Deleted | Heard::StoppedKeeping => SYNC.with_borrow_mut(|s| s.known = None),
        _ => {}
    }
    heard
}

/// A full quota throws a `QuotaExceededError`; anything else means no storage.
fn problem_of(error: &wasm_bindgen::JsValue) -> StorageProblem {
    let name = web_sys::js_sys::Reflect::get(error, &"name".into())
        .ok()
        .and_then(|name| name.as_string())
        .unwrap_or_default();
    if name.contains("Quota") {
        StorageProblem::Full
    } else {
        StorageProblem::Unavailable
    }
}

#[cfg(test)]
mod tests;
