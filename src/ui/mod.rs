//! Leptos components: thin views over the domain.
pub mod mount;
