//! The stable public key of a listing or organisation, as it appears in page addresses.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Slug(String);

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SlugError {
    #[error("is empty")]
    Empty,
    #[error("is longer than {max} characters", max = Slug::MAX_LEN)]
    TooLong,
    #[error("may hold only a-z, 0-9 and single hyphens between words")]
    NotKebabCase,
}

impl Slug {
    pub const MAX_LEN: usize = 100;

    pub fn parse(value: &str) -> Result<Self, SlugError> {
        if value.is_empty() {
            return Err(SlugError::Empty);
        }
        if value.len() > Self::MAX_LEN {
            return Err(SlugError::TooLong);
        }
        let words_are_well_formed = value
            .split('-')
            .all(|word| !word.is_empty() && word.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit()));
        if !words_are_well_formed {
            return Err(SlugError::NotKebabCase);
        }
        Ok(Slug(value.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for Slug {
    type Error = SlugError;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        Slug::parse(&value)
    }
}

impl From<Slug> for String {
    fn from(slug: Slug) -> Self {
        slug.0
    }
}

impl std::fmt::Display for Slug {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn accepts_kebab_case() {
        assert!(Slug::parse("the-havens-camberwell").is_ok());
        assert!(Slug::parse("refuge-247").is_ok());
    }

    #[test]
    fn rejects_everything_else() {
        assert_eq!(Slug::parse(""), Err(SlugError::Empty));
        for bad in ["Havens", "a--b", "-a", "a-", "a b", "a_b", "ä", "../etc"] {
            assert_eq!(Slug::parse(bad), Err(SlugError::NotKebabCase), "{bad}");
        }
        assert_eq!(Slug::parse(&"a".repeat(101)), Err(SlugError::TooLong));
    }

    proptest! {
        #[test]
        fn generated_kebab_case_is_accepted(words in proptest::collection::vec("[a-z0-9]{1,8}", 1..6)) {
            let value = words.join("-");
            prop_assert_eq!(Slug::parse(&value).map(|s| s.as_str().to_owned()), Ok(value));
        }

        #[test]
        fn parsed_slugs_are_always_safe_in_a_path(value in "\\PC{0,40}") {
            if let Ok(slug) = Slug::parse(&value) {
                prop_assert!(slug.as_str().bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'));
            }
        }
    }
}
