//! DESIGN.md section 2: nothing to find later, nothing kept, confidential addresses never shown.

use crate::helpers::{spawn_app, texts, title_of};

#[tokio::test]
async fn no_public_response_sets_a_cookie() {
    let app = spawn_app().await;
    let mut paths = app.public_pages();
    paths.extend(["/".to_owned(), "/en/missing".to_owned(), "/healthz".to_owned()]);
    for path in paths {
        let response = app.get(&path).await;
        assert!(response.headers().get("set-cookie").is_none(), "{path} sets a cookie");
        assert_eq!(response.headers()["referrer-policy"], "no-referrer", "{path}");
    }
    let response = app
        .post_form("/en/help", &[("description", "someone took my bag"), ("borough", "")])
        .await;
    assert!(response.headers().get("set-cookie").is_none());
}

#[tokio::test]
async fn every_public_page_has_a_quick_exit_link_that_works_without_scripts() {
    let app = spawn_app().await;
    for path in app.public_pages() {
        let (_, html) = app.get_text(&path).await;
        assert!(
            html.contains(r#"href="https://www.bbc.co.uk/weather""#),
            "{path} has no quick exit link"
        );
    }
}

#[tokio::test]
async fn results_are_never_cached_and_their_title_says_nothing() {
    let app = spawn_app().await;
    let description = "my husband hits me and took my passport";
    let response = app
        .post_form("/en/help", &[("description", description), ("borough", "newham")])
        .await;
    assert_eq!(response.status(), 200);
    assert_eq!(response.headers()["cache-control"], "no-store");
    assert_eq!(response.headers()["referrer-policy"], "no-referrer");
    let html = response.text().await.expect("body");
    let title = title_of(&html);
    assert_eq!(title, "Information");
    for word in description.split(' ') {
        assert!(!title.to_lowercase().contains(word), "the title reveals `{word}`");
    }
}

#[tokio::test]
async fn the_description_form_posts_and_never_uses_the_address() {
    let app = spawn_app().await;
    let (_, html) = app.get_text("/en/").await;
    assert_eq!(
        texts(&html, r#"form[method="post"][action="/en/help"] [name="description"]"#).len(),
        1
    );
    // The only forms that use GET (filters) never carry a description.
    let (_, html) = app.get_text("/en/situations/stalking").await;
    assert_eq!(texts(&html, r#"form[method="get"]"#).len(), 1);
    assert!(texts(&html, r#"form[method="get"] [name="description"]"#).is_empty());
}

#[tokio::test]
async fn no_page_shows_a_confidential_address() {
    let app = spawn_app().await;
    // A confidential location that carries an address row anyway (as a staff edit could
    // leave it): the address must still never reach a page.
    let secret_street = "7 Hidden Refuge Road";
    let secret_postcode = "ZZ9 9ZZ";
    let location_id: String = sqlx::query_scalar("SELECT l.id FROM location l WHERE l.confidential = TRUE LIMIT 1")
        .fetch_one(&app.sql)
        .await
        .expect("the demonstration directory has a confidential location");
    sqlx::query(
        "INSERT INTO address (id, location_id, address_1, city, postal_code) VALUES ('test-secret', $1, $2, 'London', $3)",
    )
    .bind(&location_id)
    .bind(secret_street)
    .bind(secret_postcode)
    .execute(&app.sql)
    .await
    .expect("address inserted");
    app.state.reload_directory().await.expect("directory reloads");
    for path in app.public_pages() {
        let (_, html) = app.get_text(&path).await;
        assert!(
            !html.contains(secret_street) && !html.contains(secret_postcode),
            "{path} shows a confidential address"
        );
    }
}

/// The nonce a page's Content-Security-Policy allows inline scripts with.
fn nonce_of(policy: &str) -> Option<String> {
    policy
        .split_whitespace()
        .find_map(|part| part.strip_prefix("'nonce-")?.strip_suffix('\'').map(str::to_owned))
}

#[tokio::test]
async fn no_inline_script_runs_without_the_responses_nonce() {
    let app = spawn_app().await;
    let mut nonces = std::collections::HashSet::new();
    let mut paths = app.public_pages();
    paths.truncate(12);
    paths.extend(["/en/missing".to_owned(), "/staff/login".to_owned()]);
    for path in paths {
        let response = app.get(&path).await;
        let policy = response.headers()["content-security-policy"]
            .to_str()
            .expect("text")
            .to_owned();
        assert!(!policy.contains("unsafe-inline"), "{path}: {policy}");
        assert!(policy.contains("frame-ancestors 'none'"), "{path}");
        let nonce = nonce_of(&policy).expect("a nonce");
        assert!(nonce.len() >= 16, "{path}: {nonce}");
        assert!(nonces.insert(nonce.clone()), "{path}: a nonce is never used twice");
        let html = response.text().await.expect("body");
        let document = scraper::Html::parse_document(&html);
        let inline = scraper::Selector::parse("script:not([src])").expect("selector");
        for script in document.select(&inline) {
            assert_eq!(script.value().attr("nonce"), Some(nonce.as_str()), "{path}");
        }
    }
    let (_, home) = app.get_text("/en/").await;
    assert!(
        home.contains("<script type=\"module\" nonce="),
        "the islands' script carries it"
    );

    // Files and JSON carry the policy too, with no inline script allowed at all.
    for path in ["/healthz", "/quick-exit.js", "/openreferral/services"] {
        let response = app.get(path).await;
        let policy = response.headers()["content-security-policy"].to_str().expect("text");
        assert!(
            !policy.contains("unsafe-inline") && nonce_of(policy).is_none(),
            "{path}: {policy}"
        );
    }
}
