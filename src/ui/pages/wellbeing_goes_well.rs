use leptos::prelude::*;

use crate::content::outcomes::outcomes_content;
use crate::content::site::site;
use crate::content::wellbeing_pages::wellbeing_pages;
use crate::domain::outcomes::Positive;
use crate::ui::browser;
use crate::ui::keeping::save_draft;
use crate::ui::store::use_store;
use crate::ui::widgets::{BackLink, Choice, Choices, TextField};

/// "What goes well for you?": good things caring can bring, to tick, and the
/// carer's own words. Optional; "Continue" saves the draft and goes to the
/// check page.
#[component]
pub fn WellbeingGoesWellPage() -> impl IntoView {
    let store = use_store();
    let outcomes = &outcomes_content().outcomes;
    let text = &outcomes.goes_well;
    browser::set_title(&text.title, false);

    let (ticked, words) = store.answers.with_untracked(|answers| {
        let ticked: Vec<String> = Positive::ALL
            .iter()
            .filter(|p| answers.outcomes.positives.contains(p))
            .map(|p| p.id().to_owned())
            .collect();
        (ticked, answers.outcomes.goes_well.clone())
    });
    let start = StoredValue::new(store.answers.with_untracked(|a| a.outcomes.clone()));
    let selected = RwSignal::new(ticked);
    let words = RwSignal::new(words);
    let options = Signal::stored(
        Positive::ALL
            .iter()
            .map(|&positive| Choice {
                id: positive.id().to_owned(),
                label: outcomes.positive_label(positive).to_owned(),
            })
            .collect::<Vec<_>>(),
    );

    let on_submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let ticked = selected.get_untracked();
        start.with_value(|start| {
            let mut draft = start.clone();
            draft.positives = Positive::ALL
                .iter()
                .copied()
                .filter(|p| ticked.iter().any(|id| id == p.id()))
                .collect();
            draft.goes_well = words.get_untracked();
            save_draft(store, start, draft, |answers| Some(&mut answers.outcomes));
        });
        store.go_next();
    };

    view! {
        <BackLink/>
        <span class="cc-caption">{wellbeing_pages().caption.clone()}</span>
        <h1 class="cc-heading-l" tabindex="-1">{text.title.clone()}</h1>
        <p class="cc-body">{text.hint.clone()}</p>
        <form class="cc-form" novalidate on:submit=on_submit>
            <Choices
                name="positives"
                heading=Signal::stored(text.positives_label.clone())
                hint={None::<String>}
                error={None::<String>}
                options=options
                many=true
                exclusive=None
                selected=selected
                not_the_heading=true
            />
            <TextField id="goes-well".to_owned() label=text.text_label.clone() hint=None
                value=words on_input=Callback::new(move |value| words.set(value)) multiline=true/>
            <button type="submit" class="cc-button">{site().continue_label.clone()}</button>
        </form>
    }
}
