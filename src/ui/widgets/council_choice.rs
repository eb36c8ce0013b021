use leptos::prelude::*;

use super::{Choice, Choices};
use crate::content::directory::directory;
use crate::content::site::site;
use crate::domain::place::ELSEWHERE;

/// Radios for the place the cared-for person lives: each council preset by
/// its area's name, then "somewhere else in England". `council` holds the
/// chosen id (empty when none is chosen).
#[component]
pub fn CouncilChoice(
    name: &'static str,
    heading: String,
    hint: String,
    council: RwSignal<String>,
) -> impl IntoView {
    let mut options: Vec<Choice> = directory()
        .councils
        .council
        .iter()
        .map(|c| Choice {
            id: c.id.clone(),
            label: c.area.clone(),
        })
        .collect();
    options.push(Choice {
        id: ELSEWHERE.to_owned(),
        label: site().place.elsewhere.clone(),
    });

    // Choices works on a list of ids; this one holds one id or none.
    let selected = RwSignal::new(Vec::new());
    Effect::new(move |_| {
        let id = council.get();
        selected.set(if id.is_empty() { vec![] } else { vec![id] });
    });
    Effect::new(move |_| {
        if let Some(id) = selected.with(|ids| ids.first().cloned()) {
            if council.get_untracked() != id {
                council.set(id);
            }
        }
    });

    view! {
        <Choices
            name=name
            heading=Signal::stored(heading)
            hint=Some(hint)
            error={None::<String>}
            options=Signal::stored(options)
            many=false
            exclusive=None
            selected=selected
            not_the_heading=true
        />
    }
}
