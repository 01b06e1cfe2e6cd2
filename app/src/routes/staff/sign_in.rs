//! Signing in (password, then a code from an authenticator app or a recovery code), signing
//! out, first set-up from an administrator's link, and password reset by email.

use super::{
    Csrf, ErrorSummary, Fields, NewPasswordFields, Notice, StaffError, StaffResult, Visitor, page_with_status,
    see_other,
};
use crate::domain::staff::{EmailAddress, NewPassword, SecondFactor};
use crate::i18n::{Locale, t, t_args};
use crate::ssr::auth::session::{self, Session, Stage};
use crate::ssr::auth::{self, now_text, password, secret, throttle, totp};
use crate::ssr::db::audit::{self, AuditEntry};
use crate::ssr::db::staff::{self as staff_db, LinkState, StaffUserRow};
use crate::ssr::state::AppState;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderName, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use leptos::prelude::*;

type SetCookie = (HeaderName, HeaderValue);

/// An audit entry for something a person did to their own account.
fn own_action<'a>(user: &'a StaffUserRow, action: &'a str) -> AuditEntry<'a> {
    AuditEntry {
        actor_id: Some(&user.id),
        actor_email: Some(&user.email),
        action,
        target_type: "staff_user",
        target_id: Some(&user.id),
        ..AuditEntry::default()
    }
}

/// The visitor's session, or a new anonymous one to carry a form's CSRF token.
async fn session_for_form(state: &AppState, visitor: &Visitor) -> StaffResult<(Session, Option<SetCookie>)> {
    if let Some(session) = &visitor.session {
        return Ok((session.clone(), None));
    }
    let (token, session) = session::start(&state.pool, &state.staff, None, Stage::Anonymous, None).await?;
    Ok((session, Some(session::set_cookie(&token, &state.staff))))
}

fn with_cookie(response: Response, cookie: Option<SetCookie>) -> Response {
    match cookie {
        Some(cookie) => ([cookie], response).into_response(),
        None => response,
    }
}

/// The session a form was posted with, if its CSRF token matches.
fn checked_session(visitor: &Visitor, fields: &Fields) -> StaffResult<Session> {
    match &visitor.session {
        Some(session) if fields.csrf_matches(session) => Ok(session.clone()),
        _ => Err(StaffError::FormExpired),
    }
}

fn too_many_attempts(locale: Locale) -> Response {
    page_with_status(StatusCode::TOO_MANY_REQUESTS, locale, t_in_title(locale), None, || {
        view! {
            <h1>{t("staff-sign-in-title")}</h1>
            <ErrorSummary message_ids=vec!["staff-error-too-many-attempts"] />
        }
    })
}

fn t_in_title(locale: Locale) -> String {
    crate::i18n::t_in(locale, "staff-sign-in-title", &[])
}

/// A staff page to go back to after signing in: only a plain path under `/staff/` (letters,
/// digits, `-`, `_`, `/`), so that a link cannot send anyone elsewhere or carry anything along.
pub fn return_path(path: &str) -> Option<&str> {
    let plain = path
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || matches!(c, '/' | '-' | '_'));
    (plain
        && path.len() <= 200
        && path.starts_with("/staff/")
        && !path.contains("//")
        && !path.starts_with("/staff/log"))
    .then_some(path)
}

/// Carries the page to return to through the sign-in forms.
#[component]
fn ReturnTo(path: Option<String>) -> impl IntoView {
    path.map(|path| view! { <input type="hidden" name="next" value=path /> })
}

#[derive(Debug, Default, serde::Deserialize)]
pub struct LoginQuery {
    pub done: Option<String>,
    /// The staff page that sent the person to sign in, to return to afterwards.
    pub next: Option<String>,
}

pub async fn login_page(
    State(state): State<AppState>,
    visitor: Visitor,
    Query(query): Query<LoginQuery>,
) -> StaffResult {
    let return_to = query.next.as_deref().and_then(return_path).map(str::to_owned);
    if visitor.session.as_ref().is_some_and(|s| s.stage == Stage::Complete) {
        return Ok(see_other(return_to.as_deref().unwrap_or("/staff")));
    }
    let (session, cookie) = session_for_form(&state, &visitor).await?;
    Ok(with_cookie(
        login_form(
            StatusCode::OK,
            visitor.locale,
            &session,
            String::new(),
            vec![],
            query.done,
            return_to,
        ),
        cookie,
    ))
}

fn login_form(
    status: StatusCode,
    locale: Locale,
    session: &Session,
    email: String,
    errors: Vec<&'static str>,
    done: Option<String>,
    return_to: Option<String>,
) -> Response {
    let csrf = session.csrf_token.clone();
    page_with_status(status, locale, t_in_title(locale), None, move || {
        view! {
            <h1>{t("staff-sign-in-title")}</h1>
            <Notice done />
            <ErrorSummary message_ids=errors />
            <form method="post" action="/staff/login" class="form">
                <Csrf token=csrf />
                <ReturnTo path=return_to />
                <label for="email">{t("staff-email")}</label>
                <input id="email" name="email" type="email" autocomplete="username" required value=email />
                <label for="password">{t("staff-password")}</label>
                <input id="password" name="password" type="password" autocomplete="current-password" required />
                <button type="submit" class="button">{t("staff-sign-in")}</button>
            </form>
            <p><a href="/staff/password/forgot">{t("staff-forgot-link")}</a></p>
        }
    })
}

pub async fn login(State(state): State<AppState>, visitor: Visitor, fields: Fields) -> StaffResult {
    let session = checked_session(&visitor, &fields)?;
    let locale = visitor.locale;
    let return_to = return_path(fields.get("next")).map(str::to_owned);
    if throttle::client_blocked(&state.pool, &state.staff, visitor.client).await? {
        return Ok(too_many_attempts(locale));
    }
    let typed_email = fields.get("email").to_owned();
    let Ok(email) = EmailAddress::parse(&typed_email) else {
        let errors = vec!["staff-error-email"];
        return Ok(login_form(
            StatusCode::UNPROCESSABLE_ENTITY,
            locale,
            &session,
            typed_email,
            errors,
            None,
            return_to,
        ));
    };
    let user = staff_db::find_user_by_email(&state.pool, &email).await?;
    if user.as_ref().is_some_and(throttle::account_locked) {
        throttle::record_failure(&state.pool, &state.staff, visitor.client, None).await?;
        let errors = vec!["staff-error-account-locked"];
        return Ok(login_form(
            StatusCode::TOO_MANY_REQUESTS,
            locale,
            &session,
            typed_email,
            errors,
            None,
            return_to,
        ));
    }
    let usable = user.as_ref().filter(|u| u.disabled_at.is_none());
    let stored = usable.and_then(|u| u.password_hash.clone());
    let correct = password::verify(stored, fields.get("password").to_owned()).await?;
    let Some(user) = usable.filter(|_| correct) else {
        throttle::record_failure(
            &state.pool,
            &state.staff,
            visitor.client,
            user.as_ref().map(|u| u.id.as_str()),
        )
        .await?;
        let errors = vec!["staff-error-credentials"];
        return Ok(login_form(
            StatusCode::UNAUTHORIZED,
            locale,
            &session,
            typed_email,
            errors,
            None,
            return_to,
        ));
    };
    // The second factor still has to be passed: failures are cleared only after it.
    let (token, _) = session::start(
        &state.pool,
        &state.staff,
        Some(&user.id),
        Stage::Password,
        Some(&session),
    )
    .await?;
    let next = match (&user.totp_secret, &return_to) {
        (Some(_), Some(path)) => format!("/staff/login/code?next={path}"),
        (Some(_), None) => "/staff/login/code".to_owned(),
        (None, _) => "/staff/two-factor".to_owned(),
    };
    Ok(([session::set_cookie(&token, &state.staff)], see_other(&next)).into_response())
}

/// The account of a session half-way through sign-in.
async fn pending_user(state: &AppState, visitor: &Visitor) -> StaffResult<Option<(Session, StaffUserRow)>> {
    let Some(session) = visitor.session.clone().filter(|s| s.stage == Stage::Password) else {
        return Ok(None);
    };
    let Some(user_id) = &session.user_id else {
        return Ok(None);
    };
    let user = staff_db::find_user(&state.pool, user_id)
        .await?
        .filter(|u| u.disabled_at.is_none());
    Ok(user.map(|user| (session, user)))
}

pub async fn code_page(
    State(state): State<AppState>,
    visitor: Visitor,
    Query(query): Query<LoginQuery>,
) -> StaffResult {
    let return_to = query.next.as_deref().and_then(return_path).map(str::to_owned);
    match pending_user(&state, &visitor).await? {
        Some((session, user)) if user.totp_secret.is_some() => {
            Ok(code_form(StatusCode::OK, visitor.locale, &session, vec![], return_to))
        }
        _ => Ok(see_other("/staff/login")),
    }
}

fn code_form(
    status: StatusCode,
    locale: Locale,
    session: &Session,
    errors: Vec<&'static str>,
    return_to: Option<String>,
) -> Response {
    let csrf = session.csrf_token.clone();
    page_with_status(status, locale, t_in_title(locale), None, move || {
        view! {
            <h1>{t("staff-code-title")}</h1>
            <ErrorSummary message_ids=errors />
            <form method="post" action="/staff/login/code" class="form">
                <Csrf token=csrf />
                <ReturnTo path=return_to />
                <label for="code">{t("staff-code")}</label>
                <p class="hint" id="code-hint">{t("staff-code-hint")}</p>
                <input id="code" name="code" type="text" inputmode="text" autocomplete="one-time-code" required aria-describedby="code-hint" />
                <button type="submit" class="button">{t("staff-sign-in")}</button>
            </form>
        }
    })
}

pub async fn code(State(state): State<AppState>, visitor: Visitor, fields: Fields) -> StaffResult {
    let session = checked_session(&visitor, &fields)?;
    let locale = visitor.locale;
    let return_to = return_path(fields.get("next")).map(str::to_owned);
    let Some((_, user)) = pending_user(&state, &visitor).await? else {
        return Ok(see_other("/staff/login"));
    };
    let Some(totp_secret) = user.totp_secret.clone() else {
        return Ok(see_other("/staff/two-factor"));
    };
    if throttle::client_blocked(&state.pool, &state.staff, visitor.client).await? {
        return Ok(too_many_attempts(locale));
    }
    if throttle::account_locked(&user) {
        return Ok(code_form(
            StatusCode::TOO_MANY_REQUESTS,
            locale,
            &session,
            vec!["staff-error-account-locked"],
            return_to,
        ));
    }
    let accepted = match SecondFactor::parse(fields.get("code")) {
        Ok(SecondFactor::Totp(code)) => {
            match totp::verify(&totp_secret, &code, user.totp_last_step, jiff::Timestamp::now())? {
                Some(step) => staff_db::accept_totp_step(&state.pool, &user.id, step).await?,
                None => false,
            }
        }
        Ok(SecondFactor::Recovery(code)) => {
            staff_db::use_recovery_code(&state.pool, &user.id, &secret::digest(&code), &now_text()).await?
        }
        Err(_) => false,
    };
    if !accepted {
        throttle::record_failure(&state.pool, &state.staff, visitor.client, Some(&user.id)).await?;
        return Ok(code_form(
            StatusCode::UNAUTHORIZED,
            locale,
            &session,
            vec!["staff-error-code"],
            return_to,
        ));
    }
    staff_db::clear_failed_logins(&state.pool, &user.id).await?;
    let (token, _) = session::start(
        &state.pool,
        &state.staff,
        Some(&user.id),
        Stage::Complete,
        Some(&session),
    )
    .await?;
    audit::record(&state.pool, &own_action(&user, "sign-in"), &now_text()).await?;
    let home = return_to.as_deref().unwrap_or("/staff");
    Ok(([session::set_cookie(&token, &state.staff)], see_other(home)).into_response())
}

pub async fn logout(State(state): State<AppState>, visitor: Visitor, fields: Fields) -> StaffResult {
    let session = checked_session(&visitor, &fields)?;
    session::end(&state.pool, &session).await?;
    if let Some(user_id) = &session.user_id
        && let Some(user) = staff_db::find_user(&state.pool, user_id).await?
    {
        audit::record(&state.pool, &own_action(&user, "sign-out"), &now_text()).await?;
    }
    Ok(([session::clear_cookie(&state.staff)], see_other("/staff/login")).into_response())
}

/// A one-time link that cannot be used: why, as a page.
fn unusable_link(locale: Locale, link: LinkState) -> Response {
    let (status, message_id) = match link {
        LinkState::Unknown => (StatusCode::NOT_FOUND, "staff-error-link-unknown"),
        _ => (StatusCode::GONE, "staff-error-link-expired"),
    };
    page_with_status(
        status,
        locale,
        crate::i18n::t_in(locale, "staff-link-title", &[]),
        None,
        move || {
            view! {
                <h1>{t("staff-link-title")}</h1>
                <ErrorSummary message_ids=vec![message_id] />
                <p><a href="/staff/password/forgot">{t("staff-forgot-link")}</a></p>
            }
        },
    )
}

async fn link_user(state: &AppState, token: &str, purpose: &str) -> StaffResult<Result<StaffUserRow, LinkState>> {
    let (link, user_id) = staff_db::check_link(&state.pool, &secret::digest(token), purpose, &now_text()).await?;
    if link != LinkState::Valid {
        return Ok(Err(link));
    }
    let user = match user_id {
        Some(id) => staff_db::find_user(&state.pool, &id).await?,
        None => None,
    };
    Ok(user.filter(|u| u.disabled_at.is_none()).ok_or(LinkState::Unknown))
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum PasswordPurpose {
    Setup,
    Reset,
}

impl PasswordPurpose {
    const fn as_str(self) -> &'static str {
        match self {
            PasswordPurpose::Setup => "setup",
            PasswordPurpose::Reset => "reset",
        }
    }

    fn action(self, token: &str) -> String {
        match self {
            PasswordPurpose::Setup => format!("/staff/setup/{token}"),
            PasswordPurpose::Reset => format!("/staff/password/reset/{token}"),
        }
    }
}

fn password_form(
    status: StatusCode,
    locale: Locale,
    purpose: PasswordPurpose,
    token: &str,
    session: &Session,
    email: String,
    errors: Vec<&'static str>,
) -> Response {
    let csrf = session.csrf_token.clone();
    let action = purpose.action(token);
    let title_id = match purpose {
        PasswordPurpose::Setup => "staff-setup-title",
        PasswordPurpose::Reset => "staff-reset-title",
    };
    page_with_status(
        status,
        locale,
        crate::i18n::t_in(locale, title_id, &[]),
        None,
        move || {
            view! {
                <h1>{t(title_id)}</h1>
                <p>{t_args("staff-setup-for", &[("email", email.into())])}</p>
                <ErrorSummary message_ids=errors />
                <form method="post" action=action class="form">
                    <Csrf token=csrf />
                    <NewPasswordFields />
                    <button type="submit" class="button">{t("staff-save-password")}</button>
                </form>
            }
        },
    )
}

async fn password_link_page(state: AppState, visitor: Visitor, token: String, purpose: PasswordPurpose) -> StaffResult {
    let user = match link_user(&state, &token, purpose.as_str()).await? {
        Ok(user) => user,
        Err(link) => return Ok(unusable_link(visitor.locale, link)),
    };
    let (session, cookie) = session_for_form(&state, &visitor).await?;
    let response = password_form(
        StatusCode::OK,
        visitor.locale,
        purpose,
        &token,
        &session,
        user.email,
        vec![],
    );
    Ok(with_cookie(response, cookie))
}

/// Sets the password a link was sent for, and uses the link up: both or neither.
async fn save_password(
    state: AppState,
    visitor: Visitor,
    fields: Fields,
    token: String,
    purpose: PasswordPurpose,
) -> StaffResult<Result<(Session, StaffUserRow), Response>> {
    let session = checked_session(&visitor, &fields)?;
    let user = match link_user(&state, &token, purpose.as_str()).await? {
        Ok(user) => user,
        Err(link) => return Ok(Err(unusable_link(visitor.locale, link))),
    };
    let email =
        EmailAddress::parse(&user.email).map_err(|_| crate::error::AppError::internal("stored address invalid"))?;
    let new_password = match NewPassword::parse(fields.get("password"), fields.get("confirmation"), &email) {
        Ok(password) => password,
        Err(error) => {
            let form = password_form(
                StatusCode::UNPROCESSABLE_ENTITY,
                visitor.locale,
                purpose,
                &token,
                &session,
                user.email,
                vec![error.message_id],
            );
            return Ok(Err(form));
        }
    };
    let hash = password::hash(new_password.as_str().to_owned()).await?;
    let now = now_text();
    let mut tx = state.pool.begin().await?;
    if !staff_db::use_link(&mut tx, &secret::digest(&token), &now).await? {
        return Ok(Err(unusable_link(visitor.locale, LinkState::Used)));
    }
    staff_db::set_password(&mut tx, &user.id, &hash).await?;
    staff_db::delete_sessions_of(&mut tx, &user.id).await?;
    audit::record(
        &mut tx,
        &own_action(
            &user,
            match purpose {
                PasswordPurpose::Setup => "account-set-up",
                PasswordPurpose::Reset => "password-reset",
            },
        ),
        &now,
    )
    .await?;
    tx.commit().await?;
    Ok(Ok((session, user)))
}

pub async fn setup_page(State(state): State<AppState>, visitor: Visitor, Path(token): Path<String>) -> StaffResult {
    password_link_page(state, visitor, token, PasswordPurpose::Setup).await
}

pub async fn setup(
    State(state): State<AppState>,
    visitor: Visitor,
    Path(token): Path<String>,
    fields: Fields,
) -> StaffResult {
    match save_password(state.clone(), visitor, fields, token, PasswordPurpose::Setup).await? {
        Ok((session, user)) => {
            let (token, _) = session::start(
                &state.pool,
                &state.staff,
                Some(&user.id),
                Stage::Password,
                Some(&session),
            )
            .await?;
            Ok((
                [session::set_cookie(&token, &state.staff)],
                see_other("/staff/two-factor"),
            )
                .into_response())
        }
        Err(response) => Ok(response),
    }
}

pub async fn enrol_page(State(state): State<AppState>, visitor: Visitor) -> StaffResult {
    match pending_user(&state, &visitor).await? {
        Some((session, user)) if user.totp_secret.is_none() => enrol_form(
            StatusCode::OK,
            visitor.locale,
            &session,
            &user,
            &totp::new_secret(),
            vec![],
        ),
        _ => Ok(see_other("/staff/login")),
    }
}

fn enrol_form(
    status: StatusCode,
    locale: Locale,
    session: &Session,
    user: &StaffUserRow,
    totp_secret: &str,
    errors: Vec<&'static str>,
) -> StaffResult {
    let uri = totp::provisioning_uri(totp_secret, &user.email)?;
    let qr = totp::qr_svg(&uri)?;
    let csrf = session.csrf_token.clone();
    let totp_secret = totp_secret.to_owned();
    let grouped: String = totp_secret
        .as_bytes()
        .chunks(4)
        .map(|chunk| String::from_utf8_lossy(chunk).into_owned())
        .collect::<Vec<_>>()
        .join(" ");
    Ok(page_with_status(
        status,
        locale,
        crate::i18n::t_in(locale, "staff-enrol-title", &[]),
        None,
        move || {
            view! {
                <h1>{t("staff-enrol-title")}</h1>
                <p>{t("staff-enrol-intro")}</p>
                <ErrorSummary message_ids=errors />
                <figure class="qr" inner_html=qr aria-hidden="true"></figure>
                <p>{t("staff-enrol-manual")}</p>
                <p><code class="totp-secret" data-secret=totp_secret.clone()>{grouped}</code></p>
                <form method="post" action="/staff/two-factor" class="form">
                    <Csrf token=csrf />
                    <input type="hidden" name="secret" value=totp_secret />
                    <label for="code">{t("staff-enrol-code")}</label>
                    <input id="code" name="code" type="text" inputmode="numeric" autocomplete="one-time-code" required pattern="[0-9 ]{6,7}" />
                    <button type="submit" class="button">{t("staff-enrol-confirm")}</button>
                </form>
            }
        },
    ))
}

/// Ten new recovery codes for an account: stored as digests, returned for showing once.
pub async fn issue_recovery_codes(conn: &mut crate::ssr::db::Tx, user_id: &str) -> Result<Vec<String>, sqlx::Error> {
    let codes: Vec<String> = (0..10).map(|_| secret::recovery_code()).collect();
    let digests: Vec<String> = codes.iter().map(|c| secret::digest(c)).collect();
    staff_db::replace_recovery_codes(conn, user_id, &digests).await?;
    Ok(codes)
}

pub async fn enrol(State(state): State<AppState>, visitor: Visitor, fields: Fields) -> StaffResult {
    let session = checked_session(&visitor, &fields)?;
    let Some((_, user)) = pending_user(&state, &visitor).await? else {
        return Ok(see_other("/staff/login"));
    };
    if user.totp_secret.is_some() {
        return Ok(see_other("/staff/login/code"));
    }
    let totp_secret = fields.get("secret").to_owned();
    let valid_secret = totp::provisioning_uri(&totp_secret, &user.email).is_ok() && totp_secret.len() >= 32;
    if !valid_secret {
        return Err(StaffError::App(crate::error::AppError::BadRequest {
            message_id: "staff-error-bad-form",
        }));
    }
    let step = match SecondFactor::parse(fields.get("code")) {
        Ok(SecondFactor::Totp(code)) => totp::verify(&totp_secret, &code, None, jiff::Timestamp::now())?,
        _ => None,
    };
    let Some(step) = step else {
        return enrol_form(
            StatusCode::UNPROCESSABLE_ENTITY,
            visitor.locale,
            &session,
            &user,
            &totp_secret,
            vec!["staff-error-code"],
        );
    };
    let now = now_text();
    let mut tx = state.pool.begin().await?;
    staff_db::set_totp(&mut tx, &user.id, &totp_secret, step).await?;
    let codes = issue_recovery_codes(&mut tx, &user.id).await?;
    staff_db::clear_failed_logins(&mut tx, &user.id).await?;
    audit::record(&mut tx, &own_action(&user, "two-factor-enrolled"), &now).await?;
    tx.commit().await?;
    let (token, _) = session::start(
        &state.pool,
        &state.staff,
        Some(&user.id),
        Stage::Complete,
        Some(&session),
    )
    .await?;
    let locale = Locale::from_tag(&user.locale).unwrap_or(visitor.locale);
    let response = recovery_codes_page(locale, codes);
    Ok(([session::set_cookie(&token, &state.staff)], response).into_response())
}

/// Recovery codes, shown once.
pub fn recovery_codes_page(locale: Locale, codes: Vec<String>) -> Response {
    page_with_status(
        StatusCode::OK,
        locale,
        crate::i18n::t_in(locale, "staff-recovery-title", &[]),
        None,
        move || {
            view! {
                <h1>{t("staff-recovery-title")}</h1>
                <p>{t("staff-recovery-intro")}</p>
                <ul class="recovery-codes">
                    {codes.into_iter().map(|code| {
                        let shown = format!("{}-{}", &code[..5], &code[5..]);
                        view! { <li><code>{shown}</code></li> }
                    }).collect_view()}
                </ul>
                <p><a class="button" href="/staff">{t("staff-continue")}</a></p>
            }
        },
    )
}

pub async fn forgot_page(State(state): State<AppState>, visitor: Visitor) -> StaffResult {
    let (session, cookie) = session_for_form(&state, &visitor).await?;
    Ok(with_cookie(
        forgot_form(StatusCode::OK, visitor.locale, &session, String::new(), vec![]),
        cookie,
    ))
}

fn forgot_form(
    status: StatusCode,
    locale: Locale,
    session: &Session,
    email: String,
    errors: Vec<&'static str>,
) -> Response {
    let csrf = session.csrf_token.clone();
    page_with_status(
        status,
        locale,
        crate::i18n::t_in(locale, "staff-forgot-title", &[]),
        None,
        move || {
            view! {
                <h1>{t("staff-forgot-title")}</h1>
                <p>{t("staff-forgot-intro")}</p>
                <ErrorSummary message_ids=errors />
                <form method="post" action="/staff/password/forgot" class="form">
                    <Csrf token=csrf />
                    <label for="email">{t("staff-email")}</label>
                    <input id="email" name="email" type="email" autocomplete="username" required value=email />
                    <button type="submit" class="button">{t("staff-forgot-send")}</button>
                </form>
            }
        },
    )
}

/// Creates a one-time link for `user` (earlier unused ones of the same purpose stop working)
/// and returns its address.
pub async fn issue_link(
    conn: &mut crate::ssr::db::Tx,
    settings: &auth::StaffSettings,
    user_id: &str,
    purpose: &str,
    lifetime: jiff::SignedDuration,
) -> Result<String, sqlx::Error> {
    let token = secret::random_token();
    let now = jiff::Timestamp::now();
    staff_db::retire_links(conn, user_id, purpose, &auth::timestamp_text(now)).await?;
    staff_db::create_link(
        conn,
        &secret::digest(&token),
        user_id,
        purpose,
        &auth::timestamp_text(now),
        &auth::timestamp_text(auth::later(now, lifetime)),
    )
    .await?;
    let path = match purpose {
        "setup" => format!("/staff/setup/{token}"),
        _ => format!("/staff/password/reset/{token}"),
    };
    Ok(format!("{}{path}", settings.public_url))
}

pub async fn forgot(State(state): State<AppState>, visitor: Visitor, fields: Fields) -> StaffResult {
    let session = checked_session(&visitor, &fields)?;
    let typed = fields.get("email").to_owned();
    let Ok(email) = EmailAddress::parse(&typed) else {
        return Ok(forgot_form(
            StatusCode::UNPROCESSABLE_ENTITY,
            visitor.locale,
            &session,
            typed,
            vec!["staff-error-email"],
        ));
    };
    if throttle::client_blocked(&state.pool, &state.staff, visitor.client).await? {
        return Ok(too_many_attempts(visitor.locale));
    }
    // Each request counts against the client, so that nobody can flood an inbox from here.
    throttle::record_failure(&state.pool, &state.staff, visitor.client, None).await?;
    let user = staff_db::find_user_by_email(&state.pool, &email)
        .await?
        .filter(|u| u.disabled_at.is_none() && u.password_hash.is_some());
    if let Some(user) = user {
        let mut tx = state.pool.begin().await?;
        let link = issue_link(
            &mut tx,
            &state.staff,
            &user.id,
            "reset",
            state.staff.reset_link_lifetime,
        )
        .await?;
        audit::record(
            &mut tx,
            &AuditEntry {
                actor_email: Some(&user.email),
                action: "password-reset-requested",
                target_type: "staff_user",
                target_id: Some(&user.id),
                ..AuditEntry::default()
            },
            &now_text(),
        )
        .await?;
        tx.commit().await?;
        let locale = Locale::from_tag(&user.locale).unwrap_or(Locale::En);
        let subject = crate::i18n::t_in(locale, "staff-mail-reset-subject", &[]);
        let body = crate::i18n::t_in(locale, "staff-mail-reset-body", &[("link", link.into())]);
        if let Err(error) = state.mailer.send(&user.email, &subject, body).await {
            // Said nowhere on the page: the answer must not tell whether the account exists.
            tracing::error!(error = %error, "cannot send a password reset email");
        }
    }
    Ok(see_other("/staff/login?done=reset-sent"))
}

pub async fn reset_page(State(state): State<AppState>, visitor: Visitor, Path(token): Path<String>) -> StaffResult {
    password_link_page(state, visitor, token, PasswordPurpose::Reset).await
}

pub async fn reset(
    State(state): State<AppState>,
    visitor: Visitor,
    Path(token): Path<String>,
    fields: Fields,
) -> StaffResult {
    match save_password(state, visitor, fields, token, PasswordPurpose::Reset).await? {
        Ok(_) => Ok(see_other("/staff/login?done=password-reset")),
        Err(response) => Ok(response),
    }
}

#[cfg(test)]
mod tests {
    use super::return_path;

    #[test]
    fn only_plain_staff_paths_are_returned_to() {
        assert_eq!(
            return_path("/staff/referrals/new/galop-london-support"),
            Some("/staff/referrals/new/galop-london-support")
        );
        for elsewhere in [
            "/staff",
            "/staff/login",
            "/staff/logout",
            "//evil.example/staff/",
            "https://evil.example/staff/",
            "/staff/../admin",
            "/staff//x",
            "/staff/x?next=//evil",
            "/staff/x\\y",
            "/en/services",
            "",
        ] {
            assert_eq!(return_path(elsewhere), None, "{elsewhere}");
        }
    }
}
