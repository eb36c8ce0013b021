//! A closed set of answer options, each with a stable id.
//!
//! The ids are what the content data and saved files use, so a variant can be
//! renamed in code without breaking either.

/// What every [`choice_enum!`] is: for code generic over the options, such
/// as reading and writing any part 1 answer (`domain::answers`).
/// The functions are the enum's own, as pointers: generic code that calls
/// them is then the same code for every such enum, which the wasm keeps once.
pub trait Choice: Copy + 'static {
    /// Every option, in the order the carer sees them.
    const ALL: &'static [Self];
    /// The enum's `id`.
    const ID: fn(Self) -> &'static str;
    /// The enum's `from_id`.
    const FROM_ID: fn(&str) -> Option<Self>;
}

/// Declares an enum whose variants are answer options with fixed string ids.
#[macro_export]
macro_rules! choice_enum {
    ($(#[$meta:meta])* $name:ident { $($(#[$variant_meta:meta])* $variant:ident => $id:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $name {
            $($(#[$variant_meta])* $variant),+
        }

        impl $name {
            /// Every option, in the order the carer sees them.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            pub fn id(self) -> &'static str {
                match self { $($name::$variant => $id),+ }
            }

            pub fn from_id(id: &str) -> Option<Self> {
                match id { $($id => Some($name::$variant),)+ _ => None }
            }
        }

        impl $crate::domain::choice::Choice for $name {
            const ALL: &'static [$name] = $name::ALL;
            const ID: fn($name) -> &'static str = $name::id;
            const FROM_ID: fn(&str) -> Option<$name> = $name::from_id;
        }

        impl $crate::domain::record::Record for $name {
            fn to_value(&self) -> $crate::json::Value {
                $crate::json::Value::String(self.id().to_owned())
            }

            fn from_value(value: &$crate::json::Value) -> Result<Self, $crate::domain::record::DecodeError> {
                value
                    .as_str()
                    .and_then(Self::from_id)
                    .ok_or_else(|| $crate::domain::record::DecodeError::new("is not one of the known options"))
            }
        }

        impl $crate::domain::record::MapKey for $name {
            fn key_text(&self) -> &str {
                self.id()
            }

            fn from_key_text(text: &str) -> Option<Self> {
                Self::from_id(text)
            }
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.id())
            }
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let id = <std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
                Self::from_id(&id).ok_or_else(|| serde::de::Error::custom(format_args!("{id} is not one of the known options")))
            }
        }
    };
}
