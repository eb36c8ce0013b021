use leptos::prelude::*;

use crate::content::site::site;

/// Who to contact now: 999, NHS 111 and its mental health option,
/// Samaritans, and Childline for under-18s. A calm inset, never a dialog:
/// the carer can read it and carry on. `young`: `None` when the page does
/// not know the carer's age (every line is shown).
#[component]
pub fn HelpNow(young: Option<bool>) -> impl IntoView {
    let text = &site().help_now;
    let intro = if young == Some(true) {
        &text.young_intro
    } else {
        &text.intro
    };
    let lines = text
        .lines(young)
        .map(|line| {
            let number = line.number().unwrap_or_default();
            let call = format!("tel:{}", number.replace(' ', ""));
            let mut pieces: Vec<AnyView> = Vec::new();
            for (i, part) in line.parts().into_iter().enumerate() {
                if i > 0 {
                    pieces.push(
                        view! { <a class="cc-link" href=call.clone()>{number}</a> }.into_any(),
                    );
                }
                pieces.push(part.to_owned().into_any());
            }
            view! { <li>{pieces}</li> }
        })
        .collect_view();
    view! {
        <div class="cc-help-now">
            <h2 class="cc-heading-m">{text.title.clone()}</h2>
            <p class="cc-body">{intro.clone()}</p>
            <ul class="cc-list cc-list--bullet">{lines}</ul>
        </div>
    }
}
