//! "Listen to this page": the browser's own speech, with a voice on the
//! device (domain::listen), reads the page's heading, hints, choices and any
//! error, in that order. Hidden where the device has no voice for the page's
//! language; it stops when the step changes and on Exit this page.

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{SpeechSynthesis, SpeechSynthesisUtterance, SpeechSynthesisVoice};

use crate::content::site::site;
use crate::domain::listen::{voice_for, Voice};
use crate::ui::language::on_screen;
use crate::ui::store::use_store;

/// What is read, in order: each is a CSS selector within the page's main area.
const READ_IN_ORDER: [&str; 4] = [
    "h1",
    ".cc-hint",
    ".cc-radios__label,.cc-checkboxes__label",
    ".cc-error-summary__title,.cc-error-summary li",
];

/// The browser's speech, if it has any.
fn browser_speech() -> Option<SpeechSynthesis> {
    window()
        .speech_synthesis()
        .ok()
        .filter(|speech| !speech.is_undefined())
}

/// The voice for the page's language, if the device has one.
fn voice_on_device(speech: &SpeechSynthesis) -> Option<SpeechSynthesisVoice> {
    let voices: Vec<SpeechSynthesisVoice> = speech
        .get_voices()
        .iter()
        .map(JsCast::unchecked_into)
        .collect();
    let languages: Vec<String> = voices.iter().map(SpeechSynthesisVoice::lang).collect();
    let described: Vec<Voice> = voices
        .iter()
        .zip(&languages)
        .map(|(voice, language)| Voice {
            language,
            on_device: voice.local_service(),
        })
        .collect();
    voice_for(on_screen(), &described).map(|place| voices[place].clone())
}

/// Stops reading (the step changed, or the carer is leaving).
pub fn stop() {
    if let Some(speech) = browser_speech() {
        speech.cancel();
    }
}

#[component]
pub fn ListenButton() -> impl IntoView {
    let store = use_store();
    let has_voice = RwSignal::new(false);
    let reading = RwSignal::new(false);
    if let Some(speech) = browser_speech() {
        has_voice.set(voice_on_device(&speech).is_some());
        // Some browsers list their voices only after the page has loaded.
        let listener = gloo_events::EventListener::new(&speech, "voiceschanged", move |_| {
            has_voice.set(
                browser_speech()
                    .as_ref()
                    .and_then(voice_on_device)
                    .is_some(),
            );
        });
        let _ = StoredValue::new_local(listener);
    }
    crate::ui::effect::effect(move |_| {
        store.route.track();
        stop();
        reading.set(false);
    });
    let on_click = move |_| {
        stop();
        if reading.get_untracked() {
            reading.set(false);
            return;
        }
        let Some(speech) = browser_speech() else {
            return;
        };
        let Some(voice) = voice_on_device(&speech) else {
            return;
        };
        let Some(main) = document().get_element_by_id("cc-main") else {
            return;
        };
        let mut last = None;
        for selector in READ_IN_ORDER {
            let Ok(found) = main.query_selector_all(selector) else {
                continue;
            };
            for place in 0..found.length() {
                let text = found
                    .item(place)
                    .and_then(|node| node.text_content())
                    .unwrap_or_default();
                let text = text.trim();
                if text.is_empty() {
                    continue;
                }
                let Ok(utterance) = SpeechSynthesisUtterance::new_with_text(text) else {
                    continue;
                };
                utterance.set_lang(on_screen());
                utterance.set_voice(Some(&voice));
                speech.speak(&utterance);
                last = Some(utterance);
            }
        }
        if let Some(last) = last {
            reading.set(true);
            // Kept until it fires: one small closure per click.
            gloo_events::EventListener::once(&last, "end", move |_| reading.set(false)).forget();
        }
    };
    let text = site();
    move || {
        has_voice.get().then(|| {
            view! {
                <button type="button" class="cc-button cc-button--secondary cc-listen cc-no-print" on:click=on_click>
                    {move || if reading.get() { text.listen_stop.clone() } else { text.listen.clone() }}
                </button>
            }
        })
    }
}
