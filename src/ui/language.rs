//! Starting in the carer's language: its file is fetched before the first
//! page is drawn. Any failure leaves the app in English, with a short note.

use std::sync::atomic::{AtomicBool, Ordering};

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::content::{self, language};

static NOT_LOADED: AtomicBool = AtomicBool::new(false);

/// The language the link or the host page asks for, if not English.
pub fn requested(host: &web_sys::HtmlElement) -> Option<String> {
    language::requested(
        &super::browser::current_query(),
        host.get_attribute("data-lang").as_deref(),
    )
}

/// Fetches and uses the language `tag`; on any failure the app stays in
/// English and `not_loaded` says so. The service worker keeps the file, so
/// the language still works offline.
pub async fn load(tag: &str) -> bool {
    let loaded = match fetch(&format!("lang/{tag}.bin")).await {
        Some(file) => content::use_language(&file).is_ok(),
        None => false,
    };
    NOT_LOADED.store(!loaded, Ordering::Relaxed);
    loaded
}

/// True when the carer asked for a language that could not be loaded.
pub fn not_loaded() -> bool {
    NOT_LOADED.load(Ordering::Relaxed)
}

async fn fetch(address: &str) -> Option<Vec<u8>> {
    let answer = JsFuture::from(web_sys::window()?.fetch_with_str(address))
        .await
        .ok()?
        .dyn_into::<web_sys::Response>()
        .ok()?;
    if !answer.ok() {
        return None;
    }
    let buffer = JsFuture::from(answer.array_buffer().ok()?).await.ok()?;
    Some(js_sys::Uint8Array::new(&buffer).to_vec())
}
