use leptos::prelude::*;

use crate::content::outcomes::outcomes_content;
use crate::content::site::site;
use crate::domain::answers::Answers;
use crate::domain::journey::{self, Route, Step};
use crate::domain::progress::{Part, Progress, Status};
use crate::ui::browser;
use crate::ui::keeping::kept_where;
use crate::ui::store::use_store;

/// The GOV.UK "complete multiple tasks" page: each part with its status.
#[component]
pub fn TaskListPage() -> impl IntoView {
    let store = use_store();
    let text = &site().tasks;
    browser::set_title(&text.title, false);
    // Every part's status, worked out once for each version of the answers.
    let items = move || {
        store.answers.with(|answers| {
            let progress = Progress::of(answers, &outcomes_content().outcomes.statement);
            Part::ALL
                .map(|part| task(answers, &progress, part))
                .collect_view()
        })
    };
    view! {
        <h1 class="cc-heading-l" tabindex="-1">{text.title.clone()}</h1>
        <p class="cc-body">{text.intro.clone()}</p>
        <p class="cc-body cc-inset">
            {move || kept_where(store)}" "
            <a class="cc-link" href=Route::to(Step::YourAnswers).to_hash()>{text.kept_link.clone()}</a>
        </p>
        <ul class="cc-task-list">{items}</ul>
        <h2 class="cc-heading-m">{text.documents_title.clone()}</h2>
        <ul class="cc-task-list">
            <li class="cc-task-list__item cc-task-list__item--with-link">
                <div class="cc-task-list__name-and-hint">
                    <a class="cc-link cc-task-list__link" href=Route::to(Step::Documents).to_hash()>{text.documents.clone()}</a>
                    <div class="cc-task-list__hint">{text.documents_hint.clone()}</div>
                </div>
            </li>
        </ul>
    }
}

fn task(answers: &Answers, progress: &Progress, part: Part) -> impl IntoView {
    let text = &site().tasks;
    let status = progress.part(part);
    let (name, hint) = match part {
        Part::CarerCheck => (&text.carer_check, None),
        Part::AboutYou => (&text.about_you, Some(&text.about_you_hint)),
        Part::Wellbeing => (&text.wellbeing, Some(&text.wellbeing_hint)),
        Part::Plans => (&text.plans, Some(&text.plans_hint)),
    };
    let start = journey::part_start(answers, part, status);
    let status_id = format!("cc-task-{}-status", part.key());
    let (label, tag) = match status {
        Status::NotStarted => (&text.not_started, Some("cc-tag cc-tag--blue")),
        Status::InProgress => (&text.in_progress, Some("cc-tag cc-tag--light-blue")),
        Status::Completed => (&text.completed, None),
    };
    let label = label.clone();
    view! {
        <li class="cc-task-list__item cc-task-list__item--with-link">
            <div class="cc-task-list__name-and-hint">
                <a class="cc-link cc-task-list__link" href=start.to_hash() aria-describedby=status_id.clone()>
                    {name.clone()}
                </a>
                {hint.map(|hint| view! { <div class="cc-task-list__hint">{hint.clone()}</div> })}
            </div>
            <div class="cc-task-list__status" id=status_id>
                {match tag {
                    Some(class) => view! { <strong class=class>{label}</strong> }.into_any(),
                    None => label.into_any(),
                }}
            </div>
        </li>
    }
}
