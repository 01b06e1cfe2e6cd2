//! Synthetic listings for benchmarks: realistic in shape (names, descriptions, tags, areas,
//! phones, hours as the real directory has them), generated from a seed so runs repeat.

use crate::directory::{Phone, PhoneKind, ServiceDetail, ServiceSummary};
use crate::domain::area::{Area, Borough};
use crate::domain::hours::OpeningPeriod;
use crate::domain::taxonomy::{Group, Need, Situation};

/// A small, fast, repeatable generator (xorshift64*); benchmarks need repeatability, not
/// cryptographic quality.
struct Generator(u64);

impl Generator {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, bound: usize) -> usize {
        usize::try_from(self.next() % bound as u64).unwrap_or(0)
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

const KINDS: &[&str] = &[
    "Advocacy Service",
    "Helpline",
    "Support Project",
    "Women's Centre",
    "Advice Line",
    "Outreach Team",
    "Counselling Service",
    "Hub",
];
const ADJECTIVES: &[&str] = &[
    "Safe",
    "Together",
    "Bridge",
    "Haven",
    "Compass",
    "Beacon",
    "Harbour",
    "Open Door",
    "New Start",
    "Solstice",
];
const OFFERS: &[&str] = &[
    "One-to-one support from a trained advocate",
    "Safety planning",
    "Help with housing and benefits",
    "Support through the criminal justice process",
    "Counselling and group work",
    "Interpreters on request",
    "Drop-in sessions",
    "Help to report to the police if you want to",
];

/// `count` synthetic services, the same ones for the same `seed`.
pub fn services(count: usize, seed: u64) -> Vec<ServiceDetail> {
    let mut generator = Generator(seed.max(1));
    (0..count)
        .map(|n| {
            let situations: Vec<Situation> = {
                let mut picked = vec![*generator.pick(Situation::ALL)];
                for _ in 0..generator.below(3) {
                    let next = *generator.pick(Situation::ALL);
                    if !picked.contains(&next) {
                        picked.push(next);
                    }
                }
                picked
            };
            let needs: Vec<Need> = (0..generator.below(3)).map(|_| *generator.pick(Need::ALL)).collect();
            let groups: Vec<Group> = if generator.below(3) == 0 { vec![*generator.pick(Group::ALL)] } else { Vec::new() };
            let areas = match generator.below(10) {
                0 => vec![Area::National],
                1 | 2 => vec![Area::London],
                _ => (0..=generator.below(3)).map(|_| Area::Borough(*generator.pick(Borough::ALL))).collect(),
            };
            let borough_name = areas.iter().find_map(|a| match a {
                Area::Borough(b) => Some(b.as_str().replace('-', " ")),
                _ => None,
            });
            let name = format!(
                "{} {} {}",
                borough_name.clone().unwrap_or_else(|| "London".to_owned()),
                generator.pick(ADJECTIVES),
                generator.pick(KINDS)
            );
            let topics = situations.iter().map(|s| s.as_str().replace('-', " ")).collect::<Vec<_>>().join(", ");
            let hours = match generator.below(4) {
                0 => vec![],
                1 => OpeningPeriod::parse("MO,TU,WE,TH,FR,SA,SU", "00:00", "24:00").into_iter().collect(),
                _ => OpeningPeriod::parse("MO,TU,WE,TH,FR", "09:00", "17:00").into_iter().collect(),
            };
            ServiceDetail {
                summary: ServiceSummary {
                    slug: format!("synthetic-service-{n}"),
                    name,
                    organization: format!("Synthetic Organisation {}", n / 3),
                    description: format!(
                        "Free, confidential support for people affected by {topics}. We listen, help you understand your options and stay with you for as long as you need."
                    ),
                    areas,
                    situations,
                    needs,
                    groups,
                    phones: vec![Phone { number: format!("020 7{:03} {:04}", n % 1000, n % 10_000), kind: PhoneKind::Voice, description: None }],
                    hours,
                    url: Some(format!("https://example.org/services/{n}")),
                    verified: false,
                    translations: Vec::new(),
                },
                offers: (0..3).map(|_| (*generator.pick(OFFERS)).to_owned()).collect(),
                eligibility: Some("Anyone aged 16 or over.".to_owned()),
                email: None,
                chat_url: None,
                hours_notes: Vec::new(),
                languages: vec!["en".to_owned()],
                interpretation: None,
                fees: Some("Free".to_owned()),
                minimum_age: Some(16),
                maximum_age: None,
                places: Vec::new(),
                accepts_online_contact: false,
                capacity: None,
                capacity_note: None,
                closure: None,
                verified_at: None,
                organization_website: None,
            }
        })
        .collect()
}

/// A service as a record of a directory file (`content/directory/README.md`), for importing.
pub fn to_directory_record(service: &ServiceDetail) -> serde_json::Value {
    let summary = &service.summary;
    let organization_id = summary.organization.to_lowercase().replace(' ', "-");
    serde_json::json!({
        "id": summary.slug,
        "name": summary.name,
        "organization": { "id": organization_id, "name": summary.organization },
        "description": summary.description,
        "offers": service.offers,
        "eligibility_description": service.eligibility,
        "url": summary.url,
        "phones": summary.phones.iter().map(|p| serde_json::json!({ "number": p.number, "kind": p.kind.as_str() })).collect::<Vec<_>>(),
        "schedules": summary.hours.iter().map(|h| serde_json::json!({
            "byday": h.days().to_byday(), "opens_at": h.opens().to_hhmm(), "closes_at": h.closes().to_hhmm()
        })).collect::<Vec<_>>(),
        "languages": service.languages,
        "areas": summary.areas,
        "situations": summary.situations,
        "needs": summary.needs,
        "groups": summary.groups,
        "fees": service.fees,
        "minimum_age": service.minimum_age,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_seed_gives_the_same_services() {
        let first: Vec<String> = services(50, 7).into_iter().map(|s| s.summary.name).collect();
        let second: Vec<String> = services(50, 7).into_iter().map(|s| s.summary.name).collect();
        assert_eq!(first, second);
    }

    #[test]
    fn synthetic_records_import_as_valid_directory_files() {
        let records: Vec<serde_json::Value> = services(200, 3).iter().map(to_directory_record).collect();
        let file = serde_json::json!({ "services": records }).to_string();
        let parsed =
            crate::ssr::import::parse_file(std::path::Path::new("synthetic.json"), &file).expect("valid records");
        assert_eq!(parsed.len(), 200);
    }
}
