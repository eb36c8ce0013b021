//! Saved answers to and from JSON values, without serde's derive.
//!
//! serde's derived impls cost about 20 KB of compressed wasm for the answers
//! alone; these few non-generic helpers and one macro cost a fraction of it.
//! Reading never panics: answers come from the browser's storage and from
//! files a carer loads, so anything may be in them. A missing or null field
//! reads as its default (so files from earlier versions still load); a field
//! of the wrong type, or an option id the app does not know, is refused with
//! where it was.

use crate::domain::small_map::SmallMap;

use crate::json::{Map, Value};

/// Why a value could not be read as answers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DecodeError {
    /// Where, such as `plans.1.medicines.0.name`.
    pub path: String,
    pub problem: &'static str,
}

impl DecodeError {
    #[cold]
    pub fn new(problem: &'static str) -> DecodeError {
        DecodeError {
            path: String::new(),
            problem,
        }
    }

    /// Puts the key or index it was found under in front of the path.
    #[inline(never)]
    pub fn within(mut self, key: &str) -> DecodeError {
        self.path = if self.path.is_empty() {
            key.to_owned()
        } else {
            format!("{key}.{}", self.path)
        };
        self
    }
}

/// A value that can be saved as JSON and read back.
pub trait Record: Sized {
    fn to_value(&self) -> Value;
    fn from_value(value: &Value) -> Result<Self, DecodeError>;
}

/// The object of a record, or an error.
#[inline(never)]
pub fn object(value: &Value) -> Result<&Map, DecodeError> {
    value
        .as_object()
        .ok_or_else(|| DecodeError::new("is not a table"))
}

/// A field's value; `None` when it is absent or null (read as the default).
#[inline(never)]
pub fn field<'a>(object: &'a Map, key: &str) -> Option<&'a Value> {
    object.get(key).filter(|value| !value.is_null())
}

/// Reads a record's fields in turn and keeps the first problem. Each read is
/// a call generic only over the field's type, so a record of 30 fields costs
/// 30 calls rather than 30 copies of the reading code.
pub struct Fields<'a> {
    object: &'a Map,
    problem: Option<DecodeError>,
}

impl<'a> Fields<'a> {
    pub fn of(value: &'a Value) -> Result<Fields<'a>, DecodeError> {
        Ok(Fields {
            object: object(value)?,
            problem: None,
        })
    }

    /// Reads `key` into `slot`; an absent or null field leaves the default.
    #[inline(never)]
    pub fn read<T: Record>(&mut self, key: &'static str, slot: &mut T) {
        if self.problem.is_some() {
            return;
        }
        if let Some(value) = field(self.object, key) {
            match T::from_value(value) {
                Ok(read) => *slot = read,
                Err(problem) => self.problem = Some(problem.within(key)),
            }
        }
    }

    pub fn finish<R>(self, record: R) -> Result<R, DecodeError> {
        match self.problem {
            None => Ok(record),
            Some(problem) => Err(problem),
        }
    }
}

/// Writes one field of a record: a call per field, as [`Fields::read`].
#[inline(never)]
pub fn put<T: Record>(object: &mut Map, key: &'static str, value: &T) {
    object.insert(key.to_owned(), value.to_value());
}

/// The index of a list item in front of a problem's path.
#[cold]
#[inline(never)]
fn within_item(problem: DecodeError, at: usize) -> DecodeError {
    problem.within(&at.to_string())
}

impl Record for String {
    fn to_value(&self) -> Value {
        Value::String(self.clone())
    }

    fn from_value(value: &Value) -> Result<Self, DecodeError> {
        value
            .as_str()
            .map(str::to_owned)
            .ok_or_else(|| DecodeError::new("is not text"))
    }
}

impl Record for bool {
    fn to_value(&self) -> Value {
        Value::Bool(*self)
    }

    fn from_value(value: &Value) -> Result<Self, DecodeError> {
        value
            .as_bool()
            .ok_or_else(|| DecodeError::new("is not true or false"))
    }
}

impl Record for u32 {
    fn to_value(&self) -> Value {
        Value::from(*self)
    }

    fn from_value(value: &Value) -> Result<Self, DecodeError> {
        value
            .as_u64()
            .and_then(|n| u32::try_from(n).ok())
            .ok_or_else(|| DecodeError::new("is not a whole number from 0 to 4294967295"))
    }
}

impl<T: Record> Record for Option<T> {
    fn to_value(&self) -> Value {
        self.as_ref().map_or(Value::Null, T::to_value)
    }

    fn from_value(value: &Value) -> Result<Self, DecodeError> {
        if value.is_null() {
            Ok(None)
        } else {
            T::from_value(value).map(Some)
        }
    }
}

impl<T: Record> Record for Vec<T> {
    fn to_value(&self) -> Value {
        Value::Array(self.iter().map(T::to_value).collect())
    }

    fn from_value(value: &Value) -> Result<Self, DecodeError> {
        let items = value
            .as_array()
            .ok_or_else(|| DecodeError::new("is not a list"))?;
        let mut out = Vec::with_capacity(items.len());
        for (at, item) in items.iter().enumerate() {
            out.push(T::from_value(item).map_err(|e| within_item(e, at))?);
        }
        Ok(out)
    }
}

/// A map key: text, or an option's id.
pub trait MapKey: Ord + Sized {
    fn key_text(&self) -> &str;
    fn from_key_text(text: &str) -> Option<Self>;
}

impl MapKey for String {
    fn key_text(&self) -> &str {
        self
    }

    fn from_key_text(text: &str) -> Option<Self> {
        Some(text.to_owned())
    }
}

/// The most entries a map in the answers may have. The app's maps hold a
/// few dozen (a rating for each statement, a note for each area); each entry
/// read moves the sorted list along, so a crafted file with tens of
/// thousands of keys would freeze the page. Such a file is refused as
/// damaged.
pub const MOST_MAP_ENTRIES: usize = 1_000;

impl<K: MapKey, V: Record> Record for SmallMap<K, V> {
    fn to_value(&self) -> Value {
        let mut object = Map::new();
        for (key, value) in self {
            object.insert(key.key_text().to_owned(), value.to_value());
        }
        Value::Object(object)
    }

    fn from_value(value: &Value) -> Result<Self, DecodeError> {
        let object = object(value)?;
        if object.len() > MOST_MAP_ENTRIES {
            return Err(DecodeError::new("has too many entries"));
        }
        let mut out = SmallMap::new();
        for (text, item) in object.iter() {
            let key = K::from_key_text(text)
                .ok_or_else(|| DecodeError::new("is not a known key").within(text))?;
            out.insert(key, V::from_value(item).map_err(|e| e.within(text))?);
        }
        Ok(out)
    }
}

/// Declares a struct of answers and its [`Record`] impl: one JSON key per
/// field, named as the field. The struct must implement `Default`.
#[macro_export]
macro_rules! record_struct {
    ($(#[$meta:meta])* pub struct $name:ident {
        $($(#[$field_meta:meta])* pub $field:ident : $ty:ty),* $(,)?
    }) => {
        $(#[$meta])*
        pub struct $name {
            $($(#[$field_meta])* pub $field: $ty,)*
        }

        impl $crate::domain::record::Record for $name {
            fn to_value(&self) -> $crate::json::Value {
                let mut object = $crate::json::Map::new();
                $($crate::domain::record::put(&mut object, stringify!($field), &self.$field);)*
                $crate::json::Value::Object(object)
            }

            fn from_value(
                value: &$crate::json::Value,
            ) -> Result<Self, $crate::domain::record::DecodeError> {
                let mut fields = $crate::domain::record::Fields::of(value)?;
                let mut record = <$name as Default>::default();
                $(fields.read(stringify!($field), &mut record.$field);)*
                fields.finish(record)
            }
        }
    };
}
