//! What each fuzz target checks, as plain functions of the fuzzer's bytes. `cargo fuzz` calls
//! them from `fuzz_targets/`; `server/tests/fuzz_corpora.rs` replays every committed corpus
//! and regression input through them in `make test`, so a finding stays fixed.
//!
//! Each function takes the input the way the portal receives it (a JSON body, a posted form,
//! an uploaded file) and runs the same code the request handler runs. A panic anywhere is a
//! finding; so is an answer that breaks the portal's own rules (more services than asked for,
//! a parsed form that holds what it was told to refuse).

use app::domain::area::Borough;
use app::domain::contact::ContactDetails;
use app::domain::hours::{TimeOfDay, Weekday};
use app::domain::referral::{ReferralDetails, ReferralForm};
use app::domain::slug::Slug;
use app::domain::staff::{EmailAddress, NewPassword, SecondFactor};
use app::i18n::Locale;
use app::routes::contact::Answers;
use app::routes::staff::Fields;
use app::routes::staff::listing_form::{diff, record_from_form};
use app::ssr::directory::Directory;
use app::ssr::import::{ServiceRecord, parse_file, validate};
use app::ssr::openreferral::model::Dataset;
use app::ssr::openreferral::{import, read};
use app::ssr::triage::answer::answer;
use app::ssr::triage::{Request, TriageEngine};
use clap::Parser as _;
use server::routes::parse_request;
use std::ffi::OsStr;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

/// The portal as it starts with the demonstration directory: what the checks run against.
pub struct Demonstration {
    directory: Directory,
    engine: TriageEngine,
    dataset: Dataset,
    listing: ServiceRecord,
    /// The database's folder, kept for as long as the process runs.
    _data: tempfile::TempDir,
}

#[derive(clap::Parser)]
struct Flags {
    #[command(flatten)]
    config: server::config::Config,
}

fn workspace_path(relative: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..").join(relative)
}

/// Built once per process, the way `portal serve` starts: a migrated SQLite database with the
/// demonstration directory imported, the lexicon, and the search indexes (in memory).
pub fn demonstration() -> &'static Demonstration {
    static DEMONSTRATION: OnceLock<Demonstration> = OnceLock::new();
    DEMONSTRATION.get_or_init(|| {
        let data = tempfile::tempdir().expect("a temporary data folder");
        // The portal's own flags and defaults, as `portal serve` reads them; the database is
        // named outright so that a `PORTAL_DATABASE_URL` in the environment is never touched.
        let database = format!("sqlite://{}", data.path().join("portal.sqlite3").display());
        let flags = Flags::parse_from([
            OsStr::new("fuzz"),
            OsStr::new("--data-dir"),
            data.path().as_os_str(),
            OsStr::new("--database-url"),
            OsStr::new(&database),
            OsStr::new("--content-dir"),
            workspace_path("content").as_os_str(),
            OsStr::new("--seed-demo"),
            OsStr::new("true"),
        ]);
        let config = flags.config;
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .expect("a runtime");
        runtime.block_on(async {
            let pool = server::startup::prepare_database(&config)
                .await
                .expect("the demonstration database");
            let engine = server::startup::build_triage(&config, &pool, None)
                .await
                .expect("the triage engine");
            let services = app::ssr::db::directory::load_active_services(&pool)
                .await
                .expect("the demonstration services");
            let slug = &services.first().expect("a demonstration service").summary.slug;
            let listing_id = app::ssr::db::directory::service_id(&Slug::parse(slug).expect("a slug"));
            let listing = app::ssr::db::directory::load_service_record(&pool, &listing_id)
                .await
                .expect("a listing")
                .expect("the listing exists");
            let mut tx = pool.begin().await.expect("a transaction");
            let dataset = app::ssr::openreferral::db::load(&mut tx).await.expect("the dataset");
            tx.rollback().await.expect("rollback");
            Demonstration {
                directory: Directory::new(services),
                engine,
                dataset,
                listing,
                _data: data,
            }
        })
    })
}

/// `POST /api/v1/triage` and the description box. The first byte picks the page's language,
/// the second a declared language (or none), the third a borough (or none), the fourth the
/// hour and day; the rest is the text.
pub fn triage(data: &[u8]) {
    let [page, declared, borough, when, text @ ..] = data else {
        return;
    };
    let Ok(text) = std::str::from_utf8(text) else {
        return;
    };
    let hint = Locale::ALL[usize::from(*page) % Locale::ALL.len()];
    let declared = Locale::ALL.get(usize::from(*declared)).map(|l| l.tag());
    let borough = Borough::ALL.get(usize::from(*borough)).map(|b| b.as_str());
    let Ok(parsed) = parse_request(text, declared, borough) else {
        return;
    };
    let day = Weekday::ALL[usize::from(*when) % 7];
    let time = TimeOfDay::from_hm((*when / 7) % 24, 0).expect("an hour of the day");
    let limit = 10;
    let demonstration = demonstration();
    let outcome = demonstration
        .engine
        .triage(
            &demonstration.directory,
            &Request {
                text: parsed.description.as_str(),
                lang: parsed.lang,
                borough: parsed.borough,
                hint,
                now: (day, time),
                limit,
            },
        )
        .expect("triage answers every valid description");
    assert!(outcome.services.len() <= limit, "more services than asked for");
    if let Some(lang) = parsed.lang {
        assert_eq!(outcome.analysis.lang, lang, "the declared language is the one used");
    }
    let answer = answer(&outcome, outcome.analysis.lang);
    serde_json::to_string(&answer).expect("the answer serialises");
}

/// The posted forms: get in touch, a caseworker's referral, a provider's listing edit, and the
/// staff sign-in fields, each decoded as axum's `Form` decodes a body.
pub fn forms(data: &[u8]) {
    let Ok(pairs) = serde_urlencoded::from_bytes::<Vec<(String, String)>>(data) else {
        return;
    };
    let fields = Fields(pairs);
    let client = Answers::read(|name| fields.get(name));
    let language = Locale::from_tag(fields.get("language")).map_or("en", Locale::tag);
    if let Ok(details) = ContactDetails::parse(&client.form(), language) {
        assert!(!details.name.trim().is_empty(), "a contact request without a name");
    }
    let shares = fields.all("shares");
    let referral = ReferralForm {
        client: client.form(),
        language,
        urgency: fields.get("urgency"),
        risk: fields.get("risk"),
        notes: fields.get("notes"),
        consent: fields.get("consent"),
        consent_by: fields.get("consent_by"),
        consent_on: fields.get("consent_on"),
        shares,
    };
    if let Ok((_, details)) = ReferralDetails::parse(&referral, "2026-11-30") {
        assert!(
            details.consent.given_on.as_str() <= "2026-11-30",
            "consent dated in the future"
        );
    }
    let base = &demonstration().listing;
    if let Ok(proposed) = record_from_form(base, &fields)
        && validate(Path::new("listing"), 0, proposed.clone()).is_ok()
    {
        diff(base, &proposed);
        serde_json::to_string(&proposed).expect("a proposed listing serialises");
    }
    if let Ok(email) = EmailAddress::parse(fields.get("email")) {
        let _ = NewPassword::parse(fields.get("password"), fields.get("confirm"), &email);
    }
    let _ = SecondFactor::parse(fields.get("code"));
    Locale::negotiate(fields.get("accept_language"));
}

/// `portal import` of an Open Referral UK JSON file: read, checked and planned against the
/// demonstration directory, as the import does before it writes.
pub fn openreferral_json(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let documents = [(PathBuf::from("fuzz.json"), text.to_owned())];
    let Ok(package) = read::package_from_json(&documents) else {
        return;
    };
    let _ = import::plan(package, &demonstration().dataset, "2026-11-30T12:00:00.000Z".to_owned());
}

/// `portal import` of one of the portal's own directory files.
pub fn directory_json(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let _ = parse_file(Path::new("fuzz.json"), text);
}
