use leptos::prelude::*;

use crate::content::document_pages::document_pages;
use crate::content::messages::messages;
use crate::domain::answers::Answers;
use crate::domain::documents::{missing_for, Document};
use crate::domain::from_answers::{all_documents, document_inputs, field_route};
use crate::domain::journey::{Route, Step};
use crate::domain::plan::find_plan;
use crate::ui::browser;
use crate::ui::store::use_store;
use crate::ui::widgets::BackLink;

/// Part 4: every document the carer can print, each with a link to its
/// preview, or what it still needs and where to add it.
#[component]
pub fn DocumentsPage() -> impl IntoView {
    let store = use_store();
    let text = &document_pages().list;
    browser::set_title(&text.title, false);
    let items = move || {
        store.answers.with(|answers| {
            all_documents(answers)
                .into_iter()
                .map(|document| item(answers, document))
                .collect_view()
        })
    };
    let no_plans = move || {
        store.answers.with(|a| a.plans.is_empty()).then(|| {
            view! {
                <p class="cc-body">
                    {text.no_plans.clone()}" "
                    <a class="cc-link" href=Route::to(Step::Plans).to_hash()>{text.no_plans_link.clone()}</a>
                </p>
            }
        })
    };
    view! {
        <BackLink/>
        <h1 class="cc-heading-l" tabindex="-1">{text.title.clone()}</h1>
        <p class="cc-body">{text.intro.clone()}</p>
        {no_plans}
        <ul class="cc-doc-list">{items}</ul>
    }
}

/// A document's name, as the list and the preview's heading say it.
pub fn document_name(answers: &Answers, document: Document) -> String {
    let names = &document_pages().names;
    let person = |id: u32| {
        find_plan(&answers.plans, id)
            .and_then(|plan| plan.first_name())
            .map_or_else(|| names.unnamed.clone(), str::to_owned)
    };
    let fill = crate::content::document_pages::fill;
    match document {
        Document::Passport => names.passport.clone(),
        Document::EmergencyPlan(id) => fill(&names.plan, "name", &person(id)),
        Document::WalletCard(id) => fill(&names.card, "name", &person(id)),
        Document::HelpList => names.help.clone(),
        Document::GpLetter => names.gp.clone(),
        Document::EmployerLetter => names.employer.clone(),
        Document::AssessmentList => names.assessment.clone(),
    }
}

/// A document preview's page title: its name without the person's, because
/// titles stay in the browser's history and a host page can read them.
pub fn document_title(document: Document) -> &'static str {
    let names = &document_pages().names;
    match document {
        Document::Passport => &names.passport,
        Document::EmergencyPlan(_) => &names.plan_title,
        Document::WalletCard(_) => &names.card_title,
        Document::HelpList => &names.help,
        Document::GpLetter => &names.gp,
        Document::EmployerLetter => &names.employer,
        Document::AssessmentList => &names.assessment,
    }
}

fn hint(document: Document) -> String {
    let names = &document_pages().names;
    match document {
        Document::Passport => &names.passport_hint,
        Document::EmergencyPlan(_) => &names.plan_hint,
        Document::WalletCard(_) => &names.card_hint,
        Document::HelpList => &names.help_hint,
        Document::GpLetter => &names.gp_hint,
        Document::EmployerLetter => &names.employer_hint,
        Document::AssessmentList => &names.assessment_hint,
    }
    .clone()
}

fn item(answers: &Answers, document: Document) -> impl IntoView {
    let text = &document_pages().list;
    let name = document_name(answers, document);
    let missing = missing_for(document, &document_inputs(answers));
    let key = document.key();
    let action = if missing.is_empty() {
        view! {
            <a class="cc-link cc-doc-list__open" href=Route::to(Step::Document(document)).to_hash()>
                {text.open.clone()}<span class="cc-visually-hidden">": "{name.clone()}</span>
            </a>
        }
        .into_any()
    } else {
        missing_list(&missing, format!("cc-missing-{key}")).into_any()
    };
    view! {
        <li class="cc-doc-list__item" id=format!("cc-doc-{key}")>
            <h2 class="cc-heading-s cc-doc-list__name">{name}</h2>
            <p class="cc-body cc-doc-list__hint">{hint(document)}</p>
            {action}
        </li>
    }
}

/// "To make this, add:" and a link to each missing field's page.
pub fn missing_list(missing: &[crate::domain::documents::Missing], id: String) -> impl IntoView {
    let text = &document_pages().list;
    view! {
        <div class="cc-doc-list__missing">
            <p class="cc-body cc-doc-list__to-make" id=id.clone()>{text.to_make.clone()}</p>
            <ul class="cc-list cc-list--bullet" aria-labelledby=id>
                {missing
                    .iter()
                    .map(|m| view! {
                        <li>
                            <a class="cc-link" href=field_route(m.field).to_hash()>{messages().need(&m.need)}</a>
                        </li>
                    })
                    .collect_view()}
            </ul>
        </div>
    }
}
