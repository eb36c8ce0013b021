use leptos::prelude::*;

use super::NotFoundPage;

// PLACEHOLDER: not built yet; the address shows "Page not found" until it is.
#[component]
pub fn PlanSectionPage(
    id: u32,
    section: crate::domain::journey::PlanSection,
    changing: bool,
) -> impl IntoView {
    let _ = (id, section, changing);
    view! { <NotFoundPage/> }
}
