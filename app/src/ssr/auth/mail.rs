//! Email to staff: through an SMTP server in production, or written as files (one `.eml` per
//! message) for development and tests. Messages carry links, never personal details.

use lettre::message::{Mailbox, header::ContentType};
use lettre::{AsyncFileTransport, AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use std::path::PathBuf;

#[derive(Clone)]
pub enum Mailer {
    Smtp {
        transport: AsyncSmtpTransport<Tokio1Executor>,
        from: Mailbox,
    },
    Files {
        transport: AsyncFileTransport<Tokio1Executor>,
        folder: PathBuf,
        from: Mailbox,
    },
}

#[derive(Debug, thiserror::Error)]
pub enum MailerError {
    #[error(
        "PORTAL_SMTP_URL is not usable ({0}): write smtp://HOST:PORT for plain SMTP, smtps://USER:PASSWORD@HOST for TLS"
    )]
    SmtpUrl(String),
    #[error("PORTAL_MAIL_FROM `{0}` is not an email address")]
    From(String),
    #[error("cannot create the mail folder {path}")]
    Folder { path: PathBuf, source: std::io::Error },
}

impl Mailer {
    /// SMTP when `smtp_url` is given (`smtp://host:port`, `smtps://user:pass@host`, or
    /// `smtp://…?tls=required` for STARTTLS), files in `folder` otherwise.
    pub fn new(smtp_url: Option<&str>, from: &str, folder: PathBuf) -> Result<Self, MailerError> {
        let from: Mailbox = from.parse().map_err(|_| MailerError::From(from.to_owned()))?;
        if let Some(url) = smtp_url {
            // The URL carries the credentials, if any (`smtps://user:password@host`).
            let transport = AsyncSmtpTransport::<Tokio1Executor>::from_url(url)
                .map_err(|error| MailerError::SmtpUrl(error.to_string()))?
                .build();
            return Ok(Mailer::Smtp { transport, from });
        }
        std::fs::create_dir_all(&folder).map_err(|source| MailerError::Folder {
            path: folder.clone(),
            source,
        })?;
        Ok(Mailer::Files {
            transport: AsyncFileTransport::new(&folder),
            folder,
            from,
        })
    }

    /// Where development mail is written, if it is.
    pub fn folder(&self) -> Option<&std::path::Path> {
        match self {
            Mailer::Smtp { .. } => None,
            Mailer::Files { folder, .. } => Some(folder),
        }
    }

    /// Sends a plain-text message. Fluent wraps arguments in bidirectional isolation marks, which
    /// help on a page but would end up inside a link in a mail client: they are removed.
    pub async fn send(&self, to: &str, subject: &str, body: String) -> anyhow::Result<()> {
        let plain = |text: &str| text.replace(['\u{2068}', '\u{2069}'], "");
        let (subject, body) = (plain(subject), plain(&body));
        let from = match self {
            Mailer::Smtp { from, .. } | Mailer::Files { from, .. } => from.clone(),
        };
        let message = Message::builder()
            .from(from)
            .to(to.parse()?)
            .subject(subject)
            .header(ContentType::TEXT_PLAIN)
            .body(body)?;
        match self {
            Mailer::Smtp { transport, .. } => {
                transport.send(message).await?;
            }
            Mailer::Files { transport, .. } => {
                transport.send(message).await?;
            }
        }
        Ok(())
    }
}
