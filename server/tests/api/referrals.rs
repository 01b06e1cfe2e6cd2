//! Referrals over HTTP, from the caseworker's search to the service closing them: consent,
//! statuses with who and when, assignment, internal notes, emails through a real SMTP server,
//! who may read what, what is stored sealed, key rotation and retention.

use crate::helpers::{spawn_app, spawn_app_with, texts};
use crate::smtp::SmtpServer;
use crate::staff_helpers::{Agent, attribute, location, staff_member};
use app::domain::staff::Role;

const SERVICE: &str = "galop-london-support";
const NEW: &str = "/staff/referrals/new/galop-london-support";

/// The client's name as the caseworker types it.
pub const CLIENT_NAME: &str = "Marrowfine";

/// What a caseworker types: made-up words, so that finding one anywhere means it leaked.
const CLIENT: &[(&str, &str)] = &[
    ("name", CLIENT_NAME),
    ("method", "phone"),
    ("detail", "07700 900456"),
    ("safe_times", "Glimmerdays before noon"),
    ("leave_message", "no"),
    ("language", "pl"),
    ("interpreter", "Quenyarin"),
    ("help", "Needs an advocate about Brambleton"),
    ("risk", "Tovelric has her keys"),
    ("urgency", "urgent"),
    ("consent", "yes"),
    ("consent_by", "client"),
    ("consent_on", "2026-01-15"),
    ("shares", "contact-details"),
    ("shares", "situation"),
    ("shares", "risk"),
    ("notes", "Prefers Zindleford office"),
];

const NOTE: &str = "Spoke with Marrowfine's advocate Kestrelwick";

fn personal_texts() -> impl Iterator<Item = &'static str> {
    CLIENT
        .iter()
        .filter(|(k, _)| {
            !matches!(
                *k,
                "method"
                    | "leave_message"
                    | "language"
                    | "urgency"
                    | "consent"
                    | "consent_by"
                    | "consent_on"
                    | "shares"
            )
        })
        .map(|(_, v)| *v)
        .chain([NOTE])
}

/// Sends the referral; returns its page's path.
pub async fn refer(caseworker: &Agent) -> String {
    let response = caseworker.post_from(NEW, NEW, CLIENT).await;
    assert_eq!(response.status(), 303, "referral accepted");
    let target = location(&response);
    assert!(target.ends_with("?done=referral-sent"), "{target}");
    target.trim_end_matches("?done=referral-sent").to_owned()
}

/// Text without Fluent's bidirectional isolation marks around placeables.
fn plain(text: &str) -> String {
    text.replace(['\u{2068}', '\u{2069}'], "")
}

fn timeline(page: &str) -> String {
    plain(&texts(page, "ol.timeline li").join("\n"))
}

#[tokio::test]
async fn a_referral_goes_from_the_caseworker_to_the_service_and_back() {
    let smtp = SmtpServer::start().await;
    let port = smtp.port;
    let app = spawn_app_with(|config| config.smtp_url = Some(format!("smtp://127.0.0.1:{port}"))).await;
    let (_, caseworker) = staff_member(&app, "cw@vs.example", Role::Caseworker, &["victim-support"]).await;
    let (_, provider) = staff_member(&app, "p1@galop.example", Role::Provider, &["galop"]).await;
    let (_, colleague) = staff_member(&app, "p2@galop.example", Role::Provider, &["galop"]).await;

    // The caseworker finds the service and refers a client.
    let (status, found) = caseworker.get_text("/staff/referrals/find?q=galop").await;
    assert_eq!(status, 200);
    assert!(found.contains(NEW), "the search offers the service");
    let referral = refer(&caseworker).await;
    let (_, dashboard) = caseworker.get_text("/staff/referrals").await;
    assert!(dashboard.contains(&referral) && dashboard.contains("Sent"));

    // Both providers of the receiving organisation are told, with nothing personal.
    let link = format!("http://portal.test{referral}");
    let mail = smtp.wait_for("p2@galop.example").await;
    assert!(mail.contains(&link) && mail.contains("p1@galop.example"), "{mail}");
    for text in personal_texts() {
        assert!(!mail.contains(text), "{text} is in an email");
    }

    // The service opens it: everything the consent covers is there, and it is now received.
    let (_, inbox) = provider.get_text("/staff/inbox").await;
    assert!(inbox.contains(&referral), "the referral is in the inbox");
    assert!(!inbox.contains("Marrowfine"), "the inbox list shows nothing personal");
    let (status, page) = provider.get_text(&referral).await;
    assert_eq!(status, 200);
    for text in personal_texts().filter(|t| *t != NOTE) {
        assert!(page.contains(text), "{text} is shown to the service");
    }
    assert!(page.contains("Through me") || page.contains("Phone call"));
    let history = timeline(&page);
    assert!(
        history.contains("cw@vs.example") && history.contains("Sent"),
        "{history}"
    );
    assert!(
        history.contains("p1@galop.example") && history.contains("Received"),
        "{history}"
    );
    smtp.wait_for("To: cw@vs.example").await;

    // Assigned to a colleague, who is told; a note the caseworker never sees.
    let colleague_id = attribute(&page, "#assignee option:nth-child(3)", "value").expect("a colleague to choose");
    let response = provider
        .post_from(&referral, &format!("{referral}/assign"), &[("assignee", &colleague_id)])
        .await;
    assert_eq!(response.status(), 303);
    smtp.wait_for("A colleague has assigned you").await;
    let response = provider
        .post_from(&referral, &format!("{referral}/notes"), &[("note", NOTE)])
        .await;
    assert_eq!(response.status(), 303);
    let (_, page) = colleague.get_text(&referral).await;
    assert!(page.contains(NOTE), "colleagues read the note");
    assert!(
        timeline(&page).contains("assigned it to p2@galop.example"),
        "{}",
        timeline(&page)
    );

    // A decline needs a reason; statuses move on, each with who and when.
    let response = provider
        .post_from(
            &referral,
            &format!("{referral}/status"),
            &[("status", "declined"), ("reason", "")],
        )
        .await;
    assert_eq!(response.status(), 422);
    assert!(
        response
            .text()
            .await
            .expect("body")
            .contains("why the referral is declined")
    );
    for status in ["accepted", "contacting", "engaged", "helped"] {
        let response = colleague
            .post_from(
                &referral,
                &format!("{referral}/status"),
                &[("status", status), ("reason", "")],
            )
            .await;
        assert_eq!(response.status(), 303, "{status}");
    }

    // The caseworker sees the update, the whole timeline, and not the service's notes.
    let (_, dashboard) = caseworker.get_text("/staff/referrals").await;
    assert!(dashboard.contains("Updated since you last looked") && dashboard.contains("Helped"));
    let (status, page) = caseworker.get_text(&referral).await;
    assert_eq!(status, 200);
    assert!(!page.contains(NOTE), "internal notes stay with the service");
    let history = timeline(&page);
    for expected in [
        "Accepted",
        "Trying to contact",
        "In touch",
        "Helped",
        "p2@galop.example",
    ] {
        assert!(history.contains(expected), "{expected} in {history}");
    }
    let (_, dashboard) = caseworker.get_text("/staff/referrals").await;
    assert!(!dashboard.contains("Updated since you last looked"), "seen");

    // Nothing typed is in the database file in the clear.
    let raw = app.database_bytes().await;
    for text in personal_texts() {
        assert!(
            !raw.windows(text.len()).any(|w| w == text.as_bytes()),
            "{text} found in the database file"
        );
    }
}

#[tokio::test]
async fn only_the_referring_caseworker_and_the_receiving_organisation_read_a_referral() {
    let app = spawn_app().await;
    let (_, caseworker) = staff_member(&app, "cw@vs.example", Role::Caseworker, &["victim-support"]).await;
    let (_, same_team) = staff_member(&app, "cw2@vs.example", Role::Caseworker, &["victim-support"]).await;
    let (_, provider) = staff_member(&app, "p@galop.example", Role::Provider, &["galop"]).await;
    let (_, elsewhere) = staff_member(&app, "p@sbs.example", Role::Provider, &["southall-black-sisters"]).await;
    let (_, admin) = staff_member(&app, "a@example.org", Role::Admin, &[]).await;
    let referral = refer(&caseworker).await;

    assert_eq!(same_team.get(&referral).await.status(), 404);
    assert_eq!(elsewhere.get(&referral).await.status(), 404);
    assert_eq!(
        admin.get(&referral).await.status(),
        403,
        "administrators never see contents"
    );
    let (_, counts) = admin.get_text("/staff/inbox").await;
    assert!(counts.contains("Referrals") && counts.contains("Sent") && !counts.contains("Marrowfine"));
    let (_, other_inbox) = elsewhere.get_text("/staff/inbox").await;
    assert!(!other_inbox.contains(&referral));
    let (_, team_dashboard) = same_team.get_text("/staff/referrals").await;
    assert!(
        !team_dashboard.contains(&referral),
        "a dashboard lists its owner's referrals only"
    );

    assert_eq!(caseworker.get(&referral).await.status(), 200);
    assert_eq!(provider.get(&referral).await.status(), 200);
    let (_, log) = admin.get_text("/staff/admin/audit?action=referral-read").await;
    assert_eq!(texts(&log, "table.audit tbody tr").len(), 2, "every reading is audited");

    // The caseworker cannot act for the service, nor the service for the caseworker.
    let status = caseworker
        .post_from(&referral, &format!("{referral}/status"), &[("status", "helped")])
        .await
        .status();
    assert_eq!(status, 403);
    let status = provider
        .post_from(&referral, &format!("{referral}/withdraw"), &[])
        .await
        .status();
    assert_eq!(status, 403);

    // Withdrawn by the caseworker: closed for both, the service is told in its timeline.
    let response = caseworker
        .post_from(&referral, &format!("{referral}/withdraw"), &[])
        .await;
    assert_eq!(location(&response), "/staff/referrals?done=referral-withdrawn");
    let (_, page) = provider.get_text(&referral).await;
    assert!(
        timeline(&page).contains("cw@vs.example set the status to “Closed”"),
        "{}",
        timeline(&page)
    );
}

#[tokio::test]
async fn a_referral_needs_consent_for_what_it_shares_and_keeps_what_was_typed() {
    let app = spawn_app().await;
    let (_, caseworker) = staff_member(&app, "cw@vs.example", Role::Caseworker, &["victim-support"]).await;

    // Nobody at the service can receive it yet: the caseworker is told so.
    let (status, page) = caseworker.get_text(NEW).await;
    assert_eq!(status, 409);
    assert!(page.contains("does not take referrals through the portal yet"));
    staff_member(&app, "p@galop.example", Role::Provider, &["galop"]).await;
    let (status, page) = caseworker.get_text(NEW).await;
    assert_eq!(status, 200);
    assert!(page.contains("name=\"consent\""));

    let without_consent: Vec<(&str, &str)> = CLIENT
        .iter()
        .copied()
        .filter(|(k, v)| *k != "consent" && *v != "risk")
        .collect();
    let response = caseworker.post_from(NEW, NEW, &without_consent).await;
    assert_eq!(response.status(), 422);
    let page = response.text().await.expect("body");
    assert!(page.contains("A referral needs consent"), "{page}");
    assert!(page.contains("The consent does not cover risks"), "{page}");
    for kept in [
        "Marrowfine",
        "Glimmerdays before noon",
        "Tovelric has her keys",
        "Prefers Zindleford office",
    ] {
        assert!(page.contains(kept), "{kept} kept");
    }
    let stored: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM referral")
        .fetch_one(&app.sql)
        .await
        .expect("count");
    assert_eq!(stored, 0, "nothing is stored from a refused form");
    assert_eq!(
        caseworker.get("/staff/referrals/new/no-such-service").await.status(),
        404
    );
}

#[tokio::test]
async fn contact_requests_are_assigned_and_annotated_like_referrals() {
    let app = spawn_app().await;
    sqlx::query("UPDATE service SET accepts_online_contact = TRUE WHERE slug = $1")
        .bind(SERVICE)
        .execute(&app.sql)
        .await
        .expect("update");
    app.state.reload_directory().await.expect("reload");
    app.post_form(
        "/en/services/galop-london-support/contact",
        &[("name", "Quillon"), ("method", "none")],
    )
    .await;
    let (_, provider) = staff_member(&app, "p1@galop.example", Role::Provider, &["galop"]).await;
    let (_, colleague) = staff_member(&app, "p2@galop.example", Role::Provider, &["galop"]).await;
    let (_, inbox) = provider.get_text("/staff/inbox").await;
    let request = attribute(&inbox, ".staff-list a[href^='/staff/inbox/']", "href").expect("a request");
    let (_, page) = provider.get_text(&request).await;
    let colleague_id = attribute(&page, "#assignee option:nth-child(3)", "value").expect("a colleague");
    provider
        .post_from(&request, &format!("{request}/assign"), &[("assignee", &colleague_id)])
        .await;
    let response = provider
        .post_from(&request, &format!("{request}/notes"), &[("note", "  ")])
        .await;
    assert_eq!(response.status(), 422, "an empty note is refused");
    let long = "n".repeat(2001);
    let response = provider
        .post_from(&request, &format!("{request}/notes"), &[("note", &long)])
        .await;
    assert_eq!(response.status(), 422);
    assert!(response.text().await.expect("body").contains(&long), "the text is kept");
    provider
        .post_from(&request, &format!("{request}/notes"), &[("note", NOTE)])
        .await;
    let (_, inbox) = colleague.get_text("/staff/inbox").await;
    assert!(plain(&inbox).contains("Assigned to p2@galop.example"), "{inbox}");
    let (_, page) = colleague.get_text(&request).await;
    assert!(page.contains(NOTE));
    assert!(timeline(&page).contains("p1@galop.example assigned it to p2@galop.example"));
    let stranger = "0b7e-not-a-colleague";
    let status = provider
        .post_from(&request, &format!("{request}/assign"), &[("assignee", stranger)])
        .await
        .status();
    assert_eq!(status, 400, "only the organisation's providers can hold an item");
}

#[tokio::test]
async fn rotation_and_retention_cover_referrals_and_their_notes() {
    use app::ssr::db::cases::{Purged, purge_closed_before, reseal_all};
    use app::ssr::sealed::{KeyRing, new_key, parse_key};
    let app = spawn_app().await;
    let (_, caseworker) = staff_member(&app, "cw@vs.example", Role::Caseworker, &["victim-support"]).await;
    let (_, provider) = staff_member(&app, "p@galop.example", Role::Provider, &["galop"]).await;
    let old_one = refer(&caseworker).await;
    let recent = refer(&caseworker).await;
    let open = refer(&caseworker).await;
    for referral in [&old_one, &recent] {
        provider
            .post_from(referral, &format!("{referral}/notes"), &[("note", NOTE)])
            .await;
        caseworker
            .post_from(referral, &format!("{referral}/withdraw"), &[])
            .await;
    }

    let old_key =
        parse_key(&std::fs::read_to_string(app.data_dir.path().join("data.key")).expect("key file")).expect("key");
    let new = parse_key(&new_key()).expect("key");
    let resealed = reseal_all(&app.state.pool, &KeyRing::new(&new, &[old_key]))
        .await
        .expect("rotated");
    assert_eq!((resealed.referrals, resealed.notes), (3, 2));

    let id_of = |path: &str| path.rsplit('/').next().expect("id").to_owned();
    sqlx::query("UPDATE referral SET closed_at = '2000-01-01T00:00:00Z' WHERE id = $1")
        .bind(id_of(&old_one))
        .execute(&app.sql)
        .await
        .expect("update");
    let cutoff = app::ssr::auth::timestamp_text(
        jiff::Timestamp::now()
            .checked_sub(jiff::SignedDuration::from_hours(24 * 180))
            .expect("time"),
    );
    let purged = purge_closed_before(&app.state.pool, &cutoff)
        .await
        .expect("purged")
        .expect("no other instance");
    assert_eq!(
        purged,
        Purged {
            contact_requests: 0,
            referrals: 1
        }
    );
    let left: Vec<String> = sqlx::query_scalar("SELECT id FROM referral ORDER BY id")
        .fetch_all(&app.sql)
        .await
        .expect("ids");
    let mut expected = vec![id_of(&recent), id_of(&open)];
    expected.sort();
    assert_eq!(left, expected);
    let orphans: i64 = sqlx::query_scalar(
        "SELECT (SELECT COUNT(*) FROM case_note WHERE referral_id = $1) + (SELECT COUNT(*) FROM case_event WHERE referral_id = $1)",
    )
    .bind(id_of(&old_one))
    .fetch_one(&app.sql)
    .await
    .expect("count");
    assert_eq!(orphans, 0, "notes and timeline go with the referral");
}

#[tokio::test]
async fn a_caseworker_following_a_service_pages_link_comes_back_to_the_form_after_signing_in() {
    use crate::staff_helpers::{PASSWORD, fresh_code};
    let app = spawn_app().await;
    let (member, _) = staff_member(&app, "cw@vs.example", Role::Caseworker, &["victim-support"]).await;
    staff_member(&app, "p@galop.example", Role::Provider, &["galop"]).await;
    let (_, listing) = app.get_text(&format!("/en/services/{SERVICE}")).await;
    assert!(
        listing.contains(&format!("href=\"{NEW}\"")),
        "the public page links to the form"
    );

    let agent = Agent::new(&app);
    let login = location(&agent.get(NEW).await);
    assert_eq!(login, format!("/staff/login?next={NEW}"));
    let response = agent
        .post_from(
            &login,
            "/staff/login",
            &[("email", &member.email), ("password", PASSWORD), ("next", NEW)],
        )
        .await;
    let code_page = location(&response);
    assert_eq!(code_page, format!("/staff/login/code?next={NEW}"));
    let code = fresh_code(&app, &member).await;
    let response = agent
        .post_from(&code_page, "/staff/login/code", &[("code", &code), ("next", NEW)])
        .await;
    assert_eq!(location(&response), NEW);
    assert_eq!(agent.get(NEW).await.status(), 200);

    // Nowhere else: another site, a path climbing out of /staff, or odd characters.
    for elsewhere in [
        "//evil.example/staff/",
        "https://evil.example",
        "/staff/../admin",
        "/staff/x?y=z",
        "/en/",
    ] {
        let status = agent.get(&format!("/staff/login?next={elsewhere}")).await;
        assert_eq!(location(&status), "/staff", "{elsewhere}");
    }
}
