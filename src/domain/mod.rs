//! The pure domain: everything that decides anything. No web APIs, no Leptos.

pub mod answers;
pub mod answers_file;
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
pub mod merge;
pub mod outcomes;
pub mod phone;
pub mod place;
pub mod plan;
pub mod progress;
pub mod record;
pub mod result;
pub mod services;
pub mod signpost;
pub mod small_map;
pub mod small_sort;
pub mod sources;
pub mod steps;
