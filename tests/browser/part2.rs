//! Part 2, "How are things for you?", in a real browser: the app is mounted,
//! statements are rated by clicks, and the DOM and the tab's storage are
//! checked after each step.

use crate::support::*;
use carer_check::domain::answers::{AgeBand, Answers};
use wasm_bindgen_test::*;

#[wasm_bindgen_test]
async fn ratings_are_saved_and_the_check_page_shows_what_they_may_mean() {
    let _app = mount_with(&Answers::default(), "#/wellbeing/recognised-and-valued").await;
    assert_eq!(text(H1), "Recognised and valued");
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
    assert!(checked("#rv-respected-never"));
    assert!(
        stored().await.outcomes.ratings.is_empty(),
        "choices are a draft until Continue"
    );

    submit();
    expect_page("#/wellbeing/a-life-of-my-own", "A life of my own").await;
    let saved = stored().await.outcomes;
    assert_eq!(saved.ratings.len(), 2, "{saved:?}");
    assert_eq!(saved.ratings["rv-respected"].id(), "never");
    assert_eq!(saved.ratings["rv-listened-to"].id(), "always");
    assert_eq!(
        saved.notes.values().next().map(String::as_str),
        Some("My <b>sister</b> helps\non Sundays")
    );

    go("#/wellbeing/check");
    expect_page("#/wellbeing/check", "Check your answers").await;
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
    expect_page(
        "#/wellbeing/recognised-and-valued/change",
        "Recognised and valued",
    )
    .await;
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
    expect_page("#/wellbeing/check", "Check your answers").await;
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
    expect_address("#/tasks").await;
}

#[wasm_bindgen_test]
async fn the_areas_follow_one_another_then_what_goes_well() {
    let _app = mount_with(&Answers::default(), "#/wellbeing/staying-safe").await;
    assert_eq!(text(H1), "Staying safe");
    assert_eq!(
        query(".cc-test-host .cc-back-link")
            .unwrap()
            .get_attribute("href")
            .as_deref(),
        Some("#/wellbeing/mentally-and-physically-well")
    );
    submit();
    expect_page("#/wellbeing/goes-well", "What goes well for you?").await;
    assert!(
        stored().await.outcomes.is_empty(),
        "nothing chosen, nothing saved"
    );

    click("#positives-proud");
    click("#positives"); // the first, "We have grown closer."
    type_into("#goes-well", "We laugh a lot <i>still</i>");
    submit();
    expect_address("#/wellbeing/check").await;
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
    expect_address("#/wellbeing/goes-well/change").await;
    assert!(checked("#positives") && checked("#positives-proud"));
    click("#positives-proud");
    submit();
    expect_address("#/wellbeing/check").await;
    assert_eq!(stored().await.outcomes.positives.len(), 1);
}

#[wasm_bindgen_test]
async fn a_young_person_sees_their_own_wording() {
    let mut answers = Answers::default();
    answers.carer.age = Some(AgeBand::Under16);
    let _app = mount_with(&answers, "#/wellbeing/recognised-and-valued").await;
    assert_eq!(
        text(".cc-test-host fieldset legend"),
        "People know I help look after someone, and they are kind about it."
    );
    assert!(texts(".cc-test-host p").contains(
        &"These are about whether people know you help at home, and listen to you.".to_owned()
    ));
    go("#/wellbeing/check");
    expect_address("#/wellbeing/check").await;
    assert_eq!(
        text("[aria-labelledby=recognised-and-valued-title] dt"),
        "People know I help look after someone, and they are kind about it."
    );
}
