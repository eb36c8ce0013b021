use leptos::prelude::*;

use crate::content::site::site;
use crate::domain::journey::{Route, Step};
use crate::ui::browser;

/// Explains "Exit this page": how to leave quickly, what happens then, and
/// a way back to where the carer was.
#[component]
pub fn AboutExitPage() -> impl IntoView {
    let text = &site().exit;
    browser::set_title(&text.title, false);
    let list = |items: &Vec<String>| {
        items
            .iter()
            .map(|item| view! { <li>{item.clone()}</li> })
            .collect_view()
    };
    // Reached from the footer of any page: Back returns to that page. Opened
    // on its own (no page before it), it goes to the start.
    let on_back = |event: leptos::ev::MouseEvent| {
        if browser::go_back() {
            event.prevent_default();
        }
    };
    view! {
        <a class="cc-back-link" href=Route::to(Step::Start).to_hash() on:click=on_back>{site().back.clone()}</a>
        <h1 class="cc-heading-l" tabindex="-1">{text.title.clone()}</h1>
        <p class="cc-body-l">{text.intro.clone()}</p>
        <h2 class="cc-heading-m">{text.how_title.clone()}</h2>
        <ul class="cc-list cc-list--bullet">{list(&text.how)}</ul>
        <h2 class="cc-heading-m">{text.what_title.clone()}</h2>
        <ul class="cc-list cc-list--bullet">{list(&text.what)}</ul>
        <p class="cc-body cc-inset">{text.history.clone()}</p>
    }
}
