use crate::helpers::{spawn_app, texts, title_of};
use app::domain::taxonomy::{Need, Situation};

#[tokio::test]
async fn root_offers_every_language_and_leads_with_the_browsers_own() {
    let app = spawn_app().await;
    let response = app
        .client
        .get(format!("{}/", app.address))
        .header("accept-language", "de-DE, en-GB;q=0.8")
        .send()
        .await
        .expect("sent");
    assert_eq!(response.status(), 200);
    assert_eq!(response.headers()["vary"], "accept-language");
    let html = response.text().await.expect("body");
    assert_eq!(texts(&html, ".chooser .button"), vec!["Continue in English".to_owned()]);
    let published = app::i18n::Locale::PUBLISHED.len();
    assert_eq!(texts(&html, ".chooser a[hreflang]").len(), published);
}

#[tokio::test]
async fn home_offers_the_description_box_the_emergency_banner_and_situation_tiles() {
    let app = spawn_app().await;
    let (status, html) = app.get_text("/en/").await;
    assert_eq!(status, 200);
    assert_eq!(
        texts(
            &html,
            r#"form.describe[method="post"][action="/en/help"] textarea[name="description"]"#
        )
        .len(),
        1
    );
    assert!(html.contains("What happened? You can write in your own words"));
    assert!(html.contains("In danger now?") && html.contains("call 999 and press 55"));
    let tiles = texts(&html, ".topics .tile a");
    assert_eq!(tiles.len(), Situation::ALL.len() + Need::ALL.len());
}

#[tokio::test]
async fn every_situation_and_need_page_lists_its_services() {
    let app = spawn_app().await;
    for situation in Situation::ALL {
        let (status, html) = app.get_text(&format!("/en/situations/{situation}")).await;
        assert_eq!(status, 200, "{situation}");
        assert!(
            texts(&html, ".service-card").len() >= 5,
            "{situation} lists fewer than 5 services"
        );
    }
    for need in Need::ALL {
        let (status, html) = app.get_text(&format!("/en/needs/{need}")).await;
        assert_eq!(status, 200, "{need}");
        assert!(
            texts(&html, ".service-card").len() >= 3,
            "{need} lists fewer than 3 services"
        );
    }
}

#[tokio::test]
async fn a_borough_filter_keeps_only_services_that_reach_that_borough() {
    let app = spawn_app().await;
    let (_, all) = app.get_text("/en/situations/domestic-abuse").await;
    let (status, hackney) = app
        .get_text("/en/situations/domestic-abuse?borough=hackney&group=")
        .await;
    assert_eq!(status, 200);
    let hackney_names = texts(&hackney, ".service-card__name");
    assert!(hackney_names.len() < texts(&all, ".service-card__name").len());
    let directory = app.state.directory.snapshot();
    for name in &hackney_names {
        let service = directory
            .services()
            .find(|s| &s.summary.name == name)
            .expect("listed service exists");
        assert!(
            service
                .summary
                .areas
                .iter()
                .any(|a| a.covers(app::domain::area::Borough::Hackney)),
            "{name} does not serve Hackney"
        );
    }
    let first = directory
        .services()
        .find(|s| s.summary.name == hackney_names[0])
        .expect("first service");
    assert!(
        first
            .summary
            .areas
            .contains(&app::domain::area::Area::Borough(app::domain::area::Borough::Hackney)),
        "local services come first"
    );
}

#[tokio::test]
async fn every_service_page_shows_its_record() {
    let app = spawn_app().await;
    let directory = app.state.directory.snapshot();
    for service in directory.services() {
        let (status, html) = app.get_text(&format!("/en/services/{}", service.summary.slug)).await;
        assert_eq!(status, 200, "{}", service.summary.slug);
        assert_eq!(texts(&html, "h1"), vec![service.summary.name.clone()]);
        assert!(
            html.contains("Not yet verified by the provider"),
            "{}",
            service.summary.slug
        );
        for phone in &service.summary.phones {
            assert!(
                html.contains(&phone.number),
                "{} misses {}",
                service.summary.slug,
                phone.number
            );
        }
        let hours_shown = html.contains("Open 24 hours") || html.contains("Open now") || html.contains("Closed now");
        assert_eq!(
            hours_shown,
            !service.summary.hours.is_empty(),
            "{}",
            service.summary.slug
        );
    }
}

#[tokio::test]
async fn content_pages_render_from_markdown() {
    let app = spawn_app().await;
    for (path, heading) in [
        ("/en/safety", "Staying safe online"),
        ("/en/privacy", "Privacy"),
        ("/en/accessibility", "Accessibility"),
    ] {
        let (status, html) = app.get_text(path).await;
        assert_eq!(status, 200, "{path}");
        assert!(texts(&html, "h1").iter().any(|h| h.contains(heading)), "{path}");
    }
    let (_, safety) = app.get_text("/en/safety").await;
    assert!(
        safety.contains("history"),
        "the safety page explains what quick exit does not erase"
    );
}

#[tokio::test]
async fn unknown_addresses_get_the_not_found_page() {
    let app = spawn_app().await;
    for path in [
        "/en/nowhere",
        "/en/situations/burglary-of-the-moon",
        "/en/services/no-such-service",
        "/xx/",
        "/en/a/b/c",
    ] {
        let (status, html) = app.get_text(path).await;
        assert_eq!(status, 404, "{path}");
        assert_eq!(title_of(&html), "Page not found", "{path}");
        assert!(
            html.contains("Leave this site"),
            "{path}: the 404 page keeps quick exit"
        );
    }
}

#[tokio::test]
async fn health_check_answers() {
    let app = spawn_app().await;
    let (status, body) = app.get_text("/healthz").await;
    assert_eq!((status.as_u16(), body.as_str()), (200, "ok"));
}

#[tokio::test]
async fn a_description_leads_to_what_it_is_and_the_services_for_it() {
    let app = spawn_app().await;
    let response = app
        .post_form(
            "/en/help",
            &[
                ("description", "he keeps stalking me and turning up outside my flat"),
                ("borough", ""),
            ],
        )
        .await;
    assert_eq!(response.status(), 200);
    let html = response.text().await.expect("body");
    assert_eq!(
        texts(&html, ".finding__title").first().map(String::as_str),
        Some("Stalking")
    );
    let names = texts(&html, ".service-card__name");
    assert!(!names.is_empty(), "some services are suggested");
    let directory = app.state.directory.snapshot();
    let first = directory
        .services()
        .find(|s| s.summary.name == names[0])
        .expect("suggested service exists");
    assert!(
        first.summary.situations.contains(&Situation::Stalking),
        "{} is not a stalking service",
        names[0]
    );
    assert!(
        !texts(&html, ".service-card__reason")[0].is_empty(),
        "every suggestion says why"
    );
}

#[tokio::test]
async fn opening_the_results_address_directly_leads_back_to_the_form() {
    let app = spawn_app().await;
    let response = app.get("/en/help").await;
    assert_eq!(response.status(), 303);
    assert_eq!(response.headers()["location"], "/en/");
}

#[tokio::test]
async fn every_page_answers_in_every_language_with_its_direction() {
    let app = spawn_app().await;
    let service = app
        .state
        .directory
        .snapshot()
        .services()
        .next()
        .map(|s| s.summary.slug.clone())
        .expect("a service");
    for locale in app::i18n::Locale::ALL {
        let tag = locale.tag();
        for path in [
            format!("/{tag}/"),
            format!("/{tag}/situations/domestic-abuse"),
            format!("/{tag}/needs/legal-help"),
            format!("/{tag}/services/{service}"),
            format!("/{tag}/safety"),
            format!("/{tag}/privacy"),
            format!("/{tag}/accessibility"),
            format!("/{tag}/rights"),
            format!("/{tag}/rights/victims-code"),
        ] {
            let (status, html) = app.get_text(&path).await;
            assert_eq!(status, 200, "{path}");
            let opening = format!(r#"<html lang="{tag}" dir="{}">"#, locale.direction().as_str());
            assert!(html.contains(&opening), "{path} does not open with {opening}");
            assert!(
                !html.contains(">situation-") && !html.contains(">need-") && !html.contains(">error-"),
                "{path} shows a message id"
            );
        }
    }
}

#[tokio::test]
async fn the_language_switcher_keeps_the_reader_on_the_same_page() {
    let app = spawn_app().await;
    let (_, html) = app.get_text("/pl/situations/stalking").await;
    let links: Vec<String> = {
        let document = scraper::Html::parse_document(&html);
        let selector = scraper::Selector::parse(".languages a").expect("selector");
        document
            .select(&selector)
            .filter_map(|a| a.value().attr("href").map(str::to_owned))
            .collect()
    };
    assert_eq!(links.len(), 12);
    assert!(links.contains(&"/ar/situations/stalking".to_owned()));
    assert!(links.contains(&"/zh-Hans/situations/stalking".to_owned()));
}

#[tokio::test]
async fn listings_show_the_readers_language_where_it_exists_and_mark_the_original_elsewhere() {
    let app = spawn_app().await;
    let folder = tempfile::tempdir().expect("folder");
    let record = r#"{"services": [{
        "id": "zz-translated-helpline", "name": "Example Helpline",
        "organization": {"id": "zz-example", "name": "Example"},
        "description": "Listens and helps.", "offers": ["A helpline"],
        "areas": ["london"], "situations": ["stalking"],
        "translations": {"pl": {"name": "Przykładowa linia pomocy", "description": "Słucha i pomaga."}}
    }]}"#;
    std::fs::write(folder.path().join("extra.json"), record).expect("write");
    app::ssr::import::import(
        &app.state.pool,
        folder.path(),
        &crate::helpers::workspace_path("content/taxonomy.toml"),
    )
    .await
    .expect("import");
    app.state.reload_directory().await.expect("reload");
    let (status, polish) = app.get_text("/pl/services/zz-translated-helpline").await;
    assert_eq!(status, 200);
    assert_eq!(texts(&polish, "h1"), vec!["Przykładowa linia pomocy".to_owned()]);
    assert!(polish.contains("Słucha i pomaga."));
    let (_, arabic) = app.get_text("/ar/services/zz-translated-helpline").await;
    let document = scraper::Html::parse_document(&arabic);
    let heading = document
        .select(&scraper::Selector::parse("h1").expect("selector"))
        .next()
        .expect("h1");
    assert_eq!(
        heading.value().attr("lang"),
        Some("en"),
        "the English original is marked as English"
    );
    let (_, english) = app.get_text("/en/services/zz-translated-helpline").await;
    assert!(
        !english.contains(r#"<h1 lang="en">"#),
        "English needs no mark on an English page"
    );
}
