//! A service's own page: everything in its record, and how to reach it safely.

use crate::components::service_card::OpenBadge;
use crate::directory::{Place, ServiceDetail};
use crate::domain::area::Area;
use crate::domain::hours::{OpeningPeriod, Weekday, is_always_open};
use crate::i18n::{Locale, format_date, format_time, t, t_args};
use fluent_templates::fluent_bundle::FluentValue;
use leptos::prelude::*;

fn day_name(day: Weekday) -> String {
    t(&format!("day-{}", day.code().to_ascii_lowercase()))
}

/// "Monday to Friday, 09:00 to 17:00" in the reader's language.
fn describe_period(locale: Locale, period: OpeningPeriod) -> String {
    let days = if period.days().is_every_day() {
        t("hours-every-day")
    } else {
        period
            .days()
            .runs()
            .into_iter()
            .map(|(first, last)| {
                if first == last {
                    day_name(first)
                } else {
                    t_args(
                        "hours-day-range",
                        &[
                            ("first", FluentValue::from(day_name(first))),
                            ("last", FluentValue::from(day_name(last))),
                        ],
                    )
                }
            })
            .collect::<Vec<_>>()
            .join(", ")
    };
    if period.is_all_day() {
        t_args("hours-all-day", &[("days", FluentValue::from(days))])
    } else {
        t_args(
            "hours-period",
            &[
                ("days", FluentValue::from(days)),
                ("opens", FluentValue::from(format_time(locale, period.opens()))),
                ("closes", FluentValue::from(format_time(locale, period.closes()))),
            ],
        )
    }
}

fn area_name(area: Area) -> String {
    match area {
        Area::National => t("area-national"),
        Area::London => t("area-london"),
        Area::Borough(borough) => t(&format!("borough-{borough}")),
    }
}

#[component]
fn Row(label: String, children: Children) -> impl IntoView {
    view! {
        <div class="details__row">
            <dt>{label}</dt>
            <dd>{children()}</dd>
        </div>
    }
}

#[component]
pub fn ServicePage(locale: Locale, service: ServiceDetail, open: Option<bool>) -> impl IntoView {
    let summary = service.summary;
    let name = summary.name_in(locale);
    let description = summary.description_in(locale);
    let eligibility = service
        .eligibility
        .as_deref()
        .map(|original| summary.eligibility_in(locale, original));
    let always_open = is_always_open(&summary.hours);
    let hours: Vec<String> = summary
        .hours
        .iter()
        .map(|period| describe_period(locale, *period))
        .collect();
    let areas = summary
        .areas
        .iter()
        .map(|a| area_name(*a))
        .collect::<Vec<_>>()
        .join(", ");
    let situation_links = summary
        .situations
        .iter()
        .map(|s| view! { <li><a href=format!("/{}/situations/{s}", locale.tag())>{t(&format!("situation-{s}"))}</a></li> })
        .collect_view();
    let age = match (service.minimum_age, service.maximum_age) {
        (Some(min), Some(max)) => Some(t_args("age-range", &[("min", min.into()), ("max", max.into())])),
        (Some(min), None) => Some(t_args("age-from", &[("min", min.into())])),
        (None, Some(max)) => Some(t_args("age-up-to", &[("max", max.into())])),
        (None, None) => None,
    };
    let contact_href = service
        .accepts_online_contact
        .then(|| format!("/{}/services/{}/contact", locale.tag(), summary.slug));
    let refer_href = format!("/staff/referrals/new/{}", summary.slug);
    let today = crate::domain::hours::london_today();
    let closure = service
        .closure
        .filter(|closure| closure.until.as_deref().is_none_or(|until| until >= today.as_str()));
    let capacity = service.capacity.map(|capacity| {
        let note = service
            .capacity_note
            .clone()
            .map(|n| format!(" ({n})"))
            .unwrap_or_default();
        format!("{}{note}", t(&format!("capacity-{capacity}")))
    });
    view! {
        <article class="service">
            <p class="service__organisation">{summary.organization}</p>
            <h1 lang=name.lang>{name.text}</h1>
            <p class="service__meta">
                {if always_open { view! { <span class="badge badge--open">{t("open-24-hours")}</span> }.into_any() } else { view! { <OpenBadge open /> }.into_any() }}
                {(!summary.verified).then(|| view! { <span class="badge badge--unverified">{t("not-verified")}</span> })}
            </p>
            {closure.map(|closure| view! {
                <div class="notice notice--closed" role="note">
                    <h2>{match closure.until.as_deref().and_then(|u| u.parse::<jiff::civil::Date>().ok()) {
                        Some(until) => t_args("service-closed-until", &[("date", crate::i18n::format_date(
                            locale,
                            i32::from(until.year()),
                            u8::try_from(until.month()).unwrap_or(1),
                            u8::try_from(until.day()).unwrap_or(1),
                        ).unwrap_or_else(|| until.to_string()).into())]),
                        None => t("service-closed"),
                    }}</h2>
                    <p>{closure.message}</p>
                </div>
            })}
            {capacity.map(|capacity| view! { <p class="service__capacity"><strong>{t("service-capacity")}</strong>" "{capacity}</p> })}
            <p class="lead" lang=description.lang>{description.text}</p>

            <section aria-labelledby="contact-heading" class="service__contact">
                <h2 id="contact-heading">{t("service-contact")}</h2>
                <ul class="contact-list">
                    {summary.phones.into_iter().map(|phone| {
                        let label = t(&format!("phone-{}", phone.kind.as_str()));
                        let uri = phone.uri();
                        view! {
                            <li>
                                <span class="contact-list__kind">{label}</span>" "
                                <a href=uri>{phone.number}</a>
                                {phone.description.map(|d| view! { <span class="contact-list__note">" "{d}</span> })}
                            </li>
                        }
                    }).collect_view()}
                    {service.chat_url.map(|url| view! { <li><span class="contact-list__kind">{t("contact-chat")}</span>" "<a href=url.clone() rel="noreferrer">{url.clone()}</a></li> })}
                    {service.email.map(|email| view! { <li><span class="contact-list__kind">{t("contact-email")}</span>" "<a href=format!("mailto:{email}")>{email.clone()}</a></li> })}
                    {summary.url.map(|url| view! { <li><span class="contact-list__kind">{t("contact-website")}</span>" "<a href=url.clone() rel="noreferrer">{url.clone()}</a></li> })}
                </ul>
                {contact_href.map(|href| view! { <p><a class="button" href=href>{t("contact-link")}</a></p> })}
                <p class="service__safe-contact">{t("service-safe-contact")}" "<a href=format!("/{}/safety", locale.tag())>{t("service-safe-contact-link")}</a></p>
            </section>

            {(!service.offers.is_empty()).then(|| view! {
                <section aria-labelledby="offers-heading">
                    <h2 id="offers-heading">{t("service-offers")}</h2>
                    <ul>{service.offers.into_iter().map(|offer| view! { <li>{offer}</li> }).collect_view()}</ul>
                </section>
            })}

            <section aria-labelledby="details-heading">
                <h2 id="details-heading">{t("service-details")}</h2>
                <dl class="details">
                    {eligibility.map(|text| view! { <Row label=t("service-who-for")><span lang=text.lang>{text.text}</span></Row> })}
                    {age.map(|text| view! { <Row label=t("service-age")>{text}</Row> })}
                    <Row label=t("service-hours")>
                        {if hours.is_empty() {
                            view! { <p>{t("hours-not-known")}</p> }.into_any()
                        } else {
                            view! { <ul class="plain">{hours.into_iter().map(|h| view! { <li>{h}</li> }).collect_view()}</ul> }.into_any()
                        }}
                        {service.hours_notes.into_iter().map(|note| view! { <p>{note}</p> }).collect_view()}
                        <p class="hint">{t("hours-london-time")}</p>
                    </Row>
                    {(!service.languages.is_empty()).then(|| view! {
                        <Row label=t("service-languages")>{service.languages.iter().map(|code| language_name(code)).collect::<Vec<_>>().join(", ")}</Row>
                    })}
                    {service.interpretation.map(|text| view! { <Row label=t("service-interpreting")>{text}</Row> })}
                    {service.fees.map(|text| view! { <Row label=t("service-cost")>{text}</Row> })}
                    <Row label=t("service-area")>{areas}</Row>
                    {(!service.places.is_empty()).then(|| view! {
                        <Row label=t("service-places")>
                            <ul class="plain">
                                {service.places.into_iter().map(|place| match place {
                                    Place::Public { name, address: Some(address) } => view! {
                                        <li>{name}": "{address.address_1}", "{address.city}" "{address.postal_code}</li>
                                    }.into_any(),
                                    Place::Public { name, address: None } => view! { <li>{name}</li> }.into_any(),
                                    Place::Confidential { name } => view! {
                                        <li>{name}": "{t("place-confidential")}</li>
                                    }.into_any(),
                                }).collect_view()}
                            </ul>
                        </Row>
                    })}
                    <Row label=t("service-verified")>
                        {match service.verified_at {
                            Some(date) => t_args("verified-on", &[("date", FluentValue::from(verified_date(locale, &date)))]),
                            None => t("not-verified-long"),
                        }}
                    </Row>
                </dl>
            </section>

            <section aria-labelledby="situations-heading">
                <h2 id="situations-heading">{t("service-situations")}</h2>
                <ul>{situation_links}</ul>
            </section>
            <p class="service__professionals">
                <a href=refer_href>{t("service-refer-link")}</a>
            </p>
        </article>
    }
}

/// The day a provider confirmed its listing, as the reader's language writes dates.
fn verified_date(locale: Locale, timestamp: &str) -> String {
    let day: String = timestamp.chars().take(10).collect();
    let mut parts = day.split('-').map(str::parse::<i32>);
    let (Some(Ok(year)), Some(Ok(month)), Some(Ok(date))) = (parts.next(), parts.next(), parts.next()) else {
        return day;
    };
    let (Ok(month), Ok(date)) = (u8::try_from(month), u8::try_from(date)) else {
        return day;
    };
    format_date(locale, year, month, date).unwrap_or(day)
}

/// A language's name from its ISO 639 code, in the reader's language where known.
fn language_name(code: &str) -> String {
    let id = format!("language-{code}");
    let name = t(&id);
    if name == id { code.to_owned() } else { name }
}

#[cfg(feature = "ssr")]
pub async fn handler(
    axum::extract::State(state): axum::extract::State<crate::ssr::state::AppState>,
    axum::extract::Path((lang, slug)): axum::extract::Path<(String, String)>,
) -> Result<axum::response::Response, crate::ssr::render::PageError> {
    use crate::error::AppError;
    use crate::ssr::render::{Page, PageError, respond};
    let locale = super::locale_of(&lang)?;
    let directory = state.directory.snapshot();
    let service = directory
        .service(&slug)
        .cloned()
        .ok_or_else(|| PageError::new(locale, AppError::NotFound))?;
    let open = crate::ssr::directory::open_now(&service.summary, crate::domain::hours::london_now());
    let page = Page::new(
        locale,
        service.summary.name_in(locale).text,
        format!("/services/{slug}"),
    );
    Ok(respond(
        &state,
        page,
        move || view! { <ServicePage locale service open /> },
    ))
}
