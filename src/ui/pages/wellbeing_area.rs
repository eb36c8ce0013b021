use leptos::prelude::*;

use super::NotFoundPage;

// PLACEHOLDER: not built yet; the address shows "Page not found" until it is.
#[component]
pub fn WellbeingAreaPage(
    area: crate::domain::outcomes::OutcomeArea,
    changing: bool,
) -> impl IntoView {
    let _ = (area, changing);
    view! { <NotFoundPage/> }
}
