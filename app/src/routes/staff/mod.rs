//! The staff side, under `/staff`: the only part of the portal with cookies. Every page is
//! server-rendered and every form is a plain HTML form posted back to the page that owns it
//! (post, redirect, get), so all of it works without scripts; each form carries the session's
//! CSRF token, and each handler checks who may do what before it reads anything.

pub mod account;
pub mod admin;
pub mod cases;
pub mod inbox;
pub mod listing_form;
pub mod listings;
pub mod referrals;
pub mod sign_in;

use crate::domain::staff::Role;
use crate::error::AppError;
use crate::i18n::{Locale, t};
use crate::ssr::auth::session::{self, Session, Stage};
use crate::ssr::db::audit::AuditEntry;
use crate::ssr::db::staff::{self as staff_db, OrganizationRef};
use crate::ssr::render::{Caching, html_response, render_document};
use crate::ssr::state::AppState;
use axum::Router;
use axum::extract::{ConnectInfo, FromRequest, FromRequestParts, Request};
use axum::http::request::Parts;
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use leptos::prelude::*;
use std::net::{IpAddr, SocketAddr};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/staff", get(account::home))
        .route("/staff/login", get(sign_in::login_page).post(sign_in::login))
        .route("/staff/login/code", get(sign_in::code_page).post(sign_in::code))
        .route("/staff/logout", post(sign_in::logout))
        .route("/staff/setup/{token}", get(sign_in::setup_page).post(sign_in::setup))
        .route("/staff/two-factor", get(sign_in::enrol_page).post(sign_in::enrol))
        .route(
            "/staff/password/forgot",
            get(sign_in::forgot_page).post(sign_in::forgot),
        )
        .route(
            "/staff/password/reset/{token}",
            get(sign_in::reset_page).post(sign_in::reset),
        )
        .route("/staff/account", get(account::account_page))
        .route("/staff/account/password", post(account::change_password))
        .route("/staff/account/language", post(account::change_language))
        .route("/staff/account/recovery-codes", post(account::new_recovery_codes))
        .route("/staff/inbox", get(inbox::inbox))
        .route("/staff/inbox/{id}", get(inbox::request))
        .route("/staff/inbox/{id}/status", post(inbox::set_status))
        .route("/staff/inbox/{id}/assign", post(inbox::assign))
        .route("/staff/inbox/{id}/notes", post(inbox::add_note))
        .route("/staff/referrals", get(referrals::dashboard))
        .route("/staff/referrals/find", get(referrals::find))
        .route(
            "/staff/referrals/new/{slug}",
            get(referrals::new_page).post(referrals::create),
        )
        .route("/staff/referrals/{id}", get(referrals::referral))
        .route("/staff/referrals/{id}/status", post(referrals::set_status))
        .route("/staff/referrals/{id}/withdraw", post(referrals::withdraw))
        .route("/staff/referrals/{id}/assign", post(referrals::assign))
        .route("/staff/referrals/{id}/notes", post(referrals::add_note))
        .route("/staff/services", get(listings::dashboard))
        .route(
            "/staff/services/{id}/edit",
            get(listings::edit_page).post(listings::propose),
        )
        .route("/staff/services/{id}/confirm", post(listings::confirm))
        .route("/staff/admin/revisions", get(admin::queue))
        .route("/staff/admin/revisions/{id}", get(admin::revision))
        .route("/staff/admin/revisions/{id}/approve", post(admin::approve))
        .route("/staff/admin/revisions/{id}/reject", post(admin::reject))
        .route(
            "/staff/admin/organizations",
            get(admin::organizations).post(admin::create_organization),
        )
        .route("/staff/admin/users", get(admin::users).post(admin::invite))
        .route("/staff/admin/users/{id}/disable", post(admin::disable))
        .route("/staff/admin/users/{id}/enable", post(admin::enable))
        .route("/staff/admin/users/{id}/memberships", post(admin::memberships))
        .route("/staff/admin/stale", get(admin::stale))
        .route("/staff/admin/audit", get(admin::audit))
        .layer(axum::middleware::from_fn(staff_guard))
}

/// Guards every staff route. It refuses any state-changing request that another site's page
/// started: `SameSite=Strict` already keeps the cookie off such requests, and this stops them
/// even where it would not.
/// Browsers say where a request comes from in `Sec-Fetch-Site`; older ones only in `Origin`,
/// which is `null` on our pages because of `Referrer-Policy: no-referrer`, so only a named
/// foreign origin counts there.
async fn staff_guard(request: Request, next: Next) -> Response {
    if request.method() != Method::GET && request.method() != Method::HEAD {
        let headers = request.headers();
        let host = headers.get(header::HOST).and_then(|v| v.to_str().ok());
        let cross_site = match headers.get("sec-fetch-site").and_then(|v| v.to_str().ok()) {
            Some(site) => site != "same-origin" && site != "none",
            None => headers
                .get(header::ORIGIN)
                .and_then(|v| v.to_str().ok())
                .filter(|origin| *origin != "null")
                .is_some_and(|origin| Some(origin.split_once("://").map_or(origin, |(_, rest)| rest)) != host),
        };
        if cross_site {
            return StaffError::Forbidden.into_response();
        }
    }
    let state = request.extensions().get::<AppState>().cloned();
    let request_headers = request.headers().clone();
    let mut response = next.run(request).await;
    // Error pages leave handlers in English; here the reader's language is known.
    if let (Some(page), Some(state)) = (response.extensions().get::<ErrorPage>().copied(), state) {
        let locale = reader_locale(&state, &request_headers).await;
        response = error_page(response.status(), locale, page.message_id);
    }
    let headers = response.headers_mut();
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    headers.insert("x-robots-tag", HeaderValue::from_static("noindex, nofollow"));
    response
}

/// What can go wrong on a staff page, each with its status.
#[derive(Debug, thiserror::Error)]
pub enum StaffError {
    /// Not signed in: pages send people to sign in, forms are refused.
    #[error("not signed in")]
    SignedOut {
        method: Method,
        /// The page asked for, to return to after signing in.
        return_to: Option<String>,
    },
    /// Signed in, but the role does not allow it.
    #[error("forbidden")]
    Forbidden,
    /// The form's CSRF token is missing or wrong (an old tab, or another site's form).
    #[error("form expired")]
    FormExpired,
    #[error(transparent)]
    App(#[from] AppError),
}

impl From<sqlx::Error> for StaffError {
    fn from(error: sqlx::Error) -> Self {
        StaffError::App(error.into())
    }
}

impl From<anyhow::Error> for StaffError {
    fn from(error: anyhow::Error) -> Self {
        StaffError::App(error.into())
    }
}

impl IntoResponse for StaffError {
    fn into_response(self) -> Response {
        let (status, message_id) = match &self {
            StaffError::SignedOut { method, return_to } if method == Method::GET || method == Method::HEAD => {
                return match return_to {
                    Some(path) => Redirect::to(&format!("/staff/login?next={path}")),
                    None => Redirect::to("/staff/login"),
                }
                .into_response();
            }
            StaffError::SignedOut { .. } => (StatusCode::UNAUTHORIZED, "staff-error-signed-out"),
            StaffError::Forbidden => (StatusCode::FORBIDDEN, "staff-error-forbidden"),
            StaffError::FormExpired => (StatusCode::FORBIDDEN, "staff-error-form-expired"),
            StaffError::App(error) => {
                if error.is_server_fault() {
                    tracing::error!(error = %crate::error::error_chain(error), "staff request failed");
                }
                let message_id = match error {
                    AppError::NotFound => "staff-error-not-found",
                    other => other.message_id(),
                };
                (error.status_code(), message_id)
            }
        };
        // Rendered in English here; `staff_guard` renders it again in the reader's language,
        // which it can look up from the request.
        let mut response = error_page(status, Locale::En, message_id);
        response.extensions_mut().insert(ErrorPage { message_id });
        response
    }
}

/// Marks a response as a staff error page, for `staff_guard` to render in the reader's language.
#[derive(Debug, Clone, Copy)]
struct ErrorPage {
    message_id: &'static str,
}

fn error_page(status: StatusCode, locale: Locale, message_id: &'static str) -> Response {
    let html = render_document(locale, move || {
        view! {
            <StaffShell title=t("staff-error-title") user=None>
                <h1>{t("staff-error-title")}</h1>
                <p>{t(message_id)}</p>
                <p><a href="/staff">{t("staff-back-home")}</a></p>
            </StaffShell>
        }
    });
    html_response(status, Caching::NoStore, html)
}

/// The language of a staff member's pages: their account's, or before sign-in their browser's.
async fn reader_locale(state: &AppState, headers: &HeaderMap) -> Locale {
    let session = session::load(&state.pool, &state.staff, headers).await.ok().flatten();
    if let Some(user_id) = session.and_then(|s| s.user_id)
        && let Ok(Some(user)) = staff_db::find_user(&state.pool, &user_id).await
        && let Some(locale) = Locale::from_tag(&user.locale)
    {
        return locale;
    }
    browser_locale(headers)
}

pub type StaffResult<T = Response> = Result<T, StaffError>;

/// A signed-in staff member, as every handler behind sign-in receives them.
#[derive(Debug, Clone)]
pub struct StaffUser {
    pub id: String,
    pub email: String,
    pub role: Role,
    pub locale: Locale,
    pub organizations: Vec<OrganizationRef>,
    pub session: Session,
}

impl StaffUser {
    pub fn require(&self, role: Role) -> Result<(), StaffError> {
        if self.role == role {
            Ok(())
        } else {
            Err(StaffError::Forbidden)
        }
    }

    pub fn is_admin(&self) -> bool {
        self.role == Role::Admin
    }

    /// Who did it, for the audit log.
    pub fn actor(&self) -> (Option<&str>, Option<&str>) {
        (Some(self.id.as_str()), Some(self.email.as_str()))
    }

    /// An audit entry for something this person did; `before` and `after` are left to the caller.
    pub fn audit<'a>(&'a self, action: &'a str, target_type: &'a str, target_id: Option<&'a str>) -> AuditEntry<'a> {
        AuditEntry {
            actor_id: Some(&self.id),
            actor_email: Some(&self.email),
            action,
            target_type,
            target_id,
            before: None,
            after: None,
        }
    }
}

impl FromRequestParts<AppState> for StaffUser {
    type Rejection = StaffError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        let signed_out = || StaffError::SignedOut {
            method: parts.method.clone(),
            return_to: sign_in::return_path(parts.uri.path()).map(str::to_owned),
        };
        let Some(session) = session::load(&state.pool, &state.staff, &parts.headers).await? else {
            return Err(signed_out());
        };
        let (Stage::Complete, Some(user_id)) = (session.stage, session.user_id.clone()) else {
            return Err(signed_out());
        };
        let Some(user) = staff_db::find_user(&state.pool, &user_id).await? else {
            return Err(signed_out());
        };
        if user.disabled_at.is_some() {
            return Err(signed_out());
        }
        let role = Role::parse(&user.role).map_err(AppError::internal)?;
        let organizations = staff_db::organizations_of(&state.pool, &user.id).await?;
        Ok(StaffUser {
            locale: Locale::from_tag(&user.locale).unwrap_or(Locale::En),
            id: user.id,
            email: user.email,
            role,
            organizations,
            session,
        })
    }
}

/// Anyone on a staff page, signed in or not, with their session if they have one and the
/// language their browser asks for.
pub struct Visitor {
    pub session: Option<Session>,
    pub locale: Locale,
    pub client: Option<IpAddr>,
}

impl FromRequestParts<AppState> for Visitor {
    type Rejection = StaffError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        let session = session::load(&state.pool, &state.staff, &parts.headers).await?;
        let peer = parts
            .extensions
            .get::<ConnectInfo<SocketAddr>>()
            .map(|info| info.0.ip());
        Ok(Visitor {
            session,
            locale: browser_locale(&parts.headers),
            client: crate::ssr::auth::throttle::client_address(&parts.headers, peer, &state.staff),
        })
    }
}

fn browser_locale(headers: &HeaderMap) -> Locale {
    headers
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .map_or(Locale::En, Locale::negotiate)
}

/// A posted form's fields, in order; repeated names (check boxes) keep every value.
#[derive(Debug, Default, Clone)]
pub struct Fields(pub Vec<(String, String)>);

impl Fields {
    pub fn get(&self, name: &str) -> &str {
        self.0.iter().find(|(k, _)| k == name).map_or("", |(_, v)| v.as_str())
    }

    pub fn all(&self, name: &str) -> Vec<&str> {
        self.0
            .iter()
            .filter(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
            .collect()
    }

    pub fn has(&self, name: &str) -> bool {
        self.0.iter().any(|(k, _)| k == name)
    }

    /// Whether the form's CSRF token is the session's.
    pub fn csrf_matches(&self, session: &Session) -> bool {
        crate::ssr::auth::secret::same(self.get("csrf"), &session.csrf_token)
    }
}

impl<S: Send + Sync> FromRequest<S> for Fields {
    type Rejection = StaffError;

    async fn from_request(request: Request, state: &S) -> Result<Self, Self::Rejection> {
        let axum::Form(fields) = axum::Form::<Vec<(String, String)>>::from_request(request, state)
            .await
            .map_err(|rejection| AppError::from_form_rejection(&rejection, "staff-error-bad-form"))?;
        Ok(Fields(fields))
    }
}

/// A form posted by a signed-in staff member, its CSRF token checked.
pub struct StaffForm {
    pub user: StaffUser,
    pub fields: Fields,
}

impl FromRequest<AppState> for StaffForm {
    type Rejection = StaffError;

    async fn from_request(request: Request, state: &AppState) -> Result<Self, Self::Rejection> {
        let (mut parts, body) = request.into_parts();
        let user = StaffUser::from_request_parts(&mut parts, state).await?;
        let fields = Fields::from_request(Request::from_parts(parts, body), state).await?;
        if !fields.csrf_matches(&user.session) {
            return Err(StaffError::FormExpired);
        }
        Ok(StaffForm { user, fields })
    }
}

/// A staff page: rendered in the staff member's language, never stored by a browser or proxy.
pub fn page<V>(locale: Locale, title: String, user: Option<&StaffUser>, body: impl FnOnce() -> V) -> Response
where
    V: IntoView + 'static,
{
    page_with_status(StatusCode::OK, locale, title, user, body)
}

pub fn page_with_status<V>(
    status: StatusCode,
    locale: Locale,
    title: String,
    user: Option<&StaffUser>,
    body: impl FnOnce() -> V,
) -> Response
where
    V: IntoView + 'static,
{
    let navigation = user.map(Navigation::of);
    let html = render_document(locale, move || {
        let body = body();
        view! { <StaffShell title user=navigation>{body}</StaffShell> }
    });
    html_response(status, Caching::NoStore, html)
}

/// See other: where a form sends the browser after it has done its work.
pub fn see_other(location: &str) -> Response {
    Redirect::to(location).into_response()
}

/// What the staff header offers the person signed in.
#[derive(Debug, Clone)]
pub struct Navigation {
    email: String,
    role: Role,
    csrf: String,
}

impl Navigation {
    fn of(user: &StaffUser) -> Self {
        Navigation {
            email: user.email.clone(),
            role: user.role,
            csrf: user.session.csrf_token.clone(),
        }
    }
}

#[component]
fn StaffShell(title: String, user: Option<Navigation>, children: Children) -> impl IntoView {
    let locale = crate::i18n::current_locale();
    view! {
        <html lang=locale.tag() dir=locale.direction().as_str()>
            <head>
                <meta charset="utf-8" />
                <meta name="viewport" content="width=device-width, initial-scale=1" />
                <meta name="referrer" content="no-referrer" />
                <title>{format!("{title} · {}", t("staff-site-name"))}</title>
                <link rel="icon" href="data:," />
                <link rel="stylesheet" href="/pkg/portal.css" />
            </head>
            <body class="staff">
                <a class="skip-link" href="#main">{t("skip-to-content")}</a>
                <header class="site-header">
                    <div class="site-header__inner">
                        <a class="site-name" href="/staff">{t("staff-site-name")}</a>
                        {user.clone().map(|user| view! {
                            <form method="post" action="/staff/logout" class="staff-signout">
                                <input type="hidden" name="csrf" value=user.csrf />
                                <span class="staff-signout__who">{user.email}</span>
                                <button type="submit" class="button button--secondary">{t("staff-sign-out")}</button>
                            </form>
                        })}
                    </div>
                    {user.map(|user| view! {
                        <nav class="staff-nav" aria-label=t("staff-nav-label")>
                            <ul>
                                <li><a href="/staff">{t("staff-nav-home")}</a></li>
                                {matches!(user.role, Role::Admin | Role::Provider).then(|| view! {
                                    <li><a href="/staff/services">{t("staff-nav-services")}</a></li>
                                })}
                                {(user.role == Role::Admin).then(|| view! {
                                    <li><a href="/staff/admin/revisions">{t("staff-nav-moderation")}</a></li>
                                    <li><a href="/staff/admin/stale">{t("staff-nav-stale")}</a></li>
                                    <li><a href="/staff/admin/organizations">{t("staff-nav-organizations")}</a></li>
                                    <li><a href="/staff/admin/users">{t("staff-nav-users")}</a></li>
                                    <li><a href="/staff/admin/audit">{t("staff-nav-audit")}</a></li>
                                })}
                                {matches!(user.role, Role::Admin | Role::Provider).then(|| view! {
                                    <li><a href="/staff/inbox">{t("staff-nav-inbox")}</a></li>
                                })}
                                {(user.role == Role::Caseworker).then(|| view! {
                                    <li><a href="/staff/referrals">{t("staff-nav-referrals")}</a></li>
                                    <li><a href="/staff/referrals/find">{t("staff-nav-refer")}</a></li>
                                })}
                                <li><a href="/staff/account">{t("staff-nav-account")}</a></li>
                            </ul>
                        </nav>
                    })}
                </header>
                <main id="main" tabindex="-1">{children()}</main>
            </body>
        </html>
    }
}

/// The hidden field every staff form carries.
#[component]
pub fn Csrf(token: String) -> impl IntoView {
    view! { <input type="hidden" name="csrf" value=token /> }
}

/// A new password and its confirmation, as the set-up, reset and account forms ask for them.
#[component]
pub fn NewPasswordFields() -> impl IntoView {
    view! {
        <label for="password">{t("staff-new-password")}</label>
        <p class="hint" id="password-hint">{t("staff-new-password-hint")}</p>
        <input id="password" name="password" type="password" autocomplete="new-password" required minlength="12" aria-describedby="password-hint" />
        <label for="confirmation">{t("staff-confirm-password")}</label>
        <input id="confirmation" name="confirmation" type="password" autocomplete="new-password" required />
    }
}

/// An error summary at the top of a form (GOV.UK pattern): focusable and announced.
#[component]
pub fn ErrorSummary(message_ids: Vec<&'static str>) -> impl IntoView {
    view! { <ErrorList messages=message_ids.into_iter().map(t).collect() /> }
}

/// An error summary of messages already in the reader's language.
#[component]
pub fn ErrorList(messages: Vec<String>) -> impl IntoView {
    (!messages.is_empty()).then(|| {
        view! {
            <div class="error-summary" role="alert" tabindex="-1">
                <h2>{t("staff-error-summary")}</h2>
                <ul>{messages.into_iter().map(|message| view! { <li>{message}</li> }).collect_view()}</ul>
            </div>
        }
    })
}

/// A notice after a completed action (`?done=…`), from a fixed list so that a link cannot put
/// arbitrary text on the page.
#[component]
pub fn Notice(done: Option<String>) -> impl IntoView {
    const KNOWN: &[&str] = &[
        "revision-sent",
        "confirmed",
        "approved",
        "rejected",
        "password-changed",
        "language-changed",
        "invited",
        "organization-created",
        "user-disabled",
        "user-enabled",
        "memberships-changed",
        "password-reset",
        "reset-sent",
        "status-changed",
        "assigned",
        "note-added",
        "referral-sent",
        "referral-withdrawn",
    ];
    done.filter(|d| KNOWN.contains(&d.as_str())).map(|done| {
        view! { <div class="notice" role="status"><p>{t(&format!("staff-done-{done}"))}</p></div> }
    })
}

#[derive(Debug, Default, serde::Deserialize)]
pub struct DoneQuery {
    pub done: Option<String>,
}
