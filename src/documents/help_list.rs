use leptos::prelude::*;

use super::details;
use crate::content::directory::directory;
use crate::content::document_pages::document_pages;
use crate::domain::signpost::{Group, Suggestion};

/// Where to get help: the suggestions grouped under headings, each with what
/// it is for, why it was suggested and how to contact it. Web addresses are
/// printed in full so they work on paper.
#[component]
pub fn HelpListDocument(suggestions: Vec<Suggestion>, young: bool) -> impl IntoView {
    let t = &document_pages().help;
    let data = directory();
    let groups = Group::ALL
        .iter()
        .filter(|&&group| suggestions.iter().any(|s| s.group == group))
        .map(|&group| {
            let title = data
                .group_text(group)
                .map(|g| match (&g.young_title, young) {
                    (Some(title), true) => title.clone(),
                    _ => g.title.clone(),
                })
                .unwrap_or_default();
            let entries = suggestions
                .iter()
                .filter(|s| s.group == group)
                .filter_map(|s| data.find(&s.entry).map(|entry| (entry, s)))
                .map(|(entry, s)| {
                    let contacts = details(vec![
                        (t.phone.clone(), entry.phone.clone().unwrap_or_default()),
                        (t.text.clone(), entry.text.clone().unwrap_or_default()),
                        (t.email.clone(), entry.email.clone().unwrap_or_default()),
                    ]);
                    let web = entry.web.clone().map(|web| {
                        view! {
                            <p class="cc-body cc-help__web">
                                <span class="cc-help__label">{t.web.clone()}": "</span>
                                <a class="cc-link" href=web.clone()>{web.clone()}</a>
                            </p>
                        }
                    });
                    view! {
                        <li class="cc-help__entry">
                            <h3 class="cc-heading-s">
                                {entry.name.clone()}
                                {s.local.then(|| view! { " "<strong class="cc-tag cc-tag--blue">{t.local.clone()}</strong> })}
                            </h3>
                            <p class="cc-body">{entry.for_what.clone()}</p>
                            {entry.guidance.clone().map(|g| view! { <p class="cc-body">{g}</p> })}
                            <p class="cc-body cc-help__why">
                                <span class="cc-help__label">{t.why.clone()}": "</span>
                                {s.why.join(" ")}
                            </p>
                            {contacts}
                            {web}
                        </li>
                    }
                })
                .collect_view();
            view! {
                <section class="cc-doc__section">
                    <h2 class="cc-heading-m">{title}</h2>
                    <ul class="cc-help">{entries}</ul>
                </section>
            }
        })
        .collect_view();
    view! {
        <p class="cc-body cc-doc__notice">{t.urgent.clone()}</p>
        {if suggestions.is_empty() {
            view! { <p class="cc-body">{t.none.clone()}</p> }.into_any()
        } else {
            view! { <p class="cc-body">{t.intro.clone()}</p> {groups} }.into_any()
        }}
    }
}
