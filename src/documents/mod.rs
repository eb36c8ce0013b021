//! The printable documents, one component each. They lay out what
//! `domain::from_answers` and the letters work out; everything the carer
//! typed is shown as text.

mod help_list;
mod letter;
mod passport;
mod plan_document;
mod wallet_card;

pub use help_list::HelpListDocument;
pub use letter::LetterDocument;
pub use passport::PassportDocument;
pub use plan_document::PlanDocument;
pub use wallet_card::WalletCardDocument;

use leptos::prelude::*;

use crate::content::document_pages::{document_pages, fill};
use crate::domain::from_answers::review_date;
use crate::domain::plan::Date;

/// Today, from the browser's clock.
pub fn today() -> Date {
    let now = web_sys::js_sys::Date::new_0();
    Date {
        year: u16::try_from(now.get_full_year()).unwrap_or(2026),
        month: u8::try_from(now.get_month() + 1).unwrap_or(1),
        day: u8::try_from(now.get_date()).unwrap_or(1),
    }
}

/// "Made on 22 May 2026. Look at it again by 22 November 2026, …"
#[component]
pub fn MadeOn(made: Date) -> impl IntoView {
    let text = &document_pages().preview;
    view! {
        <p class="cc-body-s cc-doc__dates">
            {fill(&text.made, "date", &made.to_string())}" "
            {fill(&text.review, "date", &review_date(made).to_string())}
        </p>
    }
}

/// Label and value pairs as a description list, leaving out blank values.
pub fn details(rows: Vec<(String, String)>) -> impl IntoView {
    let rows: Vec<_> = rows
        .into_iter()
        .filter(|(_, value)| !value.trim().is_empty())
        .collect();
    (!rows.is_empty()).then(|| {
        view! {
            <dl class="cc-doc__details">
                {rows
                    .into_iter()
                    .map(|(label, value)| view! {
                        <div class="cc-doc__row">
                            <dt class="cc-doc__key">{label}</dt>
                            <dd class="cc-doc__value">{value.trim().to_owned()}</dd>
                        </div>
                    })
                    .collect_view()}
            </dl>
        }
    })
}

/// A bulleted list, or nothing when it is empty.
pub fn bullets(items: Vec<String>) -> impl IntoView {
    (!items.is_empty()).then(|| {
        view! {
            <ul class="cc-list cc-list--bullet">
                {items.into_iter().map(|item| view! { <li>{item}</li> }).collect_view()}
            </ul>
        }
    })
}
