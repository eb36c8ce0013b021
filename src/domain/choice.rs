//! A closed set of answer options, each with a stable id.
//!
//! The ids are what the content data and saved files use, so a variant can be
//! renamed in code without breaking either.

/// A closed option set declared by [`choice_enum!`]: other modules (the
/// content loader) read any of them by id through this.
pub trait Choice: Sized {
    fn from_id(id: &str) -> Option<Self>;
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

        impl $crate::domain::choice::Choice for $name {
            fn from_id(id: &str) -> Option<Self> {
                Self::from_id(id)
            }
        }
    };
}
