//! Asking a service to get in touch: the public form, what is stored (sealed), and the
//! provider's inbox.

use crate::helpers::{TestApp, spawn_app, texts};
use crate::staff_helpers::{attribute, staff_member};
use app::domain::staff::Role;

const SLUG: &str = "galop-london-support";
const FORM: &str = "/en/services/galop-london-support/contact";

async fn accept_online_contact(app: &TestApp) {
    sqlx::query("UPDATE service SET accepts_online_contact = TRUE WHERE slug = $1")
        .bind(SLUG)
        .execute(&app.sql)
        .await
        .expect("update");
    app.state.reload_directory().await.expect("reload");
}

const ANSWERS: &[(&str, &str)] = &[
    ("help", "Zebrafinch needs advice about her neighbour"),
    ("name", "Quillon"),
    ("method", "text"),
    ("detail", "07700 900987"),
    ("safe_times", "Wibbledays after nine"),
    ("leave_message", "no"),
    ("interpreter", "Zorblatish"),
];

#[tokio::test]
async fn only_services_that_accept_contact_have_the_form() {
    let app = spawn_app().await;
    assert_eq!(app.get(FORM).await.status(), 404);
    accept_online_contact(&app).await;
    let response = app.get(FORM).await;
    assert_eq!(response.status(), 200);
    assert!(response.headers().get("set-cookie").is_none());
    assert_eq!(response.headers()["cache-control"], "no-store");
    let (_, service) = app.get_text(&format!("/en/services/{SLUG}")).await;
    assert!(service.contains(FORM), "the service page links to the form");
}

#[tokio::test]
async fn a_request_is_confirmed_with_a_reference_and_stored_sealed() {
    let app = spawn_app().await;
    accept_online_contact(&app).await;
    let response = app.post_form(FORM, ANSWERS).await;
    assert_eq!(response.status(), 200);
    assert!(response.headers().get("set-cookie").is_none());
    let page = response.text().await.expect("body");
    let reference = texts(&page, ".reference").join("");
    assert!(
        reference.chars().filter(char::is_ascii_alphanumeric).count() >= 8,
        "{reference}"
    );

    // Nothing typed is in the database file or its write-ahead log in the clear.
    let raw = app.database_bytes().await;
    for (_, typed) in ANSWERS.iter().filter(|(k, _)| *k != "method" && *k != "leave_message") {
        let typed = typed.as_bytes();
        assert!(
            !raw.windows(typed.len()).any(|w| w == typed),
            "{} found in the database file",
            String::from_utf8_lossy(typed)
        );
    }
}

#[tokio::test]
async fn problems_are_explained_and_what_was_typed_is_kept() {
    let app = spawn_app().await;
    accept_online_contact(&app).await;
    let response = app
        .post_form(
            FORM,
            &[
                ("name", "Quillon"),
                ("method", "phone"),
                ("detail", "12"),
                ("help", "Zebrafinch"),
            ],
        )
        .await;
    assert_eq!(response.status(), 422);
    let page = response.text().await.expect("body");
    assert!(page.contains("UK phone number"), "{page}");
    assert!(page.contains("Quillon") && page.contains("Zebrafinch"));
    let french = app
        .post_form("/fr/services/galop-london-support/contact", &[("name", "")])
        .await;
    assert_eq!(french.status(), 422);
    assert!(french.text().await.expect("body").contains("lang=\"fr\""));
}

#[tokio::test]
async fn the_receiving_organisation_reads_and_answers_requests_and_no_one_else_does() {
    let app = spawn_app().await;
    accept_online_contact(&app).await;
    app.post_form(FORM, ANSWERS).await;
    let (_, provider) = staff_member(&app, "p@galop.example", Role::Provider, &["galop"]).await;
    let (_, other) = staff_member(&app, "p@vs.example", Role::Provider, &["victim-support"]).await;
    let (_, admin) = staff_member(&app, "a@example.org", Role::Admin, &[]).await;

    let (status, inbox) = provider.get_text("/staff/inbox").await;
    assert_eq!(status, 200);
    let link = attribute(&inbox, ".staff-list a", "href").expect("a request in the inbox");
    assert!(!inbox.contains("Quillon"), "the list shows no personal details");
    let (status, request) = provider.get_text(&link).await;
    assert_eq!(status, 200);
    for shown in [
        "Quillon",
        "07700 900987",
        "Wibbledays after nine",
        "Zebrafinch",
        "Zorblatish",
    ] {
        assert!(request.contains(shown), "{shown}");
    }

    let (_, other_inbox) = other.get_text("/staff/inbox").await;
    assert!(other_inbox.contains("No contact requests yet"));
    assert_eq!(other.get(&link).await.status(), 404);
    let (status, counts) = admin.get_text("/staff/inbox").await;
    assert_eq!(status, 200);
    assert!(!counts.contains("Quillon") && counts.contains("New"));
    assert_eq!(
        admin.get(&link).await.status(),
        403,
        "administrators never see contents"
    );

    let response = provider
        .post_from(&link, &format!("{link}/status"), &[("status", "contacting")])
        .await;
    assert_eq!(response.status(), 303);
    let (_, request) = provider.get_text(&link).await;
    let history = texts(&request, "ol.timeline li").join(" ");
    assert!(
        history.contains("p@galop.example") && history.contains("Trying to contact"),
        "{history}"
    );
    let (_, log) = admin.get_text("/staff/admin/audit?action=contact-request-read").await;
    assert_eq!(texts(&log, "table.audit tbody tr").len(), 3, "every reading is audited");
    let (_, log) = admin.get_text("/staff/admin/audit?action=contact-request-status").await;
    assert!(log.contains("contacting"));
}

async fn stored(app: &TestApp) -> Vec<(String, Vec<u8>)> {
    sqlx::query_as::<_, (String, Vec<u8>)>("SELECT id, sealed FROM contact_request ORDER BY id")
        .fetch_all(&app.sql)
        .await
        .expect("query")
}

#[tokio::test]
async fn rotating_the_key_seals_everything_again_with_the_new_one() {
    use app::ssr::sealed::{KeyRing, SealError, new_key, parse_key};
    let app = spawn_app().await;
    accept_online_contact(&app).await;
    app.post_form(FORM, ANSWERS).await;
    app.post_form(FORM, ANSWERS).await;
    let old =
        parse_key(&std::fs::read_to_string(app.data_dir.path().join("data.key")).expect("the key file made at start"))
            .expect("key");
    let new = parse_key(&new_key()).expect("key");
    let rotating = KeyRing::new(&new, &[old]);
    let resealed = app::ssr::db::cases::reseal_all(&app.state.pool, &rotating)
        .await
        .expect("rotated");
    assert_eq!(resealed.contact_requests, 2);
    let again = app::ssr::db::cases::reseal_all(&app.state.pool, &rotating)
        .await
        .expect("rotated");
    assert_eq!(again, app::ssr::db::cases::Resealed::default());
    let only_new = KeyRing::new(&new, &[]);
    let only_old = KeyRing::new(&old, &[]);
    for (id, sealed) in stored(&app).await {
        let plain = only_new.open(&id, &sealed).expect("opens with the new key alone");
        assert!(String::from_utf8(plain).expect("text").contains("Quillon"));
        assert_eq!(only_old.open(&id, &sealed), Err(SealError::UnknownKey));
    }
}

#[tokio::test]
async fn retention_deletes_exactly_the_requests_closed_long_enough_ago() {
    let app = spawn_app().await;
    accept_online_contact(&app).await;
    for _ in 0..4 {
        app.post_form(FORM, ANSWERS).await;
    }
    let ids: Vec<String> = stored(&app).await.into_iter().map(|(id, _)| id).collect();
    let set = |id: &str, closed_at: Option<&str>, status: &str| {
        let query = sqlx::query("UPDATE contact_request SET closed_at = $1, status = $2 WHERE id = $3")
            .bind(closed_at.map(str::to_owned))
            .bind(status.to_owned())
            .bind(id.to_owned());
        let pool = app.sql.clone();
        async move { query.execute(&pool).await.expect("update") }
    };
    set(&ids[0], Some("2000-01-01T00:00:00Z"), "closed").await;
    set(&ids[1], Some("2000-01-01T00:00:00Z"), "helped").await;
    set(&ids[2], Some(&app::ssr::auth::now_text()), "closed").await;
    let cutoff = app::ssr::auth::timestamp_text(
        jiff::Timestamp::now()
            .checked_sub(jiff::SignedDuration::from_hours(24 * 180))
            .expect("time"),
    );
    let purged = app::ssr::db::cases::purge_closed_before(&app.state.pool, &cutoff)
        .await
        .expect("purged")
        .expect("no other instance");
    assert_eq!(purged.contact_requests, 2);
    let left: Vec<String> = stored(&app).await.into_iter().map(|(id, _)| id).collect();
    let mut expected = vec![ids[2].clone(), ids[3].clone()];
    expected.sort();
    assert_eq!(left, expected, "recently closed and open requests stay");
}

#[tokio::test]
async fn providers_are_told_by_email_with_nothing_about_the_person() {
    let smtp = crate::smtp::SmtpServer::start().await;
    let port = smtp.port;
    let app = crate::helpers::spawn_app_with(|config| config.smtp_url = Some(format!("smtp://127.0.0.1:{port}"))).await;
    accept_online_contact(&app).await;
    staff_member(&app, "p@galop.example", Role::Provider, &["galop"]).await;
    staff_member(&app, "p@vs.example", Role::Provider, &["victim-support"]).await;
    app.post_form(FORM, ANSWERS).await;
    let mail = smtp.wait_for("http://portal.test/staff/inbox").await;
    assert!(mail.contains("p@galop.example"), "{mail}");
    assert!(
        !mail.contains("p@vs.example"),
        "only the receiving organisation is told"
    );
    for (_, typed) in ANSWERS.iter().filter(|(k, _)| *k != "method" && *k != "leave_message") {
        assert!(!mail.contains(typed), "{typed} is in the email");
    }
}
