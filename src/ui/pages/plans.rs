use leptos::prelude::*;

use crate::content::{plan_pages::plan_pages, site::site};
use crate::domain::journey::{self, Route, Step};
use crate::domain::plan::{add_plan, plan_status, EmergencyPlan, PlanStatus};
use crate::ui::browser;
use crate::ui::store::use_store;
use crate::ui::widgets::BackLink;

/// Part 3's first page: the people cared for, one plan each, with how far
/// along each plan is.
#[component]
pub fn PlansPage() -> impl IntoView {
    let store = use_store();
    let text = &plan_pages().list;
    browser::set_title(&text.title, false);
    let plans = move || {
        store.answers.with(|answers| {
            if answers.plans.is_empty() {
                return view! { <p class="cc-body">{text.none_yet.clone()}</p> }.into_any();
            }
            let items = answers
                .plans
                .iter()
                .enumerate()
                .map(|(at, plan)| plan_item(at, plan))
                .collect_view();
            view! { <ul class="cc-plan-list">{items}</ul> }.into_any()
        })
    };
    let add_label = move || {
        let none = store.answers.with(|a| a.plans.is_empty());
        if none {
            text.add.clone()
        } else {
            text.add_another.clone()
        }
    };
    let add = move |_| {
        let mut id = 0;
        store
            .answers
            .update(|answers| id = add_plan(&mut answers.plans));
        store.go(journey::new_plan(id));
    };
    view! {
        <BackLink/>
        <h1 class="cc-heading-l" tabindex="-1">{text.title.clone()}</h1>
        <p class="cc-body">{text.intro.clone()}</p>
        <p class="cc-body">{text.why.clone()}</p>
        {plans}
        <button type="button" class="cc-button cc-button--secondary" on:click=add>{add_label}</button>
        <p class="cc-body">
            <a class="cc-link" href=Route::to(Step::TaskList).to_hash()>{text.back_to_tasks.clone()}</a>
        </p>
    }
}

/// The name to show for a plan: what the carer typed, or "Person 2 (no
/// name yet)".
pub(super) fn plan_name(at: usize, plan: &EmergencyPlan) -> String {
    let name = plan.name.trim();
    if name.is_empty() {
        plan_pages().unnamed.replace("{n}", &(at + 1).to_string())
    } else {
        name.to_owned()
    }
}

fn plan_item(at: usize, plan: &EmergencyPlan) -> impl IntoView {
    let text = &plan_pages().list;
    let tasks = &site().tasks;
    let name = plan_name(at, plan);
    let status = plan_status(plan);
    let (label, class) = match status {
        PlanStatus::NotStarted => (&tasks.not_started, "cc-tag cc-tag--blue"),
        PlanStatus::InProgress => (&tasks.in_progress, "cc-tag cc-tag--light-blue"),
        PlanStatus::Completed => (&tasks.completed, "cc-tag"),
    };
    let started = status != PlanStatus::NotStarted;
    let open = journey::open_plan(plan.id, started);
    let open_label = if started {
        &text.check
    } else {
        &text.open_first
    };
    let hidden = format!(" – {name}");
    view! {
        <li class="cc-plan-list__item">
            <h2 class="cc-heading-s cc-plan-list__name">{name.clone()}</h2>
            <strong class=class>{label.clone()}</strong>
            <ul class="cc-list cc-plan-list__actions">
                <li>
                    <a class="cc-link" href=open.to_hash()>
                        {open_label.clone()}<span class="cc-visually-hidden">{hidden.clone()}</span>
                    </a>
                </li>
                <li>
                    <a class="cc-link" href=Route::to(Step::PlanRemove(plan.id)).to_hash()>
                        {text.remove.clone()}<span class="cc-visually-hidden">{hidden}</span>
                    </a>
                </li>
            </ul>
        </li>
    }
}

/// Shown for an address naming a plan that does not exist (removed, or a
/// stale link): what happened and the way back.
pub(super) fn plan_not_found() -> AnyView {
    let text = plan_pages();
    browser::set_title(&text.not_found_title, false);
    view! {
        <h1 class="cc-heading-l" tabindex="-1">{text.not_found_title.clone()}</h1>
        <p class="cc-body">{text.not_found_text.clone()}</p>
        <p class="cc-body">
            <a class="cc-link" href=Route::to(Step::Plans).to_hash()>{text.not_found_link.clone()}</a>
        </p>
    }
    .into_any()
}
