//! Referrals, from the caseworker who finds a service and refers a client, through the service
//! that receives, accepts and works with them, to the end. A referral is read only by the
//! caseworker who sent it and by the receiving organisation's providers; every reading is in the
//! audit log, and each side hears by email (a link, nothing personal) when the other acts.

use super::cases::{self, Desk, DeskView, Item, Timeline, shown_moment};
use super::inbox::ContactDetailsList;
use super::{
    Csrf, DoneQuery, ErrorList, Notice, StaffError, StaffForm, StaffResult, StaffUser, page, page_with_status,
    see_other,
};
use crate::domain::contact::ContactMethod;
use crate::domain::hours::london_today;
use crate::domain::referral::{
    ConsentGiver, DeclineReason, ReferralDetails, ReferralForm, ReferralStatus, Share, StatusChange, Urgency,
};
use crate::domain::slug::Slug;
use crate::domain::staff::Role;
use crate::error::AppError;
use crate::i18n::{Locale, t, t_args, t_in};
use crate::ssr::auth::{now_text, secret};
use crate::ssr::db::audit::{self, AuditEntry};
use crate::ssr::db::cases::{Case, Change, record};
use crate::ssr::db::referral::{self, NewReferral, ReferralRow, StatusUpdate};
use crate::ssr::db::revisions::{StaffService, find_service};
use crate::ssr::db::{cases as case_db, directory, staff as staff_db};
use crate::ssr::notify::{self, Audience, Message};
use crate::ssr::state::AppState;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use leptos::prelude::*;

pub fn status_label(status: &str) -> String {
    t(&format!("referral-status-{status}"))
}

const UPDATE: Message = Message {
    subject_id: "staff-mail-referral-update-subject",
    body_id: "staff-mail-referral-update-body",
};

/// The caseworker's dashboard: their referrals, latest change first, with what changed since
/// they last looked.
pub async fn dashboard(State(state): State<AppState>, user: StaffUser, Query(query): Query<DoneQuery>) -> StaffResult {
    user.require(Role::Caseworker)?;
    let referrals = referral::sent_by(&state.pool, &user.id).await?;
    let locale = user.locale;
    Ok(page(
        locale,
        t_in(locale, "staff-referrals-title", &[]),
        Some(&user),
        move || {
            view! {
                <h1>{t("staff-referrals-title")}</h1>
                <Notice done=query.done />
                <p><a class="button" href="/staff/referrals/find">{t("staff-referrals-new")}</a></p>
                {referrals.is_empty().then(|| view! { <p>{t("staff-referrals-none")}</p> })}
                <ul class="staff-list">
                    {referrals.into_iter().map(|r| {
                        let news = r.referrer_has_news;
                        view! {
                            <li class="staff-list__item">
                                <h2><a href=format!("/staff/referrals/{}", r.id)>{r.reference.clone()}</a></h2>
                                <p>{r.service_name}" · "{r.organization_name}</p>
                                <p class="staff-status">{status_label(&r.status)}
                                    {r.decline_reason.map(|reason| format!(": {}", t(&format!("referral-reason-{reason}"))))}
                                </p>
                                <p>{t_args("staff-referral-updated", &[("date", shown_moment(locale, &r.updated_at).into())])}</p>
                                {news.then(|| view! { <p class="badge">{t("staff-referral-news")}</p> })}
                            </li>
                        }
                    }).collect_view()}
                </ul>
            }
        },
    ))
}

#[derive(Debug, Default, serde::Deserialize)]
pub struct FindQuery {
    pub q: Option<String>,
}

/// How many services a search for a referral lists.
const FOUND_LIMIT: usize = 20;

/// Finds a service to refer to, by words in its listing.
pub async fn find(State(state): State<AppState>, user: StaffUser, Query(query): Query<FindQuery>) -> StaffResult {
    user.require(Role::Caseworker)?;
    let words = query.q.unwrap_or_default();
    let words = words.trim().chars().take(200).collect::<String>();
    let found: Vec<(String, String, String)> = if words.is_empty() {
        Vec::new()
    } else {
        let directory = state.directory.snapshot();
        state
            .triage
            .search_services(&words, FOUND_LIMIT)
            .map_err(AppError::internal)?
            .into_iter()
            .filter_map(|slug| {
                let service = directory.service(&slug)?;
                let summary = &service.summary;
                Some((slug, summary.name.clone(), summary.organization.clone()))
            })
            .collect()
    };
    let locale = user.locale;
    let searched = !words.is_empty();
    Ok(page(
        locale,
        t_in(locale, "staff-referral-find-title", &[]),
        Some(&user),
        move || {
            view! {
                <h1>{t("staff-referral-find-title")}</h1>
                <form method="get" action="/staff/referrals/find" class="form" role="search">
                    <label for="q">{t("staff-referral-find-label")}</label>
                    <input id="q" name="q" type="search" maxlength="200" value=words />
                    <button type="submit" class="button">{t("staff-referral-find-button")}</button>
                </form>
                {(searched && found.is_empty()).then(|| view! { <p>{t("staff-referral-find-none")}</p> })}
                <ul class="staff-list">
                    {found.into_iter().map(|(slug, name, organization)| view! {
                        <li class="staff-list__item">
                            <h2>{name}</h2>
                            <p>{organization}</p>
                            <p>
                                <a href=format!("/{}/services/{slug}", locale.tag())>{t("staff-referral-listing")}</a>" · "
                                <a class="button" href=format!("/staff/referrals/new/{slug}")>{t("staff-referral-refer")}</a>
                            </p>
                        </li>
                    }).collect_view()}
                </ul>
            }
        },
    ))
}

/// The service a referral would go to, and whether anyone there can receive it.
async fn destination(state: &AppState, slug: &str) -> Result<(StaffService, bool), StaffError> {
    let slug = Slug::parse(slug).map_err(|_| AppError::NotFound)?;
    let service = find_service(&state.pool, &directory::service_id(&slug))
        .await?
        .ok_or(AppError::NotFound)?;
    let receivers = case_db::providers_of(&state.pool, &service.organization_id).await?;
    Ok((service, !receivers.is_empty()))
}

/// What the referral form shows again after a problem, so nothing typed is lost. No `Debug`:
/// it holds a client's details.
#[derive(Clone, Default)]
pub struct Answers {
    /// How to reach the client, as the public contact form asks it.
    pub client: crate::routes::contact::Answers,
    pub language: String,
    pub risk: String,
    pub urgency: String,
    pub consent: String,
    pub consent_by: String,
    pub consent_on: String,
    pub shares: Vec<String>,
    pub notes: String,
}

pub async fn new_page(State(state): State<AppState>, user: StaffUser, Path(slug): Path<String>) -> StaffResult {
    user.require(Role::Caseworker)?;
    let (service, receivable) = destination(&state, &slug).await?;
    let answers = Answers {
        consent_on: london_today(),
        language: user.locale.tag().to_owned(),
        ..Answers::default()
    };
    let status = if receivable {
        StatusCode::OK
    } else {
        StatusCode::CONFLICT
    };
    Ok(form_page(&user, status, service, receivable, answers, Vec::new()))
}

fn form_page(
    user: &StaffUser,
    status: StatusCode,
    service: StaffService,
    receivable: bool,
    answers: Answers,
    errors: Vec<String>,
) -> axum::response::Response {
    let locale = user.locale;
    let csrf = user.session.csrf_token.clone();
    let title = t_in(
        locale,
        "staff-referral-new-title",
        &[("service", service.name.clone().into())],
    );
    page_with_status(status, locale, title, Some(user), move || {
        view! {
            <h1>{t_args("staff-referral-new-title", &[("service", service.name.clone().into())])}</h1>
            <p>{service.organization.clone()}" · "<a href=format!("/{}/services/{}", locale.tag(), service.slug)>{t("staff-referral-listing")}</a></p>
            {if receivable {
                view! { <ReferralFormView slug=service.slug csrf answers errors /> }.into_any()
            } else {
                view! { <p class="notice">{t("staff-referral-not-receivable")}</p> }.into_any()
            }}
        }
    })
}

fn radio_options(name: &'static str, options: Vec<(&'static str, String)>, chosen: String) -> impl IntoView {
    options
        .into_iter()
        .map(|(value, label)| {
            let id = format!("{name}-{value}");
            view! {
                <div class="radio">
                    <input id=id.clone() name=name type="radio" value=value checked={chosen == value} />
                    <label for=id>{label}</label>
                </div>
            }
        })
        .collect_view()
}

#[component]
fn ReferralFormView(slug: String, csrf: String, answers: Answers, errors: Vec<String>) -> impl IntoView {
    let Answers {
        client:
            crate::routes::contact::Answers {
                help,
                name,
                method,
                detail,
                safe_times,
                leave_message,
                interpreter,
            },
        language,
        risk,
        urgency,
        consent,
        consent_by,
        consent_on,
        shares,
        notes,
    } = answers;
    let methods = ContactMethod::ALL
        .into_iter()
        .map(|m| (m.as_str(), t(&format!("referral-method-{}", m.as_str()))))
        .collect();
    let urgencies = Urgency::ALL
        .iter()
        .map(|u| (u.as_str(), t(&format!("referral-urgency-{}", u.as_str()))))
        .collect();
    let givers = ConsentGiver::ALL
        .iter()
        .map(|g| (g.as_str(), t(&format!("referral-consent-by-{}", g.as_str()))))
        .collect();
    let messages = vec![("yes", t("referral-message-yes")), ("no", t("referral-message-no"))];
    view! {
        <ErrorList messages=errors />
        <form method="post" action=format!("/staff/referrals/new/{slug}") class="form referral-form">
            <Csrf token=csrf />
            <h2>{t("referral-client-heading")}</h2>
            <label for="name">{t("referral-name-label")}</label>
            <p class="hint" id="name-hint">{t("referral-name-hint")}</p>
            <input id="name" name="name" type="text" maxlength="100" autocomplete="off" aria-describedby="name-hint" value=name />
            <fieldset>
                <legend>{t("referral-method-legend")}</legend>
                {radio_options("method", methods, method)}
            </fieldset>
            <label for="detail">{t("referral-detail-label")}</label>
            <input id="detail" name="detail" type="text" maxlength="100" autocomplete="off" value=detail />
            <label for="safe_times">{t("referral-safe-times-label")}</label>
            <input id="safe_times" name="safe_times" type="text" maxlength="200" autocomplete="off" value=safe_times />
            <fieldset>
                <legend>{t("referral-message-legend")}</legend>
                {radio_options("leave_message", messages, leave_message)}
            </fieldset>
            <label for="language">{t("referral-language-label")}</label>
            <select id="language" name="language">
                {Locale::ALL.into_iter().map(|l| view! {
                    <option value=l.tag() selected={language == l.tag()}>{l.native_name()}</option>
                }).collect_view()}
            </select>
            <label for="interpreter">{t("referral-interpreter-label")}</label>
            <input id="interpreter" name="interpreter" type="text" maxlength="100" autocomplete="off" value=interpreter />
            <h2>{t("referral-need-heading")}</h2>
            <label for="help">{t("referral-help-label")}</label>
            <textarea id="help" name="help" rows="4" maxlength="2000">{help}</textarea>
            <label for="risk">{t("referral-risk-label")}</label>
            <p class="hint" id="risk-hint">{t("referral-risk-hint")}</p>
            <textarea id="risk" name="risk" rows="3" maxlength="2000" aria-describedby="risk-hint">{risk}</textarea>
            <fieldset>
                <legend>{t("referral-urgency-legend")}</legend>
                {radio_options("urgency", urgencies, urgency)}
            </fieldset>
            <h2>{t("referral-consent-heading")}</h2>
            <div class="checkbox">
                <input id="consent" name="consent" type="checkbox" value="yes" checked={consent == "yes"} />
                <label for="consent">{t("referral-consent-label")}</label>
            </div>
            <fieldset>
                <legend>{t("referral-consent-by-legend")}</legend>
                {radio_options("consent_by", givers, consent_by)}
            </fieldset>
            <label for="consent_on">{t("referral-consent-on-label")}</label>
            <input id="consent_on" name="consent_on" type="date" value=consent_on />
            <fieldset>
                <legend>{t("referral-shares-legend")}</legend>
                {Share::ALL.iter().map(|share| {
                    let id = format!("share-{}", share.as_str());
                    view! {
                        <div class="checkbox">
                            <input id=id.clone() name="shares" type="checkbox" value=share.as_str() checked={shares.iter().any(|s| s == share.as_str())} />
                            <label for=id>{t(&format!("referral-share-{}", share.as_str()))}</label>
                        </div>
                    }
                }).collect_view()}
            </fieldset>
            <label for="notes">{t("referral-notes-label")}</label>
            <textarea id="notes" name="notes" rows="3" maxlength="2000">{notes}</textarea>
            <button type="submit" class="button">{t("referral-send")}</button>
        </form>
    }
}

pub async fn create(State(state): State<AppState>, Path(slug): Path<String>, form: StaffForm) -> StaffResult {
    let StaffForm { user, fields } = form;
    user.require(Role::Caseworker)?;
    let (service, receivable) = destination(&state, &slug).await?;
    let text = |name: &str| fields.get(name).to_owned();
    let answers = Answers {
        client: crate::routes::contact::Answers::read(|name| fields.get(name)),
        language: text("language"),
        risk: text("risk"),
        urgency: text("urgency"),
        consent: text("consent"),
        consent_by: text("consent_by"),
        consent_on: text("consent_on"),
        shares: fields.all("shares").into_iter().map(str::to_owned).collect(),
        notes: text("notes"),
    };
    if !receivable {
        return Ok(form_page(
            &user,
            StatusCode::CONFLICT,
            service,
            false,
            answers,
            Vec::new(),
        ));
    }
    let language = Locale::from_tag(&answers.language).map_or("en", Locale::tag);
    let parsed = ReferralDetails::parse(
        &ReferralForm {
            client: answers.client.form(),
            language,
            urgency: &answers.urgency,
            risk: &answers.risk,
            notes: &answers.notes,
            consent: &answers.consent,
            consent_by: &answers.consent_by,
            consent_on: &answers.consent_on,
            shares: answers.shares.iter().map(String::as_str).collect(),
        },
        &london_today(),
    );
    let (urgency, details) = match parsed {
        Ok(parsed) => parsed,
        Err(errors) => {
            let messages = errors.into_iter().map(t_for(user.locale)).collect();
            return Ok(form_page(
                &user,
                StatusCode::UNPROCESSABLE_ENTITY,
                service,
                true,
                answers,
                messages,
            ));
        }
    };
    let id = uuid::Uuid::new_v4().to_string();
    let sealed = state
        .keys
        .seal(&id, &serde_json::to_vec(&details).map_err(AppError::internal)?);
    let now = now_text();
    let mut tx = state.pool.begin().await?;
    let mut stored = false;
    // A clash of references is rare (31^8 of them); draw again if it happens.
    for _ in 0..5 {
        let reference = secret::case_reference();
        let referral = NewReferral {
            id: &id,
            reference: &reference,
            service_id: &service.id,
            referrer_id: &user.id,
            urgency: urgency.as_str(),
            sealed: &sealed,
            now: &now,
        };
        if referral::insert(&mut tx, &referral).await? {
            stored = true;
            break;
        }
    }
    if !stored {
        return Err(AppError::internal("no free referral reference after five draws").into());
    }
    record(
        &mut tx,
        Case::Referral(&id),
        Some(&user.id),
        Change::Status {
            status: ReferralStatus::Sent.as_str(),
            reason: None,
        },
        &now,
    )
    .await?;
    audit::record(&mut tx, &user.audit("referral-sent", "referral", Some(&id)), &now).await?;
    tx.commit().await?;
    notify::send_later(
        &state,
        Audience::ProvidersOfService {
            service_id: service.id.clone(),
        },
        Message {
            subject_id: "staff-mail-new-referral-subject",
            body_id: "staff-mail-new-referral-body",
        },
        format!("/staff/referrals/{id}"),
    );
    Ok(see_other(&format!("/staff/referrals/{id}?done=referral-sent")))
}

fn t_for(locale: Locale) -> impl Fn(&'static str) -> String {
    move |id| t_in(locale, id, &[])
}

/// How the reader stands to a referral.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Side {
    Referrer,
    Receiver,
}

/// The referral, if the reader sent it or is a provider of the receiving organisation; a 404
/// for anyone else, so that nobody learns which references exist.
async fn readable(state: &AppState, user: &StaffUser, id: &str) -> Result<(ReferralRow, Side, Vec<u8>), StaffError> {
    if user.is_admin() {
        return Err(StaffError::Forbidden);
    }
    let (row, receiving_member, sealed) = referral::find_readable(&state.pool, id, &user.id)
        .await?
        .ok_or(AppError::NotFound)?;
    let side = if row.referrer_id == user.id {
        Side::Referrer
    } else if receiving_member && user.role == Role::Provider {
        Side::Receiver
    } else {
        return Err(AppError::NotFound.into());
    };
    Ok((row, side, sealed))
}

fn item(row: &ReferralRow) -> Item<'_> {
    Item {
        case: Case::Referral(&row.id),
        organization_id: &row.organization_id,
        assigned_to: row.assigned_to.as_deref(),
        assignee_email: row.assignee_email.as_deref(),
        path: format!("/staff/referrals/{}", row.id),
    }
}

/// Tells the referring caseworker that their referral changed.
async fn tell_referrer(state: &AppState, row: &ReferralRow) -> Result<(), StaffError> {
    if let Some(referrer) = staff_db::find_user(&state.pool, &row.referrer_id).await?
        && referrer.disabled_at.is_none()
    {
        notify::send_later(
            state,
            Audience::Person {
                email: referrer.email,
                locale: referrer.locale,
            },
            UPDATE,
            format!("/staff/referrals/{}", row.id),
        );
    }
    Ok(())
}

/// Changes the status, with the timeline, the audit log and the email to the other side in one
/// go.
async fn change_status(
    state: &AppState,
    user: &StaffUser,
    row: &ReferralRow,
    change: StatusChange,
) -> Result<(), StaffError> {
    let now = now_text();
    let status = change.status.as_str();
    let reason = change.reason.map(DeclineReason::as_str);
    let mut tx = state.pool.begin().await?;
    let update = StatusUpdate {
        status,
        reason,
        is_final: change.status.is_final(),
        by_service: row.referrer_id != user.id,
    };
    referral::set_status(&mut tx, &row.id, &update, &now).await?;
    record(
        &mut tx,
        Case::Referral(&row.id),
        Some(&user.id),
        Change::Status { status, reason },
        &now,
    )
    .await?;
    let entry = AuditEntry {
        before: Some(row.status.clone()),
        after: Some(reason.map_or_else(|| status.to_owned(), |r| format!("{status}: {r}"))),
        ..user.audit("referral-status", "referral", Some(&row.id))
    };
    audit::record(&mut tx, &entry, &now).await?;
    tx.commit().await?;
    if row.referrer_id == user.id {
        notify::send_later(
            state,
            Audience::ProvidersOfService {
                service_id: row.service_id.clone(),
            },
            UPDATE,
            format!("/staff/referrals/{}", row.id),
        );
    } else {
        tell_referrer(state, row).await?;
    }
    Ok(())
}

/// A referral, unsealed, for the caseworker who sent it or the service that receives it; the
/// reading is audited. The receiving service's first reading marks it received.
pub async fn referral(
    State(state): State<AppState>,
    user: StaffUser,
    Path(id): Path<String>,
    Query(query): Query<DoneQuery>,
) -> StaffResult {
    let (mut row, side, sealed) = readable(&state, &user, &id).await?;
    let details: ReferralDetails = cases::unseal(&state, &row.id, &sealed)?;
    let now = now_text();
    audit::record(
        &state.pool,
        &user.audit("referral-read", "referral", Some(&row.id)),
        &now,
    )
    .await?;
    match side {
        Side::Receiver if row.status == ReferralStatus::Sent.as_str() => {
            let received = StatusChange {
                status: ReferralStatus::Received,
                reason: None,
            };
            change_status(&state, &user, &row, received).await?;
            ReferralStatus::Received.as_str().clone_into(&mut row.status);
        }
        Side::Referrer => referral::mark_seen_by_referrer(&state.pool, &row.id).await?,
        Side::Receiver => {}
    }
    let case = Case::Referral(&row.id);
    let timeline = case_db::timeline(&state.pool, case).await?;
    let desk = match side {
        Side::Receiver => Some(Desk::load(&state, case, &row.organization_id).await?),
        Side::Referrer => None,
    };
    let locale = user.locale;
    let csrf = user.session.csrf_token.clone();
    let path = format!("/staff/referrals/{}", row.id);
    let ReferralDetails {
        client,
        risk,
        notes,
        consent,
    } = details;
    let finished = ReferralStatus::parse(&row.status).is_ok_and(ReferralStatus::is_final);
    Ok(page(locale, row.reference.clone(), Some(&user), move || {
        let shares = consent
            .shares
            .iter()
            .map(|s| t(&format!("referral-share-{}", s.as_str())))
            .collect::<Vec<_>>()
            .join(", ");
        view! {
            <h1>{t_args("staff-referral-heading", &[("reference", row.reference.clone().into())])}</h1>
            <Notice done=query.done />
            <dl class="details">
                <div class="details__row"><dt>{t("staff-referral-service")}</dt><dd>{row.service_name.clone()}" · "{row.organization_name.clone()}</dd></div>
                <div class="details__row"><dt>{t("staff-referral-referrer")}</dt><dd>{row.referrer_email.clone()}</dd></div>
                <div class="details__row"><dt>{t("staff-referral-sent")}</dt><dd>{shown_moment(locale, &row.created_at)}</dd></div>
                <div class="details__row"><dt>{t("referral-urgency-legend")}</dt><dd>{t(&format!("referral-urgency-{}", row.urgency))}</dd></div>
                <div class="details__row"><dt>{t("staff-contact-status")}</dt><dd class="staff-status">{status_label(&row.status)}
                    {row.decline_reason.clone().map(|reason| format!(": {}", t(&format!("referral-reason-{reason}"))))}
                </dd></div>
            </dl>
            <h2>{t("referral-client-heading")}</h2>
            <ContactDetailsList details=client method_labels="referral-method-" />
            <dl class="details">
                {risk.map(|r| view! { <div class="details__row"><dt>{t("referral-risk-label")}</dt><dd>{r}</dd></div> })}
                {notes.map(|n| view! { <div class="details__row"><dt>{t("referral-notes-label")}</dt><dd>{n}</dd></div> })}
                <div class="details__row"><dt>{t("referral-consent-heading")}</dt><dd>{t_args("staff-referral-consent", &[
                    ("who", t(&format!("referral-consent-by-{}", consent.given_by.as_str())).into()),
                    ("date", crate::routes::staff::listings::shown_date(locale, &consent.given_on).into()),
                    ("shares", shares.into()),
                ])}</dd></div>
            </dl>
            <Timeline locale events=timeline status_label=status_label />
            {match (side, desk) {
                (Side::Receiver, Some(desk)) => view! {
                    <StatusForm action=format!("{path}/status") csrf=csrf.clone() current=row.status.clone() reason=row.decline_reason.clone() />
                    <DeskView locale path csrf desk assigned_to=row.assigned_to.clone() />
                }.into_any(),
                _ => (!finished).then(|| view! {
                    <form method="post" action=format!("{path}/withdraw") class="form">
                        <Csrf token=csrf />
                        <p class="hint">{t("staff-referral-withdraw-hint")}</p>
                        <button type="submit" class="button button--secondary">{t("staff-referral-withdraw")}</button>
                    </form>
                }).into_any(),
            }}
        }
    }))
}

#[component]
fn StatusForm(action: String, csrf: String, current: String, reason: Option<String>) -> impl IntoView {
    view! {
        <h2>{t("staff-contact-status")}</h2>
        <form method="post" action=action class="form">
            <Csrf token=csrf />
            <label for="status">{t("staff-contact-status")}</label>
            <select id="status" name="status">
                {ReferralStatus::set_by_service().map(|s| view! {
                    <option value=s.as_str() selected={s.as_str() == current}>{status_label(s.as_str())}</option>
                }).collect_view()}
            </select>
            <label for="reason">{t("staff-referral-reason-label")}</label>
            <p class="hint" id="reason-hint">{t("staff-referral-reason-hint")}</p>
            <select id="reason" name="reason" aria-describedby="reason-hint">
                <option value="" selected=reason.is_none()>"—"</option>
                {DeclineReason::ALL.iter().map(|r| view! {
                    <option value=r.as_str() selected={reason.as_deref() == Some(r.as_str())}>{t(&format!("referral-reason-{}", r.as_str()))}</option>
                }).collect_view()}
            </select>
            <button type="submit" class="button">{t("staff-save")}</button>
        </form>
    }
}

/// The receiving service sets the status; a decline needs its reason.
pub async fn set_status(State(state): State<AppState>, Path(id): Path<String>, form: StaffForm) -> StaffResult {
    let StaffForm { user, fields } = form;
    let (row, side, _) = readable(&state, &user, &id).await?;
    if side != Side::Receiver {
        return Err(StaffError::Forbidden);
    }
    let change = match StatusChange::parse(fields.get("status"), fields.get("reason")) {
        Ok(change) => change,
        Err(message_id) => {
            let path = format!("/staff/referrals/{}", row.id);
            let message = t_in(user.locale, message_id, &[]);
            return Ok(page_with_status(
                StatusCode::UNPROCESSABLE_ENTITY,
                user.locale,
                row.reference.clone(),
                Some(&user),
                move || {
                    view! {
                        <h1>{t_args("staff-referral-heading", &[("reference", row.reference.into())])}</h1>
                        <ErrorList messages=vec![message] />
                        <p><a href=path>{t("staff-back")}</a></p>
                    }
                },
            ));
        }
    };
    let unchanged = change.status.as_str() == row.status
        && change.reason.map(DeclineReason::as_str) == row.decline_reason.as_deref();
    if !unchanged {
        change_status(&state, &user, &row, change).await?;
    }
    Ok(see_other(&format!("/staff/referrals/{}?done=status-changed", row.id)))
}

/// The referring caseworker closes a referral that is no longer needed.
pub async fn withdraw(State(state): State<AppState>, Path(id): Path<String>, form: StaffForm) -> StaffResult {
    let StaffForm { user, .. } = form;
    let (row, side, _) = readable(&state, &user, &id).await?;
    if side != Side::Referrer {
        return Err(StaffError::Forbidden);
    }
    if !ReferralStatus::parse(&row.status).is_ok_and(ReferralStatus::is_final) {
        let closed = StatusChange {
            status: ReferralStatus::Closed,
            reason: None,
        };
        change_status(&state, &user, &row, closed).await?;
    }
    Ok(see_other("/staff/referrals?done=referral-withdrawn"))
}

pub async fn assign(State(state): State<AppState>, Path(id): Path<String>, form: StaffForm) -> StaffResult {
    let StaffForm { user, fields } = form;
    let (row, side, _) = readable(&state, &user, &id).await?;
    if side != Side::Receiver {
        return Err(StaffError::Forbidden);
    }
    cases::assign(&state, &user, &item(&row), fields.get("assignee")).await
}

pub async fn add_note(State(state): State<AppState>, Path(id): Path<String>, form: StaffForm) -> StaffResult {
    let StaffForm { user, fields } = form;
    let (row, side, _) = readable(&state, &user, &id).await?;
    if side != Side::Receiver {
        return Err(StaffError::Forbidden);
    }
    cases::add_note(&state, &user, &item(&row), fields.get("note")).await
}
