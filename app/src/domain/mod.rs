//! Validated domain types. They compile for both the server and the browser, hold no I/O, and
//! can only be built through `parse`, so a value of one of these types is always valid.

pub mod area;
pub mod contact;
pub mod description;
pub mod hours;
pub mod referral;
pub mod slug;
pub mod staff;
pub mod taxonomy;

/// A slug-like value that was not one of the accepted ones.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown {kind} `{value}`")]
pub struct UnknownValue {
    pub kind: &'static str,
    pub value: String,
}

/// Declares a closed set of kebab-case slugs as an enum with `ALL`, `as_str`, `parse` and serde
/// support, so that a slug is checked once, where it enters the program.
macro_rules! slug_enum {
    ($(#[$meta:meta])* $name:ident, $kind:literal, { $($variant:ident => $slug:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $name { $($variant),+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            pub const fn as_str(self) -> &'static str {
                match self { $($name::$variant => $slug),+ }
            }

            pub fn parse(value: &str) -> Result<Self, $crate::domain::UnknownValue> {
                match value {
                    $($slug => Ok($name::$variant),)+
                    _ => Err($crate::domain::UnknownValue { kind: $kind, value: value.to_owned() }),
                }
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl std::str::FromStr for $name {
            type Err = $crate::domain::UnknownValue;
            fn from_str(value: &str) -> Result<Self, Self::Err> {
                Self::parse(value)
            }
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let value = <std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
                Self::parse(&value).map_err(serde::de::Error::custom)
            }
        }
    };
}
pub(crate) use slug_enum;
