//! The few browser calls the app makes. None of them may panic: on an old
//! or locked-down browser a failure means a feature quietly does less.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Listens to `event` on the window for as long as the reactive owner that
/// called this lives: gloo's listener is kept with the owner and removed
/// from the window when the owner is cleaned up (a component unmounted).
pub fn listen(event: &'static str, callback: impl FnMut(&web_sys::Event) + 'static) {
    let listener = gloo_events::EventListener::new(&window(), event, callback);
    let _ = StoredValue::new_local(listener);
}

/// Adds a history entry for the new address, unless it is already there.
pub fn push_hash(hash: &str) {
    let location = window().location();
    if location.hash().ok().as_deref() != Some(hash) {
        let _ = location.set_hash(hash);
    }
}

thread_local! {
    /// The carer has moved from one of our pages to another since the app
    /// started (set by the app shell on each step change after the first).
    static MOVED_WITHIN_APP: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Called by the app shell on each step change after the first page.
pub fn note_step_change() {
    MOVED_WITHIN_APP.with(|moved| moved.set(true));
}

/// Goes back to the page the carer was on before this one, if they came
/// from one of ours (steps are history entries of this page). `false` when
/// this page was the first shown (opened from a link, or refreshed).
pub fn go_back() -> bool {
    if !MOVED_WITHIN_APP.with(std::cell::Cell::get) {
        return false;
    }
    window()
        .history()
        .is_ok_and(|history| history.back().is_ok())
}

pub fn current_hash() -> String {
    window().location().hash().unwrap_or_default()
}

/// The query string (`?council=bury`), or empty.
pub fn current_query() -> String {
    window().location().search().unwrap_or_default()
}

/// The council a council's own page names for the app:
/// `<div id="carer-check" data-council="bury">`.
pub fn host_council() -> Option<String> {
    document()
        .get_element_by_id(super::mount::HOST_ID)?
        .get_attribute("data-council")
}

/// Our own page (index.html), not a council's page embedding the app.
pub fn is_standalone() -> bool {
    document()
        .body()
        .is_some_and(|body| body.class_list().contains("cc-page"))
}

/// The address of this page without its query or hash.
pub fn page_address() -> String {
    let location = window().location();
    let origin = location.origin().unwrap_or_default();
    let path = location.pathname().unwrap_or_default();
    origin + &path
}

/// The document title names the page, and says "Error" first when the page
/// has an error, so screen reader users hear it at once.
///
/// Only fixed wording (`'static`, from the content files, whose titles carry
/// no placeholder: tests/titles.rs): titles stay in the browser's history
/// after Exit this page and a host page's analytics can read them, so a
/// title is never made from anything the carer typed.
pub fn set_title(page: &'static str, has_error: bool) {
    let site = crate::content::site::site();
    let template = if has_error {
        &site.page_title_error
    } else {
        &site.page_title
    };
    document().set_title(&crate::content::document_pages::fill(
        template, "page", page,
    ));
}

/// Moves focus to the first element matching `selector` inside the app,
/// after the browser has drawn it.
pub fn focus_later(selector: &'static str) {
    request_animation_frame(move || focus_now(selector));
}

pub fn focus_now(selector: &str) {
    let found = document()
        .query_selector(&format!(".cc-app {selector}"))
        .ok()
        .flatten()
        .and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(element) = found {
        let _ = element.focus();
    }
}

/// Focuses the form control with this id (error summary links). Like
/// GOV.UK, the question itself (its legend or label) is scrolled into view,
/// so the carer sees what is asked and not just the first box.
pub fn focus_field(id: &str) {
    let Some(element) = document()
        .get_element_by_id(id)
        .and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return;
    };
    let question = element
        .closest("fieldset")
        .ok()
        .flatten()
        .and_then(|fieldset| fieldset.query_selector("legend").ok().flatten())
        .or_else(|| {
            document()
                .query_selector(&format!("label[for='{id}']"))
                .ok()
                .flatten()
        });
    match question {
        Some(question) => question.scroll_into_view(),
        None => element.scroll_into_view(),
    }
    let options = web_sys::FocusOptions::new();
    options.set_prevent_scroll(true);
    let _ = element.focus_with_options(&options);
}

/// Today, from the browser's clock.
pub fn today() -> crate::domain::dates::Date {
    let now = web_sys::js_sys::Date::new_0();
    crate::domain::dates::Date {
        year: u16::try_from(now.get_full_year()).unwrap_or(2026),
        month: u8::try_from(now.get_month() + 1).unwrap_or(1),
        day: u8::try_from(now.get_date()).unwrap_or(1),
    }
}

/// Now, in UTC, from the browser's clock (a calendar file's stamp). Read
/// from the ISO form, "2026-12-03T09:05:00.000Z"; midnight today if that
/// cannot be read.
pub fn utc_now() -> crate::domain::share::reminder::Stamp {
    use crate::domain::share::reminder::Stamp;
    let iso = String::from(web_sys::js_sys::Date::new_0().to_iso_string());
    let read = || {
        Some(Stamp {
            date: crate::domain::dates::Date {
                year: digits(&iso, 0..4)?,
                month: digits(&iso, 5..7)?,
                day: digits(&iso, 8..10)?,
            },
            hour: digits(&iso, 11..13)?,
            minute: digits(&iso, 14..16)?,
            second: digits(&iso, 17..19)?,
        })
    };
    read().unwrap_or(Stamp {
        date: today(),
        hour: 0,
        minute: 0,
        second: 0,
    })
}

fn digits<T: std::str::FromStr>(text: &str, at: std::ops::Range<usize>) -> Option<T> {
    text.get(at)?.parse().ok()
}

/// Bytes that make an id unlikely ever to be made twice (not a secret).
pub fn random_bytes<const N: usize>() -> [u8; N] {
    std::array::from_fn(|_| (web_sys::js_sys::Math::random() * 256.0) as u8)
}

/// Copies text to the clipboard; resolves to whether the browser allowed it
/// (it may not, in an iframe or an old browser).
pub fn copy_text(text: &str) -> impl std::future::Future<Output = bool> {
    let navigator = window().navigator();
    // Outside a secure page there is no clipboard at all: calling it would throw.
    let clipboard = web_sys::js_sys::Reflect::get(&navigator, &"clipboard".into())
        .ok()
        .filter(|value| !value.is_undefined() && !value.is_null())
        .map(|value| value.unchecked_into::<web_sys::Clipboard>());
    let promise = clipboard.map(|clipboard| clipboard.write_text(text));
    async move {
        match promise {
            Some(promise) => wasm_bindgen_futures::JsFuture::from(promise).await.is_ok(),
            None => false,
        }
    }
}

/// Offers text to the carer as a file download, from a `data:` address
/// made in the page: nothing is sent anywhere. (A data address, not a blob:
/// fewer browser calls, so less wasm and glue.)
pub fn download(name: &str, text: &str, mime: &str) {
    let encoded = String::from(web_sys::js_sys::encode_uri_component(text));
    let link = document()
        .create_element("a")
        .ok()
        .and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok());
    if let (Some(link), Some(body)) = (link, document().body()) {
        let _ = link.set_attribute("href", &format!("data:{mime};charset=utf-8,{encoded}"));
        let _ = link.set_attribute("download", name);
        let _ = body.append_child(&link);
        link.click();
        link.remove();
    }
}

/// The bytes of the file chosen in a file input, unless it is bigger than
/// `limit` (then `Err(true)`, without reading it); `Err(false)` when no file
/// is chosen or the browser cannot read it.
pub async fn chosen_file(input: &web_sys::HtmlInputElement, limit: usize) -> Result<Vec<u8>, bool> {
    let file = input.files().and_then(|files| files.get(0)).ok_or(false)?;
    if file.size() > limit as f64 {
        return Err(true);
    }
    let buffer = wasm_bindgen_futures::JsFuture::from(file.array_buffer())
        .await
        .map_err(|_| false)?;
    Ok(web_sys::js_sys::Uint8Array::new(&buffer).to_vec())
}
