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
