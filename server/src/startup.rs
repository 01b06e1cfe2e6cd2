//! Building the application: database, directory, content, routes; and serving it.

use crate::config::Config;
use crate::headers;
use anyhow::Context;
use app::ssr::content::ContentPages;
use app::ssr::db;
use app::ssr::directory::SharedDirectory;
use app::ssr::import;
use app::ssr::state::AppState;
use app::ssr::triage::TriageEngine;
use app::ssr::triage::index::{self, Storage};
use app::ssr::triage::lexicon::Lexicon;
use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::http::Request;
use leptos::config::LeptosOptions;
use std::net::SocketAddr;
use std::sync::Arc;
use tokio::net::TcpListener;
use tower_http::compression::CompressionLayer;
use tower_http::services::{ServeDir, ServeFile};
use tower_http::trace::TraceLayer;

/// Form posts are short; anything larger is refused before it is read.
const MAX_BODY_BYTES: usize = 128 * 1024;

pub struct Application {
    listener: TcpListener,
    router: Router,
    state: AppState,
}

/// Opens and migrates the database named by the configuration.
pub async fn open_database(config: &Config) -> anyhow::Result<db::Pool> {
    config.validate()?;
    let url = config.database_url();
    let pool = db::connect(&url)
        .await
        .with_context(|| format!("cannot open the database at {url}"))?;
    db::migrate(&pool)
        .await
        .context("cannot apply the database migrations")?;
    Ok(pool)
}

/// Opens and migrates the database, writes the taxonomy, and imports the demonstration
/// directory when the database holds no services and seeding is on.
pub async fn prepare_database(config: &Config) -> anyhow::Result<db::Pool> {
    let pool = open_database(config).await?;
    let taxonomy = config.content_dir.join("taxonomy.toml");
    import::ensure_taxonomy(&pool, &taxonomy).await?;
    if config.seed_demo && db::directory::count_services(&pool).await? == 0 {
        let report = import::import(&pool, &config.directory_dir(), &taxonomy)
            .await
            .context("cannot import the demonstration directory")?;
        tracing::info!(
            services = report.services,
            "imported the demonstration directory into an empty database"
        );
    }
    Ok(pool)
}

/// Loads the lexicon and opens the search indexes: under `data_dir` when given (rebuilt there if
/// missing, unreadable or stale), in memory otherwise.
pub async fn build_triage(
    config: &Config,
    pool: &db::Pool,
    data_dir: Option<&std::path::Path>,
) -> anyhow::Result<TriageEngine> {
    let services = db::directory::load_active_services(pool).await?;
    let lexicon_folder = config.content_dir.join("lexicon");
    let data_dir = data_dir.map(std::path::Path::to_owned);
    tokio::task::spawn_blocking(move || {
        let lexicon = Lexicon::load(&lexicon_folder).context("cannot load the triage lexicon")?;
        let (lexicon_storage, services_storage) = match &data_dir {
            Some(dir) => (index::folder(dir, "lexicon"), index::folder(dir, "services")),
            None => (Storage::Memory, Storage::Memory),
        };
        TriageEngine::new(lexicon, &lexicon_storage, &services_storage, &services)
            .context("cannot open the search indexes")
    })
    .await?
}

impl Application {
    pub async fn build(config: Config) -> anyhow::Result<Self> {
        let pool = prepare_database(&config).await?;
        let content = ContentPages::load(&config.content_dir).context("cannot load the content pages")?;
        let triage = Arc::new(build_triage(&config, &pool, Some(&config.data_dir)).await?);
        let leptos_options = LeptosOptions::builder()
            .output_name("portal")
            .site_root(config.site_root.display().to_string())
            .site_pkg_dir("pkg")
            .build();
        let state = AppState {
            pool,
            directory: SharedDirectory::default(),
            triage,
            content: Arc::new(content),
            leptos_options,
            staff: Arc::new(config.staff_settings()),
            mailer: config.mailer()?,
            keys: Arc::new(config.key_ring()?),
        };
        let count = state.reload_directory().await?;
        tracing::info!(services = count, "directory loaded");
        spawn_housekeeping(state.clone(), config.clone());

        let listener = TcpListener::bind(config.addr)
            .await
            .with_context(|| format!("cannot listen on {}", config.addr))?;
        let router = router(state.clone(), &config);
        Ok(Application {
            listener,
            router,
            state,
        })
    }

    pub fn local_addr(&self) -> std::io::Result<SocketAddr> {
        self.listener.local_addr()
    }

    pub fn state(&self) -> &AppState {
        &self.state
    }

    pub async fn run_until_stopped(self) -> std::io::Result<()> {
        // The peer address reaches handlers for sign-in throttling; it is never logged.
        axum::serve(
            self.listener,
            self.router.into_make_service_with_connect_info::<SocketAddr>(),
        )
        .with_graceful_shutdown(shutdown_signal())
        .await
    }
}

/// Every ten minutes: deletes expired staff sessions and old sign-in failures, and contact
/// requests closed longer ago than the retention period.
fn spawn_housekeeping(state: AppState, config: Config) {
    tokio::spawn(async move {
        let mut interval = tokio::time::interval(std::time::Duration::from_mins(10));
        loop {
            interval.tick().await;
            if let Err(error) = app::ssr::auth::session::prune(&state.pool, &state.staff).await {
                tracing::error!(error = %error, "cannot prune expired staff sessions");
            }
            match app::ssr::db::cases::purge_closed_before(&state.pool, &config.retention_cutoff()).await {
                Ok(purged) if purged == app::ssr::db::cases::Purged::default() => {}
                Ok(purged) => tracing::info!(
                    contact_requests = purged.contact_requests,
                    referrals = purged.referrals,
                    "deleted closed items past their retention"
                ),
                Err(error) => tracing::error!(error = %error, "cannot delete closed items past their retention"),
            }
        }
    });
}

fn router(state: AppState, config: &Config) -> Router {
    let site = &config.site_root;
    let mut router = Router::new()
        .merge(app::routes::router())
        .merge(crate::routes::router())
        .nest_service("/pkg", ServeDir::new(site.join("pkg")))
        .route_service("/quick-exit.js", ServeFile::new(site.join("quick-exit.js")))
        .layer(DefaultBodyLimit::max(MAX_BODY_BYTES))
        // Pages, styles and WebAssembly travel gzipped: the portal must load on a weak phone
        // connection (DESIGN.md section 8).
        .layer(CompressionLayer::new())
        .layer(
            // The access log holds the method, the path without its query string, the status
            // and the time taken: never a query, a body or a client address.
            TraceLayer::new_for_http()
                .make_span_with(|request: &Request<_>| tracing::info_span!("request", method = %request.method(), path = %request.uri().path())),
        );
    for layer in headers::layers() {
        router = router.layer(layer);
    }
    // The staff pages' guard reads the state from the request, to render an error page in the
    // reader's language.
    router.layer(axum::Extension(state.clone())).with_state(state)
}

async fn shutdown_signal() {
    let ctrl_c = async {
        if let Err(error) = tokio::signal::ctrl_c().await {
            tracing::error!(%error, "cannot listen for Ctrl-C");
            std::future::pending::<()>().await;
        }
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(error) => {
                tracing::error!(%error, "cannot listen for SIGTERM");
                std::future::pending::<()>().await;
            }
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = terminate => {},
    }
}
