use leptos::prelude::*;

use crate::content::{content, site::site};
use crate::domain::answers::{AgeBand, CarerAnswers};
use crate::domain::journey::{self, QuestionId, Route};
use crate::ui::browser;
use crate::ui::store::use_store;
use crate::ui::widgets::{BackLink, ErrorSummary, FieldError};

/// Part 1's answers with a "Change" link each. Continuing needs every asked
/// question answered; any gap is listed with a link to fill it.
#[component]
pub fn CheckAnswersPage() -> impl IntoView {
    let store = use_store();
    let text = &site().check;
    let errors = RwSignal::new(Vec::<FieldError>::new());
    crate::ui::effect::effect(move |_| {
        browser::set_title(&text.title, errors.with(|e| !e.is_empty()))
    });

    let on_submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let unanswered = store
            .answers
            .with_untracked(|a| unanswered_errors(&a.carer));
        if unanswered.is_empty() {
            store.go_next();
        } else {
            errors.set(unanswered);
        }
    };
    let rows = move || {
        store.answers.with(|answers| {
            journey::asked_questions(&answers.carer)
                .into_iter()
                .map(|question| row(&answers.carer, question))
                .collect_view()
        })
    };

    view! {
        <BackLink/>
        <ErrorSummary errors=errors/>
        <h1 class="cc-heading-l" tabindex="-1">{text.title.clone()}</h1>
        <dl class="cc-summary-list">{rows}</dl>
        <form class="cc-form" novalidate on:submit=on_submit>
            <button type="submit" class="cc-button">{text.continue_button.clone()}</button>
        </form>
    }
}

fn row(answers: &CarerAnswers, question: QuestionId) -> impl IntoView {
    let text = content().question(question);
    let young = answers.age.is_some_and(AgeBand::is_young);
    let chosen: Vec<String> = journey::selected(answers, question)
        .into_iter()
        .filter_map(|id| text.option_label(id, young).map(str::to_owned))
        .collect();
    let answered = !chosen.is_empty();
    let link_text = if answered {
        site().change.clone()
    } else {
        site().check.answer_link.clone()
    };
    let value = if answered {
        view! { <ul class="cc-list">{chosen.into_iter().map(|label| view! { <li>{label}</li> }).collect_view()}</ul> }
            .into_any()
    } else {
        view! { <span class="cc-summary-list__missing">{site().check.not_answered.clone()}</span> }
            .into_any()
    };
    view! {
        <div class="cc-summary-list__row">
            <dt class="cc-summary-list__key">{text.check_label.clone()}</dt>
            <dd class="cc-summary-list__value">{value}</dd>
            <dd class="cc-summary-list__actions">
                <a class="cc-link" href=Route::change(question).to_hash()>
                    {link_text}
                    <span class="cc-visually-hidden">{format!(" – {}", text.check_label.to_ascii_lowercase())}</span>
                </a>
            </dd>
        </div>
    }
}

fn unanswered_errors(answers: &CarerAnswers) -> Vec<FieldError> {
    journey::asked_questions(answers)
        .into_iter()
        .filter(|&question| journey::selected(answers, question).is_empty())
        .map(|question| FieldError {
            href: Route::change(question).to_hash(),
            message: site()
                .check
                .error_unanswered
                .replace("{question}", content().question(question).title_for(false)),
        })
        .collect()
}
