//! Issue 19, "the plan travels": the formats a carer's plan travels in, as
//! pure rules that can be tested natively. Nothing in the app calls them yet
//! (the first visit's size must be settled first, issue 15), so none of this
//! reaches the browser: the wasm drops code nothing uses.
//!
//! - [`envelope`]: the locked plan file around what the browser's Web Crypto
//!   encrypts (AES-GCM, a key from PBKDF2-SHA-256): its kind, version and
//!   parameters, and every way a file can be refused.
//! - [`payload`]: what goes in before it is locked: one person's plan, or
//!   everything, as an answers file.
//! - [`passphrase`]: a passphrase of random words, and the rule for one the
//!   carer types.
//! - [`reminder`]: the calendar file (.ics) reminding the carer to review
//!   the plan, with no name, need or answer in it.

pub mod envelope;
pub mod passphrase;
pub mod payload;
pub mod reminder;
