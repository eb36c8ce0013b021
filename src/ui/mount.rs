//! Finds where to draw the app and starts it.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::app::App;
use crate::content::language;
use crate::storage;

/// The element a host page (or our own index.html) provides.
pub const HOST_ID: &str = "carer-check";

pub fn start() {
    let host = document()
        .get_element_by_id(HOST_ID)
        .and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok())
        .or_else(|| document().body());
    let Some(host) = host else {
        return;
    };
    let start = super::language::start(&host);
    if start.is_english() {
        return show(host, start, true);
    }
    // Before mounting, Leptos has no executor yet: wasm-bindgen's own runs this.
    wasm_bindgen_futures::spawn_local(async move {
        let tag = &start.tag;
        let loaded = super::language::load(tag).await;
        if loaded {
            // On the app's own element, never the host page's <html>.
            let _ = host.set_attribute("lang", tag);
            if language::is_right_to_left(tag) {
                let _ = host.set_attribute("dir", "rtl");
            }
        }
        show(host, start, loaded);
    });
}

/// Keeps the language with the answers when the carer chose it (so a
/// refresh or the plain address opens in it), then draws the app.
fn show(host: web_sys::HtmlElement, start: language::Start, loaded: bool) {
    let chosen = start.keep(loaded);
    if chosen {
        storage::keep_language(&start.tag);
    }
    super::language::note_chosen(chosen);
    // The host holds a static message for browsers that cannot run the app.
    host.set_text_content(None);
    leptos::mount::mount_to(host, App).forget();
}
