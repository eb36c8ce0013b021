//! Prints, for the national default and each council preset, every entry a
//! carer could be shown, where its details came from and whether they were
//! checked, then what a council reviewer must supply or check.
//!
//! Run with `cargo run --quiet --example content_report`.

use carer_check::content::directory::{directory, Council, Entry};

fn main() {
    let d = directory();
    println!("Carer Check: directory content report");
    println!("======================================");
    print_place(None);
    for council in &d.councils.council {
        print_place(Some(council));
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
