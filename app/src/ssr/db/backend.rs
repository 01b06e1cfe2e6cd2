//! The two databases the portal runs on: SQLite (one instance, the default) and PostgreSQL
//! (several instances sharing one database), chosen at start-up from the URL's scheme.
//!
//! Every query is written once and checked at compile time against both: [`dual!`] compiles
//! each block of database functions twice, in a module per backend where `Pool`, `Tx` and `Db`
//! name that backend's types and `query!`, `query_as!` and `query_scalar!` check the SQL against
//! it, and puts one public function in front of each pair that picks the half for the handle it
//! is given. The PostgreSQL copy of a query carries a trailing comment so that its entry in
//! `.sqlx/` (named by the hash of the text) is its own.

use sqlx::postgres::{PgConnectOptions, PgPoolOptions};
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};
use sqlx::{PgConnection, PgPool, Postgres, Sqlite, SqliteConnection, SqlitePool};
use std::str::FromStr;
use std::time::Duration;

/// Which database a pool talks to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

impl Backend {
    /// The backend a database URL names, if the portal supports it.
    pub fn of_url(url: &str) -> Option<Self> {
        let scheme = url.split_once(':').map_or("", |(scheme, _)| scheme);
        match scheme {
            "sqlite" => Some(Self::Sqlite),
            "postgres" | "postgresql" => Some(Self::Postgres),
            _ => None,
        }
    }
}

/// A pool of connections to either database.
#[derive(Clone, Debug)]
pub enum Pool {
    Sqlite(SqlitePool),
    Postgres(PgPool),
}

/// An open transaction on either database. Dropped without [`Tx::commit`], it rolls back.
pub enum Tx {
    Sqlite(sqlx::Transaction<'static, Sqlite>),
    Postgres(sqlx::Transaction<'static, Postgres>),
}

/// What a read-or-write function runs on: the pool (each statement on its own) or a transaction.
pub enum Exec<'c> {
    Pool(&'c Pool),
    Tx(&'c mut Tx),
}

impl<'c> From<&'c Pool> for Exec<'c> {
    fn from(pool: &'c Pool) -> Self {
        Self::Pool(pool)
    }
}

impl<'c> From<&'c mut Tx> for Exec<'c> {
    fn from(tx: &'c mut Tx) -> Self {
        Self::Tx(tx)
    }
}

/// Work that must not run on two instances at once.
#[derive(Debug, Clone, Copy)]
pub enum Job {
    /// Deleting what has passed its retention period.
    Retention,
}

impl Job {
    /// The PostgreSQL advisory lock key: fixed, and distinct from any other application's by
    /// its high bits ("LVP" in ASCII).
    fn lock_key(self) -> i64 {
        const PORTAL: i64 = 0x004c_5650 << 32;
        match self {
            Self::Retention => PORTAL | 1,
        }
    }
}

/// A handle taken apart into the backend it belongs to.
pub enum Split<S, P> {
    Sqlite(S),
    Postgres(P),
}

#[derive(Debug, thiserror::Error)]
pub enum ConnectError {
    #[error("the database URL must start with sqlite:// or postgres://")]
    UnsupportedScheme,
    #[error(transparent)]
    Database(#[from] sqlx::Error),
}

/// Opens a pool on the database `url` names. SQLite: the file is created if missing, in WAL mode
/// with a busy timeout so that concurrent writers wait rather than fail. PostgreSQL: the
/// database must exist; the first connection is made here so that a wrong address fails now.
pub async fn connect(url: &str) -> Result<Pool, ConnectError> {
    match Backend::of_url(url) {
        Some(Backend::Sqlite) => {
            let options = SqliteConnectOptions::from_str(url)?
                .create_if_missing(true)
                .journal_mode(SqliteJournalMode::Wal)
                .synchronous(SqliteSynchronous::Normal)
                .busy_timeout(Duration::from_secs(5))
                .foreign_keys(true);
            Ok(Pool::Sqlite(
                SqlitePoolOptions::new()
                    .max_connections(8)
                    .connect_with(options)
                    .await?,
            ))
        }
        Some(Backend::Postgres) => {
            let options = PgConnectOptions::from_str(url)?.application_name("london-victims-portal");
            Ok(Pool::Postgres(
                PgPoolOptions::new()
                    .max_connections(16)
                    .acquire_timeout(Duration::from_secs(10))
                    .connect_with(options)
                    .await?,
            ))
        }
        None => Err(ConnectError::UnsupportedScheme),
    }
}

impl Pool {
    pub fn split(&self) -> Split<&SqlitePool, &PgPool> {
        match self {
            Self::Sqlite(pool) => Split::Sqlite(pool),
            Self::Postgres(pool) => Split::Postgres(pool),
        }
    }

    pub async fn begin(&self) -> Result<Tx, sqlx::Error> {
        Ok(match self {
            Self::Sqlite(pool) => Tx::Sqlite(pool.begin().await?),
            Self::Postgres(pool) => Tx::Postgres(pool.begin().await?),
        })
    }

    /// Begins a transaction that holds `job`'s lock until it ends, or None when another instance
    /// holds it now. PostgreSQL: a transaction-level advisory lock. SQLite serves one instance,
    /// whose write transactions already follow one another.
    pub async fn begin_job(&self, job: Job) -> Result<Option<Tx>, sqlx::Error> {
        let mut tx = self.begin().await?;
        if let Tx::Postgres(pg) = &mut tx {
            // PostgreSQL only, so not one of the dual compile-time queries.
            let locked: bool = sqlx::query_scalar("SELECT pg_try_advisory_xact_lock($1)")
                .bind(job.lock_key())
                .fetch_one(&mut **pg)
                .await?;
            if !locked {
                return Ok(None);
            }
        }
        Ok(Some(tx))
    }

    /// Applies every migration not yet applied (each backend has its own folder of them).
    pub async fn migrate(&self) -> Result<(), sqlx::migrate::MigrateError> {
        match self {
            Self::Sqlite(pool) => sqlx::migrate!("../migrations/sqlite").run(pool).await,
            Self::Postgres(pool) => sqlx::migrate!("../migrations/postgres").run(pool).await,
        }
    }

    /// Whether the database answers.
    pub async fn ping(&self) -> Result<(), sqlx::Error> {
        // A statement with no result to check, so not one of the compile-time queries.
        match self {
            Self::Sqlite(pool) => sqlx::query("SELECT 1").execute(pool).await.map(drop),
            Self::Postgres(pool) => sqlx::query("SELECT 1").execute(pool).await.map(drop),
        }
    }
}

impl Tx {
    pub fn split(&mut self) -> Split<&mut SqliteConnection, &mut PgConnection> {
        match self {
            Self::Sqlite(tx) => Split::Sqlite(&mut **tx),
            Self::Postgres(tx) => Split::Postgres(&mut **tx),
        }
    }

    pub async fn commit(self) -> Result<(), sqlx::Error> {
        match self {
            Self::Sqlite(tx) => tx.commit().await,
            Self::Postgres(tx) => tx.commit().await,
        }
    }

    pub async fn rollback(self) -> Result<(), sqlx::Error> {
        match self {
            Self::Sqlite(tx) => tx.rollback().await,
            Self::Postgres(tx) => tx.rollback().await,
        }
    }
}

/// Compiles a block of database functions once per backend (see the module's documentation).
///
/// Each function's first parameter is its handle, written `pool: &Pool` (statements on the
/// pool), `tx: &mut Tx` (inside the caller's transaction) or
/// `executor: impl Executor<'_, Database = Db>` (either). Functions without `pub` are helpers
/// of the block and get no public front.
macro_rules! dual {
    // Every item read: emit both halves and the fronts.
    (@munch ($d:tt) [$($fronts:tt)*]) => {
        #[cfg(not(feature = "sqlx-prepare-postgres"))]
        #[allow(clippy::too_many_arguments)]
        mod on_sqlite {
            #![allow(unused_imports, unused_macros, dead_code)]
            use super::*;
            use sqlx::Executor;
            type Db = sqlx::Sqlite;
            type Pool = sqlx::SqlitePool;
            type Tx = sqlx::SqliteConnection;
            macro_rules! query { ($d($d tokens:tt)*) => { sqlx::query!($d($d tokens)*) } }
            macro_rules! query_as { ($d($d tokens:tt)*) => { sqlx::query_as!($d($d tokens)*) } }
            macro_rules! query_scalar { ($d($d tokens:tt)*) => { sqlx::query_scalar!($d($d tokens)*) } }
            $crate::ssr::db::backend::dual!(@items $($fronts)*);
        }
        #[cfg(not(feature = "sqlx-prepare-sqlite"))]
        #[allow(clippy::too_many_arguments)]
        mod on_postgres {
            #![allow(unused_imports, unused_macros, dead_code)]
            use super::*;
            use sqlx::Executor;
            type Db = sqlx::Postgres;
            type Pool = sqlx::PgPool;
            type Tx = sqlx::PgConnection;
            macro_rules! query {
                ($d sql:literal $d(, $d arg:expr)* $d(,)?) => { sqlx::query!($d sql + "\n-- postgres" $d(, $d arg)*) };
            }
            macro_rules! query_as {
                ($d out:path, $d sql:literal $d(, $d arg:expr)* $d(,)?) => {
                    sqlx::query_as!($d out, $d sql + "\n-- postgres" $d(, $d arg)*)
                };
            }
            macro_rules! query_scalar {
                ($d sql:literal $d(, $d arg:expr)* $d(,)?) => { sqlx::query_scalar!($d sql + "\n-- postgres" $d(, $d arg)*) };
            }
            $crate::ssr::db::backend::dual!(@items $($fronts)*);
        }
        $crate::ssr::db::backend::dual!(@fronts $($fronts)*);
    };

    // A public function on the pool.
    (@munch ($d:tt) [$($done:tt)*]
        $(#[$meta:meta])* pub async fn $name:ident ($handle:ident : &Pool $(, $arg:ident : $ty:ty)* $(,)?) -> $ret:ty $body:block
        $($rest:tt)*) => {
        $crate::ssr::db::backend::dual!(@munch ($d) [$($done)*
            [pool $(#[$meta])* $name ($handle $(, $arg : $ty)*) -> $ret $body]] $($rest)*);
    };
    // A public function inside a transaction.
    (@munch ($d:tt) [$($done:tt)*]
        $(#[$meta:meta])* pub async fn $name:ident ($handle:ident : &mut Tx $(, $arg:ident : $ty:ty)* $(,)?) -> $ret:ty $body:block
        $($rest:tt)*) => {
        $crate::ssr::db::backend::dual!(@munch ($d) [$($done)*
            [tx $(#[$meta])* $name ($handle $(, $arg : $ty)*) -> $ret $body]] $($rest)*);
    };
    // A public function on either.
    (@munch ($d:tt) [$($done:tt)*]
        $(#[$meta:meta])* pub async fn $name:ident ($handle:ident : impl Executor<'_, Database = Db> $(, $arg:ident : $ty:ty)* $(,)?) -> $ret:ty $body:block
        $($rest:tt)*) => {
        $crate::ssr::db::backend::dual!(@munch ($d) [$($done)*
            [exec $(#[$meta])* $name ($handle $(, $arg : $ty)*) -> $ret $body]] $($rest)*);
    };
    // A helper of the block.
    (@munch ($d:tt) [$($done:tt)*]
        $(#[$meta:meta])* async fn $name:ident ($($params:tt)*) -> $ret:ty $body:block
        $($rest:tt)*) => {
        $crate::ssr::db::backend::dual!(@munch ($d) [$($done)*
            [helper $(#[$meta])* $name ($($params)*) -> $ret $body]] $($rest)*);
    };

    (@items $([$kind:ident $(#[$meta:meta])* $name:ident ($($params:tt)*) -> $ret:ty $body:block])*) => {
        $($crate::ssr::db::backend::dual!(@item $kind $(#[$meta])* $name ($($params)*) -> $ret $body);)*
    };
    (@item pool $(#[$meta:meta])* $name:ident ($handle:ident $(, $arg:ident : $ty:ty)*) -> $ret:ty $body:block) => {
        $(#[$meta])* pub async fn $name($handle: &Pool $(, $arg: $ty)*) -> $ret $body
    };
    (@item tx $(#[$meta:meta])* $name:ident ($handle:ident $(, $arg:ident : $ty:ty)*) -> $ret:ty $body:block) => {
        $(#[$meta])* pub async fn $name($handle: &mut Tx $(, $arg: $ty)*) -> $ret $body
    };
    (@item exec $(#[$meta:meta])* $name:ident ($handle:ident $(, $arg:ident : $ty:ty)*) -> $ret:ty $body:block) => {
        $(#[$meta])* pub async fn $name($handle: impl Executor<'_, Database = Db> $(, $arg: $ty)*) -> $ret $body
    };
    (@item helper $(#[$meta:meta])* $name:ident ($($params:tt)*) -> $ret:ty $body:block) => {
        $(#[$meta])* async fn $name($($params)*) -> $ret $body
    };

    (@fronts $([$kind:ident $(#[$meta:meta])* $name:ident ($($params:tt)*) -> $ret:ty $body:block])*) => {
        $($crate::ssr::db::backend::dual!(@front $kind $(#[$meta])* $name ($($params)*) -> $ret);)*
    };
    (@front pool $($rest:tt)*) => {
        $crate::ssr::db::backend::dual!(@split_front (&$crate::ssr::db::Pool) $($rest)*);
    };
    (@front tx $($rest:tt)*) => {
        $crate::ssr::db::backend::dual!(@split_front (&mut $crate::ssr::db::Tx) $($rest)*);
    };
    // A handle that `split()`s into its backend's own (the pool, or a transaction).
    (@split_front ($($handle_type:tt)*) $(#[$meta:meta])* $name:ident ($handle:ident $(, $arg:ident : $ty:ty)*) -> $ret:ty) => {
        $(#[$meta])*
        pub async fn $name($handle: $($handle_type)* $(, $arg: $ty)*) -> $ret {
            match $handle.split() {
                #[cfg(not(feature = "sqlx-prepare-postgres"))]
                $crate::ssr::db::Split::Sqlite($handle) => on_sqlite::$name($handle $(, $arg)*).await,
                #[cfg(not(feature = "sqlx-prepare-sqlite"))]
                $crate::ssr::db::Split::Postgres($handle) => on_postgres::$name($handle $(, $arg)*).await,
                #[cfg(any(feature = "sqlx-prepare-sqlite", feature = "sqlx-prepare-postgres"))]
                _ => unreachable!("a build that prepares one backend's queries is never run"),
            }
        }
    };
    (@front exec $(#[$meta:meta])* $name:ident ($handle:ident $(, $arg:ident : $ty:ty)*) -> $ret:ty) => {
        $(#[$meta])*
        pub async fn $name($handle: impl Into<$crate::ssr::db::Exec<'_>> $(, $arg: $ty)*) -> $ret {
            use $crate::ssr::db::{Exec, Pool, Tx};
            match $handle.into() {
                #[cfg(not(feature = "sqlx-prepare-postgres"))]
                Exec::Pool(Pool::Sqlite($handle)) => on_sqlite::$name($handle $(, $arg)*).await,
                #[cfg(not(feature = "sqlx-prepare-sqlite"))]
                Exec::Pool(Pool::Postgres($handle)) => on_postgres::$name($handle $(, $arg)*).await,
                #[cfg(not(feature = "sqlx-prepare-postgres"))]
                Exec::Tx(Tx::Sqlite($handle)) => on_sqlite::$name(&mut **$handle $(, $arg)*).await,
                #[cfg(not(feature = "sqlx-prepare-sqlite"))]
                Exec::Tx(Tx::Postgres($handle)) => on_postgres::$name(&mut **$handle $(, $arg)*).await,
                #[cfg(any(feature = "sqlx-prepare-sqlite", feature = "sqlx-prepare-postgres"))]
                _ => unreachable!("a build that prepares one backend's queries is never run"),
            }
        }
    };
    (@front helper $($ignored:tt)*) => {};

    // The entry: `$` goes down in parentheses so that the inner macros can be written.
    ($($items:tt)*) => {
        $crate::ssr::db::backend::dual!(@munch ($) [] $($items)*);
    };
}

pub(crate) use dual;
