//! Part 4 in a real browser: the documents list says what is missing and
//! where to add it; previews show what the carer typed as text, never markup;
//! the choices on a preview change the document.

use crate::support::*;
use carer_check::domain::answers::{Answers, WorkStudy};
use carer_check::domain::phone::Phone;
use carer_check::domain::plan::{EmergencyPlan, StepInPerson};
use wasm_bindgen_test::*;

const MARKUP: &str = "<b>Bold</b><img src=x onerror=alert(1)>";

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
    let _app = mount_with(&answers, "#/documents").await;

    assert_eq!(text(H1), "Your documents");
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
    let _app = mount_with(&answers, "#/documents/passport").await;
    assert_eq!(text(H1), "You cannot make this yet");
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
        let _app = mount_with(&answers, hash).await;
        // The document itself is drawn after the page around it.
        wait_for(".cc-test-host .cc-doc__body > *").await;
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

    let _app = mount_with(&answers, "#/documents/card-1").await;
    wait_for(".cc-test-host .cc-card").await;
    let card = || text(".cc-test-host .cc-card");
    assert!(card().contains("I look after Raj."));
    assert!(card().contains("Anil Shah"));
    assert!(card().contains("Priya Shah"));
    assert!(!card().contains("Mill Lane"), "the address is off at first");
    click("#card-choices-my-address");
    wait_until_or(
        "the address on the card",
        || card().contains("1 Mill Lane, Bury"),
        card,
    )
    .await;
    click("#card-choices");
    // The name can be left off.
    wait_until_or(
        "the name off the card",
        || !card().contains("Priya Shah"),
        card,
    )
    .await;

    // The letter to an employer is only for someone who works for one.
    drop(_app);
    let _app = mount_with(&answers, "#/documents/employer-letter").await;
    assert_eq!(text(H1), "Document not found");
    assert_eq!(hrefs(".cc-test-host .cc-body a"), ["#/carer/work/change"]);

    answers.carer.work = vec![WorkStudy::Employee];
    drop(_app);
    let _app = mount_with(&answers, "#/documents/employer-letter").await;
    assert_eq!(text(H1), "Request for Carer's Leave");
    click("#work-request-flexible-working");
    wait_for_text(H1, "Request for flexible working").await;
}
