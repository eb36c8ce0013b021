//! Draws a `documents::tree::Node` list into the page with plain DOM calls.
//! One small function for every document keeps the wasm small; text goes in
//! as text nodes, so nothing the carer typed can become markup.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::documents::tree::Node;

/// The nodes, redrawn whenever they change (a wallet card choice, say).
#[component]
pub fn TreeView(#[prop(into)] nodes: Signal<Vec<Node>>) -> impl IntoView {
    let host = NodeRef::<leptos::html::Div>::new();
    crate::ui::effect::effect(move |_| {
        let Some(host) = host.get() else { return };
        nodes.with(|nodes| draw(&host, nodes));
    });
    view! { <div class="cc-doc__body" node_ref=host></div> }
}

fn draw(host: &web_sys::HtmlElement, nodes: &[Node]) {
    let Some(document) = host.owner_document() else {
        return;
    };
    host.set_text_content(None);
    for node in nodes {
        if let Some(child) = build(&document, node) {
            let _ = host.append_child(&child);
        }
    }
}

fn build(document: &web_sys::Document, node: &Node) -> Option<web_sys::Node> {
    match node {
        Node::Text(text) => Some(document.create_text_node(text).unchecked_into()),
        Node::Element(element) => {
            let built = document.create_element(element.tag).ok()?;
            if !element.class.is_empty() {
                built.set_class_name(element.class);
            }
            for (name, value) in &element.attributes {
                let _ = built.set_attribute(name, value);
            }
            for child in &element.children {
                if let Some(child) = build(document, child) {
                    let _ = built.append_child(&child);
                }
            }
            Some(built.unchecked_into())
        }
    }
}
