use leptos::prelude::*;

use crate::content::site::site;
use crate::ui::store::use_store;

/// "Back" to the previous step, as the journey decides for this page. A real
/// link, so it works without script quirks and shows its address on hover.
#[component]
pub fn BackLink() -> impl IntoView {
    let to = use_store().back();
    view! { <a class="cc-back-link" href=to.to_hash()>{site().back.clone()}</a> }
}
