//! Keeps the answers in the browser tab (sessionStorage) so a refresh does
//! not lose them. Storage can be missing or throw (private modes, sandboxed
//! frames, full quota): then the app carries on with answers in memory.

use crate::domain::answers::Answers;

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
        // Through a `Value`: serde's derive instantiated for the text parser
        // costs far more wasm than the same derive over a parsed value.
        Some(text) => match serde_json::from_str(&text).and_then(serde_json::from_value::<Answers>)
        {
            Ok(answers) => Loaded::Answers(Box::new(answers)),
            Err(_) => Loaded::Unreadable(text),
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
    let Ok(text) = serde_json::to_string(answers) else {
        return false;
    };
    session().is_some_and(|storage| storage.set_item(KEY, &text).is_ok())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stored_answers_come_back_and_bad_text_is_kept_not_dropped() {
        assert_eq!(decode(None), Loaded::Nothing);
        let answers = Answers::default();
        let text = serde_json::to_string(&answers).unwrap();
        assert_eq!(decode(Some(text)), Loaded::Answers(Box::new(answers)));
        assert_eq!(
            decode(Some("{oops".into())),
            Loaded::Unreadable("{oops".into())
        );
    }
}
