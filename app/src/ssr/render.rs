//! Turning a page component into an HTTP response: the shell around it, the locale in context,
//! and the caching a page of its kind must carry.

use super::state::AppState;
use crate::components::layout::Shell;
use crate::error::{AppError, error_chain};
use crate::i18n::{I18n, Locale, t_in};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use hydration_context::SsrSharedContext;
use leptos::config::LeptosOptions;
use leptos::nonce::Nonce;
use leptos::prelude::*;
use leptos::reactive::owner::Owner;
use std::sync::Arc;

/// How long a browser or proxy may keep a page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Caching {
    /// Anything holding or derived from what a person wrote: never stored anywhere.
    NoStore,
    /// Pages built from the directory: fine to keep, but revalidated each time.
    Revalidate,
    /// Content that changes with a release.
    Public,
}

impl Caching {
    fn header(self) -> HeaderValue {
        HeaderValue::from_static(match self {
            Caching::NoStore => "no-store",
            Caching::Revalidate => "no-cache",
            Caching::Public => "public, max-age=300",
        })
    }
}

/// What a page needs besides its body.
pub struct Page {
    pub locale: Locale,
    pub title: String,
    pub caching: Caching,
    pub status: StatusCode,
    /// The path of this page without its locale prefix, for the language switcher.
    pub path: String,
    /// The text showed danger now: the emergency panel leads the page.
    pub urgent: bool,
}

impl Page {
    pub fn new(locale: Locale, title: String, path: impl Into<String>) -> Self {
        Page {
            locale,
            title,
            caching: Caching::Revalidate,
            status: StatusCode::OK,
            path: path.into(),
            urgent: false,
        }
    }

    #[must_use]
    pub fn caching(mut self, caching: Caching) -> Self {
        self.caching = caching;
        self
    }

    #[must_use]
    pub fn urgent(mut self, urgent: bool) -> Self {
        self.urgent = urgent;
        self
    }

    #[must_use]
    pub fn status(mut self, status: StatusCode) -> Self {
        self.status = status;
        self
    }
}

/// Renders `body` inside the site's shell as a complete HTML document.
pub fn render<V>(options: Option<&LeptosOptions>, page: &Page, body: impl FnOnce() -> V) -> Document
where
    V: IntoView + 'static,
{
    render_document(page.locale, || {
        let body = body();
        view! {
            <Shell locale=page.locale title=page.title.clone() path=page.path.clone() options=options.cloned() urgent=page.urgent>
                {body}
            </Shell>
        }
    })
}

/// The Content-Security-Policy of every response: everything from this origin only, which also
/// keeps public pages free of third-party requests. No inline script runs unless it carries the
/// response's nonce (the islands' hydration script does); WebAssembly may be compiled.
pub fn content_security_policy(nonce: Option<&str>) -> String {
    let inline = nonce.map(|n| format!(" 'nonce-{n}'")).unwrap_or_default();
    format!(
        "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'{inline} 'wasm-unsafe-eval'; \
         connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; \
         frame-ancestors 'none'"
    )
}

/// A rendered HTML document and the nonce its inline scripts carry.
pub struct Document {
    html: String,
    nonce: Nonce,
}

/// Renders a whole document (`document` returns the `<html>` element) with `locale` in context
/// and a fresh nonce for its inline scripts.
pub fn render_document<V>(locale: Locale, document: impl FnOnce() -> V) -> Document
where
    V: IntoView + 'static,
{
    let nonce = Nonce::new();
    let owner = Owner::new_root(Some(Arc::new(SsrSharedContext::new_islands())));
    let html = owner.with(|| {
        provide_context(I18n { locale });
        provide_context(nonce.clone());
        document().to_html()
    });
    owner.unset();
    Document {
        html: format!("<!DOCTYPE html>{html}"),
        nonce,
    }
}

/// Renders a page to a response with its status and caching headers.
pub fn respond<V>(state: &AppState, page: Page, body: impl FnOnce() -> V) -> Response
where
    V: IntoView + 'static,
{
    let html = render(Some(&state.leptos_options), &page, body);
    html_response(page.status, page.caching, html)
}

pub fn html_response(status: StatusCode, caching: Caching, document: Document) -> Response {
    let Document { html, nonce } = document;
    let mut response = (status, html).into_response();
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/html; charset=utf-8"),
    );
    headers.insert(header::CACHE_CONTROL, caching.header());
    if let Ok(policy) = HeaderValue::from_str(&content_security_policy(Some(&nonce))) {
        headers.insert(header::CONTENT_SECURITY_POLICY, policy);
    }
    response
}

/// An error met while serving a page in `locale`: shown as an error page in that language.
pub struct PageError {
    pub locale: Locale,
    pub error: AppError,
}

impl PageError {
    pub fn new(locale: Locale, error: impl Into<AppError>) -> Self {
        PageError {
            locale,
            error: error.into(),
        }
    }
}

impl IntoResponse for PageError {
    fn into_response(self) -> Response {
        let PageError { locale, error } = self;
        if error.is_server_fault() {
            tracing::error!(error = %error_chain(&error), "request failed");
        }
        let status = error.status_code();
        let (title_id, message_id) = match error {
            AppError::NotFound => ("not-found-title", "not-found-body"),
            AppError::TooManyRequests => ("too-many-requests-title", "error-too-many-requests"),
            _ => ("error-title", error.message_id()),
        };
        let page = Page::new(locale, t_in(locale, title_id, &[]), "/")
            .status(status)
            .caching(Caching::NoStore);
        // Error pages carry no scripts: they must render even when nothing else works.
        let html = render(None, &page, move || {
            crate::routes::errors::ErrorPage(crate::routes::errors::ErrorPageProps { title_id, message_id })
        });
        html_response(status, Caching::NoStore, html)
    }
}
