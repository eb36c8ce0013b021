use super::tree::{details, element, heading, paragraph, text, web_link, with_text, Node};
use crate::content::directory::directory;
use crate::content::document_pages::document_pages;
use crate::domain::signpost::{Group, Suggestion};

/// Where to get help: the suggestions grouped under headings, each with what
/// it is for, why it was suggested and how to contact it. Web addresses are
/// printed in full so they work on paper.
pub fn help_list(suggestions: &[Suggestion], young: bool) -> Vec<Node> {
    let t = &document_pages().help;
    let data = directory();
    let mut document = vec![with_text("p", "cc-body cc-doc__notice", t.urgent.clone())];
    if suggestions.is_empty() {
        document.push(paragraph(t.none.clone()));
        return document;
    }
    document.push(paragraph(t.intro.clone()));

    for &group in Group::ALL {
        let entries: Vec<Node> = suggestions
            .iter()
            .filter(|s| s.group == group)
            .filter_map(|s| data.find(&s.entry).map(|entry| (entry, s)))
            .map(|(entry, s)| {
                let mut name = vec![text(entry.name.clone())];
                if s.local {
                    name.push(text(" "));
                    name.push(with_text("strong", "cc-tag cc-tag--blue", t.local.clone()));
                }
                let mut parts = vec![
                    element("h3", "cc-heading-s", name),
                    paragraph(entry.for_what.clone()),
                ];
                parts.extend(entry.guidance.clone().map(paragraph));
                parts.push(element(
                    "p",
                    "cc-body cc-help__why",
                    vec![
                        with_text("span", "cc-help__label", format!("{}: ", t.why)),
                        text(s.why.join(" ")),
                    ],
                ));
                parts.extend(details(vec![
                    (t.phone.clone(), entry.phone.clone().unwrap_or_default()),
                    (t.text.clone(), entry.text.clone().unwrap_or_default()),
                    (t.email.clone(), entry.email.clone().unwrap_or_default()),
                ]));
                if let Some(web) = &entry.web {
                    parts.push(element(
                        "p",
                        "cc-body cc-help__web",
                        vec![
                            with_text("span", "cc-help__label", format!("{}: ", t.web)),
                            web_link(web),
                        ],
                    ));
                }
                element("li", "cc-help__entry", parts)
            })
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
        document.push(element(
            "section",
            "cc-doc__section",
            vec![heading(title), element("ul", "cc-help", entries)],
        ));
    }
    document
}
