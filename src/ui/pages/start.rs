use leptos::prelude::*;

use crate::content::site::site;
use crate::domain::journey::{QuestionId, Route, Step};
use crate::ui::browser;
use crate::ui::store::use_store;
use crate::ui::widgets::{CouncilChoice, HelpNow};

#[component]
pub fn StartPage() -> impl IntoView {
    let store = use_store();
    let start = &site().start;
    let place = &site().place;
    browser::set_title(&start.title, false);
    let first_question = Route::to(Step::Question(QuestionId::ALL[0])).to_hash();

    // The carer's choice of place lives in their answers (it is saved).
    let saved = store.answers.with_untracked(|a| a.council.clone());
    let selected = RwSignal::new(if saved.is_empty() {
        vec![]
    } else {
        vec![saved]
    });
    crate::ui::effect::effect(move |_| {
        let Some(id) = selected.with(|ids| ids.first().cloned()) else {
            return;
        };
        if store.answers.with_untracked(|a| a.council != id) {
            store.answers.update(|a| a.council = id);
            store.unknown_council.set(None);
        }
    });
    let unknown_note = move || {
        store.unknown_council.get().map(|asked| {
            view! { <p class="cc-body cc-inset" role="status">{place.unknown.replace("{place}", &asked)}</p> }
        })
    };

    view! {
        <h1 class="cc-heading-xl" tabindex="-1">{start.title.clone()}</h1>
        <p class="cc-body-l">{start.lead.clone()}</p>
        <p class="cc-body">{start.can_do_title.clone()}</p>
        <ul class="cc-list cc-list--bullet">
            {start.can_do.iter().map(|item| view! { <li>{item.clone()}</li> }).collect_view()}
        </ul>
        <p class="cc-body">{start.privacy.clone()}</p>
        {unknown_note}
        <CouncilChoice name="council" heading=place.question.clone() hint=place.hint.clone() selected=selected/>
        <a href=first_question class="cc-button cc-button--start" draggable="false">
            {start.start_button.clone()}
            <svg class="cc-button__start-icon" xmlns="http://www.w3.org/2000/svg" width="17.5" height="19"
                viewBox="0 0 33 40" aria-hidden="true" focusable="false">
                <path fill="currentColor" d="M0 0h13l20 20-20 20H0l20-20z"/>
            </svg>
        </a>
        <HelpNow young=None/>
    }
}
