//! One page per taxonomy slug: what it means, and the services for it, narrowed by borough and
//! by who the person is.

use crate::components::filters::{BoroughSelect, GroupSelect};
use crate::components::service_card::ServiceCard;
use crate::directory::ServiceSummary;
use crate::domain::area::Borough;
use crate::domain::taxonomy::Group;
use crate::i18n::{Locale, t};
use leptos::prelude::*;

#[component]
pub fn TopicPage(
    locale: Locale,
    /// `situation-domestic-abuse`, `need-legal-help`: the Fluent id of the title; the
    /// explanation is the same id with `-about`.
    message_id: String,
    path: String,
    borough: Option<Borough>,
    group: Option<Group>,
    services: Vec<(ServiceSummary, Option<bool>)>,
    /// The topic's Markdown page (`content/<locale>/situations/<slug>.md`), rendered, and
    /// whether it is the English fallback.
    article: Option<(String, bool)>,
) -> impl IntoView {
    let count = services.len();
    view! {
        <div class="topic">
            <h1>{t(&message_id)}</h1>
            {match article {
                Some((html, is_fallback)) => view! {
                    <div class="prose">
                        {is_fallback.then(|| view! { <p class="notice">{t("content-fallback")}</p> })}
                        <div lang=is_fallback.then_some("en") inner_html=html></div>
                    </div>
                }.into_any(),
                None => view! {
                    <p class="lead">{t(&format!("{message_id}-about"))}</p>
                    <p class="reassure">{t("topic-not-your-fault")}</p>
                }.into_any(),
            }}
            <form class="filters" method="get" action=format!("/{}{path}", locale.tag())>
                <BoroughSelect selected=borough />
                <GroupSelect selected=group />
                <button class="button button--secondary" type="submit">{t("filters-submit")}</button>
            </form>
            <h2>{t("topic-services")}</h2>
            <p class="count">{crate::i18n::t_args("topic-service-count", &[("count", count.into())])}</p>
            <div class="service-list">
                {services.into_iter().map(|(service, open)| view! { <ServiceCard locale service open /> }).collect_view()}
            </div>
        </div>
    }
}

#[cfg(feature = "ssr")]
pub use server::{need_handler, situation_handler};

#[cfg(feature = "ssr")]
mod server {
    use super::TopicPage;
    use crate::domain::area::Borough;
    use crate::domain::hours::london_now;
    use crate::domain::taxonomy::{Group, Need, Situation};
    use crate::error::AppError;
    use crate::i18n::{Locale, t_in};
    use crate::ssr::directory::{ListFilter, open_now};
    use crate::ssr::render::{Page, PageError, respond};
    use crate::ssr::state::AppState;
    use axum::extract::rejection::QueryRejection;
    use axum::extract::{Path, Query, State};
    use axum::response::Response;
    use leptos::prelude::*;
    use serde::Deserialize;

    #[derive(Deserialize, Default)]
    pub struct FilterQuery {
        #[serde(default)]
        borough: String,
        #[serde(default)]
        group: String,
    }

    fn parse_filter(
        locale: Locale,
        query: Result<Query<FilterQuery>, QueryRejection>,
    ) -> Result<ListFilter, PageError> {
        let bad = |message_id| PageError::new(locale, AppError::BadRequest { message_id });
        let Query(query) = query.map_err(|_| bad("error-filter-unreadable"))?;
        let borough = match query.borough.as_str() {
            "" => None,
            value => Some(Borough::parse(value).map_err(|_| bad("error-borough-unknown"))?),
        };
        let group = match query.group.as_str() {
            "" => None,
            value => Some(Group::parse(value).map_err(|_| bad("error-group-unknown"))?),
        };
        Ok(ListFilter { borough, group })
    }

    fn topic_response(
        state: &AppState,
        locale: Locale,
        message_id: String,
        path: String,
        filter: ListFilter,
        services: Vec<crate::directory::ServiceSummary>,
    ) -> Response {
        let now = london_now();
        let services: Vec<_> = services
            .into_iter()
            .map(|s| {
                let open = open_now(&s, now);
                (s, open)
            })
            .collect();
        let article = state
            .content
            .get(locale, path.trim_start_matches('/'))
            .map(|found| (found.page.html.clone(), found.is_fallback));
        let page = Page::new(locale, t_in(locale, &message_id, &[]), path.clone());
        respond(state, page, move || {
            view! { <TopicPage locale message_id path borough=filter.borough group=filter.group services article /> }
        })
    }

    pub async fn situation_handler(
        State(state): State<AppState>,
        Path((lang, slug)): Path<(String, String)>,
        query: Result<Query<FilterQuery>, QueryRejection>,
    ) -> Result<Response, PageError> {
        let locale = crate::routes::locale_of(&lang)?;
        let situation = Situation::parse(&slug).map_err(|_| PageError::new(locale, AppError::NotFound))?;
        let filter = parse_filter(locale, query)?;
        let services = state.directory.snapshot().with_situation(situation, filter);
        Ok(topic_response(
            &state,
            locale,
            format!("situation-{situation}"),
            format!("/situations/{situation}"),
            filter,
            services,
        ))
    }

    pub async fn need_handler(
        State(state): State<AppState>,
        Path((lang, slug)): Path<(String, String)>,
        query: Result<Query<FilterQuery>, QueryRejection>,
    ) -> Result<Response, PageError> {
        let locale = crate::routes::locale_of(&lang)?;
        let need = Need::parse(&slug).map_err(|_| PageError::new(locale, AppError::NotFound))?;
        let filter = parse_filter(locale, query)?;
        let services = state.directory.snapshot().with_need(need, filter);
        Ok(topic_response(
            &state,
            locale,
            format!("need-{need}"),
            format!("/needs/{need}"),
            filter,
            services,
        ))
    }
}
