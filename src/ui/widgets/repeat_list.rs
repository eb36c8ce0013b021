use leptos::prelude::*;

use crate::content::plan_pages::plan_pages;
use crate::ui::browser;

/// The GOV.UK "add another" pattern: one row per item, each a fieldset
/// with a numbered legend ("Medicine 2") and a Remove button, then a button
/// to add a row. After adding, focus goes to the new row's first field;
/// after removing, to the add button, so keyboard users are never lost.
#[component]
pub fn RepeatList(
    /// Names the rows and the ids: "medicine" gives "medicine-add".
    id: &'static str,
    /// A row's legend without its number, e.g. "Medicine".
    noun: String,
    count: Signal<usize>,
    /// Draws row `n` (from 0).
    row: Callback<usize, AnyView>,
    add_label: String,
    on_add: Callback<()>,
    on_remove: Callback<usize>,
    /// The id of row `n`'s first field.
    first_field: Callback<usize, String>,
    /// Rows of a single field, labelled by the field itself: no fieldset.
    #[prop(optional)]
    plain: bool,
) -> impl IntoView {
    let add_id = format!("{id}-add");
    let remove_text = plan_pages().repeat.remove.clone();
    let rows = move || {
        let noun = noun.clone();
        let remove_text = remove_text.clone();
        let add_id = add_id.clone();
        (0..count.get())
            .map(move |at| {
                let name = format!("{noun} {}", at + 1);
                let add_id = add_id.clone();
                let remove = view! {
                    <button type="button" class="cc-button cc-button--secondary cc-repeat__remove"
                        on:click=move |_| {
                            on_remove.run(at);
                            let add_id = add_id.clone();
                            request_animation_frame(move || browser::focus_field(&add_id));
                        }>
                        {remove_text.clone()}
                        <span class="cc-visually-hidden">{format!(" {}", name.to_ascii_lowercase())}</span>
                    </button>
                };
                if plain {
                    view! { <div class="cc-repeat__row cc-repeat__row--plain">{row.run(at)}{remove}</div> }
                        .into_any()
                } else {
                    view! {
                        <fieldset class="cc-fieldset cc-repeat__row">
                            <legend class="cc-fieldset__legend cc-fieldset__legend--m">{name.clone()}</legend>
                            {row.run(at)}
                            {remove}
                        </fieldset>
                    }
                    .into_any()
                }
            })
            .collect_view()
    };
    let on_click = move |_| {
        on_add.run(());
        let last = count.get_untracked().saturating_sub(1);
        let field = first_field.run(last);
        request_animation_frame(move || browser::focus_field(&field));
    };
    view! {
        <div class="cc-repeat" id=id>
            {rows}
            <button type="button" id=format!("{id}-add") class="cc-button cc-button--secondary cc-repeat__add"
                on:click=on_click>{add_label}</button>
        </div>
    }
}
