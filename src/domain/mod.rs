//! The pure domain: everything that decides anything. No web APIs, no Leptos.

pub mod answers;
pub mod choice;
pub mod identify;
pub mod journey;
