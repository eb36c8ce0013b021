use leptos::prelude::*;

use super::plans::plan_not_found;
use crate::content::messages::messages;
use crate::content::plan_pages::plan_pages;
use crate::domain::journey::PlanSection;
use crate::domain::plan::{
    find_plan, find_plan_mut, plan_problems, section_items, EmergencyPlan, Item, ListKind,
    PlanField, Value,
};
use crate::ui::browser;
use crate::ui::keeping::save_draft;
use crate::ui::store::use_store;
use crate::ui::widgets::{
    BackLink, Choice, Choices, ErrorSummary, FieldError, PhoneField, RepeatList, TextField,
};

/// A field on the page. A row's field follows its row: when a row above it
/// is removed, it is the same field one row up. (Not a signal of its own:
/// each new signal type costs wasm.)
#[derive(Clone, Copy)]
struct FieldAt {
    field: PlanField,
    row: Option<Signal<usize>>,
}

impl FieldAt {
    fn fixed(field: PlanField) -> Self {
        FieldAt { field, row: None }
    }

    fn get(self) -> PlanField {
        self.row
            .map_or(self.field, |at| self.field.in_row(at.get()))
    }

    fn get_untracked(self) -> PlanField {
        self.row
            .map_or(self.field, |at| self.field.in_row(at.get_untracked()))
    }
}

/// What every field on the page needs: the draft it edits and the errors.
#[derive(Clone, Copy)]
struct Form {
    draft: RwSignal<EmergencyPlan>,
    errors: RwSignal<Vec<FieldError>>,
}

impl Form {
    /// The message for a field (a row's field follows its row as it moves).
    fn error(self, field: FieldAt) -> Signal<Option<String>> {
        Signal::derive(move || {
            let href = format!("#{}", field.get().key());
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
        draft: RwSignal::new(saved.with_starter_rows(section)),
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
        let plan = form.draft.get_untracked().tidied();
        let problems: Vec<FieldError> = plan_problems(&plan)
            .into_iter()
            .filter(|p| p.field.section() == section)
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
                .filter(|p| p.field.section() == section)
                .filter(|p| draft.asks(p.field))
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
    let shows = Memo::new(move |_| form.draft.with(EmergencyPlan::wander_details_asked));
    let details = move || {
        shows.get().then(|| {
            section_items(section)[1..]
                .iter()
                .map(|&item| item_view(form, item))
                .collect_view()
        })
    };
    view! { {question} <div class="cc-conditional">{details}</div> }.into_any()
}

fn section_items_views(form: Form, section: PlanSection) -> Vec<AnyView> {
    let items = section_items(section);
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
        Item::Text(field) => text_view(form, FieldAt::fixed(field), false, None),
        Item::Long(field) => text_view(form, FieldAt::fixed(field), true, None),
        Item::Phone(field) => phone_view(form, FieldAt::fixed(field)),
        Item::Flag(field) => {
            view! { <div class="cc-checkboxes cc-form-group">{flag_view(form, FieldAt::fixed(field))}</div> }
                .into_any()
        }
        Item::Choice(field) => choice_view(form, field),
        Item::List(kind) => list_view(form, kind),
    }
}

/// A text box. `label` replaces the field's own label (a hospital bag row
/// is labelled by its number).
fn text_view(
    form: Form,
    field: FieldAt,
    multiline: bool,
    label: Option<Signal<String>>,
) -> AnyView {
    let text = plan_pages().field(field.get_untracked());
    let label = label.unwrap_or_else(|| text.label.clone().into());
    let value = Signal::derive(move || {
        form.draft
            .with(|plan| plan.text(field.get()).unwrap_or_default().to_owned())
    });
    let on_input = Callback::new(move |typed: String| {
        form.draft.update(|plan| {
            plan.set(field.get_untracked(), Value::Text(typed));
        })
    });
    view! {
        <TextField id=Signal::derive(move || field.get().key()) label=label hint=text.hint.clone()
            value=value on_input=on_input error=form.error(field) multiline=multiline/>
    }
    .into_any()
}

fn phone_view(form: Form, field: FieldAt) -> AnyView {
    let text = plan_pages().field(field.get_untracked());
    view! {
        <PhoneField id=Signal::derive(move || field.get().key()) label=text.label.clone() hint=text.hint.clone()
            value=Signal::derive(move || form.draft.with(|plan| plan.phone(field.get()).cloned().unwrap_or_default()))
            on_change=Callback::new(move |phone| form.draft.update(|plan| {
                plan.set(field.get_untracked(), Value::Phone(phone));
            }))
            error=form.error(field)/>
    }
    .into_any()
}

fn flag_view(form: Form, field: FieldAt) -> AnyView {
    let id = Signal::derive(move || field.get().key());
    let label = plan_pages().field(field.get_untracked()).label.clone();
    view! {
        <div class="cc-checkboxes__item">
            <input class="cc-checkboxes__input" type="checkbox" id=id
                prop:checked=move || form.draft.with(|plan| plan.flag(field.get()))
                on:change=move |event| {
                    let on = event_target_checked(&event);
                    form.draft.update(|plan| {
                        plan.set(field.get_untracked(), Value::Flag(on));
                    });
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
        .with_untracked(|plan| plan.choice(field).map(String::from));
    let selected = RwSignal::new(current.into_iter().collect::<Vec<_>>());
    crate::ui::effect::effect(move |_| {
        let chosen = selected.get();
        form.draft.update(|plan| {
            plan.set(field, Value::Choice(chosen.first().cloned()));
        });
    });
    let options: Vec<Choice> = EmergencyPlan::choice_options(field)
        .into_iter()
        .map(|id| Choice {
            id: id.to_owned(),
            label: text.choice(id),
        })
        .collect();
    let heading = wording.label.clone();
    view! {
        <Choices name=field.single_key().unwrap_or_default() heading=Signal::derive(move || heading.clone())
            hint=wording.hint.clone() error=form.error(FieldAt::fixed(field))
            options=Signal::derive(move || options.clone()) many=false exclusive=None
            selected=selected not_the_heading=true/>
    }
    .into_any()
}

fn list_view(form: Form, kind: ListKind) -> AnyView {
    let text = plan_pages();
    let wording = text.section(kind.section());
    let noun = wording.list.clone().unwrap_or_default();
    let count = Memo::new(move |_| form.draft.with(|plan| plan.rows(kind)));
    let row = {
        let noun = noun.clone();
        Callback::new(move |at: Signal<usize>| row_view(form, kind, at, &noun))
    };
    let list = view! {
        <RepeatList id=kind.section().id() noun=noun count=count.into() row=row
            add_label=wording.add.clone().unwrap_or_default()
            on_add=Callback::new(move |()| form.draft.update(|plan| plan.add_row(kind)))
            on_remove=Callback::new(move |at| {
                form.draft.update(|plan| {
                    plan.remove_row(kind, at);
                });
                // Rows have moved up: old messages would point at the wrong row.
                form.errors.set(Vec::new());
            })
            first_field=Callback::new(move |at| kind.row_fields(at)[0].key())
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

/// One row of a list. `at` is the row's place, which changes when a row
/// above it is removed: its fields follow it.
fn row_view(form: Form, kind: ListKind, at: Signal<usize>, noun: &str) -> AnyView {
    let in_row = move |field: PlanField| FieldAt {
        field,
        row: Some(at),
    };
    if kind == ListKind::HospitalBag {
        let noun = noun.to_owned();
        let label = Signal::derive(move || format!("{noun} {}", at.get() + 1));
        return text_view(form, in_row(PlanField::HospitalBag(0)), false, Some(label));
    }
    let (ticks, boxes): (Vec<Item>, Vec<Item>) = kind
        .row_items(0)
        .into_iter()
        .partition(|item| matches!(item, Item::Flag(_)));
    let boxes = boxes
        .into_iter()
        .map(|item| match item {
            Item::Phone(field) => phone_view(form, in_row(field)),
            Item::Text(field) | Item::Long(field) => text_view(form, in_row(field), false, None),
            Item::Flag(field) => flag_view(form, in_row(field)),
            Item::Choice(_) | Item::List(_) => ().into_any(),
        })
        .collect_view();
    // Tick boxes about the row go together under one question.
    let ticks = (!ticks.is_empty()).then(|| {
        let legend = plan_pages()
            .fields
            .get("step-in-ticks")
            .map(|t| t.label.clone())
            .unwrap_or_default();
        let ticks = ticks
            .into_iter()
            .filter_map(|item| match item {
                Item::Flag(field) => Some(flag_view(form, in_row(field))),
                _ => None,
            })
            .collect_view();
        view! {
            <fieldset class="cc-fieldset cc-form-group">
                <legend class="cc-fieldset__legend cc-label">{legend}</legend>
                <div class="cc-checkboxes">{ticks}</div>
            </fieldset>
        }
    });
    view! { {boxes} {ticks} }.into_any()
}
