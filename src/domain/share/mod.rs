//! Issue 19, "the plan travels": the formats a carer's plan travels in, as
//! pure rules that can be tested natively. The app uses the reminder (the
//! emergency plan's page); the others wait for room in the first visit.
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

// Native only (tests) until their pages land, so the wasm carries none of
// them; then drop these cfgs, and base64's in Cargo.toml.
#[cfg(not(target_arch = "wasm32"))]
pub mod envelope;
#[cfg(not(target_arch = "wasm32"))]
pub mod passphrase;
#[cfg(not(target_arch = "wasm32"))]
pub mod payload;
pub mod reminder;
