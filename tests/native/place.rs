//! Choosing the council: from the link, the embedding page and the carer's
//! own choice, and the link a professional shares.

use carer_check::content::directory::directory;
use carer_check::domain::place::{self, council_in_link, Start, ELSEWHERE};

/// The presets are the directory's councils.
fn is_preset(id: &str) -> bool {
    directory().council(id).is_some()
}

fn is_known(id: &str) -> bool {
    place::is_known(id, is_preset)
}

fn start(saved: &str, link: Option<&str>, host: Option<&str>) -> Start {
    place::start(saved, link, host, is_preset)
}

/// As the share page calls it: the preset id when the choice is one.
fn share_link(page: &str, chosen: &str) -> String {
    place::share_link(page, directory().council(chosen).map(|c| c.id.as_str()))
}

fn chosen(council: &str) -> Start {
    Start {
        council: council.into(),
        unknown: None,
    }
}

#[test]
fn the_council_is_read_from_the_query_string() {
    assert_eq!(council_in_link("?council=bury"), Some("bury".into()));
    assert_eq!(
        council_in_link("?a=1&council=worcestershire&b=2"),
        Some("worcestershire".into())
    );
    assert_eq!(council_in_link("council=Bury%20"), Some("Bury".into()));
    assert_eq!(
        council_in_link("?council=st+helens"),
        Some("st helens".into())
    );
    assert_eq!(council_in_link("?council=%3Cb%3E"), Some("b".into()));
    assert_eq!(council_in_link("?council="), None);
    assert_eq!(council_in_link("?councils=bury"), None);
    assert_eq!(council_in_link(""), None);
    // Broken escapes at the end never panic.
    assert_eq!(council_in_link("?council=bu%"), Some("bu".into()));
    assert_eq!(council_in_link("?council=é%2"), Some("é".into()));
}

#[test]
fn the_four_presets_and_the_national_choice_are_known() {
    for id in [
        "bury",
        "manchester",
        "birmingham",
        "worcestershire",
        ELSEWHERE,
    ] {
        assert!(is_known(id), "{id}");
    }
    assert!(!is_known("atlantis"));
    assert!(!is_known(""));
}

#[test]
fn link_then_host_then_nothing() {
    assert_eq!(start("", Some("bury"), Some("manchester")), chosen("bury"));
    assert_eq!(start("", None, Some("manchester")), chosen("manchester"));
    assert_eq!(
        start("", Some(" "), Some("manchester")),
        chosen("manchester")
    );
    assert_eq!(start("", None, None), chosen(""));
    // Ids in links are forgiving about capitals.
    assert_eq!(
        start("", Some("Worcestershire"), None),
        chosen("worcestershire")
    );
}

#[test]
fn the_carers_own_choice_wins_over_links_and_hosts() {
    assert_eq!(
        start("birmingham", Some("bury"), Some("manchester")),
        chosen("birmingham")
    );
    assert_eq!(start(ELSEWHERE, Some("bury"), None), chosen(ELSEWHERE));
}

#[test]
fn an_unknown_id_keeps_the_national_list_and_is_reported_shortened() {
    assert_eq!(
        start("", Some("atlantis"), Some("bury")),
        Start {
            council: String::new(),
            unknown: Some("atlantis".into())
        }
    );
    let long = "x".repeat(500);
    let reported = start("", Some(&long), None).unknown.unwrap();
    assert_eq!(reported.chars().count(), 40);
    // Kept as typed: the page shows it as text, never as markup.
    let markup = start("", Some("<img src=x>"), None).unknown;
    assert_eq!(markup.as_deref(), Some("<img src=x>"));
}

#[test]
fn the_shared_link_carries_the_council_and_nothing_else() {
    let page = "https://example.org/carer-check/";
    assert_eq!(
        share_link(page, "bury"),
        "https://example.org/carer-check/?council=bury"
    );
    assert_eq!(
        share_link(
            "https://example.org/carer-check/?council=bury&utm=x#/tasks",
            "worcestershire"
        ),
        "https://example.org/carer-check/?council=worcestershire"
    );
    assert_eq!(share_link(page, ELSEWHERE), page);
    assert_eq!(share_link(page, ""), page);
    assert_eq!(share_link(page, "atlantis"), page);
}
