//! A request to be contacted, as a person fills it in on a service's page. Validated on
//! construction; its `Debug` hides every answer, so it cannot reach a log.

use serde::{Deserialize, Serialize};

/// How the person wants to be contacted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ContactMethod {
    Phone,
    Text,
    Email,
    /// "Don't contact me: I will get in touch myself."
    None,
}

impl ContactMethod {
    pub const ALL: [ContactMethod; 4] = [
        ContactMethod::Phone,
        ContactMethod::Text,
        ContactMethod::Email,
        ContactMethod::None,
    ];

    pub const fn as_str(self) -> &'static str {
        match self {
            ContactMethod::Phone => "phone",
            ContactMethod::Text => "text",
            ContactMethod::Email => "email",
            ContactMethod::None => "none",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|m| m.as_str() == value)
    }
}

#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ContactDetails {
    pub help: Option<String>,
    pub name: String,
    pub method: ContactMethod,
    /// The phone number or email address, when the method needs one.
    pub detail: Option<String>,
    pub safe_times: Option<String>,
    pub may_leave_message: bool,
    pub interpreter: Option<String>,
    /// The language the form was filled in.
    pub language: String,
}

impl std::fmt::Debug for ContactDetails {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "ContactDetails({})", self.method.as_str())
    }
}

/// The raw answers of the form.
#[derive(Default)]
pub struct ContactForm<'a> {
    pub help: &'a str,
    pub name: &'a str,
    pub method: &'a str,
    pub detail: &'a str,
    pub safe_times: &'a str,
    pub leave_message: &'a str,
    pub interpreter: &'a str,
}

const SHORT: usize = 100;
const LONG: usize = 1000;

fn optional(value: &str, max: usize) -> Result<Option<String>, &'static str> {
    let value = value.trim();
    if value.chars().count() > max {
        return Err("error-contact-too-long");
    }
    Ok((!value.is_empty()).then(|| value.to_owned()))
}

fn is_uk_phone(value: &str) -> bool {
    let digits: String = value.chars().filter(char::is_ascii_digit).collect();
    let allowed = value.chars().all(|c| c.is_ascii_digit() || " +-()".contains(c));
    let national = digits.starts_with('0') && digits.len() == 11;
    let international = value.trim_start().starts_with('+') && digits.starts_with("44") && digits.len() == 12;
    allowed && (national || international)
}

impl ContactDetails {
    /// Checks every answer; the errors are Fluent message ids, every problem at once.
    pub fn parse(form: &ContactForm<'_>, language: &str) -> Result<Self, Vec<&'static str>> {
        let mut errors = Vec::new();
        let mut keep = |result: Result<Option<String>, &'static str>| {
            result.unwrap_or_else(|error| {
                if !errors.contains(&error) {
                    errors.push(error);
                }
                None
            })
        };
        let help = keep(optional(form.help, LONG));
        let safe_times = keep(optional(form.safe_times, SHORT * 2));
        let interpreter = keep(optional(form.interpreter, SHORT));
        let name = keep(optional(form.name, SHORT).map_err(|_| "error-contact-name"));
        let method = ContactMethod::parse(form.method);
        let detail = keep(optional(form.detail, SHORT));
        let may_leave_message = match form.leave_message {
            "yes" => Some(true),
            "no" => Some(false),
            _ => None,
        };
        if name.is_none() && !errors.contains(&"error-contact-name") {
            errors.push("error-contact-name");
        }
        match method {
            None => errors.push("error-contact-method"),
            Some(ContactMethod::Phone | ContactMethod::Text) if !detail.as_deref().is_some_and(is_uk_phone) => {
                errors.push("error-contact-detail-phone");
            }
            Some(ContactMethod::Email)
                if detail
                    .as_deref()
                    .is_none_or(|d| super::staff::EmailAddress::parse(d).is_err()) =>
            {
                errors.push("error-contact-detail-email");
            }
            _ => {}
        }
        let needs_answer = matches!(method, Some(ContactMethod::Phone | ContactMethod::Text));
        if needs_answer && may_leave_message.is_none() {
            errors.push("error-contact-message");
        }
        match (name, method) {
            (Some(name), Some(method)) if errors.is_empty() => Ok(ContactDetails {
                help,
                name,
                detail: if method == ContactMethod::None { None } else { detail },
                method,
                safe_times,
                may_leave_message: may_leave_message.unwrap_or(false),
                interpreter,
                language: language.to_owned(),
            }),
            _ => Err(errors),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form<'a>(method: &'a str, detail: &'a str) -> ContactForm<'a> {
        ContactForm {
            name: "Sam",
            method,
            detail,
            leave_message: "no",
            ..ContactForm::default()
        }
    }

    #[test]
    fn a_complete_request_is_accepted() {
        let details = ContactDetails::parse(&form("phone", "07700 900123"), "en").expect("valid");
        assert_eq!(details.method, ContactMethod::Phone);
        assert!(!details.may_leave_message);
        assert_eq!(format!("{details:?}"), "ContactDetails(phone)");
        assert!(ContactDetails::parse(&form("text", "+44 7700 900123"), "en").is_ok());
        assert!(ContactDetails::parse(&form("email", "sam@example.org"), "en").is_ok());
        let none = ContactDetails::parse(&form("none", "ignored"), "en").expect("valid");
        assert_eq!(none.detail, None, "no contact detail is kept when none is wanted");
    }

    #[test]
    fn every_problem_is_named_at_once() {
        let errors = ContactDetails::parse(&ContactForm::default(), "en").expect_err("invalid");
        assert_eq!(errors, ["error-contact-name", "error-contact-method"]);
        let errors = ContactDetails::parse(&form("phone", "12345"), "en").expect_err("invalid");
        assert_eq!(errors, ["error-contact-detail-phone"]);
        let errors = ContactDetails::parse(&form("email", "sam"), "en").expect_err("invalid");
        assert_eq!(errors, ["error-contact-detail-email"]);
        let long = "x".repeat(1001);
        let errors = ContactDetails::parse(
            &ContactForm {
                help: &long,
                ..form("none", "")
            },
            "en",
        )
        .expect_err("invalid");
        assert_eq!(errors, ["error-contact-too-long"]);
        let errors = ContactDetails::parse(
            &ContactForm {
                leave_message: "",
                ..form("phone", "07700900123")
            },
            "en",
        )
        .expect_err("invalid");
        assert_eq!(errors, ["error-contact-message"]);
    }
}
