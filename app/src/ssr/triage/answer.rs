//! The triage's answer as the JSON API and `portal triage` give it: every list sorted by score,
//! every item with its reason worded in the reader's language.

use super::{Outcome, Recognised, ServiceReason};
use crate::i18n::{Locale, t_in};
use fluent_templates::fluent_bundle::FluentValue;
use serde::Serialize;

#[derive(Debug, Clone, Serialize)]
pub struct SlugAnswer {
    pub slug: String,
    pub score: f32,
    pub why: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct ServiceAnswer {
    pub id: String,
    pub name: String,
    pub score: f32,
    pub why: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct TriageAnswer {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    pub lang: String,
    pub danger: bool,
    pub situations: Vec<SlugAnswer>,
    pub needs: Vec<SlugAnswer>,
    pub groups: Vec<SlugAnswer>,
    pub services: Vec<ServiceAnswer>,
}

fn rounded(score: f32) -> f32 {
    (score * 1000.0).round() / 1000.0
}

/// The sentence explaining a reason id.
pub fn reason_text(locale: Locale, reason: &str) -> String {
    t_in(locale, &format!("reason-{reason}"), &[])
}

/// Why a service was suggested, as one or two sentences.
pub fn service_why(locale: Locale, reasons: &[ServiceReason]) -> String {
    reasons
        .iter()
        .map(|reason| match reason {
            ServiceReason::Described(id) => reason_text(locale, id),
            ServiceReason::Local(borough) => t_in(
                locale,
                "service-why-local",
                &[(
                    "borough",
                    FluentValue::from(t_in(locale, &format!("borough-{borough}"), &[])),
                )],
            ),
            ServiceReason::For(group) => t_in(
                locale,
                "service-why-for",
                &[("group", FluentValue::from(t_in(locale, &format!("group-{group}"), &[])))],
            ),
            ServiceReason::OpenNow => t_in(locale, "service-why-open", &[]),
            ServiceReason::Words => t_in(locale, "service-why-words", &[]),
        })
        .collect::<Vec<_>>()
        .join(" ")
}

fn slugs<T: std::fmt::Display>(locale: Locale, recognised: &[Recognised<T>]) -> Vec<SlugAnswer> {
    recognised
        .iter()
        .map(|r| SlugAnswer {
            slug: r.slug.to_string(),
            score: rounded(r.score),
            why: reason_text(locale, &r.reason),
        })
        .collect()
}

/// The answer for `outcome`, its reasons worded in `locale` (or English where that locale's
/// interface text is not yet published).
pub fn answer(outcome: &Outcome, locale: Locale) -> TriageAnswer {
    let locale = if locale.is_published() { locale } else { Locale::En };
    let analysis = &outcome.analysis;
    TriageAnswer {
        id: None,
        lang: analysis.lang.tag().to_owned(),
        danger: analysis.danger,
        situations: slugs(locale, &analysis.situations),
        needs: slugs(locale, &analysis.needs),
        groups: slugs(locale, &analysis.groups),
        services: outcome
            .services
            .iter()
            .map(|ranked| ServiceAnswer {
                id: ranked.service.slug.clone(),
                name: ranked.service.name.clone(),
                score: rounded(ranked.score),
                why: service_why(locale, &ranked.reasons),
            })
            .collect(),
    }
}
