use app::ssr::state::AppState;
use reqwest::redirect::Policy;
use server::config::Config;
use server::startup::Application;
use std::path::PathBuf;
use tempfile::TempDir;

pub struct TestApp {
    pub address: String,
    pub client: reqwest::Client,
    pub state: AppState,
    /// Holds the database folder until the test ends.
    pub data_dir: std::sync::Arc<TempDir>,
}

pub fn workspace_path(relative: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..").join(relative)
}

/// Starts the portal on a free port with a fresh SQLite database seeded with the
/// demonstration directory.
pub async fn spawn_app() -> TestApp {
    spawn_app_in(std::sync::Arc::new(tempfile::tempdir().expect("temporary data folder"))).await
}

/// Starts the portal on a free port over an existing data folder (a restart).
pub async fn spawn_app_in(data_dir: std::sync::Arc<TempDir>) -> TestApp {
    spawn_app_configured(data_dir, |_| {}).await
}

/// Starts the portal with a fresh data folder and a change to the test configuration.
pub async fn spawn_app_with(configure: impl FnOnce(&mut Config)) -> TestApp {
    spawn_app_configured(
        std::sync::Arc::new(tempfile::tempdir().expect("temporary data folder")),
        configure,
    )
    .await
}

async fn spawn_app_configured(data_dir: std::sync::Arc<TempDir>, configure: impl FnOnce(&mut Config)) -> TestApp {
    if std::env::var_os("TEST_LOG").is_some() {
        server::telemetry::init("debug");
    }
    let mut config = Config {
        addr: "127.0.0.1:0".parse().expect("address"),
        data_dir: data_dir.path().to_owned(),
        database_url: None,
        content_dir: workspace_path("content"),
        site_root: data_dir.path().join("site"),
        seed_demo: true,
        public_url: "http://portal.test".to_owned(),
        smtp_url: None,
        mail_from: "London Victims Portal <no-reply@portal.test>".to_owned(),
        trust_forwarded_for: false,
        data_key: None,
        previous_data_keys: None,
        retention_days: 180,
    };
    configure(&mut config);
    let application = Application::build(config).await.expect("the application builds");
    let address = format!("http://{}", application.local_addr().expect("bound address"));
    let state = application.state().clone();
    tokio::spawn(application.run_until_stopped());
    let client = reqwest::Client::builder()
        .redirect(Policy::none())
        .build()
        .expect("HTTP client");
    TestApp {
        address,
        client,
        state,
        data_dir,
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

    /// Every byte the database keeps on disk: its file and write-ahead log, after a checkpoint.
    pub async fn database_bytes(&self) -> Vec<u8> {
        sqlx::query("PRAGMA wal_checkpoint(FULL)")
            .execute(&self.state.pool)
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
