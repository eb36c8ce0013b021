use leptos::prelude::*;

use crate::domain::letters::{Block, Letter};

/// A ready-made letter, block by block. Its title is the page heading, so
/// only the blocks are drawn here.
#[component]
pub fn LetterDocument(letter: Letter) -> impl IntoView {
    letter
        .blocks
        .into_iter()
        .map(|block| match block {
            Block::Lines(lines) => view! {
                <p class="cc-body cc-doc__lines">
                    {lines.into_iter().map(|line| view! { <span class="cc-doc__line">{line}</span> }).collect_view()}
                </p>
            }
            .into_any(),
            Block::Heading(text) => view! { <h2 class="cc-heading-m">{text}</h2> }.into_any(),
            Block::Subheading(text) => view! { <h3 class="cc-heading-s">{text}</h3> }.into_any(),
            Block::Paragraph(text) => view! { <p class="cc-body">{text}</p> }.into_any(),
            Block::Bullets(items) => super::bullets(items).into_any(),
        })
        .collect_view()
}
