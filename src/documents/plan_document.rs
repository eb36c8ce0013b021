use leptos::prelude::*;

use super::{bullets, details};
use crate::content::document_pages::{document_pages, fill};
use crate::domain::plan::{EmergencyPlan, PowerOfAttorney};

/// The emergency plan on A4: everything from part 3, laid out for someone
/// stepping in at short notice. Blank answers are left out.
#[component]
pub fn PlanDocument(plan: EmergencyPlan) -> impl IntoView {
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
                .map(|d| d.to_string())
                .unwrap_or_else(|| plan.date_of_birth.clone()),
        ),
        row(&t.address, &plan.address),
        row(&t.conditions, &plan.conditions),
        row(&t.allergies, &plan.allergies),
    ]);

    let medicines: Vec<_> = plan
        .medicines
        .iter()
        .filter(|m| !m.name.trim().is_empty())
        .map(|m| {
            view! {
                <tr>
                    <td>{m.name.trim().to_owned()}</td>
                    <td>{m.dose.trim().to_owned()}</td>
                    <td>{m.when.trim().to_owned()}</td>
                    <td>{m.where_kept.trim().to_owned()}</td>
                </tr>
            }
        })
        .collect();
    let medicines = if plan.takes_no_medicines && medicines.is_empty() {
        view! { <p class="cc-body">{t.no_medicines.clone()}</p> }.into_any()
    } else if medicines.is_empty() {
        view! { <p class="cc-body">{t.nothing_yet.clone()}</p> }.into_any()
    } else {
        view! {
            <table class="cc-doc__table">
                <thead>
                    <tr>
                        <th scope="col">{t.medicine.clone()}</th>
                        <th scope="col">{t.dose.clone()}</th>
                        <th scope="col">{t.when.clone()}</th>
                        <th scope="col">{t.where_kept.clone()}</th>
                    </tr>
                </thead>
                <tbody>{medicines}</tbody>
            </table>
        }
        .into_any()
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
    let sections = sections
        .into_iter()
        .filter(|(_, rows)| rows.iter().any(|(_, v)| !v.trim().is_empty()))
        .map(|(title, rows)| {
            view! {
                <section class="cc-doc__section">
                    <h2 class="cc-heading-m">{title}</h2>
                    {details(rows)}
                </section>
            }
        })
        .collect_view();
    let bag: Vec<String> = plan
        .hospital_bag
        .iter()
        .map(|item| item.trim().to_owned())
        .filter(|item| !item.is_empty())
        .collect();

    view! {
        <p class="cc-body cc-doc__notice">{fill(&t.intro, "name", &first)}</p>
        <section class="cc-doc__section">
            <h2 class="cc-heading-m">{fill(&t.about, "name", &first)}</h2>
            {about}
        </section>
        <section class="cc-doc__section">
            <h2 class="cc-heading-m">{t.medicines.clone()}</h2>
            {medicines}
            {details(vec![
                row(&t.medicines_kept, &plan.medicines_kept),
                (t.pharmacy.clone(), contact(&plan.pharmacy)),
            ])}
        </section>
        {sections}
        {(!bag.is_empty()).then(|| view! {
            <section class="cc-doc__section">
                <h2 class="cc-heading-m">{t.hospital_bag.clone()}</h2>
                {bullets(bag)}
            </section>
        })}
    }
}
