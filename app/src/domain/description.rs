//! What a person wrote about what happened. It is held in memory for one request and never
//! written anywhere: the type has no `Serialize` and its `Debug` hides the text, so it cannot
//! slip into a log line or a table by accident.

#[derive(Clone, PartialEq, Eq)]
pub struct Description(String);

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum DescriptionError {
    #[error("the description is empty")]
    Empty,
    #[error("the description is longer than {max} characters", max = Description::MAX_CHARS)]
    TooLong,
}

impl DescriptionError {
    /// The Fluent message that explains the problem to the person who wrote the text.
    pub const fn message_id(self) -> &'static str {
        match self {
            DescriptionError::Empty => "error-description-empty",
            DescriptionError::TooLong => "error-description-too-long",
        }
    }
}

impl Description {
    pub const MAX_CHARS: usize = 5000;

    pub fn parse(text: &str) -> Result<Self, DescriptionError> {
        let text = text.trim();
        if text.is_empty() {
            return Err(DescriptionError::Empty);
        }
        if text.chars().count() > Self::MAX_CHARS {
            return Err(DescriptionError::TooLong);
        }
        Ok(Description(text.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Debug for Description {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Description({} chars)", self.0.chars().count())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn rejects_empty_and_blank_text() {
        assert_eq!(Description::parse(""), Err(DescriptionError::Empty));
        assert_eq!(Description::parse(" \n\t "), Err(DescriptionError::Empty));
    }

    #[test]
    fn counts_characters_not_bytes() {
        assert!(Description::parse(&"ض".repeat(5000)).is_ok());
        assert_eq!(Description::parse(&"ض".repeat(5001)), Err(DescriptionError::TooLong));
    }

    #[test]
    fn debug_output_never_contains_the_text() {
        let description = Description::parse("he follows me home").expect("valid");
        assert!(!format!("{description:?}").contains("follows"));
    }

    proptest! {
        #[test]
        fn accepted_text_is_trimmed_and_within_limits(text in "\\PC{0,6000}") {
            match Description::parse(&text) {
                Ok(description) => {
                    prop_assert!(!description.as_str().is_empty());
                    prop_assert!(description.as_str().chars().count() <= Description::MAX_CHARS);
                    prop_assert_eq!(description.as_str(), text.trim());
                }
                Err(DescriptionError::Empty) => prop_assert!(text.trim().is_empty()),
                Err(DescriptionError::TooLong) => prop_assert!(text.trim().chars().count() > Description::MAX_CHARS),
            }
        }
    }
}
