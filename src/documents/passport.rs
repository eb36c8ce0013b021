use leptos::prelude::*;

use super::{bullets, details};
use crate::content::document_pages::document_pages;
use crate::domain::from_answers::Passport;

/// The carer passport: who I am, who I care for and what I do, what matters
/// to me, how staff can help, and who to contact. Fits on two A4 pages.
#[component]
pub fn PassportDocument(passport: Passport) -> impl IntoView {
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
    let people = if cares_for.is_empty() {
        view! { <p class="cc-body">{text.no_one_named.clone()}</p> }.into_any()
    } else {
        cares_for
            .into_iter()
            .map(|person| {
                view! {
                    <h3 class="cc-heading-s">{person.name}</h3>
                    {details(vec![(text.their_needs.clone(), person.conditions)])}
                }
            })
            .collect_view()
            .into_any()
    };
    let matters = !(going_well.is_empty() && gets.is_empty() && own_words.is_none());
    let contacts = if contacts.is_empty() {
        view! { <p class="cc-body">{text.no_contacts.clone()}</p> }.into_any()
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
        .into_any()
    };
    view! {
        <p class="cc-body cc-doc__notice">{text.what_it_is.clone()}</p>
        <section class="cc-doc__section">
            <h2 class="cc-heading-m">{text.who_i_am.clone()}</h2>
            {details(vec![
                (text.name.clone(), name),
                (text.phone.clone(), phone),
                (text.address.clone(), address),
                (text.kinds.clone(), kinds.join(", ")),
            ])}
        </section>
        <section class="cc-doc__section">
            <h2 class="cc-heading-m">{text.cares_for.clone()}</h2>
            {people}
            {(!tasks.is_empty()).then(|| view! {
                <h3 class="cc-heading-s">{text.what_i_do.clone()}</h3>
                {bullets(tasks)}
            })}
        </section>
        {matters.then(|| view! {
            <section class="cc-doc__section">
                <h2 class="cc-heading-m">{text.matters.clone()}</h2>
                {bullets(going_well)}
                {(!gets.is_empty()).then(|| view! {
                    <h3 class="cc-heading-s">{text.gets.clone()}</h3>
                    {bullets(gets)}
                })}
                {own_words.map(|words| view! {
                    <h3 class="cc-heading-s">{text.own_words.clone()}</h3>
                    <p class="cc-body cc-doc__typed">{words}</p>
                })}
            </section>
        })}
        <section class="cc-doc__section">
            <h2 class="cc-heading-m">{text.staff_help.clone()}</h2>
            {bullets(text.staff_help_items.clone())}
        </section>
        <section class="cc-doc__section">
            <h2 class="cc-heading-m">{text.contacts.clone()}</h2>
            {contacts}
        </section>
        <p class="cc-body-s">{text.scheme.clone()}</p>
    }
}
