//! The GOV.UK "Exit this page" pattern, for carers who may need to hide what
//! they are doing: a button at the top of every page, and Shift pressed three
//! times, replace this page with a neutral one at once (the history entry is
//! replaced, not added to), and answers kept in this tab only are deleted
//! (answers the carer chose to keep on this device stay there).
//!
//! Embedded by the snippet, the app is in an iframe on the council's page
//! (README, "Embedding on a council website"): leaving means the whole page.
//! The frame asks `embed.js` on the council's page to replace it; in a plain
//! iframe of our page, the frame replaces the top window itself (browsers
//! allow that after a click or key press). Shift pressed three times on the
//! council's page reaches the app as a message, so this tab's answers are
//! deleted first either way.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::browser;
use super::keeping;
use super::store::{use_store, Store};
use crate::content::site::site;

/// Shift presses closer together than this count towards three.
const SHIFT_WINDOW_MS: f64 = 1000.0;

pub fn leave(store: Store) {
    super::widgets::stop_reading_aloud();
    keeping::forget_this_tab(store);
    let address = &site().exit.address;
    let window = window();
    // In the snippet's frame, embed.js (which named the frame) replaces the
    // council's page: one navigation, and it needs no click in the frame.
    let parent = window
        .parent()
        .ok()
        .flatten()
        .filter(|parent| *parent != window);
    if let Some(parent) = parent.filter(|_| window.name().ok().as_deref() == Some(FRAME_NAME)) {
        let message = web_sys::js_sys::Object::new();
        let _ = web_sys::js_sys::Reflect::set(&message, &MESSAGE_KEY.into(), &"exit".into());
        let _ = web_sys::js_sys::Reflect::set(&message, &"to".into(), &address.into());
        let _ = parent.post_message(&message, "*");
        return;
    }
    // Our own page, or an iframe of it: the whole page leaves. `replace`, not
    // a new history entry: Back does not return here.
    let top = window.top().ok().flatten().unwrap_or(window);
    let _ = top.location().replace(address);
}

/// The name embed.js gives the app's frame.
const FRAME_NAME: &str = "carer-check";

/// The key of the messages between the app in its frame and `embed.js`.
const MESSAGE_KEY: &str = "carerCheck";

/// Embedded, Shift pressed three times on the council's page arrives from
/// `embed.js` as a message: leave as if it had been pressed here.
pub fn listen_for_the_host(store: Store) {
    browser::listen("message", move |event| {
        let Some(event) = event.dyn_ref::<web_sys::MessageEvent>() else {
            return;
        };
        let from_parent = match (event.source(), window().parent().ok().flatten()) {
            (Some(source), Some(parent)) => {
                parent != window()
                    && wasm_bindgen::JsValue::from(source) == wasm_bindgen::JsValue::from(parent)
            }
            _ => false,
        };
        let asked = web_sys::js_sys::Reflect::get(&event.data(), &MESSAGE_KEY.into())
            .ok()
            .and_then(|value| value.as_string());
        if from_parent && asked.as_deref() == Some("exit") {
            leave(store);
        }
    });
}

/// A real link to the neutral site, so it still leaves if the script fails.
#[component]
pub fn ExitButton() -> impl IntoView {
    let store = use_store();
    let text = &site().exit;
    view! {
        <div class="cc-exit cc-no-print">
            // Beside it, at the start of the row: Listen, where the device has a voice.
            <super::widgets::ListenButton/>
            <a class="cc-button cc-button--warning cc-exit__button" href=text.address.clone() target="_top" rel="nofollow noreferrer"
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
    browser::listen("keydown", move |event| {
        let Some(event) = event.dyn_ref::<web_sys::KeyboardEvent>() else {
            return;
        };
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
}
