//! Leptos components: thin views over the domain. One component per file.

pub mod app;
pub mod browser;
pub mod effect;
pub mod exit;
pub mod keeping;
pub mod language;
pub mod mount;
pub mod pages;
pub mod store;
pub mod widgets;
