//! Bad input gets a clear message in the reader's language and a 4xx, never a 500.

use crate::helpers::{spawn_app, texts};

#[tokio::test]
async fn an_empty_description_is_sent_back_with_a_message() {
    let app = spawn_app().await;
    let response = app
        .post_form("/en/help", &[("description", "   "), ("borough", "")])
        .await;
    assert_eq!(response.status(), 422);
    let html = response.text().await.expect("body");
    assert!(
        texts(&html, ".error-summary")
            .iter()
            .any(|t| t.contains("Please write a few words about what happened"))
    );
}

#[tokio::test]
async fn a_description_over_5000_characters_is_refused_and_kept_for_editing() {
    let app = spawn_app().await;
    let long = "a".repeat(5001);
    let response = app
        .post_form("/en/help", &[("description", &long), ("borough", "")])
        .await;
    assert_eq!(response.status(), 422);
    let html = response.text().await.expect("body");
    assert!(html.contains("5,000 characters or fewer"));
    assert!(html.contains(&"a".repeat(5000)), "what was written is not lost");
}

#[tokio::test]
async fn an_unknown_borough_is_a_bad_request() {
    let app = spawn_app().await;
    let response = app
        .post_form(
            "/en/help",
            &[("description", "my phone was stolen"), ("borough", "atlantis")],
        )
        .await;
    assert_eq!(response.status(), 400);
    assert!(
        response
            .text()
            .await
            .expect("body")
            .contains("Please choose a borough from the list.")
    );
    let (status, _) = app.get_text("/en/situations/stalking?group=aliens").await;
    assert_eq!(status, 400);
}

#[tokio::test]
async fn an_unreadable_form_is_a_bad_request() {
    let app = spawn_app().await;
    let response = app
        .client
        .post(format!("{}/en/help", app.address))
        .header("content-type", "application/json")
        .body("{\"description\": 1}")
        .send()
        .await
        .expect("sent");
    assert_eq!(response.status(), 400);
    assert!(
        response
            .text()
            .await
            .expect("body")
            .contains("We could not read what was sent")
    );
}

#[tokio::test]
async fn an_oversized_body_is_refused() {
    let app = spawn_app().await;
    let huge = "x".repeat(300 * 1024);
    let response = app.post_form("/en/help", &[("description", &huge)]).await;
    assert!(response.status().is_client_error(), "{}", response.status());
}
