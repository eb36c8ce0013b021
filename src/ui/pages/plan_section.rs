use leptos::prelude::*;

use super::plans::plan_not_found;
use crate::content::messages::messages;
use crate::content::plan_pages::plan_pages;
use crate::domain::journey::PlanSection;
use crate::domain::plan::{
    find_plan, find_plan_mut, plan_problems, EmergencyPlan, PlanField, StepInField,
};
use crate::ui::browser;
use crate::ui::keeping::save_draft;
use crate::ui::store::use_store;
use crate::ui::widgets::plan_fields::{self as fields, Item, ListKind};
use crate::ui::widgets::{
    BackLink, Choice, Choices, ErrorSummary, FieldError, PhoneField, RepeatList, TextField,
};

/// What every field on the page needs: the draft it edits and the errors.
#[derive(Clone, Copy)]
struct Form {
    draft: RwSignal<EmergencyPlan>,
    errors: RwSignal<Vec<FieldError>>,
}

impl Form {
    fn error(self, field: PlanField) -> Signal<Option<String>> {
        let href = format!("#{}", field.key());
        Signal::derive(move || {
            self.errors.with(|all| {
                all.iter()
                    .find(|e| e.href == href)
                    .map(|e| e.message.clone())
            })
        })
    }
}

/// One page of an emergency plan. Typing changes a draft; "Save and
/// continue" checks this page's fields and stores the draft only when
/// nothing needs fixing, so nothing typed is ever lost.
#[component]
pub fn PlanSectionPage(id: u32, section: PlanSection) -> impl IntoView {
    let store = use_store();
    let Some(saved) = store
        .answers
        .with_untracked(|a| find_plan(&a.plans, id).cloned())
    else {
        return plan_not_found();
    };
    let text = plan_pages();
    let title: &'static str = &text.section(section).title;
    let caption = text.caption_for(saved.first_name());
    let start = StoredValue::new(saved.clone());
    let form = Form {
        draft: RwSignal::new(fields::with_starter_rows(saved, section)),
        errors: RwSignal::new(Vec::new()),
    };
    crate::ui::effect::effect(move |_| {
        browser::set_title(title, form.errors.with(|e| !e.is_empty()))
    });
    let position = PlanSection::ALL
        .iter()
        .position(|&s| s == section)
        .unwrap_or(0);
    let page_of = text
        .page_of
        .replace("{n}", &(position + 1).to_string())
        .replace("{total}", &PlanSection::ALL.len().to_string());

    let on_submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let plan = fields::tidy(form.draft.get_untracked());
        let problems: Vec<FieldError> = plan_problems(&plan)
            .into_iter()
            .filter(|p| fields::section_of(p.field) == section)
            .map(|p| FieldError {
                href: format!("#{}", p.field.key()),
                message: messages().problem(&p),
            })
            .collect();
        if problems.is_empty() {
            start.with_value(|start| {
                save_draft(store, start, plan, |answers| {
                    find_plan_mut(&mut answers.plans, id)
                })
            });
            store.go_next();
        } else {
            // Problems are found in the tidied plan, whose rows can differ
            // from the draft's; check the draft itself so links match.
            let draft = form.draft.get_untracked();
            let problems = plan_problems(&draft)
                .into_iter()
                .filter(|p| fields::section_of(p.field) == section)
                .filter(|p| fields::is_shown(&draft, p.field))
                .map(|p| FieldError {
                    href: format!("#{}", p.field.key()),
                    message: messages().problem(&p),
                })
                .collect();
            form.errors.set(problems);
        }
    };

    let section_text = text.section(section);
    let items = render_items(form, section);
    view! {
        <BackLink/>
        <ErrorSummary errors=form.errors/>
        <span class="cc-caption">{format!("{caption} – {page_of}")}</span>
        <h1 class="cc-heading-l" tabindex="-1">{title}</h1>
        <p class="cc-body">{section_text.intro.clone()}</p>
        <form class="cc-form" novalidate on:submit=on_submit>
            {items}
            <button type="submit" class="cc-button">{text.save_and_continue.clone()}</button>
        </form>
    }
    .into_any()
}

fn render_items(form: Form, section: PlanSection) -> AnyView {
    let items = section_items_views(form, section);
    if section != PlanSection::Wandering {
        return items.into_iter().collect_view().into_any();
    }
    // The first item asks if they may wander; the rest show only if so.
    let mut items = items.into_iter();
    let question = items.next();
    let shows = Memo::new(move |_| form.draft.with(fields::shows_wander_details));
    let details = move || {
        shows.get().then(|| {
            fields::section_items(section)[1..]
                .iter()
                .map(|&item| item_view(form, item))
                .collect_view()
        })
    };
    view! { {question} <div class="cc-conditional">{details}</div> }.into_any()
}

fn section_items_views(form: Form, section: PlanSection) -> Vec<AnyView> {
    let items = fields::section_items(section);
    let take = if section == PlanSection::Wandering {
        1
    } else {
        items.len()
    };
    items[..take]
        .iter()
        .map(|&item| item_view(form, item))
        .collect()
}

fn item_view(form: Form, item: Item) -> AnyView {
    match item {
        Item::Text(field) => text_view(form, field, false),
        Item::Long(field) => text_view(form, field, true),
        Item::Phone(field) => phone_view(form, field),
        Item::Flag(field) => {
            view! { <div class="cc-checkboxes cc-form-group">{flag_view(form, field)}</div> }
                .into_any()
        }
        Item::Choice(field) => choice_view(form, field),
        Item::List(kind) => list_view(form, kind),
    }
}

fn text_view(form: Form, field: PlanField, multiline: bool) -> AnyView {
    text_view_labelled(form, field, multiline, None)
}

fn text_view_labelled(
    form: Form,
    field: PlanField,
    multiline: bool,
    label: Option<String>,
) -> AnyView {
    let text = plan_pages().field(field);
    let value = Signal::derive(move || form.draft.with(|plan| fields::text(plan, field)));
    let on_input = Callback::new(move |typed: String| {
        form.draft.update(|plan| {
            if let Some(slot) = fields::text_mut(plan, field) {
                *slot = typed;
            }
        })
    });
    view! {
        <TextField id=field.key() label=label.unwrap_or_else(|| text.label.clone()) hint=text.hint.clone()
            value=value on_input=on_input error=form.error(field) multiline=multiline/>
    }
    .into_any()
}

fn phone_view(form: Form, field: PlanField) -> AnyView {
    let text = plan_pages().field(field);
    view! {
        <PhoneField id=field.key() label=text.label.clone() hint=text.hint.clone()
            value=Signal::derive(move || form.draft.with(|plan| fields::phone(plan, field)))
            on_change=Callback::new(move |phone| form.draft.update(|plan| {
                if let Some(slot) = fields::phone_mut(plan, field) {
                    *slot = phone;
                }
            }))
            error=form.error(field)/>
    }
    .into_any()
}

fn flag_view(form: Form, field: PlanField) -> AnyView {
    let id = field.key();
    let label = plan_pages().field(field).label.clone();
    view! {
        <div class="cc-checkboxes__item">
            <input class="cc-checkboxes__input" type="checkbox" id=id.clone()
                prop:checked=move || form.draft.with(|plan| fields::flag(plan, field))
                on:change=move |event| {
                    let on = event_target_checked(&event);
                    form.draft.update(|plan| fields::set_flag(plan, field, on));
                }/>
            <label class="cc-label cc-checkboxes__label" for=id>{label}</label>
        </div>
    }
    .into_any()
}

fn choice_view(form: Form, field: PlanField) -> AnyView {
    let text = plan_pages();
    let wording = text.field(field);
    let current = form
        .draft
        .with_untracked(|plan| fields::choice(plan, field).map(String::from));
    let selected = RwSignal::new(current.into_iter().collect::<Vec<_>>());
    crate::ui::effect::effect(move |_| {
        let chosen = selected.get();
        form.draft
            .update(|plan| fields::set_choice(plan, field, chosen.first().map(String::as_str)));
    });
    let options: Vec<Choice> = fields::choice_options(field)
        .into_iter()
        .map(|id| Choice {
            id: id.to_owned(),
            label: text.choice(id),
        })
        .collect();
    let heading = wording.label.clone();
    view! {
        <Choices name=fields::choice_name(field) heading=Signal::derive(move || heading.clone())
            hint=wording.hint.clone() error=form.error(field)
            options=Signal::derive(move || options.clone()) many=false exclusive=None
            selected=selected not_the_heading=true/>
    }
    .into_any()
}

fn list_view(form: Form, kind: ListKind) -> AnyView {
    let text = plan_pages();
    let section = match kind {
        ListKind::Medicines => PlanSection::Medicines,
        ListKind::Professionals => PlanSection::Professionals,
        ListKind::StepIn => PlanSection::SteppingIn,
        ListKind::HospitalBag => PlanSection::HospitalBag,
    };
    let wording = text.section(section);
    let noun = wording.list.clone().unwrap_or_default();
    let count = Memo::new(move |_| form.draft.with(|plan| fields::list_len(plan, kind)));
    let row = {
        let noun = noun.clone();
        Callback::new(move |at: usize| row_view(form, kind, at, &noun))
    };
    let list = view! {
        <RepeatList id=section.id() noun=noun count=count.into() row=row
            add_label=wording.add.clone().unwrap_or_default()
            on_add=Callback::new(move |()| form.draft.update(|plan| fields::add_row(plan, kind)))
            on_remove=Callback::new(move |at| {
                form.draft.update(|plan| fields::remove_row(plan, kind, at));
                // Rows have moved up: old messages would point at the wrong row.
                form.errors.set(Vec::new());
            })
            first_field=Callback::new(move |at| fields::row_fields(kind, at)[0].key())
            plain=kind == ListKind::HospitalBag/>
    };
    match (kind, &wording.suggested) {
        (ListKind::HospitalBag, Some(suggested)) => view! {
            <div class="cc-form-group">
                <p class="cc-hint" id="hospital-bag-suggested-hint">{wording.suggested_hint.clone()}</p>
                <button type="button" class="cc-button cc-button--secondary" aria-describedby="hospital-bag-suggested-hint"
                    on:click=move |_| form.draft.update(|plan| { plan.add_suggested_hospital_bag(&plan_pages().hospital_bag_suggested); })>
                    {suggested.clone()}
                </button>
            </div>
            {list}
        }
        .into_any(),
        _ => list.into_any(),
    }
}

fn row_view(form: Form, kind: ListKind, at: usize, noun: &str) -> AnyView {
    match kind {
        ListKind::HospitalBag => {
            let label = format!("{noun} {}", at + 1);
            text_view_labelled(form, PlanField::HospitalBag(at), false, Some(label))
        }
        ListKind::StepIn => {
            let ticks = [
                StepInField::AgreedToBeContacted,
                StepInField::HasKey,
                StepInField::CanProvideCare,
            ]
            .map(|f| flag_view(form, PlanField::StepIn(at, f)));
            let legend = plan_pages()
                .fields
                .get("step-in-ticks")
                .map(|t| t.label.clone())
                .unwrap_or_default();
            view! {
                {text_view(form, PlanField::StepIn(at, StepInField::Name), false)}
                {text_view(form, PlanField::StepIn(at, StepInField::Relationship), false)}
                {phone_view(form, PlanField::StepIn(at, StepInField::Phone))}
                <fieldset class="cc-fieldset cc-form-group">
                    <legend class="cc-fieldset__legend cc-label">{legend}</legend>
                    <div class="cc-checkboxes">{ticks.into_iter().collect_view()}</div>
                </fieldset>
            }
            .into_any()
        }
        _ => fields::row_fields(kind, at)
            .into_iter()
            .map(|field| match field {
                PlanField::Professional(_, crate::domain::plan::ProfessionalField::Phone) => {
                    phone_view(form, field)
                }
                _ => text_view(form, field, false),
            })
            .collect_view()
            .into_any(),
    }
}
