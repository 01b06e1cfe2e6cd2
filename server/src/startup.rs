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
    let shown = crate::config::redact(&url);
    let pool = db::connect(&url)
        .await
        .with_context(|| match db::Backend::of_url(&url) {
            Some(db::Backend::Postgres) => format!(
                "cannot connect to PostgreSQL at {shown}: check that the server is running, that the database exists \
             (createdb) and that the user may log in"
            ),
            _ => format!("cannot open the database at {shown}"),
        })?;
    pool.migrate().await.context("cannot apply the database migrations")?;
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
            instance_id: uuid::Uuid::new_v4().to_string().into(),
        };
        let subscription = app::ssr::changes::subscribe(&state.pool)
            .await
            .context("cannot listen for other instances' changes")?;
        let count = state.reload_directory().await?;
        tracing::info!(services = count, "directory loaded");
        spawn_housekeeping(state.clone(), config.clone());
        if let Some(subscription) = subscription {
            tokio::spawn(app::ssr::changes::follow(state.clone(), subscription));
        }

        let listener = TcpListener::bind(config.addr)
            .await
            .with_context(|| format!("cannot listen on {}", config.addr))?;
        let limits = Arc::new(crate::limits::RateLimits::new(&config));
        crate::limits::spawn_forgetting(Arc::clone(&limits));
        let router = router(state.clone(), &config, limits);
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
                Ok(None) => tracing::debug!("another instance is running the retention job"),
                Ok(Some(purged)) if purged == app::ssr::db::cases::Purged::default() => {}
                Ok(Some(purged)) => tracing::info!(
                    contact_requests = purged.contact_requests,
                    referrals = purged.referrals,
                    "deleted closed items past their retention"
                ),
                Err(error) => tracing::error!(error = %error, "cannot delete closed items past their retention"),
            }
        }
    });
}

fn router(state: AppState, config: &Config, limits: Arc<crate::limits::RateLimits>) -> Router {
    let site = &config.site_root;
    let mut router = Router::new()
        .merge(app::routes::router())
        .merge(crate::routes::router())
        .nest_service("/pkg", ServeDir::new(site.join("pkg")))
        .route_service("/quick-exit.js", ServeFile::new(site.join("quick-exit.js")))
        .route_layer(axum::middleware::from_fn(record_route))
        .layer(DefaultBodyLimit::max(MAX_BODY_BYTES))
        .layer(axum::middleware::from_fn_with_state(
            (limits, state.clone()),
            crate::limits::enforce,
        ))
        // Pages, styles and WebAssembly travel gzipped: the portal must load on a weak phone
        // connection (DESIGN.md section 8).
        .layer(CompressionLayer::new())
        .layer(
            // The access log holds the method, the route (`/{lang}/services/{slug}`, filled in
            // by `record_route` once routing is done), the status and the time taken: never the
            // path itself (a person may type words into an address), a query, a body or a
            // client address.
            TraceLayer::new_for_http().make_span_with(|request: &Request<_>| {
                tracing::info_span!("request", method = %request.method(), route = tracing::field::Empty)
            }),
        );
    for layer in headers::layers(config.public_url.starts_with("https://")) {
        router = router.layer(layer);
    }
    // The staff pages' guard reads the state from the request, to render an error page in the
    // reader's language.
    router.layer(axum::Extension(state.clone())).with_state(state)
}

/// Names the matched route in the request's log span; an address that matches none stays
/// unnamed.
async fn record_route(request: axum::extract::Request, next: axum::middleware::Next) -> axum::response::Response {
    // Files under /pkg are served by a nested service, which has no matched route of its own.
    if let Some(route) = request.extensions().get::<axum::extract::MatchedPath>() {
        tracing::Span::current().record("route", route.as_str());
    }
    next.run(request).await
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
