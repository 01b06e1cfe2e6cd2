//! Staff authentication: password hashing, second factors, one-time secrets, sessions with
//! CSRF tokens, and sign-in throttling. The public side never reaches any of it: its cookie is
//! scoped to `/staff`.

pub mod mail;
pub mod password;
pub mod secret;
pub mod session;
pub mod throttle;
pub mod totp;

/// A timestamp as stored: whole seconds in UTC with a fixed width, so that text comparison in
/// SQL is time comparison.
pub fn timestamp_text(at: jiff::Timestamp) -> String {
    at.strftime("%Y-%m-%dT%H:%M:%SZ").to_string()
}

pub fn now_text() -> String {
    timestamp_text(jiff::Timestamp::now())
}

/// Reads a stored timestamp back.
pub fn parse_timestamp(text: &str) -> Option<jiff::Timestamp> {
    text.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stored_times_sort_as_text_in_time_order() {
        let early: jiff::Timestamp = "2026-01-02T03:04:05.5Z".parse().expect("time");
        let later: jiff::Timestamp = "2026-01-02T03:04:06Z".parse().expect("time");
        assert_eq!(timestamp_text(early), "2026-01-02T03:04:05Z");
        assert!(timestamp_text(early) < timestamp_text(later));
        assert_eq!(parse_timestamp(&timestamp_text(later)), Some(later));
    }
}

/// How the staff side guards itself; from configuration, passed through state.
#[derive(Debug, Clone)]
pub struct StaffSettings {
    /// The address the portal is reached at (`https://…`), for links in emails; no trailing slash.
    pub public_url: String,
    /// Cookies carry `Secure` when the portal is served over TLS.
    pub secure_cookies: bool,
    /// A session ends after this long without a request…
    pub session_idle: jiff::SignedDuration,
    /// …and after this long in any case.
    pub session_lifetime: jiff::SignedDuration,
    /// Failed sign-ins in a row before an account is locked, and for how long.
    pub lockout_after: i64,
    pub lockout_for: jiff::SignedDuration,
    /// Failed sign-ins from one client address within `lockout_for` before it is refused.
    pub client_failure_limit: i64,
    pub setup_link_lifetime: jiff::SignedDuration,
    pub reset_link_lifetime: jiff::SignedDuration,
    /// Whether the client address is the first entry of `X-Forwarded-For` (behind a proxy that
    /// sets it) rather than the connection's peer.
    pub trust_forwarded_for: bool,
}

impl StaffSettings {
    pub fn new(public_url: &str) -> Self {
        let public_url = public_url.trim_end_matches('/').to_owned();
        StaffSettings {
            secure_cookies: public_url.starts_with("https://"),
            public_url,
            session_idle: jiff::SignedDuration::from_mins(30),
            session_lifetime: jiff::SignedDuration::from_hours(12),
            lockout_after: 5,
            lockout_for: jiff::SignedDuration::from_mins(15),
            client_failure_limit: 30,
            setup_link_lifetime: jiff::SignedDuration::from_hours(72),
            reset_link_lifetime: jiff::SignedDuration::from_hours(1),
            trust_forwarded_for: false,
        }
    }
}

/// `now + duration`, saturating: the durations here are hours, never near the limits.
pub fn later(now: jiff::Timestamp, duration: jiff::SignedDuration) -> jiff::Timestamp {
    now.checked_add(duration).unwrap_or(jiff::Timestamp::MAX)
}

/// `now - duration`, saturating.
pub fn earlier(now: jiff::Timestamp, duration: jiff::SignedDuration) -> jiff::Timestamp {
    now.checked_sub(duration).unwrap_or(jiff::Timestamp::MIN)
}
