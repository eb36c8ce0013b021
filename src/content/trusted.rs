//! Reads data that this build wrote itself (the content in postcard), where a
//! fault can only be a build fault: it stops the app at once instead of being
//! returned.
//!
//! Why: serde's derived readers handle a returned error at every field, which
//! for the content types is a large share of the wasm. Given an error type
//! with no values, the compiler removes all of that: 5.5 KB brotli off the
//! English first visit (ARCHITECTURE.md, "Size"). Language files are checked whole
//! (`language::content_of`) before they get here, so a damaged download still
//! falls back to English instead of stopping the app.
//!
//! `Trusted` wraps any serde `Deserializer` and forwards every call; each
//! wrapper below exists only to hand the inner format's values on with the
//! error type `Never`.

use std::fmt;

use serde::de::{
    self, DeserializeSeed, Deserializer, EnumAccess, MapAccess, SeqAccess, VariantAccess, Visitor,
};

/// Reads a `T` from postcard bytes this build wrote: the embedded English, or
/// a language file already checked whole.
pub fn read<T: serde::de::DeserializeOwned>(bytes: &[u8]) -> T {
    let mut reader = postcard::Deserializer::from_bytes(bytes);
    surely(T::deserialize(Trusted(&mut reader)))
}

/// An error that cannot happen: faults stop the app (`fail`) instead.
#[derive(Debug)]
pub enum Never {}

impl fmt::Display for Never {
    fn fmt(&self, _: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {}
    }
}

impl std::error::Error for Never {}

impl de::Error for Never {
    fn custom<T: fmt::Display>(message: T) -> Self {
        fail(message)
    }
}

/// The content does not fit its types: a build fault, never the carer's.
#[cold]
#[inline(never)]
fn fail<E: fmt::Display>(error: E) -> ! {
    // Natively (tests, the content report) the panic says what was found. In
    // the wasm the message would ship the format's table of messages for a
    // fault every end-to-end test would show at once.
    #[cfg(not(target_arch = "wasm32"))]
    panic!("content data from build.rs does not read: {error}");
    #[cfg(target_arch = "wasm32")]
    {
        let _ = error;
        panic!("content data from build.rs does not read");
    }
}

fn sure<T, E: fmt::Display>(result: Result<T, E>) -> T {
    result.unwrap_or_else(|error| fail(error))
}

fn surely<T>(result: Result<T, Never>) -> T {
    match result {
        Ok(value) => value,
        Err(never) => match never {},
    }
}

pub struct Trusted<D>(pub D);

macro_rules! forward {
    ($($method:ident)*) => {$(
        fn $method<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Never> {
            Ok(sure(self.0.$method(TrustedVisitor(visitor))))
        }
    )*};
}

impl<'de, D: Deserializer<'de>> Deserializer<'de> for Trusted<D> {
    type Error = Never;

    forward!(
        deserialize_any deserialize_bool deserialize_i8 deserialize_i16 deserialize_i32
        deserialize_i64 deserialize_i128 deserialize_u8 deserialize_u16 deserialize_u32
        deserialize_u64 deserialize_u128 deserialize_f32 deserialize_f64 deserialize_char
        deserialize_str deserialize_string deserialize_bytes deserialize_byte_buf
        deserialize_option deserialize_unit deserialize_seq deserialize_map
        deserialize_identifier deserialize_ignored_any
    );

    fn deserialize_unit_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        visitor: V,
    ) -> Result<V::Value, Never> {
        Ok(sure(
            self.0
                .deserialize_unit_struct(name, TrustedVisitor(visitor)),
        ))
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        visitor: V,
    ) -> Result<V::Value, Never> {
        Ok(sure(
            self.0
                .deserialize_newtype_struct(name, TrustedVisitor(visitor)),
        ))
    }

    fn deserialize_tuple<V: Visitor<'de>>(self, len: usize, visitor: V) -> Result<V::Value, Never> {
        Ok(sure(self.0.deserialize_tuple(len, TrustedVisitor(visitor))))
    }

    fn deserialize_tuple_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        len: usize,
        visitor: V,
    ) -> Result<V::Value, Never> {
        Ok(sure(self.0.deserialize_tuple_struct(
            name,
            len,
            TrustedVisitor(visitor),
        )))
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Never> {
        Ok(sure(self.0.deserialize_struct(
            name,
            fields,
            TrustedVisitor(visitor),
        )))
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        name: &'static str,
        variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Never> {
        Ok(sure(self.0.deserialize_enum(
            name,
            variants,
            TrustedVisitor(visitor),
        )))
    }

    fn is_human_readable(&self) -> bool {
        self.0.is_human_readable()
    }
}

/// Hands the inner format's values to the real visitor, with `Never` errors.
struct TrustedVisitor<V>(V);

macro_rules! visit {
    ($($method:ident($type:ty))*) => {$(
        fn $method<E: de::Error>(self, value: $type) -> Result<V::Value, E> {
            Ok(surely(self.0.$method(value)))
        }
    )*};
}

impl<'de, V: Visitor<'de>> Visitor<'de> for TrustedVisitor<V> {
    type Value = V::Value;

    fn expecting(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.expecting(formatter)
    }

    visit!(
        visit_bool(bool) visit_i8(i8) visit_i16(i16) visit_i32(i32) visit_i64(i64)
        visit_i128(i128) visit_u8(u8) visit_u16(u16) visit_u32(u32) visit_u64(u64)
        visit_u128(u128) visit_f32(f32) visit_f64(f64) visit_char(char) visit_str(&str)
        visit_borrowed_str(&'de str) visit_string(String) visit_bytes(&[u8])
        visit_borrowed_bytes(&'de [u8]) visit_byte_buf(Vec<u8>)
    );

    fn visit_none<E: de::Error>(self) -> Result<V::Value, E> {
        Ok(surely(self.0.visit_none()))
    }

    fn visit_unit<E: de::Error>(self) -> Result<V::Value, E> {
        Ok(surely(self.0.visit_unit()))
    }

    fn visit_some<D: Deserializer<'de>>(self, inner: D) -> Result<V::Value, D::Error> {
        Ok(surely(self.0.visit_some(Trusted(inner))))
    }

    fn visit_newtype_struct<D: Deserializer<'de>>(self, inner: D) -> Result<V::Value, D::Error> {
        Ok(surely(self.0.visit_newtype_struct(Trusted(inner))))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<V::Value, A::Error> {
        Ok(surely(self.0.visit_seq(Trusted(seq))))
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<V::Value, A::Error> {
        Ok(surely(self.0.visit_map(Trusted(map))))
    }

    fn visit_enum<A: EnumAccess<'de>>(self, data: A) -> Result<V::Value, A::Error> {
        Ok(surely(self.0.visit_enum(Trusted(data))))
    }
}

/// Reads each value of a sequence, map key or map value through `Trusted`.
struct TrustedSeed<S>(S);

impl<'de, S: DeserializeSeed<'de>> DeserializeSeed<'de> for TrustedSeed<S> {
    type Value = S::Value;

    fn deserialize<D: Deserializer<'de>>(self, inner: D) -> Result<S::Value, D::Error> {
        Ok(surely(self.0.deserialize(Trusted(inner))))
    }
}

impl<'de, A: SeqAccess<'de>> SeqAccess<'de> for Trusted<A> {
    type Error = Never;

    fn next_element_seed<S: DeserializeSeed<'de>>(
        &mut self,
        seed: S,
    ) -> Result<Option<S::Value>, Never> {
        Ok(sure(self.0.next_element_seed(TrustedSeed(seed))))
    }

    fn size_hint(&self) -> Option<usize> {
        self.0.size_hint()
    }
}

impl<'de, A: MapAccess<'de>> MapAccess<'de> for Trusted<A> {
    type Error = Never;

    fn next_key_seed<S: DeserializeSeed<'de>>(
        &mut self,
        seed: S,
    ) -> Result<Option<S::Value>, Never> {
        Ok(sure(self.0.next_key_seed(TrustedSeed(seed))))
    }

    fn next_value_seed<S: DeserializeSeed<'de>>(&mut self, seed: S) -> Result<S::Value, Never> {
        Ok(sure(self.0.next_value_seed(TrustedSeed(seed))))
    }

    fn size_hint(&self) -> Option<usize> {
        self.0.size_hint()
    }
}

impl<'de, A: EnumAccess<'de>> EnumAccess<'de> for Trusted<A> {
    type Error = Never;
    type Variant = Trusted<A::Variant>;

    fn variant_seed<S: DeserializeSeed<'de>>(
        self,
        seed: S,
    ) -> Result<(S::Value, Self::Variant), Never> {
        let (value, variant) = sure(self.0.variant_seed(TrustedSeed(seed)));
        Ok((value, Trusted(variant)))
    }
}

impl<'de, A: VariantAccess<'de>> VariantAccess<'de> for Trusted<A> {
    type Error = Never;

    fn unit_variant(self) -> Result<(), Never> {
        sure(self.0.unit_variant());
        Ok(())
    }

    fn newtype_variant_seed<S: DeserializeSeed<'de>>(self, seed: S) -> Result<S::Value, Never> {
        Ok(sure(self.0.newtype_variant_seed(TrustedSeed(seed))))
    }

    fn tuple_variant<V: Visitor<'de>>(self, len: usize, visitor: V) -> Result<V::Value, Never> {
        Ok(sure(self.0.tuple_variant(len, TrustedVisitor(visitor))))
    }

    fn struct_variant<V: Visitor<'de>>(
        self,
        fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Never> {
        Ok(sure(self.0.struct_variant(fields, TrustedVisitor(visitor))))
    }
}
