use leptos::prelude::*;

use super::NotFoundPage;

// PLACEHOLDER: not built yet; the address shows "Page not found" until it is.
#[component]
pub fn DocumentPage(document: crate::domain::documents::Document) -> impl IntoView {
    let _ = document;
    view! { <NotFoundPage/> }
}
