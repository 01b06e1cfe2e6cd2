//! Keeping instances in step. Each instance serves listings from its own memory and its own
//! search index; when one of them (or `portal import`) changes listings in a shared PostgreSQL
//! database it announces it, and every other instance reloads from the database. SQLite serves
//! one instance, so there is nobody to tell.

use super::db::Pool;
use super::state::AppState;
use sqlx::PgPool;
use sqlx::postgres::PgListener;
use std::time::Duration;

/// The PostgreSQL notification channel; the payload is the announcing instance's id.
const CHANNEL: &str = "portal_listings_changed";

/// Tells the other instances that listings changed. Announcements are not stored: an instance
/// that is not listening reloads everything when it connects again.
pub async fn announce(pool: &Pool, instance_id: &str) -> Result<(), sqlx::Error> {
    if let Pool::Postgres(pool) = pool {
        // PostgreSQL only, so not one of the dual compile-time queries.
        sqlx::query("SELECT pg_notify($1, $2)")
            .bind(CHANNEL)
            .bind(instance_id)
            .execute(pool)
            .await?;
    }
    Ok(())
}

/// Listening for other instances' announcements: made before the directory is first loaded, so
/// that nothing announced in between is missed.
pub struct Subscription {
    listener: PgListener,
    pool: PgPool,
}

/// Starts listening (PostgreSQL); None on SQLite, where there is no one to hear.
pub async fn subscribe(pool: &Pool) -> Result<Option<Subscription>, sqlx::Error> {
    let Pool::Postgres(pool) = pool else {
        return Ok(None);
    };
    Ok(Some(Subscription {
        listener: listen_on(pool).await?,
        pool: pool.clone(),
    }))
}

async fn listen_on(pool: &PgPool) -> Result<PgListener, sqlx::Error> {
    let mut listener = PgListener::connect_with(pool).await?;
    listener.listen(CHANNEL).await?;
    Ok(listener)
}

/// Follows the other instances' announcements for as long as the process runs, reloading the
/// directory and index on each. After a lost connection it reconnects and reloads in full, since
/// announcements sent while it was not listening are lost.
pub async fn follow(state: AppState, subscription: Subscription) {
    let Subscription { mut listener, pool } = subscription;
    loop {
        loop {
            match listener.try_recv().await {
                Ok(Some(notification)) if notification.payload() == &*state.instance_id => {}
                Ok(Some(_)) => reload(&state, "another instance changed listings").await,
                Ok(None) => break,
                Err(error) => {
                    tracing::warn!(%error, "lost the connection that hears other instances' changes");
                    break;
                }
            }
        }
        tracing::warn!("reconnecting to hear other instances' changes");
        listener = reconnect(&pool).await;
        reload(&state, "resync after reconnecting").await;
    }
}

/// Subscribes again, waiting longer between attempts (up to 5 seconds) while the database is away.
async fn reconnect(pool: &PgPool) -> PgListener {
    let mut wait = Duration::from_millis(100);
    loop {
        match listen_on(pool).await {
            Ok(listener) => return listener,
            Err(error) => tracing::warn!(%error, "cannot listen for other instances' changes yet"),
        }
        tokio::time::sleep(wait).await;
        wait = (wait * 2).min(Duration::from_secs(5));
    }
}

async fn reload(state: &AppState, why: &'static str) {
    match state.reload_directory().await {
        Ok(services) => tracing::info!(services, why, "directory reloaded"),
        Err(error) => tracing::error!(error = format!("{error:#}"), why, "cannot reload the directory"),
    }
}
