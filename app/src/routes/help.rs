//! Results: what a description leads to. Reached only by POST, so the words never sit in an
//! address, a history entry or a log; the page is never cached and its title says nothing. When
//! the words show danger now, the emergency panel comes before anything else.

use super::home::{DescribeForm, TopicTiles};
use crate::components::service_card::ServiceCard;
use crate::directory::ServiceSummary;
use crate::domain::area::Borough;
use crate::i18n::{Locale, t};
use leptos::prelude::*;

/// A recognised situation or need, already worded: its page, its name, why it was recognised.
#[derive(Clone)]
pub struct Finding {
    pub href: String,
    pub title: String,
    pub about: String,
    pub why: String,
}

/// A suggested service, with the reason already worded and whether it is open now.
#[derive(Clone)]
pub struct Suggestion {
    pub service: ServiceSummary,
    pub reason: String,
    pub open: Option<bool>,
}

#[component]
fn Findings(heading_id: &'static str, heading: String, findings: Vec<Finding>) -> impl IntoView {
    (!findings.is_empty()).then(|| {
        view! {
            <section class="findings" aria-labelledby=heading_id>
                <h2 id=heading_id>{heading}</h2>
                <ul class="findings__list">
                    {findings
                        .into_iter()
                        .map(|finding| {
                            view! {
                                <li class="finding">
                                    <h3 class="finding__title"><a href=finding.href>{finding.title}</a></h3>
                                    <p class="finding__why">{finding.why}</p>
                                    <p>{finding.about}</p>
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            </section>
        }
    })
}

#[component]
pub fn ResultsPage(
    locale: Locale,
    description: String,
    borough: Option<Borough>,
    situations: Vec<Finding>,
    needs: Vec<Finding>,
    suggestions: Vec<Suggestion>,
) -> impl IntoView {
    let found_any = !suggestions.is_empty();
    view! {
        <div class="results">
            <h1>{t("results-title")}</h1>
            <p class="lead">{if found_any { t("results-lead") } else { t("results-none") }}</p>
            <p class="reassure">{t("topic-not-your-fault")}</p>
            <Findings heading_id="results-situations" heading=t("results-situations") findings=situations />
            <Findings heading_id="results-needs" heading=t("results-needs") findings=needs />
            {found_any
                .then(|| {
                    view! {
                        <section aria-labelledby="results-services">
                            <h2 id="results-services">{t("results-services")}</h2>
                            <div class="service-list">
                                {suggestions
                                    .into_iter()
                                    .map(|s| view! { <ServiceCard locale service=s.service open=s.open reason=s.reason /> })
                                    .collect_view()}
                            </div>
                        </section>
                    }
                })}
            <section class="results__refine" aria-labelledby="results-refine">
                <h2 id="results-refine">{t("results-refine")}</h2>
                <DescribeForm locale value=description borough error=None />
            </section>
            {(!found_any).then(|| view! { <TopicTiles locale /> })}
        </div>
    }
}

#[cfg(feature = "ssr")]
pub use server::{get_handler, handler};

#[cfg(feature = "ssr")]
mod server {
    use super::{Finding, ResultsPage, Suggestion};
    use crate::domain::area::Borough;
    use crate::domain::description::Description;
    use crate::error::AppError;
    use crate::i18n::{Locale, t_in};
    use crate::routes::home::DescribeForm;
    use crate::ssr::render::{Caching, Page, PageError, respond};
    use crate::ssr::state::AppState;
    use crate::ssr::triage::answer::{reason_text, service_why};
    use crate::ssr::triage::{Recognised, Request};
    use axum::extract::rejection::FormRejection;
    use axum::extract::{Form, Path, State};
    use axum::http::{StatusCode, header};
    use axum::response::{IntoResponse, Response};
    use leptos::prelude::*;
    use serde::Deserialize;

    #[derive(Deserialize)]
    pub struct HelpForm {
        #[serde(default)]
        description: String,
        #[serde(default)]
        borough: String,
    }

    const MAX_SUGGESTIONS: usize = 10;
    const MAX_FINDINGS: usize = 3;
    /// Weaker evidence than this is not worth showing as a finding (services still use it).
    const MIN_FINDING_SCORE: f32 = 0.15;

    fn findings<T: std::fmt::Display>(locale: Locale, kind: &str, recognised: &[Recognised<T>]) -> Vec<Finding> {
        recognised
            .iter()
            .filter(|r| r.score >= MIN_FINDING_SCORE)
            .take(MAX_FINDINGS)
            .map(|r| Finding {
                href: format!("/{}/{kind}s/{}", locale.tag(), r.slug),
                title: t_in(locale, &format!("{kind}-{}", r.slug), &[]),
                about: t_in(locale, &format!("{kind}-{}-about", r.slug), &[]),
                why: reason_text(locale, &r.reason),
            })
            .collect()
    }

    pub async fn handler(
        State(state): State<AppState>,
        Path(lang): Path<String>,
        form: Result<Form<HelpForm>, FormRejection>,
    ) -> Result<Response, PageError> {
        let locale = crate::routes::locale_of(&lang)?;
        let Form(form) = form.map_err(|rejection| {
            PageError::new(
                locale,
                AppError::from_form_rejection(&rejection, "error-form-unreadable"),
            )
        })?;
        let borough = match form.borough.as_str() {
            "" => None,
            value => Some(Borough::parse(value).map_err(|_| {
                PageError::new(
                    locale,
                    AppError::BadRequest {
                        message_id: "error-borough-unknown",
                    },
                )
            })?),
        };
        let description = match Description::parse(&form.description) {
            Ok(description) => description,
            Err(error) => {
                let page = Page::new(locale, t_in(locale, "error-title", &[]), "/")
                    .status(StatusCode::UNPROCESSABLE_ENTITY)
                    .caching(Caching::NoStore);
                let message = t_in(locale, error.message_id(), &[]);
                let value: String = form.description.chars().take(Description::MAX_CHARS).collect();
                return Ok(respond(&state, page, move || {
                    view! {
                        <h1>{t_in(locale, "home-title", &[])}</h1>
                        <DescribeForm locale value borough error=Some(message) />
                    }
                }));
            }
        };

        let directory = state.directory.snapshot();
        let triage = std::sync::Arc::clone(&state.triage);
        let text = description.as_str().to_owned();
        let outcome = tokio::task::spawn_blocking(move || {
            let request = Request {
                text: &text,
                lang: None,
                borough,
                hint: locale,
                now: crate::domain::hours::london_now(),
                limit: MAX_SUGGESTIONS,
            };
            triage.triage(&directory, &request)
        })
        .await
        .map_err(|error| PageError::new(locale, AppError::internal(error)))?
        .map_err(|error| PageError::new(locale, AppError::internal(error)))?;

        let analysis = &outcome.analysis;
        let situations = findings(locale, "situation", &analysis.situations);
        let needs = findings(locale, "need", &analysis.needs);
        let suggestions: Vec<Suggestion> = outcome
            .services
            .into_iter()
            .map(|ranked| Suggestion {
                reason: service_why(locale, &ranked.reasons),
                open: ranked.open,
                service: ranked.service,
            })
            .collect();
        let danger = analysis.danger;
        let text = description.as_str().to_owned();
        let page = Page::new(locale, t_in(locale, "results-page-title", &[]), "/")
            .caching(Caching::NoStore)
            .urgent(danger);
        Ok(respond(&state, page, move || {
            view! { <ResultsPage locale description=text borough situations needs suggestions /> }
        }))
    }

    /// A results address opened directly (a bookmark, a reload after the page expired) has no
    /// description to show: it leads back to the form.
    pub async fn get_handler(Path(lang): Path<String>) -> Result<Response, PageError> {
        let locale = crate::routes::locale_of(&lang)?;
        Ok((
            StatusCode::SEE_OTHER,
            [(header::LOCATION, format!("/{}/", locale.tag()))],
        )
            .into_response())
    }
}
