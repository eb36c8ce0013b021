use leptos::prelude::*;

use crate::content::messages::messages;
use crate::content::site::site;
use crate::domain::from_answers::has_employer;
use crate::domain::plan::{about_you_problems, AboutYouField};
use crate::ui::browser;
use crate::ui::keeping::save_draft;
use crate::ui::store::use_store;
use crate::ui::widgets::{BackLink, ErrorSummary, FieldError, PhoneField, TextField};

/// The carer's own details. Typing changes a draft; "Save and continue"
/// stores it only when nothing needs fixing, so nothing typed is lost.
#[component]
pub fn AboutYouPage() -> impl IntoView {
    let store = use_store();
    let text = &site().about_you;
    let start = StoredValue::new(store.answers.with_untracked(|a| a.about_you.clone()));
    let draft = RwSignal::new(start.get_value());
    // Who their employer is is asked only of employees (the letter to an
    // employer is only for them). A name typed before stays in the answers.
    let employee = store.answers.with_untracked(has_employer);
    let errors = RwSignal::new(Vec::<FieldError>::new());
    crate::ui::effect::effect(move |_| {
        browser::set_title(&text.title, errors.with(|e| !e.is_empty()))
    });
    let error_for = move |field: AboutYouField| {
        Signal::derive(move || {
            let href = format!("#{}", field.id());
            errors.with(|all| {
                all.iter()
                    .find(|e| e.href == href)
                    .map(|e| e.message.clone())
            })
        })
    };
    let text_field = move |field: AboutYouField,
                           label: &String,
                           hint: Option<&String>,
                           multiline: bool| {
        let get = move |about: &crate::domain::plan::AboutYou| -> String {
            match field {
                AboutYouField::Name => about.name.clone(),
                AboutYouField::Address => about.address.clone(),
                AboutYouField::GpPractice => about.gp_practice.clone(),
                _ => about.employer.clone(),
            }
        };
        let on_input = Callback::new(move |value: String| {
            draft.update(|about| match field {
                AboutYouField::Name => about.name = value,
                AboutYouField::Address => about.address = value,
                AboutYouField::GpPractice => about.gp_practice = value,
                _ => about.employer = value,
            })
        });
        view! {
            <TextField id=field.id().to_owned() label=label.clone() hint=hint.cloned()
                value=Signal::derive(move || draft.with(get)) on_input=on_input error=error_for(field)
                multiline=multiline/>
        }
    };

    let on_submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let about = draft.get_untracked();
        let problems: Vec<FieldError> = about_you_problems(&about)
            .into_iter()
            .map(|p| FieldError {
                href: format!("#{}", p.field.id()),
                message: messages().problem(&p),
            })
            .collect();
        if problems.is_empty() {
            start.with_value(|start| {
                save_draft(store, start, about, |answers| Some(&mut answers.about_you))
            });
            errors.set(vec![]);
            store.go_next();
        } else {
            errors.set(problems);
        }
    };

    view! {
        <BackLink/>
        <ErrorSummary errors=errors/>
        <h1 class="cc-heading-l" tabindex="-1">{text.title.clone()}</h1>
        <p class="cc-body">{text.intro.clone()}</p>
        <form class="cc-form" novalidate on:submit=on_submit>
            {text_field(AboutYouField::Name, &text.name, None, false)}
            <PhoneField id=AboutYouField::Phone.id().to_owned() label=text.phone.clone() hint=Some(text.phone_hint.clone())
                value=Signal::derive(move || draft.with(|a| a.phone.clone()))
                on_change=Callback::new(move |phone| draft.update(|a| a.phone = phone))
                error=error_for(AboutYouField::Phone)/>
            {text_field(AboutYouField::Address, &text.address, None, true)}
            {text_field(AboutYouField::GpPractice, &text.gp_practice, Some(&text.gp_practice_hint), false)}
            {employee.then(|| text_field(AboutYouField::Employer, &text.employer, Some(&text.employer_hint), false))}
            <button type="submit" class="cc-button">{site().save_and_continue.clone()}</button>
        </form>
    }
}
