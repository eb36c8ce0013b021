//! Prints, for the national default and each council preset, every entry a
//! carer could be shown, where its details came from and whether they were
//! checked, then what a council reviewer must supply or check, and which
//! translated texts no fluent speaker has checked yet.
//!
//! Run with `cargo run --quiet --example content_report`.

use carer_check::content::directory::{directory, Council, Entry};
use carer_check::content::wording;
use carer_check::domain::sources::{oldest_first_key, recent_enough, ComparedWith, SourceDate};

fn main() {
    let d = directory();
    println!("Carer Check: directory content report");
    println!("======================================");
    print_by_source_age();
    print_place(None);
    for council in &d.councils.council {
        print_place(Some(council));
    }
    print_unchecked_translations();
}

/// For each language, every text no fluent speaker has checked against
/// today's English (src/content/wording/<tag>.review.toml), with the English,
/// so a council can commission a review.
fn print_unchecked_translations() {
    use std::collections::BTreeMap;
    let english: BTreeMap<String, String> =
        serde_json::from_str(carer_check::content::ENGLISH_WORDING_JSON)
            .expect("the English wording");
    let folder = std::path::Path::new(wording::TRANSLATIONS_DIR);
    let tags = wording::translation_tags(folder);
    let title = "Translations: texts no fluent speaker has checked";
    println!("\n{title}\n{}", "-".repeat(title.len()));
    for tag in tags {
        let review = std::fs::read_to_string(folder.join(format!("{tag}.review.toml")))
            .expect("each language has a review record");
        let review: wording::Review = toml::from_str(&review).expect("the review record reads");
        let unchecked = wording::unchecked(&english, &review.checked).expect("no unknown key");
        println!(
            "\n{tag}: {} of {} texts unchecked",
            unchecked.len(),
            english.len()
        );
        for key in unchecked {
            println!("  {key}: {:?}", english[key]);
        }
        // Written in the language itself, beside its name, so it has no review record.
        let languages = &carer_check::content::site::site().languages;
        if let Some(own) = languages.iter().find(|language| language.tag == tag) {
            println!(
                "  and in site.toml, the line offering it: \"{}\"",
                own.offer
            );
        }
    }
}

/// Every entry, national and local, by the age of its newest source:
/// undated ones first (they may be any age), then oldest first, so a
/// reviewer starts with what is most likely out of date.
fn print_by_source_age() {
    let d = directory();
    let as_of = SourceDate::parse(&d.directory.sources_as_of);
    let mut all: Vec<(&str, &Entry)> = d.directory.entry.iter().map(|e| ("national", e)).collect();
    for c in &d.councils.council {
        all.extend(c.entry.iter().map(|e| (c.id.as_str(), e)));
    }
    // Entries compared with nothing have no source to age: they come last,
    // as their own list.
    let (mut compared, nothing): (Vec<_>, Vec<_>) = all
        .into_iter()
        .partition(|(_, e)| e.compared_with != ComparedWith::Nothing);
    compared.sort_by_key(|(_, e)| oldest_first_key(e.source_date()));

    let title = format!(
        "Entries by the age of their newest source, oldest first (as of {})",
        d.directory.sources_as_of
    );
    println!("\n{title}\n{}", "-".repeat(title.chars().count()));
    for (place, e) in &compared {
        let dated = e.source_dated.as_deref().unwrap_or("date unknown");
        let how = match e.compared_with {
            ComparedWith::LivePage => "live page read",
            ComparedWith::StoredCopy => "stored copy",
            ComparedWith::Nothing => "nothing",
        };
        let verdict =
            match as_of.map(|as_of| recent_enough(e.compared_with, e.source_date(), as_of)) {
                Some(Ok(())) if e.checked => "checked".to_owned(),
                Some(Ok(())) => "recent enough to mark checked".to_owned(),
                Some(Err(why)) => format!("not checked: {why:?}"),
                None => "sources_as_of is not a date".to_owned(),
            };
        println!("  {dated:<12} {how:<15} {:<42} [{place}] {verdict}", e.id);
    }
    println!(
        "\nNot compared with any page ({}): guidance, or details still to compare",
        nothing.len()
    );
    for (place, e) in &nothing {
        println!("  {} [{place}]", e.id);
    }
}

fn print_place(council: Option<&Council>) {
    let d = directory();
    let title = council.map_or_else(
        || "National (England-wide default)".to_owned(),
        |c| format!("{} (?council={})", c.name, c.id),
    );
    println!("\n{title}\n{}", "-".repeat(title.chars().count()));

    if let Some(c) = council {
        let colours = &c.colours;
        println!(
            "Colours: primary {}, text on primary {}, link {}",
            colours.primary, colours.on_primary, colours.link
        );
        for (pair, ratio) in colours.pairs() {
            let ratio = ratio.map_or("not a #rrggbb colour".to_owned(), |r| format!("{r:.2}:1"));
            println!("  {pair}: {ratio}");
        }
        println!("  {}", colours.note);
        for partner in &c.partners_only {
            println!("Named in the seeds only as a strategy partner (never shown as running a service): {partner}");
        }
    }

    // Nationally every national entry is listed; with a preset, its own
    // entries and the national ones it does not replace.
    let entries: Vec<(&Entry, bool)> = d.entries_for(council).collect();
    println!("\nEntries a carer could be shown ({}):", entries.len());
    for (entry, local) in &entries {
        print_entry(entry, *local);
    }

    let mut to_do: Vec<String> = entries
        .iter()
        .filter(|(_, local)| *local || council.is_none())
        .filter(|(e, _)| e.needs_review() || e.review_note.is_some())
        .map(|(e, _)| review_line(e))
        .collect();
    if let Some(c) = council {
        to_do.push(format!(
            "Colours: confirm {}, {} and {} are right for {}.",
            c.colours.primary, c.colours.on_primary, c.colours.link, c.name
        ));
    }
    let whose = if council.is_some() {
        "The council reviewer must supply or check (national entries: see above)"
    } else {
        "To check or add before relying on the national list"
    };
    println!("\n{whose} ({}):", to_do.len());
    for line in to_do {
        println!("  - {line}");
    }
}

fn print_entry(e: &Entry, local: bool) {
    let status = match (&e.last_checked, e.has_contact()) {
        (Some(date), _) => format!("checked {date}"),
        (None, true) if e.compared_with != ComparedWith::Nothing => format!(
            "compared with a {}, {}: re-check",
            e.compared_with.id(),
            e.source_dated.as_deref().unwrap_or("date unknown")
        ),
        (None, true) => "NOT CHECKED".to_owned(),
        (None, false) => "guidance only".to_owned(),
    };
    let place = if local { "local" } else { "national" };
    println!(
        "\n  {} [{}; {}, {}; {}]",
        e.name,
        e.id,
        place,
        e.group.id(),
        status
    );
    for (label, value) in [
        ("web", &e.web),
        ("phone", &e.phone),
        ("text", &e.text),
        ("email", &e.email),
        ("guidance", &e.guidance),
    ] {
        if let Some(value) = value {
            println!("    {label}: {value}");
        }
    }
    println!("    source: {}", e.source);
    if e.needs_council_details {
        println!("    NEEDS COUNCIL DETAILS");
    }
}

fn review_line(e: &Entry) -> String {
    let mut what = vec![];
    if e.needs_council_details {
        what.push("supply contact details".to_owned());
    }
    if e.has_contact() && !e.checked {
        what.push("check the contact details against the organisation's own page".to_owned());
    }
    let mut line = format!("{} [{}]:", e.name, e.id);
    if !what.is_empty() {
        line.push_str(&format!(" {}.", what.join("; ")));
    }
    if let Some(note) = &e.review_note {
        line.push(' ');
        line.push_str(note);
    }
    line
}
