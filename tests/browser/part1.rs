//! Part 1 in a real browser: the app is mounted and driven by clicks, and the
//! DOM is checked after each step.

use crate::support::*;
use wasm_bindgen_test::*;

#[wasm_bindgen_test]
async fn start_page_leads_to_the_first_question() {
    let _app = mount_at("#/").await;
    assert_eq!(text(H1), "Find out if you're a carer and get help");
    click(".cc-test-host a.cc-button--start");
    expect_page("#/carer/age", "How old are you?").await;
    assert_eq!(document().title(), "How old are you? – Carer Check");
}

#[wasm_bindgen_test]
async fn continuing_without_an_answer_shows_an_error_that_links_to_the_field() {
    let _app = mount_at("#/carer/age").await;
    submit();
    wait_for(".cc-error-summary").await;

    assert_eq!(text(".cc-error-summary__title"), "There is a problem");
    assert_eq!(text(".cc-error-summary__list a"), "Select how old you are");
    assert_eq!(text(".cc-error-message"), "Error: Select how old you are");
    wait_until_or(
        "the error in the title",
        || document().title().starts_with("Error: How old are you?"),
        || document().title(),
    )
    .await;
    wait_until("focus on the error summary", || {
        document().active_element() == query(".cc-error-summary").map(Into::into)
    })
    .await;
    assert_eq!(
        hash(),
        "#/carer/age",
        "an error keeps the carer on the page"
    );

    click(".cc-error-summary__list a");
    wait_until_or(
        "focus on the first option",
        || focused_id().as_deref() == Some("age"),
        || format!("{:?}", focused_id()),
    )
    .await;
    assert_eq!(hash(), "#/carer/age", "the link does not change the step");

    click("#age-25-64");
    submit();
    expect_address("#/carer/helps").await;
    assert!(query(".cc-error-summary").is_none());
    let stored = stored_text().await.unwrap_or_default();
    assert!(
        stored.contains("\"25-64\""),
        "answers are kept in the tab: {stored}"
    );
}

#[wasm_bindgen_test]
async fn none_of_these_clears_the_other_ticks_and_the_other_way_round() {
    let _app = mount_at("#/carer/tasks").await;
    click("#tasks");
    click("#tasks-money");
    wait_until("two ticks", || checked("#tasks") && checked("#tasks-money")).await;
    click("#tasks-none");
    wait_until("\"None of these\" alone", || {
        checked("#tasks-none") && !checked("#tasks") && !checked("#tasks-money")
    })
    .await;
    click("#tasks-money");
    wait_until("a tick clears \"None of these\"", || {
        checked("#tasks-money") && !checked("#tasks-none")
    })
    .await;
}

#[wasm_bindgen_test]
async fn a_young_person_sees_their_own_wording() {
    let _app = mount_at("#/carer/age").await;
    click("#age");
    submit();
    expect_page(
        "#/carer/helps",
        "Do you help look after someone at home or in your family?",
    )
    .await;
}

#[wasm_bindgen_test]
async fn saying_no_leads_to_check_answers_then_a_kind_result() {
    let _app = mount_at("#/carer/age").await;
    click("#age-65-plus");
    submit();
    expect_address("#/carer/helps").await;
    click("#helps-no");
    submit();
    expect_address("#/carer/check").await;
    assert_eq!(
        texts(".cc-summary-list__key"),
        ["Your age", "Helps someone"]
    );

    // Change an answer and come back to this page.
    click(".cc-summary-list__row:nth-child(1) a");
    expect_address("#/carer/age/change").await;
    assert!(checked("#age-65-plus"), "the current answer is shown");
    click("#age-25-64");
    submit();
    expect_address("#/carer/check").await;
    assert!(text(".cc-summary-list").contains("25 to 64"));

    submit();
    expect_page("#/carer/result", "You may not be an unpaid carer right now").await;
    assert!(text(".cc-test-host .cc-main").contains("Who counts as a carer"));
}

#[wasm_bindgen_test]
async fn check_answers_lists_what_is_missing() {
    let _app = mount_at("#/carer/check").await;
    submit();
    wait_for(".cc-error-summary__list a").await;
    let errors = texts(".cc-error-summary__list a");
    assert_eq!(
        errors.len(),
        9,
        "every question is still to answer: {errors:?}"
    );
    assert_eq!(errors[0], "Answer the question: How old are you?");
    assert_eq!(hash(), "#/carer/check");
}
