//! Results: what a description leads to. Reached only by POST, so the words never sit in an
//! address, a history entry or a log; the page is never cached and its title says nothing.

use super::home::{DescribeForm, TopicTiles};
use crate::components::service_card::ServiceCard;
use crate::directory::ServiceSummary;
use crate::domain::area::Borough;
use crate::domain::taxonomy::Situation;
use crate::i18n::{Locale, t};
use leptos::prelude::*;

/// A suggested service, with the reason already worded and whether it is open now.
#[derive(Clone)]
pub struct Suggestion {
    pub service: ServiceSummary,
    pub reason: String,
    pub open: Option<bool>,
}

#[component]
pub fn ResultsPage(
    locale: Locale,
    description: String,
    borough: Option<Borough>,
    situations: Vec<Situation>,
    suggestions: Vec<Suggestion>,
) -> impl IntoView {
    let found_any = !suggestions.is_empty();
    view! {
        <div class="results">
            <h1>{t("results-title")}</h1>
            {if found_any {
                view! { <p class="lead">{t("results-lead")}</p> }.into_any()
            } else {
                view! { <p class="lead">{t("results-none")}</p> }.into_any()
            }}
            {(!situations.is_empty()).then(|| view! {
                <section class="results__situations" aria-labelledby="results-situations">
                    <h2 id="results-situations">{t("results-situations")}</h2>
                    <ul class="tiles tiles--small">
                        {situations.into_iter().map(|situation| view! {
                            <li class="tile">
                                <a href=format!("/{}/situations/{situation}", locale.tag())>
                                    <span class="tile__title">{t(&format!("situation-{situation}"))}</span>
                                </a>
                            </li>
                        }).collect_view()}
                    </ul>
                </section>
            })}
            {found_any.then(|| view! {
                <section aria-labelledby="results-services">
                    <h2 id="results-services">{t("results-services")}</h2>
                    <div class="service-list">
                        {suggestions.into_iter().map(|s| view! {
                            <ServiceCard locale service=s.service open=s.open reason=s.reason />
                        }).collect_view()}
                    </div>
                </section>
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
    use super::{ResultsPage, Suggestion};
    use crate::domain::area::Borough;
    use crate::domain::description::Description;
    use crate::error::AppError;
    use crate::i18n::t_in;
    use crate::routes::home::DescribeForm;
    use crate::ssr::directory::{ListFilter, open_now};
    use crate::ssr::keyword;
    use crate::ssr::render::{Caching, Page, PageError, respond};
    use crate::ssr::state::AppState;
    use axum::extract::rejection::FormRejection;
    use axum::extract::{Form, Path, State};
    use axum::http::{StatusCode, header};
    use axum::response::{IntoResponse, Response};
    use fluent_templates::fluent_bundle::FluentValue;
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

    pub async fn handler(
        State(state): State<AppState>,
        Path(lang): Path<String>,
        form: Result<Form<HelpForm>, FormRejection>,
    ) -> Result<Response, PageError> {
        let locale = crate::routes::locale_of(&lang)?;
        let Ok(Form(form)) = form else {
            return Err(PageError::new(
                locale,
                AppError::BadRequest {
                    message_id: "error-form-unreadable",
                },
            ));
        };
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
        let filter = ListFilter { borough, group: None };
        let matches = keyword::rank(
            &directory,
            &description,
            filter,
            |s| {
                format!(
                    "{} {}",
                    t_in(locale, &format!("situation-{s}"), &[]),
                    t_in(locale, &format!("situation-{s}-about"), &[])
                )
            },
            MAX_SUGGESTIONS,
        );
        let situations = keyword::likely_situations(&matches, 3);
        let now = crate::domain::hours::london_now();
        let suggestions: Vec<Suggestion> = matches
            .into_iter()
            .map(|found| Suggestion {
                open: open_now(&found.service, now),
                reason: t_in(
                    locale,
                    "reason-words",
                    &[("words", FluentValue::from(found.words.join(", ")))],
                ),
                service: found.service,
            })
            .collect();
        let text = description.as_str().to_owned();
        let page = Page::new(locale, t_in(locale, "results-page-title", &[]), "/").caching(Caching::NoStore);
        Ok(respond(&state, page, move || {
            view! { <ResultsPage locale description=text borough situations suggestions /> }
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
