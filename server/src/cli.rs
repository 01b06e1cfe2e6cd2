//! The `portal` command: serve (the default), migrate, import.

use crate::config::Config;
use crate::routes::parse_request;
use crate::startup::{Application, build_triage, open_database, prepare_database};
use crate::telemetry;
use app::domain::hours::london_now;
use app::i18n::Locale;
use app::ssr::directory::{Directory, DirectoryCounts};
use app::ssr::triage::answer::{TriageAnswer, answer};
use app::ssr::triage::eval::{GATES, evaluate, failed_gates, read_cases, table};
use app::ssr::triage::{Request, TriageEngine};
use app::ssr::{db, openreferral};
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Debug, clap::Parser)]
#[command(name = "portal", version, about = "The London Victims Portal")]
pub struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    #[command(flatten)]
    config: Config,
}

#[derive(Debug, clap::Subcommand)]
enum Command {
    /// Serve the portal (the default).
    Serve,
    /// Create or update the database schema, then exit.
    Migrate,
    /// Import a directory file or a folder of them, or an Open Referral UK data package (a folder
    /// of CSV tables, or JSON), then print what changed and what the directory holds.
    Import {
        /// A directory JSON file or a folder of them (the demonstration directory is
        /// content/directory), a folder with datapackage.json or services.csv, or Open Referral
        /// JSON (a service, a list or page of services, a folder of such files).
        path: PathBuf,
        /// Check everything and report what would change; write nothing.
        #[arg(long)]
        dry_run: bool,
    },
    /// Write the published directory as an Open Referral UK data package (CSV tables and
    /// datapackage.json) into a folder.
    Export { dir: PathBuf },
    /// Triage a description and print what it leads to; with --jsonl, triage every line of
    /// standard input (`{"id", "text", "lang"?}`) and write one JSON answer per line.
    Triage {
        /// The description's language (detected when absent).
        #[arg(long)]
        lang: Option<String>,
        /// The borough the person lives in, to favour local services.
        #[arg(long)]
        borough: Option<String>,
        /// Also list the lexicon phrases found in the text.
        #[arg(long)]
        explain: bool,
        /// Read JSON Lines on standard input instead of TEXT.
        #[arg(long, conflicts_with = "text")]
        jsonl: bool,
        /// The description.
        #[arg(required_unless_present = "jsonl")]
        text: Option<String>,
    },
    /// Measure triage quality on an evaluation file or folder (JSON Lines), with the language
    /// given and withheld.
    Eval {
        path: PathBuf,
        /// Exit with failure when a quality gate is not met (CI).
        #[arg(long)]
        gate: bool,
        /// Also list the ids of the cases missed at hit@3.
        #[arg(long)]
        misses: bool,
    },
    /// Seal every contact request, referral and internal note again with PORTAL_DATA_KEY (the
    /// old key goes in PORTAL_PREVIOUS_DATA_KEYS until this has run).
    RotateKey,
    /// Delete contact requests and referrals that ended longer ago than PORTAL_RETENTION_DAYS,
    /// with their notes and timelines (the server also does this every ten minutes).
    Purge,
    /// Write a consistent copy of the SQLite database to a new file while the portal runs (on
    /// PostgreSQL, use pg_dump). The data key is not in it: keep PORTAL_DATA_KEY (or data.key)
    /// safe separately.
    Backup { path: PathBuf },
    /// Staff accounts.
    Admin {
        #[command(subcommand)]
        command: AdminCommand,
    },
    /// Write N synthetic listings as a directory file on standard output (for benchmarks).
    Synth {
        #[arg(long, default_value_t = 10_000)]
        count: usize,
        #[arg(long, default_value_t = 1)]
        seed: u64,
    },
}

#[derive(Debug, clap::Subcommand)]
enum AdminCommand {
    /// Create a staff account and print its one-time set-up link (valid 72 hours); the person
    /// chooses a password and sets up their authenticator app there.
    CreateUser {
        #[arg(long)]
        email: String,
        /// admin, provider or caseworker.
        #[arg(long)]
        role: String,
        /// The slug of an organisation the account acts for (repeatable; required for
        /// providers and caseworkers).
        #[arg(long = "organization")]
        organizations: Vec<String>,
    },
}

impl Cli {
    pub async fn run(self) -> ExitCode {
        telemetry::init("info");
        let data_dir = self.config.data_dir.clone();
        let result = match self.command.unwrap_or(Command::Serve) {
            Command::Serve => serve(self.config).await,
            Command::Migrate => migrate(&self.config).await,
            Command::Import { path, dry_run } => import_path(&self.config, &path, dry_run).await,
            Command::Export { dir } => export(&self.config, &dir).await,
            Command::Backup { path } => backup(&self.config, &path).await,
            Command::Triage {
                lang,
                borough,
                explain,
                jsonl,
                text,
            } => {
                triage(
                    &self.config,
                    TriageOptions {
                        lang,
                        borough,
                        explain,
                        jsonl,
                        text,
                    },
                )
                .await
            }
            Command::Eval { path, gate, misses } => eval(&self.config, &path, gate, misses).await,
            Command::Synth { count, seed } => synth(count, seed),
            Command::RotateKey => rotate_key(&self.config).await,
            Command::Purge => purge(&self.config).await,
            Command::Admin {
                command:
                    AdminCommand::CreateUser {
                        email,
                        role,
                        organizations,
                    },
            } => create_user(&self.config, &email, &role, &organizations).await,
        };
        match result {
            Ok(()) => ExitCode::SUCCESS,
            Err(error) => {
                let _ = writeln!(std::io::stderr(), "portal: {error:#}");
                if is_disk_full(&error) {
                    let _ = writeln!(
                        std::io::stderr(),
                        "portal: the disk is full: free some space on the disk that holds the data folder ({}) \
                         and the database, then run the command again",
                        data_dir.display()
                    );
                }
                ExitCode::FAILURE
            }
        }
    }
}

/// Whether a full disk is behind `error`: a database's code for it, or the operating system's
/// words (ENOSPC), found anywhere in the chain; libraries such as tantivy keep only the message
/// of their cause.
fn is_disk_full(error: &anyhow::Error) -> bool {
    error.chain().any(|cause| {
        cause
            .downcast_ref::<sqlx::Error>()
            .is_some_and(app::error::is_disk_full)
            || cause.to_string().contains("No space left on device")
    })
}

async fn serve(config: Config) -> anyhow::Result<()> {
    let application = Application::build(config).await?;
    tracing::info!(address = %application.local_addr()?, "the portal is listening");
    application.run_until_stopped().await?;
    Ok(())
}

async fn create_user(config: &Config, email: &str, role: &str, organizations: &[String]) -> anyhow::Result<()> {
    use app::domain::staff::{EmailAddress, Role};
    let email = EmailAddress::parse(email).map_err(|_| anyhow::anyhow!("`{email}` is not an email address"))?;
    let role =
        Role::parse(role).map_err(|_| anyhow::anyhow!("the role `{role}` is not admin, provider or caseworker"))?;
    if role != Role::Admin && organizations.is_empty() {
        anyhow::bail!("a {role} acts for an organisation: add --organization SLUG");
    }
    let pool = prepare_database(config).await?;
    let mut organization_ids = Vec::new();
    for slug in organizations {
        let organization = db::staff::find_organization_by_slug(&pool, slug)
            .await?
            .ok_or_else(|| anyhow::anyhow!("no organisation has the slug `{slug}`"))?;
        organization_ids.push(organization.id);
    }
    if db::staff::find_user_by_email(&pool, &email).await?.is_some() {
        anyhow::bail!("an account for {email} exists already");
    }
    let settings = config.staff_settings();
    let link = app::routes::staff::admin::create_account(
        &pool,
        &settings,
        (None, Some("portal admin create-user")),
        &email,
        role,
        &organization_ids,
    )
    .await?;
    writeln!(
        std::io::stdout(),
        "created {role} {email}; one-time set-up link (valid 72 hours):\n{link}"
    )?;
    Ok(())
}

async fn rotate_key(config: &Config) -> anyhow::Result<()> {
    let pool = open_database(config).await?;
    let keys = config.key_ring()?;
    let resealed = db::cases::reseal_all(&pool, &keys).await?;
    writeln!(
        std::io::stdout(),
        "sealed {} contact requests, {} referrals and {} notes again with the current key; PORTAL_PREVIOUS_DATA_KEYS can now be emptied",
        resealed.contact_requests,
        resealed.referrals,
        resealed.notes
    )?;
    Ok(())
}

async fn purge(config: &Config) -> anyhow::Result<()> {
    let pool = open_database(config).await?;
    let Some(purged) = db::cases::purge_closed_before(&pool, &config.retention_cutoff()).await? else {
        writeln!(
            std::io::stdout(),
            "another instance is deleting what passed its retention right now; nothing left to do here"
        )?;
        return Ok(());
    };
    writeln!(
        std::io::stdout(),
        "deleted {} contact requests and {} referrals closed more than {} days ago",
        purged.contact_requests,
        purged.referrals,
        config.retention_days
    )?;
    Ok(())
}

async fn backup(config: &Config, path: &std::path::Path) -> anyhow::Result<()> {
    anyhow::ensure!(
        !path.exists(),
        "{} exists already: a backup never overwrites a file, choose a new name",
        path.display()
    );
    let pool = open_database(config).await?;
    db::backup_into(&pool, path).await?;
    writeln!(
        std::io::stdout(),
        "wrote a copy of the database to {}; sealed details open only with the data key, which is not in the copy: keep it safe separately",
        path.display()
    )?;
    Ok(())
}

async fn migrate(config: &Config) -> anyhow::Result<()> {
    open_database(config).await?;
    let _ = writeln!(
        std::io::stdout(),
        "database is up to date: {}",
        crate::config::redact(&config.database_url())
    );
    Ok(())
}

async fn import_path(config: &Config, path: &std::path::Path, dry_run: bool) -> anyhow::Result<()> {
    let pool = open_database(config).await?;
    let bar = ProgressBar::new();
    let report = openreferral::import::run(
        &pool,
        path,
        &config.content_dir.join("taxonomy.toml"),
        openreferral::import::Options { dry_run },
        &bar,
    )
    .await?;
    let mut out = std::io::stdout().lock();
    for line in report.lines() {
        writeln!(out, "{line}")?;
    }
    if !dry_run {
        // Running instances on a shared PostgreSQL database reload; one on SQLite on restart.
        app::ssr::changes::announce(&pool, "portal-import").await?;
        let directory = Directory::new(db::directory::load_active_services(&pool).await?);
        write_counts(&mut out, &directory.counts())?;
    }
    Ok(())
}

async fn export(config: &Config, dir: &std::path::Path) -> anyhow::Result<()> {
    let pool = open_database(config).await?;
    let report = openreferral::export::export(&pool, dir).await?;
    writeln!(
        std::io::stdout().lock(),
        "wrote {} services, {} organisations, {} locations, {} taxonomies and {} terms to {} ({} files)",
        report.services,
        report.organizations,
        report.locations,
        report.taxonomies,
        report.terms,
        dir.display(),
        report.files.len()
    )?;
    Ok(())
}

/// A progress bar on standard error, drawn only when it is a terminal.
struct ProgressBar(indicatif::ProgressBar);

impl ProgressBar {
    fn new() -> Self {
        use std::io::IsTerminal;
        let target = if std::io::stderr().is_terminal() {
            indicatif::ProgressDrawTarget::stderr()
        } else {
            indicatif::ProgressDrawTarget::hidden()
        };
        let bar = indicatif::ProgressBar::with_draw_target(None, target);
        if let Ok(style) = indicatif::ProgressStyle::with_template("{bar:40} {pos}/{len} services ({eta} left)") {
            bar.set_style(style);
        }
        ProgressBar(bar)
    }
}

impl openreferral::import::Progress for ProgressBar {
    fn start(&self, total: usize) {
        self.0.set_length(u64::try_from(total).unwrap_or(u64::MAX));
        self.0.set_position(0);
    }

    fn advance(&self) {
        self.0.inc(1);
    }

    fn finish(&self) {
        self.0.finish_and_clear();
    }
}

/// The directory and a triage engine (indexes in memory, so a running server is undisturbed).
async fn load_triage(config: &Config) -> anyhow::Result<(Directory, TriageEngine)> {
    let pool = prepare_database(config).await?;
    let engine = build_triage(config, &pool, None).await?;
    let directory = Directory::new(db::directory::load_active_services(&pool).await?);
    Ok((directory, engine))
}

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct TriageLine {
    id: String,
    text: String,
    lang: Option<String>,
    borough: Option<String>,
}

const CLI_SERVICES: usize = 10;

struct TriageOptions {
    lang: Option<String>,
    borough: Option<String>,
    explain: bool,
    jsonl: bool,
    text: Option<String>,
}

async fn triage(config: &Config, options: TriageOptions) -> anyhow::Result<()> {
    let TriageOptions {
        lang,
        borough,
        explain,
        jsonl,
        text,
    } = options;
    let (directory, engine) = load_triage(config).await?;
    let mut matched = Vec::new();
    let mut run = |text: &str, lang: Option<&str>, borough: Option<&str>| -> anyhow::Result<TriageAnswer> {
        let parsed = parse_request(text, lang, borough)?;
        let request = Request {
            text: parsed.description.as_str(),
            lang: parsed.lang,
            borough: parsed.borough,
            hint: Locale::En,
            now: london_now(),
            limit: CLI_SERVICES,
        };
        let outcome = engine.triage(&directory, &request)?;
        matched.clone_from(&outcome.analysis.matched);
        Ok(answer(&outcome, outcome.analysis.lang))
    };
    let mut out = std::io::stdout().lock();
    if jsonl {
        for (number, line) in std::io::stdin().lines().enumerate() {
            let line = line?;
            if line.trim().is_empty() {
                continue;
            }
            let parsed: TriageLine =
                serde_json::from_str(&line).map_err(|e| anyhow::anyhow!("line {}: {e}", number + 1))?;
            let mut answer = run(&parsed.text, parsed.lang.as_deref(), parsed.borough.as_deref())
                .map_err(|e| anyhow::anyhow!("line {} (id {}): {e}", number + 1, parsed.id))?;
            answer.id = Some(parsed.id);
            writeln!(out, "{}", serde_json::to_string(&answer)?)?;
        }
        return Ok(());
    }
    let answer = run(text.as_deref().unwrap_or_default(), lang.as_deref(), borough.as_deref())?;
    writeln!(out, "language: {}", answer.lang)?;
    writeln!(
        out,
        "danger now: {}",
        if answer.danger {
            "YES: call 999 (or 999 then 55 if unable to speak)"
        } else {
            "no sign"
        }
    )?;
    for (title, items) in [
        ("situations", &answer.situations),
        ("needs", &answer.needs),
        ("groups", &answer.groups),
    ] {
        writeln!(out, "{title}:")?;
        for item in items {
            writeln!(out, "  {:<22} {:>6.3}  {}", item.slug, item.score, item.why)?;
        }
    }
    if explain {
        writeln!(out, "phrases found:")?;
        for (target, phrase, strength) in &matched {
            writeln!(out, "  {strength:.2}  {target:?}: {phrase}")?;
        }
    }
    writeln!(out, "services:")?;
    for service in &answer.services {
        writeln!(
            out,
            "  {:>6.3}  {} ({})\n          {}",
            service.score, service.name, service.id, service.why
        )?;
    }
    Ok(())
}

async fn eval(config: &Config, path: &std::path::Path, gate: bool, misses: bool) -> anyhow::Result<()> {
    let cases = read_cases(path)?;
    let (directory, engine) = load_triage(config).await?;
    let given = evaluate(&engine, &directory, &cases, false)?;
    let withheld = evaluate(&engine, &directory, &cases, true)?;
    let mut out = std::io::stdout().lock();
    writeln!(out, "{} cases from {}\n", cases.len(), path.display())?;
    writeln!(out, "{}", table(&given, "Language given"))?;
    writeln!(out, "{}", table(&withheld, "Language withheld (detected)"))?;
    if misses {
        writeln!(out, "missed at hit@3 (language given): {}", given.misses.join(" "))?;
    }
    let failures = failed_gates(&given, &GATES);
    if gate && !failures.is_empty() {
        anyhow::bail!("quality gates not met: {}", failures.join("; "));
    }
    Ok(())
}

fn synth(count: usize, seed: u64) -> anyhow::Result<()> {
    let records: Vec<serde_json::Value> = app::ssr::synth::services(count, seed)
        .iter()
        .map(app::ssr::synth::to_directory_record)
        .collect();
    let mut out = std::io::stdout().lock();
    serde_json::to_writer(&mut out, &serde_json::json!({ "services": records }))?;
    writeln!(out)?;
    Ok(())
}

fn write_counts(out: &mut impl Write, counts: &DirectoryCounts) -> std::io::Result<()> {
    writeln!(out, "the directory now holds {} services", counts.services)?;
    for (title, rows) in [
        ("services per situation", &counts.situations),
        ("services per need", &counts.needs),
        ("services per group", &counts.groups),
        ("local listings per borough", &counts.boroughs),
    ] {
        writeln!(out, "{title}:")?;
        for (slug, count) in rows {
            writeln!(out, "  {slug:<24} {count}")?;
        }
    }
    Ok(())
}
