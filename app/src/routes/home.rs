//! Home: one box to say what happened, and ways to browse.

use crate::components::description_field::DescriptionField;
use crate::components::filters::BoroughSelect;
use crate::domain::description::Description;
use crate::domain::taxonomy::{Need, Situation};
use crate::i18n::{Locale, t, t_args};
use leptos::prelude::*;

/// The form that sends a description, by POST so it never appears in an address or history.
#[component]
pub fn DescribeForm(
    locale: Locale,
    value: String,
    borough: Option<crate::domain::area::Borough>,
    /// A message about the last attempt, already worded for the reader.
    error: Option<String>,
) -> impl IntoView {
    view! {
        <form class="describe" method="post" action=format!("/{}/help", locale.tag())>
            {error.map(|error| view! {
                <div class="error-summary" role="alert" tabindex="-1">
                    <h2 class="error-summary__title">{t("error-summary-title")}</h2>
                    <p><a href="#description">{error}</a></p>
                </div>
            })}
            <DescriptionField
                label=t("describe-label")
                hint=t("describe-hint")
                counter=t_args("describe-counter", &[("remaining", "{remaining}".into())])
                max_chars=Description::MAX_CHARS
                numbers=crate::i18n::number_style(locale)
                value
            />
            <BoroughSelect selected=borough />
            <button class="button" type="submit">{t("describe-submit")}</button>
            <p class="describe__privacy">{t("describe-privacy")}</p>
        </form>
    }
}

#[component]
pub fn TopicTiles(locale: Locale) -> impl IntoView {
    view! {
        <section class="topics" aria-labelledby="situations-heading">
            <h2 id="situations-heading">{t("home-situations")}</h2>
            <ul class="tiles">
                {Situation::ALL.iter().map(|situation| view! {
                    <li class="tile">
                        <a href=format!("/{}/situations/{situation}", locale.tag())>
                            <span class="tile__title">{t(&format!("situation-{situation}"))}</span>
                        </a>
                    </li>
                }).collect_view()}
            </ul>
        </section>
        <section class="topics" aria-labelledby="needs-heading">
            <h2 id="needs-heading">{t("home-needs")}</h2>
            <ul class="tiles tiles--small">
                {Need::ALL.iter().map(|need| view! {
                    <li class="tile">
                        <a href=format!("/{}/needs/{need}", locale.tag())>
                            <span class="tile__title">{t(&format!("need-{need}"))}</span>
                        </a>
                    </li>
                }).collect_view()}
            </ul>
        </section>
    }
}

#[component]
pub fn HomePage(locale: Locale) -> impl IntoView {
    view! {
        <div class="home">
            <h1>{t("home-title")}</h1>
            <p class="lead">{t("home-lead")}</p>
            <DescribeForm locale value=String::new() borough=None error=None />
            <TopicTiles locale />
            <section class="reassurance">
                <h2>{t("home-not-your-fault-title")}</h2>
                <p>{t("home-not-your-fault")}</p>
                <p><a href=format!("/{}/safety", locale.tag())>{t("home-safety-link")}</a></p>
            </section>
        </div>
    }
}

#[cfg(feature = "ssr")]
pub async fn handler(
    axum::extract::State(state): axum::extract::State<crate::ssr::state::AppState>,
    axum::extract::Path(lang): axum::extract::Path<String>,
) -> Result<axum::response::Response, crate::ssr::render::PageError> {
    use crate::ssr::render::{Caching, Page, respond};
    let locale = super::locale_of(&lang)?;
    let page = Page::new(locale, t_title(locale), "/").caching(Caching::Public);
    Ok(respond(&state, page, move || view! { <HomePage locale /> }))
}

#[cfg(feature = "ssr")]
fn t_title(locale: Locale) -> String {
    crate::i18n::t_in(locale, "site-name", &[])
}
