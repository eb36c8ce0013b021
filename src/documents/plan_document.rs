use super::tree::{bullets, details, element, paragraph, section, with_text, Node};
use crate::content::document_pages::{document_pages, fill};
use crate::content::messages::messages;
use crate::domain::checks::printable_plan;
use crate::domain::plan::{EmergencyPlan, PowerOfAttorney};

/// The emergency plan on A4: everything from part 3, laid out for someone
/// stepping in at short notice. Blank answers are left out.
pub fn emergency_plan(plan: EmergencyPlan) -> Vec<Node> {
    // Never a key safe code or a number that does not work, whatever is in
    // memory: the same checks as the form (`domain::checks`).
    let plan = printable_plan(&plan);
    let t = &document_pages().plan;
    let first = plan.first_name().unwrap_or_default().to_owned();
    let row = |label: &String, value: &str| (label.clone(), value.to_owned());
    let choice = |label: &String, answer: Option<crate::domain::plan::YesNoNotSure>| {
        (
            label.clone(),
            answer.map(|a| t.yes_no(a).to_owned()).unwrap_or_default(),
        )
    };

    let about = details(vec![
        row(&t.full_name, &plan.name),
        row(
            &t.date_of_birth,
            &plan
                .date_of_birth()
                .map(|d| messages().date(d))
                .unwrap_or_else(|| plan.date_of_birth.clone()),
        ),
        row(&t.address, &plan.address),
        row(&t.conditions, &plan.conditions),
        row(&t.allergies, &plan.allergies),
    ]);

    let medicines: Vec<Node> = plan
        .medicines
        .iter()
        .filter(|m| !m.name.trim().is_empty())
        .map(|m| {
            let cells = [&m.name, &m.dose, &m.when, &m.where_kept]
                .into_iter()
                .map(|cell| with_text("td", "", cell.trim()))
                .collect();
            element("tr", "", cells)
        })
        .collect();
    let medicines = if plan.takes_no_medicines && medicines.is_empty() {
        paragraph(t.no_medicines.clone())
    } else if medicines.is_empty() {
        paragraph(t.nothing_yet.clone())
    } else {
        let headings = [&t.medicine, &t.dose, &t.when, &t.where_kept]
            .into_iter()
            .map(|heading| with_text("th", "", heading.clone()).with("scope", "col"))
            .collect();
        element(
            "table",
            "cc-doc__table",
            vec![
                element("thead", "", vec![element("tr", "", headings)]),
                element("tbody", "", medicines),
            ],
        )
    };
    let contact = |c: &crate::domain::plan::Contact| {
        [c.name.trim().to_owned(), c.phone.display()]
            .into_iter()
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join(", ")
    };
    let mut professionals = vec![(t.gp.clone(), contact(&plan.gp))];
    for p in &plan.professionals {
        let who = [p.name.trim().to_owned(), p.phone.display()]
            .into_iter()
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join(", ");
        professionals.push((p.role.trim().to_owned(), who));
    }

    let mut sections: Vec<(String, Vec<(String, String)>)> = vec![
        (t.professionals.clone(), professionals),
        (
            t.needs.clone(),
            vec![
                row(&t.communication, &plan.communication),
                row(&t.mobility, &plan.mobility),
                row(&t.continence, &plan.continence),
                row(&t.eating, &plan.eating),
                row(&t.equipment, &plan.equipment),
            ],
        ),
        (
            t.routine.clone(),
            vec![
                row(&t.daily_routine, &plan.daily_routine),
                row(&t.calms, &plan.calms),
                row(&t.upsets, &plan.upsets),
                row(
                    &t.left_alone,
                    plan.left_alone
                        .map(|a| t.left_alone_label(a))
                        .unwrap_or_default(),
                ),
            ],
        ),
        (
            t.wandering.clone(),
            vec![
                choice(&t.may_wander, plan.may_wander),
                row(&t.height, &plan.description.height),
                row(&t.build, &plan.description.build),
                row(&t.hair, &plan.description.hair),
                row(&t.usual_clothes, &plan.description.usual_clothes),
                row(
                    &t.distinguishing_features,
                    &plan.description.distinguishing_features,
                ),
                row(&t.habits, &plan.habits),
                row(&t.places_they_go, &plan.places_they_go),
            ],
        ),
    ];
    let people: Vec<(String, String)> = plan
        .step_in
        .iter()
        .filter(|p| !p.name.trim().is_empty())
        .map(|p| {
            let mut facts = vec![p.relationship.trim().to_owned(), p.phone.display()];
            for (yes, label) in [
                (p.agreed_to_be_contacted, &t.agreed),
                (p.has_key, &t.has_key),
                (p.can_provide_care, &t.can_care),
            ] {
                if yes {
                    facts.push(label.clone());
                }
            }
            facts.retain(|f| !f.is_empty());
            (p.name.trim().to_owned(), facts.join(". "))
        })
        .collect();
    sections.push((t.step_in.clone(), people));
    let lpa = |label: &String, lpa: &PowerOfAttorney| {
        let mut value = lpa
            .in_place
            .map(|a| t.yes_no(a).to_owned())
            .unwrap_or_default();
        if !lpa.held_by.trim().is_empty() {
            value = format!("{value}, {} {}", t.held_by, lpa.held_by.trim());
        }
        (label.clone(), value)
    };
    let mut acp = plan
        .advance_care_plan
        .in_place
        .map(|a| t.yes_no(a).to_owned())
        .unwrap_or_default();
    if !plan.advance_care_plan.kept_where.trim().is_empty() {
        acp = format!(
            "{acp}, {} {}",
            t.kept_where,
            plan.advance_care_plan.kept_where.trim()
        );
    }
    sections.push((
        t.home.clone(),
        vec![
            row(&t.key_holders, &plan.key_holders),
            row(&t.pets, &plan.pets),
            row(&t.documents_kept, &plan.documents_kept),
        ],
    ));
    sections.push((
        t.legal.clone(),
        vec![
            lpa(&t.lpa_health, &plan.lpa_health),
            lpa(&t.lpa_property, &plan.lpa_property),
            (t.advance_care_plan.clone(), acp),
        ],
    ));
    let bag: Vec<String> = plan
        .hospital_bag
        .iter()
        .map(|item| item.trim().to_owned())
        .filter(|item| !item.is_empty())
        .collect();

    let mut document = vec![with_text(
        "p",
        "cc-body cc-doc__notice",
        fill(&t.intro, "name", &first),
    )];
    document.extend(section(
        fill(&t.about, "name", &first),
        about.into_iter().collect(),
    ));
    let mut medicine_part = vec![medicines];
    medicine_part.extend(details(vec![
        row(&t.medicines_kept, &plan.medicines_kept),
        (t.pharmacy.clone(), contact(&plan.pharmacy)),
    ]));
    document.extend(section(t.medicines.clone(), medicine_part));
    for (title, rows) in sections {
        document.extend(section(title, details(rows).into_iter().collect()));
    }
    document.extend(section(
        t.hospital_bag.clone(),
        bullets(bag).into_iter().collect(),
    ));
    document
}
