use leptos::prelude::*;

use crate::content::site::site;

/// One option: its id and its label.
#[derive(Clone, Debug, PartialEq)]
pub struct Choice {
    pub id: String,
    pub label: String,
}

/// A GOV.UK radios or checkboxes question: a fieldset whose legend is the
/// page heading, a hint, an error message and the options. The first input
/// has the question's own id, so the error summary can link to it.
#[component]
pub fn Choices(
    name: &'static str,
    heading: Signal<String>,
    #[prop(into)] hint: Signal<Option<String>>,
    #[prop(into)] error: Signal<Option<String>>,
    options: Signal<Vec<Choice>>,
    many: bool,
    /// An option that clears the others when ticked ("None of these").
    exclusive: Option<&'static str>,
    selected: RwSignal<Vec<String>>,
    /// A smaller legend, for a question that is one of several on a page
    /// (then the page has its own h1).
    #[prop(optional)]
    not_the_heading: bool,
) -> impl IntoView {
    let hint_id = format!("{name}-hint");
    let error_id = format!("{name}-error");
    let described_by = {
        let (hint_id, error_id) = (hint_id.clone(), error_id.clone());
        move || {
            let mut ids = vec![];
            if hint.with(Option::is_some) {
                ids.push(hint_id.clone());
            }
            if error.with(Option::is_some) {
                ids.push(error_id.clone());
            }
            (!ids.is_empty()).then(|| ids.join(" "))
        }
    };
    // Static class names: `format!` for each would cost more wasm than the strings.
    let [group, item, input, label, divider] = if many {
        [
            "cc-checkboxes",
            "cc-checkboxes__item",
            "cc-checkboxes__input",
            "cc-label cc-checkboxes__label",
            "cc-checkboxes__divider",
        ]
    } else {
        [
            "cc-radios",
            "cc-radios__item",
            "cc-radios__input",
            "cc-label cc-radios__label",
            "cc-radios__divider",
        ]
    };

    let toggle = move |id: String, checked: bool| {
        selected.update(|chosen| {
            if !many {
                *chosen = vec![id];
            } else if !checked {
                chosen.retain(|c| *c != id);
            } else if Some(id.as_str()) == exclusive {
                *chosen = vec![id];
            } else {
                chosen.retain(|c| Some(c.as_str()) != exclusive);
                chosen.push(id);
            }
        })
    };

    let items = move || {
        options
            .get()
            .into_iter()
            .enumerate()
            .map(|(index, choice)| {
                let input_id = if index == 0 { name.to_owned() } else { format!("{name}-{}", choice.id) };
                let is_exclusive = many && Some(choice.id.as_str()) == exclusive;
                let id_for_check = choice.id.clone();
                let id_for_change = choice.id.clone();
                view! {
                    {is_exclusive.then(|| view! { <div class=divider>{site().or.clone()}</div> })}
                    <div class=item>
                        <input
                            class=input
                            id=input_id.clone()
                            name=name
                            type=if many { "checkbox" } else { "radio" }
                            value=choice.id.clone()
                            prop:checked=move || selected.with(|chosen| chosen.contains(&id_for_check))
                            on:change=move |event| toggle(id_for_change.clone(), event_target_checked(&event))
                        />
                        <label class=label for=input_id>{choice.label}</label>
                    </div>
                }
            })
            .collect_view()
    };

    view! {
        <div class="cc-form-group" class:cc-form-group--error=move || error.with(Option::is_some)>
            <fieldset class="cc-fieldset" aria-describedby=described_by>
                {if not_the_heading {
                    view! { <legend class="cc-fieldset__legend cc-fieldset__legend--m">{heading}</legend> }.into_any()
                } else {
                    view! {
                        <legend class="cc-fieldset__legend cc-fieldset__legend--l">
                            <h1 class="cc-fieldset__heading" tabindex="-1">{heading}</h1>
                        </legend>
                    }
                    .into_any()
                }}
                {move || hint.get().map(|text| view! { <div id=hint_id.clone() class="cc-hint">{text}</div> })}
                {move || error.get().map(|text| view! {
                    <p id=error_id.clone() class="cc-error-message">
                        <span class="cc-visually-hidden">{site().error_prefix.clone()}</span>{text}
                    </p>
                })}
                <div class=group>{items}</div>
            </fieldset>
        </div>
    }
}
