//! What every request handler can reach. Built once at start-up and passed through axum state.

use super::auth::StaffSettings;
use super::auth::mail::Mailer;
use super::content::ContentPages;
use super::db::Pool;
use super::directory::{Directory, SharedDirectory};
use super::sealed::KeyRing;
use super::triage::TriageEngine;
use leptos::config::LeptosOptions;
use std::sync::Arc;

#[derive(Clone)]
pub struct AppState {
    pub pool: Pool,
    pub directory: SharedDirectory,
    pub triage: Arc<TriageEngine>,
    pub content: Arc<ContentPages>,
    pub leptos_options: LeptosOptions,
    pub staff: Arc<StaffSettings>,
    pub mailer: Mailer,
    /// Seals and opens personal details at rest.
    pub keys: Arc<KeyRing>,
    /// Tells this instance's own announcements apart from other instances' (see `changes`).
    pub instance_id: Arc<str>,
}

impl AppState {
    /// After this instance changed listings: reloads its directory and index and tells the
    /// other instances to reload theirs.
    pub async fn listings_changed(&self) -> anyhow::Result<()> {
        self.reload_directory().await?;
        // The change is saved whatever happens here; an instance that misses the announcement
        // because the database connection failed resyncs when it reconnects.
        if let Err(error) = super::changes::announce(&self.pool, &self.instance_id).await {
            tracing::warn!(%error, "cannot tell other instances that listings changed");
        }
        Ok(())
    }

    /// Reloads the in-memory directory and the listings index from the database after any
    /// change to listings.
    pub async fn reload_directory(&self) -> anyhow::Result<usize> {
        let services = super::db::directory::load_active_services(&self.pool).await?;
        let count = services.len();
        let directory = Directory::new(services);
        let triage = Arc::clone(&self.triage);
        let directory =
            tokio::task::spawn_blocking(move || triage.reindex(directory.details()).map(|()| directory)).await??;
        self.directory.replace(directory);
        Ok(count)
    }
}

impl axum::extract::FromRef<AppState> for LeptosOptions {
    fn from_ref(state: &AppState) -> Self {
        state.leptos_options.clone()
    }
}
