use leptos::prelude::*;

use crate::content::document_pages::{document_pages, fill};
use crate::domain::from_answers::WalletCard;

/// The emergency wallet card: front and back, each 85 × 55 mm with dashed
/// cut lines. The lines are already cut to fit (`from_answers::wallet_card`).
#[component]
pub fn WalletCardDocument(card: WalletCard) -> impl IntoView {
    let t = &document_pages().card;
    let me: Vec<String> = [card.my_name, card.my_phone, card.my_address]
        .into_iter()
        .flatten()
        .collect();
    let contacts = if card.contacts.is_empty() {
        view! { <p class="cc-card__line">{t.no_contacts.clone()}</p> }.into_any()
    } else {
        view! {
            <ul class="cc-card__contacts">
                {card
                    .contacts
                    .into_iter()
                    .map(|c| {
                        let who = if c.relationship.is_empty() {
                            c.name
                        } else {
                            format!("{} ({})", c.name, c.relationship)
                        };
                        view! {
                            <li>
                                <span class="cc-card__contact-name">{who}</span>
                                <span class="cc-card__phone">{c.phone}</span>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        }
        .into_any()
    };
    view! {
        <p class="cc-body-s cc-card__cut">{t.cut.clone()}</p>
        <div class="cc-card">
            <div class="cc-card__side cc-card__side--front" role="group" aria-label=t.front_label.clone()>
                <p class="cc-card__title">{t.front_title.clone()}</p>
                <p class="cc-card__strong">{t.front_depends.clone()}</p>
                <p class="cc-card__line">{fill(&t.looks_after, "name", &card.first_name)}</p>
                {card.needs.map(|needs| view! {
                    <p class="cc-card__line"><strong>{t.needs.clone()}</strong>" "{needs}</p>
                })}
                {(!me.is_empty()).then(|| view! {
                    <p class="cc-card__line"><strong>{t.me.clone()}</strong>" "{me.join(", ")}</p>
                })}
            </div>
            <div class="cc-card__side cc-card__side--back" role="group" aria-label=t.back_label.clone()>
                <p class="cc-card__title">{t.back_title.clone()}</p>
                <p class="cc-card__line">{fill(&t.back_please, "name", &card.first_name)}</p>
                {contacts}
            </div>
        </div>
    }
}
