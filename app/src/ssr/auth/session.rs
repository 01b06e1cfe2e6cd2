//! Server-side sessions. The browser holds a random id in a cookie scoped to `/staff`
//! (`HttpOnly`, `SameSite=Strict`, `Secure` over TLS); the database holds its digest, the account,
//! how far sign-in has gone and the session's CSRF token. Each step of sign-in starts a new
//! session, so an id seen before sign-in is worthless after it.

use super::{StaffSettings, earlier, later, now_text, secret, timestamp_text};
use crate::ssr::db::Pool;
use crate::ssr::db::staff::{self, NewSession, SessionRow};
use axum::http::{HeaderMap, HeaderValue, header};

pub const COOKIE_NAME: &str = "portal_staff";
pub const COOKIE_PATH: &str = "/staff";

/// How far sign-in has gone.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    /// Nobody yet: the session only carries the sign-in form's CSRF token.
    Anonymous,
    /// The password was right; the second factor is awaited.
    Password,
    /// Signed in.
    Complete,
}

impl Stage {
    pub const fn as_str(self) -> &'static str {
        match self {
            Stage::Anonymous => "anonymous",
            Stage::Password => "password",
            Stage::Complete => "complete",
        }
    }

    fn parse(value: &str) -> Option<Stage> {
        match value {
            "anonymous" => Some(Stage::Anonymous),
            "password" => Some(Stage::Password),
            "complete" => Some(Stage::Complete),
            _ => None,
        }
    }
}

/// A live session found from a request's cookie.
#[derive(Debug, Clone)]
pub struct Session {
    pub id_digest: String,
    pub user_id: Option<String>,
    pub stage: Stage,
    pub csrf_token: String,
}

/// The session id a request carries, if any.
pub fn cookie_token(headers: &HeaderMap) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(cookie::Cookie::split_parse)
        .filter_map(Result::ok)
        .find(|c| c.name() == COOKIE_NAME)
        .map(|c| c.value().to_owned())
}

fn cookie_header(value: &str, settings: &StaffSettings, remove: bool) -> HeaderValue {
    let mut cookie = cookie::Cookie::build((COOKIE_NAME, value.to_owned()))
        .path(COOKIE_PATH)
        .http_only(true)
        .same_site(cookie::SameSite::Strict)
        .secure(settings.secure_cookies);
    if remove {
        cookie = cookie.max_age(cookie::time::Duration::ZERO);
    }
    HeaderValue::from_str(&cookie.build().to_string()).expect("a cookie of URL-safe characters is a valid header")
}

/// The `Set-Cookie` that gives the browser a session id.
pub fn set_cookie(token: &str, settings: &StaffSettings) -> (header::HeaderName, HeaderValue) {
    (header::SET_COOKIE, cookie_header(token, settings, false))
}

/// The `Set-Cookie` that makes the browser forget its session id.
pub fn clear_cookie(settings: &StaffSettings) -> (header::HeaderName, HeaderValue) {
    (header::SET_COOKIE, cookie_header("", settings, true))
}

/// The request's live session: not expired, not idle too long, not past its lifetime. A
/// session in use is extended, at most once a minute to spare the database.
pub async fn load(pool: &Pool, settings: &StaffSettings, headers: &HeaderMap) -> Result<Option<Session>, sqlx::Error> {
    let Some(token) = cookie_token(headers) else {
        return Ok(None);
    };
    let id_digest = secret::digest(&token);
    let now = jiff::Timestamp::now();
    let Some(row) = staff::find_session(pool, &id_digest, &timestamp_text(now)).await? else {
        return Ok(None);
    };
    let SessionRow {
        user_id,
        stage,
        csrf_token,
        created_at,
        last_seen_at,
    } = row;
    let Some(stage) = Stage::parse(&stage) else {
        return Ok(None);
    };
    let created = super::parse_timestamp(&created_at).unwrap_or(now);
    let last_seen = super::parse_timestamp(&last_seen_at).unwrap_or(now);
    if now.duration_since(last_seen) >= jiff::SignedDuration::from_mins(1) {
        let expires = later(now, settings.session_idle).min(later(created, settings.session_lifetime));
        staff::touch_session(pool, &id_digest, &timestamp_text(now), &timestamp_text(expires)).await?;
    }
    Ok(Some(Session {
        id_digest,
        user_id,
        stage,
        csrf_token,
    }))
}

/// A fresh session: returns the id for the cookie (shown once, stored as a digest) and the
/// session. `replacing` is ended first, so that the old id stops working at once.
pub async fn start(
    pool: &Pool,
    settings: &StaffSettings,
    user_id: Option<&str>,
    stage: Stage,
    replacing: Option<&Session>,
) -> Result<(String, Session), sqlx::Error> {
    let mut tx = pool.begin().await?;
    if let Some(old) = replacing {
        staff::delete_session(&mut tx, &old.id_digest).await?;
    }
    let token = secret::random_token();
    let id_digest = secret::digest(&token);
    let csrf_token = secret::random_token();
    let now = jiff::Timestamp::now();
    // An unfinished sign-in does not last as long as a session.
    let idle = if stage == Stage::Complete {
        settings.session_idle
    } else {
        jiff::SignedDuration::from_mins(15)
    };
    staff::create_session(
        &mut tx,
        &NewSession {
            id_digest: &id_digest,
            user_id,
            stage: stage.as_str(),
            csrf_token: &csrf_token,
            now: &timestamp_text(now),
            expires_at: &timestamp_text(later(now, idle)),
        },
    )
    .await?;
    tx.commit().await?;
    Ok((
        token,
        Session {
            id_digest,
            user_id: user_id.map(str::to_owned),
            stage,
            csrf_token,
        },
    ))
}

pub async fn end(pool: &Pool, session: &Session) -> Result<(), sqlx::Error> {
    staff::delete_session(pool, &session.id_digest).await
}

/// Removes expired sessions and old sign-in failures; run now and then.
pub async fn prune(pool: &Pool, settings: &StaffSettings) -> Result<(), sqlx::Error> {
    let now = jiff::Timestamp::now();
    staff::delete_expired(pool, &now_text(), &timestamp_text(earlier(now, settings.lockout_for))).await
}
