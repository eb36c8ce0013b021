use leptos::prelude::*;

use crate::content::site::site;

/// A labelled GOV.UK text input or textarea with an optional hint and error.
/// Whatever the carer types is shown back as text, never as markup.
#[component]
pub fn TextField(
    /// The input's id; error summary links point here. It may change: a
    /// row of a list moves up when a row above it is removed.
    #[prop(into)]
    id: Signal<String>,
    #[prop(into)] label: Signal<String>,
    #[prop(optional_no_strip)] hint: Option<String>,
    #[prop(into)] value: Signal<String>,
    on_input: Callback<String>,
    #[prop(optional, into)] error: Signal<Option<String>>,
    /// Several lines of text.
    #[prop(optional)]
    multiline: bool,
    /// e.g. "tel", "name", "street-address", so browsers can help fill it.
    #[prop(optional)]
    autocomplete: Option<&'static str>,
    /// "file" makes a file chooser.
    #[prop(optional)]
    input_type: Option<&'static str>,
) -> impl IntoView {
    // The only file the app reads is a Carer Check answers file.
    let accept = (input_type == Some("file")).then_some(".json,application/json");
    // Signals like `id`, not closures: one attribute type for every id.
    let hint_id = Signal::derive(move || format!("{}-hint", id.read()));
    let error_id = Signal::derive(move || format!("{}-error", id.read()));
    let has_hint = hint.is_some();
    let described_by = move || {
        let mut ids = vec![];
        if has_hint {
            ids.push(hint_id.get());
        }
        if error.with(Option::is_some) {
            ids.push(error_id.get());
        }
        (!ids.is_empty()).then(|| ids.join(" "))
    };
    let on_change = move |event: leptos::ev::Event| on_input.run(event_target_value(&event));
    let control = if multiline {
        view! {
            <textarea class="cc-textarea" class:cc-textarea--error=move || error.with(Option::is_some)
                id=id name=id rows="4" aria-describedby=described_by
                autocomplete=autocomplete prop:value=value on:input=on_change></textarea>
        }
        .into_any()
    } else {
        view! {
            <input class="cc-input" class:cc-input--error=move || error.with(Option::is_some)
                id=id name=id type=input_type.unwrap_or("text") aria-describedby=described_by
                autocomplete=autocomplete accept=accept spellcheck="false" prop:value=value on:input=on_change/>
        }
        .into_any()
    };
    view! {
        <div class="cc-form-group" class:cc-form-group--error=move || error.with(Option::is_some)>
            <label class="cc-label cc-label--s" for=id>{label}</label>
            {hint.map(|text| view! { <div id=hint_id class="cc-hint">{text}</div> })}
            {move || error.get().map(|text| view! {
                <p id=error_id class="cc-error-message">
                    <span class="cc-visually-hidden">{site().error_prefix.clone()}</span>{text}
                </p>
            })}
            {control}
        </div>
    }
}
