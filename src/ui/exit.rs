//! The GOV.UK "Exit this page" pattern, for carers who may need to hide what
//! they are doing: a button at the top of every page, and Shift pressed three
//! times, replace this page with a neutral one at once (the history entry is
//! replaced, not added to), and answers kept in this tab only are deleted
//! (answers the carer chose to keep on this device stay there).

use leptos::prelude::*;

use super::keeping;
use super::store::{use_store, Store};
use crate::content::site::site;

/// Shift presses closer together than this count towards three.
const SHIFT_WINDOW_MS: f64 = 1000.0;

pub fn leave(store: Store) {
    keeping::forget_this_tab(store);
    // `replace`, not a new history entry: Back does not return here.
    let _ = window().location().replace(&site().exit.address);
}

/// A real link to the neutral site, so it still leaves if the script fails.
#[component]
pub fn ExitButton() -> impl IntoView {
    let store = use_store();
    let text = &site().exit;
    view! {
        <div class="cc-exit cc-no-print">
            <a class="cc-button cc-button--warning cc-exit__button" href=text.address.clone() rel="nofollow noreferrer"
                on:click=move |event| {
                    event.prevent_default();
                    leave(store);
                }>{text.button.clone()}</a>
        </div>
    }
}

/// Three presses of Shift on their own, within a second, leave.
pub fn listen_for_shift(store: Store) {
    // How many Shift presses in a row, and when the first was.
    let run = StoredValue::new((0u8, 0.0f64));
    let listener = window_event_listener(leptos::ev::keydown, move |event| {
        if event.key() != "Shift" || event.repeat() {
            run.set_value((0, 0.0));
            return;
        }
        let now = event.time_stamp();
        let (count, first) = run.get_value();
        let (count, first) = if count == 0 || now - first > SHIFT_WINDOW_MS {
            (1, now)
        } else {
            (count + 1, first)
        };
        if count >= 3 {
            run.set_value((0, 0.0));
            leave(store);
        } else {
            run.set_value((count, first));
        }
    });
    on_cleanup(move || listener.remove());
}
