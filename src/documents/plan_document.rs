use super::tree::{bullets, details, element, paragraph, section, with_text, Node};
use crate::content::document_pages::{document_pages, fill};
use crate::content::messages::messages;
use crate::content::plan_pages::plan_pages;
use crate::domain::checks::printable_plan;
use crate::domain::journey::PlanSection;
use crate::domain::plan::{section_items, EmergencyPlan, Item, ListKind, PlanField, Value};

/// The emergency plan on A4: everything from part 3, laid out for someone
/// stepping in at short notice. It follows the plan's pages and what each
/// asks (`section_items`), with the printed headings and labels of
/// plan_pages.toml, so a new page prints with no change here. Blank answers
/// are left out, and so is a page with nothing on it.
pub fn emergency_plan(plan: EmergencyPlan) -> Vec<Node> {
    // Never a key safe code or a number that does not work, whatever is in
    // memory: the same checks as the form (`domain::checks`).
    let plan = printable_plan(&plan);
    let first = plan.first_name().unwrap_or_default();
    let mut document = vec![with_text(
        "p",
        "cc-body cc-doc__notice",
        fill(&document_pages().plan.intro, "name", first),
    )];
    for &page in PlanSection::ALL {
        let text = plan_pages().section(page);
        let heading = text.printed.as_ref().unwrap_or(&text.title);
        document.extend(section(fill(heading, "name", first), body(&plan, page)));
    }
    document
}

/// What one page of the plan prints: its answers as label and value rows,
/// and each list in its place.
fn body(plan: &EmergencyPlan, page: PlanSection) -> Vec<Node> {
    let items = section_items(page);
    // A tick box on a page with a list says "none" for it (no medicines).
    let none = items.iter().find_map(|&item| match item {
        Item::Flag(field) => Some(field),
        _ => None,
    });
    let mut nodes = Vec::new();
    let mut rows = Vec::new();
    for &item in items {
        match item {
            Item::Text(field) | Item::Long(field) | Item::Phone(field) | Item::Choice(field) => {
                if plan.asks(field) {
                    rows.push((label(field), answer(plan, field)));
                }
            }
            Item::Flag(_) => {}
            Item::List(kind) => {
                nodes.extend(details(std::mem::take(&mut rows)));
                nodes.extend(list(plan, kind, none));
            }
        }
    }
    nodes.extend(details(rows));
    nodes
}

/// The label a field is printed with: its printed label, or the form's.
fn label(field: PlanField) -> String {
    let text = plan_pages().field(field);
    text.printed.as_ref().unwrap_or(&text.label).clone()
}

/// A field's answer as printed; blank when there is none. A tick box
/// that is ticked prints its label.
fn answer(plan: &EmergencyPlan, field: PlanField) -> String {
    if field == PlanField::DateOfBirth {
        if let Some(date) = plan.date_of_birth() {
            return messages().date(date);
        }
    }
    match plan.value(field) {
        Some(Value::Text(text)) => text.trim().to_owned(),
        Some(Value::Phone(phone)) => phone.display(),
        Some(Value::Flag(true)) => label(field),
        Some(Value::Choice(Some(id))) => plan_pages().choice(&id),
        Some(Value::Flag(false) | Value::Choice(None)) | None => String::new(),
    }
}

/// A repeatable list: the rows with anything in them, as bullets (rows of
/// one field), one line per row named by its first field (rows with tick
/// boxes) or a table. With no rows, what the page's tick box says, if it
/// has one, or that nothing is written yet.
fn list(plan: &EmergencyPlan, kind: ListKind, none: Option<PlanField>) -> Option<Node> {
    let rows: Vec<Vec<String>> = (0..plan.rows(kind))
        .map(|at| {
            kind.row_fields(at)
                .into_iter()
                .map(|field| answer(plan, field))
                .collect::<Vec<_>>()
        })
        .filter(|row| row.iter().any(|cell| !cell.is_empty()))
        .collect();
    if rows.is_empty() {
        return none.map(|field| match answer(plan, field) {
            ticked if !ticked.is_empty() => paragraph(ticked),
            _ => paragraph(document_pages().plan.nothing_yet.clone()),
        });
    }
    let fields = kind.row_fields(0);
    if fields.len() == 1 {
        return bullets(rows.into_iter().flatten().collect());
    }
    let ticks = kind.row_items(0);
    if ticks.iter().any(|item| matches!(item, Item::Flag(_))) {
        return details(
            rows.into_iter()
                .map(|mut row| {
                    let name = row.remove(0);
                    row.retain(|cell| !cell.is_empty());
                    (name, row.join(". "))
                })
                .collect(),
        );
    }
    let headings = fields
        .into_iter()
        .map(|field| with_text("th", "", label(field)).with("scope", "col"))
        .collect();
    let rows = rows
        .into_iter()
        .map(|row| {
            element(
                "tr",
                "",
                row.into_iter()
                    .map(|cell| with_text("td", "", cell))
                    .collect(),
            )
        })
        .collect();
    Some(element(
        "table",
        "cc-doc__table",
        vec![
            element("thead", "", vec![element("tr", "", headings)]),
            element("tbody", "", rows),
        ],
    ))
}
