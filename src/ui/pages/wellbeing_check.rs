use leptos::prelude::*;

use crate::content::outcomes::outcomes_content;
use crate::content::wellbeing_pages::wellbeing_pages;
use crate::domain::answers::{AgeBand, Answers};
use crate::domain::journey::{Route, Step};
use crate::domain::outcomes::{self, AreaSummary, OutcomeArea};
use crate::ui::browser;
use crate::ui::store::use_store;
use crate::ui::widgets::BackLink;

/// Part 2's answers, area by area, each with a "Change" link, and what they
/// may mean: a kind sentence, what is going well and what the carer may want
/// help with. Never a score.
#[component]
pub fn WellbeingCheckPage() -> impl IntoView {
    let store = use_store();
    let pages = wellbeing_pages();
    let text = &pages.check;
    browser::set_title(&text.title, false);

    let areas = move || {
        store.answers.with(|answers| {
            outcomes::summaries(&answers.outcomes, &outcomes_content().outcomes.statement)
                .into_iter()
                .map(|summary| area_section(answers, summary))
                .collect_view()
        })
    };
    let goes_well = move || store.answers.with(goes_well_section);
    let on_submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        store.go_next();
    };

    view! {
        <BackLink/>
        <span class="cc-caption">{pages.caption.clone()}</span>
        <h1 class="cc-heading-l" tabindex="-1">{text.title.clone()}</h1>
        <p class="cc-body">{text.intro.clone()}</p>
        <div class="cc-wellbeing-check">
            {areas}
            {goes_well}
        </div>
        <h2 class="cc-heading-m">{text.next_title.clone()}</h2>
        <p class="cc-body">{text.next.clone()}</p>
        <form class="cc-form" novalidate on:submit=on_submit>
            <button type="submit" class="cc-button">{text.continue_button.clone()}</button>
        </form>
    }
}

/// One area: its answers with "Change" links, then what they may mean.
fn area_section(answers: &Answers, summary: AreaSummary<'static>) -> impl IntoView {
    let outcomes = &outcomes_content().outcomes;
    let area_text = outcomes.area(summary.area);
    let text = &wellbeing_pages().check;
    let young = answers.carer.age.is_some_and(AgeBand::is_young);
    let area = summary.area;
    let change = Route {
        step: Step::Wellbeing(area),
        changing: true,
    }
    .to_hash();
    let mut rows: Vec<AnyView> = outcomes
        .statements(area)
        .map(|statement| {
            let rating = answers.outcomes.rating(&statement.id);
            let value = match rating {
                Some(rating) => outcomes.rating_label(rating).to_owned(),
                None => text.not_answered.clone(),
            };
            let statement_text = statement.text_for(young).to_owned();
            row(
                statement_text.clone(),
                value,
                rating.is_none(),
                &change,
                &statement_text,
            )
        })
        .collect();
    let (note, no_note) = match &summary.note {
        Some(note) => (note.clone(), false),
        None => (text.no_note.clone(), true),
    };
    let hidden = text.note_hidden.replace("{area}", &area_text.title);
    rows.push(row(text.note.clone(), note, no_note, &change, &hidden));

    let headings = &outcomes.summary;
    view! {
        <section class="cc-wellbeing-check__area" aria-labelledby=format!("{}-title", area.id())>
            <h2 class="cc-heading-m" id=format!("{}-title", area.id())>{area_text.title.as_str()}</h2>
            <dl class="cc-summary-list">{rows}</dl>
            <div class="cc-wellbeing-summary">
                <p class="cc-body">{area_text.sentence(summary.picture)}</p>
                {phrase_list(&headings.going_well_heading, summary.going_well, area, "going-well")}
                {phrase_list(&headings.may_want_help_heading, summary.may_want_help, area, "may-want-help")}
            </div>
        </section>
    }
}

/// "What goes well": the ticked positives and the carer's own words.
fn goes_well_section(answers: &Answers) -> impl IntoView {
    let outcomes = &outcomes_content().outcomes;
    let text = &wellbeing_pages().check;
    let said = outcomes::goes_well(&answers.outcomes);
    let change = Route {
        step: Step::WellbeingGoesWell,
        changing: true,
    }
    .to_hash();
    let positives = if said.positives.is_empty() {
        view! { <span class="cc-summary-list__missing">{text.nothing_ticked.clone()}</span> }
            .into_any()
    } else {
        let items = said
            .positives
            .into_iter()
            .map(|positive| view! { <li>{outcomes.positive_label(positive)}</li> });
        view! { <ul class="cc-list">{items.collect_view()}</ul> }.into_any()
    };
    let (words, no_words) = match said.text {
        Some(words) => (words, false),
        None => (text.no_own_words.clone(), true),
    };
    let hidden = text.goes_well_hidden.clone();
    view! {
        <section class="cc-wellbeing-check__area" aria-labelledby="goes-well-title">
            <h2 class="cc-heading-m" id="goes-well-title">{outcomes.goes_well.title.clone()}</h2>
            <dl class="cc-summary-list">
                <div class="cc-summary-list__row">
                    <dt class="cc-summary-list__key">{text.positives.clone()}</dt>
                    <dd class="cc-summary-list__value">{positives}</dd>
                    <dd class="cc-summary-list__actions">{change_link(&change, &hidden)}</dd>
                </div>
                {row(text.own_words.clone(), words, no_words, &change, &hidden)}
            </dl>
        </section>
    }
}

fn row(key: String, value: String, missing: bool, change: &str, hidden: &str) -> AnyView {
    view! {
        <div class="cc-summary-list__row">
            <dt class="cc-summary-list__key">{key}</dt>
            <dd class="cc-summary-list__value">
                <span class:cc-summary-list__missing=missing class="cc-summary-list__text">{value}</span>
            </dd>
            <dd class="cc-summary-list__actions">{change_link(change, hidden)}</dd>
        </div>
    }
    .into_any()
}

fn change_link(href: &str, hidden: &str) -> impl IntoView {
    let change = crate::content::site::site().change.clone();
    view! {
        <a class="cc-link" href=href.to_owned()>
            {change}
            <span class="cc-visually-hidden">{format!(" – {hidden}")}</span>
        </a>
    }
}

/// A heading and a bulleted list of short phrases; nothing when empty.
fn phrase_list(
    heading: &str,
    phrases: Vec<&'static str>,
    area: OutcomeArea,
    kind: &str,
) -> Option<impl IntoView> {
    (!phrases.is_empty()).then(|| {
        let id = format!("{}-{kind}", area.id());
        let items = phrases.into_iter().map(|p| view! { <li>{p}</li> });
        view! {
            <h3 class="cc-heading-s" id=id.clone()>{heading.to_owned()}</h3>
            <ul class="cc-list cc-list--bullet" aria-labelledby=id>{items.collect_view()}</ul>
        }
    })
}
