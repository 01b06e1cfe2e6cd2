//! Providers' inbox of contact requests for their organisations' services. Opening one unseals
//! it and writes the reading to the audit log; administrators see counts, never contents.

use super::listings::shown_date;
use super::{Csrf, DoneQuery, Notice, StaffError, StaffForm, StaffResult, StaffUser, page, see_other};
use crate::domain::contact::ContactDetails;
use crate::domain::staff::Role;
use crate::error::AppError;
use crate::i18n::{Locale, t, t_args};
use crate::ssr::auth::now_text;
use crate::ssr::db::audit::{self, AuditEntry};
use crate::ssr::db::contact;
use crate::ssr::state::AppState;
use axum::extract::{Path, Query, State};
use leptos::prelude::*;

/// The statuses a provider can set, in the order a request moves through them.
pub const STATUSES: [&str; 6] = ["new", "contacting", "engaged", "helped", "declined", "closed"];

fn title(locale: Locale, id: &str) -> String {
    crate::i18n::t_in(locale, id, &[])
}

pub async fn inbox(State(state): State<AppState>, user: StaffUser, Query(query): Query<DoneQuery>) -> StaffResult {
    let locale = user.locale;
    match user.role {
        Role::Caseworker => Err(StaffError::Forbidden),
        Role::Admin => {
            let counts = contact::counts_by_status(&state.pool).await?;
            Ok(page(
                locale,
                title(locale, "staff-inbox-title"),
                Some(&user),
                move || {
                    view! {
                        <h1>{t("staff-inbox-title")}</h1>
                        <p>{t("staff-inbox-admin-counts")}</p>
                        <table class="staff-table">
                            <caption>{t("staff-inbox-title")}</caption>
                            <tbody>
                                {counts.into_iter().map(|(status, count)| view! {
                                    <tr><th scope="row">{t(&format!("staff-contact-status-{status}"))}</th><td>{count}</td></tr>
                                }).collect_view()}
                            </tbody>
                        </table>
                    }
                },
            ))
        }
        Role::Provider => {
            let requests = contact::inbox_of_member(&state.pool, &user.id).await?;
            Ok(page(
                locale,
                title(locale, "staff-inbox-title"),
                Some(&user),
                move || {
                    view! {
                        <h1>{t("staff-inbox-title")}</h1>
                        <Notice done=query.done />
                        {requests.is_empty().then(|| view! { <p>{t("staff-inbox-empty")}</p> })}
                        <ul class="staff-list">
                            {requests.into_iter().map(|r| view! {
                                <li class="staff-list__item">
                                    <h2><a href=format!("/staff/inbox/{}", r.id)>{r.reference}</a></h2>
                                    <p>{r.service_name}</p>
                                    <p>{t_args("staff-inbox-received", &[("date", shown_date(locale, &r.created_at).into())])}</p>
                                    <p class="staff-status">{t(&format!("staff-contact-status-{}", r.status))}</p>
                                </li>
                            }).collect_view()}
                        </ul>
                    }
                },
            ))
        }
    }
}

/// A request of the provider's organisation, unsealed; the reading is audited.
pub async fn request(State(state): State<AppState>, user: StaffUser, Path(id): Path<String>) -> StaffResult {
    user.require(Role::Provider)?;
    let (row, sealed) = contact::find_for_member(&state.pool, &id, &user.id)
        .await?
        .ok_or(StaffError::App(AppError::NotFound))?;
    let details: ContactDetails = state
        .keys
        .open(&row.id, &sealed)
        .map_err(AppError::internal)
        .and_then(|plain| serde_json::from_slice(&plain).map_err(AppError::internal))?;
    audit::record(
        &state.pool,
        &user.audit("contact-request-read", "contact_request", Some(&row.id)),
        &now_text(),
    )
    .await?;
    let timeline = audit::history(&state.pool, "contact_request", &row.id, "contact-request-status").await?;
    let locale = user.locale;
    let csrf = user.session.csrf_token.clone();
    let ContactDetails {
        help,
        name,
        method,
        detail,
        safe_times,
        may_leave_message,
        interpreter,
        language,
    } = details;
    let current = row.status.clone();
    Ok(page(locale, row.reference.clone(), Some(&user), move || {
        let language_name = Locale::from_tag(&language).map_or(language.clone(), |l| l.native_name().to_owned());
        view! {
            <h1>{t_args("staff-contact-heading", &[("reference", row.reference.into())])}</h1>
            <p>{row.service_name}" · "{t_args("staff-inbox-received", &[("date", shown_date(locale, &row.created_at).into())])}</p>
            <dl class="details">
                <div class="details__row"><dt>{t("staff-contact-name")}</dt><dd>{name}</dd></div>
                <div class="details__row"><dt>{t("staff-contact-method")}</dt><dd>{t(&format!("contact-method-{}", method.as_str()))}{detail.map(|d| format!(": {d}"))}</dd></div>
                <div class="details__row"><dt>{t("staff-contact-message")}</dt><dd>{t(if may_leave_message { "contact-message-yes" } else { "contact-message-no" })}</dd></div>
                {safe_times.map(|s| view! { <div class="details__row"><dt>{t("staff-contact-safe-times")}</dt><dd>{s}</dd></div> })}
                {help.map(|h| view! { <div class="details__row"><dt>{t("staff-contact-help")}</dt><dd>{h}</dd></div> })}
                {interpreter.map(|i| view! { <div class="details__row"><dt>{t("staff-contact-interpreter")}</dt><dd>{i}</dd></div> })}
                <div class="details__row"><dt>{t("staff-contact-language")}</dt><dd>{language_name}</dd></div>
            </dl>
            {(!timeline.is_empty()).then(|| view! {
                <h2>{t("staff-contact-timeline")}</h2>
                <ol class="timeline">
                    {timeline.into_iter().map(|event| view! {
                        <li>
                            {t_args("staff-contact-timeline-entry", &[
                                ("date", shown_date(locale, &event.at).into()),
                                ("email", event.actor_email.unwrap_or_default().into()),
                                ("status", t(&format!("staff-contact-status-{}", event.after.unwrap_or_default())).into()),
                            ])}
                        </li>
                    }).collect_view()}
                </ol>
            })}
            <form method="post" action=format!("/staff/inbox/{}/status", row.id) class="form">
                <Csrf token=csrf />
                <label for="status">{t("staff-contact-status")}</label>
                <select id="status" name="status">
                    {STATUSES.into_iter().map(|s| view! {
                        <option value=s selected={s == current}>{t(&format!("staff-contact-status-{s}"))}</option>
                    }).collect_view()}
                </select>
                <button type="submit" class="button">{t("staff-save")}</button>
            </form>
        }
    }))
}

pub async fn set_status(State(state): State<AppState>, Path(id): Path<String>, form: StaffForm) -> StaffResult {
    let StaffForm { user, fields } = form;
    user.require(Role::Provider)?;
    let (row, _) = contact::find_for_member(&state.pool, &id, &user.id)
        .await?
        .ok_or(StaffError::App(AppError::NotFound))?;
    let status = fields.get("status");
    if !STATUSES.contains(&status) {
        return Err(StaffError::App(AppError::BadRequest {
            message_id: "staff-error-bad-form",
        }));
    }
    let now = now_text();
    let mut tx = state.pool.begin().await?;
    contact::set_status(&mut tx, &row.id, status, &now).await?;
    let entry = AuditEntry {
        before: Some(row.status),
        after: Some(status.to_owned()),
        ..user.audit("contact-request-status", "contact_request", Some(&row.id))
    };
    audit::record(&mut *tx, &entry, &now).await?;
    tx.commit().await?;
    Ok(see_other("/staff/inbox?done=status-changed"))
}
