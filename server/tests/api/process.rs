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
        let (port, log, command) = self.command(name, Command::new(env!("CARGO_BIN_EXE_portal")));
        serving(command, port, log).await
    }

    /// `portal serve` as `start` runs it, from `command` (the binary, or a wrapper that runs it).
    fn command(&self, name: &str, mut command: Command) -> (u16, PathBuf, Command) {
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .and_then(|listener| listener.local_addr())
            .expect("a free port")
            .port();
        let log = self.logs.path().join(format!("{name}.log"));
        let file = std::fs::File::create(&log).expect("log file");
        command
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
            .stdin(Stdio::null());
        (port, log, command)
    }
}

/// Starts `command` (a `portal serve`) and waits until it answers on `port`.
async fn serving(mut command: Command, port: u16, log: PathBuf) -> Portal {
    let child = command.spawn().expect("portal starts");
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

impl Installation {
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
    /// Whether a service page answers.
    async fn serves(&self) -> bool {
        reqwest::get(format!("{}/en/services/{SLUG}", self.address))
            .await
            .is_ok_and(|response| response.status().is_success())
    }

    /// SIGKILL: no shutdown, no flushing, as in a crash or an out-of-memory kill.
    fn kill(mut self) {
        self.child.kill().expect("killed");
        self.child.wait().expect("reaped");
    }
}

/// Every contact request's reference in the database.
async fn stored_references(sql: &sqlx::AnyPool) -> BTreeSet<String> {
    sqlx::query_scalar("SELECT reference FROM contact_request")
        .fetch_all(sql)
        .await
        .expect("references")
        .into_iter()
        .collect()
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
    let stored = stored_references(&installation.sql().await).await;
    let lost: Vec<&String> = acknowledged.difference(&stored).collect();
    assert!(lost.is_empty(), "acknowledged but lost after the kill: {lost:?}");
    assert!(restarted.serves().await, "the restarted portal serves");
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

/// A small disk of the test's own: a tmpfs mounted over the data folder in a private mount
/// namespace, held open by a sleeping process. Portals started through `command` see the small
/// disk; the test reaches its files through `/proc/<holder>/root`.
struct SmallDisk {
    holder: Child,
    folder: PathBuf,
}

impl SmallDisk {
    fn mount_over(folder: &Path, megabytes: u32) -> Self {
        let holder = Command::new("unshare")
            .args(["--mount", "--propagation", "private", "sh", "-c"])
            .arg(r#"mount -t tmpfs -o size="$1"m portal-small-disk "$2" && exec sleep 3600"#)
            .args(["sh", &megabytes.to_string()])
            .arg(folder)
            .spawn()
            .expect("unshare (util-linux) runs: the test needs root or user namespaces to mount a tmpfs");
        let disk = SmallDisk {
            holder,
            folder: folder.to_owned(),
        };
        let started = Instant::now();
        while !std::fs::read_to_string(format!("/proc/{}/mounts", disk.holder.id()))
            .is_ok_and(|mounts| mounts.contains("portal-small-disk"))
        {
            assert!(started.elapsed() < Duration::from_secs(10), "the tmpfs was not mounted");
            std::thread::sleep(Duration::from_millis(20));
        }
        disk
    }

    /// A path in the data folder as the portals see it.
    fn path(&self, name: &str) -> PathBuf {
        let inside = self.folder.strip_prefix("/").expect("an absolute folder");
        PathBuf::from(format!("/proc/{}/root", self.holder.id()))
            .join(inside)
            .join(name)
    }

    /// The portal binary, run in the small disk's mount namespace.
    fn command(&self) -> Command {
        let mut command = Command::new("nsenter");
        command
            .arg(format!("--mount=/proc/{}/ns/mnt", self.holder.id()))
            .arg("--")
            .arg(env!("CARGO_BIN_EXE_portal"));
        command
    }

    /// Writes a file until the disk refuses another byte; returns its path.
    fn fill(&self) -> PathBuf {
        use std::io::Write as _;
        let filler = self.path("filler");
        let mut file = std::fs::File::create(&filler).expect("filler");
        for chunk in [1 << 20, 4096, 1] {
            let bytes = vec![0_u8; chunk];
            while file.write_all(&bytes).and_then(|()| file.sync_data()).is_ok() {}
        }
        filler
    }

    /// Copies a folder's files onto the small disk (SQLite cannot open a file through
    /// `/proc/<pid>/root` itself: it resolves the link to the test's own view).
    fn copy_in(&self, from: &Path) {
        for file in every_file_under(from) {
            let relative = file.strip_prefix(from).expect("under the folder");
            let to = self.path(&relative.display().to_string());
            std::fs::create_dir_all(to.parent().expect("a parent")).expect("folder");
            std::fs::copy(&file, &to).expect("copied");
        }
    }

    /// The database and its write-ahead log as the portal left them, copied into `to`.
    async fn database_copy(&self, to: &Path) -> sqlx::AnyPool {
        for name in ["portal.sqlite3", "portal.sqlite3-wal"] {
            if self.path(name).exists() {
                std::fs::copy(self.path(name), to.join(name)).expect("copied");
            }
        }
        sqlx::any::install_default_drivers();
        let url = format!("sqlite://{}", to.join("portal.sqlite3").display());
        sqlx::AnyPool::connect(&url).await.expect("database")
    }
}

impl Drop for SmallDisk {
    fn drop(&mut self) {
        let _ = self.holder.kill();
        let _ = self.holder.wait();
    }
}

#[tokio::test]
async fn a_full_disk_is_said_plainly_and_corrupts_nothing() {
    let installation = Installation::new().await;
    if installation.database.is_postgres() {
        // The database's disk is the PostgreSQL server's, not the portal's to fill.
        return;
    }
    installation.start("seed").await.kill();
    installation.accept_online_contact().await;
    let disk = SmallDisk::mount_over(installation.data.path(), 64);
    disk.copy_in(installation.data.path());
    let start = |name: &str| {
        let (port, log, command) = installation.command(name, disk.command());
        serving(command, port, log)
    };
    let portal = start("serve").await;
    let client = reqwest::Client::new();
    let form = format!("{}/pl/services/{SLUG}/contact", portal.address);
    let submit = |name: String| {
        let answers = [("name", name), ("method", "none".to_owned())];
        client.post(&form).form(&answers).send()
    };
    let mut acknowledged = BTreeSet::new();
    let answer = submit("Before the disk filled".to_owned()).await.expect("sent");
    assert_eq!(answer.status(), 200);
    acknowledged.extend(reference_in(&answer.text().await.expect("page")));

    let filler = disk.fill();
    // SQLite may still have room in its write-ahead log: requests go on being stored until it
    // needs to grow, then each is refused.
    let mut refused = None;
    for attempt in 0..5000 {
        let response = submit(format!("Person {attempt}")).await.expect("sent");
        let status = response.status();
        let html = response.text().await.expect("page");
        match status.as_u16() {
            200 => acknowledged.extend(reference_in(&html)),
            503 => {
                refused = Some((attempt, html));
                break;
            }
            other => panic!("a full disk answered {other}: {html}"),
        }
    }
    let (attempt, html) = refused.expect("a full disk refuses requests at last");
    writeln!(
        std::io::stdout(),
        "full disk: {attempt} more requests stored after the disk filled, then refused with 503"
    )
    .expect("stdout");
    assert!(
        texts(&html, ".error-summary li")
            .iter()
            .any(|message| message.contains("Nie udało się tego teraz zapisać")),
        "the refusal says why, in Polish: {html}"
    );
    assert!(
        html.contains(&format!("Person {attempt}")),
        "the form comes back with what was typed"
    );
    let results = client
        .post(format!("{}/pl/help", portal.address))
        .form(&[("description", "mój były partner mnie śledzi")])
        .send()
        .await
        .expect("sent");
    assert_eq!(results.status(), 200, "triage still answers: it writes nothing");
    let log = std::fs::read_to_string(&portal.log).expect("log");
    assert!(
        log.contains("database or disk is full"),
        "the log names the cause for the operator"
    );

    std::fs::remove_file(&filler).expect("space freed");
    let answer = submit("After space was freed".to_owned()).await.expect("sent");
    assert_eq!(answer.status(), 200, "the portal carries on once there is space");
    acknowledged.extend(reference_in(&answer.text().await.expect("page")));
    portal.kill();

    // Start-up on a full disk, with the search index to rebuild: a clear message, no panic.
    std::fs::remove_dir_all(disk.path("index")).expect("index removed");
    let filler = disk.fill();
    let (_, log, mut command) = installation.command("full-start", disk.command());
    let mut child = command.spawn().expect("portal runs");
    let started = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().expect("portal's status") {
            break status;
        }
        if started.elapsed() > Duration::from_mins(1) {
            let _ = child.kill();
            panic!("the portal started on a full disk");
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    };
    let said = std::fs::read_to_string(&log).expect("log");
    assert!(!status.success(), "a start-up that cannot write fails");
    assert!(said.contains("portal: the disk is full"), "start-up says why: {said}");
    assert!(!said.contains("panicked"), "{said}");
    writeln!(std::io::stdout(), "start-up on a full disk: {}", said.trim()).expect("stdout");
    std::fs::remove_file(&filler).expect("space freed");

    let copy = tempfile::tempdir().expect("a folder for the copy");
    let sql = disk.database_copy(copy.path()).await;
    let integrity: String = sqlx::query_scalar("PRAGMA integrity_check")
        .fetch_one(&sql)
        .await
        .expect("integrity check");
    assert_eq!(integrity, "ok");
    let stored = stored_references(&sql).await;
    let lost: Vec<&String> = acknowledged.difference(&stored).collect();
    assert!(lost.is_empty(), "acknowledged but lost: {lost:?}");
    sql.close().await;
    let restarted = start("restarted").await;
    assert!(
        restarted.serves().await,
        "the portal starts and serves once there is space"
    );
    restarted.kill();
}
