//! `portal import`: an Open Referral UK data package (CSV tables or JSON) or the portal's own
//! directory files, validated whole and written in one transaction. Records keep their ids, so
//! importing again updates in place; `dry_run` does everything, then rolls back, so that the
//! report says what would change and nothing does.

use super::ImportError;
use super::db;
use super::model::{
    Address, Attribute, Dataset, Language, Location, Organization, Phone, Place, SERVICE_LINK, STATUSES, Schedule,
    Service, ServiceArea, ServiceAtLocation, Taxonomy, Term, Translation,
};
use super::read::{self, Format, Notes, Package};
use super::wire::{
    Origin, WireAddress, WireAttribute, WireLocation, WireOrganization, WirePhone, WireSchedule, WireService,
    WireTaxonomy, WireTerm,
};
use crate::directory::PhoneKind;
use crate::domain::area::Borough;
use crate::domain::hours::OpeningPeriod;
use crate::domain::slug::Slug;
use crate::domain::taxonomy::Vocabulary;
use crate::ssr::db::Pool;
use std::collections::{HashMap, HashSet};
use std::path::Path;

/// How an import runs.
#[derive(Debug, Clone, Copy, Default)]
pub struct Options {
    /// Check and compare everything, write nothing.
    pub dry_run: bool,
}

/// Told how far a long import has gone (the command line draws a progress bar).
pub trait Progress: Sync {
    fn start(&self, _total: usize) {}
    fn advance(&self) {}
    fn finish(&self) {}
}

/// No progress shown.
pub struct Quiet;

impl Progress for Quiet {}

/// How many records of one kind an import adds, changes and leaves as they were.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Changes {
    pub added: usize,
    pub updated: usize,
    pub unchanged: usize,
}

impl Changes {
    pub fn total(self) -> usize {
        self.added + self.updated + self.unchanged
    }
}

/// What an import did, or would do.
#[derive(Debug, Clone)]
pub struct Report {
    pub format: Format,
    pub dry_run: bool,
    pub services: Changes,
    pub organizations: Changes,
    pub locations: Changes,
    pub taxonomies: Changes,
    pub terms: Changes,
    pub notes: Notes,
}

impl Report {
    /// The report as lines for a person.
    pub fn lines(&self) -> Vec<String> {
        let (add, update, keep) = if self.dry_run {
            ("would add", "would update", "would leave unchanged")
        } else {
            ("added", "updated", "unchanged")
        };
        let mut lines = vec![format!(
            "{}{}",
            if self.dry_run { "dry run, nothing written: " } else { "" },
            self.format.describe()
        )];
        for (kind, changes) in [
            ("services", self.services),
            ("organisations", self.organizations),
            ("locations", self.locations),
            ("taxonomies", self.taxonomies),
            ("taxonomy terms", self.terms),
        ] {
            if changes.total() > 0 {
                lines.push(format!(
                    "  {kind:<15} {add} {}, {update} {}, {keep} {}",
                    changes.added, changes.updated, changes.unchanged
                ));
            }
        }
        if !self.notes.not_kept.is_empty() {
            lines.push("not kept (the portal does not hold these):".to_owned());
            for (field, count) in &self.notes.not_kept {
                lines.push(format!("  {field:<40} {count}"));
            }
        }
        for warning in &self.notes.warnings {
            lines.push(format!("note: {warning}"));
        }
        lines
    }
}

/// Imports `path`, whatever its format, in one transaction.
pub async fn run(
    pool: &Pool,
    path: &Path,
    taxonomy_toml: &Path,
    options: Options,
    progress: &dyn Progress,
) -> Result<Report, ImportError> {
    let format = read::detect(path)?;
    let input = match format {
        Format::Portal => Input::Portal(crate::ssr::import::read_path(path)?),
        Format::Csv => Input::Package(read::read_csv(path)?),
        Format::Json => Input::Package(read::read_json(path)?),
    };
    let portal_terms = crate::ssr::import::taxonomy_terms(taxonomy_toml)?;
    let now = now();
    let mut tx = pool.begin().await?;
    // The portal's own taxonomy first: packages and directory files name its terms.
    crate::ssr::db::directory::upsert_taxonomy(&mut tx, &portal_terms).await?;
    let before = db::load(&mut tx).await?;
    let (touched, notes) = match input {
        Input::Package(package) => {
            let (plan, notes) = plan(package, &before, now.clone())?;
            write(&mut tx, &plan, progress).await?;
            (Touched::of(&plan), notes)
        }
        Input::Portal(services) => {
            progress.start(services.len());
            for service in &services {
                crate::ssr::db::directory::upsert_service(&mut tx, service, &now).await?;
                progress.advance();
            }
            progress.finish();
            (
                Touched::of_portal(&db::load(&mut tx).await?, &services),
                Notes::default(),
            )
        }
    };
    let mut after = db::load(&mut tx).await?;
    // A service that the import left as it was keeps its modification time.
    for id in &touched.services {
        let old = before.services.iter().find(|s| &s.id == id);
        let new = after.services.iter_mut().find(|s| &s.id == id);
        if let (Some(old), Some(new)) = (old, new)
            && old.same_content(new)
            && old.last_modified != new.last_modified
        {
            db::set_last_modified(&mut tx, id, &old.last_modified).await?;
            new.last_modified.clone_from(&old.last_modified);
        }
    }
    let report = Report {
        format,
        dry_run: options.dry_run,
        services: compare(
            &touched.services,
            &before.services,
            &after.services,
            |s| &s.id,
            super::model::Service::same_content,
        ),
        organizations: compare(
            &touched.organizations,
            &before.organizations,
            &after.organizations,
            |o| &o.id,
            PartialEq::eq,
        ),
        locations: compare(
            &touched.locations,
            &before.locations,
            &after.locations,
            |l| &l.id,
            PartialEq::eq,
        ),
        taxonomies: compare(
            &touched.taxonomies,
            &before.taxonomies,
            &after.taxonomies,
            |t| &t.id,
            PartialEq::eq,
        ),
        terms: compare(&touched.terms, &before.terms, &after.terms, |t| &t.id, PartialEq::eq),
        notes,
    };
    if options.dry_run {
        tx.rollback().await?;
    } else {
        tx.commit().await?;
    }
    Ok(report)
}

/// What importing `package` into a directory holding `before` would make of it: every record
/// checked and given its id and slug, nothing written.
pub fn plan(package: Package, before: &Dataset, now: String) -> Result<(Dataset, Notes), ImportError> {
    Planner::new(before, now).plan(package)
}

/// Now, to the millisecond, as Open Referral writes times.
fn now() -> String {
    let now = jiff::Timestamp::now();
    now.round(jiff::Unit::Millisecond).unwrap_or(now).to_string()
}

enum Input {
    Portal(Vec<crate::ssr::import::NewService>),
    Package(Package),
}

#[derive(Default)]
struct Touched {
    services: Vec<String>,
    organizations: Vec<String>,
    locations: Vec<String>,
    taxonomies: Vec<String>,
    terms: Vec<String>,
}

impl Touched {
    fn of(plan: &Dataset) -> Self {
        Touched {
            services: plan.services.iter().map(|s| s.id.clone()).collect(),
            organizations: plan.organizations.iter().map(|o| o.id.clone()).collect(),
            locations: plan.locations.iter().map(|l| l.id.clone()).collect(),
            taxonomies: plan.taxonomies.iter().map(|t| t.id.clone()).collect(),
            terms: plan.terms.iter().map(|t| t.id.clone()).collect(),
        }
    }

    /// What an import of the portal's own files wrote: its services (found by slug), their
    /// organisations and locations.
    fn of_portal(after: &Dataset, services: &[crate::ssr::import::NewService]) -> Self {
        let slugs: HashSet<&str> = services.iter().map(|s| s.slug.as_str()).collect();
        let organizations: HashSet<&str> = services.iter().map(|s| s.organization.slug.as_str()).collect();
        let mut touched = Touched::default();
        for service in after.services.iter().filter(|s| slugs.contains(s.slug.as_str())) {
            touched.services.push(service.id.clone());
            touched
                .locations
                .extend(service.locations.iter().map(|l| l.location_id.clone()));
        }
        touched.organizations = after
            .organizations
            .iter()
            .filter(|o| organizations.contains(o.slug.as_str()))
            .map(|o| o.id.clone())
            .collect();
        touched
    }
}

fn compare<T>(
    ids: &[String],
    before: &[T],
    after: &[T],
    id: impl Fn(&T) -> &String,
    same: impl Fn(&T, &T) -> bool,
) -> Changes {
    let before: HashMap<&String, &T> = before.iter().map(|x| (id(x), x)).collect();
    let after: HashMap<&String, &T> = after.iter().map(|x| (id(x), x)).collect();
    let mut changes = Changes::default();
    let mut seen = HashSet::new();
    for key in ids {
        if !seen.insert(key) {
            continue;
        }
        match (before.get(key), after.get(key)) {
            (None, _) => changes.added += 1,
            (Some(old), Some(new)) if same(old, new) => changes.unchanged += 1,
            _ => changes.updated += 1,
        }
    }
    changes
}

async fn write(conn: &mut crate::ssr::db::Tx, plan: &Dataset, progress: &dyn Progress) -> Result<(), ImportError> {
    for taxonomy in &plan.taxonomies {
        db::upsert_taxonomy(conn, taxonomy).await?;
    }
    for term in &plan.terms {
        db::upsert_term(conn, term).await?;
    }
    for organization in &plan.organizations {
        db::upsert_organization(conn, organization).await?;
    }
    for location in &plan.locations {
        db::upsert_location(conn, location).await?;
    }
    progress.start(plan.services.len());
    for service in &plan.services {
        db::upsert_service(conn, service).await?;
        progress.advance();
    }
    progress.finish();
    for attribute in &plan.other_attributes {
        db::upsert_attribute(conn, attribute).await?;
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// Validation: wire records to the records the database holds, naming the first wrong field.

const MAX_TEXT: usize = 10_000;

fn fail(origin: &Origin, field: &str, problem: impl Into<String>) -> ImportError {
    ImportError::Invalid {
        origin: origin.clone(),
        field: field.to_owned(),
        problem: problem.into(),
    }
}

fn opt_text(origin: &Origin, field: &str, value: Option<&String>) -> Result<Option<String>, ImportError> {
    let Some(value) = value.map(|v| v.trim()).filter(|v| !v.is_empty()) else {
        return Ok(None);
    };
    if value.chars().count() > MAX_TEXT {
        return Err(fail(origin, field, format!("is longer than {MAX_TEXT} characters")));
    }
    Ok(Some(value.to_owned()))
}

fn text(origin: &Origin, field: &str, value: Option<&String>) -> Result<String, ImportError> {
    opt_text(origin, field, value)?.ok_or_else(|| fail(origin, field, "is missing"))
}

/// A UUID, written in lower case with hyphens.
fn opt_uuid(origin: &Origin, field: &str, value: Option<&String>) -> Result<Option<String>, ImportError> {
    opt_text(origin, field, value)?
        .map(|v| {
            uuid::Uuid::parse_str(&v)
                .map(|u| u.hyphenated().to_string())
                .map_err(|_| fail(origin, field, format!("`{v}` is not a UUID")))
        })
        .transpose()
}

fn uuid(origin: &Origin, field: &str, value: Option<&String>) -> Result<String, ImportError> {
    opt_uuid(origin, field, value)?.ok_or_else(|| fail(origin, field, "is missing"))
}

fn web_address(origin: &Origin, field: &str, value: Option<&String>) -> Result<Option<String>, ImportError> {
    let Some(value) = opt_text(origin, field, value)? else {
        return Ok(None);
    };
    let rest = value.strip_prefix("https://").or_else(|| value.strip_prefix("http://"));
    match rest {
        Some(rest) if !rest.is_empty() && !rest.contains(char::is_whitespace) => Ok(Some(value)),
        _ => Err(fail(origin, field, format!("`{value}` is not an http(s) web address"))),
    }
}

/// An absolute URI (`scheme:rest`) of printable characters.
fn uri(origin: &Origin, field: &str, value: Option<&String>) -> Result<Option<String>, ImportError> {
    let Some(value) = opt_text(origin, field, value)? else {
        return Ok(None);
    };
    let valid = value.split_once(':').is_some_and(|(scheme, rest)| {
        scheme.starts_with(|c: char| c.is_ascii_alphabetic())
            && scheme
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
            && !rest.is_empty()
            && rest
                .chars()
                .all(|c| c.is_ascii_graphic() && !matches!(c, '<' | '>' | '"' | '{' | '}' | '|' | '\\' | '^' | '`'))
    });
    if valid {
        Ok(Some(value))
    } else {
        Err(fail(origin, field, format!("`{value}` is not a URI")))
    }
}

fn email(origin: &Origin, value: Option<&String>) -> Result<Option<String>, ImportError> {
    let Some(value) = opt_text(origin, "email", value)? else {
        return Ok(None);
    };
    match value.split_once('@') {
        Some((local, domain)) if !local.is_empty() && domain.contains('.') && !value.contains(char::is_whitespace) => {
            Ok(Some(value))
        }
        _ => Err(fail(origin, "email", format!("`{value}` is not an email address"))),
    }
}

fn age(origin: &Origin, field: &str, value: Option<&serde_json::Number>) -> Result<Option<i64>, ImportError> {
    let Some(value) = value else { return Ok(None) };
    match value.as_f64() {
        Some(age) if age.fract() == 0.0 && (0.0..=120.0).contains(&age) => {
            // A whole number from 0 to 120.
            #[allow(clippy::cast_possible_truncation)]
            Ok(Some(age as i64))
        }
        _ => Err(fail(
            origin,
            field,
            format!("`{value}` is not a whole number of years from 0 to 120"),
        )),
    }
}

/// A slug from a name: lower-case words of letters and digits, joined by hyphens.
fn slug_from(name: &str) -> String {
    let mut slug = String::new();
    for c in name.chars() {
        if c.is_ascii_alphanumeric() {
            if slug.len() >= 60 {
                break;
            }
            slug.push(c.to_ascii_lowercase());
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
    }
    let slug = slug.trim_end_matches('-');
    if slug.is_empty() {
        "listing".to_owned()
    } else {
        slug.to_owned()
    }
}

/// A time of day as Open Referral writes it (`09:00`, `09:00:00`, with a `Z` or an offset that
/// the portal does not use: hours are London time).
fn london_time(value: &str) -> &str {
    let value = value.trim();
    let value = value.strip_suffix('Z').unwrap_or(value);
    match value.char_indices().skip(5).find(|(_, c)| matches!(c, '+' | '-')) {
        Some((index, _)) => &value[..index],
        None => value,
    }
}

/// What the portal makes of a phone `type`.
#[derive(Debug, PartialEq, Eq)]
enum PhoneLine {
    Kept(PhoneKind),
    /// Fax, pager, video: lines the portal does not list.
    NotKept,
    Unknown,
}

fn phone_kind(value: Option<&str>) -> PhoneLine {
    match value.map(str::to_ascii_lowercase).as_deref() {
        None | Some("voice" | "cell" | "mobile") => PhoneLine::Kept(PhoneKind::Voice),
        Some("text" | "sms") => PhoneLine::Kept(PhoneKind::Sms),
        Some("textphone" | "minicom") => PhoneLine::Kept(PhoneKind::Textphone),
        Some("whatsapp") => PhoneLine::Kept(PhoneKind::Whatsapp),
        Some("fax" | "pager" | "video") => PhoneLine::NotKept,
        Some(_) => PhoneLine::Unknown,
    }
}

/// Turns a package into the records to write, checking each field and reference.
struct Planner<'a> {
    portal_taxonomies: HashSet<String>,
    existing_terms: HashMap<&'a str, &'a Term>,
    existing_taxonomies: HashSet<&'a str>,
    existing_services: HashMap<&'a str, &'a Service>,
    existing_organizations: HashMap<&'a str, &'a Organization>,
    existing_locations: HashSet<&'a str>,
    /// slug → id, for services and organizations, in the database and in the plan.
    service_slugs: HashMap<String, String>,
    organization_slugs: HashMap<String, String>,
    package_organizations: HashMap<String, WireOrganization>,
    now: String,
    notes: Notes,
    out: Dataset,
    seen: HashSet<(&'static str, String)>,
}

impl<'a> Planner<'a> {
    fn new(before: &'a Dataset, now: String) -> Self {
        Planner {
            portal_taxonomies: Vocabulary::ALL
                .iter()
                .map(|v| crate::ssr::db::directory::taxonomy_id(*v))
                .collect(),
            existing_terms: before.terms.iter().map(|t| (t.id.as_str(), t)).collect(),
            existing_taxonomies: before.taxonomies.iter().map(|t| t.id.as_str()).collect(),
            existing_services: before.services.iter().map(|s| (s.id.as_str(), s)).collect(),
            existing_organizations: before.organizations.iter().map(|o| (o.id.as_str(), o)).collect(),
            existing_locations: before.locations.iter().map(|l| l.id.as_str()).collect(),
            service_slugs: before.services.iter().map(|s| (s.slug.clone(), s.id.clone())).collect(),
            organization_slugs: before
                .organizations
                .iter()
                .map(|o| (o.slug.clone(), o.id.clone()))
                .collect(),
            package_organizations: HashMap::new(),
            now,
            notes: Notes::default(),
            out: Dataset::default(),
            seen: HashSet::new(),
        }
    }

    /// Records an id of a kind; false when it was seen already.
    fn first(&mut self, kind: &'static str, id: &str) -> bool {
        self.seen.insert((kind, id.to_owned()))
    }

    /// Like `first`, but a second use of the id is an error.
    fn unique(&mut self, kind: &'static str, id: &str, origin: &Origin) -> Result<(), ImportError> {
        if self.first(kind, id) {
            Ok(())
        } else {
            Err(fail(
                origin,
                "id",
                format!("`{id}` is used by another {kind} of the package"),
            ))
        }
    }

    fn plan(mut self, package: Package) -> Result<(Dataset, Notes), ImportError> {
        self.notes = package.notes;
        for organization in package.organizations {
            if let Some(id) = organization.id.clone() {
                self.package_organizations.entry(id).or_insert(organization);
            }
        }
        for taxonomy in &package.taxonomies {
            self.taxonomy(taxonomy)?;
        }
        for term in &package.terms {
            self.term(term)?;
        }
        for service in &package.services {
            self.service(service)?;
        }
        for attribute in &package.other_attributes {
            self.other_attribute(attribute)?;
        }
        let unused = self
            .package_organizations
            .keys()
            .filter(|id| !self.seen.contains(&("organization", (*id).clone())))
            .count();
        if unused > 0 {
            self.notes.warn(format!(
                "{unused} organisation(s) without services in the package: not imported (the portal lists services)"
            ));
        }
        Ok((self.out, self.notes))
    }

    fn taxonomy(&mut self, wire: &WireTaxonomy) -> Result<(), ImportError> {
        let origin = &wire.origin;
        let id = uuid(origin, "id", wire.id.as_ref())?;
        if self.portal_taxonomies.contains(&id) {
            // The portal's own taxonomy comes from content/taxonomy.toml, never from a package.
            return Ok(());
        }
        if !self.first("taxonomy", &id) {
            return Ok(());
        }
        self.out.taxonomies.push(Taxonomy {
            name: text(origin, "name", wire.name.as_ref())?,
            description: text(origin, "description", wire.description.as_ref())?,
            uri: uri(origin, "uri", wire.uri.as_ref())?,
            version: opt_text(origin, "version", wire.version.as_ref())?,
            id,
        });
        Ok(())
    }

    /// A taxonomy named only by the terms that use it: the package does not describe it.
    fn placeholder_taxonomy(&mut self, id: &str, name: Option<&String>, origin: &Origin) {
        if self.existing_taxonomies.contains(id) || !self.first("taxonomy", id) {
            return;
        }
        self.notes.warn(format!(
            "{origin}: taxonomy {id} is not in the package: kept under the name the term gives it"
        ));
        self.out.taxonomies.push(Taxonomy {
            id: id.to_owned(),
            name: name.cloned().unwrap_or_else(|| "Unnamed taxonomy".to_owned()),
            description: "Named by imported taxonomy terms; the data package did not describe it.".to_owned(),
            uri: None,
            version: None,
        });
    }

    /// Checks a term and returns its id. The portal's own terms are recognised, never written.
    fn term(&mut self, wire: &WireTerm) -> Result<String, ImportError> {
        let origin = &wire.origin;
        let id = uuid(origin, "id", wire.id.as_ref())?;
        if self.seen.contains(&("taxonomy_term", id.clone())) {
            return Ok(id);
        }
        if let Some(existing) = self.existing_terms.get(id.as_str())
            && self.portal_taxonomies.contains(&existing.taxonomy_id)
        {
            self.first("taxonomy_term", &id);
            return Ok(id);
        }
        let taxonomy_name = opt_text(origin, "taxonomy", wire.taxonomy.as_ref())?;
        let taxonomy_id = match opt_uuid(origin, "taxonomy_id", wire.taxonomy_id.as_ref())? {
            Some(taxonomy_id) => taxonomy_id,
            None => super::stable_id("taxonomy", taxonomy_name.as_deref().unwrap_or_default()),
        };
        if self.portal_taxonomies.contains(&taxonomy_id) {
            return Err(fail(
                origin,
                "id",
                format!("`{id}` is not a term of the portal's own taxonomy (content/taxonomy.toml)"),
            ));
        }
        if !self.seen.contains(&("taxonomy", taxonomy_id.clone())) {
            self.placeholder_taxonomy(&taxonomy_id, taxonomy_name.as_ref(), origin);
        }
        self.first("taxonomy_term", &id);
        self.out.terms.push(Term {
            taxonomy_id,
            code: id.clone(),
            name: text(origin, "name", wire.name.as_ref())?,
            description: opt_text(origin, "description", wire.description.as_ref())?.unwrap_or_default(),
            parent_id: opt_uuid(origin, "parent_id", wire.parent_id.as_ref())?,
            term: opt_text(origin, "term", wire.term.as_ref())?,
            term_uri: uri(origin, "term_uri", wire.term_uri.as_ref())?,
            id: id.clone(),
        });
        Ok(id)
    }

    /// The id of a term that an attribute names: in the package or already in the directory.
    fn attribute_term(&mut self, wire: &WireAttribute) -> Result<String, ImportError> {
        let origin = &wire.origin;
        let named = opt_uuid(origin, "taxonomy_term_id", wire.taxonomy_term_id.as_ref())?;
        if let Some(term) = &wire.taxonomy_term {
            let id = self.term(term)?;
            if named.as_ref().is_some_and(|named| *named != id) {
                return Err(fail(
                    origin,
                    "taxonomy_term_id",
                    "differs from the id of `taxonomy_term`",
                ));
            }
            return Ok(id);
        }
        let id = named.ok_or_else(|| fail(origin, "taxonomy_term_id", "is missing"))?;
        if self.seen.contains(&("taxonomy_term", id.clone())) || self.existing_terms.contains_key(id.as_str()) {
            Ok(id)
        } else {
            Err(fail(
                origin,
                "taxonomy_term_id",
                format!("`{id}` is neither a term of the package nor of the directory"),
            ))
        }
    }

    fn other_attribute(&mut self, wire: &WireAttribute) -> Result<(), ImportError> {
        let origin = &wire.origin;
        let id = uuid(origin, "id", wire.id.as_ref())?;
        self.unique("attribute", &id, origin)?;
        let link_id = uuid(origin, "link_id", wire.link_id.as_ref())?;
        let taxonomy_term_id = self.attribute_term(wire)?;
        let link_entity = if self.existing_services.contains_key(link_id.as_str()) {
            SERVICE_LINK.to_owned()
        } else {
            opt_text(origin, "link_entity", wire.link_entity.as_ref())?
                .filter(|e| e != SERVICE_LINK)
                .unwrap_or_else(|| "unknown".to_owned())
        };
        self.out.other_attributes.push(Attribute {
            id,
            link_id,
            link_entity,
            taxonomy_term_id,
            link_type: opt_text(origin, "link_type", wire.link_type.as_ref())?,
        });
        Ok(())
    }

    /// A slug that no other record holds: the given one, or one made from the name and id.
    fn slug(
        origin: &Origin,
        slugs: &mut HashMap<String, String>,
        id: &str,
        given: Option<&String>,
        name: &str,
    ) -> Result<String, ImportError> {
        let slug = if let Some(given) = given {
            Slug::parse(given)
                .map_err(|e| fail(origin, "slug", format!("`{given}` {e}")))?
                .to_string()
        } else {
            let base = slug_from(name);
            let short = format!("{base}-{}", &id.replace('-', "")[..8]);
            if slugs.get(&short).is_none_or(|owner| owner == id) {
                short
            } else {
                format!("{base}-{}", id.replace('-', ""))
            }
        };
        match slugs.get(&slug) {
            Some(owner) if owner != id => Err(fail(
                origin,
                "slug",
                format!("`{slug}` is already the slug of another record ({owner})"),
            )),
            _ => {
                slugs.insert(slug.clone(), id.to_owned());
                Ok(slug)
            }
        }
    }

    fn organization(&mut self, wire: &WireOrganization) -> Result<String, ImportError> {
        let origin = &wire.origin;
        let id = uuid(origin, "id", wire.id.as_ref())?;
        if !self.first("organization", &id) {
            return Ok(id);
        }
        let name = text(origin, "name", wire.name.as_ref())?;
        let slug = match self.existing_organizations.get(id.as_str()) {
            Some(existing) => existing.slug.clone(),
            None => Self::slug(origin, &mut self.organization_slugs, &id, wire.slug.as_ref(), &name)?,
        };
        self.out.organizations.push(Organization {
            slug,
            name,
            description: opt_text(origin, "description", wire.description.as_ref())?,
            website: web_address(origin, "website", wire.website.as_ref())?,
            id: id.clone(),
        });
        Ok(id)
    }

    /// The organization that runs a service: nested, in the package by id, or in the directory.
    fn service_organization(&mut self, wire: &WireService) -> Result<String, ImportError> {
        let origin = &wire.origin;
        let named = opt_uuid(origin, "organization_id", wire.organization_id.as_ref())?;
        if let Some(organization) = &wire.organization {
            let mut organization = organization.clone();
            if organization.id.is_none() {
                organization.id.clone_from(&named);
            }
            let id = self.organization(&organization)?;
            if named.as_ref().is_some_and(|named| *named != id) {
                return Err(fail(origin, "organization_id", "differs from the id of `organization`"));
            }
            return Ok(id);
        }
        let Some(id) = named else {
            return Err(fail(
                origin,
                "organization",
                "is missing: every service needs the organisation that runs it",
            ));
        };
        if let Some(organization) = self.package_organizations.get(&id).cloned() {
            return self.organization(&organization);
        }
        if self.existing_organizations.contains_key(id.as_str()) {
            return Ok(id);
        }
        Err(fail(
            origin,
            "organization_id",
            format!("`{id}` is neither an organization of the package nor of the directory"),
        ))
    }

    fn service(&mut self, wire: &WireService) -> Result<(), ImportError> {
        let origin = &wire.origin;
        let id = uuid(origin, "id", wire.id.as_ref())?;
        self.unique("service", &id, origin)?;
        let name = text(origin, "name", wire.name.as_ref())?;
        let organization_id = self.service_organization(wire)?;
        let status = text(origin, "status", wire.status.as_ref())?;
        if !STATUSES.contains(&status.as_str()) {
            return Err(fail(
                origin,
                "status",
                format!("`{status}` is not one of {}", STATUSES.join(", ")),
            ));
        }
        let existing = self.existing_services.get(id.as_str()).copied();
        let slug = match existing {
            Some(existing) => existing.slug.clone(),
            None => Self::slug(origin, &mut self.service_slugs, &id, wire.slug.as_ref(), &name)?,
        };
        let minimum_age = age(origin, "minimum_age", wire.minimum_age.as_ref())?;
        let maximum_age = age(origin, "maximum_age", wire.maximum_age.as_ref())?;
        if let (Some(min), Some(max)) = (minimum_age, maximum_age)
            && min > max
        {
            return Err(fail(origin, "maximum_age", "is below minimum_age"));
        }
        let last_modified = match opt_text(origin, "last_modified", wire.last_modified.as_ref())? {
            Some(value) => {
                value.parse::<jiff::Timestamp>().map_err(|e| {
                    fail(
                        origin,
                        "last_modified",
                        format!("`{value}` is not a date and time: {e}"),
                    )
                })?;
                value
            }
            None => existing.map_or_else(|| self.now.clone(), |s| s.last_modified.clone()),
        };
        let assured_date = opt_text(origin, "assured_date", wire.assured_date.as_ref())?
            .map(|value| {
                value
                    .parse::<jiff::civil::Date>()
                    .map(|_| value.clone())
                    .map_err(|_| fail(origin, "assured_date", format!("`{value}` is not a date (YYYY-MM-DD)")))
            })
            .transpose()?;
        let offers = wire
            .offers
            .iter()
            .flatten()
            .map(|offer| text(origin, "offers", Some(offer)))
            .collect::<Result<Vec<_>, _>>()?;
        let translations = wire
            .translations
            .iter()
            .flatten()
            .map(|(tag, t)| {
                let locale = crate::i18n::Locale::from_tag(tag)
                    .filter(|l| *l != crate::i18n::Locale::En && l.tag() == tag)
                    .ok_or_else(|| {
                        fail(
                            origin,
                            "translations",
                            format!("`{tag}` is not one of the portal's other languages"),
                        )
                    })?;
                Ok(Translation {
                    locale: locale.tag().to_owned(),
                    name: opt_text(origin, "translations.name", t.name.as_ref())?,
                    description: opt_text(origin, "translations.description", t.description.as_ref())?,
                    eligibility_description: opt_text(
                        origin,
                        "translations.eligibility_description",
                        t.eligibility_description.as_ref(),
                    )?,
                })
            })
            .collect::<Result<Vec<_>, ImportError>>()?;
        let phones = self.phones(wire)?;
        let schedules = self.schedules(wire)?;
        let languages = self.languages(wire)?;
        let areas = self.areas(wire)?;
        let locations = self.service_locations(wire)?;
        let attributes = self.service_attributes(wire, &id)?;
        self.out.services.push(Service {
            slug,
            organization_id,
            description: opt_text(origin, "description", wire.description.as_ref())?.unwrap_or_default(),
            eligibility_description: opt_text(
                origin,
                "eligibility_description",
                wire.eligibility_description.as_ref(),
            )?,
            url: web_address(origin, "url", wire.url.as_ref())?,
            email: email(origin, wire.email.as_ref())?,
            chat_url: web_address(origin, "chat_url", wire.chat_url.as_ref())?,
            status,
            fees: opt_text(origin, "fees", wire.fees.as_ref())?,
            interpretation_services: opt_text(
                origin,
                "interpretation_services",
                wire.interpretation_services.as_ref(),
            )?,
            minimum_age,
            maximum_age,
            accepts_online_contact: wire.accepts_online_contact.unwrap_or(false),
            assured_date,
            verified_at: existing.and_then(|s| s.verified_at.clone()),
            last_modified,
            offers,
            translations,
            phones,
            schedules,
            languages,
            areas,
            locations,
            attributes,
            name,
            id,
        });
        Ok(())
    }

    fn phones(&mut self, wire: &WireService) -> Result<Vec<Phone>, ImportError> {
        let contact_phones = wire.contacts.iter().flatten().flat_map(|c| c.phones.iter().flatten());
        let mut phones = Vec::new();
        for phone in wire.phones.iter().flatten().chain(contact_phones) {
            if let Some(phone) = self.phone(phone)? {
                phones.push(phone);
            }
        }
        Ok(phones)
    }

    fn phone(&mut self, wire: &WirePhone) -> Result<Option<Phone>, ImportError> {
        let origin = &wire.origin;
        let id = uuid(origin, "id", wire.id.as_ref())?;
        self.unique("phone", &id, origin)?;
        let number = text(origin, "number", wire.number.as_ref())?;
        // Spreadsheets quote numbers to keep their leading 0 or +.
        let number = number
            .strip_prefix('"')
            .and_then(|n| n.strip_suffix('"'))
            .map_or(number.clone(), |n| n.trim().to_owned());
        let allowed = |c: char| c.is_ascii_digit() || matches!(c, ' ' | '+' | '(' | ')' | '-' | '.');
        if !number.chars().all(allowed) || number.chars().filter(char::is_ascii_digit).count() < 3 {
            return Err(fail(origin, "number", format!("`{number}` is not a phone number")));
        }
        let kind = match phone_kind(wire.kind.as_deref()) {
            PhoneLine::Kept(kind) => kind,
            PhoneLine::NotKept => {
                self.notes.warn(format!(
                    "{origin}: a {} number: not kept",
                    wire.kind.as_deref().unwrap_or_default()
                ));
                return Ok(None);
            }
            PhoneLine::Unknown => {
                return Err(fail(
                    origin,
                    "type",
                    format!(
                        "`{}` is not voice, text, textphone or whatsapp",
                        wire.kind.as_deref().unwrap_or_default()
                    ),
                ));
            }
        };
        Ok(Some(Phone {
            id,
            number,
            kind,
            description: opt_text(origin, "description", wire.description.as_ref())?,
        }))
    }

    fn schedules(&mut self, wire: &WireService) -> Result<Vec<Schedule>, ImportError> {
        let mut schedules = Vec::new();
        for schedule in wire.schedules.iter().flatten() {
            if let Some(schedule) = self.schedule(schedule)? {
                schedules.push(schedule);
            }
        }
        Ok(schedules)
    }

    fn schedule(&mut self, wire: &WireSchedule) -> Result<Option<Schedule>, ImportError> {
        let origin = &wire.origin;
        let id = uuid(origin, "id", wire.id.as_ref())?;
        self.unique("schedule", &id, origin)?;
        if let Some(freq) = opt_text(origin, "freq", wire.freq.as_ref())?
            && !freq.eq_ignore_ascii_case("WEEKLY")
        {
            self.notes.warn(format!(
                "{origin}: a {freq} schedule: not kept (the portal holds weekly opening hours)"
            ));
            return Ok(None);
        }
        if let Some(interval) = &wire.interval
            && interval.as_f64() != Some(1.0)
        {
            self.notes.warn(format!(
                "{origin}: a schedule every {interval} weeks: not kept (the portal holds weekly opening hours)"
            ));
            return Ok(None);
        }
        let byday = opt_text(origin, "byday", wire.byday.as_ref())?;
        let opens = opt_text(origin, "opens_at", wire.opens_at.as_ref())?;
        let closes = opt_text(origin, "closes_at", wire.closes_at.as_ref())?;
        let (Some(byday), Some(opens), Some(closes)) = (byday, opens, closes) else {
            self.notes.warn(format!(
                "{origin}: a schedule without days, opening and closing times: not kept"
            ));
            return Ok(None);
        };
        let period = OpeningPeriod::parse(&byday, london_time(&opens), london_time(&closes)).map_err(|e| {
            let field = match &e {
                crate::domain::hours::HoursError::Days(_) => "byday",
                crate::domain::hours::HoursError::Time(v) if *v == london_time(&opens) => "opens_at",
                _ => "closes_at",
            };
            fail(origin, field, e.to_string())
        })?;
        let description = match opt_text(origin, "description", wire.description.as_ref())? {
            Some(description) => Some(description),
            None => opt_text(origin, "notes", wire.notes.as_ref())?,
        };
        Ok(Some(Schedule {
            id,
            period,
            description,
        }))
    }

    fn languages(&mut self, wire: &WireService) -> Result<Vec<Language>, ImportError> {
        let mut languages = Vec::new();
        for language in wire.languages.iter().flatten() {
            let origin = &language.origin;
            let id = uuid(origin, "id", language.id.as_ref())?;
            self.unique("language", &id, origin)?;
            let Some(code) = opt_text(origin, "code", language.code.as_ref())? else {
                self.notes
                    .drop_field("language (no code: the UK profile names no language)");
                continue;
            };
            if !(2..=3).contains(&code.len()) || !code.bytes().all(|b| b.is_ascii_lowercase()) {
                return Err(fail(origin, "code", format!("`{code}` is not an ISO 639 code")));
            }
            languages.push(Language { id, code });
        }
        Ok(languages)
    }

    fn areas(&mut self, wire: &WireService) -> Result<Vec<ServiceArea>, ImportError> {
        let mut areas = Vec::new();
        for area in wire.service_areas.iter().flatten() {
            let origin = &area.origin;
            let id = uuid(origin, "id", area.id.as_ref())?;
            self.unique("service_area", &id, origin)?;
            let name = match opt_text(origin, "name", area.name.as_ref())? {
                Some(name) => Some(name),
                None => opt_text(origin, "service_area", area.service_area.as_ref())?,
            };
            let Some(area) = name else {
                self.notes
                    .warn(format!("{origin}: a service area without a name: not kept"));
                continue;
            };
            areas.push(ServiceArea { id, area });
        }
        Ok(areas)
    }

    fn service_locations(&mut self, wire: &WireService) -> Result<Vec<ServiceAtLocation>, ImportError> {
        let mut links = Vec::new();
        for link in wire.service_at_locations.iter().flatten() {
            let origin = &link.origin;
            let id = uuid(origin, "id", link.id.as_ref())?;
            self.unique("service_at_location", &id, origin)?;
            let named = opt_uuid(origin, "location_id", link.location_id.as_ref())?;
            let location_id = if let Some(location) = &link.location {
                let mut location = location.clone();
                if location.id.is_none() {
                    location.id.clone_from(&named);
                }
                let location_id = self.location(&location)?;
                if named.as_ref().is_some_and(|named| *named != location_id) {
                    return Err(fail(origin, "location_id", "differs from the id of `location`"));
                }
                location_id
            } else {
                let location_id = named.ok_or_else(|| fail(origin, "location", "is missing"))?;
                if !self.seen.contains(&("location", location_id.clone()))
                    && !self.existing_locations.contains(location_id.as_str())
                {
                    return Err(fail(
                        origin,
                        "location_id",
                        format!("`{location_id}` is neither a location of the package nor of the directory"),
                    ));
                }
                location_id
            };
            links.push(ServiceAtLocation { id, location_id });
        }
        Ok(links)
    }

    fn location(&mut self, wire: &WireLocation) -> Result<String, ImportError> {
        let origin = &wire.origin;
        let id = uuid(origin, "id", wire.id.as_ref())?;
        if !self.first("location", &id) {
            return Ok(id);
        }
        let location_type = text(origin, "location_type", wire.location_type.as_ref())?;
        if !["physical", "postal", "virtual"].contains(&location_type.as_str()) {
            return Err(fail(
                origin,
                "location_type",
                format!("`{location_type}` is not physical, postal or virtual"),
            ));
        }
        let name = opt_text(origin, "name", wire.name.as_ref())?;
        let description = opt_text(origin, "description", wire.description.as_ref())?;
        let addresses = wire.addresses.as_deref().unwrap_or_default();
        let place = if wire.confidential == Some(true) {
            // A refuge or safe house: its address must never reach the portal at all.
            let present = |v: &Option<serde_json::Value>| v.as_ref().is_some_and(|v| !v.is_null() && v != "");
            let leak = if !addresses.is_empty() {
                Some("addresses")
            } else if present(&wire.latitude) || present(&wire.longitude) {
                Some("latitude")
            } else if present(&wire.external_identifier) {
                Some("external_identifier")
            } else if wire.borough.is_some() {
                Some("borough")
            } else {
                None
            };
            if let Some(field) = leak {
                return Err(fail(
                    origin,
                    field,
                    "a confidential location must not have an address, coordinates or a borough",
                ));
            }
            Place::Confidential
        } else {
            let borough = wire
                .borough
                .as_ref()
                .map(|b| Borough::parse(b).map_err(|e| fail(origin, "borough", e.to_string())))
                .transpose()?
                .map(|b| b.as_str().to_owned());
            let addresses = addresses
                .iter()
                .map(|a| self.address(a))
                .collect::<Result<Vec<_>, _>>()?;
            Place::Public { borough, addresses }
        };
        let name = name
            .or_else(|| match &place {
                Place::Public { addresses, .. } => addresses.first().map(|a| a.address_1.clone()),
                Place::Confidential => None,
            })
            .unwrap_or_else(|| "Location".to_owned());
        self.out.locations.push(Location {
            id: id.clone(),
            location_type,
            name,
            description,
            place,
        });
        Ok(id)
    }

    fn address(&mut self, wire: &WireAddress) -> Result<Address, ImportError> {
        let origin = &wire.origin;
        let id = uuid(origin, "id", wire.id.as_ref())?;
        self.unique("address", &id, origin)?;
        let address_type =
            opt_text(origin, "address_type", wire.address_type.as_ref())?.unwrap_or_else(|| "physical".to_owned());
        if !["physical", "postal", "virtual"].contains(&address_type.as_str()) {
            return Err(fail(
                origin,
                "address_type",
                format!("`{address_type}` is not physical, postal or virtual"),
            ));
        }
        Ok(Address {
            id,
            attention: opt_text(origin, "attention", wire.attention.as_ref())?,
            address_1: text(origin, "address_1", wire.address_1.as_ref())?,
            city: text(origin, "city", wire.city.as_ref())?,
            region: opt_text(origin, "region", wire.region.as_ref())?,
            state_province: opt_text(origin, "state_province", wire.state_province.as_ref())?,
            postal_code: text(origin, "postal_code", wire.postal_code.as_ref())?,
            country: opt_text(origin, "country", wire.country.as_ref())?.unwrap_or_else(|| "GB".to_owned()),
            address_type,
        })
    }

    fn service_attributes(&mut self, wire: &WireService, service_id: &str) -> Result<Vec<Attribute>, ImportError> {
        let mut attributes: Vec<Attribute> = Vec::new();
        for attribute in wire.attributes.iter().flatten() {
            let origin = &attribute.origin;
            let id = uuid(origin, "id", attribute.id.as_ref())?;
            self.unique("attribute", &id, origin)?;
            let taxonomy_term_id = self.attribute_term(attribute)?;
            if attributes.iter().any(|a| a.taxonomy_term_id == taxonomy_term_id) {
                self.notes
                    .warn(format!("{origin}: the same term twice on one service: kept once"));
                continue;
            }
            attributes.push(Attribute {
                id,
                link_id: service_id.to_owned(),
                link_entity: SERVICE_LINK.to_owned(),
                taxonomy_term_id,
                link_type: opt_text(origin, "link_type", attribute.link_type.as_ref())?,
            });
        }
        Ok(attributes)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_made_from_names() {
        assert_eq!(slug_from("Community Counselling"), "community-counselling");
        assert_eq!(slug_from("  Ça va? -- Yes!  "), "a-va-yes");
        assert_eq!(slug_from("???"), "listing");
        assert!(Slug::parse(&slug_from(&"Long name ".repeat(20))).is_ok());
    }

    #[test]
    fn times_are_read_as_london_time() {
        assert_eq!(london_time("10:00:00"), "10:00:00");
        assert_eq!(london_time("09:30Z"), "09:30");
        assert_eq!(london_time("09:30+01:00"), "09:30");
        assert_eq!(london_time("09:30-05:00"), "09:30");
    }

    #[test]
    fn phone_types_map_to_the_portal_s_kinds() {
        assert_eq!(phone_kind(None), PhoneLine::Kept(PhoneKind::Voice));
        assert_eq!(phone_kind(Some("text")), PhoneLine::Kept(PhoneKind::Sms));
        assert_eq!(phone_kind(Some("fax")), PhoneLine::NotKept);
        assert_eq!(phone_kind(Some("pigeon")), PhoneLine::Unknown);
    }
}
