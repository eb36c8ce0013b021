//! Part 2, "How are things for you?", in a real browser: the app is mounted,
//! statements are rated by clicks, and the DOM and the tab's storage are
//! checked after each step.
#![cfg(target_arch = "wasm32")]

use carer_check::domain::answers::{AgeBand, Answers};
use carer_check::domain::record::Record;
use carer_check::ui::app::App;
use gloo_timers::future::TimeoutFuture;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{HtmlElement, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen]
extern "C" {
    /// A textarea or input: anything with a `value`.
    type Field;
    #[wasm_bindgen(method, structural, getter = value)]
    fn value(this: &Field) -> String;
    #[wasm_bindgen(method, structural, setter = value)]
    fn set_value(this: &Field, value: &str);
}

const KEY: &str = "carer-check:answers";

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

fn session() -> web_sys::Storage {
    web_sys::window()
        .unwrap()
        .session_storage()
        .unwrap()
        .unwrap()
}

/// Mounts a fresh app at `hash`, with `answers` already kept in the tab.
fn mount_with(answers: &Answers, hash: &str) -> impl Drop {
    let window = web_sys::window().unwrap();
    session().clear().unwrap();
    session()
        .set_item(KEY, &carer_check::json::print(&answers.to_value()))
        .unwrap();
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
        .trim()
        .to_owned()
}

fn texts(selector: &str) -> Vec<String> {
    query_all(selector)
        .into_iter()
        .map(|e| e.text_content().unwrap_or_default().trim().to_owned())
        .collect()
}

fn click(selector: &str) {
    query(selector)
        .unwrap_or_else(|| panic!("{selector} is on the page"))
        .click();
}

fn checked(selector: &str) -> bool {
    query(selector)
        .unwrap_or_else(|| panic!("{selector} is on the page"))
        .unchecked_into::<HtmlInputElement>()
        .checked()
}

/// Types into a text box the way a browser reports typing: value, then `input`.
fn type_into(selector: &str, value: &str) {
    let field = query(selector).unwrap_or_else(|| panic!("{selector} is on the page"));
    field.unchecked_ref::<Field>().set_value(value);
    let event = web_sys::Event::new("input").unwrap();
    field.dispatch_event(&event).unwrap();
}

fn field_value(selector: &str) -> String {
    query(selector).unwrap().unchecked_into::<Field>().value()
}

fn hash() -> String {
    web_sys::window().unwrap().location().hash().unwrap()
}

fn go(hash: &str) {
    web_sys::window()
        .unwrap()
        .location()
        .set_hash(hash)
        .unwrap();
}

/// What is stored, once the app's short wait before saving is over.
async fn stored() -> Answers {
    TimeoutFuture::new(carer_check::ui::keeping::SAVE_DELAY.as_millis() as u32 + 100).await;
    // No answers at all are not stored.
    let Some(text) = session().get_item(KEY).unwrap() else {
        return Answers::default();
    };
    carer_check::domain::answers_file::read(text.as_bytes())
        .unwrap_or_else(|e| panic!("{e:?}: {text}"))
}

fn submit() {
    click(".cc-test-host form button[type=submit]");
}

#[wasm_bindgen_test]
async fn ratings_are_saved_and_the_check_page_shows_what_they_may_mean() {
    let _app = mount_with(&Answers::default(), "#/wellbeing/recognised-and-valued");
    settle().await;
    assert_eq!(text(".cc-test-host h1"), "Recognised and valued");
    assert_eq!(document().title(), "Recognised and valued – Carer Check");
    assert_eq!(
        query_all(".cc-test-host fieldset").len(),
        7,
        "one fieldset per statement"
    );
    assert_eq!(
        texts(".cc-test-host .cc-form-group:first-child .cc-radios__label"),
        [
            "Always",
            "Most of the time",
            "Sometimes",
            "Never",
            "Prefer not to say"
        ]
    );
    assert_eq!(
        text(".cc-test-host fieldset legend"),
        "People know I am a carer and treat me with respect."
    );

    click("#rv-respected-never");
    click("#rv-listened-to"); // the first option, "Always"
    type_into(
        "#recognised-and-valued-note",
        "My <b>sister</b> helps\non Sundays",
    );
    settle().await;
    assert!(checked("#rv-respected-never"));
    assert!(
        stored().await.outcomes.ratings.is_empty(),
        "choices are a draft until Continue"
    );

    submit();
    settle().await;
    assert_eq!(hash(), "#/wellbeing/a-life-of-my-own");
    assert_eq!(text(".cc-test-host h1"), "A life of my own");
    let saved = stored().await.outcomes;
    assert_eq!(saved.ratings.len(), 2, "{saved:?}");
    assert_eq!(saved.ratings["rv-respected"].id(), "never");
    assert_eq!(saved.ratings["rv-listened-to"].id(), "always");
    assert_eq!(
        saved.notes.values().next().map(String::as_str),
        Some("My <b>sister</b> helps\non Sundays")
    );

    go("#/wellbeing/check");
    settle().await;
    assert_eq!(text(".cc-test-host h1"), "Check your answers");
    let area = "[aria-labelledby=recognised-and-valued-title]";
    let rows = texts(&format!("{area} .cc-summary-list__value"));
    assert_eq!(rows[0], "Never");
    assert_eq!(rows[1], "Always");
    assert_eq!(rows[2], "Not answered");
    assert_eq!(
        rows.last().unwrap(),
        "My <b>sister</b> helps\non Sundays",
        "the note is shown as text"
    );
    assert!(
        query(&format!("{area} b")).is_none(),
        "typed markup is never markup"
    );
    assert_eq!(
        texts("[aria-labelledby=recognised-and-valued-going-well] li"),
        ["Being listened to by staff"]
    );
    assert_eq!(
        texts("[aria-labelledby=recognised-and-valued-may-want-help] li"),
        ["Being known and respected as a carer"]
    );
    // An area with nothing answered says so kindly, with no lists.
    assert!(
        text("[aria-labelledby=staying-safe-title] .cc-wellbeing-summary")
            .starts_with("There is nothing to show here yet.")
    );
    assert!(query("[aria-labelledby=staying-safe-going-well]").is_none());
    let page = text(".cc-test-host .cc-main");
    assert!(
        !page.contains('%') && !page.contains("score"),
        "no score: {page}"
    );

    // A change link returns to the area, with the answers filled in, and back.
    click(&format!(
        "{area} a[href='#/wellbeing/recognised-and-valued/change']"
    ));
    settle().await;
    assert_eq!(hash(), "#/wellbeing/recognised-and-valued/change");
    assert_eq!(text(".cc-test-host h1"), "Recognised and valued");
    assert!(checked("#rv-respected-never"));
    assert!(checked("#rv-listened-to"));
    assert_eq!(
        field_value("#recognised-and-valued-note"),
        "My <b>sister</b> helps\non Sundays"
    );
    assert_eq!(
        query(".cc-test-host .cc-back-link")
            .unwrap()
            .get_attribute("href")
            .as_deref(),
        Some("#/wellbeing/check")
    );
    click("#rv-respected-sometimes");
    type_into("#recognised-and-valued-note", "  ");
    submit();
    settle().await;
    assert_eq!(hash(), "#/wellbeing/check");
    assert_eq!(text(".cc-test-host h1"), "Check your answers");
    assert_eq!(
        stored().await.outcomes.ratings["rv-respected"].id(),
        "sometimes"
    );
    assert!(
        stored().await.outcomes.notes.is_empty(),
        "a blank note is not kept"
    );
    assert_eq!(
        texts(&format!("{area} .cc-summary-list__value"))[0],
        "Sometimes"
    );

    // Continue goes back to the task list.
    submit();
    settle().await;
    assert_eq!(hash(), "#/tasks");
}

#[wasm_bindgen_test]
async fn the_areas_follow_one_another_then_what_goes_well() {
    let _app = mount_with(&Answers::default(), "#/wellbeing/staying-safe");
    settle().await;
    assert_eq!(text(".cc-test-host h1"), "Staying safe");
    assert_eq!(
        query(".cc-test-host .cc-back-link")
            .unwrap()
            .get_attribute("href")
            .as_deref(),
        Some("#/wellbeing/mentally-and-physically-well")
    );
    submit();
    settle().await;
    assert_eq!(hash(), "#/wellbeing/goes-well");
    assert_eq!(text(".cc-test-host h1"), "What goes well for you?");
    assert!(
        stored().await.outcomes.is_empty(),
        "nothing chosen, nothing saved"
    );

    click("#positives-proud");
    click("#positives"); // the first, "We have grown closer."
    type_into("#goes-well", "We laugh a lot <i>still</i>");
    submit();
    settle().await;
    assert_eq!(hash(), "#/wellbeing/check");
    let saved = stored().await.outcomes;
    assert_eq!(saved.positives.len(), 2);
    assert_eq!(saved.goes_well, "We laugh a lot <i>still</i>");
    let section = "[aria-labelledby=goes-well-title]";
    assert_eq!(
        texts(&format!("{section} li")),
        ["We have grown closer.", "I feel proud of what I do."]
    );
    assert!(text(section).contains("We laugh a lot <i>still</i>"));
    assert!(query(&format!("{section} i")).is_none());

    click(&format!("{section} a[href='#/wellbeing/goes-well/change']"));
    settle().await;
    assert!(checked("#positives") && checked("#positives-proud"));
    click("#positives-proud");
    submit();
    settle().await;
    assert_eq!(hash(), "#/wellbeing/check");
    assert_eq!(stored().await.outcomes.positives.len(), 1);
}

#[wasm_bindgen_test]
async fn a_young_person_sees_their_own_wording() {
    let mut answers = Answers::default();
    answers.carer.age = Some(AgeBand::Under16);
    let _app = mount_with(&answers, "#/wellbeing/recognised-and-valued");
    settle().await;
    assert_eq!(
        text(".cc-test-host fieldset legend"),
        "People know I help look after someone, and they are kind about it."
    );
    assert!(texts(".cc-test-host p").contains(
        &"These are about whether people know you help at home, and listen to you.".to_owned()
    ));
    go("#/wellbeing/check");
    settle().await;
    assert_eq!(
        text("[aria-labelledby=recognised-and-valued-title] dt"),
        "People know I help look after someone, and they are kind about it."
    );
}
