//! A language's wording as translators see it: one flat table of key -> text.
//!
//! The English wording lives in `data/*.toml` beside the facts it goes with.
//! Every other language is a file `wording/<tag>.json` holding the same keys,
//! each with its text in that language: a format translation tools read as it
//! is. `build.rs` checks each file (every key present, no unknown key, the
//! same `{placeholders}`), puts its texts in place of the English ones and
//! writes the language's content as its own download (`dist/lang/<tag>.bin`).
//! This file is shared by `build.rs` and the tests.

use std::collections::BTreeMap;

use serde_json::Value;

/// Keys whose text is not read by a carer as wording: ids, option ids,
/// references between entries, sources and review notes. Everything else
/// that is text is wording, unless its value is an address, a number, a
/// date or a colour (see `is_wording`).
pub const NOT_WORDING: &[&str] = &[
    "id",
    "for",
    "audience",
    "purpose",
    "group",
    "entry",
    "rule",
    "seed",
    "covers",
    "framework",
    "replaces",
    "any_kinds",
    "none_of_kinds",
    "any_needs",
    "any_areas",
    "any_statements",
    "any_ages",
    "any_gaps",
    // Whole words looked for in what the carer wrote (in English for now).
    "any_words",
    "hours_at_least",
    "source",
    "review_note",
    "last_checked",
    "checked",
    "compared_with",
    "source_dated",
    "sources_as_of",
    "partners_only",
    "text_number",
];

/// Tables that hold no wording at all: a council's colours and the note on
/// where they come from; the languages, each named in its own language.
const NOT_WORDING_TABLES: &[&str] = &["colours", "languages"];

/// Keys that hold an id in some tables and wording in others: an outcome
/// area's id (`recognised-and-valued`), a council's place name (`Bury`).
const ID_WHEN_ID_SHAPED: &[&str] = &["area"];

/// The tag of the pseudo-locale: every text accented, a third longer and in
/// brackets, for tests that prove no English is left in the code.
pub const PSEUDO: &str = "en-XA";

/// Whether the text under `key` is wording a carer reads.
pub fn is_wording(key: &str, text: &str) -> bool {
    if NOT_WORDING.contains(&key) {
        return false;
    }
    let id_shaped = !text.is_empty()
        && text
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
    if ID_WHEN_ID_SHAPED.contains(&key) && id_shaped {
        return false;
    }
    let is_address = text.starts_with("http") || (text.contains('@') && !text.contains(' '));
    let is_number = !text.is_empty()
        && text
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, ' ' | '+' | '(' | ')'));
    let is_date_or_colour = text.starts_with('#')
        || (text.len() <= 10 && text.chars().all(|c| c.is_ascii_digit() || c == '-'));
    !(is_address || is_number || is_date_or_colour)
}

/// Calls `visit(key, text)` for each wording text, in file order. A key is
/// the path of tables and list items, a list item named by its `id` when it
/// has one: `questions.question.hours.title`.
pub fn visit_wording(root: &mut Value, visit: &mut dyn FnMut(&str, &mut String)) {
    walk(root, "", "", visit);
}

fn walk(value: &mut Value, path: &str, key: &str, visit: &mut dyn FnMut(&str, &mut String)) {
    let join = |path: &str, part: &str| {
        if path.is_empty() {
            part.to_owned()
        } else {
            format!("{path}.{part}")
        }
    };
    match value {
        Value::String(text) if is_wording(key, text) => visit(path, text),
        Value::Array(items) => {
            for (index, item) in items.iter_mut().enumerate() {
                let name = item
                    .get("id")
                    .and_then(Value::as_str)
                    .map_or_else(|| index.to_string(), str::to_owned);
                walk(item, &join(path, &name), key, visit);
            }
        }
        Value::Object(map) => {
            for (name, item) in map.iter_mut() {
                if !NOT_WORDING_TABLES.contains(&name.as_str()) {
                    walk(item, &join(path, name), name, visit);
                }
            }
        }
        _ => {}
    }
}

/// The names inside `{…}`, sorted: a translation must keep every one.
pub fn placeholders(text: &str) -> Vec<&str> {
    let mut names: Vec<&str> = text
        .split('{')
        .skip(1)
        .filter_map(|rest| rest.split_once('}').map(|(name, _)| name))
        .collect();
    names.sort_unstable();
    names
}

/// The pseudo-locale's text: every letter accented, about a third longer, in
/// brackets; `{placeholders}` kept as they are.
pub fn pseudo(text: &str) -> String {
    let mut out = String::from("[");
    let mut in_placeholder = false;
    for c in text.chars() {
        match c {
            '{' => in_placeholder = true,
            '}' => in_placeholder = false,
            _ => {}
        }
        if in_placeholder || !c.is_ascii_alphabetic() {
            out.push(c);
            continue;
        }
        out.push(accented(c));
    }
    // About 35% longer, as many languages are longer than English.
    out.push(' ');
    for i in 0..(text.chars().count() * 35).div_ceil(100) {
        out.push(if i % 4 == 3 { ' ' } else { '~' });
    }
    out.push(']');
    out
}

fn accented(c: char) -> char {
    // Every letter changes, so a test can tell any English left on a page.
    const PLAIN: &str = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    const MARKED: &str = "åƀçđéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÅƁÇĐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ";
    PLAIN
        .chars()
        .position(|plain| plain == c)
        .and_then(|at| MARKED.chars().nth(at))
        .unwrap_or(c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pseudo_changes_every_letter_keeps_placeholders_and_is_longer() {
        let text = "Emergency plan for {name}, page {n} of {total}";
        let changed = pseudo(text);
        assert!(
            changed.starts_with('[') && changed.ends_with(']'),
            "{changed}"
        );
        let outside: String = changed
            .split('{')
            .map(|part| part.split_once('}').map_or(part, |(_, rest)| rest))
            .collect();
        assert!(
            !outside.chars().any(|c| c.is_ascii_alphabetic()),
            "{changed}"
        );
        assert_eq!(placeholders(&changed), placeholders(text));
        assert!(
            changed.chars().count() * 100 >= text.chars().count() * 130,
            "{changed}"
        );
    }

    #[test]
    fn ids_addresses_numbers_and_dates_are_not_wording() {
        assert!(!is_wording("id", "carers-uk"));
        assert!(!is_wording("web", "https://www.carersuk.org"));
        assert!(!is_wording("phone", "0808 808 7777"));
        assert!(!is_wording("email", "advice@example.org"));
        assert!(!is_wording("checked", "2026-11-22"));
        assert!(is_wording("web", "Website"));
        assert!(is_wording("phone", "Phone"));
        assert!(is_wording("title", "How old are you?"));
        assert!(!is_wording("area", "recognised-and-valued"));
        assert!(is_wording("area", "Bury"));
    }

    #[test]
    fn entries_are_wording_but_a_rule_naming_an_entry_and_colours_are_not() {
        let mut root = serde_json::json!({
            "directory": {"entry": [{"id": "carers-uk", "name": "Carers UK", "web": "https://www.carersuk.org"}]},
            "signposts": {"rule": [{"id": "money", "entry": "carers-uk", "why": "It can help with money."}]},
            "councils": {"council": [{"id": "bury", "area": "Bury", "colours": {"primary": "#00594f", "note": "Our guess at the council's colours."}}]},
        });
        let mut texts = Vec::new();
        visit_wording(&mut root, &mut |_, text| texts.push(text.clone()));
        texts.sort();
        assert_eq!(texts, ["Bury", "Carers UK", "It can help with money."]);
    }

    #[test]
    fn keys_name_list_items_by_id() {
        let mut root = serde_json::json!({"questions": {"question": [{"id": "age", "title": "How old are you?", "options": [{"id": "under-16", "label": "Under 16"}]}]}});
        let mut keys = Vec::new();
        visit_wording(&mut root, &mut |key, _| keys.push(key.to_owned()));
        keys.sort();
        assert_eq!(
            keys,
            [
                "questions.question.age.options.under-16.label",
                "questions.question.age.title"
            ]
        );
    }
}

/// What is wrong with a translation: a key the English does not have, a key
/// missing, or a text whose `{placeholders}` differ from the English.
pub fn faults(
    english: &BTreeMap<String, String>,
    translation: &BTreeMap<String, String>,
) -> Vec<String> {
    let unknown = translation
        .keys()
        .filter(|key| !english.contains_key(*key))
        .map(|key| format!("{key}: not a key of the English wording"));
    let wrong = english
        .iter()
        .filter_map(|(key, text)| match translation.get(key) {
            None => Some(format!("{key}: missing")),
            Some(translated) if placeholders(translated) != placeholders(text) => Some(format!(
                "{key}: placeholders differ from the English {text:?}"
            )),
            Some(_) => None,
        });
    unknown.chain(wrong).collect()
}

/// English with each text replaced by its translation, when the translation
/// has no `faults`: a page can never show a gap or a `{name}`.
pub fn translate(
    english_root: &Value,
    english: &BTreeMap<String, String>,
    translation: &BTreeMap<String, String>,
) -> Result<Value, Vec<String>> {
    let problems = faults(english, translation);
    if !problems.is_empty() {
        return Err(problems);
    }
    let mut root = english_root.clone();
    visit_wording(&mut root, &mut |key, text| {
        if let Some(translated) = translation.get(key) {
            *text = translated.clone();
        }
    });
    Ok(root)
}

/// Where the translations live, from the crate's root.
pub const TRANSLATIONS_DIR: &str = "src/content/wording";

/// The tags of the translations in `folder` (each `<tag>.json`), sorted; none
/// when the folder cannot be read.
pub fn translation_tags(folder: &std::path::Path) -> Vec<String> {
    let mut tags: Vec<String> = std::fs::read_dir(folder)
        .into_iter()
        .flatten()
        .filter_map(|entry| {
            let name = entry.ok()?.file_name().into_string().ok()?;
            name.strip_suffix(".json").map(str::to_owned)
        })
        .collect();
    tags.sort();
    tags
}

/// A language's review record (`wording/<tag>.review.toml`): each text a
/// fluent speaker has checked, with the English it was checked against.
pub type Checked = BTreeMap<String, String>;

/// The review file as written: `[checked]`, empty until someone checks.
#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Review {
    pub checked: Checked,
}

/// The keys whose translation no fluent speaker has checked against today's
/// English: never checked, or checked before the English changed. A checked
/// key the English no longer has is a fault in the record.
pub fn unchecked<'a>(
    english: &'a BTreeMap<String, String>,
    checked: &Checked,
) -> Result<Vec<&'a str>, Vec<String>> {
    let stale: Vec<String> = checked
        .keys()
        .filter(|key| !english.contains_key(*key))
        .map(|key| format!("{key}: checked, but not a key of the English wording"))
        .collect();
    if !stale.is_empty() {
        return Err(stale);
    }
    Ok(english
        .iter()
        .filter(|(key, text)| checked.get(*key) != Some(*text))
        .map(|(key, _)| key.as_str())
        .collect())
}

/// Where the note on an unchecked translation lives, and its link to the
/// English. Blank in English (never shown there) and in a checked language.
pub const UNCHECKED_NOTE: [&str; 2] = ["site", "language_unreviewed"];
pub const IN_ENGLISH_LINK: [&str; 2] = ["site", "language_in_english"];

/// Blanks the text at `path` (a table path in the content).
pub fn blank(root: &mut Value, path: &[&str]) {
    let text = path
        .iter()
        .try_fold(root, |value, part| value.get_mut(*part))
        .expect("the content has the text to blank");
    *text = Value::String(String::new());
}
