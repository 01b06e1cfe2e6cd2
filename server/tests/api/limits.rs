//! Per-address rate limits: over the limit, a 429 in the reader's language with `Retry-After`;
//! reading pages and other addresses are unaffected.

use crate::helpers::{TestApp, spawn_app_with, title_of};

async fn limited_app() -> TestApp {
    spawn_app_with(|config| {
        config.rate_limit_triage = 2;
        config.rate_limit_forms = 2;
        config.rate_limit_sign_in = 2;
        config.trust_forwarded_for = true;
    })
    .await
}

fn retry_after(response: &reqwest::Response) -> u64 {
    response.headers()["retry-after"]
        .to_str()
        .expect("ascii")
        .parse()
        .expect("seconds")
}

#[tokio::test]
async fn the_triage_api_answers_429_in_json_after_its_limit() {
    let app = limited_app().await;
    let ask = || {
        app.client
            .post(format!("{}/api/v1/triage", app.address))
            .header("accept-language", "fr")
            .json(&serde_json::json!({"text": "someone stole my phone"}))
            .send()
    };
    assert_eq!(ask().await.expect("sent").status(), 200);
    assert_eq!(ask().await.expect("sent").status(), 200);
    let refused = ask().await.expect("sent");
    assert_eq!(refused.status(), 429);
    assert!((1..=60).contains(&retry_after(&refused)));
    assert_eq!(refused.headers()["cache-control"], "no-store");
    let body: serde_json::Value = refused.json().await.expect("JSON");
    assert_eq!(body["error"], "rate_limited");
    let message = body["message"].as_str().expect("message");
    assert!(
        message.contains("999") && !message.contains("many requests"),
        "in French: {message}"
    );
}

#[tokio::test]
async fn public_forms_answer_429_with_a_page_in_the_pages_language() {
    let app = limited_app().await;
    for _ in 0..2 {
        let response = app
            .post_form(
                "/pl/help",
                &[("description", "ktoś ukradł mi telefon"), ("borough", "")],
            )
            .await;
        assert_eq!(response.status(), 200);
    }
    let refused = app
        .post_form(
            "/pl/help",
            &[("description", "ktoś ukradł mi telefon"), ("borough", "")],
        )
        .await;
    assert_eq!(refused.status(), 429);
    assert!(retry_after(&refused) >= 1);
    let html = refused.text().await.expect("body");
    assert!(html.contains("lang=\"pl\""), "{html}");
    assert!(html.contains("999"), "the way to urgent help stays on the page");
    assert!(!title_of(&html).contains("Please wait"), "the title is in Polish");
    // The get-in-touch form shares the forms' allowance; reading is never limited.
    let contact = app
        .post_form("/pl/services/galop-london-support/contact", &[("name", "A")])
        .await;
    assert_eq!(contact.status(), 429);
    assert_eq!(app.get("/pl/").await.status(), 200);
    assert_eq!(app.get("/pl/safety").await.status(), 200);

    // Another client address (behind the trusted proxy) has its own allowance.
    let other = app
        .client
        .post(format!("{}/pl/help", app.address))
        .header("x-forwarded-for", "192.0.2.44")
        .form(&[("description", "ktoś ukradł mi telefon"), ("borough", "")])
        .send()
        .await
        .expect("sent");
    assert_eq!(other.status(), 200, "{}", other.text().await.unwrap_or_default());
}

#[tokio::test]
async fn staff_sign_in_answers_429_in_the_browsers_language() {
    let app = limited_app().await;
    let attempt = || {
        app.client
            .post(format!("{}/staff/login", app.address))
            .header("accept-language", "ar")
            .form(&[("email", "nobody@example.org"), ("password", "wrong password here")])
            .send()
    };
    for _ in 0..2 {
        assert_ne!(attempt().await.expect("sent").status(), 429);
    }
    let refused = attempt().await.expect("sent");
    assert_eq!(refused.status(), 429);
    let html = refused.text().await.expect("body");
    assert!(html.contains("lang=\"ar\"") && html.contains("dir=\"rtl\""), "{html}");
}
