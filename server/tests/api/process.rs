//! The `portal` binary itself, as it runs in production, in a child process: what it writes
//! anywhere (its log, the database, every file in its data folder) never holds what a person
//! typed, and being killed mid-stream loses nothing it acknowledged.

use crate::helpers::{TestDatabase, texts, workspace_path};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};
use tempfile::TempDir;
use tokio::task::JoinSet;

const SLUG: &str = "galop-london-support";

/// A running `portal serve`, its log going to a file outside its data folder.
struct Portal {
    child: Child,
    address: String,
    log: PathBuf,
}

struct Installation {
    data: TempDir,
    logs: TempDir,
    database: Arc<TestDatabase>,
}

impl Installation {
    async fn new() -> Self {
        Installation {
            data: tempfile::tempdir().expect("data folder"),
            logs: tempfile::tempdir().expect("log folder"),
            database: TestDatabase::new().await,
        }
    }

    fn database_url(&self) -> String {
        self.database
            .url()
            .unwrap_or_else(|| format!("sqlite://{}", self.data.path().join("portal.sqlite3").display()))
    }

    /// Starts the portal with logging at `debug` and waits until it answers.
    async fn start(&self, name: &str) -> Portal {
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .and_then(|listener| listener.local_addr())
            .expect("a free port")
            .port();
        let log = self.logs.path().join(format!("{name}.log"));
        let file = std::fs::File::create(&log).expect("log file");
        let child = Command::new(env!("CARGO_BIN_EXE_portal"))
            .args(["serve", "--addr", &format!("127.0.0.1:{port}")])
            .arg("--data-dir")
            .arg(self.data.path())
            .arg("--content-dir")
            .arg(workspace_path("content"))
            .arg("--site-root")
            .arg(self.data.path().join("site"))
            .args(["--database-url", &self.database_url()])
            .env("PORTAL_LOG", "debug")
            .env("PORTAL_RATE_LIMIT_FORMS", "100000")
            .env("PORTAL_RATE_LIMIT_TRIAGE", "100000")
            .stdout(file.try_clone().expect("log file"))
            .stderr(file)
            .stdin(Stdio::null())
            .spawn()
            .expect("portal starts");
        let portal = Portal {
            child,
            address: format!("http://127.0.0.1:{port}"),
            log,
        };
        let started = Instant::now();
        while reqwest::get(format!("{}/healthz", portal.address)).await.is_err() {
            assert!(
                started.elapsed() < Duration::from_mins(1),
                "the portal did not start: {}",
                std::fs::read_to_string(&portal.log).unwrap_or_default()
            );
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        portal
    }

    async fn sql(&self) -> sqlx::AnyPool {
        sqlx::any::install_default_drivers();
        sqlx::AnyPool::connect(&self.database_url()).await.expect("database")
    }

    /// Lets the demonstration service take requests to get in touch (the portal reads listings
    /// at start).
    async fn accept_online_contact(&self) {
        let sql = self.sql().await;
        sqlx::query("UPDATE service SET accepts_online_contact = TRUE WHERE slug = $1")
            .bind(SLUG)
            .execute(&sql)
            .await
            .expect("update");
        sql.close().await;
    }
}

impl Portal {
    /// SIGKILL: no shutdown, no flushing, as in a crash or an out-of-memory kill.
    fn kill(mut self) {
        self.child.kill().expect("killed");
        self.child.wait().expect("reaped");
    }
}

/// What the confirmation page shows as the reference to quote.
fn reference_in(html: &str) -> Option<String> {
    texts(html, "p.reference").first().and_then(|line| {
        line.split_whitespace()
            .last()
            .map(|word| word.trim_matches(['\u{2068}', '\u{2069}']).to_owned())
    })
}

fn every_file_under(folder: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(folder).expect("folder").flatten() {
        let path = entry.path();
        if path.is_dir() {
            files.extend(every_file_under(&path));
        } else {
            files.push(path);
        }
    }
    files
}

fn contains(haystack: &[u8], needle: &str) -> bool {
    haystack.windows(needle.len()).any(|window| window == needle.as_bytes())
}

#[tokio::test]
async fn what_a_person_types_is_nowhere_in_plaintext_not_in_logs_tables_or_files() {
    let installation = Installation::new().await;
    installation.start("seed").await.kill();
    installation.accept_online_contact().await;
    let portal = installation.start("serve").await;
    let marker = format!("Quolvexmarker{}", uuid::Uuid::new_v4().simple());
    let client = reqwest::Client::new();
    let post =
        |path: &str, form: Vec<(&str, String)>| client.post(format!("{}{path}", portal.address)).form(&form).send();

    let results = post(
        "/en/help",
        vec![
            ("description", format!("my ex {marker} follows me home")),
            ("borough", String::new()),
        ],
    )
    .await
    .expect("sent");
    assert_eq!(results.status(), 200);
    let api = client
        .post(format!("{}/api/v1/triage", portal.address))
        .json(&serde_json::json!({"text": format!("{marker} stole my bag")}))
        .send()
        .await
        .expect("sent");
    assert_eq!(api.status(), 200);
    let sent = post(
        &format!("/en/services/{SLUG}/contact"),
        vec![
            ("help", format!("{marker} needs advice")),
            ("name", marker.clone()),
            ("method", "text".to_owned()),
            ("detail", "07700 900987".to_owned()),
            ("safe_times", format!("{marker} evenings")),
            ("leave_message", "no".to_owned()),
        ],
    )
    .await
    .expect("sent");
    assert_eq!(sent.status(), 200);
    assert!(
        reference_in(&sent.text().await.expect("body")).is_some(),
        "acknowledged"
    );
    // Words put in an address by mistake are not logged either: the access log names the route,
    // not the path.
    let misplaced = client
        .get(format!("{}/en/help?description={marker}", portal.address))
        .send()
        .await
        .expect("sent");
    assert!(misplaced.status().is_redirection() || misplaced.status().is_success());
    let not_found = client
        .get(format!("{}/en/{marker}", portal.address))
        .send()
        .await
        .expect("sent");
    assert_eq!(not_found.status(), 404);
    portal.kill();

    let mut searched = Vec::new();
    for file in every_file_under(installation.logs.path())
        .into_iter()
        .chain(every_file_under(installation.data.path()))
    {
        let bytes = std::fs::read(&file).expect("readable");
        let shown = file.display().to_string();
        if file.extension().is_some_and(|extension| extension == "log") {
            assert!(bytes.len() > 1_000, "the log was written at debug level: {shown}");
        }
        assert!(!contains(&bytes, &marker), "{shown} holds the marker in plaintext");
        searched.push(shown);
    }
    assert!(
        searched.iter().any(|f| f.contains("index")),
        "the search index was searched"
    );
    if let Some(url) = installation.database.url() {
        let dump = Command::new("pg_dump")
            .args(["--data-only", "--dbname", &url])
            .output()
            .expect("pg_dump");
        assert!(dump.status.success());
        assert!(
            !contains(&dump.stdout, &marker),
            "a PostgreSQL table holds the marker in plaintext"
        );
    }
    let sql = installation.sql().await;
    let stored: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM contact_request")
        .fetch_one(&sql)
        .await
        .expect("count");
    assert_eq!(stored, 1, "what the form keeps is there, sealed");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_kill_during_500_submissions_loses_none_that_were_acknowledged() {
    let installation = Installation::new().await;
    installation.start("seed").await.kill();
    installation.accept_online_contact().await;
    let portal = installation.start("serve").await;
    let client = reqwest::Client::builder()
        .pool_max_idle_per_host(64)
        .build()
        .expect("client");
    let form = format!("{}/en/services/{SLUG}/contact", portal.address);
    let (acknowledged_tx, mut acknowledged_rx) = tokio::sync::mpsc::unbounded_channel();
    let mut submissions = JoinSet::new();
    for index in 0..500 {
        let (client, form, acknowledged) = (client.clone(), form.clone(), acknowledged_tx.clone());
        submissions.spawn(async move {
            let answers = [("name", format!("Person {index}")), ("method", "none".to_owned())];
            if let Ok(response) = client.post(&form).form(&answers).send().await
                && response.status() == 200
                && let Ok(html) = response.text().await
                && let Some(reference) = reference_in(&html)
            {
                let _ = acknowledged.send(reference);
            }
        });
    }
    drop(acknowledged_tx);
    // Kill once a good share has been acknowledged, with the rest in flight.
    let mut acknowledged = BTreeSet::new();
    while acknowledged.len() < 100 {
        match acknowledged_rx.recv().await {
            Some(reference) => {
                acknowledged.insert(reference);
            }
            None => break,
        }
    }
    portal.kill();
    while submissions.join_next().await.is_some() {}
    while let Ok(reference) = acknowledged_rx.try_recv() {
        acknowledged.insert(reference);
    }
    assert!(
        (100..500).contains(&acknowledged.len()),
        "killed mid-stream: {} acknowledged",
        acknowledged.len()
    );

    let restarted = installation.start("restarted").await;
    let sql = installation.sql().await;
    let stored: BTreeSet<String> = sqlx::query_scalar("SELECT reference FROM contact_request")
        .fetch_all(&sql)
        .await
        .expect("references")
        .into_iter()
        .collect();
    let lost: Vec<&String> = acknowledged.difference(&stored).collect();
    assert!(lost.is_empty(), "acknowledged but lost after the kill: {lost:?}");
    assert!(
        reqwest::get(format!("{}/en/services/{SLUG}", restarted.address))
            .await
            .expect("sent")
            .status()
            .is_success(),
        "the restarted portal serves"
    );
    writeln!(
        std::io::stdout(),
        "kill -9 during 500 submissions: {} acknowledged, {} stored, none lost",
        acknowledged.len(),
        stored.len()
    )
    .expect("stdout");
    restarted.kill();
}

use std::io::Write as _;
