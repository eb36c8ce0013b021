//! Keeping the answers in the browser: saving a moment after each change,
//! hearing other tabs, saying truly where the answers are kept, and
//! deleting them. The decisions are `crate::storage`'s (pure, tested
//! natively); this only wires them to the store.

use std::time::Duration;

use gloo_timers::callback::Timeout;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::browser;
use super::store::Store;
use crate::content::site::site;
use crate::domain::answers::Answers;
use crate::domain::answers_file;
use crate::domain::journey::{Route, Step};
use crate::domain::merge;
use crate::domain::record::Record;
use crate::storage::{self, Heard, Kept, Said, StorageProblem};

/// How long after the last change the answers are saved: typing is never
/// held up by storage, and a burst of keys makes one save.
pub const SAVE_DELAY: Duration = Duration::from_millis(300);

/// Saves the answers (and the keep-on-device choice) a moment after they
/// change, and at once when the page is being left. Hears other tabs'
/// saves on the device.
pub fn keep_answers(store: Store) {
    // Replacing the pending timeout drops the old one, which cancels it.
    let pending = StoredValue::new_local(None::<Timeout>);
    crate::ui::effect::effect(move |first_run| {
        store.answers.track();
        store.keep_on_device.track();
        store.other.track();
        // Nothing changed yet on the first run: what is stored is what we loaded.
        if first_run.is_none() {
            return;
        }
        let delay = SAVE_DELAY.as_millis() as u32;
        pending.set_value(Some(Timeout::new(delay, move || save_now(store))));
    });
    browser::listen("pagehide", move |_| {
        if let Some(timeout) = pending.try_update_value(Option::take).flatten() {
            timeout.cancel();
            save_now(store);
        }
    });
    browser::listen("storage", move |event| {
        if let Some(event) = event.dyn_ref::<web_sys::StorageEvent>() {
            hear_other_tab(store, event);
        }
    });
}

thread_local! {
    /// Set when the carer leaves with "Exit this page": nothing is saved after.
    static LEAVING: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

fn save_now(store: Store) {
    if LEAVING.get() {
        return;
    }
    let keep = store.keep_on_device.get_untracked();
    let saved = store.answers.with_untracked(|answers| {
        store
            .other
            .with_untracked(|other| storage::save(answers, keep, other.as_ref(), browser::today()))
    });
    if let Some(other) = saved.other {
        store.other.set(Some(other));
    }
    if let Some(answers) = saved.answers {
        store.answers.set(answers);
    }
    if saved.stopped_elsewhere {
        stopped_elsewhere(store);
    }
    show_kept(store, saved.kept);
}

/// Another tab saved, deleted or stopped keeping the answers on this device.
fn hear_other_tab(store: Store, event: &web_sys::StorageEvent) {
    if LEAVING.get()
        || !store.keep_on_device.get_untracked()
        || !storage::is_device(event.storage_area())
    {
        return;
    }
    let (key, old, new) = (event.key(), event.old_value(), event.new_value());
    let heard = store.answers.with_untracked(|mine| {
        storage::take_in(key.as_deref(), old.as_deref(), new.as_deref(), mine)
    });
    match heard {
        Heard::Nothing => {}
        Heard::Deleted => {
            storage::forget_tab();
            clear(store);
            let start = Route::to(Step::Start);
            tell(store, start, &site().your_answers.deleted_elsewhere);
            store.go(start);
        }
        Heard::StoppedKeeping => stopped_elsewhere(store),
        Heard::Answers {
            answers,
            other,
            save,
            ..
        } => {
            if other.is_some() {
                store.other.set(other);
            }
            if store.answers.with_untracked(|mine| *mine != answers) {
                // The effect saves (and the save finds nothing new unless `save`).
                store.answers.set(answers);
            } else if save {
                save_now(store);
            }
        }
        Heard::Other(other) => store.other.set(other),
    }
}

fn stopped_elsewhere(store: Store) {
    not_on_device(store);
    store.keep_on_device.set(false);
    let here = store.route.get_untracked();
    tell(store, here, &site().your_answers.stopped_elsewhere);
}

/// The device copy is gone: said at once, not after the next save.
fn not_on_device(store: Store) {
    let kept = store.kept.get_untracked();
    show_kept(
        store,
        Kept {
            device: None,
            older_on_device: false,
            ..kept
        },
    );
}

/// Shows what was kept where, and tells the carer of a new problem once.
pub fn show_kept(store: Store, kept: Kept) {
    thread_local! {
        static TOLD: std::cell::Cell<Option<Said>> = const { std::cell::Cell::new(None) };
    }
    if store.kept.get_untracked() != kept {
        store.kept.set(kept);
    }
    let now = storage::said(kept);
    if now.is_problem() && TOLD.replace(Some(now)) != Some(now) {
        store.problem_hidden.set(false);
        store
            .storage_problem
            .set(Some(sentence(now, kept.older_on_device, true)));
    } else if !now.is_problem() && store.storage_problem.with_untracked(Option::is_some) {
        TOLD.set(None);
        store.storage_problem.set(None);
    }
}

/// The words for what was kept. `told` picks the longer message shown above
/// the page when storage fails.
fn sentence(said: Said, older_on_device: bool, told: bool) -> String {
    let text = &site().your_answers;
    let mut out = match said {
        Said::InTab => text.in_tab.clone(),
        Said::OnDevice => text.on_device.clone(),
        Said::TabOnlyDeviceFull => text.tab_only_device_full.clone(),
        Said::TabOnlyDeviceRefused => text.tab_only_device_refused.clone(),
        Said::NowhereFull if told => text.storage_full.clone(),
        Said::NowhereRefused if told => text.storage_problem.clone(),
        Said::NowhereFull | Said::NowhereRefused => text.in_memory.clone(),
    };
    if older_on_device && said.is_problem() {
        out.push(' ');
        out.push_str(&text.older_on_device);
    }
    out
}

/// For "Exit this page": deletes the tab's copy unless the carer chose to
/// keep the answers on this device, and stops any save still to come.
pub fn forget_this_tab(store: Store) {
    LEAVING.set(true);
    if !store.keep_on_device.get_untracked() {
        storage::forget_tab();
    }
}

fn clear(store: Store) {
    store.unreadable.set(None);
    store.other.set(None);
    store.keep_on_device.set(false);
    store.answers.set(Answers::default());
}

/// Deletes the answers from memory and from both storages (and so in every
/// other tab keeping them), then goes to the start page and says it is done.
pub fn delete_answers(store: Store) {
    clear(store);
    if !storage::delete_everywhere() {
        let kept = store.kept.get_untracked();
        show_kept(
            store,
            Kept {
                tab: kept.tab.and(Err(StorageProblem::Unavailable)),
                ..kept
            },
        );
    }
    let start = Route::to(Step::Start);
    tell(store, start, &site().your_answers.deleted);
    store.go(start);
}

/// "Keep my answers on this device" ticked or unticked.
pub fn set_keep(store: Store, keep: bool) {
    if !keep {
        storage::stop_keeping();
        not_on_device(store);
    }
    store.keep_on_device.set(keep);
}

/// Stores a page's draft: only what the carer changed on the page replaces
/// what is there now (another tab may have saved meanwhile). `slot` picks
/// the draft's place in the answers.
pub fn save_draft<T: Record>(
    store: Store,
    start: &T,
    draft: T,
    slot: impl Fn(&mut Answers) -> Option<&mut T>,
) {
    let mut answers = store.answers.get_untracked();
    let Some(now) = slot(&mut answers) else {
        return;
    };
    let (value, other) = merge::rebase(start, draft, now);
    *now = value;
    if let Some(other) = other {
        let mut alternative = answers.clone();
        if let Some(place) = slot(&mut alternative) {
            *place = other;
        }
        store.other.set(Some(alternative));
    }
    store.answers.set(answers);
}

/// A short confirmation on one page.
pub fn tell(store: Store, on: Route, message: &str) {
    store.notice_on.set(on);
    store.notice.set(Some(message.to_owned()));
}

/// Where the answers are kept now, in a sentence for the carer: true for
/// what the last save did.
pub fn kept_where(store: Store) -> String {
    let kept = store.kept.get();
    sentence(storage::said(kept), kept.older_on_device, false)
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
            // Only the text that cannot be read: never readable answers.
            let discard = move |_| {
                store.unreadable.set(None);
                storage::delete_unreadable();
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
    let other = move || {
        store.other.get().map(|other| {
            let download = move |_| {
                let today = browser::today();
                let file = storage::encode(&other, today);
                browser::download(&answers_file::file_name(today), &file, "application/json");
            };
            let choose = move |_| {
                if let Some(other) = store.other.get_untracked() {
                    store.answers.set(other);
                }
                store.other.set(None);
            };
            view! {
                <div class="cc-notice cc-notice--warning" role="alert">
                    <p class="cc-body">{text.conflict.clone()}</p>
                    <div class="cc-button-group">
                        <button type="button" class="cc-button cc-button--secondary" on:click=download>{text.conflict_download.clone()}</button>
                        <button type="button" class="cc-button cc-button--secondary" on:click=choose>{text.conflict_use_other.clone()}</button>
                        <button type="button" class="cc-button cc-button--secondary" on:click=move |_| store.other.set(None)>{text.conflict_keep.clone()}</button>
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
    view! { {unreadable}{other}{problem}{notice} }
}
