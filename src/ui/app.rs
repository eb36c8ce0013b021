//! The app shell: the store, the address bar, and the page for each step.

use leptos::prelude::*;

use super::browser;
use super::exit::{self, ExitButton};
use super::keeping::{self, StorageMessages};
use super::pages::{
    AboutExitPage, CheckAnswersPage, DeleteAnswersPage, NotFoundPage, QuestionPage, ResultPage,
    SharePage, StartPage, YourAnswersPage,
};
use super::pages::{
    AboutYouPage, DocumentPage, DocumentsPage, PlanCheckPage, PlanRemovePage, PlanSectionPage,
    PlansPage, TaskListPage, WellbeingAreaPage, WellbeingCheckPage, WellbeingGoesWellPage,
};
use super::store::Store;
use crate::content::directory::directory;
use crate::content::language;
use crate::content::site::site;
use crate::domain::answers::Answers;
use crate::domain::journey::{self, Route, Step};
use crate::domain::place;
use crate::storage;

#[component]
pub fn App() -> impl IntoView {
    let (loaded, kept) = storage::load();
    let mut answers: Answers = loaded.answers;
    let link_council = place::council_in_link(&browser::current_query());
    let start = place::start(
        &answers.council,
        link_council.as_deref(),
        browser::host_council().as_deref(),
        |id| directory().council(id).is_some(),
    );
    answers.council = start.council;
    let store = Store::new(answers, Route::from_hash(&browser::current_hash()));
    store.unknown_council.set(start.unknown);
    store.keep_on_device.set(loaded.kept_on_device);
    store.unreadable.set(loaded.unreadable);
    store.other.set(loaded.other);
    keeping::show_kept(store, kept);
    provide_context(store);
    follow_the_address_bar(store);
    keeping::keep_answers(store);
    exit::listen_for_shift(store);
    exit::listen_for_the_host(store);
    let app = NodeRef::<leptos::html::Div>::new();
    wear_the_council_colours(store, app);

    let site = site();
    let footer_labels = [&site.footer_exit, &site.footer_answers, &site.footer_share];
    let footer_links = journey::FOOTER
        .iter()
        .zip(footer_labels)
        .map(|(&step, label)| {
            view! { <li><a class="cc-link" href=Route::to(step).to_hash()>{label.clone()}</a></li> }
        })
        .collect_view();
    view! {
        <div class="cc-app" node_ref=app>
            <a class="cc-skip-link" href="#cc-main" on:click=skip_to_main>{site.skip_link.clone()}</a>
            <header class="cc-header">
                <div class="cc-width-container">
                    <span class="cc-header__service">{site.service_name.clone()}</span>
                </div>
            </header>
            <div class="cc-width-container">
                <ExitButton/>
                {main_area(view! {
                    {super::language::not_loaded().then(|| view! {
                        <div class="cc-notice cc-notice--warning" role="status"><p class="cc-body">{site.language_not_loaded.clone()}</p></div>
                    })}
                    {super::language::offer().map(|other| {
                        let tag = other.tag.as_str();
                        view! {
                            <p class="cc-body cc-language-offer cc-no-print">
                                <a class="cc-link" lang=tag dir=language::is_right_to_left(tag).then_some("rtl") hreflang=tag href=language_address(store, tag)>{other.offer.clone()}</a>
                            </p>
                        }
                    })}
                    {move || (store.route.get().step == Step::Start && !site.language_unreviewed.is_empty()).then(|| view! {
                        <div class="cc-notice" role="note">
                            <p class="cc-body">{site.language_unreviewed.clone()}" "
                                <a class="cc-link" href=format!("{}#/", language::switch_to(&browser::current_query(), language::ENGLISH))>{site.language_in_english.clone()}</a>
                            </p>
                        </div>
                    })}
                    <StorageMessages/>
                    {move || page(store.route.get())}
                })}
            </div>
            <footer class="cc-footer">
                <div class="cc-width-container">
                    <p class="cc-body-s">{site.footer_privacy.clone()}</p>
                    <ul class="cc-footer__links cc-no-print">{footer_links}</ul>
                    <p class="cc-body-s cc-footer__languages cc-no-print">{site.languages_label.clone()}" "{language_links(store)}</p>
                </div>
            </footer>
        </div>
    }
}

/// Every other language, each named in its own words, to the same page.
fn language_links(store: Store) -> impl IntoView {
    site()
        .languages
        .iter()
        .filter(|other| other.tag != super::language::on_screen())
        .map(|other| {
            let tag = other.tag.as_str();
            view! { <a class="cc-link" lang=tag hreflang=tag href=language_address(store, tag)>{other.name.clone()}</a>" " }
        })
        .collect_view()
}

/// This page's address in the language `tag`, following the step.
fn language_address(store: Store, tag: &'static str) -> impl Fn() -> String {
    move || {
        format!(
            "{}{}",
            language::switch_to(&browser::current_query(), tag),
            store.route.get().to_hash()
        )
    }
}

/// The page for each step. No catch-all arm: a new step without a page does
/// not compile.
fn page(route: Route) -> AnyView {
    match route.step {
        Step::Start => view! { <StartPage/> }.into_any(),
        Step::Question(question) => view! { <QuestionPage question=question/> }.into_any(),
        Step::CheckAnswers => view! { <CheckAnswersPage/> }.into_any(),
        Step::Result => view! { <ResultPage/> }.into_any(),
        Step::TaskList => view! { <TaskListPage/> }.into_any(),
        Step::AboutYou => view! { <AboutYouPage/> }.into_any(),
        Step::Wellbeing(area) => view! { <WellbeingAreaPage area=area/> }.into_any(),
        Step::WellbeingGoesWell => view! { <WellbeingGoesWellPage/> }.into_any(),
        Step::WellbeingCheck => view! { <WellbeingCheckPage/> }.into_any(),
        Step::Plans => view! { <PlansPage/> }.into_any(),
        Step::PlanPage(id, section) => {
            view! { <PlanSectionPage id=id section=section/> }.into_any()
        }
        Step::PlanCheck(id) => view! { <PlanCheckPage id=id/> }.into_any(),
        Step::PlanRemove(id) => view! { <PlanRemovePage id=id/> }.into_any(),
        Step::Documents => view! { <DocumentsPage/> }.into_any(),
        Step::Document(document) => view! { <DocumentPage document=document/> }.into_any(),
        Step::Share => view! { <SharePage/> }.into_any(),
        Step::YourAnswers => view! { <YourAnswersPage/> }.into_any(),
        Step::DeleteAnswers => view! { <DeleteAnswersPage/> }.into_any(),
        Step::AboutExit => view! { <AboutExitPage/> }.into_any(),
        Step::NotFound => view! { <NotFoundPage/> }.into_any(),
    }
}

/// The page's main landmark. Embedded in a council's page, which has its own
/// `<main>`, the app is a named region instead (a page may have one main).
fn main_area(content: impl IntoView + 'static) -> AnyView {
    if browser::is_standalone() {
        view! { <main class="cc-main" id="cc-main" tabindex="-1">{content}</main> }.into_any()
    } else {
        view! {
            <div class="cc-main" id="cc-main" tabindex="-1" role="region" aria-label=site().service_name.clone()>{content}</div>
        }
        .into_any()
    }
}

/// The skip link must not change the address: the address is the step.
fn skip_to_main(event: leptos::ev::MouseEvent) {
    event.prevent_default();
    browser::focus_now("#cc-main");
}

/// Back, forward, refresh and pasted links all arrive as a new address. Only
/// addresses of ours (`#/…`) move the app: a host page's own `#section`
/// links are left alone.
fn follow_the_address_bar(store: Store) {
    browser::listen("hashchange", move |_| {
        let hash = browser::current_hash();
        if Route::is_ours(&hash) {
            let route = Route::from_hash(&hash);
            if store.route.get_untracked() != route {
                store.route.set(route);
            }
        }
    });

    // On each step change (not the first page load) focus goes to the heading,
    // so keyboard and screen reader users start at the top of the new page.
    let first = StoredValue::new(true);
    crate::ui::effect::effect(move |_| {
        let route = store.route.get();
        // A notice belongs to one page.
        if store.notice_on.get_untracked() != route && store.notice.with_untracked(Option::is_some)
        {
            store.notice.set(None);
        }
        if first.get_value() {
            first.set_value(false);
        } else {
            browser::note_step_change();
            browser::focus_later("h1");
        }
    });
}

/// A council's colours, through the stylesheet's custom properties; the
/// national look when no preset is chosen. Each pair meets WCAG AA
/// (tests/directory.rs).
fn wear_the_council_colours(store: Store, app: NodeRef<leptos::html::Div>) {
    crate::ui::effect::effect(move |_| {
        let council = store.answers.with(|a| a.council.clone());
        let Some(element) = app.get() else {
            return;
        };
        let colours = directory().council(&council).map(|c| &c.colours);
        let style = web_sys::HtmlElement::style(&element);
        for (property, colour) in [
            ("--cc-brand", colours.map(|c| c.primary.as_str())),
            ("--cc-brand-text", colours.map(|c| c.on_primary.as_str())),
            ("--cc-link", colours.map(|c| c.link.as_str())),
            ("--cc-button", colours.map(|c| c.primary.as_str())),
            ("--cc-button-hover", colours.map(|c| c.link.as_str())),
            ("--cc-button-text", colours.map(|c| c.on_primary.as_str())),
            ("--cc-button-shadow", colours.map(|_| "#0b0c0c")),
            ("--cc-panel-bg", colours.map(|c| c.primary.as_str())),
            ("--cc-panel-text", colours.map(|c| c.on_primary.as_str())),
        ] {
            let _ = match colour {
                Some(colour) => style.set_property(property, colour),
                None => style.remove_property(property).map(drop),
            };
        }
    });
}
