//! Reading directory files (`content/directory/*.json`, the shape its README describes) into
//! validated records, and writing them to the database in one transaction: a failed import
//! changes nothing, and importing the same file again updates rather than duplicates.

use crate::directory::PhoneKind;
use crate::domain::area::{Area, Borough};
use crate::domain::hours::OpeningPeriod;
use crate::domain::slug::Slug;
use crate::domain::staff::Capacity;
use crate::domain::taxonomy::{Group, Need, Situation};
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    #[error("cannot read {path}")]
    Read { path: PathBuf, source: std::io::Error },
    /// Not a source: serde's message (line, column, field) is the useful part and belongs in
    /// the one line a person reads.
    #[error("{path}: not a directory file: {cause}")]
    Parse { path: PathBuf, cause: serde_json::Error },
    #[error("{path}: service {record}: field `{field}`: {problem}")]
    Invalid {
        path: PathBuf,
        record: String,
        field: String,
        problem: String,
    },
    #[error("{path}: service id `{id}` is used twice")]
    Duplicate { path: PathBuf, id: String },
    #[error("{path}: no directory files (*.json) found")]
    Empty { path: PathBuf },
    #[error("database: {0}")]
    Database(#[from] sqlx::Error),
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DirectoryFile {
    services: Vec<ServiceRecord>,
}

#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct OrganizationRecord {
    pub id: String,
    pub name: String,
    pub website: Option<String>,
    pub description: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct PhoneRecord {
    pub number: String,
    #[serde(default = "default_phone_kind")]
    pub kind: String,
    pub description: Option<String>,
}

fn default_phone_kind() -> String {
    "voice".to_owned()
}

#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct ScheduleRecord {
    pub byday: String,
    pub opens_at: String,
    pub closes_at: String,
    pub description: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct LocationRecord {
    pub name: String,
    #[serde(default)]
    pub confidential: bool,
    pub description: Option<String>,
    pub address_1: Option<String>,
    pub city: Option<String>,
    pub postal_code: Option<String>,
    pub borough: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct ServiceRecord {
    pub id: String,
    pub name: String,
    pub organization: OrganizationRecord,
    pub description: String,
    #[serde(default)]
    pub offers: Vec<String>,
    pub eligibility_description: Option<String>,
    pub url: Option<String>,
    pub email: Option<String>,
    pub chat_url: Option<String>,
    #[serde(default)]
    pub phones: Vec<PhoneRecord>,
    #[serde(default)]
    pub schedules: Vec<ScheduleRecord>,
    #[serde(default)]
    pub languages: Vec<String>,
    pub interpretation_services: Option<String>,
    pub areas: Vec<String>,
    pub situations: Vec<String>,
    #[serde(default)]
    pub needs: Vec<String>,
    #[serde(default)]
    pub groups: Vec<String>,
    pub fees: Option<String>,
    pub minimum_age: Option<i64>,
    pub maximum_age: Option<i64>,
    #[serde(default)]
    pub accepts_online_contact: bool,
    #[serde(default)]
    pub locations: Vec<LocationRecord>,
    /// The listing's name, description and eligibility in other languages, by locale tag.
    #[serde(default)]
    pub translations: std::collections::BTreeMap<String, TranslationRecord>,
    /// Whether the service can take people on now, stated by its provider.
    #[serde(default)]
    pub capacity: Option<Capacity>,
    #[serde(default)]
    pub capacity_note: Option<String>,
    /// A temporary closure, with the message people see.
    #[serde(default)]
    pub closure: Option<ClosureRecord>,
}

#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct ClosureRecord {
    pub message: String,
    /// The last day of the closure (YYYY-MM-DD), when known.
    #[serde(default)]
    pub until: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct TranslationRecord {
    pub name: Option<String>,
    pub description: Option<String>,
    pub eligibility_description: Option<String>,
}

pub struct NewOrganization {
    pub slug: Slug,
    pub name: String,
    pub website: Option<String>,
    pub description: Option<String>,
}

pub struct NewPhone {
    pub number: String,
    pub kind: PhoneKind,
    pub description: Option<String>,
}

pub struct NewSchedule {
    pub period: OpeningPeriod,
    pub description: Option<String>,
}

pub enum NewLocation {
    Public {
        name: String,
        description: Option<String>,
        /// Street, city and postcode, when they are known.
        address: Option<(String, String, String)>,
        borough: Option<Borough>,
    },
    Confidential {
        name: String,
        description: Option<String>,
    },
}

/// A service that passed validation, ready to be written.
pub struct NewService {
    pub slug: Slug,
    pub name: String,
    pub organization: NewOrganization,
    pub description: String,
    pub offers: Vec<String>,
    pub eligibility_description: Option<String>,
    pub url: Option<String>,
    pub email: Option<String>,
    pub chat_url: Option<String>,
    pub phones: Vec<NewPhone>,
    pub schedules: Vec<NewSchedule>,
    pub languages: Vec<String>,
    pub interpretation_services: Option<String>,
    pub areas: Vec<Area>,
    pub situations: Vec<Situation>,
    pub needs: Vec<Need>,
    pub groups: Vec<Group>,
    pub fees: Option<String>,
    pub minimum_age: Option<i64>,
    pub maximum_age: Option<i64>,
    pub accepts_online_contact: bool,
    pub locations: Vec<NewLocation>,
    pub translations: Vec<(crate::i18n::Locale, crate::directory::ServiceText)>,
    pub capacity: Option<Capacity>,
    pub capacity_note: Option<String>,
    pub closure: Option<crate::directory::Closure>,
}

/// Validates one record, naming the first field that is wrong.
struct Checker<'a> {
    path: &'a Path,
    record: String,
}

impl Checker<'_> {
    fn fail(&self, field: &str, problem: impl Into<String>) -> ImportError {
        ImportError::Invalid {
            path: self.path.to_owned(),
            record: self.record.clone(),
            field: field.to_owned(),
            problem: problem.into(),
        }
    }

    fn text(&self, field: &str, value: String) -> Result<String, ImportError> {
        let value = value.trim().to_owned();
        if value.is_empty() {
            return Err(self.fail(field, "is empty"));
        }
        if value.chars().count() > 4000 {
            return Err(self.fail(field, "is longer than 4000 characters"));
        }
        Ok(value)
    }

    fn optional_text(&self, field: &str, value: Option<String>) -> Result<Option<String>, ImportError> {
        value.map(|v| self.text(field, v)).transpose()
    }

    fn web_address(&self, field: &str, value: Option<String>) -> Result<Option<String>, ImportError> {
        let Some(value) = self.optional_text(field, value)? else {
            return Ok(None);
        };
        let rest = value.strip_prefix("https://").or_else(|| value.strip_prefix("http://"));
        match rest {
            Some(rest) if !rest.is_empty() && !rest.contains(char::is_whitespace) => Ok(Some(value)),
            _ => Err(self.fail(field, "is not an http(s) web address")),
        }
    }

    fn email(&self, value: Option<String>) -> Result<Option<String>, ImportError> {
        let Some(value) = self.optional_text("email", value)? else {
            return Ok(None);
        };
        match value.split_once('@') {
            Some((local, domain))
                if !local.is_empty() && domain.contains('.') && !value.contains(char::is_whitespace) =>
            {
                Ok(Some(value))
            }
            _ => Err(self.fail("email", "is not an email address")),
        }
    }

    fn slugs<T>(
        &self,
        field: &str,
        values: Vec<String>,
        parse: impl Fn(&str) -> Result<T, crate::domain::UnknownValue>,
    ) -> Result<Vec<T>, ImportError>
    where
        T: PartialEq,
    {
        let mut parsed = Vec::with_capacity(values.len());
        for value in values {
            let item = parse(&value).map_err(|error| self.fail(field, error.to_string()))?;
            if !parsed.contains(&item) {
                parsed.push(item);
            }
        }
        Ok(parsed)
    }
}

/// Checks one record, naming `path` and the record (its id, or its position) in any error.
pub fn validate(path: &Path, index: usize, raw: ServiceRecord) -> Result<NewService, ImportError> {
    let checker = Checker {
        path,
        record: if raw.id.is_empty() {
            format!("#{}", index + 1)
        } else {
            raw.id.clone()
        },
    };
    let closure = raw
        .closure
        .map(|closure| {
            let until = closure
                .until
                .map(|until| {
                    let valid = until.len() == 10 && until.parse::<jiff::civil::Date>().is_ok();
                    if valid {
                        Ok(until)
                    } else {
                        Err(checker.fail("closure.until", "is not a date (YYYY-MM-DD)"))
                    }
                })
                .transpose()?;
            Ok::<_, ImportError>(crate::directory::Closure {
                message: checker.text("closure.message", closure.message)?,
                until,
            })
        })
        .transpose()?;
    let slug = Slug::parse(&raw.id).map_err(|e| checker.fail("id", e.to_string()))?;
    let organization = NewOrganization {
        slug: Slug::parse(&raw.organization.id).map_err(|e| checker.fail("organization.id", e.to_string()))?,
        name: checker.text("organization.name", raw.organization.name)?,
        website: checker.web_address("organization.website", raw.organization.website)?,
        description: checker.optional_text("organization.description", raw.organization.description)?,
    };
    let offers = raw
        .offers
        .into_iter()
        .map(|offer| checker.text("offers", offer))
        .collect::<Result<Vec<_>, _>>()?;
    let phones = raw
        .phones
        .into_iter()
        .map(|phone| {
            let number = checker.text("phones.number", phone.number)?;
            if !number.chars().all(|c| c.is_ascii_digit() || c == ' ' || c == '+')
                || number.chars().filter(char::is_ascii_digit).count() < 3
            {
                return Err(checker.fail("phones.number", format!("`{number}` is not a phone number")));
            }
            Ok(NewPhone {
                number,
                kind: PhoneKind::parse(&phone.kind).ok_or_else(|| {
                    checker.fail(
                        "phones.kind",
                        format!("`{}` is not voice, sms, textphone or whatsapp", phone.kind),
                    )
                })?,
                description: checker.optional_text("phones.description", phone.description)?,
            })
        })
        .collect::<Result<Vec<_>, _>>()?;
    let schedules = raw
        .schedules
        .into_iter()
        .map(|schedule| {
            Ok(NewSchedule {
                period: OpeningPeriod::parse(&schedule.byday, &schedule.opens_at, &schedule.closes_at)
                    .map_err(|e| checker.fail("schedules", e.to_string()))?,
                description: checker.optional_text("schedules.description", schedule.description)?,
            })
        })
        .collect::<Result<Vec<_>, ImportError>>()?;
    let languages = raw
        .languages
        .into_iter()
        .map(|code| {
            let valid = (2..=3).contains(&code.len()) && code.bytes().all(|b| b.is_ascii_lowercase());
            if valid {
                Ok(code)
            } else {
                Err(checker.fail("languages", format!("`{code}` is not an ISO 639 code")))
            }
        })
        .collect::<Result<Vec<_>, _>>()?;
    let areas = checker.slugs("areas", raw.areas, Area::parse)?;
    if areas.is_empty() {
        return Err(checker.fail("areas", "names no area"));
    }
    let situations = checker.slugs("situations", raw.situations, Situation::parse)?;
    if situations.is_empty() {
        return Err(checker.fail("situations", "names no situation"));
    }
    let locations = raw
        .locations
        .into_iter()
        .map(|location| {
            let name = checker.text("locations.name", location.name)?;
            let description = checker.optional_text("locations.description", location.description)?;
            if location.confidential {
                if location.address_1.is_some() || location.postal_code.is_some() || location.borough.is_some() {
                    return Err(checker.fail("locations", "a confidential location must not have an address"));
                }
                return Ok(NewLocation::Confidential { name, description });
            }
            let address = match (location.address_1, location.postal_code) {
                (None, None) => None,
                (Some(address_1), Some(postal_code)) => Some((
                    checker.text("locations.address_1", address_1)?,
                    checker.text("locations.city", location.city.unwrap_or_else(|| "London".to_owned()))?,
                    checker.text("locations.postal_code", postal_code)?,
                )),
                (None, Some(_)) => {
                    return Err(checker.fail("locations.address_1", "is missing while postal_code is given"));
                }
                (Some(_), None) => {
                    return Err(checker.fail("locations.postal_code", "is missing while address_1 is given"));
                }
            };
            Ok(NewLocation::Public {
                name,
                description,
                address,
                borough: location
                    .borough
                    .map(|b| Borough::parse(&b).map_err(|e| checker.fail("locations.borough", e.to_string())))
                    .transpose()?,
            })
        })
        .collect::<Result<Vec<_>, _>>()?;
    for (field, age) in [("minimum_age", raw.minimum_age), ("maximum_age", raw.maximum_age)] {
        if age.is_some_and(|age| !(0..=120).contains(&age)) {
            return Err(checker.fail(field, "is not an age from 0 to 120"));
        }
    }
    if let (Some(min), Some(max)) = (raw.minimum_age, raw.maximum_age)
        && min > max
    {
        return Err(checker.fail("maximum_age", "is below minimum_age"));
    }
    let translations = raw
        .translations
        .into_iter()
        .map(|(tag, text)| {
            let locale = crate::i18n::Locale::from_tag(&tag)
                .filter(|l| *l != crate::i18n::Locale::En && l.tag() == tag)
                .ok_or_else(|| checker.fail("translations", format!("`{tag}` is not one of the portal's other languages (ar, bn, es, fr, it, pl, pt, ro, so, tr, ur, zh-Hans)")))?;
            Ok((
                locale,
                crate::directory::ServiceText {
                    name: checker.optional_text("translations.name", text.name)?,
                    description: checker.optional_text("translations.description", text.description)?,
                    eligibility: checker.optional_text("translations.eligibility_description", text.eligibility_description)?,
                },
            ))
        })
        .collect::<Result<Vec<_>, ImportError>>()?;
    Ok(NewService {
        translations,
        capacity: raw.capacity,
        capacity_note: checker.optional_text("capacity_note", raw.capacity_note)?,
        closure,
        slug,
        name: checker.text("name", raw.name)?,
        organization,
        description: checker.text("description", raw.description)?,
        offers,
        eligibility_description: checker.optional_text("eligibility_description", raw.eligibility_description)?,
        url: checker.web_address("url", raw.url)?,
        email: checker.email(raw.email)?,
        chat_url: checker.web_address("chat_url", raw.chat_url)?,
        phones,
        schedules,
        languages,
        interpretation_services: checker.optional_text("interpretation_services", raw.interpretation_services)?,
        areas,
        situations,
        needs: checker.slugs("needs", raw.needs, Need::parse)?,
        groups: checker.slugs("groups", raw.groups, Group::parse)?,
        fees: checker.optional_text("fees", raw.fees)?,
        minimum_age: raw.minimum_age,
        maximum_age: raw.maximum_age,
        accepts_online_contact: raw.accepts_online_contact,
        locations,
    })
}

/// Parses one directory file.
pub fn parse_file(path: &Path, text: &str) -> Result<Vec<NewService>, ImportError> {
    let file: DirectoryFile = serde_json::from_str(text).map_err(|cause| ImportError::Parse {
        path: path.to_owned(),
        cause,
    })?;
    file.services
        .into_iter()
        .enumerate()
        .map(|(index, raw)| validate(path, index, raw))
        .collect()
}

/// Reads a directory file, or every `*.json` file in a folder (sorted, so imports are
/// repeatable), and checks that no service id appears twice.
pub fn read_path(path: &Path) -> Result<Vec<NewService>, ImportError> {
    let files = if path.is_dir() {
        let entries = std::fs::read_dir(path).map_err(|source| ImportError::Read {
            path: path.to_owned(),
            source,
        })?;
        let mut files: Vec<PathBuf> = entries
            .filter_map(Result::ok)
            .map(|entry| entry.path())
            .filter(|p| p.extension().is_some_and(|ext| ext == "json"))
            .collect();
        files.sort();
        if files.is_empty() {
            return Err(ImportError::Empty { path: path.to_owned() });
        }
        files
    } else {
        vec![path.to_owned()]
    };
    let mut services: Vec<NewService> = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for file in files {
        let text = std::fs::read_to_string(&file).map_err(|source| ImportError::Read {
            path: file.clone(),
            source,
        })?;
        for service in parse_file(&file, &text)? {
            if !seen.insert(service.slug.clone()) {
                return Err(ImportError::Duplicate {
                    path: file,
                    id: service.slug.to_string(),
                });
            }
            services.push(service);
        }
    }
    Ok(services)
}

/// What an import wrote.
#[derive(Debug, Default)]
pub struct ImportReport {
    pub services: usize,
    pub organizations: usize,
}

/// The English description of every taxonomy slug, from `taxonomy.toml`.
pub fn taxonomy_terms(taxonomy_toml: &Path) -> Result<Vec<super::db::directory::TaxonomyTerm>, ImportError> {
    use crate::domain::taxonomy::Vocabulary;
    let text = std::fs::read_to_string(taxonomy_toml).map_err(|source| ImportError::Read {
        path: taxonomy_toml.to_owned(),
        source,
    })?;
    let invalid = |field: &str, problem: String| ImportError::Invalid {
        path: taxonomy_toml.to_owned(),
        record: "taxonomy".to_owned(),
        field: field.to_owned(),
        problem,
    };
    let table: toml::Table = text
        .parse()
        .map_err(|e: toml::de::Error| invalid("(file)", e.to_string()))?;
    let mut terms = Vec::new();
    for vocabulary in Vocabulary::ALL {
        let section = table.get(vocabulary.as_str()).and_then(toml::Value::as_table);
        for slug in vocabulary.slugs() {
            let description = section
                .and_then(|s| s.get(slug))
                .and_then(toml::Value::as_str)
                .ok_or_else(|| invalid(vocabulary.as_str(), format!("`{slug}` is missing")))?;
            terms.push(super::db::directory::TaxonomyTerm {
                vocabulary,
                slug,
                description: description.to_owned(),
            });
        }
    }
    Ok(terms)
}

/// Writes the portal's taxonomy, so that its terms exist before any listing is tagged.
pub async fn ensure_taxonomy(pool: &super::db::Pool, taxonomy_toml: &Path) -> Result<(), ImportError> {
    let terms = taxonomy_terms(taxonomy_toml)?;
    let mut tx = pool.begin().await?;
    super::db::directory::upsert_taxonomy(&mut tx, &terms).await?;
    tx.commit().await?;
    Ok(())
}

/// Validates every record under `path` and writes them all in one transaction, with the
/// taxonomy they are tagged with. Nothing is written unless everything is valid.
pub async fn import(pool: &super::db::Pool, path: &Path, taxonomy_toml: &Path) -> Result<ImportReport, ImportError> {
    let services = read_path(path)?;
    let terms = taxonomy_terms(taxonomy_toml)?;
    let now = jiff::Timestamp::now().to_string();
    let mut tx = pool.begin().await?;
    super::db::directory::upsert_taxonomy(&mut tx, &terms).await?;
    for service in &services {
        super::db::directory::upsert_service(&mut tx, service, &now).await?;
    }
    tx.commit().await?;
    let organizations: std::collections::HashSet<&str> =
        services.iter().map(|s| s.organization.slug.as_str()).collect();
    Ok(ImportReport {
        services: services.len(),
        organizations: organizations.len(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const MINIMAL: &str = r#"{"services": [{
        "id": "example-helpline", "name": "Example helpline",
        "organization": {"id": "example", "name": "Example"},
        "description": "Listens.", "offers": ["A helpline"],
        "areas": ["national"], "situations": ["domestic-abuse"]
    }]}"#;

    fn with(field: &str, value: &str) -> String {
        MINIMAL.replacen("\"description\"", &format!("\"{field}\": {value}, \"description\""), 1)
    }

    fn error_of(text: &str) -> String {
        match parse_file(Path::new("test.json"), text) {
            Ok(_) => panic!("expected an error"),
            Err(error) => error.to_string(),
        }
    }

    #[test]
    fn a_minimal_record_is_accepted() {
        let services = parse_file(Path::new("test.json"), MINIMAL).expect("valid");
        assert_eq!(services.len(), 1);
        assert_eq!(services[0].slug.as_str(), "example-helpline");
    }

    #[test]
    fn errors_name_the_file_the_record_and_the_field() {
        let message = error_of(&MINIMAL.replace("domestic-abuse", "burglary"));
        assert!(message.contains("test.json"), "{message}");
        assert!(message.contains("example-helpline"), "{message}");
        assert!(message.contains("`situations`"), "{message}");
    }

    #[test]
    fn bad_fields_are_rejected() {
        assert!(error_of(&with("url", "\"javascript:alert(1)\"")).contains("`url`"));
        assert!(error_of(&with("email", "\"nobody\"")).contains("`email`"));
        assert!(error_of(&with("phones", r#"[{"number": "call us"}]"#)).contains("`phones.number`"));
        assert!(
            error_of(&with(
                "schedules",
                r#"[{"byday": "MON", "opens_at": "09:00", "closes_at": "17:00"}]"#
            ))
            .contains("`schedules`")
        );
        assert!(error_of(&with("minimum_age", "200")).contains("`minimum_age`"));
        assert!(error_of(&with("unknown_field", "1")).contains("unknown field"));
        assert!(error_of(&MINIMAL.replace("example-helpline", "Example Helpline")).contains("`id`"));
    }

    #[test]
    fn a_confidential_location_cannot_carry_an_address() {
        let text = with(
            "locations",
            r#"[{"name": "Refuge", "confidential": true, "address_1": "1 High St", "postal_code": "E1 1AA"}]"#,
        );
        assert!(error_of(&text).contains("must not have an address"));
    }

    #[test]
    fn the_demonstration_directory_is_valid() {
        let path = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../content/directory"));
        let services = read_path(path).expect("the shipped directory validates");
        assert!(services.len() >= 150, "{} services", services.len());
    }
}
