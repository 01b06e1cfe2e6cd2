//! What pages show of the directory: plain data, read from the database on the server and
//! passed to components as props.

use crate::domain::area::Area;
use crate::domain::hours::OpeningPeriod;
use crate::domain::taxonomy::{Group, Need, Situation};
use serde::{Deserialize, Serialize};

/// How a phone line is used.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum PhoneKind {
    Voice,
    Sms,
    Textphone,
    Whatsapp,
}

impl PhoneKind {
    pub fn parse(value: &str) -> Option<PhoneKind> {
        match value {
            "voice" => Some(PhoneKind::Voice),
            "sms" => Some(PhoneKind::Sms),
            "textphone" => Some(PhoneKind::Textphone),
            "whatsapp" => Some(PhoneKind::Whatsapp),
            _ => None,
        }
    }

    pub const fn as_str(self) -> &'static str {
        match self {
            PhoneKind::Voice => "voice",
            PhoneKind::Sms => "sms",
            PhoneKind::Textphone => "textphone",
            PhoneKind::Whatsapp => "whatsapp",
        }
    }

    /// The URI scheme a phone link uses.
    pub const fn uri_scheme(self) -> &'static str {
        match self {
            PhoneKind::Sms => "sms",
            PhoneKind::Voice | PhoneKind::Textphone | PhoneKind::Whatsapp => "tel",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Phone {
    pub number: String,
    pub kind: PhoneKind,
    pub description: Option<String>,
}

impl Phone {
    /// The number as a `tel:`/`sms:` URI: digits and a leading plus only.
    pub fn uri(&self) -> String {
        let digits: String = self
            .number
            .chars()
            .filter(|c| c.is_ascii_digit() || *c == '+')
            .collect();
        format!("{}:{digits}", self.kind.uri_scheme())
    }
}

/// A place where a service is delivered. A confidential place has no address at all: it never
/// leaves the database.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Place {
    Public { name: String, address: Option<Address> },
    Confidential { name: String },
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Address {
    pub address_1: String,
    pub city: String,
    pub postal_code: String,
}

/// A temporary closure a provider has announced.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Closure {
    pub message: String,
    /// The last day of the closure (YYYY-MM-DD), when known.
    pub until: Option<String>,
}

/// A listing's own words in another language; any part may be missing.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct ServiceText {
    pub name: Option<String>,
    pub description: Option<String>,
    pub eligibility: Option<String>,
}

/// A piece of a listing's text as a page shows it: in the reader's language, or the original
/// with the language it is written in, so the page can mark it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Localised {
    pub text: String,
    /// `Some("en")` when the text is not in the reader's language.
    pub lang: Option<&'static str>,
}

/// One service as a list shows it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ServiceSummary {
    pub slug: String,
    pub name: String,
    pub organization: String,
    pub description: String,
    pub areas: Vec<Area>,
    pub situations: Vec<Situation>,
    pub needs: Vec<Need>,
    pub groups: Vec<Group>,
    pub phones: Vec<Phone>,
    pub hours: Vec<OpeningPeriod>,
    pub url: Option<String>,
    pub verified: bool,
    /// Translations of the name and description, by locale tag.
    pub translations: Vec<(String, ServiceText)>,
}

impl ServiceSummary {
    fn translation(&self, locale: crate::i18n::Locale) -> Option<&ServiceText> {
        self.translations
            .iter()
            .find(|(tag, _)| tag == locale.tag())
            .map(|(_, text)| text)
    }

    fn localised(original: &str, translated: Option<&String>, locale: crate::i18n::Locale) -> Localised {
        match translated {
            Some(text) => Localised {
                text: text.clone(),
                lang: None,
            },
            None => Localised {
                text: original.to_owned(),
                lang: (locale != crate::i18n::Locale::En).then_some("en"),
            },
        }
    }

    /// The name in `locale`, or the original marked as English.
    pub fn name_in(&self, locale: crate::i18n::Locale) -> Localised {
        Self::localised(
            &self.name,
            self.translation(locale).and_then(|t| t.name.as_ref()),
            locale,
        )
    }

    /// The description in `locale`, or the original marked as English.
    pub fn description_in(&self, locale: crate::i18n::Locale) -> Localised {
        Self::localised(
            &self.description,
            self.translation(locale).and_then(|t| t.description.as_ref()),
            locale,
        )
    }

    /// Who the service is for, in `locale`, or the original marked as English.
    pub fn eligibility_in(&self, locale: crate::i18n::Locale, original: &str) -> Localised {
        Self::localised(
            original,
            self.translation(locale).and_then(|t| t.eligibility.as_ref()),
            locale,
        )
    }
}

/// Everything a service page shows.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ServiceDetail {
    pub summary: ServiceSummary,
    pub offers: Vec<String>,
    pub eligibility: Option<String>,
    pub email: Option<String>,
    pub chat_url: Option<String>,
    pub hours_notes: Vec<String>,
    pub languages: Vec<String>,
    pub interpretation: Option<String>,
    pub fees: Option<String>,
    pub minimum_age: Option<i64>,
    pub maximum_age: Option<i64>,
    pub places: Vec<Place>,
    pub accepts_online_contact: bool,
    pub verified_at: Option<String>,
    pub organization_website: Option<String>,
    pub capacity: Option<crate::domain::staff::Capacity>,
    pub capacity_note: Option<String>,
    /// A closure announced by the provider; pages show it while it lasts.
    pub closure: Option<Closure>,
}
