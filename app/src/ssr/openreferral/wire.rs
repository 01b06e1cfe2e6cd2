//! Open Referral UK 3.0 JSON, as the API writes it and the import reads it, and the rendering
//! of the portal's records into it.
//!
//! Fields beyond the UK profile (the schemas allow them) carry what the portal holds on top:
//! from HSDS 3.0, `phones` (with `type`), `languages[].code`, `attributes[].link_entity`,
//! `eligibility_description` and `interpretation_services`; the portal's own `slug`, `offers`,
//! `chat_url`, `accepts_online_contact`, `translations`, and `confidential`/`borough` on a
//! location. Absent values are left out, never written as `null`: the schemas type every field.

use super::model::{Catalogue, Location, Place, STATUSES, Service, ServiceAtLocation, Taxonomy, Term};
use serde::{Deserialize, Serialize};
use serde_json::Number;
use std::collections::BTreeMap;

/// Where a record was read from, for error messages: a file and a line or a path inside it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Origin {
    pub file: String,
    pub place: String,
}

impl std::fmt::Display for Origin {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.place.is_empty() {
            f.write_str(&self.file)
        } else {
            write!(f, "{}: {}", self.file, self.place)
        }
    }
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct WireService {
    #[serde(skip)]
    pub origin: Origin,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organization_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fees: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub minimum_age: Option<Number>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub maximum_age: Option<Number>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assured_date: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_modified: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub schedules: Option<Vec<WireSchedule>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_areas: Option<Vec<WireServiceArea>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_at_locations: Option<Vec<WireServiceAtLocation>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub languages: Option<Vec<WireLanguage>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organization: Option<WireOrganization>,
    /// Read for the phones they hold (the UK profile links phones to contacts); never written.
    #[serde(default, skip_serializing)]
    pub contacts: Option<Vec<WireContact>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attributes: Option<Vec<WireAttribute>>,
    // HSDS 3.0 fields beyond the UK profile.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phones: Option<Vec<WirePhone>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub eligibility_description: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub interpretation_services: Option<String>,
    // The portal's own.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub slug: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offers: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub chat_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub accepts_online_contact: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub translations: Option<BTreeMap<String, WireTranslation>>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct WireTranslation {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub eligibility_description: Option<String>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct WireOrganization {
    #[serde(skip)]
    pub origin: Origin,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub website: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub slug: Option<String>,
    /// An organization with its services (`organization_full.json`): read, never written.
    #[serde(default, skip_serializing)]
    pub services: Option<Vec<WireService>>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct WireSchedule {
    #[serde(skip)]
    pub origin: Origin,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_at_location_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub freq: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub interval: Option<Number>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub byday: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub opens_at: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub closes_at: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(default, skip_serializing)]
    pub notes: Option<String>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct WireServiceArea {
    #[serde(skip)]
    pub origin: Origin,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Read when `name` is missing; never written.
    #[serde(default, skip_serializing)]
    pub service_area: Option<String>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct WireServiceAtLocation {
    #[serde(skip)]
    pub origin: Origin,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<WireLocation>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service: Option<Box<WireService>>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct WireLocation {
    #[serde(skip)]
    pub origin: Origin,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location_type: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Read only to refuse them on a confidential location; the portal keeps no coordinates.
    #[serde(default, skip_serializing)]
    pub latitude: Option<serde_json::Value>,
    #[serde(default, skip_serializing)]
    pub longitude: Option<serde_json::Value>,
    #[serde(default, skip_serializing)]
    pub external_identifier: Option<serde_json::Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub addresses: Option<Vec<WireAddress>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub confidential: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub borough: Option<String>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct WireAddress {
    #[serde(skip)]
    pub origin: Origin,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attention: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address_1: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub city: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state_province: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub postal_code: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address_type: Option<String>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct WireLanguage {
    #[serde(skip)]
    pub origin: Origin,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_id: Option<String>,
    /// HSDS 3.0: the ISO 639 code (the UK profile has no field for the language itself).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct WirePhone {
    #[serde(skip)]
    pub origin: Origin,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub number: Option<String>,
    /// HSDS 3.0: `voice`, `text`, `textphone`, and the portal's `whatsapp`.
    #[serde(default, rename = "type", skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}

#[derive(Debug, Clone, Default, Deserialize)]
pub struct WireContact {
    #[serde(default)]
    pub id: Option<String>,
    #[serde(default)]
    pub service_id: Option<String>,
    #[serde(default)]
    pub phones: Option<Vec<WirePhone>>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct WireAttribute {
    #[serde(skip)]
    pub origin: Origin,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub link_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub link_type: Option<String>,
    /// HSDS 3.0: the table the linked record is in (`service`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub link_entity: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub taxonomy_term_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub taxonomy_term: Option<WireTerm>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct WireTerm {
    #[serde(skip)]
    pub origin: Origin,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub taxonomy: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub taxonomy_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub term_uri: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub term: Option<String>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct WireTaxonomy {
    #[serde(skip)]
    pub origin: Origin,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uri: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub taxonomy_terms: Option<Vec<WireTerm>>,
}

/// One page of a list, as the OpenAPI document's `Page` schema describes it.
#[derive(Debug, Clone, Serialize)]
pub struct Page<T> {
    pub total_items: usize,
    pub total_pages: usize,
    pub page_number: usize,
    pub size: usize,
    pub first_page: bool,
    pub last_page: bool,
    pub empty: bool,
    pub contents: Vec<T>,
}

impl<T> Page<T> {
    /// The range of items that page `page_number` (from 1) of `per_page` items holds.
    pub fn bounds(total_items: usize, page_number: usize, per_page: usize) -> std::ops::Range<usize> {
        let start = page_number.saturating_sub(1).saturating_mul(per_page).min(total_items);
        start..start.saturating_add(per_page).min(total_items)
    }

    /// There is always at least one page, so that page 1 of an empty list is both the first
    /// and the last.
    pub fn new(contents: Vec<T>, total_items: usize, page_number: usize, per_page: usize) -> Self {
        let total_pages = total_items.div_ceil(per_page).max(1);
        Page {
            total_items,
            total_pages,
            page_number,
            size: contents.len(),
            first_page: page_number == 1,
            last_page: page_number >= total_pages,
            empty: total_items == 0,
            contents,
        }
    }
}

fn non_empty(value: Option<&String>) -> Option<String> {
    value.filter(|v| !v.is_empty()).cloned()
}

/// A service with its one-to-one fields and its organization, as `/services` lists it.
pub fn service_summary(catalogue: &Catalogue, service: &Service) -> WireService {
    debug_assert!(STATUSES.contains(&service.status.as_str()));
    WireService {
        id: Some(service.id.clone()),
        organization_id: Some(service.organization_id.clone()),
        name: Some(service.name.clone()),
        description: non_empty(Some(&service.description)),
        url: service.url.clone(),
        email: service.email.clone(),
        status: Some(service.status.clone()),
        fees: service.fees.clone(),
        minimum_age: service.minimum_age.map(Number::from),
        maximum_age: service.maximum_age.map(Number::from),
        assured_date: service.assured(),
        last_modified: Some(service.last_modified.clone()),
        organization: organization(catalogue, &service.organization_id),
        ..WireService::default()
    }
}

fn organization(catalogue: &Catalogue, id: &str) -> Option<WireOrganization> {
    catalogue.organization(id).map(|o| WireOrganization {
        id: Some(o.id.clone()),
        name: Some(o.name.clone()),
        // Required by the schema; an organisation without a description has an empty one.
        description: Some(o.description.clone().unwrap_or_default()),
        website: o.website.clone(),
        slug: Some(o.slug.clone()),
        ..WireOrganization::default()
    })
}

/// A service with everything related to it, as `/services/{id}` answers; without its
/// locations when it is nested in a service_at_location.
pub fn service_full(catalogue: &Catalogue, service: &Service, with_locations: bool) -> WireService {
    let id = || Some(service.id.clone());
    let mut wire = service_summary(catalogue, service);
    wire.schedules = Some(
        service
            .schedules
            .iter()
            .map(|s| WireSchedule {
                id: Some(s.id.clone()),
                service_id: id(),
                freq: Some("WEEKLY".to_owned()),
                byday: Some(s.period.days().to_byday()),
                opens_at: Some(s.period.opens().to_hhmm()),
                closes_at: Some(s.period.closes().to_hhmm()),
                description: s.description.clone(),
                ..WireSchedule::default()
            })
            .collect(),
    );
    wire.service_areas = Some(
        service
            .areas
            .iter()
            .map(|a| WireServiceArea {
                id: Some(a.id.clone()),
                service_id: id(),
                name: Some(a.area.clone()),
                ..WireServiceArea::default()
            })
            .collect(),
    );
    if with_locations {
        wire.service_at_locations = Some(
            service
                .locations
                .iter()
                .map(|link| service_at_location(catalogue, service, link, false))
                .collect(),
        );
    }
    wire.languages = Some(
        service
            .languages
            .iter()
            .map(|l| WireLanguage {
                id: Some(l.id.clone()),
                service_id: id(),
                code: Some(l.code.clone()),
                ..WireLanguage::default()
            })
            .collect(),
    );
    wire.attributes = Some(
        service
            .attributes
            .iter()
            .map(|a| WireAttribute {
                id: Some(a.id.clone()),
                link_id: Some(a.link_id.clone()),
                link_type: a.link_type.clone(),
                link_entity: Some(a.link_entity.clone()),
                taxonomy_term_id: Some(a.taxonomy_term_id.clone()),
                taxonomy_term: catalogue.term(&a.taxonomy_term_id).map(|t| term(catalogue, t)),
                ..WireAttribute::default()
            })
            .collect(),
    );
    wire.phones = Some(
        service
            .phones
            .iter()
            .map(|p| WirePhone {
                id: Some(p.id.clone()),
                service_id: id(),
                number: Some(p.number.clone()),
                kind: Some(phone_type(p.kind).to_owned()),
                description: p.description.clone(),
                ..WirePhone::default()
            })
            .collect(),
    );
    wire.eligibility_description
        .clone_from(&service.eligibility_description);
    wire.interpretation_services
        .clone_from(&service.interpretation_services);
    wire.slug = Some(service.slug.clone());
    wire.offers = Some(service.offers.clone());
    wire.chat_url.clone_from(&service.chat_url);
    wire.accepts_online_contact = Some(service.accepts_online_contact);
    wire.translations = Some(
        service
            .translations
            .iter()
            .map(|t| {
                (
                    t.locale.clone(),
                    WireTranslation {
                        name: t.name.clone(),
                        description: t.description.clone(),
                        eligibility_description: t.eligibility_description.clone(),
                    },
                )
            })
            .collect(),
    );
    wire
}

/// HSDS 3.0's phone `type` for the portal's kinds of phone line.
pub fn phone_type(kind: crate::directory::PhoneKind) -> &'static str {
    use crate::directory::PhoneKind;
    match kind {
        PhoneKind::Voice => "voice",
        PhoneKind::Sms => "text",
        PhoneKind::Textphone => "textphone",
        PhoneKind::Whatsapp => "whatsapp",
    }
}

/// A location; with its addresses unless `summary`. A confidential location never has any.
pub fn location(location: &Location, summary: bool) -> WireLocation {
    let mut wire = WireLocation {
        id: Some(location.id.clone()),
        location_type: Some(location.location_type.clone()),
        name: non_empty(Some(&location.name)),
        description: location.description.clone(),
        ..WireLocation::default()
    };
    match &location.place {
        Place::Confidential => wire.confidential = Some(true),
        Place::Public { borough, addresses } => {
            wire.borough.clone_from(borough);
            if !summary {
                wire.addresses = Some(
                    addresses
                        .iter()
                        .map(|a| WireAddress {
                            id: Some(a.id.clone()),
                            location_id: Some(location.id.clone()),
                            attention: a.attention.clone(),
                            address_1: Some(a.address_1.clone()),
                            city: Some(a.city.clone()),
                            region: a.region.clone(),
                            // Required by the schema; empty when not known.
                            state_province: Some(a.state_province.clone().unwrap_or_default()),
                            postal_code: Some(a.postal_code.clone()),
                            country: Some(a.country.clone()),
                            address_type: Some(a.address_type.clone()),
                            ..WireAddress::default()
                        })
                        .collect(),
                );
            }
        }
    }
    wire
}

/// A service at a location as a service nests it: the link and its location (without addresses
/// when `summary`).
pub fn service_at_location(
    catalogue: &Catalogue,
    service: &Service,
    link: &ServiceAtLocation,
    summary: bool,
) -> WireServiceAtLocation {
    WireServiceAtLocation {
        id: Some(link.id.clone()),
        service_id: Some(service.id.clone()),
        location_id: Some(link.location_id.clone()),
        location: catalogue.location(&link.location_id).map(|l| location(l, summary)),
        ..WireServiceAtLocation::default()
    }
}

/// A service_at_location as `/service_at_locations` lists it (`summary`) or
/// `/service_at_locations/{id}` answers.
pub fn service_at_location_with_service(
    catalogue: &Catalogue,
    service: &Service,
    link: &ServiceAtLocation,
    summary: bool,
) -> WireServiceAtLocation {
    let mut wire = service_at_location(catalogue, service, link, summary);
    wire.service = Some(Box::new(if summary {
        service_summary(catalogue, service)
    } else {
        service_full(catalogue, service, false)
    }));
    wire
}

pub fn term(catalogue: &Catalogue, term: &Term) -> WireTerm {
    WireTerm {
        id: Some(term.id.clone()),
        name: Some(term.name.clone()),
        description: Some(term.description.clone()),
        parent_id: term.parent_id.clone(),
        taxonomy: catalogue.taxonomy(&term.taxonomy_id).map(|t| t.name.clone()),
        taxonomy_id: Some(term.taxonomy_id.clone()),
        term_uri: term.term_uri.clone(),
        term: term.term_text().map(str::to_owned),
        ..WireTerm::default()
    }
}

/// A taxonomy, with its terms when `with_terms`.
pub fn taxonomy(catalogue: &Catalogue, taxonomy: &Taxonomy, with_terms: bool) -> WireTaxonomy {
    WireTaxonomy {
        id: Some(taxonomy.id.clone()),
        name: Some(taxonomy.name.clone()),
        description: Some(taxonomy.description.clone()),
        uri: taxonomy.uri.clone(),
        version: taxonomy.version.clone(),
        taxonomy_terms: with_terms.then(|| {
            catalogue
                .dataset
                .terms
                .iter()
                .filter(|t| t.taxonomy_id == taxonomy.id)
                .map(|t| term(catalogue, t))
                .collect()
        }),
        ..WireTaxonomy::default()
    }
}
