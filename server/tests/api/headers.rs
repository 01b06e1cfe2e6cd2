//! The protective headers on every kind of response, HSTS when people reach the portal by
//! https://, and the limits on what a request may carry.

use crate::helpers::{spawn_app, spawn_app_with};

/// A page, a page in another script, a 404, a staff page, JSON, a static file, the health check.
const PATHS: &[&str] = &[
    "/en/",
    "/ar/safety",
    "/en/no-such-page",
    "/staff/login",
    "/openreferral/services",
    "/quick-exit.js",
    "/healthz",
];

#[tokio::test]
async fn every_response_carries_the_protective_headers() {
    let app = spawn_app().await;
    for path in PATHS {
        let response = app.get(path).await;
        let headers = response.headers();
        let policy = headers["content-security-policy"].to_str().expect("ascii");
        assert!(policy.contains("frame-ancestors 'none'"), "{path}: {policy}");
        assert!(
            policy.contains("default-src 'none'") || policy.contains("default-src 'self'"),
            "{path}: {policy}"
        );
        assert!(!policy.contains("unsafe-inline"), "{path}: {policy}");
        assert_eq!(headers["x-content-type-options"], "nosniff", "{path}");
        assert_eq!(headers["referrer-policy"], "no-referrer", "{path}");
        assert_eq!(headers["cross-origin-opener-policy"], "same-origin", "{path}");
        let permissions = headers["permissions-policy"].to_str().expect("ascii");
        for feature in ["camera=()", "microphone=()", "geolocation=()", "payment=()"] {
            assert!(permissions.contains(feature), "{path}: {permissions}");
        }
        assert!(
            headers.get("strict-transport-security").is_none(),
            "{path}: no HSTS when people reach the portal by http://"
        );
    }
}

#[tokio::test]
async fn hsts_is_sent_when_people_reach_the_portal_by_https() {
    let app = spawn_app_with(|config| config.public_url = "https://portal.example".to_owned()).await;
    for path in PATHS {
        let response = app.get(path).await;
        let hsts = response.headers()["strict-transport-security"].to_str().expect("ascii");
        assert!(
            hsts.starts_with("max-age=") && hsts.contains("includeSubDomains"),
            "{path}: {hsts}"
        );
        let seconds: u64 = hsts["max-age=".len()..]
            .split(';')
            .next()
            .and_then(|s| s.parse().ok())
            .expect("a number of seconds");
        assert!(seconds >= 31_536_000, "at least a year: {hsts}");
    }
}

#[tokio::test]
async fn an_oversized_body_is_refused_before_it_is_read() {
    let app = spawn_app().await;
    let description = "a".repeat(200 * 1024);
    let response = app
        .post_form("/en/help", &[("description", description.as_str()), ("borough", "")])
        .await;
    assert_eq!(response.status(), 413);
    let api = app
        .client
        .post(format!("{}/api/v1/triage", app.address))
        .header("content-type", "application/json")
        .body(format!("{{\"text\": \"{description}\"}}"))
        .send()
        .await
        .expect("sent");
    assert_eq!(api.status(), 413);
    assert_eq!(app.get("/en/").await.status(), 200, "the server carries on");
}

#[tokio::test]
async fn oversized_headers_are_refused() {
    let app = spawn_app().await;
    let response = app
        .client
        .get(format!("{}/en/", app.address))
        .header("x-padding", "a".repeat(512 * 1024))
        .send()
        .await;
    match response {
        Ok(response) => assert_eq!(response.status(), 431),
        // The server may close the connection before the client has finished sending.
        Err(error) => assert!(error.is_request() || error.is_connect() || error.is_body(), "{error}"),
    }
    assert_eq!(app.get("/en/").await.status(), 200, "the server carries on");
}

#[tokio::test]
async fn the_built_files_are_served() {
    let app = spawn_app().await;
    let site = app.data_dir.path().join("site");
    std::fs::create_dir_all(site.join("pkg")).expect("pkg folder");
    std::fs::write(site.join("pkg").join("portal.css"), "body { margin: 0 }").expect("stylesheet");
    std::fs::write(site.join("quick-exit.js"), "/* quick exit */").expect("script");
    for (path, body) in [
        ("/pkg/portal.css", "body { margin: 0 }"),
        ("/quick-exit.js", "/* quick exit */"),
    ] {
        let (status, text) = app.get_text(path).await;
        assert_eq!(status, 200, "{path}");
        assert_eq!(text, body, "{path}");
    }
}
