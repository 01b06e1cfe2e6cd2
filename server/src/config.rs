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
    /// The address people reach the portal at, for links in emails; `https://` makes staff
    /// cookies `Secure`.
    #[arg(
        long,
        global = true,
        env = "PORTAL_PUBLIC_URL",
        default_value = "http://127.0.0.1:3000"
    )]
    pub public_url: String,
    /// SMTP server for staff email (`smtp://host:25`, `smtps://user:password@host`); without
    /// it, email is written to files in the data folder's `mail/`.
    #[arg(long, global = true, env = "PORTAL_SMTP_URL")]
    pub smtp_url: Option<String>,
    /// The sender of staff email.
    #[arg(
        long,
        global = true,
        env = "PORTAL_MAIL_FROM",
        default_value = "London Victims Portal <no-reply@localhost>"
    )]
    pub mail_from: String,
    /// Take the client address from `X-Forwarded-For` (only behind a proxy that sets it).
    #[arg(long, global = true, env = "PORTAL_TRUST_FORWARDED_FOR", default_value_t = false, action = clap::ArgAction::Set)]
    pub trust_forwarded_for: bool,
}

#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("PORTAL_DATABASE_URL `{0}` is not supported: use sqlite://PATH (PostgreSQL support is planned)")]
    UnsupportedDatabase(String),
    #[error(
        "PORTAL_CONTENT_DIR `{0}` has no taxonomy.toml: run from the repository root or set PORTAL_CONTENT_DIR to the content folder"
    )]
    MissingContent(PathBuf),
    #[error("PORTAL_PUBLIC_URL `{0}` must start with https:// (or http:// for local use) and have no path")]
    PublicUrl(String),
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
        let rest = self
            .public_url
            .strip_prefix("https://")
            .or_else(|| self.public_url.strip_prefix("http://"));
        if !rest.is_some_and(|host| !host.is_empty() && !host.trim_end_matches('/').contains(['/', '?', '#', ' '])) {
            return Err(ConfigError::PublicUrl(self.public_url.clone()));
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

    pub fn staff_settings(&self) -> app::ssr::auth::StaffSettings {
        let mut settings = app::ssr::auth::StaffSettings::new(&self.public_url);
        settings.trust_forwarded_for = self.trust_forwarded_for;
        settings
    }

    pub fn mailer(&self) -> Result<app::ssr::auth::mail::Mailer, app::ssr::auth::mail::MailerError> {
        app::ssr::auth::mail::Mailer::new(self.smtp_url.as_deref(), &self.mail_from, self.data_dir.join("mail"))
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
