//! Who may do what: every staff route, for an anonymous visitor, an administrator, a provider
//! of the listing's organisation, a provider of another organisation and a caseworker. A test
//! reads the router's source so that a new route without a row here fails.

use crate::helpers::spawn_app;
use crate::staff_helpers::{Agent, csrf_of, service_id, staff_member};
use app::domain::staff::Role;

/// Expected statuses in the order: anonymous, administrator, provider (own organisation),
/// provider (other organisation), caseworker.
struct Row {
    method: &'static str,
    route: &'static str,
    path: String,
    form: Vec<(&'static str, String)>,
    expected: [u16; 5],
}

fn row(method: &'static str, route: &'static str, path: impl Into<String>, expected: [u16; 5]) -> Row {
    Row {
        method,
        route,
        path: path.into(),
        form: Vec::new(),
        expected,
    }
}

fn with(mut row: Row, form: &[(&'static str, &str)]) -> Row {
    row.form = form.iter().map(|(k, v)| (*k, (*v).to_owned())).collect();
    row
}

/// The routes the staff router declares, as (method, route) pairs, read from its source.
fn declared_routes() -> Vec<(String, String)> {
    let source =
        std::fs::read_to_string(crate::helpers::workspace_path("app/src/routes/staff/mod.rs")).expect("source");
    // rustfmt may break a route over several lines: read it without whitespace.
    let compact: String = source.split_whitespace().collect();
    let mut routes = Vec::new();
    for declaration in compact.split(".route(\"").skip(1) {
        let path = declaration.split('"').next().unwrap_or_default().to_owned();
        for method in ["get", "post"] {
            if declaration.contains(&format!("{method}(")) {
                routes.push((method.to_uppercase(), path.clone()));
            }
        }
    }
    routes
}

fn matrix(revision: &str, referral: &str) -> Vec<Row> {
    let own = service_id("galop-london-support");
    let unknown_user = uuid::Uuid::new_v4().to_string();
    vec![
        row("GET", "/staff", "/staff", [303, 200, 200, 200, 200]),
        row("GET", "/staff/login", "/staff/login", [200, 303, 303, 303, 303]),
        with(
            row("POST", "/staff/login", "/staff/login", [403, 401, 401, 401, 401]),
            &[("email", "x@example.org"), ("password", "wrong wrong wrong")],
        ),
        row(
            "GET",
            "/staff/login/code",
            "/staff/login/code",
            [303, 303, 303, 303, 303],
        ),
        with(
            row(
                "POST",
                "/staff/login/code",
                "/staff/login/code",
                [403, 303, 303, 303, 303],
            ),
            &[("code", "123456")],
        ),
        row(
            "GET",
            "/staff/setup/{token}",
            "/staff/setup/unknown",
            [404, 404, 404, 404, 404],
        ),
        with(
            row(
                "POST",
                "/staff/setup/{token}",
                "/staff/setup/unknown",
                [403, 404, 404, 404, 404],
            ),
            &[("password", "x")],
        ),
        row(
            "GET",
            "/staff/two-factor",
            "/staff/two-factor",
            [303, 303, 303, 303, 303],
        ),
        with(
            row(
                "POST",
                "/staff/two-factor",
                "/staff/two-factor",
                [403, 303, 303, 303, 303],
            ),
            &[("code", "123456")],
        ),
        row(
            "GET",
            "/staff/password/forgot",
            "/staff/password/forgot",
            [200, 200, 200, 200, 200],
        ),
        with(
            row(
                "POST",
                "/staff/password/forgot",
                "/staff/password/forgot",
                [403, 303, 303, 303, 303],
            ),
            &[("email", "x@example.org")],
        ),
        row(
            "GET",
            "/staff/password/reset/{token}",
            "/staff/password/reset/unknown",
            [404, 404, 404, 404, 404],
        ),
        with(
            row(
                "POST",
                "/staff/password/reset/{token}",
                "/staff/password/reset/unknown",
                [403, 404, 404, 404, 404],
            ),
            &[("password", "x")],
        ),
        row("GET", "/staff/account", "/staff/account", [303, 200, 200, 200, 200]),
        with(
            row(
                "POST",
                "/staff/account/password",
                "/staff/account/password",
                [401, 422, 422, 422, 422],
            ),
            &[("current", "wrong")],
        ),
        with(
            row(
                "POST",
                "/staff/account/language",
                "/staff/account/language",
                [401, 303, 303, 303, 303],
            ),
            &[("locale", "en")],
        ),
        row(
            "POST",
            "/staff/account/recovery-codes",
            "/staff/account/recovery-codes",
            [401, 200, 200, 200, 200],
        ),
        row("GET", "/staff/inbox", "/staff/inbox", [303, 200, 200, 200, 403]),
        row(
            "GET",
            "/staff/inbox/{id}",
            format!("/staff/inbox/{}", uuid::Uuid::new_v4()),
            [303, 403, 404, 404, 403],
        ),
        with(
            row(
                "POST",
                "/staff/inbox/{id}/status",
                format!("/staff/inbox/{}/status", uuid::Uuid::new_v4()),
                [401, 403, 404, 404, 403],
            ),
            &[("status", "closed")],
        ),
        with(
            row(
                "POST",
                "/staff/inbox/{id}/assign",
                format!("/staff/inbox/{}/assign", uuid::Uuid::new_v4()),
                [401, 403, 404, 404, 403],
            ),
            &[("assignee", "")],
        ),
        with(
            row(
                "POST",
                "/staff/inbox/{id}/notes",
                format!("/staff/inbox/{}/notes", uuid::Uuid::new_v4()),
                [401, 403, 404, 404, 403],
            ),
            &[("note", "x")],
        ),
        row("GET", "/staff/referrals", "/staff/referrals", [303, 403, 403, 403, 200]),
        row(
            "GET",
            "/staff/referrals/find",
            "/staff/referrals/find?q=advice",
            [303, 403, 403, 403, 200],
        ),
        row(
            "GET",
            "/staff/referrals/new/{slug}",
            "/staff/referrals/new/galop-london-support",
            [303, 403, 403, 403, 200],
        ),
        with(
            row(
                "POST",
                "/staff/referrals/new/{slug}",
                "/staff/referrals/new/galop-london-support",
                [401, 403, 403, 403, 422],
            ),
            &[("name", "")],
        ),
        row(
            "GET",
            "/staff/referrals/{id}",
            format!("/staff/referrals/{referral}"),
            [303, 403, 200, 404, 200],
        ),
        row(
            "GET",
            "/staff/referrals/{id}",
            format!("/staff/referrals/{}", uuid::Uuid::new_v4()),
            [303, 403, 404, 404, 404],
        ),
        with(
            row(
                "POST",
                "/staff/referrals/{id}/status",
                format!("/staff/referrals/{referral}/status"),
                [401, 403, 303, 404, 403],
            ),
            &[("status", "accepted")],
        ),
        with(
            row(
                "POST",
                "/staff/referrals/{id}/assign",
                format!("/staff/referrals/{referral}/assign"),
                [401, 403, 303, 404, 403],
            ),
            &[("assignee", "")],
        ),
        with(
            row(
                "POST",
                "/staff/referrals/{id}/notes",
                format!("/staff/referrals/{referral}/notes"),
                [401, 403, 422, 404, 403],
            ),
            &[("note", "")],
        ),
        row(
            "POST",
            "/staff/referrals/{id}/withdraw",
            format!("/staff/referrals/{referral}/withdraw"),
            [401, 403, 403, 404, 303],
        ),
        row("GET", "/staff/services", "/staff/services", [303, 200, 200, 200, 403]),
        row(
            "GET",
            "/staff/services/{id}/edit",
            format!("/staff/services/{own}/edit"),
            [303, 200, 200, 404, 403],
        ),
        with(
            row(
                "POST",
                "/staff/services/{id}/edit",
                format!("/staff/services/{own}/edit"),
                [401, 422, 422, 404, 403],
            ),
            &[("name", "")],
        ),
        row(
            "POST",
            "/staff/services/{id}/confirm",
            format!("/staff/services/{own}/confirm"),
            [401, 303, 303, 404, 403],
        ),
        row(
            "GET",
            "/staff/admin/revisions",
            "/staff/admin/revisions",
            [303, 200, 403, 403, 403],
        ),
        row(
            "GET",
            "/staff/admin/revisions/{id}",
            format!("/staff/admin/revisions/{revision}"),
            [303, 200, 403, 403, 403],
        ),
        row(
            "POST",
            "/staff/admin/revisions/{id}/approve",
            format!("/staff/admin/revisions/{}/approve", uuid::Uuid::new_v4()),
            [401, 404, 403, 403, 403],
        ),
        with(
            row(
                "POST",
                "/staff/admin/revisions/{id}/reject",
                format!("/staff/admin/revisions/{revision}/reject"),
                [401, 422, 403, 403, 403],
            ),
            &[("reason", "")],
        ),
        row(
            "GET",
            "/staff/admin/organizations",
            "/staff/admin/organizations",
            [303, 200, 403, 403, 403],
        ),
        with(
            row(
                "POST",
                "/staff/admin/organizations",
                "/staff/admin/organizations",
                [401, 422, 403, 403, 403],
            ),
            &[("name", "X"), ("slug", "Not A Slug")],
        ),
        row(
            "GET",
            "/staff/admin/users",
            "/staff/admin/users",
            [303, 200, 403, 403, 403],
        ),
        with(
            row(
                "POST",
                "/staff/admin/users",
                "/staff/admin/users",
                [401, 422, 403, 403, 403],
            ),
            &[("email", "not an address"), ("role", "admin")],
        ),
        row(
            "POST",
            "/staff/admin/users/{id}/disable",
            format!("/staff/admin/users/{unknown_user}/disable"),
            [401, 404, 403, 403, 403],
        ),
        row(
            "POST",
            "/staff/admin/users/{id}/enable",
            format!("/staff/admin/users/{unknown_user}/enable"),
            [401, 404, 403, 403, 403],
        ),
        with(
            row(
                "POST",
                "/staff/admin/users/{id}/memberships",
                format!("/staff/admin/users/{unknown_user}/memberships"),
                [401, 404, 403, 403, 403],
            ),
            &[("add", "x")],
        ),
        row(
            "GET",
            "/staff/admin/stale",
            "/staff/admin/stale",
            [303, 200, 403, 403, 403],
        ),
        row(
            "GET",
            "/staff/admin/audit",
            "/staff/admin/audit",
            [303, 200, 403, 403, 403],
        ),
        // Last: it ends the session.
        row("POST", "/staff/logout", "/staff/logout", [403, 303, 303, 303, 303]),
    ]
}

#[tokio::test]
async fn every_staff_route_answers_each_role_as_it_should() {
    let app = spawn_app().await;
    let (_, admin) = staff_member(&app, "admin@example.org", Role::Admin, &[]).await;
    let (_, own) = staff_member(&app, "own@galop.example", Role::Provider, &["galop"]).await;
    let (_, other) = staff_member(&app, "other@victimsupport.example", Role::Provider, &["victim-support"]).await;
    let (_, caseworker) = staff_member(&app, "cw@sbs.example", Role::Caseworker, &["southall-black-sisters"]).await;

    // A pending change to look at.
    let edit = format!("/staff/services/{}/edit", service_id("galop-london-support"));
    let (_, html) = own.get_text(&edit).await;
    let mut fields = crate::staff_helpers::form_fields(&html, "form.listing-form");
    crate::staff_helpers::set_field(&mut fields, "fees", "No charge for anyone");
    let pairs: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    let response = own.post(&edit, &pairs).await;
    assert_eq!(
        response.status(),
        303,
        "{}",
        crate::helpers::texts(&response.text().await.unwrap_or_default(), ".error-summary li").join("; ")
    );
    let revision = app::ssr::db::revisions::pending_revisions(&app.state.pool)
        .await
        .expect("query")[0]
        .id
        .clone();

    // A referral from the caseworker to the provider's service.
    let new_referral = "/staff/referrals/new/galop-london-support";
    let response = caseworker
        .post_from(
            new_referral,
            new_referral,
            &[
                ("name", "Client"),
                ("method", "none"),
                ("urgency", "routine"),
                ("consent", "yes"),
                ("consent_by", "client"),
                ("consent_on", "2026-01-01"),
            ],
        )
        .await;
    assert_eq!(response.status(), 303, "the referral is sent");
    let referral = crate::staff_helpers::location(&response)
        .trim_start_matches("/staff/referrals/")
        .trim_end_matches("?done=referral-sent")
        .to_owned();

    let anonymous = Agent::new(&app);
    let agents = [&anonymous, &admin, &own, &other, &caseworker];
    let names = ["anonymous", "administrator", "provider", "other provider", "caseworker"];
    let rows = matrix(&revision, &referral);

    let declared = declared_routes();
    assert!(declared.len() >= 30, "the router's routes are read: {declared:?}");
    for (method, route) in &declared {
        assert!(
            rows.iter().any(|r| r.method == method && r.route == route),
            "{method} {route} has no row in the authorisation matrix"
        );
    }

    let mut failures = Vec::new();
    for row in &rows {
        for (i, agent) in agents.iter().enumerate() {
            let status = if row.method == "GET" {
                agent.get(&row.path).await.status().as_u16()
            } else {
                let (_, page) = agent.get_text("/staff/account").await;
                let mut form: Vec<(&str, &str)> = vec![("csrf", "")];
                let csrf = csrf_of(&page);
                form[0].1 = csrf.as_str();
                form.extend(row.form.iter().map(|(k, v)| (*k, v.as_str())));
                agent.post(&row.path, &form).await.status().as_u16()
            };
            if status != row.expected[i] {
                failures.push(format!(
                    "{} {} as {}: {status}, expected {}",
                    row.method, row.path, names[i], row.expected[i]
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
