use leptos::prelude::*;

use super::plans::plan_not_found;
use crate::content::plan_pages::plan_pages;
use crate::domain::journey::{PlanSection, Route, Step};
use crate::domain::plan::{find_plan, section_items, EmergencyPlan, Item, ListKind, PlanField};
use crate::ui::browser;
use crate::ui::store::use_store;
use crate::ui::widgets::BackLink;

/// The whole plan, one summary card per page, each with a Change link
/// back to that page. "Continue" goes back to the task list.
#[component]
pub fn PlanCheckPage(id: u32) -> impl IntoView {
    let store = use_store();
    let Some(plan) = store
        .answers
        .with_untracked(|a| find_plan(&a.plans, id).cloned())
    else {
        return plan_not_found();
    };
    let text = &plan_pages().check;
    let title: &'static str = &text.title;
    browser::set_title(title, false);
    let caption = plan_pages().caption_for(plan.first_name());
    let cards = PlanSection::ALL
        .iter()
        .map(|&section| card(&plan, section))
        .collect_view();
    let on_submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        store.go_next();
    };
    view! {
        <BackLink/>
        <span class="cc-caption">{caption}</span>
        <h1 class="cc-heading-l" tabindex="-1">{title}</h1>
        <p class="cc-body">{text.intro.clone()}</p>
        {cards}
        <p class="cc-body">{text.next.clone()}</p>
        <form class="cc-form" novalidate on:submit=on_submit>
            <button type="submit" class="cc-button">{text.continue_button.clone()}</button>
        </form>
    }
    .into_any()
}

fn card(plan: &EmergencyPlan, section: PlanSection) -> impl IntoView {
    let text = plan_pages();
    let title = text.section(section).title.clone();
    let change = Route {
        step: Step::PlanPage(plan.id, section),
        changing: true,
    };
    let rows = section_items(section)
        .iter()
        .filter(|item| match item {
            Item::Text(f) | Item::Long(f) => plan.asks(*f),
            _ => true,
        })
        .flat_map(|&item| rows(plan, item))
        .map(|(key, value)| {
            let value = match value {
                Some(value) => view! { <span class="cc-summary-list__text">{value}</span> }.into_any(),
                None => view! { <span class="cc-summary-list__missing">{text.check.not_given.clone()}</span> }
                    .into_any(),
            };
            view! {
                <div class="cc-summary-list__row">
                    <dt class="cc-summary-list__key">{key}</dt>
                    <dd class="cc-summary-list__value">{value}</dd>
                </div>
            }
        })
        .collect_view();
    view! {
        <section class="cc-summary-card" aria-labelledby=format!("check-{}", section.id())>
            <div class="cc-summary-card__title-wrapper">
                <h2 class="cc-summary-card__title" id=format!("check-{}", section.id())>{title.clone()}</h2>
                <a class="cc-link" href=change.to_hash()>
                    {text.check.change.clone()}
                    <span class="cc-visually-hidden">{format!(" – {}", title.to_ascii_lowercase())}</span>
                </a>
            </div>
            <dl class="cc-summary-list cc-summary-card__list">{rows}</dl>
        </section>
    }
}

fn non_blank(text: &str) -> Option<String> {
    let text = text.trim();
    (!text.is_empty()).then(|| text.to_owned())
}

fn label(field: PlanField) -> String {
    plan_pages().field(field).label.clone()
}

/// The rows an item shows: its label and its answer (`None`: not given).
fn rows(plan: &EmergencyPlan, item: Item) -> Vec<(String, Option<String>)> {
    let text = plan_pages();
    match item {
        Item::Text(f) | Item::Long(f) => vec![(label(f), plan.text(f).and_then(non_blank))],
        Item::Phone(f) => {
            let phone = plan.phone(f).filter(|phone| !phone.is_empty());
            vec![(label(f), phone.map(|phone| phone.display()))]
        }
        // Shown with the list of medicines.
        Item::Flag(_) => vec![],
        Item::Choice(f) => vec![(label(f), plan.choice(f).map(|id| text.choice(id)))],
        Item::List(kind) => list_rows(plan, kind),
    }
}

fn list_rows(plan: &EmergencyPlan, kind: ListKind) -> Vec<(String, Option<String>)> {
    let text = plan_pages();
    let noun = text
        .section(kind.section())
        .list
        .clone()
        .unwrap_or_default();
    let join = |parts: Vec<String>| {
        let parts: Vec<String> = parts.into_iter().filter_map(|p| non_blank(&p)).collect();
        (!parts.is_empty()).then(|| parts.join(", "))
    };
    let mut rows: Vec<(String, Option<String>)> = (0..plan.rows(kind))
        .map(|at| {
            let key = format!("{noun} {}", at + 1);
            let value = match kind {
                ListKind::Medicines => {
                    let m = &plan.medicines[at];
                    join(vec![
                        m.name.clone(),
                        m.dose.clone(),
                        m.when.clone(),
                        m.where_kept.clone(),
                    ])
                }
                ListKind::Professionals => {
                    let p = &plan.professionals[at];
                    join(vec![p.role.clone(), p.name.clone(), p.phone.display()])
                }
                ListKind::StepIn => {
                    let p = &plan.step_in[at];
                    let mut parts = vec![p.name.clone(), p.relationship.clone(), p.phone.display()];
                    let ticks = [
                        ("step-in-agreed", p.agreed_to_be_contacted),
                        ("step-in-has-key", p.has_key),
                        ("step-in-can-care", p.can_provide_care),
                    ];
                    for (key, on) in ticks {
                        if on {
                            parts.extend(text.fields.get(key).map(|t| t.label.clone()));
                        }
                    }
                    join(parts)
                }
                ListKind::HospitalBag => non_blank(&plan.hospital_bag[at]),
            };
            (key, value)
        })
        .collect();
    if rows.is_empty() {
        let none = if kind == ListKind::Medicines && plan.takes_no_medicines {
            label(PlanField::TakesNoMedicines)
        } else {
            text.check.none.clone()
        };
        rows.push((noun, Some(none)));
    }
    rows
}
