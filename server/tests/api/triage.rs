//! The triage through its three doors: the JSON API, the results page and the quality gates.

use crate::helpers::{spawn_app, spawn_app_in, workspace_path};
use app::ssr::triage::eval::{GATES, evaluate, failed_gates, read_cases, table};
use serde_json::{Value, json};

async fn triage(app: &crate::helpers::TestApp, body: Value) -> (u16, Value) {
    let response = app
        .client
        .post(format!("{}/api/v1/triage", app.address))
        .json(&body)
        .send()
        .await
        .expect("sent");
    let status = response.status().as_u16();
    assert_eq!(response.headers()["cache-control"], "no-store");
    (status, response.json().await.expect("JSON body"))
}

fn slugs(answer: &Value, list: &str) -> Vec<String> {
    answer[list]
        .as_array()
        .expect("list")
        .iter()
        .map(|item| item["slug"].as_str().expect("slug").to_owned())
        .collect()
}

fn assert_sorted_by_score(answer: &Value, list: &str) {
    let scores: Vec<f64> = answer[list]
        .as_array()
        .expect("list")
        .iter()
        .map(|i| i["score"].as_f64().expect("score"))
        .collect();
    assert!(scores.windows(2).all(|w| w[0] >= w[1]), "{list} not sorted: {scores:?}");
}

#[tokio::test]
async fn the_api_answers_in_the_documented_shape_sorted_by_score() {
    let app = spawn_app().await;
    let (status, answer) = triage(&app, json!({"text": "my ex keeps following me home and messaging my friends to find out where I live", "borough": "hackney"})).await;
    assert_eq!(status, 200, "{answer}");
    assert_eq!(answer["lang"], "en");
    assert_eq!(answer["danger"], false);
    assert!(
        slugs(&answer, "situations").iter().take(3).any(|s| s == "stalking"),
        "{answer}"
    );
    for list in ["situations", "needs", "groups", "services"] {
        assert_sorted_by_score(&answer, list);
    }
    let services = answer["services"].as_array().expect("services");
    assert!(!services.is_empty());
    for service in services {
        for key in ["id", "name", "why"] {
            assert!(
                service[key].as_str().is_some_and(|v| !v.is_empty()),
                "{key} missing in {service}"
            );
        }
    }
    for situation in answer["situations"].as_array().expect("situations") {
        assert!(
            situation["why"]
                .as_str()
                .is_some_and(|w| !w.is_empty() && !w.starts_with("reason-")),
            "{situation}"
        );
    }
}

#[tokio::test]
async fn danger_now_is_flagged_and_leads_the_results_page() {
    let app = spawn_app().await;
    let text = "hes outside banging on the door saying hell kill me";
    let (_, answer) = triage(&app, json!({"text": text})).await;
    assert_eq!(answer["danger"], true, "{answer}");
    let response = app
        .post_form("/en/help", &[("description", text), ("borough", "")])
        .await;
    let html = response.text().await.expect("body");
    let urgent = html
        .find("emergency emergency--urgent")
        .expect("the emergency panel is urgent");
    let main = html.find("<main").expect("main");
    assert!(urgent < main, "the emergency panel comes before the page's content");
    assert_eq!(
        html.matches("class=\"emergency").count(),
        1,
        "one emergency panel, not two"
    );
}

#[tokio::test]
async fn past_violence_alone_is_not_danger_now() {
    let app = spawn_app().await;
    let (_, answer) = triage(
        &app,
        json!({"text": "years ago my first husband used to hit me, I still think about it"}),
    )
    .await;
    assert_eq!(answer["danger"], false, "{answer}");
    assert_eq!(
        slugs(&answer, "situations").first().map(String::as_str),
        Some("domestic-abuse"),
        "{answer}"
    );
}

#[tokio::test]
async fn the_language_is_detected_when_not_given() {
    let app = spawn_app().await;
    for (text, lang) in [
        ("mój mąż mnie bije i zabrał mi paszport", "pl"),
        ("mi pareja me pega y no me deja ver a mi familia", "es"),
        ("mera shohar mujhe marta hai aur ghar se nikalne nahi deta", "ur"),
        ("他每天打我，还拿走了我的护照", "zh-Hans"),
    ] {
        let (status, answer) = triage(&app, json!({"text": text})).await;
        assert_eq!(status, 200);
        assert_eq!(answer["lang"], lang, "{text}: {answer}");
        assert!(
            slugs(&answer, "situations")
                .iter()
                .take(3)
                .any(|s| s == "domestic-abuse" || s == "trafficking"),
            "{text}: {answer}"
        );
    }
}

#[tokio::test]
async fn bad_requests_get_a_clear_4xx() {
    let app = spawn_app().await;
    let cases = [
        (json!({"text": ""}), 422, "text_empty"),
        (json!({"text": "a".repeat(5001)}), 422, "text_too_long"),
        (json!({"text": "he hits me", "lang": "klingon"}), 422, "lang_unknown"),
        (
            json!({"text": "he hits me", "borough": "gotham"}),
            422,
            "borough_unknown",
        ),
        (json!({"txt": "he hits me"}), 422, "invalid_json"),
    ];
    for (body, status, code) in cases {
        let (got, answer) = triage(&app, body).await;
        assert_eq!((got, answer["error"].as_str()), (status, Some(code)), "{answer}");
        assert!(answer["message"].as_str().is_some_and(|m| !m.is_empty()));
    }
    let response = app
        .client
        .post(format!("{}/api/v1/triage", app.address))
        .header("content-type", "application/json")
        .body("{not json")
        .send()
        .await
        .expect("sent");
    assert_eq!(response.status(), 400);
    let answer: Value = response.json().await.expect("JSON error");
    assert_eq!(answer["error"], "invalid_json");
}

#[tokio::test]
async fn the_development_set_meets_the_quality_gates() {
    let app = spawn_app().await;
    let cases = read_cases(&workspace_path("content/eval/dev")).expect("the development set reads");
    assert!(cases.len() >= 400, "{} cases", cases.len());
    let directory = app.state.directory.snapshot();
    let report = evaluate(&app.state.triage, &directory, &cases, false).expect("evaluation runs");
    let failures = failed_gates(&report, &GATES);
    assert!(
        failures.is_empty(),
        "{}\n{}\nmissed: {}",
        failures.join("\n"),
        table(&report, "language given"),
        report.misses.join(" ")
    );
    let texts_per_language = report.by_language.values().map(|t| t.cases).min().unwrap_or(0);
    assert!(texts_per_language >= 20, "a language has fewer than 20 cases");
}

#[tokio::test]
async fn a_missing_or_corrupt_index_is_rebuilt_at_start_up() {
    let first = spawn_app().await;
    let index = first.data_dir.path().join("index");
    assert!(
        index.join("services").join("meta.json").is_file(),
        "the listings index lives under the data folder"
    );
    assert!(index.join("lexicon").join("phrases").join("meta.json").is_file());
    std::fs::write(index.join("services").join("meta.json"), "not an index").expect("corrupt the index");
    std::fs::remove_dir_all(index.join("lexicon")).expect("remove the lexicon index");
    let restarted = spawn_app_in(
        std::sync::Arc::clone(&first.data_dir),
        std::sync::Arc::clone(&first.database),
    )
    .await;
    assert_eq!(
        restarted.state.triage.indexed_services(),
        restarted.state.directory.snapshot().len() as u64
    );
    let (status, answer) = triage(
        &restarted,
        json!({"text": "someone broke into my flat and stole my laptop"}),
    )
    .await;
    assert_eq!(status, 200);
    assert_eq!(
        slugs(&answer, "situations").first().map(String::as_str),
        Some("theft-burglary"),
        "{answer}"
    );
}
