use leptos::prelude::*;

use crate::content::site::site;
use crate::ui::browser;

/// One problem on the page: what to fix, and where.
#[derive(Clone, Debug, PartialEq)]
pub struct FieldError {
    /// `#field-id` to focus a field on this page, or `#/…` to go to a step.
    pub href: String,
    pub message: String,
}

/// The GOV.UK error summary. It takes focus when it appears, so the carer
/// hears what went wrong; each link goes to the field to fix.
#[component]
pub fn ErrorSummary(#[prop(into)] errors: Signal<Vec<FieldError>>) -> impl IntoView {
    crate::ui::effect::effect(move |_| {
        if !errors.with(Vec::is_empty) {
            browser::focus_later(".cc-error-summary");
        }
    });
    move || {
        let errors = errors.get();
        (!errors.is_empty()).then(|| {
            view! {
                <div class="cc-error-summary" tabindex="-1">
                    <div role="alert">
                        <h2 class="cc-error-summary__title">{site().error_summary_title.clone()}</h2>
                        <ul class="cc-list cc-error-summary__list">
                            {errors.into_iter().map(error_link).collect_view()}
                        </ul>
                    </div>
                </div>
            }
        })
    }
}

fn error_link(error: FieldError) -> impl IntoView {
    let field = error.href.strip_prefix('#').unwrap_or_default().to_owned();
    let is_step = field.starts_with('/');
    let on_click = move |event: leptos::ev::MouseEvent| {
        // A field link must not change the address: the address is the step.
        if !is_step {
            event.prevent_default();
            browser::focus_field(&field);
        }
    };
    view! {
        <li><a href=error.href on:click=on_click>{error.message}</a></li>
    }
}
