//! Reading the directory tables as an Open Referral dataset, and writing Open Referral records
//! to them. Functions take a connection, so that an import reads and writes inside its one
//! transaction.

use super::model::{
    Address, Attribute, Dataset, Language, Location, Organization, Phone, Place, SERVICE_LINK, STATUSES, Schedule,
    Service, ServiceArea, ServiceAtLocation, Taxonomy, Term, Translation,
};
use crate::directory::PhoneKind;
use crate::domain::hours::OpeningPeriod;
use crate::ssr::db::backend::dual;
use std::collections::{HashMap, HashSet};

fn group<T>(rows: impl IntoIterator<Item = (String, T)>) -> HashMap<String, Vec<T>> {
    let mut grouped: HashMap<String, Vec<T>> = HashMap::new();
    for (key, value) in rows {
        grouped.entry(key).or_default().push(value);
    }
    grouped
}

impl Dataset {
    /// What the API and the export publish: services with an Open Referral status (never a
    /// status the portal may use internally), with their organizations and locations.
    #[must_use]
    pub fn published(mut self) -> Dataset {
        self.services.retain(|s| STATUSES.contains(&s.status.as_str()));
        let organizations: HashSet<&str> = self.services.iter().map(|s| s.organization_id.as_str()).collect();
        let locations: HashSet<&str> = self
            .services
            .iter()
            .flat_map(|s| s.locations.iter().map(|l| l.location_id.as_str()))
            .collect();
        let organizations: HashSet<String> = organizations.into_iter().map(str::to_owned).collect();
        let locations: HashSet<String> = locations.into_iter().map(str::to_owned).collect();
        self.organizations.retain(|o| organizations.contains(&o.id));
        self.locations.retain(|l| locations.contains(&l.id));
        self
    }
}

dual! {
    /// Everything the directory tables hold, every service whatever its status. One query per
    /// table, joined in memory. The address of a confidential location is never read.
    #[tracing::instrument(skip_all)]
    pub async fn load(conn: &mut Tx) -> Result<Dataset, sqlx::Error> {
        let taxonomies = query!("SELECT id, name, description, uri, version FROM taxonomy ORDER BY name, id")
            .fetch_all(&mut *conn)
            .await?
            .into_iter()
            .map(|r| Taxonomy {
                id: r.id,
                name: r.name,
                description: r.description,
                uri: r.uri,
                version: r.version,
            })
            .collect();
        let terms = query!(
            "SELECT id, taxonomy_id, code, name, description, parent_id, term, term_uri FROM taxonomy_term
             ORDER BY taxonomy_id, code, id"
        )
        .fetch_all(&mut *conn)
        .await?
        .into_iter()
        .map(|r| Term {
            id: r.id,
            taxonomy_id: r.taxonomy_id,
            code: r.code,
            name: r.name,
            description: r.description,
            parent_id: r.parent_id,
            term: r.term,
            term_uri: r.term_uri,
        })
        .collect();
        let organizations = query!("SELECT id, slug, name, description, website FROM organization ORDER BY name, id")
            .fetch_all(&mut *conn)
            .await?
            .into_iter()
            .map(|r| Organization {
                id: r.id,
                slug: r.slug,
                name: r.name,
                description: r.description,
                website: r.website,
            })
            .collect();

        let mut offers = group(
            query!("SELECT service_id, offer FROM service_offer ORDER BY service_id, position")
                .fetch_all(&mut *conn)
                .await?
                .into_iter()
                .map(|r| (r.service_id, r.offer)),
        );
        let mut translations = group(
            query!(
                "SELECT service_id, locale, name, description, eligibility_description FROM service_translation
                 ORDER BY service_id, locale"
            )
            .fetch_all(&mut *conn)
            .await?
            .into_iter()
            .map(|r| {
                (
                    r.service_id,
                    Translation {
                        locale: r.locale,
                        name: r.name,
                        description: r.description,
                        eligibility_description: r.eligibility_description,
                    },
                )
            }),
        );
        let mut phones = group(
            query!("SELECT id, service_id, number, kind, description FROM phone ORDER BY service_id, position, id")
                .fetch_all(&mut *conn)
                .await?
                .into_iter()
                .map(|r| {
                    (
                        r.service_id,
                        Phone {
                            id: r.id,
                            number: r.number,
                            kind: PhoneKind::parse(&r.kind).unwrap_or(PhoneKind::Voice),
                            description: r.description,
                        },
                    )
                }),
        );
        let mut schedules: HashMap<String, Vec<Schedule>> = HashMap::new();
        for r in query!(
            "SELECT id, service_id, byday, opens_at, closes_at, description FROM schedule ORDER BY service_id, position, id"
        )
        .fetch_all(&mut *conn)
        .await?
        {
            match OpeningPeriod::parse(&r.byday, &r.opens_at, &r.closes_at) {
                Ok(period) => schedules.entry(r.service_id).or_default().push(Schedule {
                    id: r.id,
                    period,
                    description: r.description,
                }),
                Err(error) => tracing::error!(schedule_id = %r.id, %error, "unreadable schedule row skipped"),
            }
        }
        let mut languages = group(
            query!("SELECT id, service_id, code FROM language ORDER BY service_id, code, id")
                .fetch_all(&mut *conn)
                .await?
                .into_iter()
                .map(|r| (r.service_id, Language { id: r.id, code: r.code })),
        );
        let mut areas = group(
            query!("SELECT id, service_id, area FROM service_area ORDER BY service_id, area, id")
                .fetch_all(&mut *conn)
                .await?
                .into_iter()
                .map(|r| (r.service_id, ServiceArea { id: r.id, area: r.area })),
        );
        let mut links = group(
            query!("SELECT id, service_id, location_id FROM service_at_location ORDER BY service_id, position, id")
                .fetch_all(&mut *conn)
                .await?
                .into_iter()
                .map(|r| {
                    (
                        r.service_id,
                        ServiceAtLocation {
                            id: r.id,
                            location_id: r.location_id,
                        },
                    )
                }),
        );
        let mut service_attributes: HashMap<String, Vec<Attribute>> = HashMap::new();
        let mut other_attributes = Vec::new();
        for r in query!(
            "SELECT id, link_id, link_type, taxonomy_term_id, oruk_link_type FROM attribute
             ORDER BY link_id, taxonomy_term_id, id"
        )
        .fetch_all(&mut *conn)
        .await?
        {
            let attribute = Attribute {
                id: r.id,
                link_id: r.link_id,
                link_entity: r.link_type,
                taxonomy_term_id: r.taxonomy_term_id,
                link_type: r.oruk_link_type,
            };
            if attribute.link_entity == SERVICE_LINK {
                service_attributes
                    .entry(attribute.link_id.clone())
                    .or_default()
                    .push(attribute);
            } else {
                other_attributes.push(attribute);
            }
        }

        // Addresses only of locations that are not confidential: whatever the table holds, the
        // address of a refuge is never read.
        let mut addresses = group(
            query!(
                r#"SELECT a.id, a.location_id, a.attention, a.address_1, a.city, a.region, a.state_province,
                          a.postal_code, a.country, a.address_type
                   FROM address a JOIN location l ON l.id = a.location_id
                   WHERE l.confidential = FALSE
                   ORDER BY a.location_id, a.id"#
            )
            .fetch_all(&mut *conn)
            .await?
            .into_iter()
            .map(|r| {
                (
                    r.location_id,
                    Address {
                        id: r.id,
                        attention: r.attention,
                        address_1: r.address_1,
                        city: r.city,
                        region: r.region,
                        state_province: r.state_province,
                        postal_code: r.postal_code,
                        country: r.country,
                        address_type: r.address_type,
                    },
                )
            }),
        );
        let locations = query!(
            r#"SELECT id, name, description, confidential AS "confidential: bool", borough, location_type
               FROM location ORDER BY id"#
        )
        .fetch_all(&mut *conn)
        .await?
        .into_iter()
        .map(|r| Location {
            place: if r.confidential {
                Place::Confidential
            } else {
                Place::Public {
                    borough: r.borough,
                    addresses: addresses.remove(&r.id).unwrap_or_default(),
                }
            },
            id: r.id,
            location_type: r.location_type,
            name: r.name,
            description: r.description,
        })
        .collect();

        let services = query!(
            r#"SELECT id, slug, organization_id, name, description, eligibility_description, url, email, chat_url,
                      status, fees, interpretation_services, minimum_age, maximum_age,
                      accepts_online_contact AS "accepts_online_contact: bool", assured_date, verified_at, last_modified
               FROM service ORDER BY name, id"#
        )
        .fetch_all(&mut *conn)
        .await?
        .into_iter()
        .map(|r| {
            let id = r.id;
            Service {
                slug: r.slug,
                organization_id: r.organization_id,
                name: r.name,
                description: r.description,
                eligibility_description: r.eligibility_description,
                url: r.url,
                email: r.email,
                chat_url: r.chat_url,
                status: r.status,
                fees: r.fees,
                interpretation_services: r.interpretation_services,
                minimum_age: r.minimum_age,
                maximum_age: r.maximum_age,
                accepts_online_contact: r.accepts_online_contact,
                assured_date: r.assured_date,
                verified_at: r.verified_at,
                last_modified: r.last_modified,
                offers: offers.remove(&id).unwrap_or_default(),
                translations: translations.remove(&id).unwrap_or_default(),
                phones: phones.remove(&id).unwrap_or_default(),
                schedules: schedules.remove(&id).unwrap_or_default(),
                languages: languages.remove(&id).unwrap_or_default(),
                areas: areas.remove(&id).unwrap_or_default(),
                locations: links.remove(&id).unwrap_or_default(),
                attributes: service_attributes.remove(&id).unwrap_or_default(),
                id,
            }
        })
        .collect();
        Ok(Dataset {
            taxonomies,
            terms,
            organizations,
            services,
            locations,
            other_attributes,
        })
    }

    pub async fn upsert_taxonomy(conn: &mut Tx, taxonomy: &Taxonomy) -> Result<(), sqlx::Error> {
        query!(
            "INSERT INTO taxonomy (id, name, description, uri, version) VALUES ($1, $2, $3, $4, $5)
             ON CONFLICT (id) DO UPDATE SET name = excluded.name, description = excluded.description,
                 uri = excluded.uri, version = excluded.version",
            taxonomy.id,
            taxonomy.name,
            taxonomy.description,
            taxonomy.uri,
            taxonomy.version,
        )
        .execute(&mut *conn)
        .await?;
        Ok(())
    }

    pub async fn upsert_term(conn: &mut Tx, term: &Term) -> Result<(), sqlx::Error> {
        query!(
            "INSERT INTO taxonomy_term (id, taxonomy_id, code, name, description, parent_id, term, term_uri)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
             ON CONFLICT (id) DO UPDATE SET taxonomy_id = excluded.taxonomy_id, code = excluded.code,
                 name = excluded.name, description = excluded.description, parent_id = excluded.parent_id,
                 term = excluded.term, term_uri = excluded.term_uri",
            term.id,
            term.taxonomy_id,
            term.code,
            term.name,
            term.description,
            term.parent_id,
            term.term,
            term.term_uri,
        )
        .execute(&mut *conn)
        .await?;
        Ok(())
    }

    /// Inserts or updates an organization; its slug, once given, never changes.
    pub async fn upsert_organization(conn: &mut Tx, organization: &Organization) -> Result<(), sqlx::Error> {
        query!(
            "INSERT INTO organization (id, slug, name, description, website) VALUES ($1, $2, $3, $4, $5)
             ON CONFLICT (id) DO UPDATE SET name = excluded.name, description = excluded.description,
                 website = excluded.website",
            organization.id,
            organization.slug,
            organization.name,
            organization.description,
            organization.website,
        )
        .execute(&mut *conn)
        .await?;
        Ok(())
    }

    /// Inserts or updates a location and replaces its addresses (none for a confidential one).
    pub async fn upsert_location(conn: &mut Tx, location: &Location) -> Result<(), sqlx::Error> {
        let (confidential, borough, addresses) = match &location.place {
            Place::Confidential => (true, None, &[][..]),
            Place::Public { borough, addresses } => (false, borough.as_deref(), addresses.as_slice()),
        };
        query!(
            "INSERT INTO location (id, name, description, confidential, borough, location_type)
             VALUES ($1, $2, $3, $4, $5, $6)
             ON CONFLICT (id) DO UPDATE SET name = excluded.name, description = excluded.description,
                 confidential = excluded.confidential, borough = excluded.borough, location_type = excluded.location_type",
            location.id,
            location.name,
            location.description,
            confidential,
            borough,
            location.location_type,
        )
        .execute(&mut *conn)
        .await?;
        query!("DELETE FROM address WHERE location_id = $1", location.id)
            .execute(&mut *conn)
            .await?;
        for a in addresses {
            query!(
                "INSERT INTO address (id, location_id, attention, address_1, city, region, state_province, postal_code,
                     country, address_type)
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
                 ON CONFLICT (id) DO UPDATE SET location_id = excluded.location_id, attention = excluded.attention,
                     address_1 = excluded.address_1, city = excluded.city, region = excluded.region,
                     state_province = excluded.state_province, postal_code = excluded.postal_code,
                     country = excluded.country, address_type = excluded.address_type",
                a.id,
                location.id,
                a.attention,
                a.address_1,
                a.city,
                a.region,
                a.state_province,
                a.postal_code,
                a.country,
                a.address_type,
            )
            .execute(&mut *conn)
            .await?;
        }
        Ok(())
    }

    /// Inserts or updates a service and replaces everything that belongs to it. Its slug and its
    /// provider's confirmation (`verified_at`) survive: an import changes neither.
    pub async fn upsert_service(conn: &mut Tx, s: &Service) -> Result<(), sqlx::Error> {
        query!(
            "INSERT INTO service (id, slug, organization_id, name, description, eligibility_description, url, email,
                 chat_url, status, fees, interpretation_services, minimum_age, maximum_age, accepts_online_contact,
                 assured_date, last_modified)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17)
             ON CONFLICT (id) DO UPDATE SET organization_id = excluded.organization_id, name = excluded.name,
                 description = excluded.description, eligibility_description = excluded.eligibility_description,
                 url = excluded.url, email = excluded.email, chat_url = excluded.chat_url, status = excluded.status,
                 fees = excluded.fees, interpretation_services = excluded.interpretation_services,
                 minimum_age = excluded.minimum_age, maximum_age = excluded.maximum_age,
                 accepts_online_contact = excluded.accepts_online_contact, assured_date = excluded.assured_date,
                 last_modified = excluded.last_modified",
            s.id,
            s.slug,
            s.organization_id,
            s.name,
            s.description,
            s.eligibility_description,
            s.url,
            s.email,
            s.chat_url,
            s.status,
            s.fees,
            s.interpretation_services,
            s.minimum_age,
            s.maximum_age,
            s.accepts_online_contact,
            s.assured_date,
            s.last_modified,
        )
        .execute(&mut *conn)
        .await?;
        delete_children(conn, &s.id).await?;
        for (position, offer) in (0_i64..).zip(&s.offers) {
            query!(
                "INSERT INTO service_offer (service_id, position, offer) VALUES ($1, $2, $3)",
                s.id,
                position,
                offer
            )
            .execute(&mut *conn)
            .await?;
        }
        for t in &s.translations {
            query!(
                "INSERT INTO service_translation (service_id, locale, name, description, eligibility_description)
                 VALUES ($1, $2, $3, $4, $5)",
                s.id,
                t.locale,
                t.name,
                t.description,
                t.eligibility_description,
            )
            .execute(&mut *conn)
            .await?;
        }
        for (position, p) in (0_i64..).zip(&s.phones) {
            let kind = p.kind.as_str();
            query!(
                "INSERT INTO phone (id, service_id, position, number, kind, description) VALUES ($1, $2, $3, $4, $5, $6)
                 ON CONFLICT (id) DO UPDATE SET service_id = excluded.service_id, position = excluded.position,
                     number = excluded.number, kind = excluded.kind, description = excluded.description",
                p.id,
                s.id,
                position,
                p.number,
                kind,
                p.description,
            )
            .execute(&mut *conn)
            .await?;
        }
        for (position, schedule) in (0_i64..).zip(&s.schedules) {
            let byday = schedule.period.days().to_byday();
            let opens = schedule.period.opens().to_hhmm();
            let closes = schedule.period.closes().to_hhmm();
            query!(
                "INSERT INTO schedule (id, service_id, position, byday, opens_at, closes_at, description)
                 VALUES ($1, $2, $3, $4, $5, $6, $7)
                 ON CONFLICT (id) DO UPDATE SET service_id = excluded.service_id, position = excluded.position,
                     byday = excluded.byday, opens_at = excluded.opens_at, closes_at = excluded.closes_at,
                     description = excluded.description",
                schedule.id,
                s.id,
                position,
                byday,
                opens,
                closes,
                schedule.description,
            )
            .execute(&mut *conn)
            .await?;
        }
        for l in &s.languages {
            query!(
                "INSERT INTO language (id, service_id, code) VALUES ($1, $2, $3)
                 ON CONFLICT (id) DO UPDATE SET service_id = excluded.service_id, code = excluded.code",
                l.id,
                s.id,
                l.code
            )
            .execute(&mut *conn)
            .await?;
        }
        for a in &s.areas {
            query!(
                "INSERT INTO service_area (id, service_id, area) VALUES ($1, $2, $3)
                 ON CONFLICT (id) DO UPDATE SET service_id = excluded.service_id, area = excluded.area",
                a.id,
                s.id,
                a.area
            )
            .execute(&mut *conn)
            .await?;
        }
        for (position, link) in (0_i64..).zip(&s.locations) {
            query!(
                "INSERT INTO service_at_location (id, service_id, location_id, position) VALUES ($1, $2, $3, $4)
                 ON CONFLICT (id) DO UPDATE SET service_id = excluded.service_id, location_id = excluded.location_id,
                     position = excluded.position",
                link.id,
                s.id,
                link.location_id,
                position,
            )
            .execute(&mut *conn)
            .await?;
        }
        for attribute in &s.attributes {
            upsert_attribute(conn, attribute).await?;
        }
        Ok(())
    }

    /// Removes what belongs to a service, but not the locations it is linked to: in Open Referral
    /// several services may share one location.
    async fn delete_children(conn: &mut Tx, id: &str) -> Result<(), sqlx::Error> {
        query!("DELETE FROM service_offer WHERE service_id = $1", id)
            .execute(&mut *conn)
            .await?;
        query!("DELETE FROM service_translation WHERE service_id = $1", id)
            .execute(&mut *conn)
            .await?;
        query!("DELETE FROM phone WHERE service_id = $1", id)
            .execute(&mut *conn)
            .await?;
        query!("DELETE FROM schedule WHERE service_id = $1", id)
            .execute(&mut *conn)
            .await?;
        query!("DELETE FROM language WHERE service_id = $1", id)
            .execute(&mut *conn)
            .await?;
        query!("DELETE FROM service_area WHERE service_id = $1", id)
            .execute(&mut *conn)
            .await?;
        query!("DELETE FROM service_at_location WHERE service_id = $1", id)
            .execute(&mut *conn)
            .await?;
        query!("DELETE FROM attribute WHERE link_id = $1 AND link_type = 'service'", id)
            .execute(&mut *conn)
            .await?;
        Ok(())
    }

    pub async fn upsert_attribute(conn: &mut Tx, a: &Attribute) -> Result<(), sqlx::Error> {
        query!(
            "INSERT INTO attribute (id, link_id, link_type, taxonomy_term_id, oruk_link_type) VALUES ($1, $2, $3, $4, $5)
             ON CONFLICT (id) DO UPDATE SET link_id = excluded.link_id, link_type = excluded.link_type,
                 taxonomy_term_id = excluded.taxonomy_term_id, oruk_link_type = excluded.oruk_link_type",
            a.id,
            a.link_id,
            a.link_entity,
            a.taxonomy_term_id,
            a.link_type,
        )
        .execute(&mut *conn)
        .await?;
        Ok(())
    }

    /// Puts back a service's modification time, for a service that an import left as it was.
    pub async fn set_last_modified(conn: &mut Tx, id: &str, last_modified: &str) -> Result<(), sqlx::Error> {
        query!("UPDATE service SET last_modified = $1 WHERE id = $2", last_modified, id)
            .execute(&mut *conn)
            .await?;
        Ok(())
    }
}
