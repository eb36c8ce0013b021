//! The browser side of keeping the answers: sessionStorage, localStorage and
//! what this tab knows between saves. In the wasm only; the rules it applies
//! (reading, merging, what to say) are in the parent module, tested natively.

use std::cell::RefCell;

use super::*;

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

/// This tab's storage and the device's, and whether this tab keeps its
/// answers on the device.
fn keeping() -> (
    Result<web_sys::Storage, StorageProblem>,
    Result<web_sys::Storage, StorageProblem>,
    bool,
) {
    let (tab, device) = (tab(), device());
    let on_device = keeps_on_device(
        get(&device, KEY).unwrap_or_default().as_deref(),
        get(&tab, TAB).unwrap_or_default().as_deref(),
    );
    (tab, device, on_device)
}

/// The language the carer chose earlier, if any (see [`kept_language`]).
pub fn language() -> Option<String> {
    let (tab, device, on_device) = keeping();
    kept_language(
        get(&tab, LANGUAGE).unwrap_or_default(),
        get(&device, LANGUAGE).unwrap_or_default(),
        on_device,
    )
}

/// Keeps the carer's choice of language where the answers are kept: in this
/// tab, and on the device too when this tab keeps its answers there.
pub fn keep_language(tag: &str) {
    let (tab, device, on_device) = keeping();
    if let Ok(storage) = &tab {
        let _ = set(storage, LANGUAGE, tag);
    }
    if let (Ok(storage), true) = (&device, on_device) {
        let _ = set(storage, LANGUAGE, tag);
    }
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
            // The language goes where the answers go (so also when the carer
            // has just chosen to keep them on this device).
            if let Some(language) = get(&tab, LANGUAGE).unwrap_or_default() {
                let _ = set(storage, LANGUAGE, &language);
            }
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
    remove(&device(), &[KEY, OTHER, LANGUAGE]);
}

/// This tab's copies only, the language with them (for "Exit this page" and
/// a deletion heard from another tab). True when nothing is left behind.
pub fn forget_tab() -> bool {
    remove(&tab(), &[KEY, OTHER, UNREADABLE, LANGUAGE])
}

/// Removes every stored copy, and tells other tabs the answers were
/// deleted. True when nothing is left behind.
pub fn delete_everywhere() -> bool {
    SYNC.with_borrow_mut(|s| *s = Sync::default());
    let device = device();
    if let Ok(storage) = &device {
        let _ = storage.set_item(DELETED, "1");
    }
    let device_gone = remove(&device, &[DELETED, KEY, OTHER, UNREADABLE, LANGUAGE]);
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
