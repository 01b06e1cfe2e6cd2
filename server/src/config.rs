//! Configuration from flags and `PORTAL_*` environment variables (documented in
//! `.env.example`), checked once at start-up with messages that say how to fix a mistake.

use std::net::SocketAddr;
use std::path::PathBuf;

#[derive(Debug, Clone, clap::Args)]
pub struct Config {
    /// Address to listen on.
    #[arg(long, global = true, env = "PORTAL_ADDR", default_value = "127.0.0.1:3000")]
    pub addr: SocketAddr,
    /// Folder for the SQLite database and the search index.
    #[arg(long, global = true, env = "PORTAL_DATA_DIR", default_value = "data")]
    pub data_dir: PathBuf,
    /// Database URL; overrides the SQLite file in the data folder.
    #[arg(long, global = true, env = "PORTAL_DATABASE_URL")]
    pub database_url: Option<String>,
    /// Folder of content: Markdown pages, the taxonomy and the demonstration directory.
    #[arg(long, global = true, env = "PORTAL_CONTENT_DIR", default_value = "content")]
    pub content_dir: PathBuf,
    /// Folder of built site assets (styles, scripts, WebAssembly).
    #[arg(long, global = true, env = "LEPTOS_SITE_ROOT", default_value = "target/site")]
    pub site_root: PathBuf,
    /// Import the demonstration directory when the database holds no services.
    #[arg(long, global = true, env = "PORTAL_SEED_DEMO", default_value_t = true, action = clap::ArgAction::Set)]
    pub seed_demo: bool,
}

#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("PORTAL_DATABASE_URL `{0}` is not supported: use sqlite://PATH (PostgreSQL support is planned)")]
    UnsupportedDatabase(String),
    #[error(
        "PORTAL_CONTENT_DIR `{0}` has no taxonomy.toml: run from the repository root or set PORTAL_CONTENT_DIR to the content folder"
    )]
    MissingContent(PathBuf),
    #[error("cannot create PORTAL_DATA_DIR `{path}`")]
    DataDir { path: PathBuf, source: std::io::Error },
}

impl Config {
    /// Checks the configuration and prepares the data folder.
    pub fn validate(&self) -> Result<(), ConfigError> {
        if let Some(url) = &self.database_url
            && !url.starts_with("sqlite:")
        {
            return Err(ConfigError::UnsupportedDatabase(redact(url)));
        }
        if !self.content_dir.join("taxonomy.toml").is_file() {
            return Err(ConfigError::MissingContent(self.content_dir.clone()));
        }
        std::fs::create_dir_all(&self.data_dir).map_err(|source| ConfigError::DataDir {
            path: self.data_dir.clone(),
            source,
        })?;
        Ok(())
    }

    pub fn database_url(&self) -> String {
        self.database_url
            .clone()
            .unwrap_or_else(|| format!("sqlite://{}", self.data_dir.join("portal.sqlite3").display()))
    }

    pub fn directory_dir(&self) -> PathBuf {
        self.content_dir.join("directory")
    }
}

/// A database URL without its password, for error messages.
fn redact(url: &str) -> String {
    match (url.find("://"), url.rfind('@')) {
        (Some(scheme_end), Some(at)) if at > scheme_end => format!("{}://…{}", &url[..scheme_end], &url[at..]),
        _ => url.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passwords_never_reach_messages() {
        assert_eq!(redact("postgres://user:secret@db/portal"), "postgres://…@db/portal");
    }
}
