//! The listing form: every field of a directory record (`ServiceRecord`, the format of
//! `content/directory/`), read back from a posted form, and the field-by-field difference
//! between two records that moderation shows.

use super::{Csrf, Fields};
use crate::domain::area::Borough;
use crate::domain::hours::Weekday;
use crate::domain::staff::Capacity;
use crate::domain::taxonomy::{Group, Need, Situation};
use crate::i18n::{Locale, t, t_args, t_in};
use crate::ssr::import::{ClosureRecord, ImportError, LocationRecord, PhoneRecord, ScheduleRecord, ServiceRecord};
use leptos::prelude::*;

/// Blank rows offered after the existing phones, opening times and places.
const SPARE_ROWS: usize = 2;

fn optional(fields: &Fields, name: &str) -> Option<String> {
    let value = fields.get(name).trim();
    (!value.is_empty()).then(|| value.to_owned())
}

/// A record from the posted form, on top of `base`: what the form does not show (the id, the
/// organisation, translations) is kept. The caller validates the result. The error is the
/// Fluent id of the message to show, in the editor's language.
pub fn record_from_form(base: &ServiceRecord, fields: &Fields) -> Result<ServiceRecord, &'static str> {
    let mut record = base.clone();
    fields.get("name").trim().clone_into(&mut record.name);
    fields.get("description").trim().clone_into(&mut record.description);
    record.offers = fields
        .get("offers")
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(str::to_owned)
        .collect();
    record.eligibility_description = optional(fields, "eligibility_description");
    record.url = optional(fields, "url");
    record.email = optional(fields, "email");
    record.chat_url = optional(fields, "chat_url");
    record.fees = optional(fields, "fees");
    record.interpretation_services = optional(fields, "interpretation_services");
    for (name, target) in [
        ("minimum_age", &mut record.minimum_age),
        ("maximum_age", &mut record.maximum_age),
    ] {
        *target = match optional(fields, name) {
            None => None,
            Some(value) => Some(value.parse().map_err(|_| "staff-error-age")?),
        };
    }
    record.languages = fields
        .get("languages")
        .split([',', ' '])
        .map(|c| c.trim().to_lowercase())
        .filter(|c| !c.is_empty())
        .collect();
    record.accepts_online_contact = fields.has("accepts_online_contact");
    record.areas = fields.all("areas").into_iter().map(str::to_owned).collect();
    record.situations = fields.all("situations").into_iter().map(str::to_owned).collect();
    record.needs = fields.all("needs").into_iter().map(str::to_owned).collect();
    record.groups = fields.all("groups").into_iter().map(str::to_owned).collect();
    // Sets, stored in code order: the same choices read back compare equal.
    for set in [
        &mut record.languages,
        &mut record.areas,
        &mut record.situations,
        &mut record.needs,
        &mut record.groups,
    ] {
        set.sort();
        set.dedup();
    }
    record.capacity = match fields.get("capacity") {
        "" => None,
        value => Some(Capacity::parse(value).map_err(|_| "staff-error-bad-form")?),
    };
    record.capacity_note = optional(fields, "capacity_note");
    record.closure = if fields.has("closed") {
        Some(ClosureRecord {
            message: fields.get("closure_message").trim().to_owned(),
            until: optional(fields, "closure_until"),
        })
    } else {
        None
    };
    record.phones = (0..rows(fields, "phone"))
        .filter_map(|i| {
            let number = optional(fields, &format!("phone-{i}-number"))?;
            Some(PhoneRecord {
                number,
                kind: fields.get(&format!("phone-{i}-kind")).to_owned(),
                description: optional(fields, &format!("phone-{i}-description")),
            })
        })
        .collect();
    record.schedules = (0..rows(fields, "hours"))
        .filter_map(|i| {
            let days: Vec<&str> = fields.all(&format!("hours-{i}-day"));
            let opens = optional(fields, &format!("hours-{i}-opens"));
            let closes = optional(fields, &format!("hours-{i}-closes"));
            if days.is_empty() && opens.is_none() && closes.is_none() {
                return None;
            }
            Some(ScheduleRecord {
                byday: days.join(","),
                opens_at: opens.unwrap_or_default(),
                closes_at: closes.unwrap_or_default(),
                description: optional(fields, &format!("hours-{i}-description")),
            })
        })
        .collect();
    record.locations = (0..rows(fields, "place"))
        .filter_map(|i| {
            let name = optional(fields, &format!("place-{i}-name"))?;
            let confidential = fields.has(&format!("place-{i}-confidential"));
            // A confidential place never keeps an address, whatever was typed.
            let address = |field: &str| {
                if confidential {
                    None
                } else {
                    optional(fields, &format!("place-{i}-{field}"))
                }
            };
            Some(LocationRecord {
                name,
                confidential,
                description: optional(fields, &format!("place-{i}-description")),
                address_1: address("address_1"),
                city: address("city"),
                postal_code: address("postal_code"),
                borough: address("borough"),
            })
        })
        .collect();
    Ok(record)
}

/// How many rows of a repeated group the form held (it says so in a hidden field).
fn rows(fields: &Fields, group: &str) -> usize {
    fields
        .get(&format!("{group}-rows"))
        .parse::<usize>()
        .unwrap_or(0)
        .min(50)
}

/// A validation failure as the editor reads it, in their language: which field, and what is
/// wrong. Called from handlers, where there is no page being rendered to take a language from.
pub fn describe(locale: Locale, error: &ImportError) -> String {
    match error {
        ImportError::Invalid { field, problem, .. } => {
            let top = field.split('.').next().unwrap_or(field);
            t_in(
                locale,
                "staff-error-listing-field",
                &[
                    ("field", t_in(locale, &format!("staff-field-{top}"), &[]).into()),
                    ("problem", problem.clone().into()),
                ],
            )
        }
        other => other.to_string(),
    }
}

#[component]
pub fn ListingForm(action: String, csrf: String, record: ServiceRecord) -> impl IntoView {
    let ServiceRecord {
        name,
        description,
        offers,
        eligibility_description,
        url,
        email,
        chat_url,
        phones,
        schedules,
        languages,
        interpretation_services,
        areas,
        situations,
        needs,
        groups,
        fees,
        minimum_age,
        maximum_age,
        accepts_online_contact,
        locations,
        capacity,
        capacity_note,
        closure,
        ..
    } = record;
    let text = |v: Option<String>| v.unwrap_or_default();
    let phone_rows = phones.len() + SPARE_ROWS;
    let hour_rows = schedules.len() + SPARE_ROWS;
    let place_rows = locations.len() + 1;
    let area_choices: Vec<(String, String)> = [
        ("national".to_owned(), t("area-national")),
        ("london".to_owned(), t("area-london")),
    ]
    .into_iter()
    .chain(
        Borough::ALL
            .iter()
            .map(|b| (b.as_str().to_owned(), t(&format!("borough-{b}")))),
    )
    .collect();
    view! {
        <form method="post" action=action class="form listing-form">
            <Csrf token=csrf />
            <fieldset>
                <legend>{t("staff-listing-about")}</legend>
                <label for="name">{t("staff-field-name")}</label>
                <input id="name" name="name" type="text" required value=name />
                <label for="description">{t("staff-field-description")}</label>
                <textarea id="description" name="description" rows="5" required>{description}</textarea>
                <label for="offers">{t("staff-field-offers")}</label>
                <p class="hint" id="offers-hint">{t("staff-hint-one-per-line")}</p>
                <textarea id="offers" name="offers" rows="4" aria-describedby="offers-hint">{offers.join("\n")}</textarea>
                <label for="eligibility_description">{t("staff-field-eligibility_description")}</label>
                <textarea id="eligibility_description" name="eligibility_description" rows="3">{text(eligibility_description)}</textarea>
                <div class="form__row">
                    <div>
                        <label for="minimum_age">{t("staff-field-minimum_age")}</label>
                        <input id="minimum_age" name="minimum_age" type="number" min="0" max="120" inputmode="numeric" value=minimum_age.map(|a| a.to_string()).unwrap_or_default() />
                    </div>
                    <div>
                        <label for="maximum_age">{t("staff-field-maximum_age")}</label>
                        <input id="maximum_age" name="maximum_age" type="number" min="0" max="120" inputmode="numeric" value=maximum_age.map(|a| a.to_string()).unwrap_or_default() />
                    </div>
                </div>
                <label for="fees">{t("staff-field-fees")}</label>
                <input id="fees" name="fees" type="text" value=text(fees) />
            </fieldset>
            <fieldset>
                <legend>{t("staff-listing-availability")}</legend>
                <label for="capacity">{t("staff-field-capacity")}</label>
                <select id="capacity" name="capacity">
                    <option value="" selected=capacity.is_none()>{t("staff-capacity-unstated")}</option>
                    {Capacity::ALL.iter().map(|c| view! {
                        <option value=c.as_str() selected={capacity == Some(*c)}>{t(&format!("capacity-{c}"))}</option>
                    }).collect_view()}
                </select>
                <label for="capacity_note">{t("staff-field-capacity_note")}</label>
                <input id="capacity_note" name="capacity_note" type="text" value=text(capacity_note) />
                <div class="checkbox">
                    <input id="closed" name="closed" type="checkbox" value="yes" checked=closure.is_some() />
                    <label for="closed">{t("staff-field-closure")}</label>
                </div>
                <label for="closure_message">{t("staff-closure-message")}</label>
                <textarea id="closure_message" name="closure_message" rows="2">{closure.as_ref().map(|c| c.message.clone()).unwrap_or_default()}</textarea>
                <label for="closure_until">{t("staff-closure-until")}</label>
                <input id="closure_until" name="closure_until" type="date" value=closure.and_then(|c| c.until).unwrap_or_default() />
            </fieldset>
            <fieldset>
                <legend>{t("staff-listing-contact")}</legend>
                <input type="hidden" name="phone-rows" value=phone_rows.to_string() />
                {(0..phone_rows).map(|i| {
                    let phone = phones.get(i).cloned();
                    let kind = phone.as_ref().map_or_else(|| "voice".to_owned(), |p| p.kind.clone());
                    view! {
                        <fieldset class="form__group">
                            <legend>{t_args("staff-phone-n", &[("n", (i + 1).into())])}</legend>
                            <label for=format!("phone-{i}-number")>{t("staff-phone-number")}</label>
                            <input id=format!("phone-{i}-number") name=format!("phone-{i}-number") type="tel" value=phone.as_ref().map(|p| p.number.clone()).unwrap_or_default() />
                            <label for=format!("phone-{i}-kind")>{t("staff-phone-kind")}</label>
                            <select id=format!("phone-{i}-kind") name=format!("phone-{i}-kind")>
                                {["voice", "sms", "textphone", "whatsapp"].into_iter().map(|k| view! {
                                    <option value=k selected={kind == k}>{t(&format!("staff-phone-kind-{k}"))}</option>
                                }).collect_view()}
                            </select>
                            <label for=format!("phone-{i}-description")>{t("staff-phone-description")}</label>
                            <input id=format!("phone-{i}-description") name=format!("phone-{i}-description") type="text" value=phone.and_then(|p| p.description).unwrap_or_default() />
                        </fieldset>
                    }
                }).collect_view()}
                <label for="url">{t("staff-field-url")}</label>
                <input id="url" name="url" type="url" value=text(url) />
                <label for="email">{t("staff-field-email")}</label>
                <input id="email" name="email" type="email" value=text(email) />
                <label for="chat_url">{t("staff-field-chat_url")}</label>
                <input id="chat_url" name="chat_url" type="url" value=text(chat_url) />
                <div class="checkbox">
                    <input id="accepts_online_contact" name="accepts_online_contact" type="checkbox" value="yes" checked=accepts_online_contact />
                    <label for="accepts_online_contact">{t("staff-field-accepts_online_contact")}</label>
                </div>
            </fieldset>
            <fieldset>
                <legend>{t("staff-field-schedules")}</legend>
                <p class="hint">{t("staff-hours-hint")}</p>
                <input type="hidden" name="hours-rows" value=hour_rows.to_string() />
                {(0..hour_rows).map(|i| {
                    let schedule = schedules.get(i).cloned();
                    let days: Vec<String> = schedule.as_ref().map(|s| s.byday.split(',').map(|d| d.trim().to_owned()).collect()).unwrap_or_default();
                    view! {
                        <fieldset class="form__group">
                            <legend>{t_args("staff-hours-n", &[("n", (i + 1).into())])}</legend>
                            <div class="checkbox-row">
                                {Weekday::ALL.into_iter().map(|day| {
                                    let id = format!("hours-{i}-day-{}", day.code());
                                    view! {
                                        <span class="checkbox">
                                            <input id=id.clone() name=format!("hours-{i}-day") type="checkbox" value=day.code() checked=days.iter().any(|d| d == day.code()) />
                                            <label for=id>{t(&format!("day-{}", day.code().to_lowercase()))}</label>
                                        </span>
                                    }
                                }).collect_view()}
                            </div>
                            <div class="form__row">
                                <div>
                                    <label for=format!("hours-{i}-opens")>{t("staff-hours-opens")}</label>
                                    <input id=format!("hours-{i}-opens") name=format!("hours-{i}-opens") type="text" inputmode="numeric" pattern="([01][0-9]|2[0-4]):[0-5][0-9]" placeholder="09:00" value=schedule.as_ref().map(|s| s.opens_at.clone()).unwrap_or_default() />
                                </div>
                                <div>
                                    <label for=format!("hours-{i}-closes")>{t("staff-hours-closes")}</label>
                                    <input id=format!("hours-{i}-closes") name=format!("hours-{i}-closes") type="text" inputmode="numeric" pattern="([01][0-9]|2[0-4]):[0-5][0-9]" placeholder="17:00" value=schedule.as_ref().map(|s| s.closes_at.clone()).unwrap_or_default() />
                                </div>
                            </div>
                            <label for=format!("hours-{i}-description")>{t("staff-hours-note")}</label>
                            <input id=format!("hours-{i}-description") name=format!("hours-{i}-description") type="text" value=schedule.and_then(|s| s.description).unwrap_or_default() />
                        </fieldset>
                    }
                }).collect_view()}
            </fieldset>
            <fieldset>
                <legend>{t("staff-listing-languages")}</legend>
                <label for="languages">{t("staff-field-languages")}</label>
                <p class="hint" id="languages-hint">{t("staff-languages-hint")}</p>
                <input id="languages" name="languages" type="text" aria-describedby="languages-hint" value=languages.join(", ") />
                <label for="interpretation_services">{t("staff-field-interpretation_services")}</label>
                <input id="interpretation_services" name="interpretation_services" type="text" value=text(interpretation_services) />
            </fieldset>
            <Checkboxes legend=t("staff-field-situations") name="situations" chosen=situations
                choices=Situation::ALL.iter().map(|s| (s.as_str().to_owned(), t(&format!("situation-{s}")))).collect() />
            <Checkboxes legend=t("staff-field-needs") name="needs" chosen=needs
                choices=Need::ALL.iter().map(|n| (n.as_str().to_owned(), t(&format!("need-{n}")))).collect() />
            <Checkboxes legend=t("staff-field-groups") name="groups" chosen=groups
                choices=Group::ALL.iter().map(|g| (g.as_str().to_owned(), t(&format!("group-{g}")))).collect() />
            <Checkboxes legend=t("staff-field-areas") name="areas" chosen=areas choices=area_choices />
            <fieldset>
                <legend>{t("staff-field-locations")}</legend>
                <p class="hint">{t("staff-places-hint")}</p>
                <input type="hidden" name="place-rows" value=place_rows.to_string() />
                {(0..place_rows).map(|i| {
                    let place = locations.get(i).cloned();
                    let value = |f: fn(&LocationRecord) -> Option<String>| place.as_ref().and_then(f).unwrap_or_default();
                    let borough = place.as_ref().and_then(|p| p.borough.clone()).unwrap_or_default();
                    view! {
                        <fieldset class="form__group">
                            <legend>{t_args("staff-place-n", &[("n", (i + 1).into())])}</legend>
                            <label for=format!("place-{i}-name")>{t("staff-place-name")}</label>
                            <input id=format!("place-{i}-name") name=format!("place-{i}-name") type="text" value=value(|p| Some(p.name.clone())) />
                            <div class="checkbox">
                                <input id=format!("place-{i}-confidential") name=format!("place-{i}-confidential") type="checkbox" value="yes" checked=place.as_ref().is_some_and(|p| p.confidential) />
                                <label for=format!("place-{i}-confidential")>{t("staff-place-confidential")}</label>
                            </div>
                            <label for=format!("place-{i}-address_1")>{t("staff-place-address")}</label>
                            <input id=format!("place-{i}-address_1") name=format!("place-{i}-address_1") type="text" value=value(|p| p.address_1.clone()) />
                            <label for=format!("place-{i}-city")>{t("staff-place-city")}</label>
                            <input id=format!("place-{i}-city") name=format!("place-{i}-city") type="text" value=value(|p| p.city.clone()) />
                            <label for=format!("place-{i}-postal_code")>{t("staff-place-postcode")}</label>
                            <input id=format!("place-{i}-postal_code") name=format!("place-{i}-postal_code") type="text" value=value(|p| p.postal_code.clone()) />
                            <label for=format!("place-{i}-borough")>{t("staff-place-borough")}</label>
                            <select id=format!("place-{i}-borough") name=format!("place-{i}-borough")>
                                <option value="" selected=borough.is_empty()>{t("staff-place-borough-none")}</option>
                                {Borough::ALL.iter().map(|b| view! {
                                    <option value=b.as_str() selected={borough == b.as_str()}>{t(&format!("borough-{b}"))}</option>
                                }).collect_view()}
                            </select>
                            <label for=format!("place-{i}-description")>{t("staff-place-description")}</label>
                            <input id=format!("place-{i}-description") name=format!("place-{i}-description") type="text" value=value(|p| p.description.clone()) />
                        </fieldset>
                    }
                }).collect_view()}
            </fieldset>
            <button type="submit" class="button">{t("staff-listing-submit")}</button>
        </form>
    }
}

#[component]
fn Checkboxes(
    legend: String,
    name: &'static str,
    chosen: Vec<String>,
    choices: Vec<(String, String)>,
) -> impl IntoView {
    view! {
        <fieldset class="checkbox-grid">
            <legend>{legend}</legend>
            {choices.into_iter().map(|(value, label)| {
                let id = format!("{name}-{value}");
                let checked = chosen.contains(&value);
                view! {
                    <span class="checkbox">
                        <input id=id.clone() name=name type="checkbox" value=value checked=checked />
                        <label for=id>{label}</label>
                    </span>
                }
            }).collect_view()}
        </fieldset>
    }
}

/// One field that differs between two records.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldChange {
    pub field: String,
    pub before: String,
    pub after: String,
}

/// The fields that differ, in the record's own order, each shown as text.
pub fn diff(before: &ServiceRecord, after: &ServiceRecord) -> Vec<FieldChange> {
    let (Ok(serde_json::Value::Object(before)), Ok(serde_json::Value::Object(after))) =
        (serde_json::to_value(before), serde_json::to_value(after))
    else {
        return Vec::new();
    };
    let mut changes = Vec::new();
    for (field, old) in &before {
        let new = after.get(field).unwrap_or(&serde_json::Value::Null);
        if old != new {
            changes.push(FieldChange {
                field: field.clone(),
                before: show(old),
                after: show(new),
            });
        }
    }
    changes
}

/// A JSON value as a person reads it: lists one item a line, objects as `key: value` pairs.
fn show(value: &serde_json::Value) -> String {
    use serde_json::Value;
    match value {
        Value::Null => String::new(),
        Value::String(s) => s.clone(),
        Value::Bool(b) => if *b { "✓" } else { "✗" }.to_owned(),
        Value::Number(n) => n.to_string(),
        Value::Array(items) => items.iter().map(show).collect::<Vec<_>>().join("\n"),
        Value::Object(map) => map
            .iter()
            .filter(|(_, v)| !v.is_null())
            .map(|(k, v)| format!("{k}: {}", show(v)))
            .collect::<Vec<_>>()
            .join("; "),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn base() -> ServiceRecord {
        let text = r#"{"services": [{
            "id": "example-helpline", "name": "Example helpline",
            "organization": {"id": "example", "name": "Example"},
            "description": "Listens.", "offers": ["A helpline"],
            "phones": [{"number": "0800 123 456"}],
            "schedules": [{"byday": "MO,TU", "opens_at": "09:00", "closes_at": "17:00"}],
            "areas": ["national"], "situations": ["domestic-abuse"],
            "locations": [{"name": "Refuge", "confidential": true}],
            "translations": {"fr": {"name": "Ligne d'écoute"}}
        }]}"#;
        let value: serde_json::Value = serde_json::from_str(text).expect("json");
        serde_json::from_value(value["services"][0].clone()).expect("record")
    }

    fn fields(pairs: &[(&str, &str)]) -> Fields {
        Fields(pairs.iter().map(|(k, v)| ((*k).to_owned(), (*v).to_owned())).collect())
    }

    #[test]
    fn the_form_reads_back_every_field_and_keeps_what_it_does_not_show() {
        let form = fields(&[
            ("name", " New name "),
            ("description", "Still listens."),
            ("offers", "A helpline\n\nA chat\n"),
            ("minimum_age", "16"),
            ("languages", "en, SO ar"),
            ("accepts_online_contact", "yes"),
            ("areas", "london"),
            ("areas", "hackney"),
            ("situations", "stalking"),
            ("capacity", "waiting-list"),
            ("capacity_note", "About six weeks"),
            ("closed", "yes"),
            ("closure_message", "Closed for training"),
            ("closure_until", "2026-12-24"),
            ("phone-rows", "2"),
            ("phone-0-number", "0800 123 456"),
            ("phone-0-kind", "voice"),
            ("phone-1-number", ""),
            ("hours-rows", "2"),
            ("hours-0-day", "SA"),
            ("hours-0-day", "SU"),
            ("hours-0-opens", "10:00"),
            ("hours-0-closes", "14:00"),
            ("place-rows", "2"),
            ("place-0-name", "Refuge"),
            ("place-0-confidential", "yes"),
            ("place-0-address_1", "1 Secret Street"),
            ("place-1-name", "Drop-in"),
            ("place-1-address_1", "2 High Street"),
            ("place-1-postal_code", "E8 1AA"),
            ("place-1-borough", "hackney"),
        ]);
        let record = record_from_form(&base(), &form).expect("read");
        assert_eq!(record.name, "New name");
        assert_eq!(record.offers, ["A helpline", "A chat"]);
        assert_eq!(record.minimum_age, Some(16));
        assert_eq!(record.languages, ["ar", "en", "so"]);
        assert!(record.accepts_online_contact);
        assert_eq!(record.areas, ["hackney", "london"]);
        assert_eq!(record.capacity, Some(Capacity::WaitingList));
        assert_eq!(
            record.closure.as_ref().map(|c| c.until.clone()),
            Some(Some("2026-12-24".to_owned()))
        );
        assert_eq!(record.phones.len(), 1);
        assert_eq!(record.schedules[0].byday, "SA,SU");
        assert_eq!(
            record.locations[0].address_1, None,
            "a confidential place keeps no address"
        );
        assert_eq!(record.locations[1].borough.as_deref(), Some("hackney"));
        assert_eq!(record.id, "example-helpline");
        assert_eq!(record.organization.id, "example");
        assert!(record.translations.contains_key("fr"));
        let validated = crate::ssr::import::validate(std::path::Path::new("listing"), 0, record);
        assert!(validated.is_ok());
    }

    #[test]
    fn the_difference_names_each_changed_field_only() {
        let before = base();
        let mut after = before.clone();
        after.schedules[0].opens_at = "08:00".to_owned();
        after.accepts_online_contact = true;
        let changes = diff(&before, &after);
        let fields: Vec<&str> = changes.iter().map(|c| c.field.as_str()).collect();
        assert_eq!(fields, ["accepts_online_contact", "schedules"]);
        assert!(changes[1].before.contains("opens_at: 09:00"), "{}", changes[1].before);
        assert!(changes[1].after.contains("opens_at: 08:00"), "{}", changes[1].after);
        assert!(diff(&before, &before).is_empty());
    }

    #[test]
    fn a_bad_age_is_refused_before_validation() {
        let refused = record_from_form(&base(), &fields(&[("minimum_age", "sixteen")]));
        assert_eq!(refused.err(), Some("staff-error-age"));
    }
}
