//! Database access: plain async functions over a pool or a transaction, with queries checked at
//! compile time against the migrations (`.sqlx/` holds the offline data).

pub mod audit;
pub mod cases;
pub mod contact;
pub mod directory;
pub mod referral;
pub mod revisions;
pub mod staff;

pub mod backend;

pub use backend::{Backend, ConnectError, Exec, Job, Pool, Split, Tx, connect};

/// Writes a consistent copy of the whole database to the new file `path` while the portal keeps
/// running (SQLite's `VACUUM INTO`, which refuses to overwrite a file that has content).
/// For PostgreSQL this is pg_dump's job; the error says so.
pub async fn backup_into(pool: &Pool, path: &std::path::Path) -> Result<(), BackupError> {
    let Pool::Sqlite(pool) = pool else {
        return Err(BackupError::UsePgDump);
    };
    // A maintenance statement with no result to check, so not one of the compile-time queries.
    sqlx::query("VACUUM INTO $1")
        .bind(path.to_string_lossy().into_owned())
        .execute(pool)
        .await?;
    Ok(())
}

#[derive(Debug, thiserror::Error)]
pub enum BackupError {
    #[error("on PostgreSQL, back up with pg_dump (see the README's Backups section)")]
    UsePgDump,
    #[error(transparent)]
    Database(#[from] sqlx::Error),
}
