//! The printable documents, built as plain data (`tree::Node`) from what
//! `domain::from_answers` and the letters work out. The browser draws them
//! with one small function; everything the carer typed stays text.
//!
//! Also where the content's wording meets the domain's decisions (the domain
//! reads no content): the result's text (`result`), the letters (`letters`),
//! the passport's facts, the help suggestions from the compiled-in rules and
//! directory, and the message after loading a file (`loaded`).

mod help_list;
mod letter;
pub mod letters;
pub mod loaded;
mod passport;
mod plan_document;
pub mod result;
pub mod tree;
mod wallet_card;

pub use help_list::{help_list, help_suggestions};
pub use letter::letter;
pub use letters::letter_for;
pub use passport::{passport, passport_for};
pub use plan_document::emergency_plan;
pub use wallet_card::wallet_card;

use crate::content::document_pages::{document_pages, fill};
use crate::content::messages::messages;
use crate::domain::dates::Date;
use crate::domain::from_answers::review_date;
use tree::{element, with_text, Node};

/// "Made on 22 May 2026. Look at it again by 22 November 2026, …"
pub fn made_on(made: Date) -> Node {
    let text = &document_pages().preview;
    with_text(
        "p",
        "cc-body-s cc-doc__dates",
        format!(
            "{} {}",
            fill(&text.made, "date", &messages().date(made)),
            fill(&text.review, "date", &messages().date(review_date(made)))
        ),
    )
}

/// A document's copy in English, after the one in the carer's language, for
/// staff who read English: its name, the dates and the document again, marked
/// as English (and left to right) for screen readers and the browser. Made
/// inside `content::in_english`, so every word is the English one.
pub fn english_copy(name: String, made: Date, document: Vec<Node>) -> Node {
    let mut children = vec![with_text("h2", "cc-heading-l", name), made_on(made)];
    children.extend(document);
    element("section", "cc-doc__english", children)
        .with("lang", "en")
        .with("dir", "ltr")
}
