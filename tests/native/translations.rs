//! Every language a carer can choose: each translation has every English key
//! with the same placeholders, and records which texts a fluent speaker has
//! checked, so the app can say honestly when none has (issue 17).

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;

use carer_check::content::wording::{self, Review};

const WORDING_DIR: &str = wording::TRANSLATIONS_DIR;

/// The languages the councils asked for (Urdu, Punjabi in Gurmukhi, Bengali,
/// Polish): each must be there, whole.
const LANGUAGES: &[&str] = &["bn", "pa", "pl", "ur"];

type Texts = BTreeMap<String, String>;

fn english() -> Texts {
    serde_json::from_str(carer_check::content::ENGLISH_WORDING_JSON).expect("the English wording")
}

fn translation(tag: &str) -> Texts {
    let path = Path::new(WORDING_DIR).join(format!("{tag}.json"));
    let text =
        fs::read_to_string(&path).unwrap_or_else(|_| panic!("{} is missing", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|err| panic!("{}: {err}", path.display()))
}

fn review(tag: &str) -> Review {
    let path = Path::new(WORDING_DIR).join(format!("{tag}.review.toml"));
    let text =
        fs::read_to_string(&path).unwrap_or_else(|_| panic!("{} is missing", path.display()));
    toml::from_str(&text).unwrap_or_else(|err| panic!("{}: {err}", path.display()))
}

/// The tags of the translations in the wording folder.
fn tags() -> Vec<String> {
    wording::translation_tags(Path::new(WORDING_DIR))
}

#[test]
fn every_language_the_councils_asked_for_is_there() {
    let tags = tags();
    for tag in LANGUAGES {
        assert!(
            tags.iter().any(|t| t == tag),
            "no {tag}.json in {WORDING_DIR}"
        );
    }
}

#[test]
fn every_language_has_every_key_with_the_same_placeholders() {
    let english = english();
    for tag in tags() {
        let faults = wording::faults(&english, &translation(&tag));
        assert!(faults.is_empty(), "{tag}:\n{}", faults.join("\n"));
    }
}

#[test]
fn no_translated_text_is_empty_and_the_unchecked_note_is_translated() {
    let english = english();
    for tag in tags() {
        let texts = translation(&tag);
        let empty: Vec<_> = texts
            .iter()
            .filter(|(_, t)| t.trim().is_empty())
            .map(|(k, _)| k)
            .collect();
        assert!(empty.is_empty(), "{tag}: empty texts {empty:?}");
        for key in ["site.language_unreviewed", "site.language_in_english"] {
            assert_ne!(texts[key], english[key], "{tag}: {key} is still in English");
        }
    }
}

#[test]
fn every_language_records_which_texts_a_fluent_speaker_has_checked() {
    let english = english();
    for tag in tags() {
        let review = review(&tag);
        let unchecked = wording::unchecked(&english, &review.checked)
            .unwrap_or_else(|faults| panic!("{tag}: {}", faults.join("\n")));
        // Honest about it: a text counts as checked only against today's English.
        assert_eq!(
            unchecked.len()
                + review
                    .checked
                    .iter()
                    .filter(|(k, t)| english.get(*k) == Some(t))
                    .count(),
            english.len(),
            "{tag}"
        );
    }
}

#[test]
fn a_missing_key_an_unknown_key_or_a_lost_placeholder_is_refused() {
    let english: Texts = [("a", "Call {phone} now"), ("b", "Back")]
        .map(|(k, t)| (k.to_owned(), t.to_owned()))
        .into();
    let whole: Texts = [("a", "Zadzwoń pod {phone}"), ("b", "Wstecz")]
        .map(|(k, t)| (k.to_owned(), t.to_owned()))
        .into();
    assert!(wording::faults(&english, &whole).is_empty());

    let mut missing = whole.clone();
    missing.remove("b");
    assert_eq!(wording::faults(&english, &missing), ["b: missing"]);

    let mut unknown = whole.clone();
    unknown.insert("c".into(), "x".into());
    assert_eq!(
        wording::faults(&english, &unknown),
        ["c: not a key of the English wording"]
    );

    for wrong in ["Zadzwoń teraz", "Zadzwoń pod {telefon}", "{phone} {phone}"] {
        let mut lost = whole.clone();
        lost.insert("a".into(), wrong.into());
        assert_eq!(wording::faults(&english, &lost).len(), 1, "{wrong}");
    }
}

#[test]
fn a_text_checked_against_english_that_has_since_changed_counts_as_unchecked() {
    let english: Texts = [("a", "Call us"), ("b", "Back"), ("c", "Next")]
        .map(|(k, t)| (k.to_owned(), t.to_owned()))
        .into();
    let checked = |pairs: &[(&str, &str)]| -> wording::Checked {
        pairs
            .iter()
            .map(|(k, t)| ((*k).to_owned(), (*t).to_owned()))
            .collect()
    };
    assert_eq!(
        wording::unchecked(&english, &checked(&[])).unwrap(),
        ["a", "b", "c"]
    );
    assert_eq!(
        wording::unchecked(
            &english,
            &checked(&[("a", "Call us"), ("b", "Go back"), ("c", "Next")])
        )
        .unwrap(),
        ["b"],
        "b was checked against older English"
    );
    assert!(wording::unchecked(
        &english,
        &checked(&[("a", "Call us"), ("b", "Back"), ("c", "Next")])
    )
    .unwrap()
    .is_empty());
    assert!(
        wording::unchecked(&english, &checked(&[("gone", "Old")])).is_err(),
        "a key the English no longer has"
    );
}

#[test]
fn the_footer_names_exactly_english_and_the_languages_that_have_a_file() {
    let languages = &carer_check::content::site::site().languages;
    let mut named: Vec<&str> = languages.iter().map(|l| l.tag.as_str()).collect();
    named.sort_unstable();
    let mut expected = tags();
    expected.push("en".to_owned());
    expected.sort();
    assert_eq!(named, expected);
    // Each named in its own words: none blank, no two alike.
    for (i, a) in languages.iter().enumerate() {
        assert!(!a.name.trim().is_empty(), "{}", a.tag);
        for b in &languages[i + 1..] {
            assert_ne!(a.name, b.name);
        }
    }
}

/// Carer's Leave is one week in any 12 months (a rolling period, not a
/// calendar year: CONTENT.md). Every text that gives its length says so, in
/// English and in each language, so no page tells a carer "a year".
#[test]
fn every_text_giving_carers_leave_its_length_says_in_any_12_months() {
    let english = english();
    let about_leave: Vec<&String> = english
        .iter()
        .filter(|(key, text)| {
            (text.contains("Carer's Leave")
                || key.contains("carers-leave")
                || key.contains("carers_leave"))
                && text.contains("week")
        })
        .map(|(key, _)| key)
        .collect();
    assert!(
        about_leave.len() >= 4,
        "the texts that give Carer's Leave its length were not found: {about_leave:?}"
    );
    for key in &about_leave {
        let text = &english[*key];
        assert!(text.contains("in any 12 months"), "{key}: {text}");
        for year in ["a year", "each year", "every year", "per year", "yearly"] {
            assert!(!text.contains(year), "{key} says \"{year}\": {text}");
        }
    }
    for tag in tags() {
        let texts = translation(&tag);
        for key in &about_leave {
            assert!(
                texts[*key].contains("12"),
                "{tag}: {key} does not say 12 months: {}",
                texts[*key]
            );
        }
    }
}

/// The numbers in a text, as ASCII digits with `.` for a decimal point: Bengali,
/// Gurmukhi and Urdu digits count as the same numbers, and "1,73" (Polish) as 1.73.
fn numbers_in(text: &str) -> Vec<String> {
    const ZEROS: [u32; 5] = ['0' as u32, 0x0660, 0x06F0, 0x09E6, 0x0A66];
    let ascii: String = text
        .chars()
        .map(|c| {
            ZEROS
                .iter()
                .find(|&&zero| (zero..zero + 10).contains(&(c as u32)))
                .map_or(c, |&zero| {
                    char::from_digit(c as u32 - zero, 10).expect("a digit")
                })
        })
        .collect();
    // Placeholders are checked on their own: `{days}` is not a number.
    let mut numbers = Vec::new();
    let mut current = String::new();
    let mut in_placeholder = false;
    let chars: Vec<char> = ascii.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        match c {
            '{' => in_placeholder = true,
            '}' => in_placeholder = false,
            _ if in_placeholder => {}
            '0'..='9' => current.push(c),
            '.' | ',' | ':'
                if !current.is_empty() && chars.get(i + 1).is_some_and(char::is_ascii_digit) =>
            {
                current.push(if c == ':' { ':' } else { '.' });
            }
            _ => {}
        }
        if !c.is_ascii_digit() && !matches!(c, '.' | ',' | ':') && !current.is_empty() {
            numbers.push(std::mem::take(&mut current));
        }
    }
    if !current.is_empty() {
        numbers.push(current);
    }
    numbers.sort();
    numbers
}

/// A translation says the same numbers as the English: hours, ages, amounts,
/// dates, phone numbers. A number lost or changed in a translation is wrong
/// advice (35 hours for Carer's Allowance, 16 for a young carer), and no
/// reader of that language could tell. Where the same meaning is written
/// another way, the exception says how.
#[test]
fn every_translation_says_the_same_numbers_as_the_english() {
    const WRITTEN_ANOTHER_WAY: &[(&str, &str, &str)] = &[
        (
            "bn",
            "messages.phone_number.has_letters",
            "\"a zero\" written as the digit 0",
        ),
        (
            "pa",
            "messages.phone_number.has_letters",
            "\"a zero\" written as the digit 0",
        ),
        (
            "pl",
            "messages.date.no_such_day",
            "\"days 1 to {days}\" said as \"the last day is {days}\"",
        ),
    ];
    let english = english();
    let mut problems = Vec::new();
    for tag in tags() {
        let texts = translation(&tag);
        for (key, text) in &english {
            let excepted = WRITTEN_ANOTHER_WAY
                .iter()
                .any(|(t, k, _)| *t == tag && k == key);
            let (want, got) = (numbers_in(text), numbers_in(&texts[key]));
            if want != got && !excepted {
                problems.push(format!(
                    "{tag}: {key}: English {want:?}, translation {got:?}"
                ));
            }
            if want == got && excepted {
                problems.push(format!("{tag}: {key}: an exception no longer needed"));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn numbers_are_compared_whatever_the_script_or_decimal_mark() {
    assert_eq!(
        numbers_in("35 hours, £83.30, 1,73 m, 07:30"),
        ["07:30", "1.73", "35", "83.30"]
    );
    assert_eq!(numbers_in("৩৫ ঘণ্টা"), ["35"]);
    assert_eq!(numbers_in("۳۵ گھنٹے"), ["35"]);
    assert_eq!(numbers_in("੩੫"), ["35"]);
    assert_eq!(numbers_in("{days} days, one week"), Vec::<String>::new());
    assert_ne!(numbers_in("25 hours"), numbers_in("35 hours"));
}

/// Names of benefits, rights, laws and services stay in English in every
/// language (with a short explanation beside them where the translator chose):
/// they are what a carer will find on the official form, the phone line or
/// GOV.UK, and a carer must be able to match them.
#[test]
fn names_of_benefits_laws_and_services_stay_in_english() {
    const NAMES: &[&str] = &[
        "Carer's Allowance",
        "Carer's Credit",
        "Carer's Leave",
        "Carer's Leave Act 2023",
        "Care Act 2014",
        "Children and Families Act 2014",
        "Carers UK",
        "Carers Trust",
        "Age UK",
        "Citizens Advice",
        "NHS 111",
        "Samaritans",
        "Childline",
        "Refuge",
        "GOV.UK",
        "Working Families",
        "Dementia UK",
        "Admiral Nurse",
        "Herbert Protocol",
        "Jobcentre Plus",
        "Universal Credit",
    ];
    let english = english();
    let mut problems = Vec::new();
    for name in NAMES {
        let keys: Vec<&String> = english
            .iter()
            .filter(|(_, text)| text.contains(name))
            .map(|(key, _)| key)
            .collect();
        assert!(
            !keys.is_empty(),
            "no English text names {name}: take it off this list"
        );
        for tag in tags() {
            let texts = translation(&tag);
            for key in &keys {
                if !texts[*key].contains(name) {
                    problems.push(format!(
                        "{tag}: {key} does not keep \"{name}\": {}",
                        texts[*key]
                    ));
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// A text with its own version for a young person (`young_title`,
/// `young_text`…) keeps it in every language: a young version copied from the
/// adult one would tell a 14-year-old what only an adult can do.
#[test]
fn a_young_persons_own_wording_stays_its_own_in_every_language() {
    let english = english();
    let pairs: Vec<(String, &String)> = english
        .keys()
        .filter_map(|key| {
            let (parent, last) = key.rsplit_once('.')?;
            let adult = format!("{parent}.{}", last.strip_prefix("young_")?);
            english.contains_key(&adult).then_some((adult, key))
        })
        .filter(|(adult, young)| english[adult] != english[*young])
        .collect();
    assert!(
        pairs.len() >= 40,
        "the young versions were not found: {}",
        pairs.len()
    );
    for tag in tags() {
        let texts = translation(&tag);
        for (adult, young) in &pairs {
            assert_ne!(
                texts[adult], texts[*young],
                "{tag}: {young} is the same as {adult}, but the English differs"
            );
        }
    }
}
