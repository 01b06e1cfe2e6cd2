//! The demonstration directory: its coverage, and that importing it again changes nothing.

use crate::helpers::{spawn_app, workspace_path};
use app::ssr::db::directory::count_services;
use app::ssr::import;

#[tokio::test]
async fn the_demonstration_directory_covers_every_slug_and_borough() {
    let app = spawn_app().await;
    let counts = app.state.directory.snapshot().counts();
    assert!(counts.services >= 150, "{} services", counts.services);
    for (slug, count) in &counts.situations {
        assert!(*count >= 5, "situation {slug} is on {count} services");
    }
    for (slug, count) in &counts.needs {
        assert!(*count >= 3, "need {slug} is on {count} services");
    }
    for (borough, count) in &counts.boroughs {
        assert!(*count >= 3, "{borough} has {count} local listings");
    }
}

#[tokio::test]
async fn importing_again_updates_rather_than_duplicates() {
    let app = spawn_app().await;
    let before = count_services(&app.state.pool).await.expect("count");
    let report = import::import(
        &app.state.pool,
        &workspace_path("content/directory"),
        &workspace_path("content/taxonomy.toml"),
    )
    .await
    .expect("second import");
    assert_eq!(i64::try_from(report.services).expect("count fits"), before);
    assert_eq!(count_services(&app.state.pool).await.expect("count"), before);
    let phones: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM phone")
        .fetch_one(&app.sql)
        .await
        .expect("count");
    let expected: usize = app
        .state
        .directory
        .snapshot()
        .services()
        .map(|s| s.summary.phones.len())
        .sum();
    assert_eq!(usize::try_from(phones).expect("count fits"), expected);
}

#[tokio::test]
async fn a_failed_import_changes_nothing() {
    let app = spawn_app().await;
    let folder = tempfile::tempdir().expect("folder");
    let good = r#"{"id": "zz-new-service", "name": "New", "organization": {"id": "zz", "name": "ZZ"}, "description": "D", "offers": ["O"], "areas": ["national"], "situations": ["fraud"]}"#;
    let bad = good
        .replace("zz-new-service", "zz-bad-service")
        .replace("fraud", "piracy");
    std::fs::write(
        folder.path().join("a.json"),
        format!(r#"{{"services": [{good}, {bad}]}}"#),
    )
    .expect("write");
    let before = count_services(&app.state.pool).await.expect("count");
    let error = import::import(&app.state.pool, folder.path(), &workspace_path("content/taxonomy.toml"))
        .await
        .expect_err("the bad record fails the import");
    let message = error.to_string();
    assert!(
        message.contains("a.json") && message.contains("zz-bad-service") && message.contains("`situations`"),
        "{message}"
    );
    assert_eq!(count_services(&app.state.pool).await.expect("count"), before);
}
