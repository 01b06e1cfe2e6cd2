//! Reading an Open Referral UK data package into wire records: CSV tables named by
//! `datapackage.json` (or the standard's own names when the folder has none), or JSON documents
//! (a service, a list or page of them, an organization with its services, a service at a
//! location, taxonomies and terms). Nothing is checked here beyond the shape; `import` validates.

use super::ImportError;
use super::wire::{
    Origin, WireAddress, WireAttribute, WireLanguage, WireLocation, WireOrganization, WirePhone, WireSchedule,
    WireService, WireServiceArea, WireServiceAtLocation, WireTaxonomy, WireTerm, WireTranslation,
};
use serde_json::Value;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::{Path, PathBuf};

/// The Open Referral UK data package descriptor, as published with the standard.
pub const REFERENCE_DESCRIPTOR: &str = include_str!("../../../../content/openreferral-uk/datapackage.json");

/// The portal's own tables beside the standard's, in a package the portal exports.
pub const OFFERS_TABLE: (&str, &str) = ("service_offer", "service_offers.csv");
pub const TRANSLATIONS_TABLE: (&str, &str) = ("service_translation", "service_translations.csv");

/// What a package holds, before validation.
#[derive(Debug, Default)]
pub struct Package {
    pub services: Vec<WireService>,
    /// Organizations that services may name by `organization_id` alone.
    pub organizations: Vec<WireOrganization>,
    pub taxonomies: Vec<WireTaxonomy>,
    pub terms: Vec<WireTerm>,
    /// Attributes linked to something other than a service of the package.
    pub other_attributes: Vec<WireAttribute>,
    pub notes: Notes,
}

/// What an import could not keep: the portal does not model it, or it was incomplete.
#[derive(Debug, Default, Clone)]
pub struct Notes {
    /// Field (`service.accreditations`) or table → how many values were not kept.
    pub not_kept: BTreeMap<String, usize>,
    pub warnings: Vec<String>,
}

impl Notes {
    pub fn drop_field(&mut self, what: impl Into<String>) {
        *self.not_kept.entry(what.into()).or_default() += 1;
    }

    pub fn warn(&mut self, warning: impl Into<String>) {
        self.warnings.push(warning.into());
    }
}

/// The kind of input a path holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// The portal's own directory files (`{"services": [...]}`, content/directory/README.md).
    Portal,
    /// An Open Referral data package of CSV tables.
    Csv,
    /// Open Referral JSON documents.
    Json,
}

impl Format {
    pub const fn describe(self) -> &'static str {
        match self {
            Format::Portal => "the portal's directory files",
            Format::Csv => "an Open Referral UK data package (CSV tables)",
            Format::Json => "Open Referral UK JSON",
        }
    }
}

fn read_error(path: &Path, source: std::io::Error) -> ImportError {
    ImportError::Read {
        path: path.to_owned(),
        source,
    }
}

fn json_files(folder: &Path) -> Result<Vec<PathBuf>, ImportError> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(folder)
        .map_err(|e| read_error(folder, e))?
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|p| p.is_file() && p.extension().is_some_and(|ext| ext == "json"))
        .filter(|p| p.file_name().is_none_or(|name| name != "datapackage.json"))
        .collect();
    files.sort();
    Ok(files)
}

/// Tells the portal's directory files, an Open Referral CSV package and Open Referral JSON
/// apart: a folder with `datapackage.json` or `services.csv` is a CSV package; JSON whose top
/// level is an object with a `services` list of records with portal slugs (not UUIDs) as ids
/// is the portal's own; other JSON is Open Referral.
pub fn detect(path: &Path) -> Result<Format, ImportError> {
    if path.is_dir() {
        if path.join("datapackage.json").is_file() || path.join("services.csv").is_file() {
            return Ok(Format::Csv);
        }
        let files = json_files(path)?;
        let Some(first) = files.first() else {
            return Err(ImportError::Empty { path: path.to_owned() });
        };
        return detect_json(first);
    }
    if path.extension().is_some_and(|ext| ext == "csv") {
        return Err(ImportError::Package {
            path: path.to_owned(),
            problem: "a CSV table alone is not a data package: import the folder that holds it".to_owned(),
        });
    }
    detect_json(path)
}

fn detect_json(path: &Path) -> Result<Format, ImportError> {
    let text = std::fs::read_to_string(path).map_err(|e| read_error(path, e))?;
    let value: Value = serde_json::from_str(&text).map_err(|cause| ImportError::Json {
        path: path.to_owned(),
        place: String::new(),
        cause: cause.to_string(),
    })?;
    let portal = value.get("services").and_then(Value::as_array).is_some_and(|services| {
        value.get("status").is_none()
            && value.get("name").is_none()
            && services.iter().all(|s| {
                s.get("id")
                    .and_then(Value::as_str)
                    .is_some_and(|id| uuid::Uuid::parse_str(id).is_err())
            })
    });
    Ok(if portal { Format::Portal } else { Format::Json })
}

// ---------------------------------------------------------------------------------------------
// JSON

/// Fields each kind of record may carry that the portal keeps; any other field with a value is
/// counted as not kept.
const KEPT: &[(&str, &[&str])] = &[
    (
        "service",
        &[
            "id",
            "organization_id",
            "name",
            "description",
            "url",
            "email",
            "status",
            "fees",
            "minimum_age",
            "maximum_age",
            "assured_date",
            "last_modified",
            "schedules",
            "service_areas",
            "service_at_locations",
            "languages",
            "organization",
            "contacts",
            "attributes",
            "phones",
            "eligibility_description",
            "interpretation_services",
            "slug",
            "offers",
            "chat_url",
            "accepts_online_contact",
            "translations",
        ],
    ),
    (
        "organization",
        &["id", "name", "description", "website", "slug", "services"],
    ),
    (
        "schedule",
        &[
            "id",
            "service_id",
            "service_at_location_id",
            "freq",
            "interval",
            "byday",
            "opens_at",
            "closes_at",
            "description",
            "notes",
        ],
    ),
    ("service_area", &["id", "service_id", "name", "service_area"]),
    (
        "service_at_location",
        &["id", "service_id", "location_id", "location", "service"],
    ),
    (
        "location",
        &[
            "id",
            "location_type",
            "name",
            "description",
            "addresses",
            "confidential",
            "borough",
        ],
    ),
    (
        "address",
        &[
            "id",
            "location_id",
            "attention",
            "address_1",
            "city",
            "region",
            "state_province",
            "postal_code",
            "country",
            "address_type",
        ],
    ),
    ("language", &["id", "service_id", "code"]),
    (
        "phone",
        &["id", "service_id", "contact_id", "number", "type", "description"],
    ),
    ("contact", &["id", "service_id", "phones"]),
    (
        "attribute",
        &[
            "id",
            "link_id",
            "link_type",
            "link_entity",
            "taxonomy_term_id",
            "taxonomy_term",
        ],
    ),
    (
        "taxonomy_term",
        &[
            "id",
            "name",
            "description",
            "parent_id",
            "taxonomy",
            "taxonomy_id",
            "term_uri",
            "term",
        ],
    ),
    (
        "taxonomy",
        &["id", "name", "description", "uri", "version", "taxonomy_terms"],
    ),
];

fn kept(kind: &str) -> &'static [&'static str] {
    KEPT.iter().find(|(k, _)| *k == kind).map_or(&[], |(_, fields)| fields)
}

fn has_value(value: &Value) -> bool {
    match value {
        Value::Null => false,
        Value::String(s) => !s.trim().is_empty(),
        Value::Array(a) => !a.is_empty(),
        Value::Object(o) => !o.is_empty(),
        _ => true,
    }
}

/// Counts the fields of a record (and of the records inside it) that the portal does not keep.
fn count_not_kept(kind: &str, value: &Value, notes: &mut Notes) {
    let Some(map) = value.as_object() else { return };
    let fields = kept(kind);
    for (key, child) in map {
        if !has_value(child) {
            continue;
        }
        if !fields.contains(&key.as_str()) {
            notes.drop_field(format!("{kind}.{key}"));
            continue;
        }
        let nested = match (kind, key.as_str()) {
            ("service", "schedules") => "schedule",
            ("service", "service_areas") => "service_area",
            ("service", "service_at_locations") => "service_at_location",
            ("service", "languages") => "language",
            ("service", "organization") => "organization",
            ("service", "contacts") => "contact",
            ("service" | "organization" | "location", "attributes") => "attribute",
            ("service" | "contact", "phones") => "phone",
            ("organization", "services") | ("service_at_location", "service") => "service",
            ("service_at_location", "location") => "location",
            ("location", "addresses") => "address",
            ("attribute", "taxonomy_term") | ("taxonomy", "taxonomy_terms") => "taxonomy_term",
            _ => continue,
        };
        match child {
            Value::Array(items) => items.iter().for_each(|item| count_not_kept(nested, item, notes)),
            other => count_not_kept(nested, other, notes),
        }
    }
}

/// Fills what `into` lacks from `from`: the same record seen in two documents (a service in
/// `service_full.json` and in `service_list.json`) becomes one. Lists of records merge by id.
fn merge(into: &mut Value, from: Value) {
    match (into, from) {
        (Value::Object(a), Value::Object(b)) => {
            for (key, value) in b {
                match a.get_mut(&key) {
                    Some(existing) if !existing.is_null() => merge(existing, value),
                    _ => {
                        a.insert(key, value);
                    }
                }
            }
        }
        (Value::Array(a), Value::Array(b)) => {
            for item in b {
                let id = item.get("id").and_then(Value::as_str).map(str::to_owned);
                match id.and_then(|id| a.iter_mut().find(|x| x.get("id").and_then(Value::as_str) == Some(&id))) {
                    Some(existing) => merge(existing, item),
                    None => a.push(item),
                }
            }
        }
        _ => {}
    }
}

/// Records found in JSON documents, by id, merged.
#[derive(Default)]
struct Found {
    /// kind → id → (the record, where it was first found).
    records: HashMap<&'static str, Vec<(String, Value, Origin)>>,
}

impl Found {
    fn add(&mut self, kind: &'static str, value: Value, origin: Origin) -> Result<(), ImportError> {
        let Some(id) = value.get("id").and_then(Value::as_str).map(str::to_owned) else {
            return Err(ImportError::Invalid {
                origin,
                field: "id".to_owned(),
                problem: format!("is missing: every {kind} needs an id"),
            });
        };
        let list = self.records.entry(kind).or_default();
        match list.iter_mut().find(|(existing, _, _)| *existing == id) {
            Some((_, existing, _)) => merge(existing, value),
            None => list.push((id, value, origin)),
        }
        Ok(())
    }

    fn take(&mut self, kind: &str) -> Vec<(String, Value, Origin)> {
        self.records.remove(kind).unwrap_or_default()
    }
}

fn describe(kind: &str, value: &Value, place: &str) -> String {
    match value.get("id").and_then(Value::as_str) {
        Some(id) if place.is_empty() => format!("{kind} {id}"),
        Some(id) => format!("{kind} {id} ({place})"),
        None if place.is_empty() => kind.to_owned(),
        None => format!("{kind} at {place}"),
    }
}

fn classify(value: Value, file: &str, place: &str, found: &mut Found) -> Result<(), ImportError> {
    let origin = |kind: &str, value: &Value| Origin {
        file: file.to_owned(),
        place: describe(kind, value, place),
    };
    let child = |name: &str| {
        if place.is_empty() {
            name.to_owned()
        } else {
            format!("{place}.{name}")
        }
    };
    let not_a_record = || ImportError::Json {
        path: PathBuf::from(file),
        place: place.to_owned(),
        cause: "not an Open Referral UK service, service_at_location, organization, taxonomy or taxonomy term"
            .to_owned(),
    };
    let hint = Path::new(file)
        .file_name()
        .map(|n| n.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    match value {
        Value::Array(items) => {
            for (index, item) in items.into_iter().enumerate() {
                classify(item, file, &format!("{place}[{index}]"), found)?;
            }
            Ok(())
        }
        Value::Object(mut map) => {
            if let Some(contents) = map.remove("contents").filter(Value::is_array) {
                return classify(contents, file, &child("contents"), found);
            }
            let keys: HashSet<String> = map.keys().cloned().collect();
            let has = |key: &str| keys.contains(key);
            if has("status") {
                let value = Value::Object(map);
                return found.add("service", value.clone(), origin("service", &value));
            }
            if has("service") || has("location") {
                // A service at a location: the service, with this link among its locations.
                let mut service = map
                    .remove("service")
                    .filter(Value::is_object)
                    .ok_or_else(|| ImportError::Json {
                        path: PathBuf::from(file),
                        place: place.to_owned(),
                        cause: "a service_at_location without its `service` cannot be imported".to_owned(),
                    })?;
                let link = Value::Object(map);
                if let Some(object) = service.as_object_mut() {
                    object.insert("service_at_locations".to_owned(), Value::Array(vec![link]));
                }
                let origin = origin("service_at_location", &service);
                return found.add("service", service, origin);
            }
            if let Some(services) = map.remove("services").filter(Value::is_array) {
                // An organization with its services.
                let organization = Value::Object(map);
                found.add(
                    "organization",
                    organization.clone(),
                    origin("organization", &organization),
                )?;
                if let Value::Array(services) = services {
                    for (index, mut service) in services.into_iter().enumerate() {
                        if let Some(object) = service.as_object_mut()
                            && !object.contains_key("organization")
                            && !object.contains_key("organization_id")
                        {
                            object.insert("organization".to_owned(), organization.clone());
                        }
                        classify(service, file, &child(&format!("services[{index}]")), found)?;
                    }
                }
                return Ok(());
            }
            if has("taxonomy_terms") || (hint.contains("taxonomy") && !hint.contains("taxonomy_term") && !has("term")) {
                let taxonomy_id = map.get("id").cloned();
                if let Some(Value::Array(terms)) = map.remove("taxonomy_terms") {
                    for (index, mut term) in terms.into_iter().enumerate() {
                        if let (Some(object), Some(id)) = (term.as_object_mut(), &taxonomy_id)
                            && !object.contains_key("taxonomy_id")
                        {
                            object.insert("taxonomy_id".to_owned(), id.clone());
                        }
                        let origin = Origin {
                            file: file.to_owned(),
                            place: describe("taxonomy_term", &term, &child(&format!("taxonomy_terms[{index}]"))),
                        };
                        found.add("taxonomy_term", term, origin)?;
                    }
                }
                let value = Value::Object(map);
                return found.add("taxonomy", value.clone(), origin("taxonomy", &value));
            }
            if ["term", "taxonomy", "taxonomy_id", "parent_id", "term_uri"]
                .iter()
                .any(|k| has(k))
                || hint.contains("taxonomy_term")
            {
                let value = Value::Object(map);
                return found.add("taxonomy_term", value.clone(), origin("taxonomy_term", &value));
            }
            if hint.contains("organization")
                || ["website", "logo", "organization_identifiers", "parent_organization_id"]
                    .iter()
                    .any(|k| has(k))
            {
                let value = Value::Object(map);
                return found.add("organization", value.clone(), origin("organization", &value));
            }
            Err(not_a_record())
        }
        _ => Err(not_a_record()),
    }
}

/// Turns a merged JSON record into its wire type, naming the field that does not fit.
fn typed<T: serde::de::DeserializeOwned>(value: Value, origin: &Origin) -> Result<T, ImportError> {
    serde_path_to_error::deserialize(value).map_err(|error| ImportError::Invalid {
        origin: origin.clone(),
        field: error.path().to_string(),
        problem: error.inner().to_string(),
    })
}

/// Reads Open Referral JSON: one file, or every `*.json` file of a folder.
pub fn read_json(path: &Path) -> Result<Package, ImportError> {
    let files = if path.is_dir() {
        json_files(path)?
    } else {
        vec![path.to_owned()]
    };
    let documents = files
        .into_iter()
        .map(|file| {
            let text = std::fs::read_to_string(&file).map_err(|e| read_error(&file, e))?;
            Ok((file, text))
        })
        .collect::<Result<Vec<_>, ImportError>>()?;
    package_from_json(&documents)
}

/// Reads Open Referral JSON documents, each with the file it came from (which error messages
/// name). Each may hold any mix of services, organisations, taxonomies and terms, single or
/// in lists and pages.
pub fn package_from_json(documents: &[(PathBuf, String)]) -> Result<Package, ImportError> {
    let mut found = Found::default();
    for (file, text) in documents {
        let value: Value = serde_json::from_str(text).map_err(|cause| ImportError::Json {
            path: file.clone(),
            place: String::new(),
            cause: cause.to_string(),
        })?;
        classify(value, &file.display().to_string(), "", &mut found)?;
    }
    let mut package = Package::default();
    for (kind, _, value, _) in found
        .records
        .iter()
        .flat_map(|(kind, list)| list.iter().map(move |(id, v, o)| (*kind, id, v, o)))
    {
        count_not_kept(kind, value, &mut package.notes);
    }
    for (_, value, origin) in found.take("service") {
        let mut service: WireService = typed(value, &origin)?;
        set_origins(&mut service, &origin);
        package.services.push(service);
    }
    for (_, value, origin) in found.take("organization") {
        let mut organization: WireOrganization = typed(value, &origin)?;
        organization.services = None;
        organization.origin = origin;
        package.organizations.push(organization);
    }
    for (_, value, origin) in found.take("taxonomy") {
        let mut taxonomy: WireTaxonomy = typed(value, &origin)?;
        taxonomy.origin = origin;
        package.taxonomies.push(taxonomy);
    }
    for (_, value, origin) in found.take("taxonomy_term") {
        let mut term: WireTerm = typed(value, &origin)?;
        term.origin = origin;
        package.terms.push(term);
    }
    Ok(package)
}

/// Names every record inside a service after the service and its place in it.
fn set_origins(service: &mut WireService, origin: &Origin) {
    fn at(origin: &Origin, list: &str, index: usize) -> Origin {
        Origin {
            file: origin.file.clone(),
            place: format!("{}, {list}[{index}]", origin.place),
        }
    }
    service.origin = origin.clone();
    if let Some(o) = &mut service.organization {
        o.origin = Origin {
            file: origin.file.clone(),
            place: format!("{}, organization", origin.place),
        };
    }
    for (i, s) in service.schedules.iter_mut().flatten().enumerate() {
        s.origin = at(origin, "schedules", i);
    }
    for (i, a) in service.service_areas.iter_mut().flatten().enumerate() {
        a.origin = at(origin, "service_areas", i);
    }
    for (i, l) in service.languages.iter_mut().flatten().enumerate() {
        l.origin = at(origin, "languages", i);
    }
    for (i, p) in service.phones.iter_mut().flatten().enumerate() {
        p.origin = at(origin, "phones", i);
    }
    for (c, contact) in service.contacts.iter_mut().flatten().enumerate() {
        for (i, p) in contact.phones.iter_mut().flatten().enumerate() {
            p.origin = at(origin, &format!("contacts[{c}].phones"), i);
        }
    }
    for (i, a) in service.attributes.iter_mut().flatten().enumerate() {
        a.origin = at(origin, "attributes", i);
        if let Some(term) = &mut a.taxonomy_term {
            term.origin = Origin {
                file: origin.file.clone(),
                place: format!("{}, attributes[{i}].taxonomy_term", origin.place),
            };
        }
    }
    for (i, link) in service.service_at_locations.iter_mut().flatten().enumerate() {
        link.origin = at(origin, "service_at_locations", i);
        if let Some(location) = &mut link.location {
            location.origin = Origin {
                file: origin.file.clone(),
                place: format!("{}, service_at_locations[{i}].location", origin.place),
            };
            for (j, address) in location.addresses.iter_mut().flatten().enumerate() {
                address.origin = Origin {
                    file: origin.file.clone(),
                    place: format!("{}, service_at_locations[{i}].location.addresses[{j}]", origin.place),
                };
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------
// CSV

/// One table of a package: its rows by column name.
struct Table {
    file: String,
    name: String,
    headers: Vec<String>,
    rows: Vec<(u64, csv::StringRecord)>,
}

struct Row<'a> {
    table: &'a Table,
    number: u64,
    record: &'a csv::StringRecord,
}

impl Row<'_> {
    fn get(&self, column: &str) -> Option<String> {
        let index = self.table.headers.iter().position(|h| h == column)?;
        self.record
            .get(index)
            .map(str::trim)
            .filter(|v| !v.is_empty())
            .map(str::to_owned)
    }

    fn origin(&self) -> Origin {
        Origin {
            file: self.table.file.clone(),
            place: match self.get("id") {
                Some(id) => format!("row {} (id {id})", self.number),
                None => format!("row {}", self.number),
            },
        }
    }

    fn fail(&self, field: &str, problem: impl Into<String>) -> ImportError {
        ImportError::Invalid {
            origin: self.origin(),
            field: field.to_owned(),
            problem: problem.into(),
        }
    }

    fn numeric(&self, column: &str) -> Result<Option<serde_json::Number>, ImportError> {
        self.get(column)
            .map(|text| {
                text.parse::<serde_json::Number>()
                    .map_err(|_| self.fail(column, format!("`{text}` is not a number")))
            })
            .transpose()
    }

    fn boolean(&self, column: &str) -> Result<Option<bool>, ImportError> {
        self.get(column)
            .map(|text| match text.to_ascii_lowercase().as_str() {
                "true" | "1" | "yes" => Ok(true),
                "false" | "0" | "no" => Ok(false),
                _ => Err(self.fail(column, format!("`{text}` is not true or false"))),
            })
            .transpose()
    }
}

impl Table {
    fn rows(&self) -> impl Iterator<Item = Row<'_>> {
        self.rows.iter().map(|(row, record)| Row {
            table: self,
            number: *row,
            record,
        })
    }

    /// Counts the columns that hold values but that the portal does not read.
    fn count_not_kept(&self, read: &[&str], notes: &mut Notes) {
        for (index, header) in self.headers.iter().enumerate() {
            if read.contains(&header.as_str()) {
                continue;
            }
            let count = self
                .rows
                .iter()
                .filter(|(_, r)| r.get(index).is_some_and(|v| !v.trim().is_empty()))
                .count();
            if count > 0 {
                *notes.not_kept.entry(format!("{}.{header}", self.name)).or_default() += count;
            }
        }
    }
}

fn read_table(path: &Path, name: &str) -> Result<Table, ImportError> {
    let file = path.display().to_string();
    let mut reader = csv::ReaderBuilder::new()
        .flexible(false)
        .from_path(path)
        .map_err(|e| csv_error(path, &e))?;
    let headers: Vec<String> = reader
        .headers()
        .map_err(|e| csv_error(path, &e))?
        .iter()
        .map(|h| h.trim().trim_start_matches('\u{feff}').to_owned())
        .collect();
    let mut seen = HashSet::new();
    for header in &headers {
        if !seen.insert(header) {
            return Err(ImportError::Invalid {
                origin: Origin {
                    file: file.clone(),
                    place: "the header".to_owned(),
                },
                field: header.clone(),
                problem: "is a column name used twice".to_owned(),
            });
        }
    }
    // Rows are numbered from 1 under the header, as a spreadsheet shows them less one: line
    // numbers would mislead in files whose fields hold line breaks or whose lines end in CR.
    let mut rows = Vec::new();
    for (index, record) in (1..).zip(reader.records()) {
        let record = record.map_err(|e| csv_error(path, &e))?;
        if record.iter().all(|v| v.trim().is_empty()) {
            continue;
        }
        rows.push((index, record));
    }
    Ok(Table {
        file,
        name: name.to_owned(),
        headers,
        rows,
    })
}

fn csv_error(path: &Path, error: &csv::Error) -> ImportError {
    match error.kind() {
        csv::ErrorKind::Io(_) => ImportError::Package {
            path: path.to_owned(),
            problem: format!("cannot read: {error}"),
        },
        _ => ImportError::Csv {
            path: path.to_owned(),
            line: error.position().map(csv::Position::line),
            cause: error.to_string(),
        },
    }
}

/// The tables of a package by resource name, from its descriptor or the standard's.
fn table_paths(folder: &Path) -> Result<Vec<(String, PathBuf)>, ImportError> {
    let descriptor_path = folder.join("datapackage.json");
    let (text, origin) = if descriptor_path.is_file() {
        (
            std::fs::read_to_string(&descriptor_path).map_err(|e| read_error(&descriptor_path, e))?,
            descriptor_path.clone(),
        )
    } else {
        (
            REFERENCE_DESCRIPTOR.to_owned(),
            PathBuf::from("(the Open Referral UK descriptor)"),
        )
    };
    let bad = |problem: String| ImportError::Package {
        path: origin.clone(),
        problem,
    };
    let descriptor: Value = serde_json::from_str(&text).map_err(|e| bad(format!("not JSON: {e}")))?;
    let resources = descriptor
        .get("resources")
        .and_then(Value::as_array)
        .ok_or_else(|| bad("has no `resources` list".to_owned()))?;
    let mut tables = Vec::new();
    for (index, resource) in resources.iter().enumerate() {
        let name = resource.get("name").and_then(Value::as_str);
        let path = resource.get("path").and_then(Value::as_str);
        let (Some(name), Some(path)) = (name, path) else {
            return Err(bad(format!("resources[{index}] has no `name` or `path`")));
        };
        let relative = Path::new(path);
        if relative.is_absolute()
            || relative
                .components()
                .any(|c| matches!(c, std::path::Component::ParentDir))
        {
            return Err(bad(format!(
                "resources[{index}].path `{path}` leaves the package folder"
            )));
        }
        tables.push((name.to_owned(), folder.join(relative)));
    }
    for (name, file) in [OFFERS_TABLE, TRANSLATIONS_TABLE] {
        if !tables.iter().any(|(n, _)| n == name) {
            tables.push((name.to_owned(), folder.join(file)));
        }
    }
    Ok(tables)
}

/// Reads a CSV data package into services with everything attached to them.
pub fn read_csv(folder: &Path) -> Result<Package, ImportError> {
    let mut package = Package::default();
    let paths = table_paths(folder)?;
    let mut tables: HashMap<String, Table> = HashMap::new();
    let mut used: HashSet<PathBuf> = HashSet::new();
    for (name, path) in &paths {
        used.insert(path.clone());
        if path.is_file() {
            tables.insert(name.clone(), read_table(path, name)?);
        }
    }
    if !tables.contains_key("service") {
        return Err(ImportError::Package {
            path: folder.to_owned(),
            problem: "has no services table (services.csv)".to_owned(),
        });
    }
    let mut unread: Vec<String> = std::fs::read_dir(folder)
        .map_err(|e| read_error(folder, e))?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|ext| ext == "csv") && !used.contains(p))
        .filter_map(|p| p.file_name().map(|n| n.to_string_lossy().into_owned()))
        .collect();
    unread.sort();
    for file in unread {
        package
            .notes
            .warn(format!("{file} is not a table of the data package: not read"));
    }

    let table = |name: &str| tables.get(name);
    let duplicate = |row: &Row<'_>, seen: &mut HashSet<String>| -> Result<(), ImportError> {
        match row.get("id") {
            Some(id) if !seen.insert(id.clone()) => Err(row.fail("id", format!("`{id}` is used by an earlier row"))),
            Some(_) => Ok(()),
            None => Err(row.fail("id", "is missing")),
        }
    };

    for (name, read) in [
        ("funding", "funding"),
        ("cost_option", "cost_options"),
        ("accessibility", "accessibility"),
        ("organization_identifier", "organization_identifiers"),
    ] {
        if let Some(t) = table(name)
            && !t.rows.is_empty()
        {
            *package.notes.not_kept.entry(format!("{read} (rows)")).or_default() += t.rows.len();
        }
    }

    if let Some(t) = table("organization") {
        t.count_not_kept(kept("organization"), &mut package.notes);
        let mut seen = HashSet::new();
        for row in t.rows() {
            duplicate(&row, &mut seen)?;
            package.organizations.push(WireOrganization {
                origin: row.origin(),
                id: row.get("id"),
                name: row.get("name"),
                description: row.get("description"),
                website: row.get("website"),
                slug: row.get("slug"),
                services: None,
            });
        }
    }
    if let Some(t) = table("taxonomy") {
        t.count_not_kept(kept("taxonomy"), &mut package.notes);
        let mut seen = HashSet::new();
        for row in t.rows() {
            duplicate(&row, &mut seen)?;
            package.taxonomies.push(WireTaxonomy {
                origin: row.origin(),
                id: row.get("id"),
                name: row.get("name"),
                description: row.get("description"),
                uri: row.get("uri"),
                version: row.get("version"),
                taxonomy_terms: None,
            });
        }
    }
    if let Some(t) = table("taxonomy_term") {
        t.count_not_kept(kept("taxonomy_term"), &mut package.notes);
        let mut seen = HashSet::new();
        for row in t.rows() {
            duplicate(&row, &mut seen)?;
            package.terms.push(term_of(&row));
        }
    }

    // Locations, with their addresses.
    let mut locations: HashMap<String, WireLocation> = HashMap::new();
    if let Some(t) = table("location") {
        t.count_not_kept(
            &[
                "id",
                "location_type",
                "name",
                "description",
                "latitude",
                "longitude",
                "external_identifier",
                "confidential",
                "borough",
            ],
            &mut package.notes,
        );
        let mut seen = HashSet::new();
        for row in t.rows() {
            duplicate(&row, &mut seen)?;
            let text_value = |column: &str| row.get(column).map(Value::String);
            for column in ["latitude", "longitude", "external_identifier"] {
                if row.get(column).is_some() && row.boolean("confidential")? != Some(true) {
                    package.notes.drop_field(format!("location.{column}"));
                }
            }
            let location = WireLocation {
                origin: row.origin(),
                id: row.get("id"),
                location_type: row.get("location_type"),
                name: row.get("name"),
                description: row.get("description"),
                latitude: text_value("latitude"),
                longitude: text_value("longitude"),
                external_identifier: text_value("external_identifier"),
                addresses: Some(Vec::new()),
                confidential: row.boolean("confidential")?,
                borough: row.get("borough"),
            };
            locations.insert(row.get("id").unwrap_or_default(), location);
        }
    }
    if let Some(t) = table("address") {
        t.count_not_kept(kept("address"), &mut package.notes);
        let mut seen = HashSet::new();
        for row in t.rows() {
            duplicate(&row, &mut seen)?;
            let location_id = row
                .get("location_id")
                .ok_or_else(|| row.fail("location_id", "is missing"))?;
            let location = locations.get_mut(&location_id).ok_or_else(|| {
                row.fail(
                    "location_id",
                    format!("`{location_id}` is not a location of the package"),
                )
            })?;
            location.addresses.get_or_insert_with(Vec::new).push(WireAddress {
                origin: row.origin(),
                id: row.get("id"),
                location_id: Some(location_id),
                attention: row.get("attention"),
                address_1: row.get("address_1"),
                city: row.get("city"),
                region: row.get("region"),
                state_province: row.get("state_province"),
                postal_code: row.get("postal_code"),
                country: row.get("country"),
                address_type: row.get("address_type"),
            });
        }
    }

    // Services, then what hangs off them.
    let mut services: Vec<WireService> = Vec::new();
    let mut by_id: HashMap<String, usize> = HashMap::new();
    if let Some(t) = table("service") {
        t.count_not_kept(
            &[
                "id",
                "organization_id",
                "name",
                "description",
                "url",
                "email",
                "status",
                "fees",
                "minimum_age",
                "maximum_age",
                "assured_date",
                "last_modified",
                "eligibility_description",
                "interpretation_services",
                "slug",
                "chat_url",
                "accepts_online_contact",
            ],
            &mut package.notes,
        );
        for row in t.rows() {
            let id = row.get("id").ok_or_else(|| row.fail("id", "is missing"))?;
            if by_id.insert(id.clone(), services.len()).is_some() {
                return Err(row.fail("id", format!("`{id}` is used by an earlier row")));
            }
            services.push(WireService {
                origin: row.origin(),
                id: Some(id),
                organization_id: row.get("organization_id"),
                name: row.get("name"),
                description: row.get("description"),
                url: row.get("url"),
                email: row.get("email"),
                status: row.get("status"),
                fees: row.get("fees"),
                minimum_age: row.numeric("minimum_age")?,
                maximum_age: row.numeric("maximum_age")?,
                assured_date: row.get("assured_date"),
                last_modified: row.get("last_modified"),
                eligibility_description: row.get("eligibility_description"),
                interpretation_services: row.get("interpretation_services"),
                slug: row.get("slug"),
                chat_url: row.get("chat_url"),
                accepts_online_contact: row.boolean("accepts_online_contact")?,
                schedules: Some(Vec::new()),
                service_areas: Some(Vec::new()),
                service_at_locations: Some(Vec::new()),
                languages: Some(Vec::new()),
                attributes: Some(Vec::new()),
                phones: Some(Vec::new()),
                offers: Some(Vec::new()),
                translations: Some(BTreeMap::new()),
                ..WireService::default()
            });
        }
    }
    let service_of = |row: &Row<'_>, column: &str, by_id: &HashMap<String, usize>| -> Result<usize, ImportError> {
        let id = row.get(column).ok_or_else(|| row.fail(column, "is missing"))?;
        by_id
            .get(&id)
            .copied()
            .ok_or_else(|| row.fail(column, format!("`{id}` is not a service of the package")))
    };

    let mut link_service: HashMap<String, usize> = HashMap::new();
    if let Some(t) = table("service_at_location") {
        t.count_not_kept(kept("service_at_location"), &mut package.notes);
        let mut seen = HashSet::new();
        for row in t.rows() {
            duplicate(&row, &mut seen)?;
            let service = service_of(&row, "service_id", &by_id)?;
            let location_id = row
                .get("location_id")
                .ok_or_else(|| row.fail("location_id", "is missing"))?;
            let id = row.get("id").unwrap_or_default();
            link_service.insert(id.clone(), service);
            services[service]
                .service_at_locations
                .get_or_insert_with(Vec::new)
                .push(WireServiceAtLocation {
                    origin: row.origin(),
                    id: Some(id),
                    service_id: row.get("service_id"),
                    location: locations.get(&location_id).cloned(),
                    location_id: Some(location_id),
                    service: None,
                });
        }
    }
    if let Some(t) = table("schedule") {
        t.count_not_kept(kept("schedule"), &mut package.notes);
        let mut seen = HashSet::new();
        for row in t.rows() {
            duplicate(&row, &mut seen)?;
            let service = if row.get("service_id").is_some() {
                service_of(&row, "service_id", &by_id)?
            } else if let Some(link) = row.get("service_at_location_id") {
                *link_service.get(&link).ok_or_else(|| {
                    row.fail(
                        "service_at_location_id",
                        format!("`{link}` is not a service_at_location of the package"),
                    )
                })?
            } else {
                package
                    .notes
                    .warn(format!("{}: a schedule of no service: not kept", row.origin()));
                continue;
            };
            services[service]
                .schedules
                .get_or_insert_with(Vec::new)
                .push(WireSchedule {
                    origin: row.origin(),
                    id: row.get("id"),
                    service_id: row.get("service_id"),
                    service_at_location_id: row.get("service_at_location_id"),
                    freq: row.get("freq"),
                    interval: row.numeric("interval")?,
                    byday: row.get("byday"),
                    opens_at: row.get("opens_at"),
                    closes_at: row.get("closes_at"),
                    description: row.get("description"),
                    notes: row.get("notes"),
                });
        }
    }
    if let Some(t) = table("service_area") {
        t.count_not_kept(kept("service_area"), &mut package.notes);
        let mut seen = HashSet::new();
        for row in t.rows() {
            duplicate(&row, &mut seen)?;
            let service = service_of(&row, "service_id", &by_id)?;
            services[service]
                .service_areas
                .get_or_insert_with(Vec::new)
                .push(WireServiceArea {
                    origin: row.origin(),
                    id: row.get("id"),
                    service_id: row.get("service_id"),
                    name: row.get("name"),
                    service_area: row.get("service_area"),
                });
        }
    }
    if let Some(t) = table("language") {
        t.count_not_kept(kept("language"), &mut package.notes);
        let mut seen = HashSet::new();
        for row in t.rows() {
            duplicate(&row, &mut seen)?;
            if row.get("service_id").is_none() {
                package
                    .notes
                    .warn(format!("{}: a language of no service: not kept", row.origin()));
                continue;
            }
            let service = service_of(&row, "service_id", &by_id)?;
            services[service]
                .languages
                .get_or_insert_with(Vec::new)
                .push(WireLanguage {
                    origin: row.origin(),
                    id: row.get("id"),
                    service_id: row.get("service_id"),
                    code: row.get("code"),
                });
        }
    }
    // Phones belong to a service directly (HSDS 3.0) or through a contact (the UK profile).
    let mut contacts: HashMap<String, Option<String>> = HashMap::new();
    if let Some(t) = table("contact") {
        t.count_not_kept(&["id", "service_id"], &mut package.notes);
        let mut seen = HashSet::new();
        for row in t.rows() {
            duplicate(&row, &mut seen)?;
            contacts.insert(row.get("id").unwrap_or_default(), row.get("service_id"));
        }
    }
    if let Some(t) = table("phone") {
        t.count_not_kept(kept("phone"), &mut package.notes);
        let mut seen = HashSet::new();
        for row in t.rows() {
            duplicate(&row, &mut seen)?;
            let service = if row.get("service_id").is_some() {
                service_of(&row, "service_id", &by_id)?
            } else if let Some(contact) = row.get("contact_id") {
                let Some(owner) = contacts.get(&contact) else {
                    return Err(row.fail("contact_id", format!("`{contact}` is not a contact of the package")));
                };
                match owner.as_ref().map(|id| (id, by_id.get(id))) {
                    Some((_, Some(service))) => *service,
                    Some((id, None)) => {
                        return Err(row.fail(
                            "contact_id",
                            format!("`{contact}` belongs to service `{id}`, which is not in the package"),
                        ));
                    }
                    None => {
                        package.notes.warn(format!(
                            "{}: the phone of a contact of no service: not kept",
                            row.origin()
                        ));
                        continue;
                    }
                }
            } else {
                package
                    .notes
                    .warn(format!("{}: a phone of no service: not kept", row.origin()));
                continue;
            };
            services[service].phones.get_or_insert_with(Vec::new).push(WirePhone {
                origin: row.origin(),
                id: row.get("id"),
                service_id: row.get("service_id"),
                contact_id: row.get("contact_id"),
                number: row.get("number"),
                kind: row.get("type"),
                description: row.get("description"),
            });
        }
    }
    if let Some(t) = table("attribute") {
        t.count_not_kept(kept("attribute"), &mut package.notes);
        let mut seen = HashSet::new();
        for row in t.rows() {
            duplicate(&row, &mut seen)?;
            let attribute = WireAttribute {
                origin: row.origin(),
                id: row.get("id"),
                link_id: row.get("link_id"),
                link_type: row.get("link_type"),
                link_entity: row.get("link_entity"),
                taxonomy_term_id: row.get("taxonomy_term_id"),
                taxonomy_term: None,
            };
            match attribute.link_id.as_ref().and_then(|id| by_id.get(id)) {
                Some(service) => services[*service]
                    .attributes
                    .get_or_insert_with(Vec::new)
                    .push(attribute),
                None => package.other_attributes.push(attribute),
            }
        }
    }
    if let Some(t) = table(OFFERS_TABLE.0) {
        let mut offers: Vec<(usize, i64, String)> = Vec::new();
        for row in t.rows() {
            let service = service_of(&row, "service_id", &by_id)?;
            let position = row
                .get("position")
                .map(|p| {
                    p.parse::<i64>()
                        .map_err(|_| row.fail("position", format!("`{p}` is not a whole number")))
                })
                .transpose()?
                .unwrap_or_default();
            let offer = row.get("offer").ok_or_else(|| row.fail("offer", "is missing"))?;
            offers.push((service, position, offer));
        }
        offers.sort_by_key(|(service, position, _)| (*service, *position));
        for (service, _, offer) in offers {
            services[service].offers.get_or_insert_with(Vec::new).push(offer);
        }
    }
    if let Some(t) = table(TRANSLATIONS_TABLE.0) {
        for row in t.rows() {
            let service = service_of(&row, "service_id", &by_id)?;
            let locale = row.get("locale").ok_or_else(|| row.fail("locale", "is missing"))?;
            let translations = services[service].translations.get_or_insert_with(BTreeMap::new);
            if translations.contains_key(&locale) {
                return Err(row.fail("locale", format!("`{locale}` is given twice for this service")));
            }
            translations.insert(
                locale,
                WireTranslation {
                    name: row.get("name"),
                    description: row.get("description"),
                    eligibility_description: row.get("eligibility_description"),
                },
            );
        }
    }
    package.services = services;
    Ok(package)
}

fn term_of(row: &Row<'_>) -> WireTerm {
    WireTerm {
        origin: row.origin(),
        id: row.get("id"),
        name: row.get("name"),
        description: row.get("description"),
        parent_id: row.get("parent_id"),
        taxonomy: row.get("taxonomy"),
        taxonomy_id: row.get("taxonomy_id"),
        term_uri: row.get("term_uri"),
        term: row.get("term"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_are_numbered_under_the_header() {
        let folder = tempfile::tempdir().expect("folder");
        let path = folder.path().join("t.csv");
        std::fs::write(&path, "id,name\r\r\na,\"one\ntwo\"\r\n,\nb,three\n").expect("write");
        let table = read_table(&path, "t").expect("table");
        let rows: Vec<u64> = table.rows.iter().map(|(row, _)| *row).collect();
        assert_eq!(rows, vec![1, 3]);
    }
}
