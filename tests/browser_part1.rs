//! Part 1 in a real browser: the app is mounted and driven by clicks, and the
//! DOM is checked after each step.
#![cfg(target_arch = "wasm32")]

use carer_check::ui::app::App;
use gloo_timers::future::TimeoutFuture;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{HtmlElement, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// Mounts a fresh app at `hash` with empty storage. Keep the handle alive.
fn mount_at(hash: &str) -> impl Drop {
    let window = web_sys::window().unwrap();
    window.session_storage().unwrap().unwrap().clear().unwrap();
    window.location().set_hash(hash).unwrap();
    for old in query_all(".cc-test-host") {
        old.remove();
    }
    let host: HtmlElement = document().create_element("div").unwrap().unchecked_into();
    host.set_class_name("cc-test-host");
    document().body().unwrap().append_child(&host).unwrap();
    leptos::mount::mount_to(host, App)
}

/// Lets Leptos, hashchange events and animation frames run.
async fn settle() {
    TimeoutFuture::new(60).await;
}

fn query(selector: &str) -> Option<HtmlElement> {
    document()
        .query_selector(selector)
        .unwrap()
        .map(|e| e.unchecked_into())
}

fn query_all(selector: &str) -> Vec<web_sys::Element> {
    let list = document().query_selector_all(selector).unwrap();
    (0..list.length())
        .filter_map(|i| list.item(i))
        .map(|n| n.unchecked_into())
        .collect()
}

fn text(selector: &str) -> String {
    query(selector)
        .and_then(|e| e.text_content())
        .unwrap_or_default()
}

fn click(selector: &str) {
    query(selector)
        .unwrap_or_else(|| panic!("{selector} is on the page"))
        .click();
}

fn checked(selector: &str) -> bool {
    query(selector)
        .unwrap()
        .unchecked_into::<HtmlInputElement>()
        .checked()
}

fn hash() -> String {
    web_sys::window().unwrap().location().hash().unwrap()
}

#[wasm_bindgen_test]
async fn start_page_leads_to_the_first_question() {
    let _app = mount_at("#/");
    settle().await;
    assert_eq!(
        text(".cc-test-host h1"),
        "Find out if you're a carer and get help"
    );
    click(".cc-test-host a.cc-button--start");
    settle().await;
    assert_eq!(hash(), "#/carer/age");
    assert_eq!(text(".cc-test-host h1"), "How old are you?");
    assert_eq!(document().title(), "How old are you? – Carer Check");
}

#[wasm_bindgen_test]
async fn continuing_without_an_answer_shows_an_error_that_links_to_the_field() {
    let _app = mount_at("#/carer/age");
    settle().await;
    click(".cc-test-host button[type=submit]");
    settle().await;

    assert_eq!(text(".cc-error-summary__title"), "There is a problem");
    assert_eq!(text(".cc-error-summary__list a"), "Select how old you are");
    assert_eq!(text(".cc-error-message"), "Error: Select how old you are");
    assert!(document().title().starts_with("Error: How old are you?"));
    let summary = query(".cc-error-summary").unwrap();
    assert_eq!(
        document().active_element().unwrap(),
        summary.unchecked_into::<web_sys::Element>()
    );
    assert_eq!(
        hash(),
        "#/carer/age",
        "an error keeps the carer on the page"
    );

    click(".cc-error-summary__list a");
    settle().await;
    let active = document().active_element().unwrap();
    assert_eq!(
        active.id(),
        "age",
        "the link moves focus to the first option"
    );
    assert_eq!(hash(), "#/carer/age", "the link does not change the step");

    click("#age-25-64");
    click(".cc-test-host button[type=submit]");
    settle().await;
    assert_eq!(hash(), "#/carer/helps");
    assert!(query(".cc-error-summary").is_none());
    TimeoutFuture::new(carer_check::ui::keeping::SAVE_DELAY.as_millis() as u32 + 100).await;
    let stored = web_sys::window()
        .unwrap()
        .session_storage()
        .unwrap()
        .unwrap()
        .get_item("carer-check:answers")
        .unwrap()
        .unwrap_or_default();
    assert!(
        stored.contains("\"25-64\""),
        "answers are kept in the tab: {stored}"
    );
}

#[wasm_bindgen_test]
async fn none_of_these_clears_the_other_ticks_and_the_other_way_round() {
    let _app = mount_at("#/carer/tasks");
    settle().await;
    click("#tasks");
    click("#tasks-money");
    settle().await;
    assert!(checked("#tasks") && checked("#tasks-money"));
    click("#tasks-none");
    settle().await;
    assert!(checked("#tasks-none"));
    assert!(!checked("#tasks") && !checked("#tasks-money"));
    click("#tasks-money");
    settle().await;
    assert!(checked("#tasks-money") && !checked("#tasks-none"));
}

#[wasm_bindgen_test]
async fn a_young_person_sees_their_own_wording() {
    let _app = mount_at("#/carer/age");
    settle().await;
    click("#age");
    click(".cc-test-host button[type=submit]");
    settle().await;
    assert_eq!(
        text(".cc-test-host h1"),
        "Do you help look after someone at home or in your family?"
    );
}

#[wasm_bindgen_test]
async fn saying_no_leads_to_check_answers_then_a_kind_result() {
    let _app = mount_at("#/carer/age");
    settle().await;
    click("#age-65-plus");
    click(".cc-test-host button[type=submit]");
    settle().await;
    click("#helps-no");
    click(".cc-test-host button[type=submit]");
    settle().await;
    assert_eq!(hash(), "#/carer/check");
    let keys: Vec<String> = query_all(".cc-summary-list__key")
        .iter()
        .filter_map(|k| k.text_content())
        .collect();
    assert_eq!(keys, ["Your age", "Helps someone"]);

    // Change an answer and come back to this page.
    click(".cc-summary-list__row:nth-child(1) a");
    settle().await;
    assert_eq!(hash(), "#/carer/age/change");
    assert!(checked("#age-65-plus"), "the current answer is shown");
    click("#age-25-64");
    click(".cc-test-host button[type=submit]");
    settle().await;
    assert_eq!(hash(), "#/carer/check");
    assert!(text(".cc-summary-list").contains("25 to 64"));

    click(".cc-test-host button[type=submit]");
    settle().await;
    assert_eq!(hash(), "#/carer/result");
    assert_eq!(
        text(".cc-test-host h1"),
        "You may not be an unpaid carer right now"
    );
    assert!(text(".cc-test-host .cc-main").contains("Who counts as a carer"));
}

#[wasm_bindgen_test]
async fn check_answers_lists_what_is_missing() {
    let _app = mount_at("#/carer/check");
    settle().await;
    click(".cc-test-host button[type=submit]");
    settle().await;
    let errors: Vec<String> = query_all(".cc-error-summary__list a")
        .iter()
        .filter_map(|a| a.text_content())
        .collect();
    assert_eq!(
        errors.len(),
        9,
        "every question is still to answer: {errors:?}"
    );
    assert_eq!(errors[0], "Answer the question: How old are you?");
    assert_eq!(hash(), "#/carer/check");
}
