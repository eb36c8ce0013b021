//! A document as plain data: elements, classes and text.
//!
//! Each document is built here by ordinary functions and drawn in the browser
//! by one small function (`ui::widgets::tree_view`). Views written with the
//! `view!` macro cost several kilobytes of wasm each; five documents of them
//! did not fit the size budget. As data they are also easy to test natively.
//!
//! Everything the carer typed goes into `Node::Text`, which the browser draws
//! as a text node, never as markup.

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Node {
    Text(String),
    Element(Element),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Element {
    pub tag: &'static str,
    pub class: &'static str,
    pub attributes: Vec<(&'static str, String)>,
    pub children: Vec<Node>,
}

impl Node {
    /// Adds an attribute; the names come from code, never from answers.
    pub fn with(mut self, name: &'static str, value: impl Into<String>) -> Node {
        if let Node::Element(element) = &mut self {
            element.attributes.push((name, value.into()));
        }
        self
    }

    /// The text a reader sees, one line per block, for tests and checks.
    pub fn text_content(&self) -> String {
        let mut out = String::new();
        self.write_text(&mut out);
        out
    }

    fn write_text(&self, out: &mut String) {
        match self {
            Node::Text(text) => out.push_str(text),
            Node::Element(element) => {
                for child in &element.children {
                    child.write_text(out);
                }
                if matches!(
                    element.tag,
                    "p" | "li" | "h1" | "h2" | "h3" | "dd" | "tr" | "section" | "div"
                ) && !out.ends_with('\n')
                {
                    out.push('\n');
                } else if matches!(element.tag, "dt" | "th" | "td" | "span") {
                    out.push(' ');
                }
            }
        }
    }
}

/// The text of many nodes, as [`Node::text_content`].
pub fn text_of(nodes: &[Node]) -> String {
    nodes.iter().map(Node::text_content).collect()
}

pub fn element(tag: &'static str, class: &'static str, children: Vec<Node>) -> Node {
    Node::Element(Element {
        tag,
        class,
        attributes: Vec::new(),
        children,
    })
}

pub fn text(text: impl Into<String>) -> Node {
    Node::Text(text.into())
}

/// An element holding one piece of text.
pub fn with_text(tag: &'static str, class: &'static str, words: impl Into<String>) -> Node {
    element(tag, class, vec![text(words)])
}

pub fn paragraph(words: impl Into<String>) -> Node {
    with_text("p", "cc-body", words)
}

pub fn heading(words: impl Into<String>) -> Node {
    with_text("h2", "cc-heading-m", words)
}

pub fn subheading(words: impl Into<String>) -> Node {
    with_text("h3", "cc-heading-s", words)
}

/// A titled part of a document; `None` when it has nothing to say.
pub fn section(title: impl Into<String>, body: Vec<Node>) -> Option<Node> {
    if body.is_empty() {
        return None;
    }
    let mut children = vec![heading(title)];
    children.extend(body);
    Some(element("section", "cc-doc__section", children))
}

/// Label and value pairs as a description list, leaving out blank values.
pub fn details(rows: Vec<(String, String)>) -> Option<Node> {
    let rows: Vec<Node> = rows
        .into_iter()
        .filter(|(_, value)| !value.trim().is_empty())
        .map(|(label, value)| {
            element(
                "div",
                "cc-doc__row",
                vec![
                    with_text("dt", "cc-doc__key", label),
                    with_text("dd", "cc-doc__value", value.trim()),
                ],
            )
        })
        .collect();
    (!rows.is_empty()).then(|| element("dl", "cc-doc__details", rows))
}

/// A bulleted list, or nothing when it is empty.
pub fn bullets(items: Vec<String>) -> Option<Node> {
    (!items.is_empty()).then(|| {
        element(
            "ul",
            "cc-list cc-list--bullet",
            items
                .into_iter()
                .map(|item| with_text("li", "", item))
                .collect(),
        )
    })
}

/// A web address printed in full, so it still works on paper. Only https
/// addresses become links; anything else stays plain text.
pub fn web_link(address: &str) -> Node {
    if address.starts_with("https://") {
        with_text("a", "cc-link", address).with("href", address)
    } else {
        text(address)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blank_rows_and_empty_lists_are_left_out() {
        assert_eq!(details(vec![("Name".into(), "  ".into())]), None);
        assert_eq!(bullets(vec![]), None);
        assert_eq!(section("Title", vec![]), None);
        let list = details(vec![
            ("Name".into(), " Ann ".into()),
            ("Phone".into(), String::new()),
        ])
        .unwrap();
        assert_eq!(list.text_content(), "Name Ann\n");
    }

    #[test]
    fn only_https_addresses_become_links() {
        let link = web_link("https://www.nhs.uk");
        assert!(
            matches!(&link, Node::Element(e) if e.attributes == vec![("href", "https://www.nhs.uk".to_owned())])
        );
        assert_eq!(web_link("javascript:alert(1)"), text("javascript:alert(1)"));
    }
}
