//! The public pages. Each module owns its component and, on the server, the handler that loads
//! its data; `router()` puts them at the addresses of DESIGN.md section 7.

pub mod contact;
pub mod content;
pub mod errors;
pub mod help;
pub mod home;
pub mod language;
pub mod services;
#[cfg(feature = "ssr")]
pub mod staff;
pub mod topics;

#[cfg(feature = "ssr")]
mod ssr {
    use super::{contact, content, help, home, language, services, staff, topics};
    use crate::error::AppError;
    use crate::i18n::Locale;
    use crate::ssr::render::PageError;
    use crate::ssr::state::AppState;
    use axum::Router;
    use axum::http::{StatusCode, Uri, header};
    use axum::response::{IntoResponse, Response};
    use axum::routing::get;

    pub fn router() -> Router<AppState> {
        Router::new()
            .route("/", get(language::handler))
            .route("/{lang}", get(add_trailing_slash))
            .route("/{lang}/", get(home::handler))
            .route("/{lang}/help", get(help::get_handler).post(help::handler))
            .route("/{lang}/situations/{slug}", get(topics::situation_handler))
            .route("/{lang}/needs/{slug}", get(topics::need_handler))
            .route("/{lang}/services/{slug}", get(services::handler))
            .route(
                "/{lang}/services/{slug}/contact",
                get(contact::form).post(contact::send),
            )
            .route("/{lang}/rights", get(content::rights_index))
            .route("/{lang}/rights/{page}", get(content::rights_page))
            .route("/{lang}/{page}", get(content::handler))
            .merge(staff::router())
            .fallback(not_found)
    }

    /// The locale of a path's first segment, if it is a published one.
    pub fn locale_of(lang: &str) -> Result<Locale, PageError> {
        Locale::from_path_segment(lang).ok_or_else(|| PageError::new(Locale::En, AppError::NotFound))
    }

    async fn add_trailing_slash(axum::extract::Path(lang): axum::extract::Path<String>) -> Result<Response, PageError> {
        let locale = locale_of(&lang)?;
        Ok((
            StatusCode::PERMANENT_REDIRECT,
            [(header::LOCATION, format!("/{}/", locale.tag()))],
        )
            .into_response())
    }

    async fn not_found(uri: Uri) -> PageError {
        let first_segment = uri.path().trim_start_matches('/').split('/').next().unwrap_or_default();
        PageError::new(
            Locale::from_path_segment(first_segment).unwrap_or(Locale::En),
            AppError::NotFound,
        )
    }
}

#[cfg(feature = "ssr")]
pub use ssr::{locale_of, router};
