//! Providers' inbox: contact requests and referrals for their organisations' services.
//! Opening an item unseals it and writes the reading to the audit log; administrators see
//! counts, never contents.

use super::cases::{self, Desk, DeskView, Item, Timeline, shown_moment};
use super::listings::shown_date;
use super::{Csrf, DoneQuery, Notice, StaffError, StaffForm, StaffResult, StaffUser, page, see_other};
use crate::domain::contact::ContactDetails;
use crate::domain::staff::Role;
use crate::error::AppError;
use crate::i18n::{Locale, t, t_args};
use crate::ssr::auth::now_text;
use crate::ssr::db::audit::{self, AuditEntry};
use crate::ssr::db::cases::{Case, Change, record};
use crate::ssr::db::{contact, referral};
use crate::ssr::state::AppState;
use axum::extract::{Path, Query, State};
use leptos::prelude::*;

/// The statuses a provider can set, in the order a request moves through them.
pub const STATUSES: [&str; 6] = ["new", "contacting", "engaged", "helped", "declined", "closed"];

fn title(locale: Locale, id: &str) -> String {
    crate::i18n::t_in(locale, id, &[])
}

fn contact_status_label(status: &str) -> String {
    t(&format!("staff-contact-status-{status}"))
}

/// A table of how many items are in each status, for administrators.
#[component]
fn Counts(caption: String, counts: Vec<(String, i64)>, status_label: fn(&str) -> String) -> impl IntoView {
    view! {
        <table class="staff-table">
            <caption>{caption}</caption>
            <tbody>
                {counts.into_iter().map(|(status, count)| view! {
                    <tr><th scope="row">{status_label(&status)}</th><td>{count}</td></tr>
                }).collect_view()}
            </tbody>
        </table>
    }
}

pub async fn inbox(State(state): State<AppState>, user: StaffUser, Query(query): Query<DoneQuery>) -> StaffResult {
    let locale = user.locale;
    match user.role {
        Role::Caseworker => Err(StaffError::Forbidden),
        Role::Admin => {
            let requests = contact::counts_by_status(&state.pool).await?;
            let referrals = referral::counts_by_status(&state.pool).await?;
            Ok(page(
                locale,
                title(locale, "staff-inbox-title"),
                Some(&user),
                move || {
                    view! {
                        <h1>{t("staff-inbox-title")}</h1>
                        <p>{t("staff-inbox-admin-counts")}</p>
                        <Counts caption=t("staff-inbox-requests") counts=requests status_label=contact_status_label />
                        <Counts caption=t("staff-inbox-referrals") counts=referrals status_label=super::referrals::status_label />
                    }
                },
            ))
        }
        Role::Provider => {
            let requests = contact::inbox_of_member(&state.pool, &user.id).await?;
            let referrals = referral::received_by_member(&state.pool, &user.id).await?;
            Ok(page(
                locale,
                title(locale, "staff-inbox-title"),
                Some(&user),
                move || {
                    view! {
                        <h1>{t("staff-inbox-title")}</h1>
                        <Notice done=query.done />
                        <h2>{t("staff-inbox-referrals")}</h2>
                        {referrals.is_empty().then(|| view! { <p>{t("staff-inbox-no-referrals")}</p> })}
                        <ul class="staff-list">
                            {referrals.into_iter().map(|r| view! {
                                <li class="staff-list__item">
                                    <h3><a href=format!("/staff/referrals/{}", r.id)>{r.reference}</a></h3>
                                    <p>{r.service_name}" · "{t(&format!("referral-urgency-{}", r.urgency))}</p>
                                    <p>{t_args("staff-referral-from", &[
                                        ("email", r.referrer_email.into()),
                                        ("date", shown_date(locale, &r.created_at).into()),
                                    ])}</p>
                                    <p class="staff-status">{super::referrals::status_label(&r.status)}</p>
                                    <AssignedTo email=r.assignee_email />
                                </li>
                            }).collect_view()}
                        </ul>
                        <h2>{t("staff-inbox-requests")}</h2>
                        {requests.is_empty().then(|| view! { <p>{t("staff-inbox-empty")}</p> })}
                        <ul class="staff-list">
                            {requests.into_iter().map(|r| view! {
                                <li class="staff-list__item">
                                    <h3><a href=format!("/staff/inbox/{}", r.id)>{r.reference}</a></h3>
                                    <p>{r.service_name}</p>
                                    <p>{t_args("staff-inbox-received", &[("date", shown_date(locale, &r.created_at).into())])}</p>
                                    <p class="staff-status">{contact_status_label(&r.status)}</p>
                                    <AssignedTo email=r.assignee_email />
                                </li>
                            }).collect_view()}
                        </ul>
                    }
                },
            ))
        }
    }
}

/// Who an item is assigned to, in a list.
#[component]
pub fn AssignedTo(email: Option<String>) -> impl IntoView {
    email.map(|email| view! { <p>{t_args("staff-assigned-to", &[("email", email.into())])}</p> })
}

/// A request of the provider's organisation, or a 404 for anyone else.
async fn readable_request(
    state: &AppState,
    user: &StaffUser,
    id: &str,
) -> Result<(contact::ContactRequestRow, Vec<u8>), StaffError> {
    user.require(Role::Provider)?;
    contact::find_for_member(&state.pool, id, &user.id)
        .await?
        .ok_or(StaffError::App(AppError::NotFound))
}

fn request_item(row: &contact::ContactRequestRow) -> Item<'_> {
    Item {
        case: Case::ContactRequest(&row.id),
        organization_id: &row.organization_id,
        assigned_to: row.assigned_to.as_deref(),
        assignee_email: row.assignee_email.as_deref(),
        path: format!("/staff/inbox/{}", row.id),
    }
}

/// A request of the provider's organisation, unsealed; the reading is audited.
pub async fn request(
    State(state): State<AppState>,
    user: StaffUser,
    Path(id): Path<String>,
    Query(query): Query<DoneQuery>,
) -> StaffResult {
    let (row, sealed) = readable_request(&state, &user, &id).await?;
    let details: ContactDetails = cases::unseal(&state, &row.id, &sealed)?;
    audit::record(
        &state.pool,
        &user.audit("contact-request-read", "contact_request", Some(&row.id)),
        &now_text(),
    )
    .await?;
    let case = Case::ContactRequest(&row.id);
    let timeline = crate::ssr::db::cases::timeline(&state.pool, case).await?;
    let desk = Desk::load(&state, case, &row.organization_id).await?;
    let locale = user.locale;
    let csrf = user.session.csrf_token.clone();
    let current = row.status.clone();
    let path = format!("/staff/inbox/{}", row.id);
    Ok(page(locale, row.reference.clone(), Some(&user), move || {
        view! {
            <h1>{t_args("staff-contact-heading", &[("reference", row.reference.into())])}</h1>
            <Notice done=query.done />
            <p>{row.service_name}" · "{t_args("staff-inbox-received", &[("date", shown_moment(locale, &row.created_at).into())])}</p>
            <ContactDetailsList details method_labels="contact-method-" />
            <Timeline locale events=timeline status_label=contact_status_label />
            <form method="post" action=format!("{path}/status") class="form">
                <Csrf token=csrf.clone() />
                <label for="status">{t("staff-contact-status")}</label>
                <select id="status" name="status">
                    {STATUSES.into_iter().map(|s| view! {
                        <option value=s selected={s == current}>{contact_status_label(s)}</option>
                    }).collect_view()}
                </select>
                <button type="submit" class="button">{t("staff-save")}</button>
            </form>
            <DeskView locale path csrf desk assigned_to=row.assigned_to />
        }
    }))
}

/// A person's contact details as a service reads them, from a contact request or a referral.
#[component]
pub fn ContactDetailsList(
    details: ContactDetails,
    /// Where the names of contact methods come from: the person's own words (`contact-method-`)
    /// or a caseworker's (`referral-method-`).
    method_labels: &'static str,
) -> impl IntoView {
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
    let language_name = Locale::from_tag(&language).map_or(language.clone(), |l| l.native_name().to_owned());
    view! {
        <dl class="details">
            <div class="details__row"><dt>{t("staff-contact-name")}</dt><dd>{name}</dd></div>
            <div class="details__row"><dt>{t("staff-contact-method")}</dt><dd>{t(&format!("{method_labels}{}", method.as_str()))}{detail.map(|d| format!(": {d}"))}</dd></div>
            <div class="details__row"><dt>{t("staff-contact-message")}</dt><dd>{t(if may_leave_message { "contact-message-yes" } else { "contact-message-no" })}</dd></div>
            {safe_times.map(|s| view! { <div class="details__row"><dt>{t("staff-contact-safe-times")}</dt><dd>{s}</dd></div> })}
            {help.map(|h| view! { <div class="details__row"><dt>{t("staff-contact-help")}</dt><dd>{h}</dd></div> })}
            {interpreter.map(|i| view! { <div class="details__row"><dt>{t("staff-contact-interpreter")}</dt><dd>{i}</dd></div> })}
            <div class="details__row"><dt>{t("staff-contact-language")}</dt><dd>{language_name}</dd></div>
        </dl>
    }
}

pub async fn set_status(State(state): State<AppState>, Path(id): Path<String>, form: StaffForm) -> StaffResult {
    let StaffForm { user, fields } = form;
    let (row, _) = readable_request(&state, &user, &id).await?;
    let status = fields.get("status");
    if !STATUSES.contains(&status) {
        return Err(StaffError::App(AppError::BadRequest {
            message_id: "staff-error-bad-form",
        }));
    }
    if status == row.status {
        return Ok(see_other(&format!("/staff/inbox/{}", row.id)));
    }
    let now = now_text();
    let mut tx = state.pool.begin().await?;
    contact::set_status(&mut tx, &row.id, status, &now).await?;
    record(
        &mut tx,
        Case::ContactRequest(&row.id),
        Some(&user.id),
        Change::Status { status, reason: None },
        &now,
    )
    .await?;
    let entry = AuditEntry {
        before: Some(row.status),
        after: Some(status.to_owned()),
        ..user.audit("contact-request-status", "contact_request", Some(&row.id))
    };
    audit::record(&mut tx, &entry, &now).await?;
    tx.commit().await?;
    Ok(see_other("/staff/inbox?done=status-changed"))
}

pub async fn assign(State(state): State<AppState>, Path(id): Path<String>, form: StaffForm) -> StaffResult {
    let StaffForm { user, fields } = form;
    let (row, _) = readable_request(&state, &user, &id).await?;
    cases::assign(&state, &user, &request_item(&row), fields.get("assignee")).await
}

pub async fn add_note(State(state): State<AppState>, Path(id): Path<String>, form: StaffForm) -> StaffResult {
    let StaffForm { user, fields } = form;
    let (row, _) = readable_request(&state, &user, &id).await?;
    cases::add_note(&state, &user, &request_item(&row), fields.get("note")).await
}
