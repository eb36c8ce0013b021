//! Part 3, the emergency plan, in a real browser: the app is mounted, driven
//! by clicks and typing, and the DOM is checked after each step.
#![cfg(target_arch = "wasm32")]

use carer_check::content::messages::messages;
use carer_check::ui::app::App;
use gloo_timers::future::TimeoutFuture;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::HtmlElement;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen(inline_js = "
export function type_into(id, text) {
  const el = document.getElementById(id);
  if (!el) throw new Error('no field #' + id);
  el.value = text;
  el.dispatchEvent(new Event('input', { bubbles: true }));
}
export function value_of(id) {
  const el = document.getElementById(id);
  return el ? el.value : '';
}
export function is_checked(id) {
  const el = document.getElementById(id);
  return !!(el && el.checked);
}
")]
extern "C" {
    fn type_into(id: &str, text: &str);
    fn value_of(id: &str) -> String;
    fn is_checked(id: &str) -> bool;
}

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

fn texts(selector: &str) -> Vec<String> {
    query_all(selector)
        .iter()
        .filter_map(|e| e.text_content())
        .collect()
}

fn click(selector: &str) {
    query(selector)
        .unwrap_or_else(|| panic!("{selector} is on the page"))
        .click();
}

fn hash() -> String {
    web_sys::window().unwrap().location().hash().unwrap()
}

/// From the list of plans, "Add a person": a new plan's first page.
async fn start_a_plan() -> impl Drop {
    let app = mount_at("#/plans");
    settle().await;
    assert_eq!(text(".cc-test-host h1"), "Emergency plans");
    assert!(text(".cc-test-host .cc-main").contains("You have not added anyone yet."));
    click(".cc-test-host .cc-main button.cc-button--secondary");
    settle().await;
    assert_eq!(hash(), "#/plans/1/person");
    app
}

async fn save_and_continue() {
    click(".cc-test-host button[type=submit]");
    settle().await;
}

#[wasm_bindgen_test]
async fn adding_a_person_and_typing_their_name_names_the_next_page_in_its_caption_only() {
    let _app = start_a_plan().await;
    assert_eq!(text(".cc-test-host h1"), "About the person you look after");
    type_into("name", "Mrs Joan Smith");
    save_and_continue().await;
    assert_eq!(hash(), "#/plans/1/medicines");
    assert_eq!(text(".cc-test-host h1"), "Their medicines");
    // Whose plan it is shows above the heading; the title (kept in the
    // browser's history) never names her.
    assert_eq!(
        text(".cc-test-host .cc-caption"),
        "Emergency plan for Joan – Page 2 of 10"
    );
    assert_eq!(document().title(), "Their medicines – Carer Check");

    // The list of plans now shows her, in progress, with a way to remove her.
    click(".cc-test-host a.cc-back-link");
    settle().await;
    assert_eq!(hash(), "#/plans/1/person");
    assert_eq!(
        value_of("name"),
        "Mrs Joan Smith",
        "the saved name is shown"
    );
}

#[wasm_bindgen_test]
async fn a_medicine_row_can_be_added_and_removed() {
    let _app = start_a_plan().await;
    save_and_continue().await;
    assert_eq!(hash(), "#/plans/1/medicines");
    assert_eq!(texts(".cc-repeat__row legend"), ["Medicine 1"]);
    type_into("medicine-0-name", "Donepezil");

    click("#medicines-add");
    settle().await;
    assert_eq!(
        texts(".cc-repeat__row legend"),
        ["Medicine 1", "Medicine 2"]
    );
    assert_eq!(
        document().active_element().map(|e| e.id()).as_deref(),
        Some("medicine-1-name"),
        "focus goes to the new row"
    );
    type_into("medicine-1-name", "Paracetamol");

    // Remove the first: the second moves up and keeps what was typed.
    let removes = query_all(".cc-repeat__remove");
    assert_eq!(removes.len(), 2);
    assert_eq!(
        removes[0].text_content().unwrap_or_default(),
        "Remove medicine 1"
    );
    removes[0].unchecked_ref::<HtmlElement>().click();
    settle().await;
    assert_eq!(texts(".cc-repeat__row legend"), ["Medicine 1"]);
    assert_eq!(value_of("medicine-0-name"), "Paracetamol");
    assert_eq!(
        document().active_element().map(|e| e.id()).as_deref(),
        Some("medicines-add"),
        "focus goes to the add button"
    );
}

#[wasm_bindgen_test]
async fn a_key_safe_code_is_refused_and_what_was_typed_stays() {
    let _app = start_a_plan().await;
    let window = web_sys::window().unwrap();
    window.location().set_hash("#/plans/1/home").unwrap();
    settle().await;
    assert_eq!(text(".cc-test-host h1"), "Keys, pets and papers");
    let typed = "My son Tom. The key safe code is 4821";
    type_into("key-holders", typed);
    save_and_continue().await;

    assert_eq!(hash(), "#/plans/1/home", "the carer stays on the page");
    let access_code = &messages().plan.access_code;
    assert_eq!(text(".cc-error-summary__list a"), *access_code);
    assert_eq!(text("#key-holders-error"), format!("Error: {access_code}"));
    assert_eq!(
        query(".cc-error-summary__list a")
            .unwrap()
            .get_attribute("href")
            .as_deref(),
        Some("#key-holders")
    );
    assert_eq!(value_of("key-holders"), typed, "nothing typed is lost");
    assert!(document().title().starts_with("Error: "));

    type_into("key-holders", "My son Tom has a key");
    save_and_continue().await;
    assert_eq!(hash(), "#/plans/1/legal");
}

#[wasm_bindgen_test]
async fn a_questionable_phone_number_is_kept_once_ticked() {
    let _app = start_a_plan().await;
    web_sys::window()
        .unwrap()
        .location()
        .set_hash("#/plans/1/professionals")
        .unwrap();
    settle().await;
    type_into("gp-phone", "0161 496 000");
    settle().await;
    assert!(query("#gp-phone-keep").is_some(), "the keep box appears");
    save_and_continue().await;
    assert_eq!(hash(), "#/plans/1/professionals");
    assert!(text(".cc-error-summary__list a").contains("If you are sure it is right"));

    click("#gp-phone-keep");
    settle().await;
    assert!(is_checked("gp-phone-keep"));
    save_and_continue().await;
    assert_eq!(hash(), "#/plans/1/needs", "the number is kept");
}

#[wasm_bindgen_test]
async fn wandering_details_show_only_when_they_may_wander() {
    let _app = start_a_plan().await;
    web_sys::window()
        .unwrap()
        .location()
        .set_hash("#/plans/1/wandering")
        .unwrap();
    settle().await;
    assert!(query("#height").is_none());
    click("#may-wander");
    settle().await;
    assert!(query("#height").is_some(), "yes shows the description");
    click("#may-wander-no");
    settle().await;
    assert!(query("#height").is_none());
    click("#may-wander-not-sure");
    settle().await;
    assert!(query("#places-they-go").is_some(), "not sure shows it too");
}

#[wasm_bindgen_test]
async fn removing_asks_first_and_an_unknown_plan_says_so() {
    let _app = start_a_plan().await;
    type_into("name", "Joan");
    save_and_continue().await;
    web_sys::window()
        .unwrap()
        .location()
        .set_hash("#/plans")
        .unwrap();
    settle().await;
    assert_eq!(text(".cc-plan-list__name"), "Joan");
    click(".cc-plan-list__actions li:nth-child(2) a");
    settle().await;
    assert_eq!(hash(), "#/plans/1/remove");
    assert_eq!(
        text(".cc-test-host h1"),
        "Are you sure you want to remove this plan?"
    );
    assert_eq!(text(".cc-test-host .cc-caption"), "Joan");
    assert!(!document().title().contains("Joan"));
    // "No, keep it" changes nothing.
    click(".cc-button-group a");
    settle().await;
    assert_eq!(hash(), "#/plans");
    assert_eq!(text(".cc-plan-list__name"), "Joan");

    click(".cc-plan-list__actions li:nth-child(2) a");
    settle().await;
    click(".cc-test-host .cc-main .cc-button--warning");
    settle().await;
    assert_eq!(hash(), "#/plans");
    assert!(query(".cc-plan-list").is_none());

    web_sys::window()
        .unwrap()
        .location()
        .set_hash("#/plans/1/medicines")
        .unwrap();
    settle().await;
    assert_eq!(text(".cc-test-host h1"), "We could not find this plan");
    assert_eq!(
        query(".cc-test-host .cc-main a")
            .unwrap()
            .get_attribute("href")
            .as_deref(),
        Some("#/plans")
    );
}
