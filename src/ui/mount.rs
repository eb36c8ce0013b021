//! Finds where to draw the app and starts it.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::app::App;

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
    match super::language::requested(&host) {
        None => show(host),
        // Before mounting, Leptos has no executor yet: wasm-bindgen's own runs this.
        Some(tag) => wasm_bindgen_futures::spawn_local(async move {
            if super::language::load(&tag).await {
                // On the app's own element, never the host page's <html>.
                let _ = host.set_attribute("lang", &tag);
            }
            show(host);
        }),
    }
}

fn show(host: web_sys::HtmlElement) {
    // The host holds a static message for browsers that cannot run the app.
    host.set_text_content(None);
    leptos::mount::mount_to(host, App).forget();
}
