use super::tree::{element, heading, paragraph, subheading, text, web_link, with_text, Node};
use crate::content::directory::{directory, Entry};
use crate::content::document_pages::document_pages;
use crate::content::outcomes::outcomes_content;
use crate::domain::answers::Answers;
use crate::domain::from_answers::signpost_input;
use crate::domain::signpost::{shortlist, suggest, Group, Suggestion};

/// The "where to get help" list for these answers, with the chosen
/// council's services first: the domain's rules applied to the compiled-in
/// directory.
pub fn help_suggestions(answers: &Answers) -> Vec<Suggestion> {
    let data = directory();
    let council = Some(answers.council.clone()).filter(|id| !id.is_empty());
    let input = signpost_input(answers, &outcomes_content().outcomes.statement, council);
    suggest(
        &input,
        &data.signposts.rule,
        data.services_for(input.council.as_deref()),
    )
}

/// Where to get help: the few services that matter most for this carer
/// first, in full (what each is for, why it was suggested, how to contact
/// it), then "More help": the rest in short, under their headings. The
/// choice is `domain::signpost::shortlist`'s. Web addresses are printed in
/// full so they work on paper.
pub fn help_list(suggestions: &[Suggestion], young: bool) -> Vec<Node> {
    let t = &document_pages().help;
    let data = directory();
    let mut document = vec![with_text("p", "cc-body cc-doc__notice", t.urgent.clone())];
    if suggestions.is_empty() {
        document.push(paragraph(t.none.clone()));
        return document;
    }
    document.push(paragraph(t.intro.clone()));
    let list = shortlist(suggestions, |id| data.find(id).map(|e| e.purpose));

    let first: Vec<Node> = list
        .first
        .iter()
        .filter_map(|s| data.find(&s.entry).map(|entry| in_full(entry, s)))
        .collect();
    document.push(element(
        "section",
        "cc-doc__section cc-help__first",
        vec![
            heading(t.first_title.clone()),
            paragraph(t.first_intro.clone()),
            element("ul", "cc-help", first),
        ],
    ));

    if list.more.is_empty() {
        return document;
    }
    let mut more = vec![
        heading(t.more_title.clone()),
        paragraph(t.more_intro.clone()),
    ];
    for &group in Group::ALL {
        let entries: Vec<Node> = list
            .more
            .iter()
            .filter(|s| s.group == group)
            .filter_map(|s| data.find(&s.entry).map(|entry| in_short(entry, s)))
            .collect();
        if entries.is_empty() {
            continue;
        }
        let title = data
            .group_text(group)
            .map(|g| match (&g.young_title, young) {
                (Some(title), true) => title.clone(),
                _ => g.title.clone(),
            })
            .unwrap_or_default();
        more.push(subheading(title));
        more.push(element(
            "ul",
            "cc-list cc-list--bullet cc-help--short",
            entries,
        ));
    }
    document.push(element("section", "cc-doc__section cc-help__more", more));
    document
}

/// The entry's name, with "Local to you" for the council's own services.
fn name(entry: &Entry, s: &Suggestion, tag: &'static str) -> Node {
    let t = &document_pages().help;
    let mut name = vec![text(entry.name.clone())];
    if s.local {
        name.push(text(" "));
        name.push(with_text("strong", "cc-tag cc-tag--blue", t.local.clone()));
    }
    let class = if tag == "strong" { "" } else { "cc-heading-s" };
    element(tag, class, name)
}

/// One of the first few: what it is for, why, and every way to contact it.
fn in_full(entry: &Entry, s: &Suggestion) -> Node {
    let t = &document_pages().help;
    let mut parts = vec![name(entry, s, "h3"), paragraph(entry.for_what.clone())];
    parts.extend(entry.guidance.clone().map(paragraph));
    parts.push(element(
        "p",
        "cc-body cc-help__why",
        vec![
            with_text("span", "cc-help__label", format!("{}: ", t.why)),
            text(s.why.join(" ")),
        ],
    ));
    let contact = contact(entry, true);
    if !contact.is_empty() {
        parts.push(element("p", "cc-body cc-help__web", contact));
    }
    element("li", "cc-help__entry", parts)
}

/// One of "More help", on one line: its name and how to reach it (or what
/// to do, when there is no contact to give).
fn in_short(entry: &Entry, s: &Suggestion) -> Node {
    let mut parts = vec![name(entry, s, "strong")];
    let mut reach = contact(entry, false);
    if reach.is_empty() {
        reach.extend(entry.guidance.clone().map(text));
    }
    if !reach.is_empty() {
        parts.push(text(": "));
        parts.extend(reach);
    }
    element("li", "cc-help__short", parts)
}

/// "Phone: 111. Website: https://…", every way to reach the entry on one
/// line. Labels in bold for the first few (`labelled`).
fn contact(entry: &Entry, labelled: bool) -> Vec<Node> {
    let t = &document_pages().help;
    let label = |words: &str| {
        if labelled {
            with_text("span", "cc-help__label", format!("{words}: "))
        } else {
            text(format!("{words}: "))
        }
    };
    let mut out = Vec::new();
    for (name, value) in [
        (&t.phone, &entry.phone),
        (&t.text, &entry.text),
        (&t.email, &entry.email),
    ] {
        if let Some(value) = value {
            out.push(label(name));
            // Its own element, so a number keeps its order in right-to-left text.
            out.push(with_text("span", "cc-help__value", value.as_str()));
            out.push(text(". "));
        }
    }
    if let Some(web) = &entry.web {
        out.push(label(&t.web));
        out.push(web_link(web));
    }
    out
}
