//! Part 4 in a real browser: the documents list says what is missing and
//! where to add it; previews show what the carer typed as text, never markup;
//! the choices on a preview change the document.
#![cfg(target_arch = "wasm32")]

use carer_check::domain::answers::{Answers, WorkStudy};
use carer_check::domain::phone::Phone;
use carer_check::domain::plan::{EmergencyPlan, StepInPerson};
use carer_check::domain::record::Record;
use carer_check::ui::app::App;
use gloo_timers::future::TimeoutFuture;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::HtmlElement;

wasm_bindgen_test_configure!(run_in_browser);

const KEY: &str = "carer-check:answers";
const MARKUP: &str = "<b>Bold</b><img src=x onerror=alert(1)>";

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// Mounts a fresh app at `hash` with these answers in the tab's storage.
fn mount_with(answers: &Answers, hash: &str) -> impl Drop {
    let window = web_sys::window().unwrap();
    let storage = window.session_storage().unwrap().unwrap();
    storage.clear().unwrap();
    storage
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

fn hrefs(selector: &str) -> Vec<String> {
    query_all(selector)
        .iter()
        .filter_map(|a| a.get_attribute("href"))
        .collect()
}

fn plan_with(name: &str, contact: Option<&str>) -> EmergencyPlan {
    let mut plan = EmergencyPlan::new(1);
    plan.name = name.into();
    plan.conditions = MARKUP.into();
    if let Some(contact) = contact {
        plan.step_in.push(StepInPerson {
            name: contact.into(),
            phone: Phone::new("07700 900123"),
            agreed_to_be_contacted: true,
            ..StepInPerson::default()
        });
    }
    plan
}

#[wasm_bindgen_test]
async fn the_list_says_what_is_missing_and_links_to_where_to_add_it() {
    let mut answers = Answers::default();
    answers.plans.push(plan_with("Joan Wood", None));
    let _app = mount_with(&answers, "#/documents");
    settle().await;

    assert_eq!(text(".cc-test-host h1"), "Your documents");
    assert!(text("#cc-doc-passport").contains("To make this, add:"));
    assert_eq!(
        hrefs("#cc-doc-passport .cc-doc-list__missing a"),
        ["#/about-you"]
    );
    assert_eq!(
        hrefs("#cc-doc-card-1 .cc-doc-list__missing a"),
        ["#/plans/1/stepping-in"]
    );
    assert!(text("#cc-doc-plan-1").contains("Emergency plan for Joan"));
    // The help list and the assessment list need nothing.
    assert_eq!(hrefs("#cc-doc-help a"), ["#/documents/help"]);
    assert_eq!(
        hrefs("#cc-doc-assessment-list a"),
        ["#/documents/assessment-list"]
    );

    // A preview that cannot be made says so, with the same links.
    drop(_app);
    let _app = mount_with(&answers, "#/documents/passport");
    settle().await;
    assert_eq!(text(".cc-test-host h1"), "You cannot make this yet");
    assert_eq!(
        hrefs(".cc-test-host .cc-doc-list__missing a"),
        ["#/about-you"]
    );
}

#[wasm_bindgen_test]
async fn a_preview_shows_typed_markup_as_text() {
    let mut answers = Answers::default();
    answers.about_you.name = MARKUP.into();
    answers.plans.push(plan_with(MARKUP, Some(MARKUP)));
    for hash in [
        "#/documents/passport",
        "#/documents/plan-1",
        "#/documents/card-1",
        "#/documents/gp-letter",
    ] {
        let _app = mount_with(&answers, hash);
        settle().await;
        let doc = text(".cc-test-host .cc-doc");
        assert!(doc.contains(MARKUP), "{hash}: {doc}");
        assert!(query(".cc-test-host .cc-doc b").is_none(), "{hash}");
        assert!(query(".cc-test-host .cc-doc img").is_none(), "{hash}");
        assert!(text(".cc-test-host .cc-doc__dates").starts_with("Made on "));
        assert_eq!(text(".cc-test-host .cc-doc__print"), "Print or save as PDF");
    }
}

#[wasm_bindgen_test]
async fn the_choices_on_a_preview_change_the_document() {
    let mut answers = Answers::default();
    answers.about_you.name = "Priya Shah".into();
    answers.about_you.address = "1 Mill Lane\nBury".into();
    answers.plans.push(plan_with("Raj Shah", Some("Anil Shah")));

    let _app = mount_with(&answers, "#/documents/card-1");
    settle().await;
    let card = || text(".cc-test-host .cc-card");
    assert!(card().contains("I look after Raj."));
    assert!(card().contains("Anil Shah"));
    assert!(card().contains("Priya Shah"));
    assert!(!card().contains("Mill Lane"), "the address is off at first");
    query("#card-choices-my-address").unwrap().click();
    settle().await;
    assert!(card().contains("1 Mill Lane, Bury"));
    query("#card-choices").unwrap().click();
    settle().await;
    assert!(!card().contains("Priya Shah"), "the name can be left off");

    // The letter to an employer is only for someone who works for one.
    drop(_app);
    let _app = mount_with(&answers, "#/documents/employer-letter");
    settle().await;
    assert_eq!(text(".cc-test-host h1"), "Document not found");
    assert_eq!(hrefs(".cc-test-host .cc-body a"), ["#/carer/work/change"]);

    answers.carer.work = vec![WorkStudy::Employee];
    drop(_app);
    let _app = mount_with(&answers, "#/documents/employer-letter");
    settle().await;
    assert_eq!(text(".cc-test-host h1"), "Request for Carer's Leave");
    query("#work-request-flexible-working").unwrap().click();
    settle().await;
    assert_eq!(text(".cc-test-host h1"), "Request for flexible working");
}
