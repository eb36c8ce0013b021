//! Carer Check: a self-help check for unpaid carers, entirely in the browser.
//!
//! `domain` and `content` are plain Rust (no web APIs) and are tested natively.
//! `ui` renders them with Leptos and talks to the browser.

pub mod content;
#[cfg(feature = "parts-2-to-4")]
pub mod documents;
pub mod domain;
pub mod storage;
pub mod ui;
