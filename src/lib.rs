//! Carer Check: a self-help check for unpaid carers, entirely in the browser.
//!
//! `domain`, `content` and `documents` are plain Rust (no web APIs) and are
//! tested natively.
//! `ui` renders them with Leptos and talks to the browser: it is built for
//! the wasm only, so native builds and tests compile no browser crates.

pub mod content;
pub mod documents;
pub mod domain;
pub mod json;
pub mod qr_code;
pub mod storage;
#[cfg(target_arch = "wasm32")]
pub mod ui;
pub mod util;
