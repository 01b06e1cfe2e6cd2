//! `POST /api/v1/triage`: the triage as JSON (DESIGN.md section 5). The same code path as the
//! results page and `portal triage`.

use app::domain::area::Borough;
use app::domain::description::{Description, DescriptionError};
use app::domain::hours::london_now;
use app::i18n::Locale;
use app::ssr::state::AppState;
use app::ssr::triage::Request;
use app::ssr::triage::answer::{TriageAnswer, answer};
use axum::extract::State;
use axum::extract::rejection::JsonRejection;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use axum::{Json, Router};
use serde::{Deserialize, Serialize};
use std::sync::Arc;

pub fn router() -> Router<AppState> {
    Router::new().route("/api/v1/triage", post(triage))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TriageRequest {
    text: String,
    lang: Option<String>,
    borough: Option<String>,
}

const MAX_SERVICES: usize = 10;

/// An error as JSON: a stable code for programs and a sentence for people.
#[derive(Serialize)]
struct ApiError {
    error: &'static str,
    message: String,
}

fn error(status: StatusCode, code: &'static str, message: impl Into<String>) -> Response {
    (
        status,
        Json(ApiError {
            error: code,
            message: message.into(),
        }),
    )
        .into_response()
}

/// An API error as every API answer is sent: JSON, never cached.
pub(crate) fn error_response(status: StatusCode, code: &'static str, message: impl Into<String>) -> Response {
    no_store(error(status, code, message))
}

fn no_store(mut response: Response) -> Response {
    response
        .headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

/// A request that passed its checks.
pub struct ParsedRequest {
    pub description: Description,
    pub lang: Option<Locale>,
    pub borough: Option<Borough>,
}

/// What is wrong with a request: a stable code and a sentence.
#[derive(Debug)]
pub struct RequestError {
    pub code: &'static str,
    pub message: String,
}

impl std::fmt::Display for RequestError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for RequestError {}

fn invalid(code: &'static str, message: String) -> RequestError {
    RequestError { code, message }
}

/// Checks a request's fields and turns them into triage inputs, or says what is wrong.
pub fn parse_request(text: &str, lang: Option<&str>, borough: Option<&str>) -> Result<ParsedRequest, RequestError> {
    let description = Description::parse(text).map_err(|e| match e {
        DescriptionError::Empty => invalid("text_empty", "`text` is empty: send the words to triage".to_owned()),
        DescriptionError::TooLong => invalid(
            "text_too_long",
            format!("`text` is longer than {} characters", Description::MAX_CHARS),
        ),
    })?;
    let lang = lang
        .map(|tag| {
            Locale::from_tag(tag).ok_or_else(|| {
                invalid(
                    "lang_unknown",
                    format!("`lang` `{tag}` is not one of en, ar, bn, es, fr, it, pl, pt, ro, so, tr, ur, zh-Hans"),
                )
            })
        })
        .transpose()?;
    let borough = borough
        .filter(|b| !b.is_empty())
        .map(|b| {
            Borough::parse(b).map_err(|_| {
                invalid(
                    "borough_unknown",
                    format!("`borough` `{b}` is not a London borough slug such as `hackney`"),
                )
            })
        })
        .transpose()?;
    Ok(ParsedRequest {
        description,
        lang,
        borough,
    })
}

async fn triage(State(state): State<AppState>, request: Result<Json<TriageRequest>, JsonRejection>) -> Response {
    let Json(request) = match request {
        Ok(request) => request,
        Err(rejection) => return no_store(error(rejection.status(), "invalid_json", rejection.body_text())),
    };
    let ParsedRequest {
        description,
        lang,
        borough,
    } = match parse_request(&request.text, request.lang.as_deref(), request.borough.as_deref()) {
        Ok(parsed) => parsed,
        Err(invalid) => return no_store(error(StatusCode::UNPROCESSABLE_ENTITY, invalid.code, invalid.message)),
    };
    let directory = state.directory.snapshot();
    let engine = Arc::clone(&state.triage);
    let outcome = tokio::task::spawn_blocking(move || {
        let request = Request {
            text: description.as_str(),
            lang,
            borough,
            hint: Locale::En,
            now: london_now(),
            limit: MAX_SERVICES,
        };
        engine.triage(&directory, &request).map(|outcome| {
            let locale = outcome.analysis.lang;
            answer(&outcome, locale)
        })
    })
    .await;
    match outcome {
        Ok(Ok(answer)) => no_store(Json::<TriageAnswer>(answer).into_response()),
        Ok(Err(failure)) => {
            tracing::error!(error = %app::error::error_chain(&failure), "triage failed");
            no_store(error(
                StatusCode::INTERNAL_SERVER_ERROR,
                "internal",
                "the triage failed; please try again",
            ))
        }
        Err(failure) => {
            tracing::error!(error = %failure, "triage task failed");
            no_store(error(
                StatusCode::INTERNAL_SERVER_ERROR,
                "internal",
                "the triage failed; please try again",
            ))
        }
    }
}
