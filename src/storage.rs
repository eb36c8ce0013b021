//! Keeps the answers in the browser tab (sessionStorage) so a refresh does
//! not lose them. Storage can be missing or throw (private modes, sandboxed
//! frames, full quota): then the app carries on with answers in memory.

use crate::domain::answers::Answers;
use crate::domain::record::Record;

const KEY: &str = "carer-check:answers";

/// What was found in storage when the app started.
#[derive(Debug, PartialEq)]
pub enum Loaded {
    Nothing,
    Answers(Box<Answers>),
    /// Stored text that could not be read. It is kept as it was.
    Unreadable(String),
}

/// Reads stored text into answers. Pure, so it is tested natively.
pub fn decode(stored: Option<String>) -> Loaded {
    match stored {
        None => Loaded::Nothing,
        Some(text) => match crate::json::parse(&text)
            .ok()
            .and_then(|value| Answers::from_value(&value).ok())
        {
            Some(answers) => Loaded::Answers(Box::new(answers)),
            None => Loaded::Unreadable(text),
        },
    }
}

fn session() -> Option<web_sys::Storage> {
    web_sys::window()?.session_storage().ok().flatten()
}

pub fn load() -> Loaded {
    decode(session().and_then(|storage| storage.get_item(KEY).ok().flatten()))
}

/// Saves the answers; returns false if the browser would not keep them.
pub fn save(answers: &Answers) -> bool {
    let text = crate::json::print(&answers.to_value());
    session().is_some_and(|storage| storage.set_item(KEY, &text).is_ok())
}

/// Deletes the stored answers ("Exit this page").
pub fn forget() {
    if let Some(storage) = session() {
        let _ = storage.remove_item(KEY);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stored_answers_come_back_and_bad_text_is_kept_not_dropped() {
        assert_eq!(decode(None), Loaded::Nothing);
        let answers = Answers::default();
        let text = crate::json::print(&answers.to_value());
        assert_eq!(decode(Some(text)), Loaded::Answers(Box::new(answers)));
        assert_eq!(
            decode(Some("{oops".into())),
            Loaded::Unreadable("{oops".into())
        );
    }
}
