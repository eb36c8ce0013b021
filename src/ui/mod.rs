//! Leptos components: thin views over the domain. One component per file.

// Widgets used only by parts 2 to 4 are unused in the shipped bundle until
// those parts ship (see the `parts-2-to-4` feature).
#![cfg_attr(not(feature = "parts-2-to-4"), allow(dead_code, unused_imports))]

pub mod app;
pub mod browser;
pub mod mount;
pub mod pages;
pub mod store;
pub mod widgets;
