use super::tree::{bullets, element, heading, paragraph, subheading, with_text, Node};
use crate::domain::letters::{Block, Letter};

/// A ready-made letter, block by block. Its title is the page heading, so
/// only the blocks are drawn here.
pub fn letter(letter: Letter) -> Vec<Node> {
    letter
        .blocks
        .into_iter()
        .filter_map(|block| match block {
            Block::Lines(lines) => Some(element(
                "p",
                "cc-body cc-doc__lines",
                lines
                    .into_iter()
                    .map(|line| with_text("span", "cc-doc__line", line))
                    .collect(),
            )),
            Block::Heading(words) => Some(heading(words)),
            Block::Subheading(words) => Some(subheading(words)),
            Block::Paragraph(words) => Some(paragraph(words)),
            Block::Bullets(items) => bullets(items),
        })
        .collect()
}
