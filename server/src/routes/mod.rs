//! Plain HTTP routes that are not pages.

pub(crate) mod api;
mod health;
mod openreferral;

pub use api::parse_request;

use app::ssr::state::AppState;
use axum::Router;

pub fn router() -> Router<AppState> {
    Router::new()
        .merge(health::router())
        .merge(api::router())
        .merge(openreferral::router())
}
