//! Part 3, the emergency plan, in a real browser: the app is mounted, driven
//! by clicks and typing, and the DOM is checked after each step.

use crate::support::*;
use carer_check::content::messages::messages;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::HtmlElement;

/// From the list of plans, "Add a person": a new plan's first page.
async fn start_a_plan() -> impl Drop {
    let app = mount_at("#/plans").await;
    assert_eq!(text(H1), "Emergency plans");
    assert!(text(".cc-test-host .cc-main").contains("You have not added anyone yet."));
    click(".cc-test-host .cc-main button.cc-button--secondary");
    expect_page("#/plans/1/person", "About the person you look after").await;
    app
}

/// "Save and continue", then waits until the page has answered: the next page, or this
/// one with its error summary.
async fn save_and_continue() {
    let from = hash();
    submit();
    wait_until_or(
        "the next page, or an error summary",
        || hash() != from || query(".cc-error-summary").is_some(),
        hash,
    )
    .await;
    wait_for(H1).await;
}

#[wasm_bindgen_test]
async fn adding_a_person_and_typing_their_name_names_the_next_page_in_its_caption_only() {
    let _app = start_a_plan().await;
    assert_eq!(text(H1), "About the person you look after");
    type_into("#name", "Mrs Joan Smith");
    save_and_continue().await;
    expect_page("#/plans/1/medicines", "Their medicines").await;
    // Whose plan it is shows above the heading; the title (kept in the
    // browser's history) never names her.
    assert_eq!(
        text(".cc-test-host .cc-caption"),
        "Emergency plan for Joan – Page 2 of 10"
    );
    assert_eq!(document().title(), "Their medicines – Carer Check");

    // Back to her first page, with what was saved.
    click(".cc-test-host a.cc-back-link");
    expect_address("#/plans/1/person").await;
    assert_eq!(
        field_value("#name"),
        "Mrs Joan Smith",
        "the saved name is shown"
    );
}

#[wasm_bindgen_test]
async fn a_medicine_row_can_be_added_and_removed() {
    let _app = start_a_plan().await;
    save_and_continue().await;
    expect_address("#/plans/1/medicines").await;
    assert_eq!(texts(".cc-repeat__row legend"), ["Medicine 1"]);
    type_into("#medicine-0-name", "Donepezil");

    click("#medicines-add");
    wait_for("#medicine-1-name").await;
    assert_eq!(
        texts(".cc-repeat__row legend"),
        ["Medicine 1", "Medicine 2"]
    );
    // Focus goes to the new row (on the next frame).
    wait_until_or(
        "focus on the new row",
        || focused_id().as_deref() == Some("medicine-1-name"),
        || format!("{:?}", focused_id()),
    )
    .await;
    type_into("#medicine-1-name", "Paracetamol");

    // Remove the first: the second moves up and keeps what was typed.
    let removes = query_all(".cc-repeat__remove");
    assert_eq!(removes.len(), 2);
    assert_eq!(
        removes[0].text_content().unwrap_or_default(),
        "Remove medicine 1"
    );
    removes[0].unchecked_ref::<HtmlElement>().click();
    wait_for_none("#medicine-1-name").await;
    assert_eq!(texts(".cc-repeat__row legend"), ["Medicine 1"]);
    assert_eq!(field_value("#medicine-0-name"), "Paracetamol");
    wait_until_or(
        "focus on the add button",
        || focused_id().as_deref() == Some("medicines-add"),
        || format!("{:?}", focused_id()),
    )
    .await;
}

#[wasm_bindgen_test]
async fn a_key_safe_code_is_refused_and_what_was_typed_stays() {
    let _app = start_a_plan().await;
    go("#/plans/1/home");
    expect_page("#/plans/1/home", "Keys, pets and papers").await;
    let typed = "My son Tom. The key safe code is 4821";
    type_into("#key-holders", typed);
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
    assert_eq!(field_value("#key-holders"), typed, "nothing typed is lost");
    assert!(document().title().starts_with("Error: "));

    type_into("#key-holders", "My son Tom has a key");
    save_and_continue().await;
    expect_address("#/plans/1/legal").await;
}

#[wasm_bindgen_test]
async fn a_questionable_phone_number_is_kept_once_ticked() {
    let _app = start_a_plan().await;
    go("#/plans/1/professionals");
    expect_address("#/plans/1/professionals").await;
    type_into("#gp-phone", "0161 496 000");
    // The keep box appears.
    wait_for("#gp-phone-keep").await;
    save_and_continue().await;
    assert_eq!(hash(), "#/plans/1/professionals");
    assert!(text(".cc-error-summary__list a").contains("If you are sure it is right"));

    click("#gp-phone-keep");
    assert!(checked("#gp-phone-keep"));
    save_and_continue().await;
    // The number is kept: on to the next page.
    expect_address("#/plans/1/needs").await;
}

#[wasm_bindgen_test]
async fn wandering_details_show_only_when_they_may_wander() {
    let _app = start_a_plan().await;
    go("#/plans/1/wandering");
    expect_address("#/plans/1/wandering").await;
    assert!(query("#height").is_none());
    click("#may-wander");
    // Yes shows the description…
    wait_for("#height").await;
    click("#may-wander-no");
    wait_for_none("#height").await;
    click("#may-wander-not-sure");
    // …and so does "Not sure".
    wait_for("#places-they-go").await;
}

#[wasm_bindgen_test]
async fn removing_asks_first_and_an_unknown_plan_says_so() {
    let _app = start_a_plan().await;
    type_into("#name", "Joan");
    save_and_continue().await;
    go("#/plans");
    expect_address("#/plans").await;
    assert_eq!(text(".cc-plan-list__name"), "Joan");
    click(".cc-plan-list__actions li:nth-child(2) a");
    expect_page(
        "#/plans/1/remove",
        "Are you sure you want to remove this plan?",
    )
    .await;
    assert_eq!(text(".cc-test-host .cc-caption"), "Joan");
    assert!(!document().title().contains("Joan"));
    // "No, keep it" changes nothing.
    click(".cc-button-group a");
    expect_address("#/plans").await;
    assert_eq!(text(".cc-plan-list__name"), "Joan");

    click(".cc-plan-list__actions li:nth-child(2) a");
    expect_address("#/plans/1/remove").await;
    click(".cc-test-host .cc-main .cc-button--warning");
    expect_address("#/plans").await;
    wait_for_none(".cc-plan-list").await;

    go("#/plans/1/medicines");
    expect_page("#/plans/1/medicines", "We could not find this plan").await;
    assert_eq!(
        query(".cc-test-host .cc-main a")
            .unwrap()
            .get_attribute("href")
            .as_deref(),
        Some("#/plans")
    );
}
