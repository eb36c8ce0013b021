use super::tree::{bullets, details, paragraph, section, subheading, with_text, Node};
use crate::content::document_pages::document_pages;
use crate::domain::from_answers::Passport;

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
