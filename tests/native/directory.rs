//! The directory, council presets and signposting rules are complete, honest
//! about what was checked, and safe to print.

use crate::support::assert_tidy;
use std::collections::BTreeSet;

use carer_check::content::directory::{contrast_ratio, directory, Entry};
use carer_check::domain::phone::check_phone;
use carer_check::domain::signpost::{Group, Purpose, Target, OUTCOME_AREA_IDS, PLAN_GAP_IDS};
use carer_check::domain::sources::{recent_enough, ComparedWith, NotRecent, SourceDate};

fn national() -> &'static [Entry] {
    &directory().directory.entry
}

/// Every entry with the preset it belongs to (`None`: national).
fn all_entries() -> Vec<(Option<&'static str>, &'static Entry)> {
    let d = directory();
    let mut all: Vec<_> = national().iter().map(|e| (None, e)).collect();
    for c in &d.councils.council {
        all.extend(c.entry.iter().map(|e| (Some(c.id.as_str()), e)));
    }
    all
}

/// A UK number a carer can ring: the well-known short codes, 116 helplines,
/// free 0800/0808 numbers (some, like Childline's, are short), and 11-digit
/// 01, 02, 03 and 07 numbers. Premium and service-charge ranges are refused:
/// carers should never be sent to an expensive line. Groups are separated by
/// single spaces, as printed.
fn is_uk_phone(number: &str) -> bool {
    let groups: Vec<&str> = number.split(' ').collect();
    if groups
        .iter()
        .any(|g| g.is_empty() || !g.chars().all(|c| c.is_ascii_digit()))
    {
        return false;
    }
    let digits = groups.concat();
    let n = digits.len();
    match digits.as_str() {
        "999" | "111" | "112" => return true,
        d if n == 6 && d.starts_with("116") => return true,
        _ => {}
    }
    if digits.starts_with("0800") || digits.starts_with("0808") {
        return (8..=11).contains(&n);
    }
    n == 11
        && ["01", "02", "03", "07"]
            .iter()
            .any(|p| digits.starts_with(p))
}

#[test]
fn the_phone_checker_accepts_real_shapes_and_refuses_bad_ones() {
    for good in [
        "116 123",
        "0800 1111",
        "111",
        "0808 2000 247",
        "0161 496 0000",
        "0300 012 4272",
    ] {
        assert!(is_uk_phone(good), "{good}");
    }
    for bad in [
        "0161 496 000",
        "0906 123 4567",
        "0845 303 3100",
        "+44 161 496 0000",
        "0161  496 0000",
        "01614960000x",
        "",
    ] {
        assert!(!is_uk_phone(bad), "{bad}");
    }
}

fn is_https_address(web: &str) -> bool {
    let Some(rest) = web.strip_prefix("https://") else {
        return false;
    };
    let host = rest.split('/').next().unwrap_or_default();
    !web.chars().any(char::is_whitespace)
        && host.contains('.')
        && host == host.to_ascii_lowercase()
        && !host.ends_with('.')
        && !web.ends_with('.')
        && !web.ends_with(',')
}

#[test]
fn ids_are_unique_and_council_entries_are_prefixed() {
    let mut seen = BTreeSet::new();
    for (council, entry) in all_entries() {
        assert!(seen.insert(entry.id.as_str()), "duplicate id {}", entry.id);
        if let Some(council) = council {
            assert!(
                entry.id.starts_with(&format!("{council}-")),
                "{} should start with {council}-",
                entry.id
            );
        }
    }
    let councils: Vec<&str> = directory()
        .councils
        .council
        .iter()
        .map(|c| c.id.as_str())
        .collect();
    assert_eq!(
        councils,
        ["bury", "manchester", "birmingham", "worcestershire"]
    );
}

#[test]
fn every_group_has_a_heading_in_print_order() {
    let groups: Vec<Group> = directory().directory.group.iter().map(|g| g.id).collect();
    assert_eq!(groups, Group::ALL);
}

#[test]
fn every_entry_says_where_it_came_from_and_whether_it_was_checked() {
    for (_, e) in all_entries() {
        assert!(!e.source.trim().is_empty(), "{} has a source", e.id);
        assert!(
            e.has_contact() || e.guidance.is_some(),
            "{} gives a way to act on it",
            e.id
        );
        assert_eq!(
            e.checked,
            e.last_checked.is_some(),
            "{}: a check has a date, and a date means a check",
            e.id
        );
        if let Some(date) = &e.last_checked {
            let ok = date.len() == 10
                && date.char_indices().all(|(i, c)| {
                    matches!(i, 4 | 7) == (c == '-') && (c == '-' || c.is_ascii_digit())
                });
            assert!(ok, "{}: date {date} is YYYY-MM-DD", e.id);
            assert!(
                e.source.contains("http") && e.source.contains(date.as_str()),
                "{}: a checked entry names the page it was checked on, and when",
                e.id
            );
        }
        if e.checked {
            assert!(
                e.has_contact(),
                "{}: only contact details are checked",
                e.id
            );
        }
        if e.needs_council_details {
            assert!(
                e.guidance.is_some(),
                "{}: without details, the carer needs guidance",
                e.id
            );
        }
    }
}

fn as_of() -> SourceDate {
    let text = &directory().directory.sources_as_of;
    let date = SourceDate::parse(text).expect("sources_as_of is YYYY-MM-DD");
    assert!(date.exact, "sources_as_of names a day");
    date
}

/// The rule itself, on dates around the two-year line.
#[test]
fn a_source_older_than_two_years_cannot_back_a_check() {
    let as_of = SourceDate::parse("2026-12-01").unwrap();
    let date = |text: &str| Some(SourceDate::parse(text).unwrap());
    let live = ComparedWith::LivePage;
    let copy = ComparedWith::StoredCopy;
    let table = [
        (copy, date("2026-11-22"), Ok(())),
        (live, date("2026-12-01"), Ok(())),
        (copy, date("2024-12-01"), Ok(())),
        (copy, date("2024-11-30"), Err(NotRecent::TooOld)),
        (copy, date("2023-03-08"), Err(NotRecent::TooOld)),
        (copy, date("2017-03-22"), Err(NotRecent::TooOld)),
        // A month or a year alone counts from its first day: "2024-12"
        // could be 1 December, "2025" could be 1 January.
        (copy, date("2024-12"), Ok(())),
        (copy, date("2024-11"), Err(NotRecent::TooOld)),
        (copy, date("2024"), Err(NotRecent::TooOld)),
        (copy, date("2025"), Ok(())),
        (copy, None, Err(NotRecent::Undated)),
        (live, None, Err(NotRecent::Undated)),
        (
            ComparedWith::Nothing,
            date("2026-11-22"),
            Err(NotRecent::NoSource),
        ),
        (copy, date("2026-12-02"), Err(NotRecent::AfterReference)),
    ];
    for (how, dated, want) in table {
        assert_eq!(recent_enough(how, dated, as_of), want, "{how:?} {dated:?}");
    }
    // 29 February two years on.
    let leap = SourceDate::parse("2028-02-29").unwrap();
    assert_eq!(recent_enough(copy, date("2026-02-28"), leap), Ok(()));
    assert_eq!(
        recent_enough(copy, date("2026-02-27"), leap),
        Err(NotRecent::TooOld)
    );
    for bad in [
        "",
        "2026-13-01",
        "2026-02-30",
        "26-01-01",
        "2026/01/01",
        "2026--01",
        "1066",
    ] {
        assert_eq!(SourceDate::parse(bad), None, "{bad:?}");
    }
}

/// Every entry says how it was checked, and `checked = true` is never
/// claimed on a source that is undated or more than two years old on the
/// data's reference day (`sources_as_of`).
#[test]
fn checked_is_never_claimed_on_an_old_or_undated_source() {
    let as_of = as_of();
    for (_, e) in all_entries() {
        if let Some(text) = &e.source_dated {
            let date = SourceDate::parse(text)
                .unwrap_or_else(|| panic!("{}: source_dated {text:?} is YYYY[-MM[-DD]]", e.id));
            assert!(date <= as_of, "{}: {text} is after sources_as_of", e.id);
        }
        match e.compared_with {
            ComparedWith::Nothing => assert!(
                e.source_dated.is_none(),
                "{}: a date needs something it dates",
                e.id
            ),
            ComparedWith::LivePage => assert!(
                e.source_date().is_some_and(|d| d.exact),
                "{}: a live page was read on a day",
                e.id
            ),
            ComparedWith::StoredCopy => {}
        }
        if e.compared_with != ComparedWith::Nothing {
            assert!(e.source.contains("http"), "{}: names the page", e.id);
        }
        if e.checked {
            assert_eq!(
                recent_enough(e.compared_with, e.source_date(), as_of),
                Ok(()),
                "{}: checked = true needs a source at most two years old",
                e.id
            );
        }
    }
}

#[test]
fn every_web_address_is_https_and_every_phone_number_is_well_formed() {
    for (_, e) in all_entries() {
        if let Some(web) = &e.web {
            assert!(is_https_address(web), "{}: {web}", e.id);
        }
        for number in [&e.phone, &e.text].into_iter().flatten() {
            assert!(is_uk_phone(number), "{}: {number}", e.id);
            // The app's own checker, which carers' typed numbers go through,
            // agrees. We keep each organisation's own grouping for print.
            let check = check_phone(number);
            assert!(check.is_ok(), "{}: {number}: {check:?}", e.id);
        }
    }
}

#[test]
fn unchecked_details_are_listed_for_review() {
    for (_, e) in all_entries() {
        if e.has_contact() && !e.checked {
            assert!(e.needs_review(), "{} is reported", e.id);
        }
    }
    // Numbers not compared with the organisation's own page were left out
    // rather than guessed.
    for (_, e) in all_entries() {
        if e.phone.is_some() || e.text.is_some() {
            assert_ne!(
                e.compared_with,
                ComparedWith::Nothing,
                "{}: a phone number is only given once compared with the organisation's own page",
                e.id
            );
        }
    }
}

/// The seeds' only numbers and e-mail addresses belong to council and NHS
/// officers. None may reach the app: there is no e-mail address anywhere in
/// our data, and a council entry carries a phone number only when it was
/// checked on the organisation's own page.
#[test]
fn no_officer_contact_details() {
    let d = directory();
    let mut texts: Vec<(&str, &str)> = vec![];
    for (_, e) in all_entries() {
        assert!(e.email.is_none(), "{}: no e-mail addresses", e.id);
        texts.extend([
            (e.id.as_str(), e.name.as_str()),
            (e.id.as_str(), e.for_what.as_str()),
            (e.id.as_str(), e.who.as_str()),
            (e.id.as_str(), e.source.as_str()),
        ]);
        for text in [&e.guidance, &e.review_note, &e.web].into_iter().flatten() {
            texts.push((e.id.as_str(), text.as_str()));
        }
    }
    for rule in &d.signposts.rule {
        texts.push((rule.id.as_str(), rule.why.as_str()));
    }
    for (id, text) in texts {
        assert!(!text.contains('@'), "{id}: no e-mail address in {text:?}");
        assert!(!text.contains("mailto"), "{id}: no e-mail link");
    }
    for council in &d.councils.council {
        for e in &council.entry {
            if e.phone.is_some() {
                assert!(
                    e.compared_with != ComparedWith::Nothing && !e.needs_council_details,
                    "{}",
                    e.id
                );
            }
        }
    }
}

#[test]
fn each_preset_has_a_carers_hub_young_carers_service_and_assessment_route() {
    for council in &directory().councils.council {
        let has = |p: Purpose| council.entry.iter().any(|e| e.purpose == p);
        assert!(has(Purpose::CarersHub), "{} carers hub", council.id);
        assert!(has(Purpose::YoungCarers), "{} young carers", council.id);
        let route = council
            .entry
            .iter()
            .find(|e| e.purpose == Purpose::Assessment)
            .unwrap_or_else(|| panic!("{} assessment route", council.id));
        assert!(
            route
                .replaces
                .contains(&"council-adult-social-care".to_owned()),
            "{}: the local route stands in for the national one",
            council.id
        );
        let guidance = route.guidance.as_deref().unwrap_or_default();
        assert!(
            guidance.contains(&council.area) && guidance.contains("carer's assessment"),
            "{}: says whom to contact: {guidance}",
            council.id
        );
    }
}

#[test]
fn replacements_stand_in_for_national_entries_of_the_same_purpose() {
    for council in &directory().councils.council {
        for e in &council.entry {
            for id in &e.replaces {
                let replaced = directory()
                    .national(id)
                    .unwrap_or_else(|| panic!("{} replaces unknown {id}", e.id));
                assert_eq!(replaced.purpose, e.purpose, "{} replaces {id}", e.id);
            }
        }
    }
}

#[test]
fn worcestershire_entries_carry_the_web_addresses_from_the_seed() {
    let d = directory();
    let worcs = d.council("worcestershire").expect("preset");
    let expected = [
        (
            "worcestershire-carers-hub",
            "https://www.carersworcs.org.uk",
        ),
        ("worcestershire-young-carers", "https://www.yss.org.uk"),
        (
            "worcestershire-parent-carers",
            "https://www.parentcarers.org.uk",
        ),
        ("worcestershire-jigsaw", "https://www.jigsawgroup.info"),
        (
            "worcestershire-redditch-careline",
            "https://www.carerscareline.co.uk",
        ),
        (
            "worcestershire-healthwatch",
            "https://www.healthwatchworcestershire.co.uk",
        ),
    ];
    for (id, web) in expected {
        let entry = worcs.entry.iter().find(|e| e.id == id).expect(id);
        assert_eq!(entry.web.as_deref(), Some(web), "{id}");
        assert!(!entry.needs_council_details, "{id}");
    }
}

/// An organisation the seeds name only as a partner in the strategy is never
/// presented to carers as running a service; the entry that would need its
/// provider is flagged for the council to confirm.
#[test]
fn strategy_partners_are_not_presented_as_running_a_service() {
    let d = directory();
    let birmingham = d.council("birmingham").expect("birmingham");
    assert!(
        birmingham
            .partners_only
            .iter()
            .any(|p| p.contains("Children")),
        "Birmingham Children's Trust is a strategy partner only (seed 003)"
    );
    for council in &d.councils.council {
        for partner in &council.partners_only {
            for e in &council.entry {
                for shown in [
                    Some(&e.name),
                    Some(&e.for_what),
                    Some(&e.who),
                    e.guidance.as_ref(),
                ]
                .into_iter()
                .flatten()
                {
                    assert!(
                        !shown.contains(partner.as_str()),
                        "{}: shows {partner}, named in the seeds only as a strategy partner: {shown:?}",
                        e.id
                    );
                }
            }
        }
    }
    for id in [
        "birmingham-young-carers",
        "birmingham-parent-carer-assessment",
    ] {
        let e = d.find(id).expect(id);
        assert!(e.needs_council_details, "{id}");
        assert!(
            e.review_note
                .as_deref()
                .is_some_and(|n| n.starts_with("COUNCIL REVIEW")),
            "{id} is marked for council review"
        );
    }
}

#[test]
fn organisations_named_without_details_get_guidance_and_a_flag() {
    let d = directory();
    for id in [
        "bury-carers-hub",
        "bury-young-carers",
        "manchester-carers-network",
        "manchester-gaddum",
        "birmingham-carers-hub",
        "birmingham-young-carers",
    ] {
        let e = d.find(id).expect(id);
        assert!(e.needs_council_details, "{id}");
        assert!(
            e.web.is_none() && e.phone.is_none(),
            "{id}: nothing invented"
        );
        assert!(e.guidance.is_some(), "{id}");
    }
}

#[test]
fn council_colours_meet_wcag_aa() {
    for council in &directory().councils.council {
        let colours = &council.colours;
        for (pair, ratio) in colours.pairs() {
            let ratio = ratio.unwrap_or_else(|| panic!("{}: {pair} is #rrggbb", council.id));
            assert!(ratio >= 4.5, "{}: {pair} is {ratio:.2}:1", council.id);
        }
        assert!(colours.note.contains("confirm"), "{}", council.id);
    }
    // The formula itself: black on white is 21:1, a colour on itself 1:1.
    assert_eq!(contrast_ratio("#000000", "#ffffff"), Some(21.0));
    assert_eq!(contrast_ratio("#1d70b8", "#1d70b8"), Some(1.0));
    assert_eq!(contrast_ratio("1d70b8", "#ffffff"), None);
}

#[test]
fn presets_are_found_as_typed_in_a_link() {
    let d = directory();
    assert_eq!(
        d.council(" Bury ").map(|c| c.name.as_str()),
        Some("Bury Council")
    );
    assert!(d.council("atlantis").is_none());
}

#[test]
fn every_rule_is_well_formed_and_points_at_something_real() {
    let d = directory();
    let mut ids = BTreeSet::new();
    for rule in &d.signposts.rule {
        assert!(ids.insert(rule.id.as_str()), "duplicate rule {}", rule.id);
        assert_ne!(
            rule.always,
            rule.has_conditions(),
            "{}: either always, or some conditions",
            rule.id
        );
        match rule.target() {
            Some(Target::Entry(id)) => {
                // A rule names a national entry (a council's own entry
                // takes its place through `replaces`).
                assert!(d.national(id).is_some(), "{} targets unknown {id}", rule.id)
            }
            Some(Target::Purpose(purpose)) => assert!(
                all_entries().iter().any(|(_, e)| e.purpose == purpose),
                "{}: nothing has purpose {}",
                rule.id,
                purpose.id()
            ),
            None => panic!("{}: give exactly one of purpose or entry", rule.id),
        }
        for area in &rule.any_areas {
            assert!(
                OUTCOME_AREA_IDS.contains(&area.as_str()),
                "{}: {area}",
                rule.id
            );
        }
        for gap in &rule.any_gaps {
            assert!(PLAN_GAP_IDS.contains(&gap.as_str()), "{}: {gap}", rule.id);
        }
        for word in &rule.any_words {
            assert!(
                !word.is_empty() && word.chars().all(|c| c.is_ascii_lowercase()),
                "{}: {word:?} is one lower-case word",
                rule.id
            );
        }
    }
}

#[test]
fn every_entry_can_be_suggested_by_some_rule() {
    let rules = &directory().signposts.rule;
    for (_, e) in all_entries() {
        let reachable = rules.iter().any(|r| match r.target() {
            Some(Target::Purpose(p)) => p == e.purpose,
            Some(Target::Entry(id)) => id == e.id || e.replaces.iter().any(|x| x == id),
            None => false,
        });
        assert!(reachable, "no rule ever suggests {}", e.id);
    }
}

/// Reading age 9 to 11: short sentences, no placeholders, tidy spacing.
#[test]
fn wording_is_plain_and_tidy() {
    let d = directory();
    let mut texts: Vec<(&str, &str)> = vec![];
    for (_, e) in all_entries() {
        texts.extend([
            (e.id.as_str(), e.name.as_str()),
            (e.id.as_str(), e.for_what.as_str()),
            (e.id.as_str(), e.who.as_str()),
        ]);
        if let Some(g) = &e.guidance {
            texts.push((e.id.as_str(), g.as_str()));
        }
    }
    for rule in &d.signposts.rule {
        texts.push((rule.id.as_str(), rule.why.as_str()));
        if let Some(y) = &rule.young_why {
            texts.push((rule.id.as_str(), y.as_str()));
        }
    }
    for g in &d.directory.group {
        texts.push((g.id.id(), g.title.as_str()));
    }
    for (id, text) in texts {
        assert_tidy(id, text);
        for sentence in text.split(['.', '?', '!']) {
            let words = sentence.split_whitespace().count();
            assert!(words <= 30, "{id}: {words} words is too long: {sentence:?}");
        }
    }
}
