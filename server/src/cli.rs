//! The `portal` command: serve (the default), migrate, import.

use crate::config::Config;
use crate::startup::{Application, open_database};
use crate::telemetry;
use app::ssr::directory::{Directory, DirectoryCounts};
use app::ssr::{db, import};
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
    /// Import a directory file, or a folder of them, then print what the directory holds.
    Import {
        /// A directory JSON file or a folder of them (the demonstration directory is
        /// content/directory).
        path: PathBuf,
    },
}

impl Cli {
    pub async fn run(self) -> ExitCode {
        telemetry::init("info");
        let result = match self.command.unwrap_or(Command::Serve) {
            Command::Serve => serve(self.config).await,
            Command::Migrate => migrate(&self.config).await,
            Command::Import { path } => import_path(&self.config, &path).await,
        };
        match result {
            Ok(()) => ExitCode::SUCCESS,
            Err(error) => {
                let _ = writeln!(std::io::stderr(), "portal: {error:#}");
                ExitCode::FAILURE
            }
        }
    }
}

async fn serve(config: Config) -> anyhow::Result<()> {
    let application = Application::build(config).await?;
    tracing::info!(address = %application.local_addr()?, "the portal is listening");
    application.run_until_stopped().await?;
    Ok(())
}

async fn migrate(config: &Config) -> anyhow::Result<()> {
    open_database(config).await?;
    let _ = writeln!(std::io::stdout(), "database is up to date: {}", config.database_url());
    Ok(())
}

async fn import_path(config: &Config, path: &std::path::Path) -> anyhow::Result<()> {
    let pool = open_database(config).await?;
    let report = import::import(&pool, path, &config.content_dir.join("taxonomy.toml")).await?;
    let directory = Directory::new(db::directory::load_active_services(&pool).await?);
    let mut out = std::io::stdout().lock();
    writeln!(
        out,
        "imported {} services from {} organisations",
        report.services, report.organizations
    )?;
    write_counts(&mut out, &directory.counts())?;
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
