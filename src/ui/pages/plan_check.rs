use leptos::prelude::*;

use super::NotFoundPage;

// PLACEHOLDER: not built yet; the address shows "Page not found" until it is.
#[component]
pub fn PlanCheckPage(id: u32) -> impl IntoView {
    let _ = id;
    view! { <NotFoundPage/> }
}
