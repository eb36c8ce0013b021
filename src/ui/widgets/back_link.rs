use leptos::prelude::*;

use crate::content::site::site;
use crate::domain::journey::Route;

/// "Back" to the previous step. A real link, so it works without script
/// quirks and shows its address on hover.
#[component]
pub fn BackLink(to: Route) -> impl IntoView {
    view! { <a class="cc-back-link" href=to.to_hash()>{site().back.clone()}</a> }
}
