//! `/openreferral/`: the directory through the Open Referral UK 3.0 API (schema/openapi.json in
//! content/openreferral-uk). Open to everyone: no key, `Access-Control-Allow-Origin: *`. The
//! supported query parameters are listed in `app::ssr::openreferral::api`.
//!
//! Answers come from the published directory read from the database once per reload of the
//! in-memory directory (`AppState::reload_directory`), so the API changes when pages do.

use app::ssr::directory::Directory;
use app::ssr::openreferral::api::{self, ParamError, Params};
use app::ssr::openreferral::db;
use app::ssr::openreferral::model::Catalogue;
use app::ssr::state::AppState;
use axum::extract::rejection::QueryRejection;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use serde::Serialize;
use std::sync::Arc;
use tower_http::set_header::SetResponseHeaderLayer;

/// The OpenAPI document of the standard, served as it is published.
const OPENAPI: &str = include_str!("../../../content/openreferral-uk/schema/openapi.json");

/// The published directory, built for one in-memory directory and rebuilt after a reload.
#[derive(Clone, Default)]
struct Cache(Arc<tokio::sync::Mutex<Option<Built>>>);

/// A catalogue and the directory it was built for.
type Built = (Arc<Directory>, Arc<Catalogue>);

impl Cache {
    async fn catalogue(&self, state: &AppState) -> Result<Arc<Catalogue>, sqlx::Error> {
        let directory = state.directory.snapshot();
        let mut cached = self.0.lock().await;
        if let Some((built_for, catalogue)) = cached.as_ref()
            && Arc::ptr_eq(built_for, &directory)
        {
            return Ok(Arc::clone(catalogue));
        }
        let mut tx = state.pool.begin().await?;
        let catalogue = Arc::new(Catalogue::new(db::load(&mut tx).await?.published()));
        *cached = Some((directory, Arc::clone(&catalogue)));
        Ok(catalogue)
    }
}

type Pairs = Result<Query<Vec<(String, String)>>, QueryRejection>;

pub fn router() -> Router<AppState> {
    let cache = Cache::default();
    let list = |answer: fn(&Catalogue, &Params) -> Result<Response, ParamError>| {
        let cache = cache.clone();
        get(move |State(state): State<AppState>, query: Pairs| {
            let cache = cache.clone();
            async move { list_response(&state, &cache, query, answer).await }
        })
    };
    let one = |answer: fn(&Catalogue, &str) -> Option<Response>, kind: &'static str| {
        let cache = cache.clone();
        get(move |State(state): State<AppState>, Path(id): Path<String>| {
            let cache = cache.clone();
            async move {
                match cache.catalogue(&state).await {
                    Ok(catalogue) => answer(&catalogue, &id).unwrap_or_else(|| {
                        error(StatusCode::NOT_FOUND, "not_found", format!("no {kind} with id `{id}`"))
                    }),
                    Err(failure) => unavailable(&failure),
                }
            }
        })
    };
    Router::new()
        .route("/openreferral", get(root))
        .route("/openreferral/", get(root))
        .route("/openreferral/openapi.json", get(openapi))
        .route("/openreferral/services", list(|c, p| api::services(c, p).map(json)))
        .route(
            "/openreferral/services/{id}",
            one(|c, id| api::service(c, id).map(json), "service"),
        )
        .route(
            "/openreferral/service_at_locations",
            list(|c, p| api::service_at_locations(c, p).map(json)),
        )
        .route(
            "/openreferral/service_at_locations/{id}",
            one(|c, id| api::service_at_location(c, id).map(json), "service_at_location"),
        )
        .route("/openreferral/taxonomies", list(|c, p| api::taxonomies(c, p).map(json)))
        .route(
            "/openreferral/taxonomies/{id}",
            one(|c, id| api::taxonomy(c, id).map(json), "taxonomy"),
        )
        .route(
            "/openreferral/taxonomy_terms",
            list(|c, p| api::taxonomy_terms(c, p).map(json)),
        )
        .route(
            "/openreferral/taxonomy_terms/{id}",
            one(|c, id| api::taxonomy_term(c, id).map(json), "taxonomy_term"),
        )
        .route("/openreferral/{*rest}", get(unknown))
        .layer(SetResponseHeaderLayer::overriding(
            header::ACCESS_CONTROL_ALLOW_ORIGIN,
            HeaderValue::from_static("*"),
        ))
        .layer(SetResponseHeaderLayer::if_not_present(
            header::CACHE_CONTROL,
            HeaderValue::from_static("public, max-age=300"),
        ))
}

fn json<T: Serialize>(value: T) -> Response {
    Json(value).into_response()
}

/// An error as JSON: a stable code for programs and a sentence for people.
#[derive(Serialize)]
struct ApiError {
    error: &'static str,
    message: String,
}

fn error(status: StatusCode, code: &'static str, message: impl Into<String>) -> Response {
    let mut response = (
        status,
        Json(ApiError {
            error: code,
            message: message.into(),
        }),
    )
        .into_response();
    response
        .headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

fn unavailable(failure: &sqlx::Error) -> Response {
    tracing::error!(error = %app::error::error_chain(failure), "cannot read the directory for Open Referral");
    error(
        StatusCode::SERVICE_UNAVAILABLE,
        "unavailable",
        "the directory cannot be read just now; please try again",
    )
}

async fn list_response(
    state: &AppState,
    cache: &Cache,
    query: Pairs,
    answer: fn(&Catalogue, &Params) -> Result<Response, ParamError>,
) -> Response {
    let pairs = match query {
        Ok(Query(pairs)) => pairs,
        Err(rejection) => return error(StatusCode::BAD_REQUEST, "invalid_query", rejection.body_text()),
    };
    let params = match Params::new(pairs) {
        Ok(params) => params,
        Err(invalid) => return error(StatusCode::BAD_REQUEST, "invalid_parameter", invalid.message),
    };
    match cache.catalogue(state).await {
        Ok(catalogue) => answer(&catalogue, &params)
            .unwrap_or_else(|invalid| error(StatusCode::BAD_REQUEST, "invalid_parameter", invalid.message)),
        Err(failure) => unavailable(&failure),
    }
}

/// Which version and profile of the standard this API speaks.
async fn root() -> Response {
    json(serde_json::json!({
        "version": "3.0",
        "profile": "https://github.com/openreferral/uk-profile",
        "openapi_url": "https://raw.githubusercontent.com/openreferral/uk-profile/main/schema/openapi.json",
    }))
}

async fn openapi() -> Response {
    ([(header::CONTENT_TYPE, "application/json")], OPENAPI).into_response()
}

async fn unknown() -> Response {
    error(
        StatusCode::NOT_FOUND,
        "not_found",
        "not an endpoint of this API: see /openreferral/openapi.json",
    )
}
