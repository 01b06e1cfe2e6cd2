//! Per-address rate limits on what costs the most or invites guessing: the triage API, the
//! public forms and staff sign-in. A client over its limit gets 429 with `Retry-After`: a page in
//! the reader's language, or JSON from the API. Addresses are held in memory only, for as long as
//! their allowance is being refilled, and never logged.

use crate::config::Config;
use app::error::AppError;
use app::i18n::Locale;
use app::ssr::render::PageError;
use app::ssr::state::AppState;
use axum::extract::{ConnectInfo, Request, State};
use axum::http::{HeaderValue, Method, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use governor::clock::{Clock, DefaultClock};
use governor::{DefaultKeyedRateLimiter, Quota, RateLimiter};
use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::num::NonZeroU32;
use std::sync::Arc;
use std::time::Duration;

pub struct RateLimits {
    triage_api: DefaultKeyedRateLimiter<IpAddr>,
    forms: DefaultKeyedRateLimiter<IpAddr>,
    sign_in: DefaultKeyedRateLimiter<IpAddr>,
}

/// The kinds of request that are limited.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Limited {
    TriageApi,
    PublicForm,
    SignIn,
}

impl RateLimits {
    pub fn new(config: &Config) -> Self {
        let per_minute = |n: u32| RateLimiter::keyed(Quota::per_minute(NonZeroU32::new(n).unwrap_or(NonZeroU32::MIN)));
        RateLimits {
            triage_api: per_minute(config.rate_limit_triage),
            forms: per_minute(config.rate_limit_forms),
            sign_in: per_minute(config.rate_limit_sign_in),
        }
    }

    /// None if `client` may go on; otherwise how long until it may.
    fn check(&self, kind: Limited, client: IpAddr) -> Option<Duration> {
        let limiter = match kind {
            Limited::TriageApi => &self.triage_api,
            Limited::PublicForm => &self.forms,
            Limited::SignIn => &self.sign_in,
        };
        limiter
            .check_key(&client)
            .err()
            .map(|not_until| not_until.wait_time_from(DefaultClock::default().now()))
    }

    /// Forgets addresses whose allowance is full again, so that memory does not grow with the
    /// number of clients ever seen.
    pub fn forget_idle(&self) {
        for limiter in [&self.triage_api, &self.forms, &self.sign_in] {
            limiter.retain_recent();
            limiter.shrink_to_fit();
        }
    }
}

/// Which limit a request counts against, if any: only posts are limited.
fn limited(method: &Method, path: &str) -> Option<Limited> {
    if method != Method::POST {
        return None;
    }
    if path == "/api/v1/triage" {
        return Some(Limited::TriageApi);
    }
    if path == "/staff/login"
        || path == "/staff/login/code"
        || path.starts_with("/staff/setup/")
        || path.starts_with("/staff/password/")
    {
        return Some(Limited::SignIn);
    }
    let mut segments = path.trim_start_matches('/').split('/');
    let is_public_form = match (segments.next().and_then(Locale::from_path_segment), segments.next()) {
        (Some(_), Some("help")) => segments.next().is_none(),
        (Some(_), Some("services")) => segments.next().is_some() && segments.next() == Some("contact"),
        _ => false,
    };
    is_public_form.then_some(Limited::PublicForm)
}

/// The middleware: counts limited requests per client address and refuses those over the limit.
pub async fn enforce(
    State((limits, state)): State<(Arc<RateLimits>, AppState)>,
    request: Request,
    next: Next,
) -> Response {
    let Some(kind) = limited(request.method(), request.uri().path()) else {
        return next.run(request).await;
    };
    let peer = request
        .extensions()
        .get::<ConnectInfo<SocketAddr>>()
        .map(|ConnectInfo(address)| address.ip());
    // Clients whose address is unknown share one allowance.
    let client = app::ssr::auth::throttle::client_address(request.headers(), peer, &state.staff)
        .unwrap_or(IpAddr::V4(Ipv4Addr::UNSPECIFIED));
    let Some(wait) = limits.check(kind, client) else {
        return next.run(request).await;
    };
    let locale = request
        .uri()
        .path()
        .trim_start_matches('/')
        .split('/')
        .next()
        .and_then(Locale::from_path_segment)
        .unwrap_or_else(|| {
            request
                .headers()
                .get(header::ACCEPT_LANGUAGE)
                .and_then(|v| v.to_str().ok())
                .map_or(Locale::En, Locale::negotiate)
        });
    let mut response = if kind == Limited::TriageApi {
        crate::routes::api::error_response(
            AppError::TooManyRequests.status_code(),
            "rate_limited",
            app::i18n::t_in(locale, AppError::TooManyRequests.message_id(), &[]),
        )
    } else {
        PageError::new(locale, AppError::TooManyRequests).into_response()
    };
    let seconds = wait.as_secs() + u64::from(wait.subsec_nanos() > 0);
    response
        .headers_mut()
        .insert(header::RETRY_AFTER, HeaderValue::from(seconds.max(1)));
    response
}

/// Forgets idle addresses every minute, for as long as the process runs.
pub fn spawn_forgetting(limits: Arc<RateLimits>) {
    tokio::spawn(async move {
        let mut interval = tokio::time::interval(Duration::from_mins(1));
        loop {
            interval.tick().await;
            limits.forget_idle();
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_costly_and_guessable_posts_are_limited() {
        let post = Method::POST;
        assert_eq!(limited(&post, "/api/v1/triage"), Some(Limited::TriageApi));
        assert_eq!(limited(&post, "/en/help"), Some(Limited::PublicForm));
        assert_eq!(limited(&post, "/zh-Hans/help"), Some(Limited::PublicForm));
        assert_eq!(limited(&post, "/ar/services/galop/contact"), Some(Limited::PublicForm));
        assert_eq!(limited(&post, "/staff/login"), Some(Limited::SignIn));
        assert_eq!(limited(&post, "/staff/login/code"), Some(Limited::SignIn));
        assert_eq!(limited(&post, "/staff/password/forgot"), Some(Limited::SignIn));
        assert_eq!(limited(&post, "/staff/setup/token"), Some(Limited::SignIn));
        for path in [
            "/en/",
            "/en/help/more",
            "/xx/help",
            "/en/services/galop",
            "/staff/inbox/1/notes",
        ] {
            assert_eq!(limited(&post, path), None, "{path}");
        }
        assert_eq!(limited(&Method::GET, "/en/help"), None, "reading is never limited");
    }

    #[test]
    fn an_address_over_its_limit_waits_and_others_do_not() {
        let limits = RateLimits {
            triage_api: RateLimiter::keyed(Quota::per_minute(NonZeroU32::new(2).expect("two"))),
            forms: RateLimiter::keyed(Quota::per_minute(NonZeroU32::MIN)),
            sign_in: RateLimiter::keyed(Quota::per_minute(NonZeroU32::MIN)),
        };
        let one: IpAddr = "192.0.2.1".parse().expect("address");
        let other: IpAddr = "192.0.2.2".parse().expect("address");
        assert_eq!(limits.check(Limited::TriageApi, one), None);
        assert_eq!(limits.check(Limited::TriageApi, one), None);
        let wait = limits
            .check(Limited::TriageApi, one)
            .expect("the third in a minute waits");
        assert!(wait > Duration::ZERO && wait <= Duration::from_secs(30), "{wait:?}");
        assert_eq!(
            limits.check(Limited::TriageApi, other),
            None,
            "another address has its own"
        );
        assert_eq!(limits.check(Limited::PublicForm, one), None, "each kind has its own");
    }
}
