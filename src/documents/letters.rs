//! The ready-made letters written out: to the GP practice, to an employer,
//! and the list of things to raise at a carer's assessment.
//!
//! The wording and the facts it states (with their sources) are data
//! (`content/data/letters.toml`); what the letters say about the carer comes
//! from the domain (`domain::letters`, `domain::outcomes`). Blank details are
//! left out where the letter reads well without them; where a letter cannot do
//! without one, it shows a gap such as "[your name]".

use crate::content::outcomes::{outcomes_content, Letters, Outcomes};
use crate::domain::answers::Answers;
use crate::domain::documents::Document;
use crate::domain::from_answers::{assessment_for, has_employer, letter_details};
use crate::domain::letters::{
    AssessmentFor, Block, CaredFor, Letter, LetterDetails, LetterKind, WorkRequest,
};
use crate::domain::outcomes::{goes_well, summaries, OutcomeAnswers};

impl Letter {
    /// The gaps the carer still needs to fill in by hand, in order.
    pub fn gaps(&self) -> Vec<&'static str> {
        let text = self.to_text();
        let gaps = &wording().gaps;
        [
            &gaps.name,
            &gaps.leave_dates,
            &gaps.new_pattern,
            &gaps.start_date,
            &gaps.asked_before,
            &gaps.asked_before_when,
        ]
        .into_iter()
        .filter(|gap| text.contains(gap.as_str()))
        .map(String::as_str)
        .collect()
    }
}

/// The letter a document stands for; `None` for documents that are not letters.
pub fn letter_for(answers: &Answers, document: Document, request: WorkRequest) -> Option<Letter> {
    let details = letter_details(answers);
    match document {
        Document::GpLetter => Some(gp_letter(&details)),
        Document::EmployerLetter if has_employer(answers) => {
            Some(employer_letter(&details, request))
        }
        Document::AssessmentList => Some(assessment_letter(
            &details,
            &answers.outcomes,
            assessment_for(answers),
        )),
        _ => None,
    }
}

/// A note asking the GP practice to record the carer as a carer.
pub fn gp_letter(details: &LetterDetails) -> Letter {
    let letters = wording();
    let w = &letters.gp;
    let practice = filled(&details.gp_practice);
    let cared_for = cared_for_phrase(&details.cared_for);
    let names = first_names(&details.cared_for);

    let mut blocks = sender(details);
    blocks.push(Block::Paragraph(match practice {
        Some(practice) => fill(&w.greeting_named, &[("practice", practice)]),
        None => w.greeting.clone(),
    }));

    let mut about = vec![w.about_me.clone()];
    if let Some(birth_date) = filled(&details.date_of_birth) {
        about.push(fill(&w.birth_date, &[("birth_date", birth_date)]));
    }
    about.push(match &cared_for {
        Some(who) => fill(&w.looks_after, &[("cared_for", who)]),
        None => w.looks_after_someone.clone(),
    });
    blocks.push(paragraph(about));

    blocks.push(paragraph(vec![
        w.ask_register.clone(),
        letters.fact("gp-carer-offers").text.clone(),
        w.ask_offers.clone(),
    ]));
    blocks.push(paragraph(vec![
        match &names {
            Some(names) => fill(&w.share_about_them, &[("cared_for_names", names)]),
            None => w.share_about_them_unnamed.clone(),
        },
        w.share_my_details.clone(),
    ]));

    let mut contact = vec![];
    if let Some(phone) = filled(&details.phone) {
        contact.push(fill(&w.call_me, &[("phone", phone)]));
    }
    if let Some(email) = filled(&details.email) {
        contact.push(fill(&w.email_me, &[("email", email)]));
    }
    contact.push(w.thanks.clone());
    blocks.push(paragraph(contact));

    blocks.extend(sign_off(&w.sign_off, details));
    Letter {
        kind: LetterKind::Gp,
        title: w.title.clone(),
        blocks,
    }
}

/// A request to the carer's employer for Carer's Leave or flexible working.
pub fn employer_letter(details: &LetterDetails, request: WorkRequest) -> Letter {
    let letters = wording();
    let w = &letters.employer;
    let gaps = &letters.gaps;

    let mut blocks = sender(details);
    if let Some(employer) = filled(&details.employer) {
        blocks.push(Block::Lines(vec![employer.to_owned()]));
    }
    blocks.push(Block::Paragraph(match filled(&details.manager) {
        Some(manager) => fill(&w.greeting_named, &[("manager", manager)]),
        None => w.greeting.clone(),
    }));

    let looks_after = match cared_for_phrase(&details.cared_for) {
        Some(who) => fill(&w.looks_after, &[("cared_for", &who)]),
        None => w.looks_after_someone.clone(),
    };

    let title = match request {
        WorkRequest::CarersLeave => {
            let leave = &w.carers_leave;
            let dates = filled(&details.leave_dates).unwrap_or(&gaps.leave_dates);
            blocks.push(paragraph(vec![leave.ask.clone(), looks_after]));
            blocks.push(paragraph(vec![
                letters.fact("carers-leave").text.clone(),
                fill(&leave.dates, &[("dates", dates)]),
                leave.unpaid.clone(),
            ]));
            &leave.title
        }
        WorkRequest::FlexibleWorking => {
            let flexible = &w.flexible_working;
            blocks.push(paragraph(vec![
                flexible.ask.clone(),
                letters.fact("flexible-working").text.clone(),
            ]));

            let pattern = filled(&details.new_pattern).unwrap_or(&gaps.new_pattern);
            let start = filled(&details.start_date).unwrap_or(&gaps.start_date);
            let mut change = vec![];
            match filled(&details.current_pattern) {
                Some(current) => {
                    change.push(fill(&flexible.current, &[("current", current)]));
                    change.push(fill(&flexible.change_from_current, &[("pattern", pattern)]));
                }
                None => change.push(fill(&flexible.change, &[("pattern", pattern)])),
            }
            change.push(fill(&flexible.start, &[("start", start)]));
            blocks.push(paragraph(change));

            blocks.push(paragraph(vec![looks_after, flexible.why.clone()]));
            // The law asks a request to say whether there was an earlier one.
            blocks.push(Block::Paragraph(match details.asked_before {
                Some(false) => flexible.asked_before_no.clone(),
                Some(true) => {
                    let when =
                        filled(&details.asked_before_when).unwrap_or(&gaps.asked_before_when);
                    fill(&flexible.asked_before_yes, &[("when", when)])
                }
                None => gaps.asked_before.clone(),
            }));
            blocks.push(Block::Paragraph(flexible.talk.clone()));
            &flexible.title
        }
    };

    blocks.push(Block::Paragraph(w.close.clone()));
    blocks.extend(sign_off(&w.sign_off, details));
    Letter {
        kind: LetterKind::Employer,
        title: title.clone(),
        blocks,
    }
}

/// "Things I want to talk about at my assessment" (`whose`: the carer's, a
/// young carer's or a parent carer's, each with its own law), from part 2: what the
/// carer may want help with and their notes, then what goes well, because an
/// assessment should see more than the hard parts.
pub fn assessment_letter(
    details: &LetterDetails,
    answers: &OutcomeAnswers,
    whose: AssessmentFor,
) -> Letter {
    let letters = wording();
    let w = &letters.assessment;
    let mut blocks = vec![];
    if let Some(name) = filled(&details.carer_name) {
        blocks.push(Block::Lines(vec![name.to_owned()]));
    }

    let mut intro = vec![w.intro.clone()];
    if let Some(who) = cared_for_phrase(&details.cared_for) {
        intro.push(fill(&w.looks_after, &[("cared_for", &who)]));
    }
    blocks.push(paragraph(intro));

    let outcomes = part_2();
    let summaries = summaries(answers, &outcomes.statement);
    let to_raise: Vec<_> = summaries
        .iter()
        .filter(|s| !s.may_want_help.is_empty() || s.note.is_some())
        .collect();
    blocks.push(Block::Heading(w.help_heading.clone()));
    if to_raise.is_empty() {
        blocks.push(Block::Paragraph(w.nothing_marked.clone()));
    }
    for summary in to_raise {
        blocks.push(Block::Subheading(outcomes.area(summary.area).title.clone()));
        if !summary.may_want_help.is_empty() {
            blocks.push(bullets(&summary.may_want_help));
        }
        if let Some(note) = &summary.note {
            blocks.push(Block::Paragraph(fill(&w.own_words, &[("note", note)])));
        }
    }

    let going_well: Vec<&str> = summaries
        .iter()
        .flat_map(|s| s.going_well.iter().copied())
        .collect();
    if !going_well.is_empty() {
        blocks.push(Block::Heading(w.going_well_heading.clone()));
        blocks.push(bullets(&going_well));
    }

    let gets = goes_well(answers);
    if !gets.positives.is_empty() || gets.text.is_some() {
        blocks.push(Block::Heading(w.gets_heading.clone()));
        if !gets.positives.is_empty() {
            let labels: Vec<&str> = gets
                .positives
                .iter()
                .map(|&p| outcomes.positive_label(p))
                .collect();
            blocks.push(bullets(&labels));
        }
        if let Some(text) = &gets.text {
            blocks.push(Block::Paragraph(fill(&w.own_words, &[("note", text)])));
        }
    }

    let (title, right) = match whose {
        AssessmentFor::Carer => (&w.title, "carers-assessment"),
        AssessmentFor::YoungCarer => (&w.young_title, "young-carers-assessment"),
        AssessmentFor::ParentCarer => (&w.parent_title, "parent-carers-assessment"),
    };
    blocks.push(paragraph(vec![
        w.my_needs.clone(),
        w.on_my_own.clone(),
        letters.fact(right).text.clone(),
    ]));

    Letter {
        kind: LetterKind::Assessment,
        title: title.clone(),
        blocks,
    }
}

fn wording() -> &'static Letters {
    &outcomes_content().letters
}

fn part_2() -> &'static Outcomes {
    &outcomes_content().outcomes
}

/// Replaces each `{key}` in the template with its value, in one pass, so a
/// value that itself contains braces is left as the carer typed it. A value
/// with a number in it is isolated, so it keeps its order in any language.
fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len());
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let close = after
            .find('}')
            .unwrap_or_else(|| panic!("unclosed {{ in letter wording: {template}"));
        let key = &after[..close];
        let value = values
            .iter()
            .find(|(k, _)| *k == key)
            .unwrap_or_else(|| panic!("no value for {{{key}}} in: {template}"))
            .1;
        // A number (a phone number, a date) read inside right-to-left wording
        // would show its groups in the wrong order: it goes in its own
        // direction, between invisible isolate marks (FSI … PDI).
        if value.contains(|c: char| c.is_ascii_digit()) {
            out.push('\u{2068}');
            out.push_str(value);
            out.push('\u{2069}');
        } else {
            out.push_str(value);
        }
        rest = &after[close + 1..];
    }
    out.push_str(rest);
    out
}

/// The trimmed text, or `None` if the carer left it blank.
fn filled(text: &str) -> Option<&str> {
    let text = text.trim();
    (!text.is_empty()).then_some(text)
}

fn paragraph(sentences: Vec<String>) -> Block {
    Block::Paragraph(sentences.join(" "))
}

fn bullets(items: &[&str]) -> Block {
    Block::Bullets(items.iter().map(|&item| item.to_owned()).collect())
}

/// The carer's name and contact details, one per line, if they gave any.
fn sender(details: &LetterDetails) -> Vec<Block> {
    let lines: Vec<String> = std::iter::once(details.carer_name.as_str())
        .chain(details.address.lines())
        .chain([details.phone.as_str(), details.email.as_str()])
        .filter_map(filled)
        .map(str::to_owned)
        .collect();
    if lines.is_empty() {
        vec![]
    } else {
        vec![Block::Lines(lines)]
    }
}

/// A letter that is sent must be signed, so a blank name becomes a gap.
fn sign_off(words: &str, details: &LetterDetails) -> [Block; 2] {
    let name = filled(&details.carer_name).unwrap_or(&wording().gaps.name);
    [
        Block::Paragraph(words.to_owned()),
        Block::Lines(vec![name.to_owned()]),
    ]
}

/// "my mum, Sarah", "my mum", or "Sarah", joined with "and"; `None` if the
/// carer named no one.
fn cared_for_phrase(people: &[CaredFor]) -> Option<String> {
    let joining = &wording().joining;
    let phrases: Vec<String> = people
        .iter()
        .filter_map(|person| {
            let relationship = filled(&person.relationship).map(without_my);
            match (relationship, filled(&person.first_name)) {
                (Some(rel), Some(name)) => Some(fill(
                    &joining.my_named,
                    &[("relationship", rel), ("name", name)],
                )),
                (Some(rel), None) => Some(fill(&joining.my, &[("relationship", rel)])),
                (None, Some(name)) => Some(name.to_owned()),
                (None, None) => None,
            }
        })
        .collect();
    join_with_and(&phrases)
}

fn first_names(people: &[CaredFor]) -> Option<String> {
    let names: Vec<String> = people
        .iter()
        .filter_map(|person| filled(&person.first_name).map(str::to_owned))
        .collect();
    join_with_and(&names)
}

/// Carers often type "my mum"; the letter already says "my" (the words
/// before `{relationship}` in the wording).
fn without_my(relationship: &str) -> &str {
    let joining = &wording().joining;
    let my = joining
        .my
        .split("{relationship}")
        .next()
        .unwrap_or_default();
    match relationship.get(..my.len()) {
        Some(start) if !my.is_empty() && start.eq_ignore_ascii_case(my) => {
            relationship[my.len()..].trim_start()
        }
        _ => relationship,
    }
}

/// "a", "a and b", "a, b and c". An item with a comma in it ("my mum, Sarah")
/// gets a comma before "and" so the names stay with their people.
fn join_with_and(items: &[String]) -> Option<String> {
    let (last, rest) = items.split_last()?;
    if rest.is_empty() {
        return Some(last.clone());
    }
    let comma = if items.iter().any(|item| item.contains(',')) {
        ","
    } else {
        ""
    };
    let and = &wording().joining.and;
    Some(format!("{}{comma}{and}{last}", rest.join(", ")))
}
