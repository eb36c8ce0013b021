//! Keeping the answers in the browser: saving a moment after each change,
//! the message when the browser will not keep them, and deleting them.

use std::time::Duration;

use leptos::prelude::*;

use super::browser;
use super::store::Store;
use crate::content::site::site;
use crate::domain::answers::Answers;
use crate::domain::journey::{Route, Step};
use crate::storage::{self, StorageProblem};

/// How long after the last change the answers are saved: typing is never
/// held up by storage, and a burst of keys makes one save.
pub const SAVE_DELAY: Duration = Duration::from_millis(300);

/// Saves the answers (and the keep-on-device choice) a moment after they
/// change, and at once when the page is being left.
pub fn keep_answers(store: Store) {
    let pending = StoredValue::new(None::<TimeoutHandle>);
    crate::ui::effect::effect(move |first_run| {
        store.answers.track();
        store.keep_on_device.track();
        store.unreadable.track();
        // Nothing changed yet on the first run: what is stored is what we loaded.
        if first_run.is_none() {
            return;
        }
        if let Some(handle) = pending.get_value() {
            handle.clear();
        }
        pending.set_value(set_timeout_with_handle(move || save_now(store), SAVE_DELAY).ok());
    });
    let listener = window_event_listener(leptos::ev::pagehide, move |_| {
        if let Some(handle) = pending.get_value() {
            handle.clear();
            save_now(store);
        }
    });
    on_cleanup(move || listener.remove());
}

thread_local! {
    /// Set when the carer leaves with "Exit this page": nothing is saved after.
    static LEAVING: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

fn save_now(store: Store) {
    // Unreadable stored text waits for the carer's decision, never overwritten.
    if LEAVING.get() || store.unreadable.with_untracked(Option::is_some) {
        return;
    }
    let keep = store.keep_on_device.get_untracked();
    // No answers (a fresh start, or just deleted): nothing is left stored.
    if !keep && store.answers.with_untracked(Answers::is_empty) {
        storage::delete_everywhere();
        return;
    }
    let text = store
        .answers
        .with_untracked(|answers| storage::encode(answers, browser::today()));
    if let Err(problem) = storage::save(&text, keep) {
        tell_once(store, problem);
    }
}

/// The carer hears about a storage problem once, not on every save.
pub fn tell_once(store: Store, problem: StorageProblem) {
    thread_local! {
        static TOLD: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    }
    if !TOLD.replace(true) {
        let text = &site().your_answers;
        store.storage_problem.set(Some(match problem {
            StorageProblem::Full => text.storage_full.clone(),
            StorageProblem::Unavailable => text.storage_problem.clone(),
        }));
    }
}

/// For "Exit this page": deletes the tab's copy unless the carer chose to
/// keep the answers on this device, and stops any save still to come.
pub fn forget_this_tab(store: Store) {
    LEAVING.set(true);
    if !store.keep_on_device.get_untracked() {
        storage::delete_everywhere();
    }
}

/// Deletes the answers from memory and from both storages, then goes to the
/// start page and says it is done.
pub fn delete_answers(store: Store) {
    store.unreadable.set(None);
    store.keep_on_device.set(false);
    store.answers.set(Answers::default());
    if !storage::delete_everywhere() {
        tell_once(store, StorageProblem::Unavailable);
    }
    let start = Route::to(Step::Start);
    tell(store, start, &site().your_answers.deleted);
    store.go(start);
}

/// A short confirmation on one page.
pub fn tell(store: Store, on: Route, message: &str) {
    store.notice_on.set(on);
    store.notice.set(Some(message.to_owned()));
}

/// Where the answers are kept now, in a sentence for the carer.
pub fn kept_where(store: Store) -> String {
    let text = &site().your_answers;
    if store.storage_problem.get().is_some() {
        text.in_memory.clone()
    } else if store.keep_on_device.get() {
        text.on_device.clone()
    } else {
        text.in_tab.clone()
    }
}

/// Messages about storage, above every page: unreadable saved answers (with
/// a way out) and, once, that the browser is not keeping the answers.
#[component]
pub fn StorageMessages() -> impl IntoView {
    let store = super::store::use_store();
    let text = &site().your_answers;
    let unreadable = move || {
        store.unreadable.get().map(|raw| {
            let download = move |_| browser::download("carer-check-saved-answers.txt", &raw, "text/plain");
            let discard = move |_| {
                store.unreadable.set(None);
                storage::delete_everywhere();
            };
            view! {
                <div class="cc-notice cc-notice--warning" role="alert">
                    <p class="cc-body">{text.unreadable.clone()}</p>
                    <div class="cc-button-group">
                        <button type="button" class="cc-button cc-button--secondary" on:click=download>{text.unreadable_download.clone()}</button>
                        <button type="button" class="cc-button cc-button--warning" on:click=discard>{text.unreadable_discard.clone()}</button>
                    </div>
                </div>
            }
        })
    };
    let problem = move || {
        let hidden = store.problem_hidden.get();
        store.storage_problem.get().filter(|_| !hidden).map(|message| {
            view! {
                <div class="cc-notice" role="status">
                    <p class="cc-body">{message}</p>
                    <p class="cc-body">
                        <a class="cc-link" href=Route::to(Step::YourAnswers).to_hash()>{text.storage_link.clone()}</a>
                    </p>
                    <button type="button" class="cc-button cc-button--secondary" on:click=move |_| store.problem_hidden.set(true)>
                        {text.dismiss.clone()}
                    </button>
                </div>
            }
        })
    };
    let notice = move || {
        let here = store.route.get() == store.notice_on.get();
        store.notice.get().filter(|_| here).map(|message| {
            view! { <div class="cc-notice cc-notice--success" role="status"><p class="cc-body">{message}</p></div> }
        })
    };
    view! { {unreadable}{problem}{notice} }
}
