//! Several instances on one database, as behind a load balancer: what one of them changes, the
//! others show; a staff session works on any of them; the retention job deletes each item once.
//! On SQLite (one instance by design, with no change feed) the tests that do not need one run
//! with both instances on one file, which checks that sharing it is sound.

use crate::helpers::{TestApp, spawn_app, spawn_other_instance};
use crate::staff_helpers::{Agent, attribute, form_fields, service_id, set_field, staff_member};
use app::domain::staff::Role;
use std::io::Write as _;
use std::time::{Duration, Instant};

/// A phrase no listing has, put into one by an approved change.
const PHRASE: &str = "Quenbrook bicycle repair circle";

/// What the instance's triage engine finds for `text` in its listings index, and whether the
/// service's public page there shows it.
async fn finds(app: &TestApp, text: &str) -> bool {
    let indexed = app
        .state
        .triage
        .search_services(text, 5)
        .expect("the index answers")
        .contains(&"galop-london-support".to_owned());
    let (_, page) = app.get_text("/en/services/galop-london-support").await;
    indexed && page.contains(text)
}

/// The staff agent of `app`'s member, now talking to `other` with the same session cookie.
fn on(agent: &Agent, other: &TestApp) -> Agent {
    Agent {
        client: agent.client.clone(),
        address: other.address.clone(),
    }
}

#[tokio::test]
async fn a_listing_approved_on_one_instance_is_found_on_the_other_within_two_seconds() {
    let first = spawn_app().await;
    if !first.database.is_postgres() {
        return;
    }
    let second = spawn_other_instance(&first).await;
    let (_, provider) = staff_member(&first, "provider@galop.example", Role::Provider, &["galop"]).await;
    let (_, admin) = staff_member(&first, "admin@example.org", Role::Admin, &[]).await;
    assert!(
        !finds(&second, PHRASE).await,
        "not found by the phrase before the change"
    );

    // The provider proposes the change on the second instance (sessions work on any instance).
    let provider = on(&provider, &second);
    let edit = format!("/staff/services/{}/edit", service_id("galop-london-support"));
    let (status, html) = provider.get_text(&edit).await;
    assert_eq!(
        status, 200,
        "the session made on the first instance works on the second"
    );
    let mut fields = form_fields(&html, "form.listing-form");
    let description = fields
        .iter()
        .find(|(name, _)| name == "description")
        .map(|(_, value)| value.clone())
        .expect("a description field");
    set_field(&mut fields, "description", &format!("{description} {PHRASE}."));
    let pairs: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    assert_eq!(provider.post(&edit, &pairs).await.status(), 303);

    // Approved on the first instance...
    let (_, queue) = admin.get_text("/staff/admin/revisions").await;
    let revision = attribute(&queue, ".staff-list a", "href").expect("the change waits for review");
    let approved = admin.post_from(&revision, &format!("{revision}/approve"), &[]).await;
    assert_eq!(approved.status(), 303);
    let approved_at = Instant::now();
    assert!(finds(&first, PHRASE).await, "live at once where it was approved");

    // ...and found on the second.
    let delay = loop {
        if finds(&second, PHRASE).await {
            break approved_at.elapsed();
        }
        assert!(
            approved_at.elapsed() < Duration::from_secs(2),
            "the second instance did not show the approved change within 2 seconds"
        );
        tokio::time::sleep(Duration::from_millis(10)).await;
    };
    // The figure for docs/benchmarks.md (`cargo test ... instances -- --nocapture`).
    writeln!(std::io::stdout(), "propagation delay: {} ms", delay.as_millis()).expect("stdout");
}

#[tokio::test]
async fn a_referral_made_on_one_instance_is_read_and_updated_on_the_other() {
    let first = spawn_app().await;
    let second = spawn_other_instance(&first).await;
    let (_, caseworker) = staff_member(&first, "cw@council.example", Role::Caseworker, &[]).await;
    let (_, provider) = staff_member(&first, "p@galop.example", Role::Provider, &["galop"]).await;
    let referral = crate::referrals::refer(&caseworker).await;

    let provider = on(&provider, &second);
    let (status, page) = provider.get_text(&referral).await;
    assert_eq!(status, 200);
    assert!(
        page.contains(crate::referrals::CLIENT_NAME),
        "the sealed details open on the other instance"
    );
    let accepted = provider
        .post_from(&referral, &format!("{referral}/status"), &[("status", "accepted")])
        .await;
    assert_eq!(accepted.status(), 303);

    let (_, dashboard) = caseworker.get_text("/staff/referrals").await;
    assert!(
        dashboard.contains("Accepted"),
        "the first instance shows the change made on the second"
    );
}

#[tokio::test]
async fn a_retention_run_on_both_instances_deletes_each_due_item_once() {
    let first = spawn_app().await;
    let second = spawn_other_instance(&first).await;
    let (_, caseworker) = staff_member(&first, "cw@council.example", Role::Caseworker, &[]).await;
    staff_member(&first, "p@galop.example", Role::Provider, &["galop"]).await;
    let mut due = 0;
    for index in 0..6 {
        let referral = crate::referrals::refer(&caseworker).await;
        if index % 2 == 0 {
            let id = referral.rsplit('/').next().expect("id");
            sqlx::query("UPDATE referral SET status = 'closed', closed_at = '2000-01-01T00:00:00Z' WHERE id = $1")
                .bind(id.to_owned())
                .execute(&first.sql)
                .await
                .expect("backdated");
            due += 1;
        }
    }
    let cutoff = app::ssr::auth::now_text();
    let (one, other) = tokio::join!(
        app::ssr::db::cases::purge_closed_before(&first.state.pool, &cutoff),
        app::ssr::db::cases::purge_closed_before(&second.state.pool, &cutoff),
    );
    let deleted: u64 = [one.expect("first run"), other.expect("second run")]
        .into_iter()
        .flatten()
        .map(|purged| purged.referrals)
        .sum();
    assert_eq!(deleted, due, "each due referral deleted once, by one of the runs");
    let left: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM referral")
        .fetch_one(&first.sql)
        .await
        .expect("count");
    assert_eq!(left, 3, "the open ones stay");
}

#[tokio::test]
async fn an_instance_that_lost_its_connection_catches_up_in_full() {
    let first = spawn_app().await;
    if !first.database.is_postgres() {
        // One SQLite instance has no connection to lose and no one to hear from.
        return;
    }
    let second = spawn_other_instance(&first).await;
    // A change nobody announces, as if made while the second instance was not listening...
    sqlx::query("UPDATE service SET name = 'Galop (renamed quietly)' WHERE slug = 'galop-london-support'")
        .execute(&first.sql)
        .await
        .expect("renamed");
    // ...then the second instance's listening connection is cut.
    sqlx::query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query LIKE 'LISTEN%' AND datname = current_database()")
        .execute(&first.sql)
        .await
        .expect("connections cut");
    let started = Instant::now();
    loop {
        let (_, page) = second.get_text("/en/services/galop-london-support").await;
        if page.contains("Galop (renamed quietly)") {
            break;
        }
        assert!(
            started.elapsed() < Duration::from_secs(5),
            "the second instance did not resync after reconnecting"
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

/// Why the portal refuses to start on the database `url`.
async fn refusal(url: &str) -> String {
    let data = tempfile::tempdir().expect("folder");
    let mut config = crate::helpers::test_config(data.path());
    config.database_url = Some(url.to_owned());
    let error = server::startup::Application::build(config)
        .await
        .err()
        .expect("refused");
    format!("{error:#}")
}

#[tokio::test]
async fn an_unsupported_or_unreachable_database_is_refused_with_a_clear_message() {
    let unsupported = refusal("mysql://portal:secret@db.example/portal").await;
    assert!(
        unsupported.contains("sqlite://") && unsupported.contains("postgres://"),
        "{unsupported}"
    );
    assert!(
        !unsupported.contains("secret"),
        "no password in messages: {unsupported}"
    );
    // Nothing listens on port 9 (discard) here.
    let unreachable = refusal("postgres://portal:secret@127.0.0.1:9/portal").await;
    assert!(unreachable.contains("cannot connect to PostgreSQL"), "{unreachable}");
    assert!(
        !unreachable.contains("secret"),
        "no password in messages: {unreachable}"
    );
}
