//! Starting in the carer's language: its file is fetched before the first
//! page is drawn. Any failure leaves the app in English, with a short note.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::OnceLock;

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::content::site::{site, LanguageName};
use crate::content::{self, language};

static NOT_LOADED: AtomicBool = AtomicBool::new(false);
static LOADED: OnceLock<String> = OnceLock::new();
/// The carer chose the language on screen (the link, or a kept choice).
static CHOSEN: AtomicBool = AtomicBool::new(false);

/// The language to start in (`content::language::start`): the link's,
/// the carer's kept choice, the host page's, or English.
pub fn start(host: &web_sys::HtmlElement) -> language::Start {
    let query = super::browser::current_query();
    let attribute = host.get_attribute("data-lang");
    language::start(
        &query,
        crate::storage::language().as_deref(),
        language::host_language(&query, attribute.as_deref()),
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
    if loaded {
        let _ = LOADED.set(tag.to_owned());
    }
    loaded
}

/// The language on screen: the one loaded, or English.
pub fn on_screen() -> &'static str {
    LOADED.get().map_or(language::ENGLISH, String::as_str)
}

/// Called once the language is set: whether the carer chose it.
pub fn note_chosen(chosen: bool) {
    CHOSEN.store(chosen, Ordering::Relaxed);
}

/// The language to offer at the top of the page, named in its own words,
/// when the browser prefers it to the one on screen (`language::to_offer`).
pub fn offer() -> Option<&'static LanguageName> {
    let preferred: Vec<String> = web_sys::window()?
        .navigator()
        .languages()
        .iter()
        .filter_map(|tag| tag.as_string())
        .collect();
    let languages = &site().languages;
    let have: Vec<&str> = languages.iter().map(|other| other.tag.as_str()).collect();
    let tag = language::to_offer(
        &preferred,
        on_screen(),
        CHOSEN.load(Ordering::Relaxed),
        &have,
    )?;
    languages.iter().find(|other| other.tag == tag)
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
