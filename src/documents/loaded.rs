//! What the carer is told after loading a file whose answers the forms'
//! checks refused in part (`domain::checks`): what was taken out and where,
//! then what still needs finishing, in the wording of `content`.

use crate::content::content;
use crate::content::document_pages::fill;
use crate::content::plan_pages::plan_pages;
use crate::content::site::site;
use crate::domain::answers::Answers;
use crate::domain::checks::{Place, Refused};
use crate::domain::plan::{AboutYouField, EmergencyPlan};
use crate::util::clip;

/// The most places a message names; the rest are counted.
const MOST_PLACES_NAMED: usize = 10;

/// What to tell the carer after loading a file, if anything was refused:
/// what was taken out and where, then what still needs finishing.
pub fn loaded_message(answers: &Answers, refused: &[Refused]) -> Option<String> {
    if refused.is_empty() {
        return None;
    }
    let text = &site().your_answers;
    // A crafted file can hold thousands: the first few are named, then a count.
    let places = |removed: bool| {
        let mut names: Vec<String> = Vec::new();
        let mut more = 0;
        for item in refused.iter().filter(|r| r.removed == removed) {
            let name = place_name(answers, item.place);
            if names.contains(&name) {
                continue;
            }
            if names.len() < MOST_PLACES_NAMED {
                names.push(name);
            } else {
                more += 1;
            }
        }
        let mut list = names.join("; ");
        if more > 0 {
            list.push(' ');
            list.push_str(&fill(&text.and_more, "count", &more.to_string()));
        }
        list
    };
    let mut message = text.loaded.clone();
    for (removed, template) in [
        (true, &text.loaded_removed),
        (false, &text.loaded_unfinished),
    ] {
        let names = places(removed);
        if !names.is_empty() {
            message.push(' ');
            message.push_str(&fill(template, "places", &names));
        }
    }
    Some(message)
}

/// "About you: Your phone number", "Emergency plan for Joan: Who has a key".
pub fn place_name(answers: &Answers, place: Place) -> String {
    let text = &site().your_answers;
    match place {
        Place::Question(question) => {
            let title = &content().question(question).title;
            fill(&text.place_question, "question", title)
        }
        Place::AboutYou(field) => {
            let about = &site().about_you;
            let label = match field {
                AboutYouField::Name => &about.name,
                AboutYouField::Phone => &about.phone,
                AboutYouField::Address => &about.address,
                AboutYouField::GpPractice => &about.gp_practice,
                AboutYouField::Employer => &about.employer,
            };
            format!("{}: {label}", about.title)
        }
        Place::Plan(at, field) => {
            let named = answers.plans.get(at).and_then(EmergencyPlan::first_name);
            let plan = match named {
                Some(name) => fill(&text.place_plan_named, "name", &clip(name, 40)),
                None => fill(&text.place_plan_number, "number", &(at + 1).to_string()),
            };
            format!("{plan}: {}", plan_pages().field(field).label)
        }
    }
}
