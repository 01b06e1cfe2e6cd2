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
    /// The key that seals personal details at rest: 32 random bytes in base64. Without it, a key
    /// is made once and kept in the data folder's `data.key` (for development).
    #[arg(long, global = true, env = "PORTAL_DATA_KEY", hide_env_values = true)]
    pub data_key: Option<String>,
    /// Earlier data keys, comma-separated, still needed to open what they sealed until
    /// `portal rotate-key` has sealed it again with the current key.
    #[arg(long, global = true, env = "PORTAL_PREVIOUS_DATA_KEYS", hide_env_values = true)]
    pub previous_data_keys: Option<String>,
    /// Days a contact request or referral is kept after it ended before it is deleted.
    #[arg(long, global = true, env = "PORTAL_RETENTION_DAYS", default_value_t = 180)]
    pub retention_days: u32,
    /// Triage API requests (`POST /api/v1/triage`) allowed per client address per minute.
    #[arg(long, global = true, env = "PORTAL_RATE_LIMIT_TRIAGE", default_value_t = 60,
          value_parser = clap::value_parser!(u32).range(1..))]
    pub rate_limit_triage: u32,
    /// Public form posts (what happened, get in touch) allowed per client address per minute.
    #[arg(long, global = true, env = "PORTAL_RATE_LIMIT_FORMS", default_value_t = 20,
          value_parser = clap::value_parser!(u32).range(1..))]
    pub rate_limit_forms: u32,
    /// Staff sign-in posts (password, code, set-up, password reset) allowed per client address
    /// per minute.
    #[arg(long, global = true, env = "PORTAL_RATE_LIMIT_SIGN_IN", default_value_t = 10,
          value_parser = clap::value_parser!(u32).range(1..))]
    pub rate_limit_sign_in: u32,
}

#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("PORTAL_DATABASE_URL `{0}` is not supported: use sqlite://PATH or postgres://USER@HOST:PORT/DATABASE")]
    UnsupportedDatabase(String),
    #[error(
        "PORTAL_CONTENT_DIR `{0}` has no taxonomy.toml: run from the repository root or set PORTAL_CONTENT_DIR to the content folder"
    )]
    MissingContent(PathBuf),
    #[error("PORTAL_PUBLIC_URL `{0}` must start with https:// (or http:// for local use) and have no path")]
    PublicUrl(String),
    #[error("PORTAL_DATA_KEY: {0}")]
    DataKey(String),
    #[error("PORTAL_PREVIOUS_DATA_KEYS: {0}")]
    PreviousDataKey(String),
    #[error("cannot read or create the data key file {path}")]
    KeyFile { path: PathBuf, source: std::io::Error },
    #[error("cannot create PORTAL_DATA_DIR `{path}`")]
    DataDir { path: PathBuf, source: std::io::Error },
}

impl Config {
    /// Checks the configuration and prepares the data folder.
    pub fn validate(&self) -> Result<(), ConfigError> {
        if let Some(url) = &self.database_url
            && app::ssr::db::Backend::of_url(url).is_none()
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

    /// The data keys: from configuration, or from `data.key` in the data folder (made on first
    /// use, readable by its owner only).
    pub fn key_ring(&self) -> Result<app::ssr::sealed::KeyRing, ConfigError> {
        use app::ssr::sealed::{new_key, parse_key};
        let current = if let Some(key) = &self.data_key {
            key.clone()
        } else {
            let path = self.data_dir.join("data.key");
            if !path.exists() {
                write_private(&path, &new_key()).map_err(|source| ConfigError::KeyFile {
                    path: path.clone(),
                    source,
                })?;
            }
            std::fs::read_to_string(&path).map_err(|source| ConfigError::KeyFile { path, source })?
        };
        let current = parse_key(&current).map_err(|e| ConfigError::DataKey(e.to_string()))?;
        let previous = self
            .previous_data_keys
            .as_deref()
            .unwrap_or_default()
            .split(',')
            .filter(|k| !k.trim().is_empty())
            .map(parse_key)
            .collect::<Result<Vec<_>, _>>()
            .map_err(|e| ConfigError::PreviousDataKey(e.to_string()))?;
        Ok(app::ssr::sealed::KeyRing::new(&current, &previous))
    }

    /// Contact requests and referrals that ended before this are deleted.
    pub fn retention_cutoff(&self) -> String {
        let now = jiff::Timestamp::now();
        let cutoff = now
            .checked_sub(jiff::SignedDuration::from_hours(24 * i64::from(self.retention_days)))
            .unwrap_or(jiff::Timestamp::MIN);
        app::ssr::auth::timestamp_text(cutoff)
    }

    pub fn directory_dir(&self) -> PathBuf {
        self.content_dir.join("directory")
    }
}

/// Writes a file only its owner can read.
fn write_private(path: &std::path::Path, text: &str) -> std::io::Result<()> {
    use std::io::Write as _;
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    options.open(path)?.write_all(text.as_bytes())
}

/// A database URL without its password, for error messages.
pub(crate) fn redact(url: &str) -> String {
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
