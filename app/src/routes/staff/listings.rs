//! Providers keep their listings true: a dashboard of their organisations' services, an edit
//! form whose result awaits an administrator as a revision, and "confirm this listing is
//! correct". Administrators may open any listing; anyone else is told another organisation's
//! listing does not exist.

use super::listing_form::{ListingForm, describe, diff, record_from_form};
use super::{
    Csrf, DoneQuery, ErrorList, Notice, StaffError, StaffForm, StaffResult, StaffUser, page, page_with_status,
    see_other,
};
use crate::domain::staff::Role;
use crate::error::AppError;
use crate::i18n::{Locale, format_date, t, t_args};
use crate::ssr::auth::now_text;
use crate::ssr::db::audit::{self, AuditEntry};
use crate::ssr::db::directory::{load_service_record, set_verified};
use crate::ssr::db::revisions::{self, NewRevision, StaffService};
use crate::ssr::import::{ServiceRecord, validate};
use crate::ssr::state::AppState;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use leptos::prelude::*;

/// The service, if this person may work on it; otherwise "not found".
async fn service_for(state: &AppState, user: &StaffUser, service_id: &str) -> StaffResult<StaffService> {
    keeps_listings(user)?;
    let service = if user.is_admin() {
        revisions::find_service(&state.pool, service_id).await?
    } else {
        revisions::service_for_member(&state.pool, service_id, &user.id).await?
    };
    service.ok_or(StaffError::App(AppError::NotFound))
}

/// Providers and administrators work on listings; caseworkers use the directory.
fn keeps_listings(user: &StaffUser) -> Result<(), StaffError> {
    match user.role {
        Role::Admin | Role::Provider => Ok(()),
        Role::Caseworker => Err(StaffError::Forbidden),
    }
}

/// A stored timestamp as a date in the reader's language.
pub fn shown_date(locale: Locale, stored: &str) -> String {
    stored
        .get(..10)
        .and_then(|day| day.parse::<jiff::civil::Date>().ok())
        .and_then(|d| {
            format_date(
                locale,
                i32::from(d.year()),
                u8::try_from(d.month()).ok()?,
                u8::try_from(d.day()).ok()?,
            )
        })
        .unwrap_or_else(|| stored.to_owned())
}

pub async fn dashboard(State(state): State<AppState>, user: StaffUser, Query(query): Query<DoneQuery>) -> StaffResult {
    keeps_listings(&user)?;
    let services = if user.is_admin() {
        revisions::all_services(&state.pool).await?
    } else {
        revisions::services_of_member(&state.pool, &user.id).await?
    };
    let latest = revisions::latest_revisions_for_member(&state.pool, &user.id).await?;
    let locale = user.locale;
    let csrf = user.session.csrf_token.clone();
    Ok(page(
        locale,
        crate::i18n::t_in(locale, "staff-services-title", &[]),
        Some(&user),
        move || {
            view! {
                <h1>{t("staff-services-title")}</h1>
                <Notice done=query.done />
                {services.is_empty().then(|| view! { <p>{t("staff-services-none")}</p> })}
                <ul class="staff-list">
                    {services.into_iter().map(|service| {
                        let revision = latest.iter().find(|r| r.service_id == service.id).cloned();
                        let verified = service.verified_at.as_deref().map_or_else(
                            || t("staff-never-confirmed"),
                            |at| t_args("staff-confirmed-on", &[("date", shown_date(locale, at).into())]),
                        );
                        let status = revision.map(|r| match r.status.as_str() {
                            "pending" => t("staff-revision-pending"),
                            "rejected" => t_args("staff-revision-rejected", &[("reason", r.rejection_reason.unwrap_or_default().into())]),
                            _ => t_args("staff-revision-approved", &[("date", shown_date(locale, r.reviewed_at.as_deref().unwrap_or_default()).into())]),
                        });
                        view! {
                            <li class="staff-list__item">
                                <h2><a href=format!("/{}/services/{}", locale.tag(), service.slug)>{service.name.clone()}</a></h2>
                                <p>{service.organization.clone()}</p>
                                <p>{verified}</p>
                                {status.map(|s| view! { <p class="staff-status">{s}</p> })}
                                <p class="staff-actions">
                                    <a class="button" href=format!("/staff/services/{}/edit", service.id)>{t("staff-edit")}</a>
                                    <form method="post" action=format!("/staff/services/{}/confirm", service.id)>
                                        <Csrf token=csrf.clone() />
                                        <button type="submit" class="button button--secondary">{t("staff-confirm-correct")}</button>
                                    </form>
                                </p>
                            </li>
                        }
                    }).collect_view()}
                </ul>
            }
        },
    ))
}

fn edit_form(
    status: StatusCode,
    user: &StaffUser,
    service: &StaffService,
    record: ServiceRecord,
    errors: Vec<String>,
    pending: bool,
) -> axum::response::Response {
    let action = format!("/staff/services/{}/edit", service.id);
    let csrf = user.session.csrf_token.clone();
    let name = service.name.clone();
    let title = crate::i18n::t_in(user.locale, "staff-edit-title", &[("name", name.clone().into())]);
    page_with_status(status, user.locale, title, Some(user), move || {
        view! {
            <h1>{t_args("staff-edit-title", &[("name", name.into())])}</h1>
            <p>{t("staff-edit-intro")}</p>
            {pending.then(|| view! { <p class="notice">{t("staff-edit-pending")}</p> })}
            <ErrorList messages=errors />
            <ListingForm action csrf record />
        }
    })
}

pub async fn edit_page(State(state): State<AppState>, user: StaffUser, Path(service_id): Path<String>) -> StaffResult {
    let service = service_for(&state, &user, &service_id).await?;
    let pending = revisions::pending_for_service(&state.pool, &service.id).await?;
    let record = match &pending {
        Some(revision) => serde_json::from_str(&revision.proposed).map_err(AppError::internal)?,
        None => load_service_record(&state.pool, &service.id)
            .await?
            .ok_or(StaffError::App(AppError::NotFound))?,
    };
    Ok(edit_form(
        StatusCode::OK,
        &user,
        &service,
        record,
        vec![],
        pending.is_some(),
    ))
}

pub async fn propose(State(state): State<AppState>, Path(service_id): Path<String>, form: StaffForm) -> StaffResult {
    let StaffForm { user, fields } = form;
    let service = service_for(&state, &user, &service_id).await?;
    let live = load_service_record(&state.pool, &service.id)
        .await?
        .ok_or(StaffError::App(AppError::NotFound))?;
    let unprocessable = StatusCode::UNPROCESSABLE_ENTITY;
    let proposed = match record_from_form(&live, &fields) {
        Ok(record) => record,
        Err(message_id) => {
            let message = t_in(user.locale, message_id);
            return Ok(edit_form(unprocessable, &user, &service, live, vec![message], false));
        }
    };
    if let Err(error) = validate(std::path::Path::new("listing"), 0, proposed.clone()) {
        let message = describe(user.locale, &error);
        return Ok(edit_form(
            unprocessable,
            &user,
            &service,
            proposed,
            vec![message],
            false,
        ));
    }
    if diff(&live, &proposed).is_empty() {
        let message = t_in(user.locale, "staff-error-no-change");
        return Ok(edit_form(
            unprocessable,
            &user,
            &service,
            proposed,
            vec![message],
            false,
        ));
    }
    let base = serde_json::to_string(&live).map_err(AppError::internal)?;
    let proposed = serde_json::to_string(&proposed).map_err(AppError::internal)?;
    let id = uuid::Uuid::new_v4().to_string();
    let now = now_text();
    let mut tx = state.pool.begin().await?;
    revisions::create_revision(
        &mut tx,
        &NewRevision {
            id: &id,
            service_id: &service.id,
            author_id: &user.id,
            base: &base,
            proposed: &proposed,
            now: &now,
        },
    )
    .await?;
    audit::record(
        &mut tx,
        &AuditEntry {
            before: Some(base),
            after: Some(proposed),
            ..user.audit("revision-proposed", "service", Some(&service.id))
        },
        &now,
    )
    .await?;
    tx.commit().await?;
    Ok(see_other("/staff/services?done=revision-sent"))
}

fn t_in(locale: Locale, id: &str) -> String {
    crate::i18n::t_in(locale, id, &[])
}

pub async fn confirm(State(state): State<AppState>, Path(service_id): Path<String>, form: StaffForm) -> StaffResult {
    let StaffForm { user, .. } = form;
    let service = service_for(&state, &user, &service_id).await?;
    let now = now_text();
    let mut tx = state.pool.begin().await?;
    set_verified(&mut tx, &service.id, &now).await?;
    audit::record(
        &mut tx,
        &AuditEntry {
            before: service.verified_at.clone(),
            after: Some(now.clone()),
            ..user.audit("listing-confirmed", "service", Some(&service.id))
        },
        &now,
    )
    .await?;
    tx.commit().await?;
    state.listings_changed().await?;
    Ok(see_other("/staff/services?done=confirmed"))
}
