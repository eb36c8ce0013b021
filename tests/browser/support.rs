//! The one toolkit of the browser tests (`tests/browser/part*.rs`, as `crate::support`):
//! mounting the app with its storage seeded through the app's own encoder, waiting on
//! conditions (never for a fixed time), reading the page and acting on it.
//!
//! ```ignore
//! let _app = mount_at("#/carer/age").await;     // empty storage; the app has drawn
//! click(SUBMIT);
//! expect_page("#/carer/helps", "Do you help …").await;
//! let saved = stored().await;                    // after the app's pending save
//! ```
//!
//! Every wait is on something the page shows or holds: it is checked at each animation
//! frame and fails, saying what it waited for and what it saw, after `TIMEOUT_MS`.

use carer_check::domain::answers::Answers;
use carer_check::ui::app::App;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, HtmlInputElement};

/// How long a condition may take before the test fails: long, as a busy machine is slow.
pub const TIMEOUT_MS: f64 = 10_000.0;

/// The app's form button ("Continue", "Save and continue", …).
pub const SUBMIT: &str = ".cc-test-host button[type=submit]";

/// The page's h1.
pub const H1: &str = ".cc-test-host h1";

#[wasm_bindgen]
extern "C" {
    /// A text box or textarea: anything with a `value`.
    type Field;
    #[wasm_bindgen(method, structural, getter = value)]
    fn value(this: &Field) -> String;
    #[wasm_bindgen(method, structural, setter = value)]
    fn set_value(this: &Field, value: &str);
}

pub fn window() -> web_sys::Window {
    web_sys::window().expect("a window")
}

pub fn document() -> web_sys::Document {
    window().document().expect("a document")
}

fn session() -> web_sys::Storage {
    window()
        .session_storage()
        .expect("sessionStorage")
        .expect("sessionStorage")
}

// ---- Mounting ----

/// Mounts a fresh app at `hash` with empty storage, once it has drawn its page. Keep the
/// handle alive for the test.
pub async fn mount_at(hash: &str) -> impl Drop {
    session().clear().unwrap();
    mount(hash).await
}

/// Mounts a fresh app at `hash` with `answers` already kept in the tab, written by the
/// app's own storage encoder (the versioned file it saves), once it has drawn its page.
pub async fn mount_with(answers: &Answers, hash: &str) -> impl Drop {
    session().clear().unwrap();
    let today = carer_check::ui::browser::today();
    session()
        .set_item(
            carer_check::storage::KEY,
            &carer_check::storage::encode(answers, today),
        )
        .unwrap();
    mount(hash).await
}

async fn mount(hash: &str) -> impl Drop {
    BEFORE.with_borrow_mut(|before| *before = None);
    window().location().set_hash(hash).unwrap();
    for old in query_all(".cc-test-host") {
        old.remove();
    }
    let host: HtmlElement = document().create_element("div").unwrap().unchecked_into();
    host.set_class_name("cc-test-host");
    document().body().unwrap().append_child(&host).unwrap();
    let handle = leptos::mount::mount_to(host, App);
    wait_for(H1).await;
    handle
}

// ---- Waiting on conditions ----

/// The next animation frame: the reactive work queued before it (effects, microtasks)
/// has run.
pub async fn next_frame() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        window().request_animation_frame(&resolve).unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

/// Waits until `ready()` holds, checking at every frame; fails after `TIMEOUT_MS` with
/// `what` and `seen()` (what the page showed instead).
pub async fn wait_until_or(what: &str, ready: impl Fn() -> bool, seen: impl Fn() -> String) {
    let start = js_sys::Date::now();
    while !ready() {
        if js_sys::Date::now() - start > TIMEOUT_MS {
            panic!("waited {TIMEOUT_MS} ms for {what}; saw {}", seen());
        }
        next_frame().await;
    }
}

/// Waits until `ready()` holds (see `wait_until_or`).
pub async fn wait_until(what: &str, ready: impl Fn() -> bool) {
    wait_until_or(what, ready, || format!("the address {}", hash())).await;
}

/// Waits until something matches `selector`.
pub async fn wait_for(selector: &str) {
    wait_until(&format!("{selector} on the page"), || {
        query(selector).is_some()
    })
    .await;
}

/// Waits until nothing matches `selector`.
pub async fn wait_for_none(selector: &str) {
    wait_until(&format!("{selector} gone"), || query(selector).is_none()).await;
}

/// Waits until the (trimmed) text of `selector` is `want`.
pub async fn wait_for_text(selector: &str, want: &str) {
    wait_until_or(
        &format!("{selector} to read \"{want}\""),
        || text(selector) == want,
        || format!("\"{}\"", text(selector)),
    )
    .await;
}

/// A step change has finished: the address is `at` and the h1 reads `heading`.
pub async fn expect_page(at: &str, heading: &str) {
    wait_until_or(
        &format!("{at} with the h1 \"{heading}\""),
        || hash() == at && text(H1) == heading,
        || format!("{} with the h1 \"{}\"", hash(), text(H1)),
    )
    .await;
}

thread_local! {
    /// The page before the last action (its h1 element and text): the address can change
    /// a frame before the new page is drawn.
    static BEFORE: std::cell::RefCell<Option<(web_sys::Element, String)>> =
        const { std::cell::RefCell::new(None) };
}

/// Remembers the page as it is, before an action that may change it.
fn remember_page() {
    let now = query(H1).map(|h1| (h1.clone().into(), text(H1)));
    BEFORE.with_borrow_mut(|before| *before = now);
}

/// A step change to `at` has finished, whatever its heading: the address is `at` and the
/// page drawn for it (its h1 is not the one of the page before the last action).
pub async fn expect_address(at: &str) {
    let before = BEFORE.with_borrow(Clone::clone);
    wait_until_or(
        &format!("the address {at}, drawn"),
        || {
            let now = query(H1).map(|h1| (web_sys::Element::from(h1), text(H1)));
            hash() == at && now.is_some() && now != before
        },
        || format!("{} with the h1 \"{}\"", hash(), text(H1)),
    )
    .await;
}

// ---- Reading the page ----

pub fn query(selector: &str) -> Option<HtmlElement> {
    document()
        .query_selector(selector)
        .unwrap()
        .map(|e| e.unchecked_into())
}

pub fn query_all(selector: &str) -> Vec<web_sys::Element> {
    let list = document().query_selector_all(selector).unwrap();
    (0..list.length())
        .filter_map(|i| list.item(i))
        .map(|n| n.unchecked_into())
        .collect()
}

/// The trimmed text of the first match ("" when nothing matches).
pub fn text(selector: &str) -> String {
    query(selector)
        .and_then(|e| e.text_content())
        .unwrap_or_default()
        .trim()
        .to_owned()
}

/// The trimmed text of every match.
pub fn texts(selector: &str) -> Vec<String> {
    query_all(selector)
        .into_iter()
        .map(|e| e.text_content().unwrap_or_default().trim().to_owned())
        .collect()
}

/// The `href` of every match.
pub fn hrefs(selector: &str) -> Vec<String> {
    query_all(selector)
        .iter()
        .filter_map(|a| a.get_attribute("href"))
        .collect()
}

pub fn checked(selector: &str) -> bool {
    query(selector)
        .unwrap_or_else(|| panic!("{selector} is on the page"))
        .unchecked_into::<HtmlInputElement>()
        .checked()
}

/// What a text box or textarea holds.
pub fn field_value(selector: &str) -> String {
    query(selector)
        .unwrap_or_else(|| panic!("{selector} is on the page"))
        .unchecked_into::<Field>()
        .value()
}

/// The id of the focused element.
pub fn focused_id() -> Option<String> {
    document().active_element().map(|e| e.id())
}

pub fn hash() -> String {
    window().location().hash().unwrap()
}

// ---- Acting ----

pub fn click(selector: &str) {
    remember_page();
    query(selector)
        .unwrap_or_else(|| panic!("{selector} is on the page"))
        .click();
}

/// Presses the form's button.
pub fn submit() {
    click(SUBMIT);
}

/// Types into a text box the way a browser reports typing: the value, then `input`.
pub fn type_into(selector: &str, value: &str) {
    let field = query(selector).unwrap_or_else(|| panic!("{selector} is on the page"));
    field.unchecked_ref::<Field>().set_value(value);
    let event = web_sys::Event::new("input").unwrap();
    field.dispatch_event(&event).unwrap();
}

/// Goes to `hash` as a link in the page would.
pub fn go(hash: &str) {
    remember_page();
    window().location().set_hash(hash).unwrap();
}

// ---- Storage ----

/// The text kept in the tab, after the app has saved what it was waiting to save: the
/// reactive work of the last change has run (a frame), then `pagehide` makes the app
/// save at once, as leaving the page does.
pub async fn stored_text() -> Option<String> {
    next_frame().await;
    let pagehide = web_sys::Event::new("pagehide").unwrap();
    window().dispatch_event(&pagehide).unwrap();
    session().get_item(carer_check::storage::KEY).unwrap()
}

/// The answers kept in the tab (see `stored_text`), read by the app's own reader.
pub async fn stored() -> Answers {
    // No answers at all are not stored.
    let Some(text) = stored_text().await else {
        return Answers::default();
    };
    carer_check::domain::answers_file::read(text.as_bytes())
        .unwrap_or_else(|e| panic!("{e:?}: {text}"))
}
