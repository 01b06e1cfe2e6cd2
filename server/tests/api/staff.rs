//! The staff side over HTTP: set-up, sign-in with a second factor, sessions, CSRF, throttling,
//! password reset, and the listing workflow from a provider's edit to the public page.

use crate::helpers::{spawn_app, texts};
use crate::staff_helpers::{
    Agent, PASSWORD, csrf_of, form_fields, fresh_code, invite, location, path_of, service_id, set_field, sign_in,
    staff_member,
};
use app::domain::staff::Role;

fn cookie_value(response: &reqwest::Response) -> Option<String> {
    response
        .headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|v| v.starts_with("portal_staff="))
        .map(|v| {
            v.split(';')
                .next()
                .unwrap_or_default()
                .trim_start_matches("portal_staff=")
                .to_owned()
        })
}

#[tokio::test]
async fn set_up_sign_in_and_sign_out() {
    let app = spawn_app().await;
    let link = invite(&app, "Admin@Example.org", Role::Admin, &[]).await;
    assert!(link.starts_with("http://portal.test/staff/setup/"), "{link}");
    let agent = Agent::new(&app);
    let path = path_of(&link);

    let weak = agent
        .post_from(&path, &path, &[("password", "short"), ("confirmation", "short")])
        .await;
    assert_eq!(weak.status(), 422);
    assert!(weak.text().await.expect("body").contains("at least 12 characters"));

    let member = crate::staff_helpers::complete_setup(&agent, "admin@example.org", &link).await;
    let (status, html) = agent.get_text("/staff").await;
    assert_eq!(status, 200);
    assert!(html.contains("administrator"), "{html}");

    // The set-up link works once.
    let (status, _) = Agent::new(&app).get_text(&path).await;
    assert_eq!(status, 410);

    let response = agent.post_from("/staff", "/staff/logout", &[]).await;
    assert_eq!(response.status(), 303);
    assert_eq!(location(&agent.get("/staff").await), "/staff/login");

    let again = sign_in(&app, &member).await;
    assert_eq!(again.get("/staff").await.status(), 200);
}

#[tokio::test]
async fn enrolment_refuses_a_wrong_code() {
    let app = spawn_app().await;
    let link = invite(&app, "p@example.org", Role::Admin, &[]).await;
    let agent = Agent::new(&app);
    let path = path_of(&link);
    agent
        .post_from(&path, &path, &[("password", PASSWORD), ("confirmation", PASSWORD)])
        .await;
    let (_, html) = agent.get_text("/staff/two-factor").await;
    let secret = crate::staff_helpers::attribute(&html, "input[name=secret]", "value").expect("secret");
    let right = app::ssr::auth::totp::code_at(&secret, jiff::Timestamp::now()).expect("code");
    let wrong = if right == "000000" { "111111" } else { "000000" };
    let response = agent
        .post(
            "/staff/two-factor",
            &[("csrf", &csrf_of(&html)), ("secret", &secret), ("code", wrong)],
        )
        .await;
    assert_eq!(response.status(), 422);
    // Not signed in until the second factor is set up.
    assert_eq!(location(&agent.get("/staff").await), "/staff/login");
}

#[tokio::test]
async fn the_session_id_changes_at_each_step_of_sign_in_and_old_ids_stop_working() {
    let app = spawn_app().await;
    let (member, _) = staff_member(&app, "a@example.org", Role::Admin, &[]).await;
    let agent = Agent::new(&app);
    let page = agent.get("/staff/login").await;
    let anonymous = cookie_value(&page).expect("a session for the sign-in form");
    let cookie_header = page
        .headers()
        .get("set-cookie")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_owned();
    assert!(cookie_header.contains("Path=/staff"), "{cookie_header}");
    assert!(cookie_header.contains("HttpOnly"), "{cookie_header}");
    assert!(cookie_header.contains("SameSite=Strict"), "{cookie_header}");
    assert!(
        !cookie_header.contains("Secure"),
        "plain http in tests: {cookie_header}"
    );
    let csrf = csrf_of(&page.text().await.expect("body"));

    let response = agent
        .post(
            "/staff/login",
            &[("csrf", &csrf), ("email", &member.email), ("password", PASSWORD)],
        )
        .await;
    let after_password = cookie_value(&response).expect("renewed after the password");
    assert_ne!(after_password, anonymous);

    let code = fresh_code(&app, &member).await;
    let response = agent
        .post_from("/staff/login/code", "/staff/login/code", &[("code", &code)])
        .await;
    let signed_in = cookie_value(&response).expect("renewed after the code");
    assert_ne!(signed_in, after_password);
    assert_eq!(agent.get("/staff").await.status(), 200);

    // An id from before sign-in is worthless now.
    for old in [anonymous, after_password] {
        let response = app
            .client
            .get(format!("{}/staff", app.address))
            .header("cookie", format!("portal_staff={old}"))
            .send()
            .await
            .expect("sent");
        assert_eq!(response.status(), 303, "an old session id does not sign anyone in");
    }
}

#[tokio::test]
async fn forms_without_the_right_csrf_token_or_from_another_site_are_refused() {
    let app = spawn_app().await;
    let (_, agent) = staff_member(&app, "a@example.org", Role::Admin, &[]).await;
    let missing = agent.post("/staff/account/language", &[("locale", "fr")]).await;
    assert_eq!(missing.status(), 403);
    let wrong = agent
        .post(
            "/staff/account/language",
            &[("csrf", "not-the-token"), ("locale", "fr")],
        )
        .await;
    assert_eq!(wrong.status(), 403);
    let (_, html) = agent.get_text("/staff/account").await;
    let csrf = csrf_of(&html);
    let foreign = agent
        .client
        .post(format!("{}/staff/account/language", agent.address))
        .header("origin", "https://evil.example")
        .form(&[("csrf", csrf.as_str()), ("locale", "fr")])
        .send()
        .await
        .expect("sent");
    assert_eq!(foreign.status(), 403);
    let cross_site = agent
        .client
        .post(format!("{}/staff/account/language", agent.address))
        .header("sec-fetch-site", "cross-site")
        .form(&[("csrf", csrf.as_str()), ("locale", "fr")])
        .send()
        .await
        .expect("sent");
    assert_eq!(cross_site.status(), 403);
    // What a browser sends from our own pages: `Origin: null` under `no-referrer`.
    let own_page = agent
        .client
        .post(format!("{}/staff/account/language", agent.address))
        .header("sec-fetch-site", "same-origin")
        .header("origin", "null")
        .form(&[("csrf", csrf.as_str()), ("locale", "en")])
        .send()
        .await
        .expect("sent");
    assert_eq!(own_page.status(), 303);
    let right = agent
        .post("/staff/account/language", &[("csrf", &csrf), ("locale", "fr")])
        .await;
    assert_eq!(right.status(), 303);
    let (_, html) = agent.get_text("/staff/account").await;
    assert!(
        html.contains("lang=\"fr\""),
        "the staff pages follow the chosen language"
    );
    let refused = agent
        .post("/staff/account/language", &[("csrf", "stale"), ("locale", "en")])
        .await;
    assert_eq!(refused.status(), 403);
    let page = refused.text().await.expect("body");
    assert!(page.contains("Ce formulaire a expiré"), "error pages too: {page}");
    // The sign-in form is protected too.
    let anonymous = Agent::new(&app);
    anonymous.get("/staff/login").await;
    let response = anonymous
        .post("/staff/login", &[("email", "a@example.org"), ("password", PASSWORD)])
        .await;
    assert_eq!(response.status(), 403);
}

#[tokio::test]
async fn an_account_locks_after_five_failures_and_a_client_after_many() {
    let app = spawn_app().await;
    let (member, _) = staff_member(&app, "a@example.org", Role::Admin, &[]).await;
    let agent = Agent::new(&app);
    for _ in 0..5 {
        let response = agent
            .post_from(
                "/staff/login",
                "/staff/login",
                &[("email", &member.email), ("password", "wrong password!")],
            )
            .await;
        assert_eq!(response.status(), 401);
    }
    let locked = agent
        .post_from(
            "/staff/login",
            "/staff/login",
            &[("email", &member.email), ("password", PASSWORD)],
        )
        .await;
    assert_eq!(
        locked.status(),
        429,
        "the right password does not open a locked account"
    );
    assert!(locked.text().await.expect("body").contains("locked"));

    // When the lock has run out, the right password works again.
    sqlx::query("UPDATE staff_user SET locked_until = '2000-01-01T00:00:00Z'")
        .execute(&app.sql)
        .await
        .expect("update");
    let admin = sign_in(&app, &member).await;
    let (_, log) = admin.get_text("/staff/admin/audit?action=sign-in-failed").await;
    assert_eq!(
        texts(&log, "table.audit tbody tr").len(),
        4,
        "each failure is in the audit log"
    );
    let (_, log) = admin.get_text("/staff/admin/audit?action=account-locked").await;
    assert_eq!(texts(&log, "table.audit tbody tr").len(), 1);

    // Many failures from one address, whatever the accounts, stop that address.
    let limit = app.state.staff.client_failure_limit;
    let stranger = Agent::new(&app);
    for i in 0..limit {
        let email = format!("nobody{i}@example.org");
        stranger
            .post_from(
                "/staff/login",
                "/staff/login",
                &[("email", &email), ("password", "guess guess guess")],
            )
            .await;
    }
    let refused = stranger
        .post_from(
            "/staff/login",
            "/staff/login",
            &[("email", &member.email), ("password", PASSWORD)],
        )
        .await;
    assert_eq!(refused.status(), 429);
}

#[tokio::test]
async fn codes_are_checked_used_once_and_recovery_codes_work_once() {
    let app = spawn_app().await;
    let (member, _) = staff_member(&app, "a@example.org", Role::Admin, &[]).await;
    let start = |agent: Agent| async move {
        let response = agent
            .post_from(
                "/staff/login",
                "/staff/login",
                &[("email", "a@example.org"), ("password", PASSWORD)],
            )
            .await;
        assert_eq!(location(&response), "/staff/login/code");
        agent
    };
    let agent = start(Agent::new(&app)).await;
    let wrong = agent
        .post_from("/staff/login/code", "/staff/login/code", &[("code", "12345")])
        .await;
    assert_eq!(wrong.status(), 401);

    let code = fresh_code(&app, &member).await;
    let ok = agent
        .post_from("/staff/login/code", "/staff/login/code", &[("code", &code)])
        .await;
    assert_eq!(ok.status(), 303);
    let replay = start(Agent::new(&app)).await;
    let response = replay
        .post_from("/staff/login/code", "/staff/login/code", &[("code", &code)])
        .await;
    assert_eq!(response.status(), 401, "a code is never accepted twice");

    let recovery = &member.recovery_codes[0];
    let first = start(Agent::new(&app)).await;
    let response = first
        .post_from("/staff/login/code", "/staff/login/code", &[("code", recovery)])
        .await;
    assert_eq!(response.status(), 303);
    let second = start(Agent::new(&app)).await;
    let response = second
        .post_from("/staff/login/code", "/staff/login/code", &[("code", recovery)])
        .await;
    assert_eq!(response.status(), 401, "a recovery code works once");
}

fn reset_link_in_mail(app: &crate::helpers::TestApp) -> Option<String> {
    let folder = app.state.mailer.folder()?.to_owned();
    let mut newest: Option<(std::time::SystemTime, String)> = None;
    for entry in std::fs::read_dir(folder).ok()?.flatten() {
        let modified = entry.metadata().ok()?.modified().ok()?;
        let text = std::fs::read_to_string(entry.path()).ok()?;
        if newest.as_ref().is_none_or(|(at, _)| modified >= *at) {
            newest = Some((modified, text));
        }
    }
    let text = newest?.1.replace("=\r\n", "").replace("=3D", "=");
    let start = text.find("http://portal.test/staff/password/reset/")?;
    let link: String = text[start..].chars().take_while(|c| !c.is_whitespace()).collect();
    Some(link)
}

#[tokio::test]
async fn password_reset_links_work_once_and_expire() {
    let app = spawn_app().await;
    let (member, signed_in) = staff_member(&app, "a@example.org", Role::Admin, &[]).await;
    let agent = Agent::new(&app);
    let unknown = agent
        .post_from(
            "/staff/password/forgot",
            "/staff/password/forgot",
            &[("email", "nobody@example.org")],
        )
        .await;
    let known = agent
        .post_from(
            "/staff/password/forgot",
            "/staff/password/forgot",
            &[("email", &member.email)],
        )
        .await;
    assert_eq!(unknown.status(), 303);
    assert_eq!(
        location(&unknown),
        location(&known),
        "the answer does not tell who has an account"
    );

    let link = reset_link_in_mail(&app).expect("a reset email with a link");
    let path = path_of(&link);
    let new_password = "a completely new passphrase";
    let response = agent
        .post_from(
            &path,
            &path,
            &[("password", new_password), ("confirmation", new_password)],
        )
        .await;
    assert_eq!(response.status(), 303);
    assert_eq!(location(&response), "/staff/login?done=password-reset");
    assert_eq!(
        location(&signed_in.get("/staff").await),
        "/staff/login",
        "every session ended"
    );
    assert_eq!(agent.get(&path).await.status(), 410, "a used link");
    let reused = agent
        .post_from(
            "/staff/login",
            &path,
            &[("password", new_password), ("confirmation", new_password)],
        )
        .await;
    assert_eq!(reused.status(), 410);

    agent
        .post_from(
            "/staff/password/forgot",
            "/staff/password/forgot",
            &[("email", &member.email)],
        )
        .await;
    let link = reset_link_in_mail(&app).expect("a second email");
    sqlx::query("UPDATE one_time_link SET expires_at = '2000-01-01T00:00:00Z' WHERE purpose = 'reset'")
        .execute(&app.sql)
        .await
        .expect("update");
    assert_eq!(agent.get(&path_of(&link)).await.status(), 410, "an expired link");
    assert_eq!(agent.get("/staff/password/reset/not-a-token").await.status(), 404);
}

#[tokio::test]
async fn a_providers_change_goes_live_after_approval() {
    let app = spawn_app().await;
    let (_, provider) = staff_member(&app, "provider@galop.example", Role::Provider, &["galop"]).await;
    let (_, admin) = staff_member(&app, "admin@example.org", Role::Admin, &[]).await;
    let service = service_id("galop-london-support");
    let edit = format!("/staff/services/{service}/edit");

    let (status, html) = provider.get_text(&edit).await;
    assert_eq!(status, 200);
    let mut fields = form_fields(&html, "form.listing-form");
    set_field(&mut fields, "hours-0-day", "SA");
    set_field(&mut fields, "hours-0-opens", "10:00");
    set_field(&mut fields, "hours-0-closes", "13:30");
    set_field(&mut fields, "capacity", "waiting-list");
    let pairs: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    let response = provider.post(&edit, &pairs).await;
    assert_eq!(response.status(), 303, "{}", response.text().await.unwrap_or_default());

    // Nothing is public before approval.
    let (_, public) = app.get_text("/en/services/galop-london-support").await;
    assert!(!public.contains("1:30"), "not live yet");

    let (_, queue) = admin.get_text("/staff/admin/revisions").await;
    let revision_link = crate::staff_helpers::attribute(&queue, ".staff-list a", "href").expect("a pending change");
    let (_, review) = admin.get_text(&revision_link).await;
    let changed: Vec<String> = texts(&review, "table.diff tbody th");
    assert_eq!(changed, ["Capacity", "Opening times"], "only what changed is listed");
    assert!(review.contains("opens_at: 10:00"), "{review}");

    let response = admin
        .post_from(&revision_link, &format!("{revision_link}/approve"), &[])
        .await;
    assert_eq!(response.status(), 303);
    let (_, public) = app.get_text("/en/services/galop-london-support").await;
    assert!(public.contains("Saturday"), "the new hours are live");
    assert!(
        public.contains("10:00") && public.contains("13:30"),
        "the new hours are live"
    );
    assert!(public.contains("Waiting list"));
    assert!(!public.contains("Not yet verified"), "approval confirms the listing");

    let (_, log) = admin.get_text("/staff/admin/audit?action=revision-approved").await;
    assert!(log.contains("admin@example.org"));
    assert!(log.contains("10:00"), "the log keeps the record after the change");
}

#[tokio::test]
async fn a_refused_listing_edit_is_explained_in_the_editor_s_language() {
    let app = spawn_app().await;
    let (_, provider) = staff_member(&app, "provider@galop.example", Role::Provider, &["galop"]).await;
    let chosen = provider
        .post_from("/staff/account", "/staff/account/language", &[("locale", "pl")])
        .await;
    assert_eq!(chosen.status(), 303);
    let edit = format!("/staff/services/{}/edit", service_id("galop-london-support"));
    let (_, html) = provider.get_text(&edit).await;
    let mut fields = form_fields(&html, "form.listing-form");
    set_field(&mut fields, "minimum_age", "szesnaście");
    let pairs: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    let response = provider.post(&edit, &pairs).await;
    assert_eq!(response.status(), 422);
    let page = response.text().await.expect("body");
    assert!(page.contains("Wiek podaje się jako liczbę całkowitą"), "{page}");

    set_field(&mut fields, "minimum_age", "");
    set_field(&mut fields, "phone-0-number", "call us maybe");
    let pairs: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    let response = provider.post(&edit, &pairs).await;
    assert_eq!(response.status(), 422);
    let page = response.text().await.expect("body");
    let messages = texts(&page, "[role=alert] li");
    assert!(messages.iter().any(|m| m.contains("Telefony")), "{messages:?}");
}

#[tokio::test]
async fn a_rejected_change_shows_its_reason_and_bad_input_is_kept_for_correction() {
    let app = spawn_app().await;
    let (_, provider) = staff_member(&app, "provider@galop.example", Role::Provider, &["galop"]).await;
    let (_, admin) = staff_member(&app, "admin@example.org", Role::Admin, &[]).await;
    let edit = format!("/staff/services/{}/edit", service_id("galop-london-support"));
    let (_, html) = provider.get_text(&edit).await;
    let mut fields = form_fields(&html, "form.listing-form");
    set_field(&mut fields, "phone-0-number", "call us maybe");
    set_field(&mut fields, "name", "A new name");
    let pairs: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    let response = provider.post(&edit, &pairs).await;
    assert_eq!(response.status(), 422);
    let page = response.text().await.expect("body");
    assert!(page.contains("Phones"), "the field is named");
    assert!(page.contains("A new name"), "what was typed is kept");
    assert!(
        admin
            .get_text("/staff/admin/revisions")
            .await
            .1
            .contains("No changes are waiting")
    );

    set_field(&mut fields, "phone-0-number", "020 7704 2040");
    let pairs: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    assert_eq!(provider.post(&edit, &pairs).await.status(), 303);
    let (_, queue) = admin.get_text("/staff/admin/revisions").await;
    let revision = crate::staff_helpers::attribute(&queue, ".staff-list a", "href").expect("pending");
    let empty = admin
        .post_from(&revision, &format!("{revision}/reject"), &[("reason", " ")])
        .await;
    assert_eq!(empty.status(), 422);
    let rejected = admin
        .post_from(
            &revision,
            &format!("{revision}/reject"),
            &[("reason", "Please keep the registered name.")],
        )
        .await;
    assert_eq!(rejected.status(), 303);
    let (_, dashboard) = provider.get_text("/staff/services").await;
    assert!(dashboard.contains("Please keep the registered name."));
    let (_, public) = app.get_text("/en/services/galop-london-support").await;
    assert!(!public.contains("A new name"));
}

#[tokio::test]
async fn confirming_a_listing_dates_it_and_takes_it_off_the_stale_report() {
    let app = spawn_app().await;
    let (_, provider) = staff_member(&app, "provider@galop.example", Role::Provider, &["galop"]).await;
    let (_, admin) = staff_member(&app, "admin@example.org", Role::Admin, &[]).await;
    let (_, stale) = admin.get_text("/staff/admin/stale").await;
    assert!(
        stale.contains("Galop London support") || stale.contains("galop-london-support") || stale.contains("Galop")
    );
    let before = texts(&stale, "table tbody tr").len();
    let service = service_id("galop-london-support");
    let response = provider
        .post_from("/staff/services", &format!("/staff/services/{service}/confirm"), &[])
        .await;
    assert_eq!(response.status(), 303);
    let (_, stale) = admin.get_text("/staff/admin/stale").await;
    assert_eq!(texts(&stale, "table tbody tr").len(), before - 1);
    let (_, public) = app.get_text("/en/services/galop-london-support").await;
    assert!(!public.contains("Not yet verified"));
    let (_, log) = admin
        .get_text("/staff/admin/audit?actor=provider%40galop&action=listing-confirmed")
        .await;
    assert_eq!(texts(&log, "table.audit tbody tr").len(), 1);
}

#[tokio::test]
async fn administrators_invite_accounts_and_add_organisations() {
    let app = spawn_app().await;
    let (_, admin) = staff_member(&app, "admin@example.org", Role::Admin, &[]).await;
    let response = admin
        .post_from(
            "/staff/admin/organizations",
            "/staff/admin/organizations",
            &[
                ("name", "New Hope"),
                ("slug", "new-hope"),
                ("website", "https://newhope.example"),
            ],
        )
        .await;
    assert_eq!(response.status(), 303);
    let duplicate = admin
        .post_from(
            "/staff/admin/organizations",
            "/staff/admin/organizations",
            &[("name", "Again"), ("slug", "new-hope")],
        )
        .await;
    assert_eq!(duplicate.status(), 422);
    let organization = app::ssr::db::staff::find_organization_by_slug(&app.state.pool, "new-hope")
        .await
        .expect("query")
        .expect("created");
    let response = admin
        .post_from(
            "/staff/admin/users",
            "/staff/admin/users",
            &[
                ("email", "worker@newhope.example"),
                ("role", "caseworker"),
                ("organizations", &organization.id),
            ],
        )
        .await;
    assert_eq!(response.status(), 303);
    let folder = app.state.mailer.folder().expect("file mail").to_owned();
    let mail: String = std::fs::read_dir(folder)
        .expect("mail folder")
        .flatten()
        .map(|e| std::fs::read_to_string(e.path()).unwrap_or_default())
        .collect();
    assert!(mail.contains("worker@newhope.example"));
    assert!(mail.replace("=\r\n", "").contains("/staff/setup/"));
    let worker = app::ssr::db::staff::find_user_by_email(
        &app.state.pool,
        &app::domain::staff::EmailAddress::parse("worker@newhope.example").expect("address"),
    )
    .await
    .expect("query")
    .expect("invited");
    let memberships = format!("/staff/admin/users/{}/memberships", worker.id);
    let (_, users) = admin.get_text("/staff/admin/users").await;
    assert!(users.contains("Remove from"), "each membership can be removed");
    let removed = admin
        .post_from("/staff/admin/users", &memberships, &[("remove", &organization.id)])
        .await;
    assert_eq!(removed.status(), 303);
    let left = app::ssr::db::staff::organizations_of(&app.state.pool, &worker.id)
        .await
        .expect("query");
    assert!(left.is_empty());
    let no_organisation = admin
        .post_from(
            "/staff/admin/users",
            "/staff/admin/users",
            &[("email", "p@x.example"), ("role", "provider")],
        )
        .await;
    assert_eq!(no_organisation.status(), 422);
}
