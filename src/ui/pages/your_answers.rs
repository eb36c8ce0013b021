use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::content::site::site;
use crate::documents::loaded::loaded_message;
use crate::domain::answers::Answers;
use crate::domain::answers_file::{self, FileProblem, Loaded, MAX_BYTES};
use crate::domain::journey::{Route, Step};
use crate::storage;
use crate::ui::browser;
use crate::ui::keeping::{delete_answers, kept_where, set_keep, tell};
use crate::ui::store::use_store;
use crate::ui::widgets::{BackLink, ErrorSummary, FieldError, TextField};

const FILE_INPUT: &str = "answers-file";

/// Where the answers are kept, and the carer's controls over them: keep them
/// on this device, download them, load them from a file, or delete them.
#[component]
pub fn YourAnswersPage() -> impl IntoView {
    let store = use_store();
    let text = &site().your_answers;
    let errors = RwSignal::new(Vec::<FieldError>::new());
    crate::ui::effect::effect(move |_| {
        browser::set_title(&text.title, errors.with(|e| !e.is_empty()))
    });
    // Answers read from a file, waiting for "Replace my answers" while `asking`.
    let waiting = RwSignal::new(Loaded::default());
    let asking = RwSignal::new(false);

    let kept_where = move || kept_where(store);
    let download = move |_| {
        let today = browser::today();
        let file = store.answers.with_untracked(|a| storage::encode(a, today));
        browser::download(&answers_file::file_name(today), &file, "application/json");
    };
    let show_problem = move |message: &String| {
        errors.set(vec![FieldError {
            href: format!("#{FILE_INPUT}"),
            message: message.clone(),
        }]);
    };
    let replace = move |loaded: Loaded| {
        // Says what the forms' checks took out of the file, and where.
        let message =
            loaded_message(&loaded.answers, &loaded.refused).unwrap_or_else(|| text.loaded.clone());
        store.answers.set(loaded.answers);
        asking.set(false);
        errors.set(vec![]);
        tell(store, Route::to(Step::YourAnswers), &message);
    };
    let load = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let Some(input) = document()
            .get_element_by_id(FILE_INPUT)
            .and_then(|element| element.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        leptos::task::spawn_local(async move {
            let read = match browser::chosen_file(&input, MAX_BYTES).await {
                Ok(bytes) => answers_file::load(&bytes),
                Err(true) => Err(FileProblem::TooBig),
                Err(false) => return show_problem(&text.load_none),
            };
            match read {
                Ok(loaded) if store.answers.with_untracked(Answers::is_empty) => replace(loaded),
                Ok(loaded) => {
                    errors.set(vec![]);
                    waiting.set(loaded);
                    asking.set(true);
                    browser::focus_later("#replace-title");
                }
                Err(problem) => show_problem(match problem {
                    FileProblem::Empty => &text.load_empty,
                    FileProblem::TooBig => &text.load_too_big,
                    FileProblem::NotText => &text.load_not_text,
                    FileProblem::NotJson => &text.load_not_json,
                    FileProblem::NotOurs => &text.load_not_ours,
                    FileProblem::Newer(_) => &text.load_newer,
                    FileProblem::Damaged(_) => &text.load_damaged,
                }),
            }
        });
    };
    let file_error = move || errors.with(|e| e.first().map(|e| e.message.clone()));
    let confirm_replace = move || {
        asking.get().then(|| {
            view! {
                <div class="cc-notice cc-notice--warning">
                    <h3 class="cc-heading-s" id="replace-title" tabindex="-1">{text.replace_title.clone()}</h3>
                    <p class="cc-body">{text.replace_text.clone()}</p>
                    <div class="cc-button-group">
                        <button type="button" class="cc-button cc-button--warning"
                            on:click=move |_| replace(waiting.get_untracked())>{text.replace_button.clone()}</button>
                        <button type="button" class="cc-button cc-button--secondary"
                            on:click=move |_| asking.set(false)>{text.keep_button.clone()}</button>
                    </div>
                </div>
            }
        })
    };

    view! {
        <BackLink/>
        <ErrorSummary errors=errors/>
        <h1 class="cc-heading-l" tabindex="-1">{text.title.clone()}</h1>
        <p class="cc-body cc-inset" role="status">{kept_where}</p>

        <h2 class="cc-heading-m">{text.keep_title.clone()}</h2>
        <div class="cc-checkboxes">
            <div class="cc-checkboxes__item">
                <input class="cc-checkboxes__input" id="keep-on-device" type="checkbox" aria-describedby="keep-on-device-hint"
                    prop:checked=move || store.keep_on_device.get()
                    on:change=move |event| set_keep(store, event_target_checked(&event))/>
                <label class="cc-label cc-checkboxes__label" for="keep-on-device">{text.keep_label.clone()}</label>
                <div id="keep-on-device-hint" class="cc-hint cc-checkboxes__hint">{text.keep_hint.clone()}</div>
            </div>
        </div>

        <h2 class="cc-heading-m">{text.download_title.clone()}</h2>
        <p class="cc-body">{text.download_text.clone()}</p>
        <button type="button" class="cc-button cc-button--secondary" on:click=download>{text.download_button.clone()}</button>

        <h2 class="cc-heading-m">{text.load_title.clone()}</h2>
        <form class="cc-form" novalidate on:submit=load>
            // The file input is a TextField: one component for every
            // labelled input keeps the wasm small.
            <TextField id=FILE_INPUT.to_owned() label=text.load_label.clone() hint=Some(text.load_hint.clone())
                value=Signal::stored(String::new()) on_input=Callback::new(|_| ())
                error=Signal::derive(file_error) autocomplete="off" input_type="file"/>
            <button type="submit" class="cc-button cc-button--secondary">{text.load_button.clone()}</button>
        </form>
        {confirm_replace}

        <h2 class="cc-heading-m">{text.delete_title.clone()}</h2>
        <p class="cc-body">{text.delete_text.clone()}</p>
        <a class="cc-button cc-button--warning" href=Route::to(Step::DeleteAnswers).to_hash()>{text.delete_button.clone()}</a>
    }
}

/// Asks before the answers are deleted: it cannot be undone.
#[component]
pub fn DeleteAnswersPage() -> impl IntoView {
    let store = use_store();
    let text = &site().your_answers;
    browser::set_title(&text.confirm_title, false);
    let back = store.back();
    let on_submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        delete_answers(store);
    };
    view! {
        <BackLink/>
        <h1 class="cc-heading-l" tabindex="-1">{text.confirm_title.clone()}</h1>
        <p class="cc-body">{text.confirm_text.clone()}</p>
        <form class="cc-form" novalidate on:submit=on_submit>
            <div class="cc-button-group">
                <button type="submit" class="cc-button cc-button--warning">{text.confirm_button.clone()}</button>
                <a class="cc-link" href=back.to_hash()>{text.cancel_button.clone()}</a>
            </div>
        </form>
    }
}
