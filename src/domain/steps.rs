//! Counting the work a check does on what the carer typed (or a file
//! brought), so tests can prove it grows in step with the text. A clock
//! would make such a test flaky on a busy machine; a count does not.
//!
//! One step stands for a bounded amount of work: a character read, a word
//! compared with a fixed list, a neighbour looked at. Every loop over the
//! text in a counted check adds its steps, so a check that went back over
//! the text for each word or number would show it.

/// Steps taken so far.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord)]
pub struct Steps(pub u64);

impl Steps {
    pub fn add(&mut self, count: usize) {
        self.0 = self.0.saturating_add(count as u64);
    }
}

// ---------------------------------------------------------------------------
// Text built to make the checks work hard: for the tests (tests/plan.rs) and
// the bench (examples/text_checks.rs, run by `make bench`).

/// Repeats `unit` until the text is `len` bytes long (or a little less,
/// so a character is never cut).
pub fn repeated(unit: &str, len: usize) -> String {
    let mut text = unit.repeat(len / unit.len().max(1) + 1);
    let mut cut = len.min(text.len());
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    text.truncate(cut);
    text
}

/// The shapes that made the old search slow, and others that stress
/// each part: many numbers, numbers joined by spaces and dashes, code
/// words over and over, code words far from many numbers, one huge word
/// or number, many sentences, letters of other alphabets.
pub fn crafted(len: usize) -> Vec<(&'static str, String)> {
    let half = len / 2;
    vec![
        ("numbers", repeated("1234 ", len)),
        ("digits joined by spaces", repeated("1 ", len)),
        ("digits joined by dashes", repeated("12-", len)),
        ("code words", repeated("code ", len)),
        ("key safe phrases", repeated("key safe ", len)),
        ("code words and codes", repeated("code 1234 ", len)),
        (
            "code words far from numbers",
            format!(
                "{}a b c d e f g h {}",
                repeated("code key safe ", half),
                repeated("123 x ", half)
            ),
        ),
        ("phone-like numbers", repeated("ring 0161 496 0000 ", len)),
        ("times and years", repeated("at 0730 in 2019 ", len)),
        ("one long number", "7".repeat(len)),
        ("one long word", "a".repeat(len)),
        ("many sentences", repeated("PIN. 1234. ", len)),
        ("glued", repeated("a1b2£3+4/5:6.7", len)),
        ("other alphabets", repeated("é1 ж22 中333 ", len)),
        ("spaces", " ".repeat(len)),
    ]
}
