use leptos::prelude::*;

use super::{Choice, Choices};
use crate::content::directory::directory;
use crate::content::site::site;
use crate::domain::place::ELSEWHERE;

/// Radios for the place the cared-for person lives: each council preset by
/// its area's name, then "somewhere else in England". `selected` holds the
/// chosen id, or nothing.
#[component]
pub fn CouncilChoice(
    name: &'static str,
    heading: String,
    hint: String,
    selected: RwSignal<Vec<String>>,
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
