//! `portal export DIR`: the published directory as an Open Referral UK data package: every
//! table of the standard's descriptor (empty where the portal holds nothing), with the portal's
//! extra columns and two extra tables declared in the package's own `datapackage.json`. The
//! package imports back to the same data. A confidential location is written without any
//! address: the dataset cannot hold one.

use super::ExportError;
use super::db;
use super::model::{Dataset, Place};
use super::read::{OFFERS_TABLE, REFERENCE_DESCRIPTOR, TRANSLATIONS_TABLE};
use super::wire::phone_type;
use crate::ssr::db::Pool;
use serde_json::{Value, json};
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// Columns the portal adds to the standard's tables: (table, column, type, description).
const EXTRA_COLUMNS: &[(&str, &str, &str, &str)] = &[
    (
        "organization",
        "slug",
        "string",
        "London Victims Portal: the organisation's key in page addresses.",
    ),
    (
        "service",
        "slug",
        "string",
        "London Victims Portal: the service's key in page addresses (/{lang}/services/{slug}).",
    ),
    (
        "service",
        "eligibility_description",
        "string",
        "HSDS 3.0: who the service is for, including limits of age, area or gender.",
    ),
    (
        "service",
        "interpretation_services",
        "string",
        "HSDS 3.0: the interpreting the service offers.",
    ),
    (
        "service",
        "chat_url",
        "string",
        "London Victims Portal: the address of the service's web chat.",
    ),
    (
        "service",
        "accepts_online_contact",
        "boolean",
        "London Victims Portal: whether the provider takes get-in-touch requests through the portal.",
    ),
    (
        "attribute",
        "link_entity",
        "string",
        "HSDS 3.0: the table of the record the term is attached to (service).",
    ),
    (
        "location",
        "confidential",
        "boolean",
        "London Victims Portal: a refuge or safe house, never published with an address or coordinates.",
    ),
    (
        "location",
        "borough",
        "string",
        "London Victims Portal: the London borough (slug) the location is in.",
    ),
    (
        "phone",
        "service_id",
        "string",
        "HSDS 3.0: the service the number belongs to.",
    ),
    (
        "phone",
        "type",
        "string",
        "HSDS 3.0: voice, text, textphone or whatsapp.",
    ),
    (
        "language",
        "code",
        "string",
        "HSDS 3.0: the ISO 639 code of a language staff speak.",
    ),
];

/// What an export wrote.
#[derive(Debug, Default)]
pub struct ExportReport {
    pub services: usize,
    pub organizations: usize,
    pub locations: usize,
    pub taxonomies: usize,
    pub terms: usize,
    pub files: Vec<PathBuf>,
}

/// Writes the published directory to `folder` (created if missing).
pub async fn export(pool: &Pool, folder: &Path) -> Result<ExportReport, ExportError> {
    // One transaction, so that the export is one consistent moment.
    let mut tx = pool.begin().await?;
    let dataset = db::load(&mut tx).await?.published();
    drop(tx);
    write_package(&dataset, folder)
}

type Row = HashMap<&'static str, String>;

fn text(value: Option<&String>) -> String {
    value.cloned().unwrap_or_default()
}

/// Every table's rows, by resource name.
fn tables(dataset: &Dataset) -> HashMap<&'static str, Vec<Row>> {
    let mut tables: HashMap<&'static str, Vec<Row>> = HashMap::new();
    let mut add = |table: &'static str, row: Vec<(&'static str, String)>| {
        tables.entry(table).or_default().push(row.into_iter().collect());
    };
    let taxonomy_names: HashMap<&str, &str> = dataset
        .taxonomies
        .iter()
        .map(|t| (t.id.as_str(), t.name.as_str()))
        .collect();
    for t in &dataset.taxonomies {
        add(
            "taxonomy",
            vec![
                ("id", t.id.clone()),
                ("name", t.name.clone()),
                ("description", t.description.clone()),
                ("uri", text(t.uri.as_ref())),
                ("version", text(t.version.as_ref())),
            ],
        );
    }
    for t in &dataset.terms {
        add(
            "taxonomy_term",
            vec![
                ("id", t.id.clone()),
                ("name", t.name.clone()),
                ("description", t.description.clone()),
                ("parent_id", text(t.parent_id.as_ref())),
                (
                    "taxonomy",
                    taxonomy_names
                        .get(t.taxonomy_id.as_str())
                        .map(|n| (*n).to_owned())
                        .unwrap_or_default(),
                ),
                ("taxonomy_id", t.taxonomy_id.clone()),
                ("term_uri", text(t.term_uri.as_ref())),
                ("term", t.term_text().unwrap_or_default().to_owned()),
            ],
        );
    }
    for o in &dataset.organizations {
        add(
            "organization",
            vec![
                ("id", o.id.clone()),
                ("name", o.name.clone()),
                ("description", text(o.description.as_ref())),
                ("website", text(o.website.as_ref())),
                ("slug", o.slug.clone()),
            ],
        );
    }
    for l in &dataset.locations {
        let (confidential, borough) = match &l.place {
            Place::Confidential => (true, String::new()),
            Place::Public { borough, addresses } => {
                for a in addresses {
                    add(
                        "address",
                        vec![
                            ("id", a.id.clone()),
                            ("location_id", l.id.clone()),
                            ("attention", text(a.attention.as_ref())),
                            ("address_1", a.address_1.clone()),
                            ("city", a.city.clone()),
                            ("region", text(a.region.as_ref())),
                            ("state_province", text(a.state_province.as_ref())),
                            ("postal_code", a.postal_code.clone()),
                            ("country", a.country.clone()),
                            ("address_type", a.address_type.clone()),
                        ],
                    );
                }
                (false, text(borough.as_ref()))
            }
        };
        add(
            "location",
            vec![
                ("id", l.id.clone()),
                ("location_type", l.location_type.clone()),
                ("name", l.name.clone()),
                ("description", text(l.description.as_ref())),
                ("confidential", confidential.to_string()),
                ("borough", borough),
            ],
        );
    }
    for s in &dataset.services {
        let id = || s.id.clone();
        add(
            "service",
            vec![
                ("id", id()),
                ("organization_id", s.organization_id.clone()),
                ("name", s.name.clone()),
                ("description", s.description.clone()),
                ("url", text(s.url.as_ref())),
                ("email", text(s.email.as_ref())),
                ("status", s.status.clone()),
                ("fees", text(s.fees.as_ref())),
                ("minimum_age", s.minimum_age.map(|a| a.to_string()).unwrap_or_default()),
                ("maximum_age", s.maximum_age.map(|a| a.to_string()).unwrap_or_default()),
                ("assured_date", s.assured().unwrap_or_default()),
                ("last_modified", s.last_modified.clone()),
                ("slug", s.slug.clone()),
                ("eligibility_description", text(s.eligibility_description.as_ref())),
                ("interpretation_services", text(s.interpretation_services.as_ref())),
                ("chat_url", text(s.chat_url.as_ref())),
                ("accepts_online_contact", s.accepts_online_contact.to_string()),
            ],
        );
        for (position, offer) in s.offers.iter().enumerate() {
            add(
                OFFERS_TABLE.0,
                vec![
                    ("service_id", id()),
                    ("position", position.to_string()),
                    ("offer", offer.clone()),
                ],
            );
        }
        for t in &s.translations {
            add(
                TRANSLATIONS_TABLE.0,
                vec![
                    ("service_id", id()),
                    ("locale", t.locale.clone()),
                    ("name", text(t.name.as_ref())),
                    ("description", text(t.description.as_ref())),
                    ("eligibility_description", text(t.eligibility_description.as_ref())),
                ],
            );
        }
        if !s.phones.is_empty() {
            // The UK profile reaches a service's phones through a contact.
            let contact = super::stable_id("contact", &s.id);
            add("contact", vec![("id", contact.clone()), ("service_id", id())]);
            for p in &s.phones {
                add(
                    "phone",
                    vec![
                        ("id", p.id.clone()),
                        ("contact_id", contact.clone()),
                        ("number", p.number.clone()),
                        ("description", text(p.description.as_ref())),
                        ("service_id", id()),
                        ("type", phone_type(p.kind).to_owned()),
                    ],
                );
            }
        }
        for sc in &s.schedules {
            add(
                "schedule",
                vec![
                    ("id", sc.id.clone()),
                    ("service_id", id()),
                    ("freq", "WEEKLY".to_owned()),
                    ("byday", sc.period.days().to_byday()),
                    ("opens_at", sc.period.opens().to_hhmm()),
                    ("closes_at", sc.period.closes().to_hhmm()),
                    ("description", text(sc.description.as_ref())),
                ],
            );
        }
        for l in &s.languages {
            add(
                "language",
                vec![("id", l.id.clone()), ("service_id", id()), ("code", l.code.clone())],
            );
        }
        for a in &s.areas {
            add(
                "service_area",
                vec![("id", a.id.clone()), ("service_id", id()), ("name", a.area.clone())],
            );
        }
        for link in &s.locations {
            add(
                "service_at_location",
                vec![
                    ("id", link.id.clone()),
                    ("service_id", id()),
                    ("location_id", link.location_id.clone()),
                ],
            );
        }
    }
    for a in dataset
        .services
        .iter()
        .flat_map(|s| s.attributes.iter())
        .chain(&dataset.other_attributes)
    {
        add(
            "attribute",
            vec![
                ("id", a.id.clone()),
                ("link_id", a.link_id.clone()),
                ("taxonomy_term_id", a.taxonomy_term_id.clone()),
                ("link_type", text(a.link_type.as_ref())),
                ("link_entity", a.link_entity.clone()),
            ],
        );
    }
    tables
}

/// The package's descriptor: the standard's resources with the portal's extra columns, and the
/// portal's two extra tables.
pub fn descriptor() -> Value {
    let reference: Value = serde_json::from_str(REFERENCE_DESCRIPTOR).unwrap_or(Value::Null);
    let mut resources: Vec<Value> = reference
        .get("resources")
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default();
    for resource in &mut resources {
        let name = resource
            .get("name")
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_owned();
        if let Some(fields) = resource.pointer_mut("/schema/fields").and_then(Value::as_array_mut) {
            for (_, column, kind, description) in EXTRA_COLUMNS.iter().filter(|(table, ..)| *table == name) {
                fields.push(json!({
                    "name": column,
                    "type": kind,
                    "description": description,
                    "constraints": {"required": false, "unique": false},
                }));
            }
        }
    }
    let field =
        |name: &str, kind: &str, description: &str| json!({"name": name, "type": kind, "description": description});
    resources.push(json!({
        "name": OFFERS_TABLE.0,
        "path": OFFERS_TABLE.1,
        "description": "London Victims Portal: what a person gets from a service, in short phrases, in order.",
        "format": "csv",
        "mediatype": "text/csv",
        "profile": "tabular-data-resource",
        "schema": {
            "primaryKey": ["service_id", "position"],
            "fields": [
                field("service_id", "string", "The service."),
                field("position", "integer", "The offer's place in the list, from 0."),
                field("offer", "string", "A short phrase."),
            ],
            "foreignKeys": [{"fields": "service_id", "reference": {"resource": "service", "fields": "id"}}],
        },
    }));
    resources.push(json!({
        "name": TRANSLATIONS_TABLE.0,
        "path": TRANSLATIONS_TABLE.1,
        "description": "London Victims Portal: a service's name, description and eligibility in another language.",
        "format": "csv",
        "mediatype": "text/csv",
        "profile": "tabular-data-resource",
        "schema": {
            "primaryKey": ["service_id", "locale"],
            "fields": [
                field("service_id", "string", "The service."),
                field("locale", "string", "The language, as a BCP 47 tag the portal publishes (pl, zh-Hans)."),
                field("name", "string", "The name in that language."),
                field("description", "string", "The description in that language."),
                field("eligibility_description", "string", "Who the service is for, in that language."),
            ],
            "foreignKeys": [{"fields": "service_id", "reference": {"resource": "service", "fields": "id"}}],
        },
    }));
    json!({
        "profile": "tabular-data-package",
        "name": "london-victims-portal-directory",
        "title": "London Victims Portal: directory of services",
        "description": "Services for victims of crime in London, as an Open Referral UK 3.0 (HSDS 3.0) data package, \
            with the portal's extra columns and tables described in this descriptor.",
        "version": reference.get("version").cloned().unwrap_or(Value::Null),
        "resources": resources,
    })
}

/// Writes `dataset` as a data package in `folder`.
pub fn write_package(dataset: &Dataset, folder: &Path) -> Result<ExportReport, ExportError> {
    let write_error = |path: &Path, source| ExportError::Write {
        path: path.to_owned(),
        source,
    };
    std::fs::create_dir_all(folder).map_err(|e| write_error(folder, e))?;
    let descriptor = descriptor();
    let mut tables = tables(dataset);
    let mut files = Vec::new();
    for resource in descriptor
        .get("resources")
        .and_then(Value::as_array)
        .map(Vec::as_slice)
        .unwrap_or_default()
    {
        let name = resource.get("name").and_then(Value::as_str).unwrap_or_default();
        let file = resource.get("path").and_then(Value::as_str).unwrap_or_default();
        let columns: Vec<&str> = resource
            .pointer("/schema/fields")
            .and_then(Value::as_array)
            .map(|fields| {
                fields
                    .iter()
                    .filter_map(|f| f.get("name").and_then(Value::as_str))
                    .collect()
            })
            .unwrap_or_default();
        let path = folder.join(file);
        let csv_error = |source| ExportError::Csv {
            path: path.clone(),
            source,
        };
        let mut writer = csv::Writer::from_path(&path).map_err(csv_error)?;
        writer.write_record(&columns).map_err(csv_error)?;
        for row in tables.remove(name).unwrap_or_default() {
            writer
                .write_record(columns.iter().map(|c| row.get(c).map_or("", String::as_str)))
                .map_err(csv_error)?;
        }
        writer.flush().map_err(|e| write_error(&path, e))?;
        files.push(path);
    }
    let path = folder.join("datapackage.json");
    let mut text = serde_json::to_string_pretty(&descriptor).unwrap_or_default();
    text.push('\n');
    std::fs::write(&path, text).map_err(|e| write_error(&path, e))?;
    files.push(path);
    Ok(ExportReport {
        services: dataset.services.len(),
        organizations: dataset.organizations.len(),
        locations: dataset.locations.len(),
        taxonomies: dataset.taxonomies.len(),
        terms: dataset.terms.len(),
        files,
    })
}
