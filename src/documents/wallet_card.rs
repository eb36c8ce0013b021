use super::tree::{element, text, with_text, Node};
use crate::content::document_pages::{document_pages, fill};
use crate::domain::from_answers::WalletCard;

/// The emergency wallet card: front and back, each 85 × 55 mm with dashed
/// cut lines. The lines are already cut to fit (`from_answers::wallet_card`).
pub fn wallet_card(card: WalletCard) -> Vec<Node> {
    let t = &document_pages().card;
    let me: Vec<String> = [card.my_name, card.my_phone, card.my_address]
        .into_iter()
        .flatten()
        .collect();
    let labelled = |label: &str, value: String| {
        element(
            "p",
            "cc-card__line",
            vec![with_text("strong", "", label), text(" "), text(value)],
        )
    };

    let mut front = vec![
        with_text("p", "cc-card__title", t.front_title.clone()),
        with_text("p", "cc-card__strong", t.front_depends.clone()),
        with_text(
            "p",
            "cc-card__line",
            fill(&t.looks_after, "name", &card.first_name),
        ),
    ];
    front.extend(card.needs.map(|needs| labelled(&t.needs, needs)));
    if !me.is_empty() {
        front.push(labelled(&t.me, me.join(", ")));
    }

    let contacts = if card.contacts.is_empty() {
        with_text("p", "cc-card__line", t.no_contacts.clone())
    } else {
        let people = card
            .contacts
            .into_iter()
            .map(|c| {
                let who = if c.relationship.is_empty() {
                    c.name
                } else {
                    format!("{} ({})", c.name, c.relationship)
                };
                element(
                    "li",
                    "",
                    vec![
                        with_text("span", "cc-card__contact-name", who),
                        with_text("span", "cc-card__phone", c.phone),
                    ],
                )
            })
            .collect();
        element("ul", "cc-card__contacts", people)
    };
    let back = vec![
        with_text("p", "cc-card__title", t.back_title.clone()),
        with_text(
            "p",
            "cc-card__line",
            fill(&t.back_please, "name", &card.first_name),
        ),
        contacts,
    ];

    let side = |class: &'static str, label: &str, children: Vec<Node>| {
        element("div", class, children)
            .with("role", "group")
            .with("aria-label", label)
    };
    vec![
        with_text("p", "cc-body-s cc-card__cut", t.cut.clone()),
        element(
            "div",
            "cc-card",
            vec![
                side("cc-card__side cc-card__side--front", &t.front_label, front),
                side("cc-card__side cc-card__side--back", &t.back_label, back),
            ],
        ),
    ]
}
