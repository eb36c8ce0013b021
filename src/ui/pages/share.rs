use leptos::prelude::*;

use crate::content::directory::directory;
use crate::content::site::site;
use crate::domain::place::share_link;
use crate::qr_code;
use crate::ui::browser;
use crate::ui::widgets::{BackLink, CouncilChoice};

/// For GP receptionists and other staff: the link for their area, a button
/// to copy it, its QR code, and cards to print and hand out.
#[component]
pub fn SharePage() -> impl IntoView {
    let text = &site().share;
    browser::set_title(&text.title, false);
    // The professional's area, not the carer's: kept on this page only.
    let selected = RwSignal::new(Vec::<String>::new());
    let page = StoredValue::new(browser::page_address());
    let link = move || {
        selected.with(|ids| {
            let id = ids.first().map_or("", String::as_str);
            let preset = directory().council(id).map(|c| c.id.as_str());
            page.with_value(|page| share_link(page, preset))
        })
    };
    // Which link was copied, and whether the browser allowed it: the message
    // is about that link only, so it goes when another area is chosen.
    let copied = RwSignal::new(None::<(String, bool)>);

    let copy = move |_| {
        let shown = link();
        let done = browser::copy_text(&shown);
        leptos::task::spawn_local(async move { copied.set(Some((shown, done.await))) });
    };
    let status = move || match copied.get() {
        Some((shown, true)) if shown == link() => text.copied.clone(),
        Some((shown, false)) if shown == link() => text.copy_failed.clone(),
        _ => String::new(),
    };
    let print = move |_| {
        let _ = window().print();
    };
    let council_name = move || {
        selected.with(|ids| {
            ids.first()
                .and_then(|id| directory().council(id))
                .map(|c| c.name.clone())
        })
    };
    let card = move || {
        view! {
            <div class="cc-handout__card">
                {qr_code(link, &text.qr_label)}
                <div>
                    <p class="cc-heading-m">{text.card_text.clone()}</p>
                    <p class="cc-body cc-handout__link">{link}</p>
                    <p class="cc-body-s">{council_name}</p>
                </div>
            </div>
        }
    };

    view! {
        <div class="cc-no-print">
            <BackLink/>
            <h1 class="cc-heading-l" tabindex="-1">{text.title.clone()}</h1>
            <p class="cc-body-l">{text.lead.clone()}</p>
            <CouncilChoice name="share-council" heading=text.council.clone() hint=text.council_hint.clone() selected=selected/>
            <h2 class="cc-heading-m">{text.link_title.clone()}</h2>
            <div class="cc-form-group">
                <label class="cc-label" for="share-link">{text.link_label.clone()}</label>
                <input class="cc-input" id="share-link" type="url" readonly prop:value=link/>
            </div>
            <button type="button" class="cc-button cc-button--secondary" on:click=copy>{text.copy.clone()}</button>
            <p class="cc-body" role="status">{status}</p>
            <h2 class="cc-heading-m">{text.qr_title.clone()}</h2>
            <p class="cc-hint">{text.qr_hint.clone()}</p>
            <div class="cc-qr-preview">{qr_code(link, &text.qr_label)}</div>
            <p class="cc-body">{text.no_data.clone()}</p>
            <h2 class="cc-heading-m">{text.print_title.clone()}</h2>
            <p class="cc-body">{text.print_hint.clone()}</p>
            <button type="button" class="cc-button" on:click=print>{text.print_button.clone()}</button>
        </div>
        <div class="cc-handout">{card()}{card()}</div>
    }
}

/// The link as a QR code, drawn as one SVG path (no image file, no network).
/// A link too long for a code that scans at card size gets none: the link is
/// still shown as text beside it.
fn qr_code(
    link: impl Fn() -> String + Copy + Send + Sync + 'static,
    label: &'static str,
) -> impl IntoView {
    move || {
        qr_code::encode(&link()).map(|code| {
            let size = code.view_box_size();
            view! {
                <svg class="cc-qr" role="img" aria-label=label viewBox=format!("0 0 {size} {size}") xmlns="http://www.w3.org/2000/svg">
                    <rect width="100%" height="100%" fill="#ffffff"/>
                    <path fill="#000000" d=code.svg_path()/>
                </svg>
            }
        })
    }
}
