use super::tree::{bullets, details, paragraph, section, subheading, with_text, Node};
use crate::content::content;
use crate::content::document_pages::document_pages;
use crate::content::outcomes::outcomes_content;
use crate::domain::answers::{Answers, Task};
use crate::domain::checks::{printable_about_you, printable_plan};
use crate::domain::from_answers::{
    is_young, ContactLine, Passport, PassportPerson, PASSPORT_CONTACTS,
};
use crate::domain::identify::identify;
use crate::domain::journey::QuestionId;
use crate::domain::outcomes::{goes_well, summaries};
use crate::domain::plan::EmergencyPlan;

/// The carer passport: who I am, who I care for and what I do, what matters
/// to me, how staff can help, and who to contact. Fits on two A4 pages.
pub fn passport(passport: Passport) -> Vec<Node> {
    let text = &document_pages().passport;
    let Passport {
        name,
        phone,
        address,
        kinds,
        cares_for,
        tasks,
        going_well,
        gets,
        own_words,
        contacts,
    } = passport;

    let mut cared_for = Vec::new();
    if cares_for.is_empty() {
        cared_for.push(paragraph(text.no_one_named.clone()));
    }
    for person in cares_for {
        cared_for.push(subheading(person.name));
        cared_for.extend(details(vec![(text.their_needs.clone(), person.conditions)]));
    }
    if !tasks.is_empty() {
        cared_for.push(subheading(text.what_i_do.clone()));
        cared_for.extend(bullets(tasks));
    }

    let mut matters: Vec<Node> = bullets(going_well).into_iter().collect();
    if !gets.is_empty() {
        matters.push(subheading(text.gets.clone()));
        matters.extend(bullets(gets));
    }
    if let Some(words) = own_words {
        matters.push(subheading(text.own_words.clone()));
        matters.push(with_text("p", "cc-body cc-doc__typed", words));
    }

    let contacts = if contacts.is_empty() {
        Some(paragraph(text.no_contacts.clone()))
    } else {
        details(
            contacts
                .into_iter()
                .map(|c| {
                    let who = if c.relationship.is_empty() {
                        c.name
                    } else {
                        format!("{} ({})", c.name, c.relationship)
                    };
                    (who, c.phone)
                })
                .collect(),
        )
    };

    let who_i_am = details(vec![
        (text.name.clone(), name),
        (text.phone.clone(), phone),
        (text.address.clone(), address),
        (text.kinds.clone(), kinds.join(", ")),
    ]);
    [
        Some(with_text(
            "p",
            "cc-body cc-doc__notice",
            text.what_it_is.clone(),
        )),
        section(text.who_i_am.clone(), who_i_am.into_iter().collect()),
        section(text.cares_for.clone(), cared_for),
        section(text.matters.clone(), matters),
        section(
            text.staff_help.clone(),
            bullets(text.staff_help_items.clone()).into_iter().collect(),
        ),
        section(text.contacts.clone(), contacts.into_iter().collect()),
        Some(with_text("p", "cc-body-s", text.scheme.clone())),
    ]
    .into_iter()
    .flatten()
    .collect()
}

/// The passport's facts from the answers, worded from the content (the kinds'
/// names, the tasks' labels, part 2's phrases).
pub fn passport_for(answers: &Answers) -> Passport {
    let outcomes = &outcomes_content().outcomes;
    // What the forms refuse is never printed (`domain::checks`).
    let about = printable_about_you(&answers.about_you);
    let plans: Vec<EmergencyPlan> = answers.plans.iter().map(printable_plan).collect();
    let young = is_young(answers);
    let profile = identify(&answers.carer);
    let question = content().question(QuestionId::Tasks);
    let tasks = answers
        .carer
        .tasks
        .iter()
        .filter(|&&task| task != Task::None && task != Task::Other)
        .filter_map(|task| question.option_label(task.id(), young))
        .map(str::to_owned)
        .collect();
    let going_well = summaries(&answers.outcomes, &outcomes.statement)
        .iter()
        .flat_map(|summary| summary.going_well.iter().map(|&s| s.to_owned()))
        .collect();
    let gets = goes_well(&answers.outcomes);
    let mut contacts: Vec<ContactLine> = Vec::new();
    for plan in &plans {
        for person in plan.wallet_card_contacts() {
            let line = ContactLine::from_person(person);
            let seen = contacts
                .iter()
                .any(|c| c.name == line.name && c.phone == line.phone);
            if !seen && contacts.len() < PASSPORT_CONTACTS {
                contacts.push(line);
            }
        }
    }
    Passport {
        name: about.name.trim().to_owned(),
        phone: about.phone.display(),
        address: about.address.trim().to_owned(),
        kinds: profile
            .kinds
            .iter()
            .map(|&kind| content().kind(kind).name.clone())
            .collect(),
        cares_for: plans
            .iter()
            .filter(|plan| !plan.name.trim().is_empty())
            .map(|plan| PassportPerson {
                name: plan.name.trim().to_owned(),
                conditions: plan.conditions.trim().to_owned(),
            })
            .collect(),
        tasks,
        going_well,
        gets: gets
            .positives
            .iter()
            .map(|&p| outcomes.positive_label(p).to_owned())
            .collect(),
        own_words: gets.text,
        contacts,
    }
}
