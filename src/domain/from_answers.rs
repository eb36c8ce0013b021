//! From the carer's answers to what the printable documents are made of:
//! the signposting input, the letters' details, the passport's facts, the
//! wallet card's lines, where to fix what a document is missing, and the
//! review date printed on every document.
//!
//! Pure Rust, tested natively (`tests/from_answers.rs`). The components in
//! `src/documents` only lay these out.

use crate::domain::answers::Answers;
use crate::domain::checks::{printable_about_you, printable_plan};
use crate::domain::dates::{days_in_month, Date};
use crate::domain::documents::{Document, DocumentInputs, Field};
use crate::domain::identify::{cares_for_adult, identify};
use crate::domain::journey::{Route, Step};
use crate::domain::letters::{AssessmentFor, CaredFor, LetterDetails};
use crate::domain::outcomes::{areas_needing_help, Statement};
use crate::domain::plan::{plan_gaps, EmergencyPlan, StepInPerson};
use crate::domain::signpost::SignpostInput;
use crate::util::clip;

/// Whether the carer said they are under 18.
pub fn is_young(answers: &Answers) -> bool {
    identify(&answers.carer).young
}

/// Whose assessment "Things to raise at your assessment" is for (the same
/// split as the result's first steps: under 18, a parent of a child under 18
/// only, else a carer of an adult).
pub fn assessment_for(answers: &Answers) -> AssessmentFor {
    if is_young(answers) {
        AssessmentFor::YoungCarer
    } else if cares_for_adult(&answers.carer) {
        AssessmentFor::Carer
    } else {
        AssessmentFor::ParentCarer
    }
}

/// What signposting needs, from every part of the answers.
/// Part 2's statements (`content::outcomes`) tell which areas need help.
pub fn signpost_input(
    answers: &Answers,
    statements: &[Statement],
    council: Option<String>,
) -> SignpostInput {
    let mut plan_gap_ids: Vec<String> = Vec::new();
    for plan in &answers.plans {
        for gap in plan_gaps(plan) {
            let id = gap.id().to_owned();
            if !plan_gap_ids.contains(&id) {
                plan_gap_ids.push(id);
            }
        }
    }
    SignpostInput {
        profile: identify(&answers.carer),
        needs: answers.carer.why.clone(),
        work: answers.carer.work.clone(),
        hours: answers.carer.hours,
        areas_needing_help: areas_needing_help(&answers.outcomes, statements)
            .into_iter()
            .map(|area| area.id().to_owned())
            .collect(),
        statements_needing_help: answers
            .outcomes
            .ratings
            .iter()
            .filter(|(_, rating)| rating.may_want_help())
            .map(|(id, _)| id.clone())
            .collect(),
        plan_gaps: plan_gap_ids,
        condition_notes: answers
            .plans
            .iter()
            .map(|plan| plan.conditions.trim())
            .filter(|text| !text.is_empty())
            .map(str::to_owned)
            .collect(),
        council,
    }
}

/// The letters' details: the carer's own details and the people in their
/// emergency plans.
pub fn letter_details(answers: &Answers) -> LetterDetails {
    let about = &printable_about_you(&answers.about_you);
    LetterDetails {
        carer_name: about.name.trim().to_owned(),
        address: about.address.trim().to_owned(),
        phone: about.phone.display(),
        gp_practice: about.gp_practice.trim().to_owned(),
        employer: about.employer.trim().to_owned(),
        cared_for: answers
            .plans
            .iter()
            .map(printable_plan)
            .filter_map(|plan| {
                plan.first_name().map(|name| CaredFor {
                    first_name: name.to_owned(),
                    relationship: String::new(),
                })
            })
            .collect(),
        ..LetterDetails::default()
    }
}

pub fn document_inputs(answers: &Answers) -> DocumentInputs<'_> {
    DocumentInputs {
        about_you: &answers.about_you,
        plans: &answers.plans,
    }
}

/// Whether the carer has a job as an employee: only then are they offered
/// the letter to an employer and asked who their employer is. Rights such
/// as Carer's Leave are for employees, not the self-employed, and a carer
/// at school or retired has no employer to write to.
pub fn has_employer(answers: &Answers) -> bool {
    identify(&answers.carer).employee
}

/// Every document the carer can make, in the order of the list page: the
/// passport, each plan with its card, where to get help, then the letters
/// (the letter to an employer only for employees).
pub fn all_documents(answers: &Answers) -> Vec<Document> {
    let mut documents = vec![Document::Passport];
    for plan in &answers.plans {
        documents.push(Document::EmergencyPlan(plan.id));
        documents.push(Document::WalletCard(plan.id));
    }
    documents.extend([Document::HelpList, Document::GpLetter]);
    if has_employer(answers) {
        documents.push(Document::EmployerLetter);
    }
    documents.push(Document::AssessmentList);
    documents
}

/// Whether this document is offered to this carer: the list page, the
/// document's own page and the letters agree through this.
pub fn offers(answers: &Answers, document: Document) -> bool {
    match document {
        Document::EmergencyPlan(id) | Document::WalletCard(id) => {
            answers.plans.iter().any(|plan| plan.id == id)
        }
        other => all_documents(answers).contains(&other),
    }
}

/// The page where the carer can fill in a missing field.
pub fn field_route(field: Field) -> Route {
    Route::to(match field {
        Field::AboutYou(_) => Step::AboutYou,
        Field::Plans => Step::Plans,
        Field::Plan { plan, field } => Step::PlanPage(plan, field.section()),
    })
}

// ---------------------------------------------------------------------------
// The carer passport.

/// Someone the carer looks after, as the passport shows them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PassportPerson {
    pub name: String,
    pub conditions: String,
}

/// Someone to contact, with a number that can be rung.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ContactLine {
    pub name: String,
    pub relationship: String,
    pub phone: String,
}

impl ContactLine {
    /// One emergency contact as the passport lists it.
    pub fn from_person(person: &StepInPerson) -> Self {
        ContactLine {
            name: person.name.trim().to_owned(),
            relationship: person.relationship.trim().to_owned(),
            phone: person.phone.display(),
        }
    }
}

/// Everything the passport says, each list possibly empty.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Passport {
    pub name: String,
    pub phone: String,
    pub address: String,
    /// Names of the kinds of carer part 1 found ("Working carer").
    pub kinds: Vec<String>,
    pub cares_for: Vec<PassportPerson>,
    /// What the carer helps with, in part 1's words.
    pub tasks: Vec<String>,
    /// What is going well, from part 2.
    pub going_well: Vec<String>,
    /// What the carer gets from caring, and their own words about it.
    pub gets: Vec<String>,
    pub own_words: Option<String>,
    /// Up to three people to contact in an emergency, from the plans.
    pub contacts: Vec<ContactLine>,
}

/// The most emergency contacts the passport lists, so it fits on two pages.
pub const PASSPORT_CONTACTS: usize = 3;

// ---------------------------------------------------------------------------
// The wallet card.

crate::record_struct! {
/// What the carer chose to put on their wallet card about themself. The
/// person's first name, key needs and two contacts are always on it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CardChoices {
    pub my_name: bool,
    pub my_phone: bool,
    pub my_address: bool,
}
}

impl CardChoices {
    /// The ids of the ticked boxes on the wallet card page.
    pub fn ids(self) -> Vec<String> {
        [
            (self.my_name, "my-name"),
            (self.my_phone, "my-phone"),
            (self.my_address, "my-address"),
        ]
        .into_iter()
        .filter(|&(on, _)| on)
        .map(|(_, id)| id.to_owned())
        .collect()
    }

    /// The choices from the ids of the ticked boxes.
    pub fn from_ids(ids: &[String]) -> CardChoices {
        let ticked = |id: &str| ids.iter().any(|c| c == id);
        CardChoices {
            my_name: ticked("my-name"),
            my_phone: ticked("my-phone"),
            my_address: ticked("my-address"),
        }
    }
}

impl Default for CardChoices {
    /// Name and phone on, address off: a lost card should not lead a
    /// stranger to an empty home.
    fn default() -> Self {
        CardChoices {
            my_name: true,
            my_phone: true,
            my_address: false,
        }
    }
}

/// The most characters of typed text a card line holds, so the card keeps
/// its size whatever was typed.
pub const CARD_LINE: usize = 90;
const CARD_NAME: usize = 40;

/// The lines of a wallet card, already cut to fit.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WalletCard {
    pub first_name: String,
    /// The key needs in one line, if the plan says any.
    pub needs: Option<String>,
    pub contacts: Vec<ContactLine>,
    pub my_name: Option<String>,
    pub my_phone: Option<String>,
    pub my_address: Option<String>,
}

/// `allergies` is the wording for the allergies in the needs line, with
/// `{allergies}` where they go.
pub fn wallet_card(
    answers: &Answers,
    plan: &EmergencyPlan,
    choices: CardChoices,
    allergies: &str,
) -> WalletCard {
    // What the forms refuse is never printed (`domain::checks`).
    let about = &printable_about_you(&answers.about_you);
    let plan = &printable_plan(plan);
    let chosen = |wanted: bool, text: String| {
        let text = clip(&text, CARD_LINE);
        (wanted && !text.is_empty()).then_some(text)
    };
    WalletCard {
        first_name: clip(plan.first_name().unwrap_or_default(), CARD_NAME),
        needs: key_needs(plan, allergies),
        contacts: plan
            .wallet_card_contacts()
            .into_iter()
            .map(|person| {
                let line = ContactLine::from_person(person);
                ContactLine {
                    name: clip(&line.name, CARD_NAME),
                    relationship: clip(&line.relationship, CARD_NAME),
                    phone: clip(&line.phone, CARD_NAME),
                }
            })
            .collect(),
        my_name: chosen(choices.my_name, about.name.clone()),
        my_phone: chosen(choices.my_phone, about.phone.display()),
        my_address: chosen(
            choices.my_address,
            about
                .address
                .lines()
                .map(str::trim)
                .filter(|line| !line.is_empty())
                .collect::<Vec<_>>()
                .join(", "),
        ),
    }
}

/// The person's key needs in a line: their conditions, then allergies (put
/// into the `allergies` wording at `{allergies}`).
pub fn key_needs(plan: &EmergencyPlan, allergies_wording: &str) -> Option<String> {
    let one_line = |text: &str| text.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut parts = vec![];
    let conditions = one_line(&plan.conditions);
    let conditions = conditions.trim_end_matches('.');
    if !conditions.is_empty() {
        parts.push(conditions.to_owned());
    }
    let allergies = one_line(&plan.allergies);
    if !allergies.is_empty() {
        parts.push(allergies_wording.replace("{allergies}", &allergies));
    }
    (!parts.is_empty()).then(|| clip(&parts.join(". "), CARD_LINE))
}

// ---------------------------------------------------------------------------
// Dates on the documents.

/// How long after it was made a document should be looked at again.
pub const REVIEW_AFTER_MONTHS: u8 = 6;

/// The date to review a document made on `made`: six months later, on the
/// last day of the month when that month is shorter.
pub fn review_date(made: Date) -> Date {
    let months = u32::from(made.month) - 1 + u32::from(REVIEW_AFTER_MONTHS);
    let year = made.year + u16::try_from(months / 12).unwrap_or(0);
    let month = u8::try_from(months % 12).unwrap_or(0) + 1;
    let day = made.day.min(days_in_month(month, year));
    Date { year, month, day }
}
