use leptos::prelude::*;

use crate::content::site::site;
use crate::ui::browser;

#[component]
pub fn NotFoundPage() -> impl IntoView {
    let text = &site().not_found;
    browser::set_title(&text.title, false);
    view! {
        <h1 class="cc-heading-l" tabindex="-1">{text.title.clone()}</h1>
        <p class="cc-body">{text.text.clone()}</p>
        <p class="cc-body"><a class="cc-link" href="#/">{text.start_link.clone()}</a></p>
    }
}
