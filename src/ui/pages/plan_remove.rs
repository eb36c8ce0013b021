use leptos::prelude::*;

use super::plans::{plan_name, plan_not_found};
use crate::content::plan_pages::plan_pages;
use crate::domain::plan::remove_plan;
use crate::ui::browser;
use crate::ui::store::use_store;
use crate::ui::widgets::BackLink;

/// Asks before a plan is deleted: it cannot be undone. Only the button
/// removes it; the back link and "No, keep it" change nothing.
#[component]
pub fn PlanRemovePage(id: u32) -> impl IntoView {
    let store = use_store();
    let Some(name) = store.answers.with_untracked(|a| {
        a.plans
            .iter()
            .enumerate()
            .find(|(_, plan)| plan.id == id)
            .map(|(at, plan)| plan_name(at, plan))
    }) else {
        return plan_not_found();
    };
    let text = &plan_pages().remove;
    let title: &'static str = &text.title;
    browser::set_title(title, false);
    let on_submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        store.answers.update(|a| {
            remove_plan(&mut a.plans, id);
        });
        store.go_next();
    };
    view! {
        <BackLink/>
        <span class="cc-caption">{name}</span>
        <h1 class="cc-heading-l" tabindex="-1">{title}</h1>
        <p class="cc-body">{text.text.clone()}</p>
        <form class="cc-form" novalidate on:submit=on_submit>
            <div class="cc-button-group">
                <button type="submit" class="cc-button cc-button--warning">{text.confirm.clone()}</button>
                <a class="cc-link" href=store.back().to_hash()>{text.cancel.clone()}</a>
            </div>
        </form>
    }
    .into_any()
}
