//! Open Referral UK 3.0: the directory published through the standard's API, and data
//! packages (CSV tables or JSON) imported and exported.
//!
//! - `model`: the directory in the standard's terms, every record with its UUID;
//! - `db`: reading that model from the directory tables, and writing it;
//! - `wire`: the standard's JSON, and the rendering of the model into it;
//! - `api`: the query parameters, filters and pages of the `/openreferral/` API;
//! - `read` and `import`: packages read, validated and written in one transaction;
//! - `export`: the published directory written as a CSV data package.

pub mod api;
pub mod db;
pub mod export;
pub mod import;
pub mod model;
pub mod read;
pub mod wire;

use std::path::PathBuf;
use wire::Origin;

/// Why an import failed. Every message names the file, and the record or line and the field
/// where there is one.
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    #[error("cannot read {path}")]
    Read { path: PathBuf, source: std::io::Error },
    #[error("{path}: {problem}")]
    Package { path: PathBuf, problem: String },
    /// Not a source: the parser's message (line, column) belongs in the one line a person reads.
    #[error("{path}: {}not valid Open Referral JSON: {cause}", if place.is_empty() { String::new() } else { format!("{place}: ") })]
    Json {
        path: PathBuf,
        place: String,
        cause: String,
    },
    #[error("{path}: {}not a valid CSV table: {cause}", line.map(|l| format!("line {l}: ")).unwrap_or_default())]
    Csv {
        path: PathBuf,
        line: Option<u64>,
        cause: String,
    },
    #[error("{origin}: field `{field}`: {problem}")]
    Invalid {
        origin: Origin,
        field: String,
        problem: String,
    },
    #[error("{path}: no directory or Open Referral files (*.json, *.csv) found")]
    Empty { path: PathBuf },
    #[error(transparent)]
    Portal(#[from] crate::ssr::import::ImportError),
    #[error("database: {0}")]
    Database(#[from] sqlx::Error),
}

/// Why an export failed.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error("cannot write {path}")]
    Write { path: PathBuf, source: std::io::Error },
    #[error("cannot write {path}: {source}")]
    Csv { path: PathBuf, source: csv::Error },
    #[error("database: {0}")]
    Database(#[from] sqlx::Error),
}

/// A UUID derived from a name, for records that a package needs but does not name (the
/// taxonomy of terms that give none; the contact that links a service's phones in the UK
/// profile's tables): the same name always gives the same id.
pub fn stable_id(kind: &str, key: &str) -> String {
    const NAMESPACE: uuid::Uuid = uuid::Uuid::from_u128(0x2b0e_57d1_93a4_4c1f_a0de_6c1b_8f3e_9a42);
    uuid::Uuid::new_v5(&NAMESPACE, format!("{kind}:{key}").as_bytes()).to_string()
}
