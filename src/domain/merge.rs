//! Joining two copies of the answers that were changed apart (two browser
//! tabs keeping the same answers on this device).
//!
//! A three-way merge on the saved JSON value: `base` is the copy both sides
//! last agreed on, `mine` this tab's answers and `theirs` the copy another tab
//! saved. Each answer (a leaf: text, a choice, a list of choices) is taken
//! from the side that changed it. Emergency plans are matched by their `id`,
//! so two tabs can each change a different person's plan, add one or remove
//! one. When both sides changed the same answer differently, that is a real
//! conflict: `value` keeps this tab's version and `other` the other tab's,
//! so nothing is dropped and the carer can choose.

use crate::domain::record::Record;
use crate::json::{Map, Value};

/// The result of a merge.
#[derive(Debug, PartialEq)]
pub struct Merged {
    /// Every change from both sides; on a conflict, this tab's answer.
    pub value: Value,
    /// The same, but on a conflict the other tab's answer.
    pub other: Value,
    /// How many answers both sides changed differently.
    pub conflicts: usize,
}

/// Merges `mine` and `theirs`, which both started from `base`.
pub fn merge(base: &Value, mine: &Value, theirs: &Value) -> Merged {
    let mut conflicts = 0;
    let (value, other) = merge_value(Some(base), mine, theirs, &mut conflicts);
    Merged {
        value,
        other,
        conflicts,
    }
}

/// A page's draft, saved over answers that may have changed since the page
/// opened (another tab's changes, heard meanwhile): only the answers the
/// carer changed on the page replace what is there now. `other` is set when
/// the carer changed an answer the other tab had also changed: the other
/// tab's version of it, so it is not lost.
pub fn rebase<T: Record>(start: &T, draft: T, now: &T) -> (T, Option<T>) {
    let merged = merge(&start.to_value(), &draft.to_value(), &now.to_value());
    let other = (merged.conflicts > 0)
        .then(|| T::from_value(&merged.other).ok())
        .flatten();
    (T::from_value(&merged.value).unwrap_or(draft), other)
}

fn merge_value(
    base: Option<&Value>,
    mine: &Value,
    theirs: &Value,
    conflicts: &mut usize,
) -> (Value, Value) {
    if mine == theirs || base == Some(theirs) {
        return (mine.clone(), mine.clone());
    }
    if base == Some(mine) {
        return (theirs.clone(), theirs.clone());
    }
    match (base, mine, theirs) {
        // A record both sides had: answer by answer.
        (Some(Value::Object(base)), Value::Object(mine), Value::Object(theirs)) => {
            let (value, other) = merge_objects(base, mine, theirs, conflicts);
            (Value::Object(value), Value::Object(other))
        }
        (Some(Value::Array(base)), Value::Array(mine), Value::Array(theirs))
            if [base, mine, theirs].iter().all(|list| has_ids(list)) =>
        {
            let (value, other) = merge_by_id(base, mine, theirs, conflicts);
            (Value::Array(value), Value::Array(other))
        }
        // One answer (or a record only one side had before) changed on both sides.
        _ => {
            *conflicts += 1;
            (mine.clone(), theirs.clone())
        }
    }
}

fn merge_objects(base: &Map, mine: &Map, theirs: &Map, conflicts: &mut usize) -> (Map, Map) {
    let mut value = Map::new();
    let mut other = Map::new();
    let keys = mine
        .keys()
        .chain(theirs.keys().filter(|k| mine.get(k).is_none()));
    for key in keys {
        let (a, b) = match (mine.get(key), theirs.get(key)) {
            (Some(m), Some(t)) => merge_value(base.get(key), m, t, conflicts),
            (Some(m), None) => (m.clone(), m.clone()),
            (None, Some(t)) => (t.clone(), t.clone()),
            (None, None) => continue,
        };
        value.insert(key.clone(), a);
        other.insert(key.clone(), b);
    }
    (value, other)
}

/// A list of records, each with a whole-number `id` (the emergency plans).
fn has_ids(list: &[Value]) -> bool {
    list.iter().all(|item| id_of(item).is_some())
}

fn id_of(item: &Value) -> Option<i64> {
    item.get("id").and_then(Value::as_i64)
}

fn find(list: &[Value], id: i64) -> Option<&Value> {
    list.iter().find(|item| id_of(item) == Some(id))
}

/// Items in this tab's order, then the ones only the other tab has.
fn merge_by_id(
    base: &[Value],
    mine: &[Value],
    theirs: &[Value],
    conflicts: &mut usize,
) -> (Vec<Value>, Vec<Value>) {
    let mut value = Vec::new();
    let mut other = Vec::new();
    let mut keep = |a: Option<Value>, b: Option<Value>| {
        value.extend(a);
        other.extend(b);
    };
    for item in mine {
        let Some(id) = id_of(item) else { continue };
        match (find(base, id), find(theirs, id)) {
            (base, Some(their)) => {
                let (a, b) = merge_value(base, item, their, conflicts);
                keep(Some(a), Some(b));
            }
            // The other tab removed it; this tab did not change it.
            (Some(base), None) if base == item => {}
            // The other tab removed it, but this tab changed it.
            (Some(_), None) => {
                *conflicts += 1;
                keep(Some(item.clone()), None);
            }
            // Added in this tab.
            (None, None) => keep(Some(item.clone()), Some(item.clone())),
        }
    }
    for item in theirs {
        let Some(id) = id_of(item) else { continue };
        if find(mine, id).is_some() {
            continue;
        }
        match find(base, id) {
            // Added in the other tab.
            None => keep(Some(item.clone()), Some(item.clone())),
            // This tab removed it; the other tab did not change it.
            Some(base) if base == item => {}
            // This tab removed it, but the other tab changed it.
            Some(_) => {
                *conflicts += 1;
                keep(None, Some(item.clone()));
            }
        }
    }
    (value, other)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::json::parse;

    fn merged(base: &str, mine: &str, theirs: &str) -> (String, String, usize) {
        let m = merge(
            &parse(base).unwrap(),
            &parse(mine).unwrap(),
            &parse(theirs).unwrap(),
        );
        (
            crate::json::print(&m.value),
            crate::json::print(&m.other),
            m.conflicts,
        )
    }

    #[test]
    fn a_table_of_merges() {
        // (base, mine, theirs) -> (value, other, conflicts)
        let table = [
            // Nobody changed anything.
            (
                r#"{"a":1}"#,
                r#"{"a":1}"#,
                r#"{"a":1}"#,
                r#"{"a":1}"#,
                r#"{"a":1}"#,
                0,
            ),
            // Only one side changed: that change wins, whichever side.
            (
                r#"{"a":1}"#,
                r#"{"a":2}"#,
                r#"{"a":1}"#,
                r#"{"a":2}"#,
                r#"{"a":2}"#,
                0,
            ),
            (
                r#"{"a":1}"#,
                r#"{"a":1}"#,
                r#"{"a":3}"#,
                r#"{"a":3}"#,
                r#"{"a":3}"#,
                0,
            ),
            // Different answers changed: both kept.
            (
                r#"{"a":1,"b":1}"#,
                r#"{"a":2,"b":1}"#,
                r#"{"a":1,"b":3}"#,
                r#"{"a":2,"b":3}"#,
                r#"{"a":2,"b":3}"#,
                0,
            ),
            // Deep inside records too.
            (
                r#"{"p":{"x":"","y":""}}"#,
                r#"{"p":{"x":"me","y":""}}"#,
                r#"{"p":{"x":"","y":"you"}}"#,
                r#"{"p":{"x":"me","y":"you"}}"#,
                r#"{"p":{"x":"me","y":"you"}}"#,
                0,
            ),
            // The same change on both sides is no conflict.
            (
                r#"{"a":1}"#,
                r#"{"a":2}"#,
                r#"{"a":2}"#,
                r#"{"a":2}"#,
                r#"{"a":2}"#,
                0,
            ),
            // The same answer changed differently: a conflict, both versions kept.
            (
                r#"{"a":1}"#,
                r#"{"a":2}"#,
                r#"{"a":3}"#,
                r#"{"a":2}"#,
                r#"{"a":3}"#,
                1,
            ),
            // A list of choices is one answer.
            (
                r#"{"who":["a"]}"#,
                r#"{"who":["a","b"]}"#,
                r#"{"who":["c"]}"#,
                r#"{"who":["a","b"]}"#,
                r#"{"who":["c"]}"#,
                1,
            ),
            // With no common copy, every difference is a conflict.
            (
                r#"{}"#,
                r#"{"a":1,"b":2}"#,
                r#"{"a":1,"b":3}"#,
                r#"{"a":1,"b":2}"#,
                r#"{"a":1,"b":3}"#,
                1,
            ),
        ];
        for (base, mine, theirs, value, other, conflicts) in table {
            assert_eq!(
                merged(base, mine, theirs),
                (value.to_owned(), other.to_owned(), conflicts),
                "{base} + {mine} + {theirs}"
            );
        }
    }

    #[test]
    fn plans_are_matched_by_id() {
        let base = r#"{"plans":[{"id":1,"name":"A"},{"id":2,"name":"B"}]}"#;
        let table = [
            // Each tab changed a different plan.
            (
                r#"{"plans":[{"id":1,"name":"A1"},{"id":2,"name":"B"}]}"#,
                r#"{"plans":[{"id":1,"name":"A"},{"id":2,"name":"B2"}]}"#,
                r#"{"plans":[{"id":1,"name":"A1"},{"id":2,"name":"B2"}]}"#,
                0,
            ),
            // One tab added a plan, the other changed one.
            (
                r#"{"plans":[{"id":1,"name":"A"},{"id":2,"name":"B"},{"id":3,"name":"C"}]}"#,
                r#"{"plans":[{"id":1,"name":"A9"},{"id":2,"name":"B"}]}"#,
                r#"{"plans":[{"id":1,"name":"A9"},{"id":2,"name":"B"},{"id":3,"name":"C"}]}"#,
                0,
            ),
            // The other tab removed an unchanged plan: it stays removed.
            (
                r#"{"plans":[{"id":1,"name":"A"},{"id":2,"name":"B"}]}"#,
                r#"{"plans":[{"id":2,"name":"B"}]}"#,
                r#"{"plans":[{"id":2,"name":"B"}]}"#,
                0,
            ),
            // This tab removed a plan the other tab changed: kept, and a conflict.
            (
                r#"{"plans":[{"id":2,"name":"B"}]}"#,
                r#"{"plans":[{"id":1,"name":"A7"},{"id":2,"name":"B"}]}"#,
                r#"{"plans":[{"id":2,"name":"B"}]}"#,
                1,
            ),
            // Both tabs added a different plan with the same id: a conflict on the whole plan.
            (
                r#"{"plans":[{"id":1,"name":"A"},{"id":2,"name":"B"},{"id":3,"name":"C"}]}"#,
                r#"{"plans":[{"id":1,"name":"A"},{"id":2,"name":"B"},{"id":3,"name":"D"}]}"#,
                r#"{"plans":[{"id":1,"name":"A"},{"id":2,"name":"B"},{"id":3,"name":"C"}]}"#,
                1,
            ),
        ];
        for (mine, theirs, value, conflicts) in table {
            let (got, _, n) = merged(base, mine, theirs);
            assert_eq!((got.as_str(), n), (value, conflicts), "{mine} + {theirs}");
        }
        // The other version of a removal conflict keeps the other tab's changed plan.
        let (_, other, _) = merged(
            base,
            r#"{"plans":[{"id":2,"name":"B"}]}"#,
            r#"{"plans":[{"id":1,"name":"A7"},{"id":2,"name":"B"}]}"#,
        );
        assert_eq!(
            other,
            r#"{"plans":[{"id":2,"name":"B"},{"id":1,"name":"A7"}]}"#
        );
    }

    #[test]
    fn a_page_saved_late_changes_only_what_the_carer_changed() {
        use crate::domain::plan::AboutYou;
        let start = AboutYou::default();
        let mut draft = start.clone();
        draft.address = "1 High Street".into();
        // Another tab saved a name while this page was open.
        let mut now = start.clone();
        now.name = "Asha".into();
        let (saved, other) = rebase(&start, draft.clone(), &now);
        assert_eq!(
            (saved.name.as_str(), saved.address.as_str()),
            ("Asha", "1 High Street")
        );
        assert_eq!(other, None);
        // Both changed the address: the page's wins, the other is kept.
        now.address = "2 Low Road".into();
        let (saved, other) = rebase(&start, draft.clone(), &now);
        assert_eq!(saved.address, "1 High Street");
        assert_eq!(other.map(|o| o.address), Some("2 Low Road".to_owned()));
        // Nothing changed elsewhere: the draft, as it was.
        assert_eq!(rebase(&start, draft.clone(), &start), (draft, None));
    }

    #[test]
    fn every_answer_of_either_side_is_in_one_of_the_two_results() {
        // Nothing is dropped: each leaf either side changed is in `value` or `other`.
        let base = r#"{"a":"","b":"","c":{"d":"","e":""}}"#;
        let mine = r#"{"a":"m","b":"","c":{"d":"m","e":""}}"#;
        let theirs = r#"{"a":"t","b":"t","c":{"d":"","e":"t"}}"#;
        let (value, other, conflicts) = merged(base, mine, theirs);
        assert_eq!(conflicts, 1);
        assert_eq!(value, r#"{"a":"m","b":"t","c":{"d":"m","e":"t"}}"#);
        assert_eq!(other, r#"{"a":"t","b":"t","c":{"d":"m","e":"t"}}"#);
    }
}
