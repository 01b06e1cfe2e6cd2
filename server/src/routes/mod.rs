//! Plain HTTP routes that are not pages.

mod health;

use app::ssr::state::AppState;
use axum::Router;

pub fn router() -> Router<AppState> {
    Router::new().merge(health::router())
}
