//! No text escapes translation: every page rendered in the pseudo-locale (`/en-XA/`, where every
//! message shows as `⟦English⟧`) has no visible text outside those marks, except the directory's
//! own data, Markdown content and the languages' own names.

use crate::helpers::spawn_app;
use scraper::{ElementRef, Html, Node};
use std::collections::HashSet;

/// Text with every `⟦…⟧` removed, innermost first.
fn outside_marks(text: &str) -> String {
    let mut text = text.to_owned();
    while let Some(end) = text.find('⟧') {
        let Some(start) = text[..end].rfind('⟦') else { break };
        text.replace_range(start..end + '⟧'.len_utf8(), " ");
    }
    text
}

/// Whether what is left says anything: letters, in any script.
fn says_something(text: &str) -> bool {
    text.chars().any(char::is_alphabetic)
}

fn skipped(element: &ElementRef<'_>) -> bool {
    let name = element.value().name();
    name == "script" || name == "style" || element.value().classes().any(|c| c == "prose")
}

/// Visible text nodes that are neither marked nor data.
fn escaped(html: &str, data: &HashSet<String>) -> Vec<String> {
    let document = Html::parse_document(html);
    let mut found = Vec::new();
    for node in document.tree.nodes() {
        let Node::Text(text) = node.value() else { continue };
        let inside_skipped = node
            .ancestors()
            .filter_map(ElementRef::wrap)
            .any(|element| skipped(&element));
        let text = text.trim();
        if inside_skipped || text.is_empty() || data.contains(text) {
            continue;
        }
        if says_something(&outside_marks(text)) {
            found.push(text.to_owned());
        }
    }
    found
}

#[tokio::test]
async fn no_page_shows_text_that_escaped_translation() {
    let app = spawn_app().await;
    let directory = app.state.directory.snapshot();
    let mut data: HashSet<String> = HashSet::new();
    for service in directory.services() {
        let summary = &service.summary;
        data.extend([
            summary.name.clone(),
            summary.organization.clone(),
            summary.description.clone(),
        ]);
        data.extend(
            summary
                .phones
                .iter()
                .flat_map(|p| [p.number.clone()].into_iter().chain(p.description.clone())),
        );
        data.extend(service.offers.iter().cloned());
        data.extend(service.eligibility.iter().cloned());
        data.extend(service.hours_notes.iter().cloned());
        data.extend(
            [
                service.interpretation.clone(),
                service.fees.clone(),
                service.email.clone(),
                service.chat_url.clone(),
                summary.url.clone(),
            ]
            .into_iter()
            .flatten(),
        );
        for place in &service.places {
            match place {
                app::directory::Place::Public { name, address } => {
                    data.insert(name.clone());
                    if let Some(address) = address {
                        data.extend([
                            address.address_1.clone(),
                            address.city.clone(),
                            address.postal_code.clone(),
                        ]);
                    }
                }
                app::directory::Place::Confidential { name } => {
                    data.insert(name.clone());
                }
            }
        }
        data.extend(service.languages.iter().cloned());
    }
    data.extend(app::i18n::Locale::ALL.iter().map(|l| l.native_name().to_owned()));
    // Markdown pages name themselves (their `# Title` is also the document's title).
    for page in ["safety", "rights/index"] {
        data.extend(
            app.state
                .content
                .get(app::i18n::Locale::En, page)
                .map(|found| found.page.title.clone()),
        );
    }
    let description = "my husband hits me and took my passport";
    data.insert(description.to_owned());

    let mut pages: Vec<String> = vec![
        "/en-XA/".into(),
        "/en-XA/safety".into(),
        "/en-XA/rights".into(),
        "/en-XA/nowhere".into(),
    ];
    pages.extend(
        app::domain::taxonomy::Situation::ALL
            .iter()
            .map(|s| format!("/en-XA/situations/{s}")),
    );
    pages.extend(
        app::domain::taxonomy::Need::ALL
            .iter()
            .map(|n| format!("/en-XA/needs/{n}")),
    );
    pages.extend(
        directory
            .services()
            .take(40)
            .map(|s| format!("/en-XA/services/{}", s.summary.slug)),
    );
    let mut problems = Vec::new();
    for path in &pages {
        let (_, html) = app.get_text(path).await;
        problems.extend(escaped(&html, &data).into_iter().map(|text| format!("{path}: {text}")));
    }
    let results = app
        .post_form("/en-XA/help", &[("description", description), ("borough", "hackney")])
        .await;
    let html = results.text().await.expect("body");
    problems.extend(
        escaped(&html, &data)
            .into_iter()
            .map(|text| format!("/en-XA/help: {text}")),
    );
    assert!(
        problems.is_empty(),
        "text outside translation:\n{}",
        problems.join("\n")
    );
}

#[test]
fn marks_are_removed_innermost_first() {
    assert!(!says_something(&outside_marks("⟦⟦Monday⟧ to ⟦Friday⟧: 09:00⟧")));
    assert!(says_something(&outside_marks("⟦Open⟧ now")));
}
