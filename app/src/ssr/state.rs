//! What every request handler can reach. Built once at start-up and passed through axum state.

use super::content::ContentPages;
use super::db::Pool;
use super::directory::SharedDirectory;
use leptos::config::LeptosOptions;
use std::sync::Arc;

#[derive(Clone)]
pub struct AppState {
    pub pool: Pool,
    pub directory: SharedDirectory,
    pub content: Arc<ContentPages>,
    pub leptos_options: LeptosOptions,
}

impl AppState {
    /// Reloads the in-memory directory from the database after any change to listings.
    pub async fn reload_directory(&self) -> Result<usize, sqlx::Error> {
        let services = super::db::directory::load_active_services(&self.pool).await?;
        let count = services.len();
        self.directory.replace(super::directory::Directory::new(services));
        Ok(count)
    }
}

impl axum::extract::FromRef<AppState> for LeptosOptions {
    fn from_ref(state: &AppState) -> Self {
        state.leptos_options.clone()
    }
}
