//! Turning the content JSON into typed structs without serde's derive.
//!
//! Derived `Deserialize` impls cost several kilobytes of wasm per struct, and
//! the content has dozens of structs: on an old phone on a poor signal every
//! kilobyte counts. Here the JSON is parsed once into a `$crate::json::Value`
//! and each struct reads its fields with one small call per field.

use crate::domain::small_map::SmallMap;

use crate::json::Value;

/// Reads a value of this type from parsed JSON.
///
/// Content is checked by the native tests, so a mistake in it is a build
/// defect, not something a carer can cause: reading panics with the key at
/// fault instead of threading errors through every field (which would cost
/// far more code than the content itself).
pub trait FromValue: Sized {
    fn from_value(value: &Value) -> Self;

    /// What an absent key means. Most types must be present; lists, maps,
    /// options and flags default to empty.
    fn missing(key: &str) -> Self {
        wrong(key, "is missing")
    }
}

#[cold]
#[inline(never)]
pub fn wrong(what: &str, problem: &str) -> ! {
    panic!("content data: {what} {problem}")
}

/// Reads `key` of an object. Not inlined, so each field costs one call.
#[inline(never)]
pub fn field<T: FromValue>(object: &Value, key: &str) -> T {
    match object.get(key) {
        None | Some(Value::Null) => T::missing(key),
        Some(value) => T::from_value(value),
    }
}

/// Refuses keys a struct does not know, for data where a typo would
/// otherwise hide a fact (e.g. a misspelt phone key).
#[inline(never)]
pub fn only_keys(object: &Value, known: &[&str]) {
    let Some(map) = object.as_object() else {
        wrong("a table", "is not a table");
    };
    if let Some(key) = map.keys().find(|key| !known.contains(&key.as_str())) {
        wrong(key, "is not a known key");
    }
}

impl FromValue for String {
    fn from_value(value: &Value) -> Self {
        match value.as_str() {
            Some(text) => text.to_owned(),
            None => wrong(&crate::json::print(value), "is not text"),
        }
    }
}

impl FromValue for bool {
    fn from_value(value: &Value) -> Self {
        match value.as_bool() {
            Some(flag) => flag,
            None => wrong(&crate::json::print(value), "is not true or false"),
        }
    }

    fn missing(_key: &str) -> Self {
        false
    }
}

impl FromValue for u32 {
    fn from_value(value: &Value) -> Self {
        match value.as_u64().and_then(|n| u32::try_from(n).ok()) {
            Some(n) => n,
            None => wrong(&crate::json::print(value), "is not a whole number"),
        }
    }
}

/// Any closed option set (`choice_enum!`), by its id.
impl<T: crate::domain::choice::Choice> FromValue for T {
    fn from_value(value: &Value) -> Self {
        match value.as_str().and_then(T::from_id) {
            Some(choice) => choice,
            None => wrong(
                &crate::json::print(value),
                "is not one of the known options",
            ),
        }
    }
}

/// The raw JSON, for tests that look across files.
impl FromValue for Value {
    fn from_value(value: &Value) -> Self {
        value.clone()
    }
}

impl<T: FromValue> FromValue for Option<T> {
    fn from_value(value: &Value) -> Self {
        Some(T::from_value(value))
    }

    fn missing(_key: &str) -> Self {
        None
    }
}

impl<T: FromValue> FromValue for Vec<T> {
    fn from_value(value: &Value) -> Self {
        match value.as_array() {
            Some(items) => items.iter().map(T::from_value).collect(),
            None => wrong(&crate::json::print(value), "is not a list"),
        }
    }

    fn missing(_key: &str) -> Self {
        Vec::new()
    }
}

impl<T: FromValue> FromValue for SmallMap<String, T> {
    fn from_value(value: &Value) -> Self {
        let Some(map) = value.as_object() else {
            wrong(&crate::json::print(value), "is not a table");
        };
        let mut out = SmallMap::new();
        for (key, item) in map {
            out.insert(key.clone(), T::from_value(item));
        }
        out
    }

    fn missing(_key: &str) -> Self {
        SmallMap::new()
    }
}

/// Declares a content struct and its `FromValue`. Field keys are the field
/// names unless `#[key = "…"]` says otherwise; `#[or_else = f]` gives a
/// default for an absent key. `strict` refuses unknown keys.
#[macro_export]
macro_rules! content_struct {
    ($(#[$meta:meta])* pub struct $name:ident { $($body:tt)* }) => {
        $crate::content_struct!(@build [] $(#[$meta])* pub struct $name { $($body)* });
    };
    ($(#[$meta:meta])* strict pub struct $name:ident { $($body:tt)* }) => {
        $crate::content_struct!(@build [strict] $(#[$meta])* pub struct $name { $($body)* });
    };
    (@build [$($strict:ident)?] $(#[$meta:meta])* pub struct $name:ident {
        $(
            $(#[doc = $doc:literal])*
            $(#[key = $key:literal])?
            $(#[or_else = $default:path])?
            pub $field:ident : $ty:ty
        ),* $(,)?
    }) => {
        $(#[$meta])*
        pub struct $name {
            $($(#[doc = $doc])* pub $field: $ty,)*
        }

        $crate::content_read! {
            @impl [$($strict)?] $name {
                $($(#[key = $key])? $(#[or_else = $default])? $field),*
            }
        }
    };
    (@key $field:ident) => { stringify!($field) };
    (@key $field:ident $key:literal) => { $key };
    (@strict [] $value:ident [$($key:expr),*]) => {};
    (@strict [strict] $value:ident [$($key:expr),*]) => {
        $crate::content::value::only_keys($value, &[$($key),*]);
    };
    (@read $value:ident $field:ident [$($key:literal)?] []) => {
        $crate::content::value::field($value, $crate::content_struct!(@key $field $($key)?))
    };
    (@read $value:ident $field:ident [$($key:literal)?] [$default:path]) => {
        match $value.get($crate::content_struct!(@key $field $($key)?)) {
            None | Some($crate::json::Value::Null) => $default(),
            Some(_) => $crate::content::value::field($value, $crate::content_struct!(@key $field $($key)?)),
        }
    };
}

/// `FromValue` for a struct declared elsewhere: a domain type that the
/// content fills (e.g. `domain::signpost::Rule`). Lists the field names, with
/// the same `#[key]` and `#[or_else]` as [`content_struct!`].
#[macro_export]
macro_rules! content_read {
    (strict $name:ident { $($body:tt)* }) => {
        $crate::content_read!(@impl [strict] $name { $($body)* });
    };
    ($name:ident { $($body:tt)* }) => {
        $crate::content_read!(@impl [] $name { $($body)* });
    };
    (@impl [$($strict:ident)?] $name:ident {
        $($(#[key = $key:literal])? $(#[or_else = $default:path])? $field:ident),* $(,)?
    }) => {
        impl $crate::content::value::FromValue for $name {
            fn from_value(value: &$crate::json::Value) -> Self {
                $crate::content_struct!(@strict [$($strict)?] value [$($crate::content_struct!(@key $field $($key)?)),*]);
                $name {
                    $($field: $crate::content_struct!(@read value $field [$($key)?] [$($default)?]),)*
                }
            }
        }
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    content_struct! {
        #[derive(Debug, PartialEq)]
        strict pub struct Sample {
            pub name: String,
            #[key = "for"]
            pub audience: Option<String>,
            pub tags: Vec<String>,
        }
    }

    #[test]
    fn fields_are_read_by_key_and_absent_lists_are_empty() {
        let value = crate::json::parse(r#"{ "name": "Carers Hub", "for": "adults" }"#).unwrap();
        let sample = Sample::from_value(&value);
        assert_eq!(
            sample,
            Sample {
                name: "Carers Hub".into(),
                audience: Some("adults".into()),
                tags: vec![]
            }
        );
    }

    #[test]
    fn missing_text_wrong_types_and_unknown_keys_are_refused_with_the_key() {
        let refusal = |text: &str| {
            let value = crate::json::parse(text).unwrap();
            let panic = std::panic::catch_unwind(|| Sample::from_value(&value)).unwrap_err();
            panic.downcast_ref::<String>().cloned().unwrap_or_default()
        };
        let missing = refusal(r#"{ "tags": [] }"#);
        assert!(missing.contains("name is missing"), "{missing}");
        let wrong = refusal(r#"{ "name": 3 }"#);
        assert!(wrong.contains("not text"), "{wrong}");
        let unknown = refusal(r#"{ "name": "x", "phnoe": "1" }"#);
        assert!(unknown.contains("phnoe"), "{unknown}");
    }
}
