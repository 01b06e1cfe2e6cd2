//! The `/openreferral/` API over the published directory: query parameters checked with a
//! message that says what is wrong, filters, and pages in the OpenAPI document's `Page` shape.
//!
//! Supported parameters (schema/openapi.json):
//! - every list: `page` (from 1), `per_page` (1 to 500, default 50);
//! - `/services` and `/service_at_locations`: `search` (every word must appear in the name,
//!   description, organisation, eligibility or offers), `taxonomy_term_id`, `taxonomy_id`,
//!   `minimum_age` (services whose minimum age is at least this), `maximum_age` (services whose
//!   maximum age is at most this), `day` (`MO`…`SU` or `monday`…), `start_time` (a schedule that
//!   opens at or after `HH:MM`), `end_time` (a schedule that closes at or before `HH:MM`);
//!   `day`, `start_time` and `end_time` must hold for the same schedule;
//! - `/service_at_locations`: `postcode` (a full postcode or its district, `E8 1AA` or `E8`:
//!   locations whose address is in it); `proximity` is refused, since the directory holds no
//!   coordinates;
//! - `/taxonomy_terms`: `taxonomy_id` as well.
//!
//! Other parameters are ignored.

use super::model::{Catalogue, Location, Place, Service, ServiceAtLocation};
use super::wire::{self, Page, WireService, WireServiceAtLocation, WireTaxonomy, WireTerm};
use crate::domain::hours::Weekday;
use std::collections::HashMap;

pub const DEFAULT_PER_PAGE: usize = 50;
pub const MAX_PER_PAGE: usize = 500;
const MAX_SEARCH: usize = 200;

/// A query parameter that cannot be used, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParamError {
    pub parameter: String,
    pub message: String,
}

impl std::fmt::Display for ParamError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for ParamError {}

fn bad(parameter: &str, message: impl Into<String>) -> ParamError {
    ParamError {
        parameter: parameter.to_owned(),
        message: message.into(),
    }
}

/// The query parameters of a request, each given at most once.
pub struct Params(HashMap<String, String>);

impl Params {
    pub fn new(pairs: Vec<(String, String)>) -> Result<Self, ParamError> {
        let mut map = HashMap::new();
        for (name, value) in pairs {
            if map.contains_key(&name) {
                return Err(bad(&name, format!("`{name}` is given more than once")));
            }
            map.insert(name, value);
        }
        Ok(Params(map))
    }

    /// A parameter's value, if given and not blank.
    fn get(&self, name: &str) -> Option<&str> {
        self.0.get(name).map(|v| v.trim()).filter(|v| !v.is_empty())
    }

    fn whole(&self, name: &str, range: std::ops::RangeInclusive<usize>) -> Result<Option<usize>, ParamError> {
        self.get(name)
            .map(|value| {
                value
                    .parse::<usize>()
                    .ok()
                    .filter(|n| range.contains(n))
                    .ok_or_else(|| {
                        bad(
                            name,
                            format!(
                                "`{name}` must be a whole number from {} to {}, not `{value}`",
                                range.start(),
                                range.end()
                            ),
                        )
                    })
            })
            .transpose()
    }

    fn paging(&self) -> Result<(usize, usize), ParamError> {
        let page = self.whole("page", 1..=1_000_000)?.unwrap_or(1);
        let per_page = self.whole("per_page", 1..=MAX_PER_PAGE)?.unwrap_or(DEFAULT_PER_PAGE);
        Ok((page, per_page))
    }

    fn age(&self, name: &str) -> Result<Option<f64>, ParamError> {
        self.get(name)
            .map(|value| {
                value
                    .parse::<f64>()
                    .ok()
                    .filter(|age| age.is_finite() && (0.0..=150.0).contains(age))
                    .ok_or_else(|| bad(name, format!("`{name}` must be an age in years, not `{value}`")))
            })
            .transpose()
    }

    fn id(&self, name: &str) -> Result<Option<String>, ParamError> {
        self.get(name)
            .map(|value| {
                uuid::Uuid::parse_str(value)
                    .map(|id| id.hyphenated().to_string())
                    .map_err(|_| bad(name, format!("`{name}` must be a UUID, not `{value}`")))
            })
            .transpose()
    }

    fn time(&self, name: &str) -> Result<Option<u16>, ParamError> {
        self.get(name)
            .map(|value| {
                minutes(value).ok_or_else(|| bad(name, format!("`{name}` must be a time such as 09:30, not `{value}`")))
            })
            .transpose()
    }

    fn day(&self) -> Result<Option<Weekday>, ParamError> {
        self.get("day")
            .map(|value| {
                let lower = value.to_ascii_lowercase();
                Weekday::ALL
                    .into_iter()
                    .find(|day| {
                        day.code().eq_ignore_ascii_case(value) || format!("{day:?}").to_ascii_lowercase() == lower
                    })
                    .ok_or_else(|| {
                        bad(
                            "day",
                            format!("`day` must be MO, TU, WE, TH, FR, SA or SU (or the day's name), not `{value}`"),
                        )
                    })
            })
            .transpose()
    }
}

/// `HH:MM` or `HH:MM:SS` as minutes after midnight; `24:00` is the end of the day.
fn minutes(value: &str) -> Option<u16> {
    let mut parts = value.split(':');
    let hours: u16 = parts.next().filter(|h| h.len() == 2)?.parse().ok()?;
    let mins: u16 = parts.next().filter(|m| m.len() == 2)?.parse().ok()?;
    if let Some(seconds) = parts.next()
        && (seconds != "00" || parts.next().is_some())
    {
        return None;
    }
    match (hours, mins) {
        (24, 0) => Some(1440),
        (0..=23, 0..=59) => Some(hours * 60 + mins),
        _ => None,
    }
}

/// What a list of services is narrowed to.
#[derive(Debug, Default)]
struct ServiceFilter {
    words: Vec<String>,
    term: Option<String>,
    taxonomy: Option<String>,
    minimum_age: Option<f64>,
    maximum_age: Option<f64>,
    day: Option<Weekday>,
    start: Option<u16>,
    end: Option<u16>,
}

fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

impl ServiceFilter {
    fn from(params: &Params) -> Result<Self, ParamError> {
        let search = params.get("search").unwrap_or_default();
        if search.chars().count() > MAX_SEARCH {
            return Err(bad(
                "search",
                format!("`search` is longer than {MAX_SEARCH} characters"),
            ));
        }
        Ok(ServiceFilter {
            words: words(search),
            term: params.id("taxonomy_term_id")?,
            taxonomy: params.id("taxonomy_id")?,
            minimum_age: params.age("minimum_age")?,
            maximum_age: params.age("maximum_age")?,
            day: params.day()?,
            start: params.time("start_time")?,
            end: params.time("end_time")?,
        })
    }

    fn matches(&self, catalogue: &Catalogue, service: &Service) -> bool {
        if !self.words.is_empty() {
            let organization = catalogue
                .organization(&service.organization_id)
                .map(|o| o.name.as_str())
                .unwrap_or_default();
            let mut text = [
                service.name.as_str(),
                &service.description,
                organization,
                service.eligibility_description.as_deref().unwrap_or_default(),
            ]
            .join(" ");
            for offer in &service.offers {
                text.push(' ');
                text.push_str(offer);
            }
            let found = words(&text);
            if !self.words.iter().all(|w| found.contains(w)) {
                return false;
            }
        }
        if let Some(term) = &self.term
            && !service.attributes.iter().any(|a| &a.taxonomy_term_id == term)
        {
            return false;
        }
        if let Some(taxonomy) = &self.taxonomy
            && !service.attributes.iter().any(|a| {
                catalogue
                    .term(&a.taxonomy_term_id)
                    .is_some_and(|t| &t.taxonomy_id == taxonomy)
            })
        {
            return false;
        }
        #[allow(clippy::cast_precision_loss)]
        let age = |years: Option<i64>| years.map(|y| y as f64);
        // A service without a minimum age takes people from birth.
        if let Some(minimum) = self.minimum_age
            && age(service.minimum_age).unwrap_or(0.0) < minimum
        {
            return false;
        }
        // A service without a maximum age has none: it is never at or below one.
        if let Some(maximum) = self.maximum_age
            && age(service.maximum_age).is_none_or(|m| m > maximum)
        {
            return false;
        }
        if self.day.is_some() || self.start.is_some() || self.end.is_some() {
            let fits = service.schedules.iter().any(|s| {
                let period = &s.period;
                let opens = period.opens().minutes();
                // An overnight period closes the next day, after any time of this one.
                let closes = if period.runs_past_midnight() {
                    period.closes().minutes() + 1440
                } else {
                    period.closes().minutes()
                };
                self.day.is_none_or(|day| period.days().contains(day))
                    && self.start.is_none_or(|start| opens >= start)
                    && self.end.is_none_or(|end| closes <= end)
            });
            if !fits {
                return false;
            }
        }
        true
    }
}

/// A UK postcode or postcode district, upper case without spaces, split in two.
#[derive(Debug, PartialEq, Eq)]
struct Postcode {
    outward: String,
    inward: Option<String>,
}

impl Postcode {
    fn parse(value: &str) -> Option<Postcode> {
        let compact: String = value
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect::<String>()
            .to_ascii_uppercase();
        if !compact.is_ascii() {
            return None;
        }
        let (outward, inward) = if compact.len() >= 5 {
            let (outward, inward) = compact.split_at(compact.len() - 3);
            (outward.to_owned(), Some(inward.to_owned()))
        } else {
            (compact, None)
        };
        let bytes = outward.as_bytes();
        let letters = bytes.iter().take_while(|b| b.is_ascii_alphabetic()).count();
        let outward_ok = (1..=2).contains(&letters)
            && (letters + 1..=letters + 2).contains(&bytes.len())
            && bytes[letters].is_ascii_digit()
            && bytes[letters..].iter().all(u8::is_ascii_alphanumeric);
        let inward_ok = inward.as_ref().is_none_or(|i| {
            let b = i.as_bytes();
            b[0].is_ascii_digit() && b[1..].iter().all(u8::is_ascii_alphabetic)
        });
        (outward_ok && inward_ok).then_some(Postcode { outward, inward })
    }

    fn contains(&self, postal_code: &str) -> bool {
        Postcode::parse(postal_code).is_some_and(|other| {
            other.outward == self.outward && self.inward.as_ref().is_none_or(|i| other.inward.as_ref() == Some(i))
        })
    }
}

fn location_filter(params: &Params) -> Result<Option<Postcode>, ParamError> {
    if params.get("proximity").is_some() {
        return Err(bad(
            "proximity",
            "`proximity` is not supported: the directory holds no coordinates for its locations (refuges never \
             have any); use `postcode` to find locations in a postcode or postcode district",
        ));
    }
    params
        .get("postcode")
        .map(|value| {
            Postcode::parse(value).ok_or_else(|| {
                bad(
                    "postcode",
                    format!(
                        "`postcode` must be a UK postcode or postcode district such as `E8 1AA` or `E8`, not `{value}`"
                    ),
                )
            })
        })
        .transpose()
}

fn in_postcode(location: Option<&Location>, postcode: &Postcode) -> bool {
    match location.map(|l| &l.place) {
        Some(Place::Public { addresses, .. }) => addresses.iter().any(|a| postcode.contains(&a.postal_code)),
        // A confidential location has no postcode to match.
        Some(Place::Confidential) | None => false,
    }
}

fn page_of<T, U>(items: &[T], page: usize, per_page: usize, render: impl Fn(&T) -> U) -> Page<U> {
    let range = Page::<U>::bounds(items.len(), page, per_page);
    let contents = items[range].iter().map(render).collect();
    Page::new(contents, items.len(), page, per_page)
}

/// `/services`: services with their one-to-one fields.
pub fn services(catalogue: &Catalogue, params: &Params) -> Result<Page<WireService>, ParamError> {
    let (page, per_page) = params.paging()?;
    let filter = ServiceFilter::from(params)?;
    let found: Vec<&Service> = catalogue
        .dataset
        .services
        .iter()
        .filter(|s| filter.matches(catalogue, s))
        .collect();
    Ok(page_of(&found, page, per_page, |s| wire::service_summary(catalogue, s)))
}

/// `/services/{id}`: a service with everything related to it.
pub fn service(catalogue: &Catalogue, id: &str) -> Option<WireService> {
    catalogue
        .service(&id.to_ascii_lowercase())
        .map(|s| wire::service_full(catalogue, s, true))
}

/// `/service_at_locations`: each service at each of its locations.
pub fn service_at_locations(catalogue: &Catalogue, params: &Params) -> Result<Page<WireServiceAtLocation>, ParamError> {
    let (page, per_page) = params.paging()?;
    let filter = ServiceFilter::from(params)?;
    let postcode = location_filter(params)?;
    let found: Vec<(&Service, &ServiceAtLocation)> = catalogue
        .links()
        .filter(|(service, link)| {
            filter.matches(catalogue, service)
                && postcode
                    .as_ref()
                    .is_none_or(|p| in_postcode(catalogue.location(&link.location_id), p))
        })
        .collect();
    Ok(page_of(&found, page, per_page, |(service, link)| {
        wire::service_at_location_with_service(catalogue, service, link, true)
    }))
}

/// `/service_at_locations/{id}`.
pub fn service_at_location(catalogue: &Catalogue, id: &str) -> Option<WireServiceAtLocation> {
    catalogue
        .link(&id.to_ascii_lowercase())
        .map(|(service, link)| wire::service_at_location_with_service(catalogue, service, link, false))
}

/// `/taxonomies`.
pub fn taxonomies(catalogue: &Catalogue, params: &Params) -> Result<Page<WireTaxonomy>, ParamError> {
    let (page, per_page) = params.paging()?;
    Ok(page_of(&catalogue.dataset.taxonomies, page, per_page, |t| {
        wire::taxonomy(catalogue, t, false)
    }))
}

/// `/taxonomies/{id}`: with its terms.
pub fn taxonomy(catalogue: &Catalogue, id: &str) -> Option<WireTaxonomy> {
    catalogue
        .taxonomy(&id.to_ascii_lowercase())
        .map(|t| wire::taxonomy(catalogue, t, true))
}

/// `/taxonomy_terms`, all of them or those of `taxonomy_id`.
pub fn taxonomy_terms(catalogue: &Catalogue, params: &Params) -> Result<Page<WireTerm>, ParamError> {
    let (page, per_page) = params.paging()?;
    let taxonomy = params.id("taxonomy_id")?;
    let found: Vec<_> = catalogue
        .dataset
        .terms
        .iter()
        .filter(|t| taxonomy.as_ref().is_none_or(|id| &t.taxonomy_id == id))
        .collect();
    Ok(page_of(&found, page, per_page, |t| wire::term(catalogue, t)))
}

/// `/taxonomy_terms/{id}`.
pub fn taxonomy_term(catalogue: &Catalogue, id: &str) -> Option<WireTerm> {
    catalogue
        .term(&id.to_ascii_lowercase())
        .map(|t| wire::term(catalogue, t))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn params(pairs: &[(&str, &str)]) -> Params {
        Params::new(pairs.iter().map(|(k, v)| ((*k).to_owned(), (*v).to_owned())).collect()).expect("no duplicates")
    }

    #[test]
    fn paging_is_checked() {
        assert_eq!(params(&[]).paging(), Ok((1, DEFAULT_PER_PAGE)));
        assert_eq!(params(&[("page", "3"), ("per_page", "10")]).paging(), Ok((3, 10)));
        for (name, value) in [
            ("page", "abc"),
            ("page", "0"),
            ("per_page", "100000"),
            ("per_page", "-1"),
        ] {
            let error = params(&[(name, value)]).paging().expect_err("refused");
            assert_eq!(error.parameter, name);
            assert!(error.message.contains(value), "{}", error.message);
        }
        assert!(Params::new(vec![("page".into(), "1".into()), ("page".into(), "2".into())]).is_err());
    }

    #[test]
    fn times_and_days_are_read() {
        assert_eq!(minutes("09:30"), Some(570));
        assert_eq!(minutes("09:30:00"), Some(570));
        assert_eq!(minutes("24:00"), Some(1440));
        assert_eq!(minutes("9:30"), None);
        assert_eq!(minutes("25:00"), None);
        assert_eq!(params(&[("day", "tu")]).day(), Ok(Some(Weekday::Tuesday)));
        assert_eq!(params(&[("day", "Sunday")]).day(), Ok(Some(Weekday::Sunday)));
        assert!(params(&[("day", "someday")]).day().is_err());
    }

    #[test]
    fn postcodes_match_their_district() {
        let district = Postcode::parse("e8").expect("district");
        let full = Postcode::parse("E8 1AA").expect("postcode");
        assert!(district.contains("E8 3BQ"));
        assert!(!district.contains("E18 1AA"));
        assert!(full.contains("e81aa"));
        assert!(!full.contains("E8 1AB"));
        assert!(Postcode::parse("SW1A 1AA").is_some());
        for bad in ["", "12345", "E", "ABCD 1AA", "E8 AAA", "Eé 1AA", "ééé"] {
            assert!(Postcode::parse(bad).is_none(), "{bad}");
        }
    }

    #[test]
    fn proximity_is_refused_with_a_reason() {
        let error = location_filter(&params(&[("proximity", "1000"), ("postcode", "E8")])).expect_err("refused");
        assert_eq!(error.parameter, "proximity");
        assert!(error.message.contains("no coordinates"));
    }
}
