//! Triage and ranking latency at 10,000 and 100,000 synthetic listings (p50 and p99 over the
//! development set's texts, language detected as in production), against the baseline a team
//! would otherwise reach for: SQLite FTS5 BM25 over the listings. Also the hit@3 of both on the
//! development set over the demonstration directory. Then criterion's own measurements.
//!
//! Run: `cargo bench -p app --features ssr --bench triage`. Results: docs/benchmarks.md.

// A benchmark's output is its report.
#![allow(clippy::print_stdout)]

use app::domain::hours::{TimeOfDay, Weekday};
use app::domain::taxonomy::Situation;
use app::i18n::Locale;
use app::ssr::directory::Directory;
use app::ssr::triage::eval::{Case, evaluate, read_cases};
use app::ssr::triage::index::Storage;
use app::ssr::triage::lexicon::Lexicon;
use app::ssr::triage::{Request, TriageEngine};
use app::ssr::{db, import, synth};
use criterion::Criterion;
use sqlx::SqlitePool;
use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

fn workspace(relative: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..").join(relative)
}

fn engine(services: &[app::directory::ServiceDetail]) -> TriageEngine {
    let lexicon = Lexicon::load(&workspace("content/lexicon")).expect("lexicon");
    TriageEngine::new(lexicon, &Storage::Memory, &Storage::Memory, services).expect("engine")
}

const NOW: (Weekday, TimeOfDay) = (Weekday::Wednesday, TimeOfDay::MIDNIGHT);

fn request(text: &str) -> Request<'_> {
    Request {
        text,
        lang: None,
        borough: None,
        hint: Locale::En,
        now: NOW,
        limit: 10,
    }
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    #[allow(
        clippy::cast_possible_truncation,
        clippy::cast_sign_loss,
        clippy::cast_precision_loss
    )]
    let index = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[index]
}

fn timings(rounds: usize, queries: &[String], mut run: impl FnMut(&str)) -> (Duration, Duration) {
    for query in queries {
        run(query);
    }
    let mut times = Vec::with_capacity(rounds * queries.len());
    for _ in 0..rounds {
        for query in queries {
            let start = Instant::now();
            run(query);
            times.push(start.elapsed());
        }
    }
    times.sort();
    (percentile(&times, 0.5), percentile(&times, 0.99))
}

/// An FTS5 table of the listings, as a plain full-text baseline would build it.
async fn fts_table(services: &[app::directory::ServiceDetail]) -> SqlitePool {
    let pool = SqlitePool::connect("sqlite::memory:").await.expect("sqlite");
    sqlx::query("CREATE VIRTUAL TABLE listing USING fts5(slug UNINDEXED, name, body, tokenize = 'unicode61 remove_diacritics 2')")
        .execute(&pool)
        .await
        .expect("fts5 table");
    let mut tx = pool.begin().await.expect("transaction");
    for service in services {
        let summary = &service.summary;
        let body = format!(
            "{} {} {}",
            summary.organization,
            summary.description,
            service.offers.join(" ")
        );
        sqlx::query("INSERT INTO listing (slug, name, body) VALUES (?, ?, ?)")
            .bind(&summary.slug)
            .bind(&summary.name)
            .bind(body)
            .execute(&mut *tx)
            .await
            .expect("insert");
    }
    tx.commit().await.expect("commit");
    pool
}

/// The text as an FTS5 query: every word, quoted, any of them.
fn fts_query(text: &str) -> String {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() >= 2)
        .map(|w| format!("\"{w}\""))
        .collect::<Vec<_>>()
        .join(" OR ")
}

async fn fts_search(pool: &SqlitePool, text: &str) -> Vec<String> {
    let query = fts_query(text);
    if query.is_empty() {
        return Vec::new();
    }
    sqlx::query_scalar("SELECT slug FROM listing WHERE listing MATCH ? ORDER BY bm25(listing) LIMIT 10")
        .bind(query)
        .fetch_all(pool)
        .await
        .unwrap_or_default()
}

/// Situations in the order the baseline's top listings carry them.
fn fts_situations(directory: &Directory, slugs: &[String]) -> Vec<Situation> {
    let mut situations = Vec::new();
    for slug in slugs {
        if let Some(service) = directory.service(slug) {
            for situation in &service.summary.situations {
                if !situations.contains(situation) {
                    situations.push(*situation);
                }
            }
        }
    }
    situations
}

async fn demonstration_directory() -> Directory {
    let folder = tempfile::tempdir().expect("folder");
    let pool = db::connect(&format!("sqlite://{}", folder.path().join("bench.sqlite3").display()))
        .await
        .expect("db");
    pool.migrate().await.expect("migrations");
    import::import(
        &pool,
        &workspace("content/directory"),
        &workspace("content/taxonomy.toml"),
    )
    .await
    .expect("import");
    Directory::new(db::directory::load_active_services(&pool).await.expect("load"))
}

#[allow(clippy::cast_precision_loss)]
fn share(part: usize, whole: usize) -> f64 {
    part as f64 / whole as f64
}

fn main() {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime");
    let cases: Vec<Case> = read_cases(&workspace("content/eval/dev")).expect("development set");
    let queries: Vec<String> = cases.iter().map(|c| c.text.clone()).collect();
    println!(
        "# Triage benchmark: {} development-set texts, language detected\n",
        queries.len()
    );

    println!(
        "| listings | triage p50 | triage p99 | FTS5 p50 | FTS5 p99 | FTS5 / triage (p50) |\n|---|---|---|---|---|---|"
    );
    let mut criterion = Criterion::default().configure_from_args().sample_size(20);
    for size in [10_000usize, 100_000] {
        let services = synth::services(size, 1);
        let engine = engine(&services);
        let fts = runtime.block_on(fts_table(&services));
        let directory = Directory::new(services);
        let rounds = if size > 10_000 { 2 } else { 5 };
        let (p50, p99) = timings(rounds, &queries, |text| {
            black_box(engine.triage(&directory, &request(text)).expect("triage"));
        });
        let (fts50, fts99) = timings(rounds, &queries, |text| {
            black_box(runtime.block_on(fts_search(&fts, text)));
        });
        println!(
            "| {size} | {:.3} ms | {:.3} ms | {:.3} ms | {:.3} ms | {:.1}× |",
            p50.as_secs_f64() * 1e3,
            p99.as_secs_f64() * 1e3,
            fts50.as_secs_f64() * 1e3,
            fts99.as_secs_f64() * 1e3,
            fts50.as_secs_f64() / p50.as_secs_f64()
        );
        if size == 10_000 {
            let mut next = queries.iter().cycle();
            criterion.bench_function("triage, 10,000 listings", |b| {
                b.iter(|| {
                    engine
                        .triage(&directory, &request(next.next().expect("query")))
                        .expect("triage")
                });
            });
            let mut next = queries.iter().cycle();
            criterion.bench_function("fts5 bm25, 10,000 listings", |b| {
                b.iter(|| runtime.block_on(fts_search(&fts, next.next().expect("query"))));
            });
        }
    }

    let directory = runtime.block_on(demonstration_directory());
    let engine = engine(directory.details());
    let report = evaluate(&engine, &directory, &cases, true).expect("evaluation");
    let fts = runtime.block_on(fts_table(directory.details()));
    let fts_hits = cases
        .iter()
        .filter(|case| {
            let slugs = runtime.block_on(fts_search(&fts, &case.text));
            fts_situations(&directory, &slugs)
                .iter()
                .take(3)
                .any(|s| case.situations.contains(s))
        })
        .count();
    println!(
        "\n| on the demonstration directory | situation hit@3 |\n|---|---|\n| triage (lexicon, then taxonomy) | {:.2} |\n| FTS5 BM25 over listings | {:.2} |\n",
        report.overall.hit_at_3().unwrap_or(0.0),
        share(fts_hits, cases.len())
    );
    criterion.final_summary();
}
