use app::ssr::state::AppState;
use reqwest::redirect::Policy;
use server::config::Config;
use server::startup::Application;
use std::path::PathBuf;
use std::sync::Arc;
use tempfile::TempDir;

pub struct TestApp {
    pub address: String,
    pub client: reqwest::Client,
    pub state: AppState,
    /// Holds the data folder (key, index, and the SQLite database) until the test ends.
    pub data_dir: Arc<TempDir>,
    /// Holds the database until the test ends.
    pub database: Arc<TestDatabase>,
    /// The same database for checks and set-up that no page offers, on either backend
    /// (placeholders are written `$1`).
    pub sql: sqlx::AnyPool,
    pub database_url: String,
}

pub fn workspace_path(relative: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..").join(relative)
}

/// The database a test runs on: SQLite in the data folder, or, when `PORTAL_TEST_BACKEND` is
/// `postgres`, a database of its own on the server `PORTAL_TEST_POSTGRES_URL` names (default
/// `postgres://postgres@127.0.0.1:5432`), created here and dropped when the test ends.
pub enum TestDatabase {
    Sqlite,
    Postgres { server: String, name: String },
}

impl TestDatabase {
    pub async fn new() -> Arc<Self> {
        match std::env::var("PORTAL_TEST_BACKEND").as_deref() {
            Ok("postgres") => {
                let server = postgres_server();
                let name = format!("portal_test_{}", uuid::Uuid::new_v4().simple());
                run_on_server(&server, &format!("CREATE DATABASE {name}")).await;
                Arc::new(Self::Postgres { server, name })
            }
            Ok("sqlite") | Err(_) => Arc::new(Self::Sqlite),
            Ok(other) => panic!("PORTAL_TEST_BACKEND `{other}`: use sqlite or postgres"),
        }
    }

    /// The URL for the portal's configuration; none means SQLite in the data folder.
    pub fn url(&self) -> Option<String> {
        match self {
            Self::Sqlite => None,
            Self::Postgres { server, name } => Some(format!("{server}/{name}")),
        }
    }

    pub fn is_postgres(&self) -> bool {
        matches!(self, Self::Postgres { .. })
    }
}

impl Drop for TestDatabase {
    fn drop(&mut self) {
        if let Self::Postgres { server, name } = self {
            let (server, statement) = (server.clone(), format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"));
            // Drop runs outside any runtime that could be blocked on, so the statement gets its own.
            std::thread::spawn(move || {
                tokio::runtime::Builder::new_current_thread()
                    .enable_all()
                    .build()
                    .expect("runtime")
                    .block_on(run_on_server(&server, &statement));
            })
            .join()
            .expect("the test database is dropped");
        }
    }
}

pub fn postgres_server() -> String {
    std::env::var("PORTAL_TEST_POSTGRES_URL").unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432".to_owned())
}

async fn run_on_server(server: &str, statement: &str) {
    use sqlx::Connection as _;
    let mut admin = sqlx::PgConnection::connect(&format!("{server}/postgres"))
        .await
        .unwrap_or_else(|e| panic!("PostgreSQL at {server} (make postgres starts it): {e}"));
    sqlx::raw_sql(sqlx::AssertSqlSafe(statement.to_owned()))
        .execute(&mut admin)
        .await
        .unwrap_or_else(|e| panic!("{statement}: {e}"));
}

/// The portal's configuration for a test: a free port, the data folder `data_dir` (SQLite
/// there), the repository's content, the demonstration directory.
pub fn test_config(data_dir: &std::path::Path) -> Config {
    Config {
        addr: "127.0.0.1:0".parse().expect("address"),
        data_dir: data_dir.to_owned(),
        database_url: None,
        content_dir: workspace_path("content"),
        site_root: data_dir.join("site"),
        seed_demo: true,
        public_url: "http://portal.test".to_owned(),
        smtp_url: None,
        mail_from: "London Victims Portal <no-reply@portal.test>".to_owned(),
        trust_forwarded_for: false,
        data_key: None,
        previous_data_keys: None,
        retention_days: 180,
        // Every test speaks from 127.0.0.1; `limits.rs` sets these low to test the limits.
        rate_limit_triage: 100_000,
        rate_limit_forms: 100_000,
        rate_limit_sign_in: 100_000,
    }
}

/// Starts the portal on a free port with a fresh database seeded with the demonstration
/// directory.
pub async fn spawn_app() -> TestApp {
    spawn_app_with(|_| {}).await
}

/// Starts the portal on a free port over an existing data folder and database (a restart).
pub async fn spawn_app_in(data_dir: Arc<TempDir>, database: Arc<TestDatabase>) -> TestApp {
    spawn_app_configured(data_dir, database, |_| {}).await
}

/// Starts the portal with a fresh data folder and database and a change to the test
/// configuration.
pub async fn spawn_app_with(configure: impl FnOnce(&mut Config)) -> TestApp {
    spawn_app_configured(
        Arc::new(tempfile::tempdir().expect("temporary data folder")),
        TestDatabase::new().await,
        configure,
    )
    .await
}

/// A second instance of `app`'s portal: its own data folder and search index, the same
/// database and data key (as several instances behind a load balancer are).
pub async fn spawn_other_instance(app: &TestApp) -> TestApp {
    let key = std::fs::read_to_string(app.data_dir.path().join("data.key")).expect("the first instance's key");
    let database_url = app.database_url.clone();
    spawn_app_configured(
        Arc::new(tempfile::tempdir().expect("temporary data folder")),
        Arc::clone(&app.database),
        |config| {
            config.data_key = Some(key);
            config.database_url = Some(database_url);
        },
    )
    .await
}

async fn spawn_app_configured(
    data_dir: Arc<TempDir>,
    database: Arc<TestDatabase>,
    configure: impl FnOnce(&mut Config),
) -> TestApp {
    if std::env::var_os("TEST_LOG").is_some() {
        server::telemetry::init("debug");
    }
    let mut config = test_config(data_dir.path());
    config.database_url = database.url();
    configure(&mut config);
    let database_url = config.database_url();
    let application = Application::build(config).await.expect("the application builds");
    let address = format!("http://{}", application.local_addr().expect("bound address"));
    let state = application.state().clone();
    tokio::spawn(application.run_until_stopped());
    let client = reqwest::Client::builder()
        .redirect(Policy::none())
        .build()
        .expect("HTTP client");
    sqlx::any::install_default_drivers();
    let sql = sqlx::any::AnyPoolOptions::new()
        .max_connections(2)
        .connect(&database_url)
        .await
        .expect("a second way into the test database");
    TestApp {
        address,
        client,
        state,
        data_dir,
        database,
        sql,
        database_url,
    }
}

impl TestApp {
    pub async fn get(&self, path: &str) -> reqwest::Response {
        self.client
            .get(format!("{}{path}", self.address))
            .send()
            .await
            .expect("request sent")
    }

    pub async fn get_text(&self, path: &str) -> (reqwest::StatusCode, String) {
        let response = self.get(path).await;
        let status = response.status();
        (status, response.text().await.expect("body"))
    }

    pub async fn post_form(&self, path: &str, form: &[(&str, &str)]) -> reqwest::Response {
        self.client
            .post(format!("{}{path}", self.address))
            .form(form)
            .send()
            .await
            .expect("request sent")
    }

    /// Every byte the database keeps: SQLite's file and write-ahead log after a checkpoint, or
    /// PostgreSQL's data as `pg_dump` writes it (text as text, bytes as hex).
    pub async fn database_bytes(&self) -> Vec<u8> {
        if let Some(url) = self.database.url() {
            let dump = std::process::Command::new("pg_dump")
                .args(["--data-only", "--dbname", &url])
                .output()
                .expect("pg_dump runs");
            assert!(
                dump.status.success(),
                "pg_dump: {}",
                String::from_utf8_lossy(&dump.stderr)
            );
            return dump.stdout;
        }
        sqlx::query("PRAGMA wal_checkpoint(FULL)")
            .execute(&self.sql)
            .await
            .expect("checkpoint");
        let mut raw = Vec::new();
        for entry in std::fs::read_dir(self.data_dir.path()).expect("data folder").flatten() {
            if entry.file_name().to_string_lossy().starts_with("portal.sqlite3") {
                raw.extend(std::fs::read(entry.path()).expect("database file"));
            }
        }
        assert!(!raw.is_empty(), "the database is on disk");
        raw
    }

    /// Every public page address: home, topics, services, content.
    pub fn public_pages(&self) -> Vec<String> {
        let mut pages = vec![
            "/en/".to_owned(),
            "/en/safety".to_owned(),
            "/en/privacy".to_owned(),
            "/en/accessibility".to_owned(),
        ];
        pages.extend(
            app::domain::taxonomy::Situation::ALL
                .iter()
                .map(|s| format!("/en/situations/{s}")),
        );
        pages.extend(
            app::domain::taxonomy::Need::ALL
                .iter()
                .map(|n| format!("/en/needs/{n}")),
        );
        pages.extend(
            self.state
                .directory
                .snapshot()
                .services()
                .map(|s| format!("/en/services/{}", s.summary.slug)),
        );
        pages
    }
}

/// The text of the `<title>` element.
pub fn title_of(html: &str) -> String {
    let document = scraper::Html::parse_document(html);
    let selector = scraper::Selector::parse("title").expect("selector");
    document
        .select(&selector)
        .next()
        .map(|t| t.text().collect::<String>())
        .unwrap_or_default()
}

/// Every element matching `selector`, as text.
pub fn texts(html: &str, selector: &str) -> Vec<String> {
    let document = scraper::Html::parse_document(html);
    let selector = scraper::Selector::parse(selector).expect("selector");
    document
        .select(&selector)
        .map(|e| e.text().collect::<String>().trim().to_owned())
        .collect()
}
