//! Where the answers are kept in the browser.
//!
//! By default in this tab only (sessionStorage): a refresh keeps them, closing
//! the tab deletes them. If the carer asks to keep them on this device, a
//! copy also goes to localStorage, and opting out removes it. Storage can be
//! missing or throw (private modes, sandboxed frames, a full quota): then the
//! app carries on with the answers in memory and says so once. Stored text
//! that cannot be read is never written over until the carer has chosen to
//! download it or let it go.
//!
//! What is stored is the same versioned file as "Download my answers"
//! (`domain::answers_file`), so stored answers are migrated like files.

use crate::domain::answers::Answers;
use crate::domain::answers_file;
use crate::domain::plan::Date;

const KEY: &str = "carer-check:answers";

/// Why the browser is not keeping the answers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StorageProblem {
    /// No storage at all, or it refused (private mode, blocked, sandboxed).
    Unavailable,
    /// The storage is full.
    Full,
}

/// What was found when the app started.
#[derive(Debug, PartialEq)]
pub struct Loaded {
    pub answers: Answers,
    /// A copy was on this device (localStorage), so the carer had chosen to keep it.
    pub kept_on_device: bool,
    /// Stored text that could not be read, as it was.
    pub unreadable: Option<String>,
    pub problem: Option<StorageProblem>,
}

/// Reads what the two storages held. Pure, so it is tested natively. The
/// tab's copy is the newer when both exist.
pub fn decode(tab: Option<String>, device: Option<String>) -> Loaded {
    let kept_on_device = device.is_some();
    let mut loaded = Loaded {
        answers: Answers::default(),
        kept_on_device,
        unreadable: None,
        problem: None,
    };
    if let Some(text) = tab.or(device) {
        match answers_file::read(text.as_bytes()) {
            Ok(answers) => loaded.answers = answers,
            Err(_) => loaded.unreadable = Some(text),
        }
    }
    loaded
}

/// The text stored for these answers.
pub fn encode(answers: &Answers, today: Date) -> String {
    answers_file::write(answers, env!("CARGO_PKG_VERSION"), today)
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

fn get(
    storage: Result<web_sys::Storage, StorageProblem>,
) -> Result<Option<String>, StorageProblem> {
    storage?
        .get_item(KEY)
        .map_err(|_| StorageProblem::Unavailable)
}

pub fn load() -> Loaded {
    let tab_text = get(tab());
    let device_text = get(device());
    let problem = tab_text.as_ref().err().copied();
    let mut loaded = decode(
        tab_text.unwrap_or_default(),
        device_text.unwrap_or_default(),
    );
    loaded.problem = problem;
    loaded
}

/// Stores the answers in the tab, and on the device if the carer asked.
pub fn save(text: &str, keep_on_device: bool) -> Result<(), StorageProblem> {
    let tab = tab()?;
    if let Err(error) = tab.set_item(KEY, text) {
        return Err(problem_of(&error));
    }
    let device = device();
    if keep_on_device {
        device?
            .set_item(KEY, text)
            .map_err(|error| problem_of(&error))?;
    } else if let Ok(device) = device {
        let _ = device.remove_item(KEY);
    }
    Ok(())
}

/// Removes every stored copy. True when nothing is left behind.
pub fn delete_everywhere() -> bool {
    let tab_gone = tab().is_ok_and(|s| s.remove_item(KEY).is_ok());
    let device_gone = device().is_ok_and(|s| s.remove_item(KEY).is_ok());
    tab_gone && device_gone
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
mod tests {
    use super::*;

    const DAY: Date = Date {
        year: 2026,
        month: 11,
        day: 22,
    };

    #[test]
    fn the_tabs_copy_wins_and_a_device_copy_means_keep() {
        let older = Answers {
            council: "bury".into(),
            ..Answers::default()
        };
        let newer = Answers {
            council: "manchester".into(),
            ..Answers::default()
        };
        let both = decode(Some(encode(&newer, DAY)), Some(encode(&older, DAY)));
        assert_eq!(both.answers, newer);
        assert!(both.kept_on_device);
        let device_only = decode(None, Some(encode(&older, DAY)));
        assert_eq!(device_only.answers, older);
        let tab_only = decode(Some(encode(&newer, DAY)), None);
        assert!(!tab_only.kept_on_device);
        assert_eq!(decode(None, None).answers, Answers::default());
    }

    #[test]
    fn bad_text_is_kept_as_it_was_not_dropped() {
        let loaded = decode(Some("{oops".into()), None);
        assert_eq!(loaded.answers, Answers::default());
        assert_eq!(loaded.unreadable.as_deref(), Some("{oops"));
    }

    #[test]
    fn answers_stored_before_files_had_a_header_still_load() {
        let answers = Answers {
            council: "bury".into(),
            ..Answers::default()
        };
        let bare = crate::json::print(&crate::domain::record::Record::to_value(&answers));
        assert_eq!(decode(Some(bare), None).answers, answers);
    }
}
