//! "If you need help now": who to contact when a carer says they are not
//! safe or not coping. The same contacts on the start page, on a part 2 page
//! after the worst answer to a safety or mental health statement, and in
//! index.html for when the app cannot start; every number has one home, and
//! every entry that mentions a crisis gives a way to act on it.

use carer_check::content::directory::directory;
use carer_check::content::outcomes::outcomes_content;
use carer_check::content::site::site;
use carer_check::domain::journey::{QuestionId, Route, Step};
use carer_check::domain::outcomes::{help_now_at, OutcomeArea, Rating};
use carer_check::domain::sources::ComparedWith;

/// Which answers show the contacts, and under which statement.
#[test]
fn the_worst_answer_to_a_marked_statement_shows_who_to_contact() {
    use Rating::*;
    /// A page's statements: (marked help_now, the answer so far).
    type Page<'a> = &'a [(bool, Option<Rating>)];
    let table: &[(Page, Option<usize>)] = &[
        // Nothing answered, or only good answers: nothing.
        (&[(true, None), (true, None)], None),
        (&[(true, Some(Always)), (true, Some(MostOfTheTime))], None),
        // "Sometimes" and "prefer not to say" are not the worst answer.
        (
            &[(true, Some(Sometimes)), (true, Some(PreferNotToSay))],
            None,
        ),
        // "Never" on an unmarked statement (e.g. sleep) is for the summary,
        // not for crisis contacts.
        (&[(false, Some(Never)), (true, Some(Sometimes))], None),
        // The first marked statement answered "Never" carries them, once.
        (&[(false, Some(Never)), (true, Some(Never))], Some(1)),
        (&[(true, Some(Never)), (true, Some(Never))], Some(0)),
        (
            &[(true, Some(Always)), (false, None), (true, Some(Never))],
            Some(2),
        ),
    ];
    for (answers, want) in table {
        assert_eq!(help_now_at(answers), *want, "{answers:?}");
    }
}

/// The safety and mental health statements are marked, and only they.
#[test]
fn safety_and_mental_health_statements_are_marked() {
    let outcomes = &outcomes_content().outcomes;
    let marked: Vec<&str> = outcomes
        .statement
        .iter()
        .filter(|s| s.help_now)
        .map(|s| s.id.as_str())
        .collect();
    assert_eq!(
        marked,
        [
            "mw-stress",
            "mw-feel-ok",
            "ss-care-safely",
            "ss-feel-safe-at-home"
        ]
    );
    for area in [
        OutcomeArea::MentallyAndPhysicallyWell,
        OutcomeArea::StayingSafe,
    ] {
        assert!(
            outcomes.statements(area).any(|s| s.help_now),
            "{area:?} has a marked statement"
        );
    }
    for s in &outcomes.statement {
        if s.help_now {
            assert!(
                matches!(
                    s.area,
                    OutcomeArea::MentallyAndPhysicallyWell | OutcomeArea::StayingSafe
                ),
                "{}: only safety and mental health statements",
                s.id
            );
        }
    }
}

/// 999, NHS 111 (with its mental health option), Samaritans 116 123 and,
/// for under-18s, Childline 0800 1111; each number from one place.
#[test]
fn the_contacts_are_the_right_ones_for_each_carer() {
    let text = &site().help_now;
    let numbers = |young: Option<bool>| -> Vec<&str> {
        text.lines(young).filter_map(|l| l.number()).collect()
    };
    assert_eq!(numbers(Some(false)), ["999", "111", "116 123"], "an adult");
    assert_eq!(
        numbers(Some(true)),
        ["999", "111", "116 123", "0800 1111"],
        "an under-18"
    );
    assert_eq!(
        numbers(None),
        ["999", "111", "116 123", "0800 1111"],
        "age unknown"
    );
    assert!(
        text.line
            .iter()
            .any(|l| l.filled().contains("mental health option")),
        "NHS 111's mental health option is named"
    );
    for line in &text.line {
        assert!(line.text.contains("{phone}"), "{}", line.text);
        assert!(
            line.phone.is_some() != line.entry.is_some(),
            "{}: a number of its own (999) or a directory entry's",
            line.text
        );
        if let Some(id) = &line.entry {
            let entry = directory()
                .find(id)
                .unwrap_or_else(|| panic!("{id} exists"));
            assert!(entry.phone.is_some(), "{id} has a phone");
            assert_ne!(
                entry.compared_with,
                ComparedWith::Nothing,
                "{id} was compared with its own page"
            );
        }
        assert!(line.number().is_some(), "{}", line.text);
    }
}

/// What a browser shows of some HTML: tags dropped, spaces collapsed.
fn visible_text(html: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    let mut in_comment = false;
    let mut rest = html;
    while let Some(c) = rest.chars().next() {
        if in_comment {
            if rest.starts_with("-->") {
                in_comment = false;
                rest = &rest[3..];
                continue;
            }
        } else if rest.starts_with("<!--") {
            in_comment = true;
        } else if c == '<' {
            in_tag = true;
        } else if c == '>' && in_tag {
            in_tag = false;
        } else if !in_tag {
            out.push(c);
        }
        rest = &rest[c.len_utf8()..];
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Runs of digits and single spaces, as phone numbers are written (three
/// digits or more: "under 19" is an age).
fn numbers_in(text: &str) -> Vec<String> {
    let mut found = vec![];
    let mut current = String::new();
    for c in text.chars().chain([' ', ' ']) {
        if c.is_ascii_digit() || (c == ' ' && current.ends_with(|d: char| d.is_ascii_digit())) {
            current.push(c);
        } else {
            let number = current.trim().to_owned();
            if number.chars().filter(char::is_ascii_digit).count() >= 3 {
                found.push(number);
            }
            current.clear();
            if c.is_ascii_digit() {
                current.push(c);
            }
        }
    }
    found
}

/// index.html's Start now, for a carer who taps before the app has loaded,
/// is the app's: the same words, and the first question's address.
#[test]
fn the_start_link_before_the_app_loads_is_the_apps() {
    let html = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/index.html"))
        .expect("index.html");
    let at = html
        .find("cc-static-start")
        .expect("index.html has a Start now link");
    let link = &html[at..at + html[at..].find("</a>").expect("the link ends")];
    let first = Route::to(Step::Question(QuestionId::ALL[0])).to_hash();
    assert!(link.contains(&format!("href=\"{first}\"")), "{link}");
    let label = &site().start.start_button;
    assert!(link.ends_with(&format!(">{label}")), "{link}");
}

/// The page shown while the app loads, or if it never starts, says the
/// same as the app, and gives no number the app does not.
#[test]
fn the_fallback_page_says_the_same() {
    let html = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/index.html"))
        .expect("index.html");
    let shown = visible_text(&html);
    let text = &site().help_now;
    assert!(shown.contains(&text.title), "{shown}");
    assert!(shown.contains(&text.intro), "{shown}");
    let mut allowed = vec![];
    for line in text.lines(None) {
        let filled = line.filled();
        assert!(
            shown.contains(&filled),
            "index.html lacks {filled:?}:\n{shown}"
        );
        allowed.extend(line.number().map(str::to_owned));
    }
    for number in numbers_in(&shown) {
        assert!(
            allowed.contains(&number),
            "index.html gives {number}, which the app's help now list does not"
        );
    }
    for href in html.split("href=\"tel:").skip(1) {
        let digits: String = href.chars().take_while(|c| *c != '"').collect();
        assert!(
            allowed.iter().any(|n| n.replace(' ', "") == digits),
            "tel:{digits} is one of the help now numbers"
        );
    }
}

#[test]
fn the_number_finder_finds_numbers() {
    assert_eq!(
        numbers_in("call 999. Or 116 123, or 0800 1111 now if under 19"),
        ["999", "116 123", "0800 1111"]
    );
    assert_eq!(
        visible_text("<p>a <a href=\"x\">b</a><!-- c --> d</p>"),
        "a b d"
    );
}

/// An entry that tells a carer to get help in a crisis, or is a crisis
/// line, gives a way to reach that help: a phone number, or a web address
/// its words point to.
#[test]
fn every_crisis_entry_gives_a_way_to_get_that_help() {
    let d = directory();
    let all = d
        .directory
        .entry
        .iter()
        .chain(d.councils.council.iter().flat_map(|c| c.entry.iter()));
    let mut seen = 0;
    for e in all {
        let words = [Some(&e.for_what), Some(&e.who), e.guidance.as_ref()]
            .into_iter()
            .flatten()
            .map(|t| t.to_lowercase())
            .collect::<Vec<_>>()
            .join(" ");
        let crisis_line = matches!(e.purpose.id(), "crisis-support" | "emergency");
        if crisis_line {
            assert!(e.phone.is_some(), "{}: a crisis line has its number", e.id);
        }
        if words.contains("crisis") {
            seen += 1;
            assert!(
                e.phone.is_some() || (e.web.is_some() && words.contains("website")),
                "{}: says what to do in a crisis but gives no way to do it",
                e.id
            );
        }
    }
    assert!(seen > 0, "the test looked at some crisis wording");
}
