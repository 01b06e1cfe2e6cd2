//! The staff home page and each person's own account: password, language, recovery codes.

use super::{
    Csrf, DoneQuery, ErrorSummary, NewPasswordFields, Notice, StaffForm, StaffResult, StaffUser, page,
    page_with_status, see_other,
};
use crate::domain::staff::{EmailAddress, NewPassword, Role};
use crate::i18n::{Locale, t, t_args};
use crate::ssr::auth::{now_text, password};
use crate::ssr::db::audit::{self, AuditEntry};
use crate::ssr::db::{revisions, staff as staff_db};
use crate::ssr::state::AppState;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use leptos::prelude::*;

pub async fn home(State(state): State<AppState>, user: StaffUser, Query(query): Query<DoneQuery>) -> StaffResult {
    let services = if user.role == Role::Provider {
        revisions::services_of_member(&state.pool, &user.id).await?.len()
    } else {
        0
    };
    let (pending_changes, stale_listings) = if user.is_admin() {
        let six_months_ago = stale_cutoff();
        (
            revisions::pending_revisions(&state.pool).await?.len(),
            revisions::stale_services(&state.pool, &six_months_ago).await?.len(),
        )
    } else {
        (0, 0)
    };
    let role = user.role;
    let organizations: Vec<String> = user.organizations.iter().map(|o| o.name.clone()).collect();
    Ok(page(
        user.locale,
        t_in(user.locale, "staff-home-title"),
        Some(&user),
        move || {
            view! {
                <h1>{t("staff-home-title")}</h1>
                <Notice done=query.done />
                <p>{t(match role {
                    Role::Admin => "staff-role-admin",
                    Role::Provider => "staff-role-provider",
                    Role::Caseworker => "staff-role-caseworker",
                })}</p>
                {(!organizations.is_empty()).then(|| view! {
                    <p>{t_args("staff-member-of", &[("organizations", organizations.join(", ").into())])}</p>
                })}
                {(services > 0).then(|| view! {
                    <p><a href="/staff/services">{t_args("staff-home-services", &[("count", services.into())])}</a></p>
                })}
                {(role == Role::Admin).then(|| view! {
                    <p><a href="/staff/admin/revisions">{t_args("staff-home-pending", &[("count", pending_changes.into())])}</a></p>
                    <p><a href="/staff/admin/stale">{t_args("staff-home-stale", &[("count", stale_listings.into())])}</a></p>
                })}
                {(role == Role::Caseworker).then(|| view! {
                    <p><a href="/staff/referrals">{t("staff-nav-referrals")}</a></p>
                    <p><a href="/staff/referrals/find">{t("staff-nav-refer")}</a></p>
                    <p><a href="/en/">{t("staff-home-directory")}</a></p>
                })}
            }
        },
    ))
}

/// Listings last confirmed before this are stale: six months ago.
pub fn stale_cutoff() -> String {
    let now = jiff::Timestamp::now();
    let cutoff = now
        .to_zoned(jiff::tz::TimeZone::UTC)
        .checked_sub(jiff::Span::new().months(6))
        .map_or(now, |z| z.timestamp());
    crate::ssr::auth::timestamp_text(cutoff)
}

fn t_in(locale: Locale, id: &str) -> String {
    crate::i18n::t_in(locale, id, &[])
}

pub async fn page_handler(
    state: &AppState,
    user: &StaffUser,
    done: Option<String>,
    errors: Vec<&'static str>,
) -> StaffResult {
    let remaining = staff_db::unused_recovery_codes(&state.pool, &user.id).await?;
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    let csrf = user.session.csrf_token.clone();
    let email = user.email.clone();
    let current = user.locale;
    Ok(page_with_status(
        status,
        user.locale,
        t_in(user.locale, "staff-account-title"),
        Some(user),
        move || {
            view! {
                <h1>{t("staff-account-title")}</h1>
                <Notice done />
                <ErrorSummary message_ids=errors />
                <p>{email}</p>
                <section aria-labelledby="language-heading">
                    <h2 id="language-heading">{t("staff-language")}</h2>
                    <form method="post" action="/staff/account/language" class="form">
                        <Csrf token=csrf.clone() />
                        <label for="locale">{t("staff-language")}</label>
                        <select id="locale" name="locale">
                            {Locale::PUBLISHED.into_iter().map(|l| view! {
                                <option value=l.tag() selected={l == current} lang=l.tag()>{l.native_name()}</option>
                            }).collect_view()}
                        </select>
                        <button type="submit" class="button">{t("staff-save")}</button>
                    </form>
                </section>
                <section aria-labelledby="password-heading">
                    <h2 id="password-heading">{t("staff-change-password")}</h2>
                    <form method="post" action="/staff/account/password" class="form">
                        <Csrf token=csrf.clone() />
                        <label for="current">{t("staff-current-password")}</label>
                        <input id="current" name="current" type="password" autocomplete="current-password" required />
                        <NewPasswordFields />
                        <button type="submit" class="button">{t("staff-save-password")}</button>
                    </form>
                </section>
                <section aria-labelledby="recovery-heading">
                    <h2 id="recovery-heading">{t("staff-recovery-title")}</h2>
                    <p>{t_args("staff-recovery-remaining", &[("count", remaining.into())])}</p>
                    <form method="post" action="/staff/account/recovery-codes" class="form">
                        <Csrf token=csrf />
                        <button type="submit" class="button button--secondary">{t("staff-recovery-new")}</button>
                    </form>
                </section>
            }
        },
    ))
}

pub async fn account_page(
    State(state): State<AppState>,
    user: StaffUser,
    Query(query): Query<DoneQuery>,
) -> StaffResult {
    page_handler(&state, &user, query.done, vec![]).await
}

pub async fn change_password(State(state): State<AppState>, form: StaffForm) -> StaffResult {
    let StaffForm { user, fields } = form;
    let stored = staff_db::find_user(&state.pool, &user.id)
        .await?
        .and_then(|u| u.password_hash);
    if !password::verify(stored, fields.get("current").to_owned()).await? {
        return page_handler(&state, &user, None, vec!["staff-error-current-password"]).await;
    }
    let email =
        EmailAddress::parse(&user.email).map_err(|_| crate::error::AppError::internal("stored address invalid"))?;
    let new_password = match NewPassword::parse(fields.get("password"), fields.get("confirmation"), &email) {
        Ok(password) => password,
        Err(error) => return page_handler(&state, &user, None, vec![error.message_id]).await,
    };
    let hash = password::hash(new_password.as_str().to_owned()).await?;
    let mut tx = state.pool.begin().await?;
    staff_db::set_password(&mut tx, &user.id, &hash).await?;
    // Every other session of this account ends; this one stays.
    staff_db::delete_other_sessions(&mut tx, &user.id, &user.session.id_digest).await?;
    audit::record(
        &mut tx,
        &AuditEntry {
            ..user.audit("password-changed", "staff_user", Some(&user.id))
        },
        &now_text(),
    )
    .await?;
    tx.commit().await?;
    Ok(see_other("/staff/account?done=password-changed"))
}

pub async fn change_language(State(state): State<AppState>, form: StaffForm) -> StaffResult {
    let StaffForm { user, fields } = form;
    let Some(locale) = Locale::from_tag(fields.get("locale")).filter(|l| l.is_published()) else {
        return page_handler(&state, &user, None, vec!["staff-error-bad-form"]).await;
    };
    let mut tx = state.pool.begin().await?;
    staff_db::set_locale(&mut tx, &user.id, locale.tag()).await?;
    let entry = AuditEntry {
        before: Some(user.locale.tag().to_owned()),
        after: Some(locale.tag().to_owned()),
        ..user.audit("language-changed", "staff_user", Some(&user.id))
    };
    audit::record(&mut tx, &entry, &now_text()).await?;
    tx.commit().await?;
    Ok(see_other("/staff/account?done=language-changed"))
}

pub async fn new_recovery_codes(State(state): State<AppState>, form: StaffForm) -> StaffResult<Response> {
    let StaffForm { user, .. } = form;
    let mut tx = state.pool.begin().await?;
    let codes = super::sign_in::issue_recovery_codes(&mut tx, &user.id).await?;
    audit::record(
        &mut tx,
        &AuditEntry {
            ..user.audit("recovery-codes-replaced", "staff_user", Some(&user.id))
        },
        &now_text(),
    )
    .await?;
    tx.commit().await?;
    Ok(super::sign_in::recovery_codes_page(user.locale, codes))
}
