use leptos::prelude::*;

use super::NotFoundPage;

// PLACEHOLDER: not built yet; the address shows "Page not found" until it is.
#[component]
pub fn WellbeingGoesWellPage(changing: bool) -> impl IntoView {
    let _ = changing;
    view! { <NotFoundPage/> }
}
