//! The directory tables: writing imported services, and reading every active service for the
//! in-memory directory that pages are served from.

use super::backend::dual;
use crate::directory::{Address, Phone, PhoneKind, Place, ServiceDetail, ServiceSummary, ServiceText};
use crate::domain::area::Area;
use crate::domain::hours::OpeningPeriod;
use crate::domain::slug::Slug;
use crate::domain::taxonomy::{Group, Need, Situation, Vocabulary};
use crate::ssr::import::{
    ClosureRecord, LocationRecord, NewLocation, NewService, OrganizationRecord, PhoneRecord, ScheduleRecord,
    ServiceRecord, TranslationRecord,
};
use std::collections::HashMap;
use uuid::Uuid;

/// Open Referral wants UUIDs; the directory's own keys are slugs. A name-based UUID ties the
/// two together, so that re-importing a record updates the same rows.
fn stable_id(kind: &str, key: &str) -> String {
    const NAMESPACE: Uuid = Uuid::from_u128(0x6c1f_4b4e_9a57_4d0e_8b8e_5b0f_2f5e_0d11);
    Uuid::new_v5(&NAMESPACE, format!("{kind}:{key}").as_bytes()).to_string()
}

pub fn taxonomy_term_id(vocabulary: Vocabulary, slug: &str) -> String {
    stable_id("taxonomy_term", &format!("{}:{slug}", vocabulary.as_str()))
}

pub fn taxonomy_id(vocabulary: Vocabulary) -> String {
    stable_id("taxonomy", vocabulary.as_str())
}

/// One term of the portal's taxonomy, with the English wording of `content/taxonomy.toml`.
pub struct TaxonomyTerm {
    pub vocabulary: Vocabulary,
    pub slug: &'static str,
    pub description: String,
}

/// The database id of the service with this slug.
pub fn service_id(slug: &Slug) -> String {
    stable_id("service", slug.as_str())
}

/// The database id of the organisation with this slug.
pub fn organization_id(slug: &Slug) -> String {
    stable_id("organization", slug.as_str())
}

dual! {
    /// Writes the portal's three taxonomies and their terms, updating descriptions in place.
    pub async fn upsert_taxonomy(tx: &mut Tx, terms: &[TaxonomyTerm]) -> Result<(), sqlx::Error> {
        for vocabulary in Vocabulary::ALL {
            let id = taxonomy_id(vocabulary);
            let name = format!("London Victims Portal: {}", vocabulary.as_str());
            let description = format!("The portal's {} slugs (content/taxonomy.toml).", vocabulary.as_str());
            query!(
                "INSERT INTO taxonomy (id, name, description) VALUES ($1, $2, $3)
                 ON CONFLICT (id) DO UPDATE SET name = excluded.name, description = excluded.description",
                id,
                name,
                description,
            )
            .execute(&mut *tx)
            .await?;
        }
        for term in terms {
            let id = taxonomy_term_id(term.vocabulary, term.slug);
            let taxonomy = taxonomy_id(term.vocabulary);
            query!(
                "INSERT INTO taxonomy_term (id, taxonomy_id, code, name, description) VALUES ($1, $2, $3, $3, $4)
                 ON CONFLICT (id) DO UPDATE SET description = excluded.description",
                id,
                taxonomy,
                term.slug,
                term.description,
            )
            .execute(&mut *tx)
            .await?;
        }
        Ok(())
    }

    /// Inserts or replaces one service and everything that belongs to it. `verified_at` survives a
    /// re-import: only a provider's confirmation sets it.
    pub async fn upsert_service(
        tx: &mut Tx,
        service: &NewService,
        now: &str,
    ) -> Result<(), sqlx::Error> {
        let organization = &service.organization;
        let organization_id = stable_id("organization", organization.slug.as_str());
        let organization_slug = organization.slug.as_str();
        query!(
            "INSERT INTO organization (id, slug, name, description, website) VALUES ($1, $2, $3, $4, $5)
             ON CONFLICT (id) DO UPDATE SET name = excluded.name, description = COALESCE(excluded.description, organization.description),
                 website = COALESCE(excluded.website, organization.website)",
            organization_id,
            organization_slug,
            organization.name,
            organization.description,
            organization.website,
        )
        .execute(&mut *tx)
        .await?;

        let id = stable_id("service", service.slug.as_str());
        let slug = service.slug.as_str();
        let capacity = service.capacity.map(crate::domain::staff::Capacity::as_str);
        let closed_message = service.closure.as_ref().map(|c| c.message.as_str());
        let closed_until = service.closure.as_ref().and_then(|c| c.until.as_deref());
        query!(
            "INSERT INTO service (id, slug, organization_id, name, description, eligibility_description, url, email, chat_url,
                 fees, interpretation_services, minimum_age, maximum_age, accepts_online_contact, last_modified,
                 capacity, capacity_note, closed_message, closed_until)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19)
             ON CONFLICT (id) DO UPDATE SET organization_id = excluded.organization_id, name = excluded.name,
                 description = excluded.description, eligibility_description = excluded.eligibility_description,
                 url = excluded.url, email = excluded.email, chat_url = excluded.chat_url, fees = excluded.fees,
                 interpretation_services = excluded.interpretation_services, minimum_age = excluded.minimum_age,
                 maximum_age = excluded.maximum_age, accepts_online_contact = excluded.accepts_online_contact,
                 last_modified = excluded.last_modified, capacity = excluded.capacity,
                 capacity_note = excluded.capacity_note, closed_message = excluded.closed_message,
                 closed_until = excluded.closed_until",
            id,
            slug,
            organization_id,
            service.name,
            service.description,
            service.eligibility_description,
            service.url,
            service.email,
            service.chat_url,
            service.fees,
            service.interpretation_services,
            service.minimum_age,
            service.maximum_age,
            service.accepts_online_contact,
            now,
            capacity,
            service.capacity_note,
            closed_message,
            closed_until,
        )
        .execute(&mut *tx)
        .await?;

        delete_children(tx, &id).await?;

        for (locale, text) in &service.translations {
            let tag = locale.tag();
            query!(
                "INSERT INTO service_translation (service_id, locale, name, description, eligibility_description)
                 VALUES ($1, $2, $3, $4, $5)",
                id,
                tag,
                text.name,
                text.description,
                text.eligibility,
            )
            .execute(&mut *tx)
            .await?;
        }
        for (position, offer) in (0_i64..).zip(&service.offers) {
            query!(
                "INSERT INTO service_offer (service_id, position, offer) VALUES ($1, $2, $3)",
                id,
                position,
                offer
            )
            .execute(&mut *tx)
            .await?;
        }
        for (position, phone) in (0_i64..).zip(&service.phones) {
            let phone_id = stable_id("phone", &format!("{slug}:{position}"));
            let kind = phone.kind.as_str();
            query!(
                "INSERT INTO phone (id, service_id, position, number, kind, description) VALUES ($1, $2, $3, $4, $5, $6)",
                phone_id,
                id,
                position,
                phone.number,
                kind,
                phone.description,
            )
            .execute(&mut *tx)
            .await?;
        }
        for (position, schedule) in (0_i64..).zip(&service.schedules) {
            let schedule_id = stable_id("schedule", &format!("{slug}:{position}"));
            let byday = schedule.period.days().to_byday();
            let opens = schedule.period.opens().to_hhmm();
            let closes = schedule.period.closes().to_hhmm();
            query!(
                "INSERT INTO schedule (id, service_id, position, byday, opens_at, closes_at, description)
                 VALUES ($1, $2, $3, $4, $5, $6, $7)",
                schedule_id,
                id,
                position,
                byday,
                opens,
                closes,
                schedule.description,
            )
            .execute(&mut *tx)
            .await?;
        }
        for code in &service.languages {
            let language_id = stable_id("language", &format!("{slug}:{code}"));
            query!(
                "INSERT INTO language (id, service_id, code) VALUES ($1, $2, $3)",
                language_id,
                id,
                code
            )
            .execute(&mut *tx)
            .await?;
        }
        for area in &service.areas {
            let area = area.as_str();
            let area_id = stable_id("service_area", &format!("{slug}:{area}"));
            query!(
                "INSERT INTO service_area (id, service_id, area) VALUES ($1, $2, $3)",
                area_id,
                id,
                area
            )
            .execute(&mut *tx)
            .await?;
        }
        for (position, location) in (0_i64..).zip(&service.locations) {
            insert_location(tx, &id, slug, position, location).await?;
        }
        let tags = service
            .situations
            .iter()
            .map(|s| (Vocabulary::Situation, s.as_str()))
            .chain(service.needs.iter().map(|n| (Vocabulary::Need, n.as_str())))
            .chain(service.groups.iter().map(|g| (Vocabulary::Group, g.as_str())));
        for (vocabulary, tag) in tags {
            let term_id = taxonomy_term_id(vocabulary, tag);
            let attribute_id = stable_id("attribute", &format!("{slug}:{term_id}"));
            query!(
                "INSERT INTO attribute (id, link_id, link_type, taxonomy_term_id) VALUES ($1, $2, 'service', $3)",
                attribute_id,
                id,
                term_id,
            )
            .execute(&mut *tx)
            .await?;
        }
        Ok(())
    }

    async fn delete_children(tx: &mut Tx, id: &str) -> Result<(), sqlx::Error> {
        query!("DELETE FROM service_translation WHERE service_id = $1", id)
            .execute(&mut *tx)
            .await?;
        query!("DELETE FROM service_offer WHERE service_id = $1", id)
            .execute(&mut *tx)
            .await?;
        query!("DELETE FROM phone WHERE service_id = $1", id)
            .execute(&mut *tx)
            .await?;
        query!("DELETE FROM schedule WHERE service_id = $1", id)
            .execute(&mut *tx)
            .await?;
        query!("DELETE FROM language WHERE service_id = $1", id)
            .execute(&mut *tx)
            .await?;
        query!("DELETE FROM service_area WHERE service_id = $1", id)
            .execute(&mut *tx)
            .await?;
        query!("DELETE FROM attribute WHERE link_id = $1 AND link_type = 'service'", id)
            .execute(&mut *tx)
            .await?;
        query!(
            "DELETE FROM location WHERE id IN (SELECT location_id FROM service_at_location WHERE service_id = $1)",
            id
        )
        .execute(&mut *tx)
        .await?;
        Ok(())
    }

    async fn insert_location(
        tx: &mut Tx,
        service_id: &str,
        slug: &str,
        position: i64,
        location: &NewLocation,
    ) -> Result<(), sqlx::Error> {
        let location_id = stable_id("location", &format!("{slug}:{position}"));
        let (name, description, confidential, borough) = match location {
            NewLocation::Public {
                name,
                description,
                borough,
                ..
            } => (
                name,
                description,
                false,
                borough.map(crate::domain::area::Borough::as_str),
            ),
            NewLocation::Confidential { name, description } => (name, description, true, None),
        };
        query!(
            "INSERT INTO location (id, name, description, confidential, borough) VALUES ($1, $2, $3, $4, $5)",
            location_id,
            name,
            description.as_deref(),
            confidential,
            borough,
        )
        .execute(&mut *tx)
        .await?;
        if let NewLocation::Public {
            address: Some((address_1, city, postal_code)),
            ..
        } = location
        {
            let address_id = stable_id("address", &location_id);
            query!(
                "INSERT INTO address (id, location_id, address_1, city, postal_code) VALUES ($1, $2, $3, $4, $5)",
                address_id,
                location_id,
                address_1,
                city,
                postal_code,
            )
            .execute(&mut *tx)
            .await?;
        }
        let link_id = stable_id("service_at_location", &location_id);
        query!(
            "INSERT INTO service_at_location (id, service_id, location_id, position) VALUES ($1, $2, $3, $4)",
            link_id,
            service_id,
            location_id,
            position,
        )
        .execute(&mut *tx)
        .await?;
        Ok(())
    }

    pub async fn count_services(pool: &Pool) -> Result<i64, sqlx::Error> {
        query_scalar!(r#"SELECT COUNT(*) AS "count!: i64" FROM service"#)
            .fetch_one(pool)
            .await
    }

    /// Every active service with everything its pages show, in name order. One query per table,
    /// joined in memory, so that loading stays linear in the size of the directory.
    pub async fn load_active_services(pool: &Pool) -> Result<Vec<ServiceDetail>, sqlx::Error> {
        let mut offers: HashMap<String, Vec<String>> = HashMap::new();
        for row in query!("SELECT service_id, offer FROM service_offer ORDER BY service_id, position")
            .fetch_all(pool)
            .await?
        {
            offers.entry(row.service_id).or_default().push(row.offer);
        }
        let mut phones: HashMap<String, Vec<Phone>> = HashMap::new();
        for row in query!("SELECT service_id, number, kind, description FROM phone ORDER BY service_id, position")
            .fetch_all(pool)
            .await?
        {
            let kind = PhoneKind::parse(&row.kind).unwrap_or(PhoneKind::Voice);
            phones.entry(row.service_id).or_default().push(Phone {
                number: row.number,
                kind,
                description: row.description,
            });
        }
        let mut hours: HashMap<String, Vec<OpeningPeriod>> = HashMap::new();
        let mut hours_notes: HashMap<String, Vec<String>> = HashMap::new();
        for row in query!(
            "SELECT service_id, byday, opens_at, closes_at, description FROM schedule ORDER BY service_id, position"
        )
        .fetch_all(pool)
        .await?
        {
            match OpeningPeriod::parse(&row.byday, &row.opens_at, &row.closes_at) {
                Ok(period) => hours.entry(row.service_id.clone()).or_default().push(period),
                Err(error) => tracing::error!(service_id = %row.service_id, %error, "unreadable schedule row skipped"),
            }
            if let Some(note) = row.description {
                hours_notes.entry(row.service_id).or_default().push(note);
            }
        }
        let mut languages: HashMap<String, Vec<String>> = HashMap::new();
        for row in query!("SELECT service_id, code FROM language ORDER BY service_id, code")
            .fetch_all(pool)
            .await?
        {
            languages.entry(row.service_id).or_default().push(row.code);
        }
        let mut areas: HashMap<String, Vec<Area>> = HashMap::new();
        for row in query!("SELECT service_id, area FROM service_area ORDER BY service_id, area")
            .fetch_all(pool)
            .await?
        {
            if let Ok(area) = Area::parse(&row.area) {
                areas.entry(row.service_id).or_default().push(area);
            }
        }
        let mut places: HashMap<String, Vec<Place>> = HashMap::new();
        for row in query!(
            r#"SELECT sal.service_id, l.name, l.confidential AS "confidential: bool",
                      a.address_1 AS "address_1?", a.city AS "city?", a.postal_code AS "postal_code?"
               FROM service_at_location sal
               JOIN location l ON l.id = sal.location_id
               LEFT JOIN address a ON a.location_id = l.id
               ORDER BY sal.service_id, sal.position"#
        )
        .fetch_all(pool)
        .await?
        {
            let place = if row.confidential {
                Place::Confidential { name: row.name }
            } else {
                let address = match (row.address_1, row.city, row.postal_code) {
                    (Some(address_1), Some(city), Some(postal_code)) => Some(Address {
                        address_1,
                        city,
                        postal_code,
                    }),
                    _ => None,
                };
                Place::Public {
                    name: row.name,
                    address,
                }
            };
            places.entry(row.service_id).or_default().push(place);
        }
        let mut situations: HashMap<String, Vec<Situation>> = HashMap::new();
        let mut needs: HashMap<String, Vec<Need>> = HashMap::new();
        let mut groups: HashMap<String, Vec<Group>> = HashMap::new();
        for row in query!(
            "SELECT a.link_id, t.code, t.taxonomy_id FROM attribute a JOIN taxonomy_term t ON t.id = a.taxonomy_term_id
             WHERE a.link_type = 'service' ORDER BY a.link_id, t.code"
        )
        .fetch_all(pool)
        .await?
        {
            if row.taxonomy_id == taxonomy_id(Vocabulary::Situation) {
                if let Ok(situation) = Situation::parse(&row.code) {
                    situations.entry(row.link_id).or_default().push(situation);
                }
            } else if row.taxonomy_id == taxonomy_id(Vocabulary::Need) {
                if let Ok(need) = Need::parse(&row.code) {
                    needs.entry(row.link_id).or_default().push(need);
                }
            } else if let Ok(group) = Group::parse(&row.code) {
                groups.entry(row.link_id).or_default().push(group);
            }
        }

        let mut translations: HashMap<String, Vec<(String, ServiceText)>> = HashMap::new();
        for row in query!(
            "SELECT service_id, locale, name, description, eligibility_description FROM service_translation ORDER BY service_id, locale"
        )
        .fetch_all(pool)
        .await?
        {
            let text = ServiceText { name: row.name, description: row.description, eligibility: row.eligibility_description };
            translations.entry(row.service_id).or_default().push((row.locale, text));
        }

        let rows = query!(
            r#"SELECT s.id, s.slug, s.name, o.name AS organization, o.website AS organization_website, s.description,
                      s.eligibility_description, s.url, s.email, s.chat_url, s.fees, s.interpretation_services,
                      s.minimum_age, s.maximum_age, s.accepts_online_contact AS "accepts_online_contact: bool", s.verified_at,
                      s.capacity, s.capacity_note, s.closed_message, s.closed_until
               FROM service s JOIN organization o ON o.id = s.organization_id
               WHERE s.status = 'active'
               ORDER BY s.name, s.slug"#
        )
        .fetch_all(pool)
        .await?;
        Ok(rows
            .into_iter()
            .map(|row| {
                let id = row.id;
                ServiceDetail {
                    summary: ServiceSummary {
                        slug: row.slug,
                        name: row.name,
                        organization: row.organization,
                        description: row.description,
                        areas: areas.remove(&id).unwrap_or_default(),
                        situations: situations.remove(&id).unwrap_or_default(),
                        needs: needs.remove(&id).unwrap_or_default(),
                        groups: groups.remove(&id).unwrap_or_default(),
                        phones: phones.remove(&id).unwrap_or_default(),
                        hours: hours.remove(&id).unwrap_or_default(),
                        url: row.url,
                        verified: row.verified_at.is_some(),
                        translations: translations.remove(&id).unwrap_or_default(),
                    },
                    offers: offers.remove(&id).unwrap_or_default(),
                    eligibility: row.eligibility_description,
                    email: row.email,
                    chat_url: row.chat_url,
                    hours_notes: hours_notes.remove(&id).unwrap_or_default(),
                    languages: languages.remove(&id).unwrap_or_default(),
                    interpretation: row.interpretation_services,
                    fees: row.fees,
                    minimum_age: row.minimum_age,
                    maximum_age: row.maximum_age,
                    places: places.remove(&id).unwrap_or_default(),
                    accepts_online_contact: row.accepts_online_contact,
                    capacity: row
                        .capacity
                        .as_deref()
                        .and_then(|c| crate::domain::staff::Capacity::parse(c).ok()),
                    capacity_note: row.capacity_note,
                    closure: row.closed_message.map(|message| crate::directory::Closure {
                        message,
                        until: row.closed_until,
                    }),
                    verified_at: row.verified_at,
                    organization_website: row.organization_website,
                }
            })
            .collect())
    }

    /// One service as a directory record (the file format of `content/directory/`), the form a
    /// provider edits and a revision stores. Confidential locations come back without an address,
    /// as they were written.
    pub async fn load_service_record(pool: &Pool, service_id: &str) -> Result<Option<ServiceRecord>, sqlx::Error> {
        let Some(row) = query!(
            r#"SELECT s.slug, s.name, s.description, s.eligibility_description, s.url, s.email, s.chat_url, s.fees,
                      s.interpretation_services, s.minimum_age, s.maximum_age,
                      s.accepts_online_contact AS "accepts_online_contact: bool",
                      s.capacity, s.capacity_note, s.closed_message, s.closed_until,
                      o.slug AS organization_slug, o.name AS organization_name, o.website AS organization_website,
                      o.description AS organization_description
               FROM service s JOIN organization o ON o.id = s.organization_id WHERE s.id = $1"#,
            service_id
        )
        .fetch_optional(pool)
        .await?
        else {
            return Ok(None);
        };
        let offers = query_scalar!(
            "SELECT offer FROM service_offer WHERE service_id = $1 ORDER BY position",
            service_id
        )
        .fetch_all(pool)
        .await?;
        let phones = query!(
            "SELECT number, kind, description FROM phone WHERE service_id = $1 ORDER BY position",
            service_id
        )
        .fetch_all(pool)
        .await?
        .into_iter()
        .map(|p| PhoneRecord {
            number: p.number,
            kind: p.kind,
            description: p.description,
        })
        .collect();
        let schedules = query!(
            "SELECT byday, opens_at, closes_at, description FROM schedule WHERE service_id = $1 ORDER BY position",
            service_id
        )
        .fetch_all(pool)
        .await?
        .into_iter()
        .map(|s| ScheduleRecord {
            byday: s.byday,
            opens_at: s.opens_at,
            closes_at: s.closes_at,
            description: s.description,
        })
        .collect();
        let languages = query_scalar!(
            "SELECT code FROM language WHERE service_id = $1 ORDER BY code",
            service_id
        )
        .fetch_all(pool)
        .await?;
        let areas = query_scalar!(
            "SELECT area FROM service_area WHERE service_id = $1 ORDER BY area",
            service_id
        )
        .fetch_all(pool)
        .await?;
        let locations = query!(
            r#"SELECT l.name, l.description, l.confidential AS "confidential: bool", l.borough,
                      a.address_1 AS "address_1?", a.city AS "city?", a.postal_code AS "postal_code?"
               FROM service_at_location sal JOIN location l ON l.id = sal.location_id
               LEFT JOIN address a ON a.location_id = l.id
               WHERE sal.service_id = $1 ORDER BY sal.position"#,
            service_id
        )
        .fetch_all(pool)
        .await?
        .into_iter()
        .map(|l| LocationRecord {
            name: l.name,
            confidential: l.confidential,
            description: l.description,
            address_1: l.address_1,
            city: l.city,
            postal_code: l.postal_code,
            borough: l.borough,
        })
        .collect();
        let mut situations = Vec::new();
        let mut needs = Vec::new();
        let mut groups = Vec::new();
        for tag in query!(
            "SELECT t.code, t.taxonomy_id FROM attribute a JOIN taxonomy_term t ON t.id = a.taxonomy_term_id
             WHERE a.link_type = 'service' AND a.link_id = $1 ORDER BY t.code",
            service_id
        )
        .fetch_all(pool)
        .await?
        {
            if tag.taxonomy_id == taxonomy_id(Vocabulary::Situation) {
                situations.push(tag.code);
            } else if tag.taxonomy_id == taxonomy_id(Vocabulary::Need) {
                needs.push(tag.code);
            } else if tag.taxonomy_id == taxonomy_id(Vocabulary::Group) {
                groups.push(tag.code);
            }
        }
        let translations = query!(
            "SELECT locale, name, description, eligibility_description FROM service_translation WHERE service_id = $1",
            service_id
        )
        .fetch_all(pool)
        .await?
        .into_iter()
        .map(|t| {
            (
                t.locale,
                TranslationRecord {
                    name: t.name,
                    description: t.description,
                    eligibility_description: t.eligibility_description,
                },
            )
        })
        .collect();
        Ok(Some(ServiceRecord {
            id: row.slug,
            name: row.name,
            organization: OrganizationRecord {
                id: row.organization_slug,
                name: row.organization_name,
                website: row.organization_website,
                description: row.organization_description,
            },
            description: row.description,
            offers,
            eligibility_description: row.eligibility_description,
            url: row.url,
            email: row.email,
            chat_url: row.chat_url,
            phones,
            schedules,
            languages,
            interpretation_services: row.interpretation_services,
            areas,
            situations,
            needs,
            groups,
            fees: row.fees,
            minimum_age: row.minimum_age,
            maximum_age: row.maximum_age,
            accepts_online_contact: row.accepts_online_contact,
            locations,
            translations,
            capacity: row
                .capacity
                .as_deref()
                .and_then(|c| crate::domain::staff::Capacity::parse(c).ok()),
            capacity_note: row.capacity_note,
            closure: row.closed_message.map(|message| ClosureRecord {
                message,
                until: row.closed_until,
            }),
        }))
    }

    /// Marks a listing as confirmed correct by its provider.
    pub async fn set_verified(conn: &mut Tx, service_id: &str, at: &str) -> Result<bool, sqlx::Error> {
        let done = query!("UPDATE service SET verified_at = $1 WHERE id = $2", at, service_id)
            .execute(conn)
            .await?;
        Ok(done.rows_affected() == 1)
    }
}
