//! Content pages written in Markdown: safety, accessibility, privacy.

use crate::i18n::{Locale, t};
use leptos::prelude::*;

#[component]
pub fn ContentPageView(title: String, html: String, is_fallback: bool) -> impl IntoView {
    view! {
        <article class="prose">
            {is_fallback.then(|| view! { <p class="notice">{t("content-fallback")}</p> })}
            <div lang=is_fallback.then_some("en")>
                <h1>{title}</h1>
                <div inner_html=html></div>
            </div>
        </article>
    }
}

#[cfg(feature = "ssr")]
pub async fn rights_index(
    state: axum::extract::State<crate::ssr::state::AppState>,
    axum::extract::Path(lang): axum::extract::Path<String>,
) -> Result<axum::response::Response, crate::ssr::render::PageError> {
    serve(state, lang, "rights/index".to_owned())
}

#[cfg(feature = "ssr")]
pub async fn rights_page(
    state: axum::extract::State<crate::ssr::state::AppState>,
    axum::extract::Path((lang, name)): axum::extract::Path<(String, String)>,
) -> Result<axum::response::Response, crate::ssr::render::PageError> {
    serve(state, lang, format!("rights/{name}"))
}

#[cfg(feature = "ssr")]
pub async fn handler(
    state: axum::extract::State<crate::ssr::state::AppState>,
    axum::extract::Path((lang, name)): axum::extract::Path<(String, String)>,
) -> Result<axum::response::Response, crate::ssr::render::PageError> {
    serve(state, lang, name)
}

/// A Markdown page by name, in the reader's language or else in English with a note.
#[cfg(feature = "ssr")]
fn serve(
    axum::extract::State(state): axum::extract::State<crate::ssr::state::AppState>,
    lang: String,
    name: String,
) -> Result<axum::response::Response, crate::ssr::render::PageError> {
    use crate::error::AppError;
    use crate::ssr::render::{Caching, Page, PageError, respond};
    let locale: Locale = super::locale_of(&lang)?;
    let found = state
        .content
        .get(locale, &name)
        .ok_or_else(|| PageError::new(locale, AppError::NotFound))?;
    let (title, html, is_fallback) = (found.page.title.clone(), found.page.html.clone(), found.is_fallback);
    let page = Page::new(locale, title.clone(), format!("/{name}")).caching(Caching::Public);
    Ok(respond(
        &state,
        page,
        move || view! { <ContentPageView title html is_fallback /> },
    ))
}
