use leptos::prelude::*;

use crate::content::outcomes::outcomes_content;
use crate::content::site::site;
use crate::content::wellbeing_pages::wellbeing_pages;
use crate::domain::answers::AgeBand;
use crate::domain::outcomes::{help_now_at, OutcomeArea, Rating};
use crate::ui::browser;
use crate::ui::store::use_store;
use crate::ui::widgets::{BackLink, Choice, Choices, HelpNow, TextField};

/// One outcome area of part 2: each "I …" statement as its own radios, then
/// an optional note. Everything is optional, so "Continue" always saves what
/// was chosen (a draft until then) and moves on.
#[component]
pub fn WellbeingAreaPage(area: OutcomeArea) -> impl IntoView {
    let store = use_store();
    let outcomes = &outcomes_content().outcomes;
    let pages = wellbeing_pages();
    let text = outcomes.area(area);
    let young = store
        .answers
        .with_untracked(|a| a.carer.age.is_some_and(AgeBand::is_young));
    browser::set_title(&text.title, false);

    // The draft: one selection per statement, and the note.
    let drafts: Vec<_> = store.answers.with_untracked(|answers| {
        outcomes
            .statements(area)
            .map(|statement| {
                let chosen = answers.outcomes.rating(&statement.id);
                let chosen: Vec<String> = chosen.map(|r| r.id().to_owned()).into_iter().collect();
                (statement, RwSignal::new(chosen))
            })
            .collect()
    });
    let note = RwSignal::new(store.answers.with_untracked(|answers| {
        answers
            .outcomes
            .notes
            .get(&area)
            .cloned()
            .unwrap_or_default()
    }));
    let options = Signal::stored(
        Rating::ALL
            .iter()
            .map(|&rating| Choice {
                id: rating.id().to_owned(),
                label: outcomes.rating_label(rating).to_owned(),
            })
            .collect::<Vec<_>>(),
    );

    let saved: Vec<_> = drafts.iter().map(|(s, chosen)| (&s.id, *chosen)).collect();
    let on_submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        store.answers.update(|answers| {
            let outcomes = &mut answers.outcomes;
            for (id, chosen) in &saved {
                let rating = chosen.with_untracked(|c| c.first().and_then(|r| Rating::from_id(r)));
                match rating {
                    Some(rating) => outcomes.ratings.insert((*id).clone(), rating),
                    None => outcomes.ratings.remove(*id),
                };
            }
            let note = note.get_untracked();
            if note.trim().is_empty() {
                outcomes.notes.remove(&area);
            } else {
                outcomes.notes.insert(area, note);
            }
        });
        store.go_next();
    };

    let position = OutcomeArea::ALL
        .iter()
        .position(|&a| a == area)
        .unwrap_or(0)
        + 1;
    let step = pages
        .area_step
        .replace("{number}", &position.to_string())
        .replace("{total}", &OutcomeArea::ALL.len().to_string());
    // Who to contact now, under the first safety or mental health statement
    // answered the worst way, as the carer answers (domain::outcomes).
    let marked: Vec<(bool, RwSignal<Vec<String>>)> = drafts
        .iter()
        .map(|(s, chosen)| (s.help_now, *chosen))
        .collect();
    let help_now = Memo::new(move |_| {
        let answers: Vec<(bool, Option<Rating>)> = marked
            .iter()
            .map(|(flag, chosen)| {
                let rating = chosen.with(|c| c.first().and_then(|r| Rating::from_id(r)));
                (*flag, rating)
            })
            .collect();
        help_now_at(&answers)
    });
    let statements = drafts
        .into_iter()
        .enumerate()
        .map(|(index, (statement, selected))| {
            // A polite live region that is always there, so a screen reader
            // hears the contacts when they appear, without moving focus.
            let slot = statement.help_now.then(|| {
                view! {
                    <div class="cc-help-now-slot" aria-live="polite">
                        {move || (help_now.get() == Some(index)).then(|| view! { <HelpNow young=Some(young)/> })}
                    </div>
                }
            });
            view! {
                <Choices
                    name=statement.id.as_str()
                    heading=Signal::stored(statement.text_for(young).to_owned())
                    hint=statement.hint.clone()
                    error={None::<String>}
                    options=options
                    many=false
                    exclusive=None
                    selected=selected
                    not_the_heading=true
                />
                {slot}
            }
        })
        .collect_view();

    view! {
        <BackLink/>
        <span class="cc-caption">{format!("{step} – {}", pages.caption)}</span>
        <h1 class="cc-heading-l" tabindex="-1">{text.title.clone()}</h1>
        <p class="cc-body">{text.intro_for(young).to_owned()}</p>
        <p class="cc-body">{pages.area_how.clone()}</p>
        <form class="cc-form cc-wellbeing" novalidate on:submit=on_submit>
            {statements}
            <TextField id=format!("{}-note", area.id()) label=text.notes_label.clone()
                hint=Some(text.notes_hint.clone()) value=note
                on_input=Callback::new(move |value| note.set(value)) multiline=true/>
            <button type="submit" class="cc-button">{site().continue_label.clone()}</button>
        </form>
    }
}
