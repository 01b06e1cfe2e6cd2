//! Backups (`portal backup` on SQLite, `pg_dump` on PostgreSQL): a copy taken while the portal
//! runs restores into a working portal, sealed details included, given the data key.

use crate::helpers::{TestDatabase, spawn_app, spawn_app_in};
use crate::staff_helpers::{attribute, staff_member};
use app::domain::staff::Role;

#[tokio::test]
async fn a_backup_restores_into_a_working_portal() {
    let app = spawn_app().await;
    sqlx::query("UPDATE service SET accepts_online_contact = TRUE WHERE slug = 'galop-london-support'")
        .execute(&app.sql)
        .await
        .expect("update");
    app.state.reload_directory().await.expect("reload");
    let sent = app
        .post_form(
            "/en/services/galop-london-support/contact",
            &[("name", "Quillon"), ("method", "none")],
        )
        .await;
    assert_eq!(sent.status(), 200);

    // Restore into a new data folder with the data key beside it, and a new database.
    let copies = tempfile::tempdir().expect("folder");
    let restored = std::sync::Arc::new(tempfile::tempdir().expect("folder"));
    std::fs::copy(app.data_dir.path().join("data.key"), restored.path().join("data.key")).expect("copy the key");
    let restored_database = if let Some(url) = app.database.url() {
        let dump = copies.path().join("portal.dump");
        run(
            "pg_dump",
            &["--format=custom", "--dbname", &url, "--file", &dump.to_string_lossy()],
        );
        assert!(
            app::ssr::db::backup_into(&app.state.pool, &dump).await.is_err(),
            "portal backup points PostgreSQL deployments to pg_dump"
        );
        let database = TestDatabase::new().await;
        let into = database.url().expect("a PostgreSQL database");
        run(
            "pg_restore",
            &["--no-owner", "--dbname", &into, &dump.to_string_lossy()],
        );
        database
    } else {
        let copy = copies.path().join("portal-backup.sqlite3");
        app::ssr::db::backup_into(&app.state.pool, &copy).await.expect("backup");
        assert!(
            app::ssr::db::backup_into(&app.state.pool, &copy).await.is_err(),
            "a backup never overwrites"
        );
        std::fs::copy(&copy, restored.path().join("portal.sqlite3")).expect("copy the backup");
        TestDatabase::new().await
    };
    let restarted = spawn_app_in(restored, restored_database).await;
    let (_, provider) = staff_member(&restarted, "p@galop.example", Role::Provider, &["galop"]).await;
    let (_, inbox) = provider.get_text("/staff/inbox").await;
    let request = attribute(&inbox, ".staff-list a[href^='/staff/inbox/']", "href").expect("the request survived");
    let (status, page) = provider.get_text(&request).await;
    assert_eq!(status, 200);
    assert!(page.contains("Quillon"), "the sealed details open with the same key");
}

fn run(program: &str, args: &[&str]) {
    let output = std::process::Command::new(program)
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("{program}: {e}"));
    assert!(
        output.status.success(),
        "{program}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
}
