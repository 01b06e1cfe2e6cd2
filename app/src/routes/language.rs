//! `/`: every language in its own name, the one the browser asks for first. Nothing remembers
//! the choice: the language lives in each page's address.

use crate::i18n::{Locale, t};
use leptos::prelude::*;

#[component]
pub fn LanguageChooser(locale: Locale) -> impl IntoView {
    let others: Vec<Locale> = Locale::PUBLISHED.into_iter().filter(|l| *l != locale).collect();
    view! {
        <div class="chooser">
            <h1>{t("chooser-title")}</h1>
            <p>
                <a class="button" href=format!("/{}/", locale.tag()) lang=locale.tag() hreflang=locale.tag()>
                    {t("chooser-continue")}
                </a>
            </p>
            {(!others.is_empty()).then(|| view! {
                <ul class="chooser__list">
                    {others.into_iter().map(|other| view! {
                        <li>
                            <a href=format!("/{}/", other.tag()) lang=other.tag() hreflang=other.tag() dir=other.direction().as_str()>
                                {other.native_name()}
                            </a>
                        </li>
                    }).collect_view()}
                </ul>
            })}
        </div>
    }
}

#[cfg(feature = "ssr")]
pub async fn handler(
    axum::extract::State(state): axum::extract::State<crate::ssr::state::AppState>,
    headers: axum::http::HeaderMap,
) -> axum::response::Response {
    use crate::ssr::render::{Page, respond};
    use axum::http::{HeaderValue, header};
    let accept = headers
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default();
    let locale = Locale::negotiate(accept);
    let page = Page::new(locale, crate::i18n::t_in(locale, "site-name", &[]), "/");
    let mut response = respond(&state, page, move || view! { <LanguageChooser locale /> });
    response
        .headers_mut()
        .insert(header::VARY, HeaderValue::from_static("accept-language"));
    response
}
