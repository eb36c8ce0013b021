//! The pure domain: everything that decides anything. No web APIs, no Leptos.

pub mod answers;
pub mod answers_file;
// Issue 18's rules, before their pages: native only (tests), so the wasm stays
// byte for byte as it was. Compiled into the wasm while unused, they still
// changed it (+2 B raw, +303 B brotli on the English first visit, measured
// 2026-12-02; the release build's optimiser sees more callers of the helpers
// they share). Drop both cfgs when the UI lands.
#[cfg(not(target_arch = "wasm32"))]
pub mod assessment;
pub mod chars;
pub mod checks;
pub mod choice;
pub mod data;
pub mod dates;
pub mod documents;
pub mod from_answers;
pub mod identify;
pub mod journey;
pub mod letters;
pub mod listen;
pub mod merge;
#[cfg(not(target_arch = "wasm32"))]
pub mod money;
pub mod outcomes;
pub mod phone;
pub mod place;
pub mod plan;
pub mod progress;
pub mod record;
pub mod result;
pub mod services;
// Issue 19's formats: the review reminder is in the app; the locked file and
// the passphrase are native only until their pages land (see share/mod.rs).
pub mod share;
pub mod signpost;
pub mod small_map;
pub mod small_sort;
pub mod sources;
pub mod steps;
