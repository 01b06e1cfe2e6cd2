//! Sign-in throttling: per account (a lock after several failures in a row) and per client
//! address (a ceiling on failures within the window), both in the database so that every
//! instance of the portal sees the same counts. Client addresses are stored as digests only.

use super::{StaffSettings, earlier, later, secret, timestamp_text};
use crate::ssr::db::Pool;
use crate::ssr::db::audit::{self, AuditEntry};
use crate::ssr::db::staff;
use axum::http::HeaderMap;
use std::net::IpAddr;

/// The client address a request came from: the connection's peer, or the first
/// `X-Forwarded-For` entry when the portal is configured to trust its proxy.
pub fn client_address(headers: &HeaderMap, peer: Option<IpAddr>, settings: &StaffSettings) -> Option<IpAddr> {
    if settings.trust_forwarded_for
        && let Some(forwarded) = headers
            .get("x-forwarded-for")
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.split(',').next())
            .and_then(|v| v.trim().parse().ok())
    {
        return Some(forwarded);
    }
    peer
}

fn client_key(address: Option<IpAddr>) -> String {
    secret::digest(&address.map_or_else(|| "unknown".to_owned(), |a| a.to_string()))
}

/// Whether this client address has failed too often lately.
pub async fn client_blocked(
    pool: &Pool,
    settings: &StaffSettings,
    address: Option<IpAddr>,
) -> Result<bool, sqlx::Error> {
    let since = timestamp_text(earlier(jiff::Timestamp::now(), settings.lockout_for));
    Ok(staff::client_failures_since(pool, &client_key(address), &since).await? >= settings.client_failure_limit)
}

/// Whether an account is locked now.
pub fn account_locked(user: &staff::StaffUserRow) -> bool {
    user.locked_until
        .as_deref()
        .and_then(super::parse_timestamp)
        .is_some_and(|until| until > jiff::Timestamp::now())
}

/// Counts a failed attempt against the client address and, when known, the account.
pub async fn record_failure(
    pool: &Pool,
    settings: &StaffSettings,
    address: Option<IpAddr>,
    user_id: Option<&str>,
) -> Result<(), sqlx::Error> {
    let now = jiff::Timestamp::now();
    staff::record_client_failure(pool, &client_key(address), &timestamp_text(now)).await?;
    if let Some(user_id) = user_id {
        let until = timestamp_text(later(now, settings.lockout_for));
        let locked = staff::record_failed_login(pool, user_id, settings.lockout_after, &until).await?;
        if locked {
            tracing::warn!(user_id, "staff account locked after repeated failed sign-ins");
        }
        let entry = AuditEntry {
            action: if locked { "account-locked" } else { "sign-in-failed" },
            target_type: "staff_user",
            target_id: Some(user_id),
            ..AuditEntry::default()
        };
        audit::record(pool, &entry, &timestamp_text(now)).await?;
    }
    Ok(())
}
