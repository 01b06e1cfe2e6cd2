//! What the staff side validates: roles, email addresses, new passwords, one-time codes, and
//! the capacity a provider states for a listing.

use super::slug_enum;

slug_enum!(
    /// What a staff account may do. Providers and caseworkers act for the organisations they are
    /// members of; administrators run the portal.
    Role, "role", {
        Admin => "admin",
        Provider => "provider",
        Caseworker => "caseworker",
    }
);

slug_enum!(
    /// Whether a service can take people on now.
    Capacity, "capacity", {
        Open => "open",
        WaitingList => "waiting-list",
        Full => "full",
    }
);

/// A problem with something typed into a staff form, with the Fluent message that explains it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("{message_id}")]
pub struct FieldError {
    pub message_id: &'static str,
}

const fn field_error(message_id: &'static str) -> FieldError {
    FieldError { message_id }
}

/// An email address, trimmed and lower-cased so that one person has one account.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct EmailAddress(String);

impl EmailAddress {
    pub const MAX_CHARS: usize = 254;

    pub fn parse(value: &str) -> Result<Self, FieldError> {
        let value = value.trim().to_lowercase();
        let invalid = field_error("staff-error-email");
        if value.is_empty() || value.chars().count() > Self::MAX_CHARS {
            return Err(invalid);
        }
        let (local, domain) = value.split_once('@').ok_or(invalid)?;
        let domain_ok = domain.contains('.')
            && !domain.starts_with('.')
            && !domain.ends_with('.')
            && !domain.contains("..")
            && domain.chars().all(|c| c.is_alphanumeric() || c == '.' || c == '-');
        let local_ok = !local.is_empty() && !local.contains(|c: char| c.is_whitespace() || c.is_control() || c == '@');
        if domain_ok && local_ok {
            Ok(EmailAddress(value))
        } else {
            Err(invalid)
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Display for EmailAddress {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// A password someone has chosen: long enough to resist guessing (NCSC and NIST favour length
/// over character rules), not absurdly long (hashing cost), and not the account's own address.
/// Its `Debug` hides it.
#[derive(Clone, PartialEq, Eq)]
pub struct NewPassword(String);

impl NewPassword {
    pub const MIN_CHARS: usize = 12;
    pub const MAX_CHARS: usize = 256;

    pub fn parse(value: &str, confirmation: &str, email: &EmailAddress) -> Result<Self, FieldError> {
        let length = value.chars().count();
        if length < Self::MIN_CHARS {
            return Err(field_error("staff-error-password-short"));
        }
        if length > Self::MAX_CHARS {
            return Err(field_error("staff-error-password-long"));
        }
        if value != confirmation {
            return Err(field_error("staff-error-password-mismatch"));
        }
        let lowered = value.to_lowercase();
        let local_part = email.as_str().split('@').next().unwrap_or_default();
        if lowered == email.as_str() || (local_part.chars().count() >= 4 && lowered.contains(local_part)) {
            return Err(field_error("staff-error-password-like-email"));
        }
        if value.chars().collect::<std::collections::HashSet<_>>().len() < 4 {
            return Err(field_error("staff-error-password-simple"));
        }
        Ok(NewPassword(value.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Debug for NewPassword {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("NewPassword(…)")
    }
}

/// What someone types as their second factor: six digits from an authenticator app, or one of
/// their recovery codes (ten letters and digits, grouped as they like).
#[derive(Clone, PartialEq, Eq)]
pub enum SecondFactor {
    Totp(String),
    Recovery(String),
}

impl SecondFactor {
    pub const RECOVERY_CODE_CHARS: usize = 10;

    pub fn parse(value: &str) -> Result<Self, FieldError> {
        let compact: String = value
            .chars()
            .filter(|c| !c.is_whitespace() && *c != '-')
            .collect::<String>()
            .to_lowercase();
        if compact.len() == 6 && compact.bytes().all(|b| b.is_ascii_digit()) {
            Ok(SecondFactor::Totp(compact))
        } else if compact.len() == Self::RECOVERY_CODE_CHARS && compact.bytes().all(|b| b.is_ascii_alphanumeric()) {
            Ok(SecondFactor::Recovery(compact))
        } else {
            Err(field_error("staff-error-code"))
        }
    }
}

impl std::fmt::Debug for SecondFactor {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            SecondFactor::Totp(_) => "SecondFactor::Totp(…)",
            SecondFactor::Recovery(_) => "SecondFactor::Recovery(…)",
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn email(value: &str) -> EmailAddress {
        EmailAddress::parse(value).expect("valid address")
    }

    #[test]
    fn addresses_are_normalised_and_checked() {
        assert_eq!(email("  Ana@Example.ORG ").as_str(), "ana@example.org");
        for bad in [
            "",
            "ana",
            "ana@",
            "@example.org",
            "ana@example",
            "ana@@example.org",
            "a na@example.org",
            "ana@exa mple.org",
            "ana@.org",
            "ana@example..org",
        ] {
            assert!(EmailAddress::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn passwords_need_length_agreement_and_distance_from_the_address() {
        let address = email("ana.silva@example.org");
        assert!(NewPassword::parse("correct horse battery", "correct horse battery", &address).is_ok());
        let error = |p: &str, c: &str| NewPassword::parse(p, c, &address).expect_err("refused").message_id;
        assert_eq!(error("short", "short"), "staff-error-password-short");
        assert_eq!(
            error("correct horse battery", "correct horse batterx"),
            "staff-error-password-mismatch"
        );
        assert_eq!(
            error("ana.silva@example.org", "ana.silva@example.org"),
            "staff-error-password-like-email"
        );
        assert_eq!(
            error("my ana.silva password", "my ana.silva password"),
            "staff-error-password-like-email"
        );
        assert_eq!(
            error("aaaaaaaaaaaaaaaa", "aaaaaaaaaaaaaaaa"),
            "staff-error-password-simple"
        );
        let long = "x1y2".repeat(65);
        assert_eq!(error(&long, &long), "staff-error-password-long");
        assert_eq!(
            format!(
                "{:?}",
                NewPassword::parse("correct horse battery", "correct horse battery", &address)
            ),
            "Ok(NewPassword(…))"
        );
    }

    #[test]
    fn second_factors_are_told_apart() {
        assert_eq!(
            SecondFactor::parse(" 123 456 "),
            Ok(SecondFactor::Totp("123456".into()))
        );
        assert_eq!(
            SecondFactor::parse("ABCDE-12345"),
            Ok(SecondFactor::Recovery("abcde12345".into()))
        );
        for bad in ["", "12345", "1234567", "abcdef", "abcde-1234!"] {
            assert!(SecondFactor::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn roles_and_capacities_round_trip() {
        for role in Role::ALL {
            assert_eq!(Role::parse(role.as_str()), Ok(*role));
        }
        for capacity in Capacity::ALL {
            assert_eq!(Capacity::parse(capacity.as_str()), Ok(*capacity));
        }
    }

    proptest! {
        #[test]
        fn parsed_addresses_are_stable(value in "\\PC{0,40}") {
            if let Ok(address) = EmailAddress::parse(&value) {
                prop_assert_eq!(EmailAddress::parse(address.as_str()), Ok(address.clone()));
                prop_assert!(address.as_str().contains('@'));
            }
        }

        #[test]
        fn six_digits_are_always_a_totp_code(code in "[0-9]{6}") {
            prop_assert_eq!(SecondFactor::parse(&code), Ok(SecondFactor::Totp(code.clone())));
        }
    }
}
