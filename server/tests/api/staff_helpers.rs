//! Staff accounts for tests: created the way `portal admin create-user` creates them, set up
//! through the real set-up link and authenticator enrolment, and signed in over HTTP.

use crate::helpers::TestApp;
use app::domain::staff::{EmailAddress, Role};
use app::ssr::auth::totp;
use reqwest::redirect::Policy;

pub const PASSWORD: &str = "correct horse battery staple";

/// A browser: its own cookie jar, no redirects followed.
pub struct Agent {
    pub client: reqwest::Client,
    pub address: String,
}

impl Agent {
    pub fn new(app: &TestApp) -> Self {
        Agent {
            client: reqwest::Client::builder()
                .redirect(Policy::none())
                .cookie_store(true)
                .build()
                .expect("HTTP client"),
            address: app.address.clone(),
        }
    }

    pub async fn get(&self, path: &str) -> reqwest::Response {
        self.client
            .get(format!("{}{path}", self.address))
            .send()
            .await
            .expect("request sent")
    }

    pub async fn get_text(&self, path: &str) -> (u16, String) {
        let response = self.get(path).await;
        let status = response.status().as_u16();
        (status, response.text().await.expect("body"))
    }

    pub async fn post(&self, path: &str, form: &[(&str, &str)]) -> reqwest::Response {
        self.client
            .post(format!("{}{path}", self.address))
            .form(form)
            .send()
            .await
            .expect("request sent")
    }

    /// Posts a form with the CSRF token of the page at `page`.
    pub async fn post_from(&self, page: &str, path: &str, form: &[(&str, &str)]) -> reqwest::Response {
        let (_, html) = self.get_text(page).await;
        let csrf = csrf_of(&html);
        let mut fields: Vec<(&str, &str)> = vec![("csrf", csrf.as_str())];
        fields.extend_from_slice(form);
        self.post(path, &fields).await
    }
}

/// The CSRF token in a page's first form.
pub fn csrf_of(html: &str) -> String {
    attribute(html, "input[name=csrf]", "value").unwrap_or_default()
}

pub fn attribute(html: &str, selector: &str, name: &str) -> Option<String> {
    let document = scraper::Html::parse_document(html);
    let selector = scraper::Selector::parse(selector).expect("selector");
    document
        .select(&selector)
        .next()
        .and_then(|e| e.value().attr(name))
        .map(str::to_owned)
}

pub fn location(response: &reqwest::Response) -> String {
    response
        .headers()
        .get("location")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_owned()
}

/// A staff member who has completed set-up.
pub struct StaffMember {
    pub email: String,
    pub totp_secret: String,
    pub recovery_codes: Vec<String>,
}

/// The set-up link an administrator's invitation or the command line would give.
pub async fn invite(app: &TestApp, email: &str, role: Role, organizations: &[&str]) -> String {
    let mut ids = Vec::new();
    for slug in organizations {
        let organization = app::ssr::db::staff::find_organization_by_slug(&app.state.pool, slug)
            .await
            .expect("query")
            .expect("organisation exists");
        ids.push(organization.id);
    }
    let email = EmailAddress::parse(email).expect("address");
    app::routes::staff::admin::create_account(
        &app.state.pool,
        &app.state.staff,
        (None, Some("test")),
        &email,
        role,
        &ids,
    )
    .await
    .expect("account created")
}

/// The path of a full link.
pub fn path_of(link: &str) -> String {
    let after_scheme = link.split_once("://").map_or(link, |(_, rest)| rest);
    after_scheme
        .find('/')
        .map_or_else(String::new, |i| after_scheme[i..].to_owned())
}

/// Follows a set-up link in `agent`: chooses the password, enrols the authenticator, reads the
/// recovery codes. The agent ends signed in.
pub async fn complete_setup(agent: &Agent, email: &str, link: &str) -> StaffMember {
    let path = path_of(link);
    let response = agent
        .post_from(&path, &path, &[("password", PASSWORD), ("confirmation", PASSWORD)])
        .await;
    assert_eq!(response.status(), 303, "password accepted");
    assert_eq!(location(&response), "/staff/two-factor");
    let (status, html) = agent.get_text("/staff/two-factor").await;
    assert_eq!(status, 200);
    let secret = attribute(&html, "input[name=secret]", "value").expect("the secret is in the form");
    let csrf = csrf_of(&html);
    let code = totp::code_at(&secret, jiff::Timestamp::now()).expect("code");
    let response = agent
        .post(
            "/staff/two-factor",
            &[("csrf", &csrf), ("secret", &secret), ("code", &code)],
        )
        .await;
    assert_eq!(response.status(), 200, "enrolment accepted");
    let html = response.text().await.expect("body");
    let recovery_codes = crate::helpers::texts(&html, ".recovery-codes code");
    assert_eq!(recovery_codes.len(), 10);
    StaffMember {
        email: email.to_owned(),
        totp_secret: secret,
        recovery_codes,
    }
}

/// Invites and sets up an account; returns the member and a signed-in agent.
pub async fn staff_member(app: &TestApp, email: &str, role: Role, organizations: &[&str]) -> (StaffMember, Agent) {
    let link = invite(app, email, role, organizations).await;
    let agent = Agent::new(app);
    let member = complete_setup(&agent, email, &link).await;
    (member, agent)
}

/// A code the server has not accepted yet: codes are single-use, so a second sign-in within
/// the same 30 seconds needs the next step's code (one step of drift is allowed), and after
/// that, the next window.
pub async fn fresh_code(app: &TestApp, member: &StaffMember) -> String {
    loop {
        let email = EmailAddress::parse(&member.email).expect("address");
        let user = app::ssr::db::staff::find_user_by_email(&app.state.pool, &email)
            .await
            .expect("query")
            .expect("user");
        let now = jiff::Timestamp::now();
        let current = now.as_second() / 30;
        let step = user
            .totp_last_step
            .map_or(current - 1, |last| (last + 1).max(current - 1));
        if step <= current + 1 {
            let at = jiff::Timestamp::from_second(step * 30).expect("time");
            return totp::code_at(&member.totp_secret, at).expect("code");
        }
        tokio::time::sleep(std::time::Duration::from_secs(2)).await;
    }
}

/// Signs in through both steps; returns the signed-in agent.
pub async fn sign_in(app: &TestApp, member: &StaffMember) -> Agent {
    let agent = Agent::new(app);
    let response = agent
        .post_from(
            "/staff/login",
            "/staff/login",
            &[("email", &member.email), ("password", PASSWORD)],
        )
        .await;
    assert_eq!(response.status(), 303, "password accepted");
    assert_eq!(location(&response), "/staff/login/code");
    let code = fresh_code(app, member).await;
    let response = agent
        .post_from("/staff/login/code", "/staff/login/code", &[("code", &code)])
        .await;
    assert_eq!(response.status(), 303, "code accepted");
    assert_eq!(location(&response), "/staff");
    agent
}

/// The fields a browser would send for the form matching `selector` as the page shows it:
/// inputs with their values, ticked boxes, chosen options, text areas.
pub fn form_fields(html: &str, selector: &str) -> Vec<(String, String)> {
    let document = scraper::Html::parse_document(html);
    let form_selector = scraper::Selector::parse(selector).expect("selector");
    let field_selector = scraper::Selector::parse("input, textarea, select").expect("selector");
    let option_selector = scraper::Selector::parse("option").expect("selector");
    let form = document.select(&form_selector).next().expect("the form is on the page");
    let mut fields = Vec::new();
    for field in form.select(&field_selector) {
        let element = field.value();
        let Some(name) = element.attr("name") else { continue };
        match element.name() {
            "textarea" => fields.push((name.to_owned(), field.text().collect())),
            "select" => {
                let options: Vec<_> = field.select(&option_selector).collect();
                let chosen = options
                    .iter()
                    .find(|o| o.value().attr("selected").is_some())
                    .or(options.first())
                    .and_then(|o| o.value().attr("value"));
                if let Some(value) = chosen {
                    fields.push((name.to_owned(), value.to_owned()));
                }
            }
            _ => {
                let kind = element.attr("type").unwrap_or("text");
                if (kind == "checkbox" || kind == "radio") && element.attr("checked").is_none() {
                    continue;
                }
                fields.push((name.to_owned(), element.attr("value").unwrap_or_default().to_owned()));
            }
        }
    }
    fields
}

/// Replaces (or adds) one field's value.
pub fn set_field(fields: &mut Vec<(String, String)>, name: &str, value: &str) {
    fields.retain(|(k, _)| k != name);
    fields.push((name.to_owned(), value.to_owned()));
}

pub fn service_id(slug: &str) -> String {
    app::ssr::db::directory::service_id(&app::domain::slug::Slug::parse(slug).expect("slug"))
}
