use leptos::prelude::*;

use crate::content::plan_pages::plan_pages;
use crate::ui::browser;

/// The GOV.UK "add another" pattern: one row per item, each a fieldset
/// with a numbered legend ("Medicine 2") and a Remove button, then a button
/// to add a row. After adding, focus goes to the new row's first field;
/// after removing, to the add button, so keyboard users are never lost.
///
/// Rows are keyed by an id each row keeps while it is on the page (never
/// its place, and never saved), so removing or typing in one row leaves the
/// other rows' boxes as they are: what is typed and where focus is stay put.
#[component]
pub fn RepeatList(
    /// Names the rows and the ids: "medicine" gives "medicine-add".
    id: &'static str,
    /// A row's legend without its number, e.g. "Medicine".
    noun: String,
    count: Signal<usize>,
    /// Draws a row, given its place (from 0), which changes when a row
    /// above it is removed.
    row: Callback<Signal<usize>, AnyView>,
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
    // The rows' ids in order, and the next id to give. Rows added by the
    // page (add another, suggested items) get new ids at the end; a row
    // removed here takes its id with it.
    let keys = Keys::default();
    let each = {
        let keys = keys.clone();
        move || {
            let rows = count.get();
            keys.with(|(next, keys)| {
                keys.truncate(rows);
                while keys.len() < rows {
                    keys.push(*next);
                    *next += 1;
                }
                keys.clone()
            })
        }
    };
    let draw = move |key: u32| {
        // The row's place now: where its id is in the list.
        let place = keys.clone();
        let at: Signal<usize> = Memo::new(move |_| {
            count.track();
            place
                .with(|(_, keys)| keys.iter().position(|&k| k == key))
                .unwrap_or_default()
        })
        .into();
        let keys = keys.clone();
        let noun = noun.clone();
        let name = Signal::derive(move || format!("{noun} {}", at.get() + 1));
        let add_id = add_id.clone();
        let remove = view! {
            <button type="button" class="cc-button cc-button--secondary cc-repeat__remove"
                on:click=move |_| {
                    let place = at.get_untracked();
                    keys.with(|(_, keys)| {
                        if place < keys.len() {
                            keys.remove(place);
                        }
                    });
                    on_remove.run(place);
                    let add_id = add_id.clone();
                    request_animation_frame(move || browser::focus_field(&add_id));
                }>
                {remove_text.clone()}
                <span class="cc-visually-hidden">{move || format!(" {}", name.read().to_ascii_lowercase())}</span>
            </button>
        };
        if plain {
            view! { <div class="cc-repeat__row cc-repeat__row--plain">{row.run(at)}{remove}</div> }
                .into_any()
        } else {
            view! {
                <fieldset class="cc-fieldset cc-repeat__row">
                    <legend class="cc-fieldset__legend cc-fieldset__legend--m">{name}</legend>
                    {row.run(at)}
                    {remove}
                </fieldset>
            }
            .into_any()
        }
    };
    let on_click = move |_| {
        on_add.run(());
        let last = count.get_untracked().saturating_sub(1);
        let field = first_field.run(last);
        request_animation_frame(move || browser::focus_field(&field));
    };
    view! {
        <div class="cc-repeat" id=id>
            <For each=each key=|key: &u32| *key children=draw/>
            <button type="button" id=format!("{id}-add") class="cc-button cc-button--secondary cc-repeat__add"
                on:click=on_click>{add_label}</button>
        </div>
    }
}

/// The rows' ids in order, and the next id to give. (A plain shared cell,
/// not a StoredValue: each new stored type costs wasm.)
#[derive(Clone, Default)]
struct Keys(std::sync::Arc<std::sync::Mutex<(u32, Vec<u32>)>>);

impl Keys {
    fn with<R>(&self, change: impl FnOnce(&mut (u32, Vec<u32>)) -> R) -> R {
        let mut keys = self
            .0
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        change(&mut keys)
    }
}
