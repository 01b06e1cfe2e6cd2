//! The directory in Open Referral UK terms: every record with the UUID the standard asks for,
//! as the database holds it. The API, the export and the import's comparison of before and
//! after all work on this one shape.

use crate::directory::PhoneKind;
use crate::domain::hours::OpeningPeriod;
use std::collections::HashMap;

/// The service statuses Open Referral UK allows. Only services with one of them are published:
/// a status the portal may use internally (a draft awaiting approval) never leaves.
pub const STATUSES: [&str; 4] = ["active", "inactive", "defunct", "temporarily closed"];

/// What `attribute.link_type` holds for a term attached to a service (HSDS 3.0 `link_entity`).
pub const SERVICE_LINK: &str = "service";

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Dataset {
    pub taxonomies: Vec<Taxonomy>,
    pub terms: Vec<Term>,
    pub organizations: Vec<Organization>,
    pub services: Vec<Service>,
    pub locations: Vec<Location>,
    /// Attributes attached to something other than a service (kept from imports, exported
    /// again, shown nowhere).
    pub other_attributes: Vec<Attribute>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Taxonomy {
    pub id: String,
    pub name: String,
    pub description: String,
    pub uri: Option<String>,
    pub version: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Term {
    pub id: String,
    pub taxonomy_id: String,
    /// The portal's slug for its own terms; the term's id for terms of other taxonomies.
    pub code: String,
    pub name: String,
    pub description: String,
    pub parent_id: Option<String>,
    /// The term as its taxonomy writes it (Open Referral `term`), when it differs from `code`.
    pub term: Option<String>,
    pub term_uri: Option<String>,
}

impl Term {
    /// Open Referral's `term`: as the taxonomy writes it, or the portal's slug.
    pub fn term_text(&self) -> Option<&str> {
        match &self.term {
            Some(term) => Some(term),
            None if self.code != self.id => Some(&self.code),
            None => None,
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Organization {
    pub id: String,
    pub slug: String,
    pub name: String,
    pub description: Option<String>,
    pub website: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Service {
    pub id: String,
    /// The key of the service's page address.
    pub slug: String,
    pub organization_id: String,
    pub name: String,
    pub description: String,
    pub eligibility_description: Option<String>,
    pub url: Option<String>,
    pub email: Option<String>,
    pub chat_url: Option<String>,
    pub status: String,
    pub fees: Option<String>,
    pub interpretation_services: Option<String>,
    pub minimum_age: Option<i64>,
    pub maximum_age: Option<i64>,
    pub accepts_online_contact: bool,
    /// When another directory last checked the record (Open Referral `assured_date`).
    pub assured_date: Option<String>,
    /// When the provider confirmed the listing: set on the staff side only, never by an import.
    pub verified_at: Option<String>,
    pub last_modified: String,
    pub offers: Vec<String>,
    pub translations: Vec<Translation>,
    pub phones: Vec<Phone>,
    pub schedules: Vec<Schedule>,
    pub languages: Vec<Language>,
    pub areas: Vec<ServiceArea>,
    pub locations: Vec<ServiceAtLocation>,
    pub attributes: Vec<Attribute>,
}

impl Service {
    /// Open Referral's `assured_date`: the provider's confirmation, or another directory's check.
    pub fn assured(&self) -> Option<String> {
        self.verified_at
            .as_deref()
            .and_then(|at| at.get(..10))
            .map(str::to_owned)
            .or_else(|| self.assured_date.clone())
    }

    /// Whether the record says the same as `other`, leaving aside when it was last modified.
    pub fn same_content(&self, other: &Service) -> bool {
        let mut other = other.clone();
        other.last_modified.clone_from(&self.last_modified);
        *self == other
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Translation {
    pub locale: String,
    pub name: Option<String>,
    pub description: Option<String>,
    pub eligibility_description: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Phone {
    pub id: String,
    pub number: String,
    pub kind: PhoneKind,
    pub description: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Schedule {
    pub id: String,
    pub period: OpeningPeriod,
    pub description: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Language {
    pub id: String,
    pub code: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ServiceArea {
    pub id: String,
    /// A portal area slug (`national`, `london`, a borough) or another directory's wording.
    pub area: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ServiceAtLocation {
    pub id: String,
    pub location_id: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Attribute {
    pub id: String,
    pub link_id: String,
    /// The linked table (`service`), HSDS 3.0's `link_entity`.
    pub link_entity: String,
    pub taxonomy_term_id: String,
    /// Open Referral UK's `link_type`: what the term describes, when the source said.
    pub link_type: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Location {
    pub id: String,
    pub location_type: String,
    pub name: String,
    pub description: Option<String>,
    pub place: Place,
}

/// A confidential location has nowhere to hold an address: it cannot be published by mistake.
#[derive(Debug, Clone, PartialEq)]
pub enum Place {
    Public {
        borough: Option<String>,
        addresses: Vec<Address>,
    },
    Confidential,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Address {
    pub id: String,
    pub attention: Option<String>,
    pub address_1: String,
    pub city: String,
    pub region: Option<String>,
    pub state_province: Option<String>,
    pub postal_code: String,
    pub country: String,
    pub address_type: String,
}

/// The dataset with every record findable by id.
pub struct Catalogue {
    pub dataset: Dataset,
    services: HashMap<String, usize>,
    organizations: HashMap<String, usize>,
    locations: HashMap<String, usize>,
    taxonomies: HashMap<String, usize>,
    terms: HashMap<String, usize>,
    /// service_at_location id → (service, position of the link in the service).
    links: HashMap<String, (usize, usize)>,
    /// The service_at_location links in service order, as `/service_at_locations` lists them.
    link_order: Vec<(usize, usize)>,
}

impl Catalogue {
    pub fn new(dataset: Dataset) -> Self {
        fn index<T>(items: &[T], id: impl Fn(&T) -> &str) -> HashMap<String, usize> {
            items
                .iter()
                .enumerate()
                .map(|(position, item)| (id(item).to_owned(), position))
                .collect()
        }
        let mut links = HashMap::new();
        let mut link_order = Vec::new();
        for (service, record) in dataset.services.iter().enumerate() {
            for (position, link) in record.locations.iter().enumerate() {
                links.insert(link.id.clone(), (service, position));
                link_order.push((service, position));
            }
        }
        Catalogue {
            services: index(&dataset.services, |s| &s.id),
            organizations: index(&dataset.organizations, |o| &o.id),
            locations: index(&dataset.locations, |l| &l.id),
            taxonomies: index(&dataset.taxonomies, |t| &t.id),
            terms: index(&dataset.terms, |t| &t.id),
            links,
            link_order,
            dataset,
        }
    }

    pub fn service(&self, id: &str) -> Option<&Service> {
        self.services.get(id).map(|i| &self.dataset.services[*i])
    }

    pub fn organization(&self, id: &str) -> Option<&Organization> {
        self.organizations.get(id).map(|i| &self.dataset.organizations[*i])
    }

    pub fn location(&self, id: &str) -> Option<&Location> {
        self.locations.get(id).map(|i| &self.dataset.locations[*i])
    }

    pub fn taxonomy(&self, id: &str) -> Option<&Taxonomy> {
        self.taxonomies.get(id).map(|i| &self.dataset.taxonomies[*i])
    }

    pub fn term(&self, id: &str) -> Option<&Term> {
        self.terms.get(id).map(|i| &self.dataset.terms[*i])
    }

    /// A service_at_location: the service and its link.
    pub fn link(&self, id: &str) -> Option<(&Service, &ServiceAtLocation)> {
        self.links.get(id).map(|(service, position)| {
            let service = &self.dataset.services[*service];
            (service, &service.locations[*position])
        })
    }

    /// Every service_at_location, in service order.
    pub fn links(&self) -> impl Iterator<Item = (&Service, &ServiceAtLocation)> {
        self.link_order.iter().map(|(service, position)| {
            let service = &self.dataset.services[*service];
            (service, &service.locations[*position])
        })
    }
}
