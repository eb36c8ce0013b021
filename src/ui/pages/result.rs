use leptos::prelude::*;

use crate::content::{content, site::site};
use crate::documents::result::result_text;
use crate::domain::identify::{identify, CarerProfile, Verdict};
use crate::domain::journey::{self, QuestionId, Route, Step};
use crate::ui::browser;
use crate::ui::store::use_store;
use crate::ui::widgets::BackLink;

/// "It sounds like you're a carer" — or not yet — with what it means, why,
/// and the first things to do. A "no" is never a dead end.
#[component]
pub fn ResultPage() -> impl IntoView {
    let store = use_store();
    let (unanswered, profile) = store
        .answers
        .with_untracked(|a| (journey::first_unanswered(&a.carer), identify(&a.carer)));

    if let Some(question) = unanswered {
        let text = &site().result;
        browser::set_title(&text.not_finished_title, false);
        return view! {
            <BackLink/>
            <h1 class="cc-heading-l" tabindex="-1">{text.not_finished_title.clone()}</h1>
            <p class="cc-body">{text.not_finished.clone()}</p>
            <p class="cc-body">
                <a class="cc-link" href=Route::to(Step::Question(question)).to_hash()>{text.not_finished_link.clone()}</a>
            </p>
        }
        .into_any();
    }

    let verdict = content().verdict(profile.verdict);
    browser::set_title(&verdict.title, false);
    let intro = if profile.young {
        &verdict.young_intro
    } else {
        &verdict.intro
    };
    let body = if profile.is_carer() {
        carer_sections(&profile).into_any()
    } else {
        not_now_sections(&profile).into_any()
    };
    view! {
        <BackLink/>
        <div class="cc-panel" class:cc-panel--confirmation=profile.verdict == Verdict::Carer>
            <h1 class="cc-panel__title" tabindex="-1">{verdict.title.clone()}</h1>
        </div>
        <p class="cc-body-l">{intro.clone()}</p>
        {body}
        {what_comes_next()}
        <p class="cc-body">
            <a class="cc-link" href=Route::to(Step::CheckAnswers).to_hash()>{site().result.change_answers.clone()}</a>
        </p>
    }
    .into_any()
}

fn carer_sections(profile: &CarerProfile) -> impl IntoView {
    let text = &site().result;
    let result = result_text(profile);
    let kinds = (!result.kinds.is_empty()).then(|| {
        view! {
            <h2 class="cc-heading-m">{text.kinds_title.clone()}</h2>
            {result.kinds.iter().map(|block| view! {
                <h3 class="cc-heading-s">{block.title.clone()}</h3>
                <p class="cc-body">{block.text.clone()}</p>
            }).collect_view()}
        }
    });
    let steps = result
        .first_steps
        .iter()
        .map(|step| {
            view! {
                <li>
                    <h3 class="cc-heading-s">{step.title.clone()}</h3>
                    <p class="cc-body">{step.text.clone()}</p>
                </li>
            }
        })
        .collect_view();
    view! {
        {kinds}
        {reasons(&result.reasons)}
        <h2 class="cc-heading-m">{text.first_steps_title.clone()}</h2>
        <ol class="cc-list cc-list--number cc-steps">{steps}</ol>
    }
}

fn reasons(reasons: &[String]) -> impl IntoView {
    view! {
        <h2 class="cc-heading-m">{site().result.reasons_title.clone()}</h2>
        <ul class="cc-list cc-list--bullet">
            {reasons
                .iter()
                .map(|reason| view! { <li>{reason.clone()}</li> })
                .collect_view()}
        </ul>
    }
}

fn not_now_sections(profile: &CarerProfile) -> impl IntoView {
    let text = &content().result.not_now;
    let if_things_change = if profile.young {
        &text.young_if_things_change
    } else {
        &text.if_things_change
    };
    view! {
        {reasons(&result_text(profile).reasons)}
        <h2 class="cc-heading-m">{text.who_counts_title.clone()}</h2>
        <p class="cc-body">{text.who_counts.clone()}</p>
        <p class="cc-body">{if_things_change.clone()}</p>
        // The way to check again that the words above promise: part 1 from
        // its first question, with every answer kept to change.
        <p class="cc-body">
            <a class="cc-link" href=Route::to(Step::Question(QuestionId::ALL[0])).to_hash()>{site().result.check_again.clone()}</a>
        </p>
        <p class="cc-body">{text.carry_on.clone()}</p>
    }
}

/// The way on to parts 2 to 4: the task list.
fn what_comes_next() -> impl IntoView {
    let text = &content().result.next;
    let onward = use_store().next().map(|route| route.to_hash());
    view! {
        <h2 class="cc-heading-m">{text.title.clone()}</h2>
        <p class="cc-body">{text.text.clone()}</p>
        <a class="cc-button" href=onward>{text.continue_label.clone()}</a>
    }
}
