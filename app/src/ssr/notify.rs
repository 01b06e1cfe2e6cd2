//! Email to staff about inbox items: what happened and a link to sign in, never anything about
//! the person. Sent after the answer, so a slow mail server never keeps anyone waiting; a
//! failure is logged without any content.

use crate::i18n::{Locale, t_in};
use crate::ssr::db::cases::providers_of;
use crate::ssr::db::revisions::find_service;
use crate::ssr::state::AppState;

/// Who is told.
#[derive(Debug, Clone)]
pub enum Audience {
    /// Every provider of the organisation that runs the service.
    ProvidersOfService { service_id: String },
    /// One staff member, in the language they read.
    Person { email: String, locale: String },
}

/// What they are told: Fluent ids of the subject and of the body, which ends with `$link`.
#[derive(Debug, Clone, Copy)]
pub struct Message {
    pub subject_id: &'static str,
    pub body_id: &'static str,
}

pub fn send_later(state: &AppState, audience: Audience, message: Message, path: String) {
    let state = state.clone();
    tokio::spawn(async move {
        if let Err(error) = send(&state, audience, message, &path).await {
            tracing::error!(error = %error, notice = message.subject_id, "cannot send a staff notification");
        }
    });
}

async fn send(state: &AppState, audience: Audience, message: Message, path: &str) -> anyhow::Result<()> {
    let recipients = match audience {
        Audience::Person { email, locale } => vec![(email, locale)],
        Audience::ProvidersOfService { service_id } => {
            let Some(service) = find_service(&state.pool, &service_id).await? else {
                return Ok(());
            };
            providers_of(&state.pool, &service.organization_id)
                .await?
                .into_iter()
                .map(|colleague| (colleague.email, colleague.locale))
                .collect()
        }
    };
    let link = format!("{}{path}", state.staff.public_url);
    for (email, tag) in recipients {
        let locale = Locale::from_tag(&tag).unwrap_or(Locale::En);
        let subject = t_in(locale, message.subject_id, &[]);
        let body = t_in(locale, message.body_id, &[("link", link.clone().into())]);
        state.mailer.send(&email, &subject, body).await?;
    }
    Ok(())
}
