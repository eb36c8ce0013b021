use leptos::prelude::*;

use super::documents::{document_name, document_title, missing_list};
use crate::content::document_pages::{document_pages, fill};
use crate::content::messages::messages;
use crate::documents::{self, help_suggestions, letter_for, made_on, passport_for};
use crate::domain::answers::{Answers, DocumentChoices};
use crate::domain::dates::Date;
use crate::domain::documents::{missing_for, Document};
use crate::domain::from_answers::{
    document_inputs, is_young, offers, review_date, wallet_card, CardChoices,
};
use crate::domain::journey::{QuestionId, Route};
use crate::domain::letters::WorkRequest;
use crate::domain::plan::find_plan;
use crate::domain::share::reminder;
use crate::ui::browser;
use crate::ui::browser::today;
use crate::ui::keeping::save_draft;
use crate::ui::store::use_store;
use crate::ui::widgets::{BackLink, Choice, Choices, TreeView};

/// The screen preview of one document, with "Print or save as PDF". In
/// print, only the document itself shows (`style/print.css`).
#[component]
pub fn DocumentPage(document: Document) -> impl IntoView {
    let store = use_store();
    let answers = store.answers.get_untracked();
    let text = &document_pages().preview;

    // Only documents offered to this carer (the list page agrees): the
    // letter to an employer is for employees.
    if !offers(&answers, document) {
        browser::set_title(&text.gone_title, false);
        let change = (document == Document::EmployerLetter).then(|| {
            view! {
                <p class="cc-body">{text.not_offered.clone()}</p>
                <p class="cc-body">
                    <a class="cc-link" href=Route::change(QuestionId::Work).to_hash()>{text.not_offered_link.clone()}</a>
                </p>
            }
        });
        return view! {
            <BackLink/>
            <h1 class="cc-heading-l" tabindex="-1">{text.gone_title.clone()}</h1>
            {change}
        }
        .into_any();
    }

    let missing = missing_for(document, &document_inputs(&answers));
    if !missing.is_empty() {
        browser::set_title(&text.cannot_make_title, false);
        return view! {
            <BackLink/>
            <h1 class="cc-heading-l" tabindex="-1">{text.cannot_make_title.clone()}</h1>
            {missing_list(&missing, String::from("cc-missing"))}
        }
        .into_any();
    }

    let name = document_name(&answers, document);
    browser::set_title(document_title(document), false);
    let made = today();
    let kind = match document {
        Document::Passport => "passport",
        Document::EmergencyPlan(_) => "plan",
        Document::WalletCard(_) => "card",
        Document::HelpList => "help",
        _ => "letter",
    };

    // What the carer can choose on this page, starting from last time's choice.
    let saved = answers.documents.clone();
    let request = RwSignal::new(vec![saved
        .work_request
        .unwrap_or(WorkRequest::CarersLeave)
        .id()
        .to_owned()]);
    let card_choices = RwSignal::new(saved.card.ids());
    // Kept with the rest of the answers, so they are there next time. Only
    // what the carer changed here is written: another tab may have changed
    // the other choice since this page opened.
    let start = StoredValue::new(saved);
    crate::ui::effect::effect(move |_| {
        let chosen = DocumentChoices {
            card: card_choices.with(|ids| CardChoices::from_ids(ids)),
            work_request: request.with(|r| r.first().and_then(|id| WorkRequest::from_id(id))),
        };
        let before = start.get_value();
        if chosen != before {
            save_draft(store, &before, chosen.clone(), |a| Some(&mut a.documents));
            start.set_value(chosen);
        }
    });
    let answers = StoredValue::new(answers);
    // In another language, an English copy for staff who read English: on
    // unless the carer takes it off (say, printing for a relative).
    let in_other_language =
        super::super::language::on_screen() != crate::content::language::ENGLISH;
    let english_too = RwSignal::new(vec![ENGLISH_COPY.to_owned()]);
    let english = move || in_other_language && english_too.with(|chosen| !chosen.is_empty());
    let english_controls = in_other_language.then(|| english_copy_controls(english_too));

    let (heading, controls, body, saves): PageParts = match document {
        Document::Passport => {
            let body = move || {
                let make = || documents::passport(answers.with_value(passport_for));
                with_english_copy(document, answers, made, english(), &make)
            };
            (
                name.into_any(),
                english_controls,
                view! { <TreeView nodes=Signal::derive(body)/> }.into_any(),
                None,
            )
        }
        Document::EmergencyPlan(id) => {
            let body = move || {
                let make = || {
                    let plan = answers.with_value(|a| find_plan(&a.plans, id).cloned());
                    documents::emergency_plan(plan.unwrap_or_default())
                };
                with_english_copy(document, answers, made, english(), &make)
            };
            (
                name.into_any(),
                english_controls,
                view! { <TreeView nodes=Signal::derive(body)/> }.into_any(),
                Some(reminder_control(made)),
            )
        }
        Document::WalletCard(id) => {
            let body = move || {
                let choices = card_choices.with(|ids| CardChoices::from_ids(ids));
                let make = || {
                    let card = answers.with_value(|a| {
                        find_plan(&a.plans, id).map(|plan| {
                            wallet_card(a, plan, choices, &document_pages().card.allergies)
                        })
                    });
                    card.map(documents::wallet_card).unwrap_or_default()
                };
                with_english_copy(document, answers, made, english(), &make)
            };
            (
                name.into_any(),
                Some(view! { {card_controls(card_choices)} {english_controls} }.into_any()),
                view! { <TreeView nodes=Signal::derive(body)/> }.into_any(),
                None,
            )
        }
        Document::HelpList => {
            let (suggestions, young) = answers.with_value(|a| (help_suggestions(a), is_young(a)));
            (
                name.into_any(),
                None,
                tree(documents::help_list(&suggestions, young)),
                None,
            )
        }
        _ => {
            // Worked out again on each read: cheap, and smaller than a memo.
            let letter = move || {
                let chosen = request.with(|r| r.first().and_then(|id| WorkRequest::from_id(id)));
                let request = chosen.unwrap_or(WorkRequest::CarersLeave);
                answers.with_value(|a| letter_for(a, document, request))
            };
            let text = move || letter().map(|l| l.to_text()).unwrap_or_default();
            let heading = move || letter().map(|l| l.title);
            let has_gaps = move || letter().is_some_and(|l| !l.gaps().is_empty());
            let gaps_hint = move || {
                has_gaps().then(|| view! { <p class="cc-inset">{document_pages().letter.gaps_hint.clone()}</p> })
            };
            let controls = if document == Document::EmployerLetter {
                view! { {request_controls(request)} {gaps_hint} {english_controls} }.into_any()
            } else {
                view! { {gaps_hint} {english_controls} }.into_any()
            };
            // A letter goes to people who read English (a GP practice, an employer, the
            // council's assessor): the English copy is the one to hand over.
            let body = move || {
                let make = || letter().map(documents::letter).unwrap_or_default();
                with_english_copy(document, answers, made, english(), &make)
            };
            (
                heading.into_any(),
                Some(controls),
                view! { <TreeView nodes=Signal::derive(body)/> }.into_any(),
                Some(text_control(document, text)),
            )
        }
    };

    let print = move |_| {
        let _ = window().print();
    };
    view! {
        <BackLink/>
        <article class=format!("cc-doc cc-doc--{kind}")>
            <h1 class="cc-heading-l cc-doc__title" tabindex="-1">{heading}</h1>
            {tree(vec![made_on(made)])}
            <div class="cc-doc__controls cc-no-print">
                <p class="cc-body">{text.intro.clone()}</p>
                {controls}
                <button type="button" class="cc-button cc-doc__print" on:click=print>{text.print_button.clone()}</button>
                {saves}
            </div>
            {body}
        </article>
    }
    .into_any()
}

/// The heading, the choices above Print, the document, and the button after
/// Print that saves it as a file.
type PageParts = (AnyView, Option<AnyView>, AnyView, Option<AnyView>);

/// A document that does not change while the page is open.
fn tree(nodes: Vec<documents::tree::Node>) -> AnyView {
    view! { <TreeView nodes=Signal::stored(nodes)/> }.into_any()
}

/// The document and, when `english` (the app is in another language and the
/// carer keeps the choice), its copy in English after it, for hospital staff,
/// paramedics and employers (`documents::english_copy`).
fn with_english_copy(
    document: Document,
    answers: StoredValue<Answers>,
    made: crate::domain::dates::Date,
    english: bool,
    make: &dyn Fn() -> Vec<documents::tree::Node>,
) -> Vec<documents::tree::Node> {
    let mut nodes = make();
    if english {
        nodes.push(crate::content::in_english(|| {
            let name = answers.with_value(|a| document_name(a, document));
            documents::english_copy(name, made, make())
        }));
    }
    nodes
}

fn card_controls(selected: RwSignal<Vec<String>>) -> AnyView {
    let t = &document_pages().card;
    let options = vec![
        Choice {
            id: "my-name".into(),
            label: t.my_name.clone(),
        },
        Choice {
            id: "my-phone".into(),
            label: t.my_phone.clone(),
        },
        Choice {
            id: "my-address".into(),
            label: t.my_address.clone(),
        },
    ];
    let none: Option<String> = None;
    view! {
        <Choices name="card-choices" heading=Signal::stored(t.choices_title.clone())
            hint=Some(t.choices_hint.clone()) error=none options=Signal::stored(options)
            many=true exclusive=None selected=selected not_the_heading=true/>
    }
    .into_any()
}

fn request_controls(selected: RwSignal<Vec<String>>) -> AnyView {
    let t = &document_pages().letter;
    let options = vec![
        Choice {
            id: WorkRequest::CarersLeave.id().into(),
            label: t.carers_leave.clone(),
        },
        Choice {
            id: WorkRequest::FlexibleWorking.id().into(),
            label: t.flexible_working.clone(),
        },
    ];
    let none: Option<String> = None;
    view! {
        <Choices name="work-request" heading=Signal::stored(t.request_legend.clone())
            hint=none.clone() error=none options=Signal::stored(options)
            many=false exclusive=None selected=selected not_the_heading=true/>
    }
    .into_any()
}

/// The one option of the English-copy choice; ticked when the page opens.
const ENGLISH_COPY: &str = "english";

fn english_copy_controls(selected: RwSignal<Vec<String>>) -> AnyView {
    let t = &document_pages().preview;
    let options = vec![Choice {
        id: ENGLISH_COPY.into(),
        label: t.english_copy.clone(),
    }];
    let none: Option<String> = None;
    view! {
        <Choices name="english-copy" heading=Signal::stored(t.english_title.clone())
            hint=Some(t.english_hint.clone()) error=none options=Signal::stored(options)
            many=true exclusive=None selected=selected not_the_heading=true/>
    }
    .into_any()
}

/// "Download as text": the letter in the page's language (not its English
/// copy: that cost 422 B more), to paste into a council's online form or an
/// e-mail.
fn text_control(document: Document, text: impl Fn() -> String + 'static) -> AnyView {
    let t = &document_pages().letter;
    let file = move || (format!("{}.txt", document.key()), text(), "text/plain");
    save_file_control(t.text_hint.clone(), t.text_button.clone(), file)
}

/// "Add a reminder": a calendar file (.ics) for the day the plan says to look
/// at it again, with the same fixed title and notes for every carer.
fn reminder_control(made: Date) -> AnyView {
    let text = &document_pages().reminder;
    let review = review_date(made);
    let file = move || {
        let calendar = reminder::review_reminder(
            review,
            browser::utc_now(),
            &browser::random_bytes::<16>(),
            &text.summary,
            &text.description,
        );
        (reminder::file_name(review), calendar, "text/calendar")
    };
    let hint = fill(&text.hint, "date", &messages().date(review));
    save_file_control(hint, text.button.clone(), file)
}

/// A hint, then a button that saves the file `make` makes: its name, its
/// text and its type.
fn save_file_control(
    hint: String,
    label: String,
    make: impl Fn() -> (String, String, &'static str) + 'static,
) -> AnyView {
    let save = move |_| {
        let (name, text, mime) = make();
        browser::download(&name, &text, mime);
    };
    view! {
        <p class="cc-hint">{hint}</p>
        <button type="button" class="cc-button cc-button--secondary" on:click=save>{label}</button>
    }
    .into_any()
}
