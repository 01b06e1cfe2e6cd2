//! Database access: plain async functions over a pool or a transaction, with queries checked at
//! compile time against the migrations (`.sqlx/` holds the offline data).

pub mod audit;
pub mod cases;
pub mod contact;
pub mod directory;
pub mod referral;
pub mod revisions;
pub mod staff;

use sqlx::SqlitePool;
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};
use std::str::FromStr;
use std::time::Duration;

pub type Pool = SqlitePool;

/// Opens (creating if needed) the SQLite database at `url`, in WAL mode with a busy timeout so
/// that concurrent writers wait rather than fail.
pub async fn connect(url: &str) -> Result<Pool, sqlx::Error> {
    let options = SqliteConnectOptions::from_str(url)?
        .create_if_missing(true)
        .journal_mode(SqliteJournalMode::Wal)
        .synchronous(SqliteSynchronous::Normal)
        .busy_timeout(Duration::from_secs(5))
        .foreign_keys(true);
    SqlitePoolOptions::new().max_connections(8).connect_with(options).await
}

/// Applies every migration not yet applied.
pub async fn migrate(pool: &Pool) -> Result<(), sqlx::migrate::MigrateError> {
    sqlx::migrate!("../migrations/sqlite").run(pool).await
}

/// Writes a consistent copy of the whole database to the new file `path` while the portal keeps
/// running (SQLite's `VACUUM INTO`, which refuses to overwrite a file that has content).
pub async fn backup_into(pool: &Pool, path: &std::path::Path) -> Result<(), sqlx::Error> {
    // A maintenance statement with no result to check, so not one of the compile-time queries.
    sqlx::query("VACUUM INTO $1")
        .bind(path.to_string_lossy().into_owned())
        .execute(pool)
        .await?;
    Ok(())
}
