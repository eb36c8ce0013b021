//! The native integration tests, compiled and linked as one test binary (one
//! build of the dependencies, one link) rather than one binary per file.
#![cfg(not(target_arch = "wasm32"))]
// Part 1 answers in the tests' personas end in `..CarerAnswers::default()`
// even where they name every question today, so that a question added to
// part 1 leaves them as they are (not answered) instead of failing to build.
#![allow(clippy::needless_update)]

mod advice;
mod answers_file;
mod assessment;
mod content;
mod directory;
mod domain_imports;
mod from_answers;
mod help_now;
mod identify;
mod language_offer;
mod letters;
mod listen;
mod money;
mod no_inner_html;
mod no_literals;
mod outcomes;
mod phone;
mod place;
mod plan;
mod qr;
mod reading_age;
mod record;
mod share;
mod signpost;
/// Helpers more than one file needs.
mod support;
mod titles;
mod translations;
