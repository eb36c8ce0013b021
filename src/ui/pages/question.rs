use leptos::prelude::*;

use crate::content::{content, site::site};
use crate::domain::answers::AgeBand;
use crate::domain::journey::{self, QuestionId, SelectionError};
use crate::ui::browser;
use crate::ui::store::use_store;
use crate::ui::widgets::{BackLink, Choice, Choices, ErrorSummary, FieldError};

/// One question of part 1. The choice is a draft until "Continue" succeeds,
/// so a mistake never changes the saved answers.
#[component]
pub fn QuestionPage(question: QuestionId) -> impl IntoView {
    let store = use_store();
    let text = content().question(question);
    let young = Memo::new(move |_| {
        store
            .answers
            .with(|a| a.carer.age.is_some_and(AgeBand::is_young))
    });

    let chosen = store
        .answers
        .with_untracked(|a| journey::selected(&a.carer, question));
    let selected = RwSignal::new(chosen.into_iter().map(String::from).collect::<Vec<_>>());
    let error = RwSignal::new(None::<String>);

    let heading = Signal::derive(move || text.title_for(young.get()).to_owned());
    let hint = Signal::derive(move || text.hint_for(young.get()).map(str::to_owned));
    let options = Signal::derive(move || {
        let young = young.get();
        text.options
            .iter()
            .map(|option| Choice {
                id: option.id.clone(),
                label: option.label_for(young).to_owned(),
            })
            .collect()
    });
    let errors = Signal::derive(move || {
        error
            .get()
            .map(|message| {
                vec![FieldError {
                    href: format!("#{}", question.id()),
                    message,
                }]
            })
            .unwrap_or_default()
    });
    crate::ui::effect::effect(move |_| {
        browser::set_title(text.title_for(young.get()), error.with(Option::is_some))
    });

    let on_submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let mut answers = store.answers.get_untracked();
        let picked = selected.get_untracked();
        let picked: Vec<&str> = picked.iter().map(String::as_str).collect();
        match journey::answer(&mut answers.carer, question, &picked) {
            Ok(()) => {
                store.answers.set(answers);
                store.go_next();
            }
            Err(SelectionError::ExclusiveWithOthers) => {
                error.set(Some(
                    text.error_exclusive
                        .clone()
                        .unwrap_or_else(|| text.error.clone()),
                ));
            }
            Err(_) => error.set(Some(text.error.clone())),
        }
    };

    view! {
        <BackLink/>
        <ErrorSummary errors=errors/>
        <form class="cc-form" novalidate on:submit=on_submit>
            <Choices
                name=question.id()
                heading=heading
                hint=hint
                error=error
                options=options
                many=question.allows_many()
                exclusive=question.exclusive_option()
                selected=selected
            />
            <button type="submit" class="cc-button">{site().continue_label.clone()}</button>
        </form>
    }
}
