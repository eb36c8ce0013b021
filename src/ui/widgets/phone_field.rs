use leptos::prelude::*;

use super::TextField;
use crate::content::site::site;
use crate::domain::phone::{Phone, PhoneCheck};

/// A phone number input. A number that looks unusual can still be kept:
/// a tick box appears so the carer can say it is right.
#[component]
pub fn PhoneField(
    /// May change, as `TextField`'s.
    #[prop(into)]
    id: Signal<String>,
    label: String,
    #[prop(optional_no_strip)] hint: Option<String>,
    #[prop(into)] value: Signal<Phone>,
    on_change: Callback<Phone>,
    #[prop(optional, into)] error: Signal<Option<String>>,
) -> impl IntoView {
    let keep_id = Signal::derive(move || format!("{}-keep", id.read()));
    let number = Signal::derive(move || value.with(|phone| phone.number.clone()));
    let on_input = Callback::new(move |typed: String| {
        let mut phone = value.get_untracked();
        phone.set_number(&typed);
        on_change.run(phone);
    });
    let questionable =
        move || value.with(|phone| matches!(phone.check(), PhoneCheck::Questionable { .. }));
    let keep = move || {
        questionable().then(|| {
            view! {
                <div class="cc-checkboxes cc-checkboxes--small">
                    <div class="cc-checkboxes__item">
                        <input class="cc-checkboxes__input" type="checkbox" id=keep_id
                            prop:checked=move || value.with(|phone| phone.keep_anyway)
                            on:change=move |event| {
                                let mut phone = value.get_untracked();
                                phone.keep_anyway = event_target_checked(&event);
                                on_change.run(phone);
                            }/>
                        <label class="cc-label cc-checkboxes__label" for=keep_id>{site().keep_number.clone()}</label>
                    </div>
                </div>
            }
        })
    };
    view! {
        <div class="cc-phone-field">
            <TextField id=id label=label hint=hint value=number on_input=on_input error=error
                autocomplete="tel" input_type="tel"/>
            {keep}
        </div>
    }
}
