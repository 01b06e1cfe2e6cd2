//! Administrators: the moderation queue with a field-by-field difference, organisations,
//! accounts, the report of listings not confirmed for six months, and the audit log.

use super::listing_form::{FieldChange, describe, diff};
use super::listings::shown_date;
use super::sign_in::issue_link;
use super::{
    Csrf, DoneQuery, ErrorList, ErrorSummary, Notice, StaffError, StaffForm, StaffResult, StaffUser, page,
    page_with_status, see_other,
};
use crate::domain::slug::Slug;
use crate::domain::staff::{EmailAddress, Role};
use crate::error::AppError;
use crate::i18n::{Locale, t, t_args};
use crate::ssr::auth::now_text;
use crate::ssr::db::audit::{self, AuditEntry, AuditFilter};
use crate::ssr::db::directory::{load_service_record, organization_id, set_verified, upsert_service};
use crate::ssr::db::revisions::{self, RevisionRow};
use crate::ssr::db::staff::{self as staff_db, OrganizationListing};
use crate::ssr::import::{ServiceRecord, validate};
use crate::ssr::state::AppState;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use leptos::prelude::*;

fn title(locale: Locale, id: &str) -> String {
    crate::i18n::t_in(locale, id, &[])
}

fn admin(user: &StaffUser) -> Result<(), StaffError> {
    user.require(Role::Admin)
}

pub async fn queue(State(state): State<AppState>, user: StaffUser, Query(query): Query<DoneQuery>) -> StaffResult {
    admin(&user)?;
    let pending = revisions::pending_revisions(&state.pool).await?;
    let locale = user.locale;
    Ok(page(
        locale,
        title(locale, "staff-queue-title"),
        Some(&user),
        move || {
            view! {
                <h1>{t("staff-queue-title")}</h1>
                <Notice done=query.done />
                {pending.is_empty().then(|| view! { <p>{t("staff-queue-empty")}</p> })}
                <ul class="staff-list">
                    {pending.into_iter().map(|r| view! {
                        <li class="staff-list__item">
                            <h2><a href=format!("/staff/admin/revisions/{}", r.id)>{r.service_name}</a></h2>
                            <p>{r.organization}</p>
                            <p>{t_args("staff-proposed-by", &[
                                ("email", r.author_email.unwrap_or_default().into()),
                                ("date", shown_date(locale, &r.created_at).into()),
                            ])}</p>
                        </li>
                    }).collect_view()}
                </ul>
            }
        },
    ))
}

fn parse_record(text: &str) -> Result<ServiceRecord, StaffError> {
    serde_json::from_str(text).map_err(|e| StaffError::App(AppError::internal(e)))
}

async fn revision_page(state: &AppState, user: &StaffUser, id: &str, errors: Vec<String>) -> StaffResult {
    let revision = revisions::find_revision(&state.pool, id)
        .await?
        .ok_or(StaffError::App(AppError::NotFound))?;
    let proposed = parse_record(&revision.proposed)?;
    let base = parse_record(&revision.base)?;
    let live = load_service_record(&state.pool, &revision.service_id).await?;
    let changed_since = live.as_ref().is_some_and(|live| *live != base);
    let changes = diff(live.as_ref().unwrap_or(&base), &proposed);
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    let locale = user.locale;
    let csrf = user.session.csrf_token.clone();
    let RevisionRow {
        id,
        service_name,
        organization,
        author_email,
        status: revision_status,
        created_at,
        rejection_reason,
        ..
    } = revision;
    Ok(page_with_status(
        status,
        locale,
        title(locale, "staff-revision-title"),
        Some(user),
        move || {
            view! {
                <h1>{t_args("staff-revision-heading", &[("name", service_name.into())])}</h1>
                <p>{organization}</p>
                <p>{t_args("staff-proposed-by", &[
                    ("email", author_email.unwrap_or_default().into()),
                    ("date", shown_date(locale, &created_at).into()),
                ])}</p>
                {changed_since.then(|| view! { <p class="notice">{t("staff-revision-changed-since")}</p> })}
                <ErrorList messages=errors />
                <Diff changes />
                {if revision_status == "pending" {
                    view! {
                        <div class="staff-actions">
                            <form method="post" action=format!("/staff/admin/revisions/{id}/approve")>
                                <Csrf token=csrf.clone() />
                                <button type="submit" class="button">{t("staff-approve")}</button>
                            </form>
                            <form method="post" action=format!("/staff/admin/revisions/{id}/reject") class="form">
                                <Csrf token=csrf />
                                <label for="reason">{t("staff-reject-reason")}</label>
                                <textarea id="reason" name="reason" rows="3" required></textarea>
                                <button type="submit" class="button button--secondary">{t("staff-reject")}</button>
                            </form>
                        </div>
                    }.into_any()
                } else {
                    view! {
                        <p class="staff-status">{t(&format!("staff-status-{revision_status}"))}
                            {rejection_reason.map(|r| format!(": {r}"))}</p>
                    }.into_any()
                }}
            }
        },
    ))
}

#[component]
fn Diff(changes: Vec<FieldChange>) -> impl IntoView {
    view! {
        <table class="diff">
            <caption>{t("staff-diff-caption")}</caption>
            <thead>
                <tr><th scope="col">{t("staff-diff-field")}</th><th scope="col">{t("staff-diff-before")}</th><th scope="col">{t("staff-diff-after")}</th></tr>
            </thead>
            <tbody>
                {changes.into_iter().map(|c| view! {
                    <tr>
                        <th scope="row">{t(&format!("staff-field-{}", c.field))}</th>
                        <td class="diff__before"><del>{c.before}</del></td>
                        <td class="diff__after"><ins>{c.after}</ins></td>
                    </tr>
                }).collect_view()}
            </tbody>
        </table>
    }
}

pub async fn revision(State(state): State<AppState>, user: StaffUser, Path(id): Path<String>) -> StaffResult {
    admin(&user)?;
    revision_page(&state, &user, &id, vec![]).await
}

fn already_reviewed(user: &StaffUser) -> Response {
    page_with_status(
        StatusCode::CONFLICT,
        user.locale,
        title(user.locale, "staff-revision-title"),
        Some(user),
        || {
            view! { <ErrorSummary message_ids=vec!["staff-error-already-reviewed"] /> <p><a href="/staff/admin/revisions">{t("staff-nav-moderation")}</a></p> }
        },
    )
}

pub async fn approve(State(state): State<AppState>, Path(id): Path<String>, form: StaffForm) -> StaffResult {
    let StaffForm { user, .. } = form;
    admin(&user)?;
    let revision = revisions::find_revision(&state.pool, &id)
        .await?
        .ok_or(StaffError::App(AppError::NotFound))?;
    if revision.status != "pending" {
        return Ok(already_reviewed(&user));
    }
    let proposed = parse_record(&revision.proposed)?;
    let service = match validate(std::path::Path::new("listing"), 0, proposed) {
        Ok(service) => service,
        Err(error) => return revision_page(&state, &user, &id, vec![describe(user.locale, &error)]).await,
    };
    let before = load_service_record(&state.pool, &revision.service_id).await?;
    let now = now_text();
    let mut tx = state.pool.begin().await?;
    if !revisions::close_revision(&mut tx, &id, "approved", &user.id, &now, None).await? {
        return Ok(already_reviewed(&user));
    }
    upsert_service(&mut tx, &service, &now).await?;
    // The provider stood behind every field of the listing they sent.
    set_verified(&mut tx, &revision.service_id, &now).await?;
    audit::record(
        &mut tx,
        &AuditEntry {
            before: before.and_then(|b| serde_json::to_string(&b).ok()),
            after: Some(revision.proposed.clone()),
            ..user.audit("revision-approved", "service", Some(&revision.service_id))
        },
        &now,
    )
    .await?;
    tx.commit().await?;
    state.listings_changed().await?;
    Ok(see_other("/staff/admin/revisions?done=approved"))
}

pub async fn reject(State(state): State<AppState>, Path(id): Path<String>, form: StaffForm) -> StaffResult {
    let StaffForm { user, fields } = form;
    admin(&user)?;
    let revision = revisions::find_revision(&state.pool, &id)
        .await?
        .ok_or(StaffError::App(AppError::NotFound))?;
    let reason = fields.get("reason").trim().to_owned();
    if reason.is_empty() || reason.chars().count() > 2000 {
        let message = title(user.locale, "staff-error-reason");
        return revision_page(&state, &user, &id, vec![message]).await;
    }
    let now = now_text();
    let mut tx = state.pool.begin().await?;
    if !revisions::close_revision(&mut tx, &id, "rejected", &user.id, &now, Some(&reason)).await? {
        return Ok(already_reviewed(&user));
    }
    audit::record(
        &mut tx,
        &AuditEntry {
            before: Some(revision.proposed),
            after: Some(reason),
            ..user.audit("revision-rejected", "service", Some(&revision.service_id))
        },
        &now,
    )
    .await?;
    tx.commit().await?;
    Ok(see_other("/staff/admin/revisions?done=rejected"))
}

async fn organizations_page(
    state: &AppState,
    user: &StaffUser,
    done: Option<String>,
    errors: Vec<&'static str>,
    typed: (String, String, String),
) -> StaffResult {
    let organizations = staff_db::list_organizations(&state.pool).await?;
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    let csrf = user.session.csrf_token.clone();
    let (name, slug, website) = typed;
    Ok(page_with_status(
        status,
        user.locale,
        title(user.locale, "staff-organizations-title"),
        Some(user),
        move || {
            view! {
                <h1>{t("staff-organizations-title")}</h1>
                <Notice done />
                <section aria-labelledby="new-organization">
                    <h2 id="new-organization">{t("staff-organization-new")}</h2>
                    <ErrorSummary message_ids=errors />
                    <form method="post" action="/staff/admin/organizations" class="form">
                        <Csrf token=csrf />
                        <label for="name">{t("staff-organization-name")}</label>
                        <input id="name" name="name" type="text" required value=name />
                        <label for="slug">{t("staff-organization-slug")}</label>
                        <p class="hint" id="slug-hint">{t("staff-organization-slug-hint")}</p>
                        <input id="slug" name="slug" type="text" required pattern="[a-z0-9]+(-[a-z0-9]+)*" aria-describedby="slug-hint" value=slug />
                        <label for="website">{t("staff-organization-website")}</label>
                        <input id="website" name="website" type="url" value=website />
                        <button type="submit" class="button">{t("staff-organization-create")}</button>
                    </form>
                </section>
                <table class="staff-table">
                    <caption>{t("staff-organizations-title")}</caption>
                    <thead><tr>
                        <th scope="col">{t("staff-organization-name")}</th>
                        <th scope="col">{t("staff-organization-services")}</th>
                        <th scope="col">{t("staff-organization-members")}</th>
                    </tr></thead>
                    <tbody>
                        {organizations.into_iter().map(|o: OrganizationListing| view! {
                            <tr>
                                <th scope="row">{o.name}{o.website.map(|w| view! { " " <a href=w rel="noreferrer">"↗"</a> })}</th>
                                <td>{o.services}</td>
                                <td>{o.members}</td>
                            </tr>
                        }).collect_view()}
                    </tbody>
                </table>
            }
        },
    ))
}

pub async fn organizations(
    State(state): State<AppState>,
    user: StaffUser,
    Query(query): Query<DoneQuery>,
) -> StaffResult {
    admin(&user)?;
    organizations_page(&state, &user, query.done, vec![], Default::default()).await
}

pub async fn create_organization(State(state): State<AppState>, form: StaffForm) -> StaffResult {
    let StaffForm { user, fields } = form;
    admin(&user)?;
    let typed = (
        fields.get("name").trim().to_owned(),
        fields.get("slug").trim().to_owned(),
        fields.get("website").trim().to_owned(),
    );
    let mut errors = vec![];
    if typed.0.is_empty() || typed.0.chars().count() > 200 {
        errors.push("staff-error-organization-name");
    }
    let slug = Slug::parse(&typed.1);
    if slug.is_err() {
        errors.push("staff-error-organization-slug");
    }
    let website_ok = typed.2.is_empty()
        || ((typed.2.starts_with("https://") || typed.2.starts_with("http://"))
            && !typed.2.contains(char::is_whitespace));
    if !website_ok {
        errors.push("staff-error-organization-website");
    }
    let (Ok(slug), true) = (slug, errors.is_empty()) else {
        return organizations_page(&state, &user, None, errors, typed).await;
    };
    if staff_db::find_organization_by_slug(&state.pool, slug.as_str())
        .await?
        .is_some()
    {
        return organizations_page(&state, &user, None, vec!["staff-error-organization-exists"], typed).await;
    }
    let id = organization_id(&slug);
    let website = (!typed.2.is_empty()).then_some(typed.2.as_str());
    let now = now_text();
    let mut tx = state.pool.begin().await?;
    staff_db::create_organization(&mut tx, &id, slug.as_str(), &typed.0, website).await?;
    audit::record(
        &mut tx,
        &AuditEntry {
            after: Some(serde_json::json!({"slug": slug.as_str(), "name": typed.0, "website": website}).to_string()),
            ..user.audit("organization-created", "organization", Some(&id))
        },
        &now,
    )
    .await?;
    tx.commit().await?;
    Ok(see_other("/staff/admin/organizations?done=organization-created"))
}

async fn users_page(
    state: &AppState,
    user: &StaffUser,
    done: Option<String>,
    errors: Vec<&'static str>,
    typed_email: String,
) -> StaffResult {
    let mut users = Vec::new();
    for listed in staff_db::list_users(&state.pool).await? {
        let memberships = staff_db::organizations_of(&state.pool, &listed.id).await?;
        users.push((listed, memberships));
    }
    let organizations = staff_db::list_organizations(&state.pool).await?;
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    let csrf = user.session.csrf_token.clone();
    let own_id = user.id.clone();
    let locale = user.locale;
    let choices: Vec<(String, String)> = organizations.into_iter().map(|o| (o.id, o.name)).collect();
    Ok(page_with_status(
        status,
        locale,
        title(locale, "staff-users-title"),
        Some(user),
        move || {
            view! {
                <h1>{t("staff-users-title")}</h1>
                <Notice done />
                <section aria-labelledby="invite">
                    <h2 id="invite">{t("staff-invite-title")}</h2>
                    <p>{t("staff-invite-intro")}</p>
                    <ErrorSummary message_ids=errors />
                    <form method="post" action="/staff/admin/users" class="form">
                        <Csrf token=csrf.clone() />
                        <label for="email">{t("staff-email")}</label>
                        <input id="email" name="email" type="email" required value=typed_email />
                        <label for="role">{t("staff-role")}</label>
                        <select id="role" name="role">
                            {Role::ALL.iter().map(|r| view! { <option value=r.as_str()>{t(&format!("staff-role-name-{r}"))}</option> }).collect_view()}
                        </select>
                        <label for="organizations">{t("staff-invite-organizations")}</label>
                        <select id="organizations" name="organizations" multiple size="6">
                            {choices.iter().map(|(id, name)| view! { <option value=id.clone()>{name.clone()}</option> }).collect_view()}
                        </select>
                        <button type="submit" class="button">{t("staff-invite-send")}</button>
                    </form>
                </section>
                <table class="staff-table">
                    <caption>{t("staff-users-title")}</caption>
                    <thead><tr>
                        <th scope="col">{t("staff-email")}</th>
                        <th scope="col">{t("staff-role")}</th>
                        <th scope="col">{t("staff-user-organizations")}</th>
                        <th scope="col">{t("staff-user-state")}</th>
                        <th scope="col">{t("staff-user-actions")}</th>
                    </tr></thead>
                    <tbody>
                        {users.into_iter().map(|(u, memberships)| {
                            let state_id = if u.disabled_at.is_some() {
                                "staff-user-disabled"
                            } else if !u.set_up {
                                "staff-user-invited"
                            } else if u.locked_until.as_deref().and_then(crate::ssr::auth::parse_timestamp).is_some_and(|l| l > jiff::Timestamp::now()) {
                                "staff-user-locked"
                            } else {
                                "staff-user-active"
                            };
                            let toggle = if u.disabled_at.is_some() { "enable" } else { "disable" };
                            let is_self = u.id == own_id;
                            view! {
                                <tr>
                                    <th scope="row">{u.email.clone()}</th>
                                    <td>{t(&format!("staff-role-name-{}", u.role))}</td>
                                    <td>
                                        <ul class="plain">
                                            {memberships.into_iter().map(|o| view! {
                                                <li>
                                                    <form method="post" action=format!("/staff/admin/users/{}/memberships", u.id) class="form--inline">
                                                        <Csrf token=csrf.clone() />
                                                        {o.name.clone()}" "
                                                        <input type="hidden" name="remove" value=o.id />
                                                        <button type="submit" class="button button--secondary" aria-label=t_args("staff-membership-remove-label", &[("organization", o.name.into())])>{t("staff-membership-remove")}</button>
                                                    </form>
                                                </li>
                                            }).collect_view()}
                                        </ul>
                                    </td>
                                    <td>{t(state_id)}</td>
                                    <td>
                                        {(!is_self).then(|| view! {
                                            <form method="post" action=format!("/staff/admin/users/{}/{toggle}", u.id)>
                                                <Csrf token=csrf.clone() />
                                                <button type="submit" class="button button--secondary">{t(&format!("staff-user-{toggle}"))}</button>
                                            </form>
                                        })}
                                        <form method="post" action=format!("/staff/admin/users/{}/memberships", u.id) class="form form--inline">
                                            <Csrf token=csrf.clone() />
                                            <label for=format!("add-{}", u.id)>{t("staff-membership-add")}</label>
                                            <select id=format!("add-{}", u.id) name="add">
                                                {choices.iter().map(|(id, name)| view! { <option value=id.clone()>{name.clone()}</option> }).collect_view()}
                                            </select>
                                            <button type="submit" class="button button--secondary">{t("staff-membership-add-button")}</button>
                                        </form>
                                    </td>
                                </tr>
                            }
                        }).collect_view()}
                    </tbody>
                </table>
            }
        },
    ))
}

pub async fn users(State(state): State<AppState>, user: StaffUser, Query(query): Query<DoneQuery>) -> StaffResult {
    admin(&user)?;
    users_page(&state, &user, query.done, vec![], String::new()).await
}

/// Creates an account and emails its one-time set-up link; returns the link.
pub async fn create_account(
    pool: &crate::ssr::db::Pool,
    settings: &crate::ssr::auth::StaffSettings,
    actor: (Option<&str>, Option<&str>),
    email: &EmailAddress,
    role: Role,
    organization_ids: &[String],
) -> Result<String, sqlx::Error> {
    let id = uuid::Uuid::new_v4().to_string();
    let now = now_text();
    let mut tx = pool.begin().await?;
    staff_db::create_user(&mut tx, &id, email, role, &now).await?;
    for organization in organization_ids {
        staff_db::add_membership(&mut tx, &id, organization).await?;
    }
    let link = issue_link(&mut tx, settings, &id, "setup", settings.setup_link_lifetime).await?;
    audit::record(
        &mut tx,
        &AuditEntry {
            actor_id: actor.0,
            actor_email: actor.1,
            action: "user-invited",
            target_type: "staff_user",
            target_id: Some(&id),
            after: Some(
                serde_json::json!({"email": email.as_str(), "role": role.as_str(), "organizations": organization_ids})
                    .to_string(),
            ),
            ..AuditEntry::default()
        },
        &now,
    )
    .await?;
    tx.commit().await?;
    Ok(link)
}

pub async fn invite(State(state): State<AppState>, form: StaffForm) -> StaffResult {
    let StaffForm { user, fields } = form;
    admin(&user)?;
    let typed = fields.get("email").to_owned();
    let Ok(email) = EmailAddress::parse(&typed) else {
        return users_page(&state, &user, None, vec!["staff-error-email"], typed).await;
    };
    let Ok(role) = Role::parse(fields.get("role")) else {
        return users_page(&state, &user, None, vec!["staff-error-bad-form"], typed).await;
    };
    let mut organizations = Vec::new();
    for id in fields.all("organizations") {
        match staff_db::find_organization(&state.pool, id).await? {
            Some(organization) => organizations.push(organization.id),
            None => return users_page(&state, &user, None, vec!["staff-error-bad-form"], typed).await,
        }
    }
    if role != Role::Admin && organizations.is_empty() {
        return users_page(&state, &user, None, vec!["staff-error-organization-needed"], typed).await;
    }
    if staff_db::find_user_by_email(&state.pool, &email).await?.is_some() {
        return users_page(&state, &user, None, vec!["staff-error-user-exists"], typed).await;
    }
    let link = create_account(&state.pool, &state.staff, user.actor(), &email, role, &organizations).await?;
    let subject = title(Locale::En, "staff-mail-invite-subject");
    let body = crate::i18n::t_in(Locale::En, "staff-mail-invite-body", &[("link", link.into())]);
    state.mailer.send(email.as_str(), &subject, body).await?;
    Ok(see_other("/staff/admin/users?done=invited"))
}

async fn set_disabled(state: &AppState, user: &StaffUser, target: &str, disable: bool) -> StaffResult {
    admin(user)?;
    if target == user.id {
        return Err(StaffError::Forbidden);
    }
    let now = now_text();
    let mut tx = state.pool.begin().await?;
    let at = disable.then_some(now.as_str());
    if !staff_db::set_disabled(&mut tx, target, at).await? {
        return Err(StaffError::App(AppError::NotFound));
    }
    if disable {
        staff_db::delete_sessions_of(&mut tx, target).await?;
    }
    audit::record(
        &mut tx,
        &AuditEntry {
            ..user.audit(
                if disable { "user-disabled" } else { "user-enabled" },
                "staff_user",
                Some(target),
            )
        },
        &now,
    )
    .await?;
    tx.commit().await?;
    Ok(see_other(if disable {
        "/staff/admin/users?done=user-disabled"
    } else {
        "/staff/admin/users?done=user-enabled"
    }))
}

pub async fn disable(State(state): State<AppState>, Path(id): Path<String>, form: StaffForm) -> StaffResult {
    set_disabled(&state, &form.user, &id, true).await
}

pub async fn enable(State(state): State<AppState>, Path(id): Path<String>, form: StaffForm) -> StaffResult {
    set_disabled(&state, &form.user, &id, false).await
}

pub async fn memberships(State(state): State<AppState>, Path(id): Path<String>, form: StaffForm) -> StaffResult {
    let StaffForm { user, fields } = form;
    admin(&user)?;
    let target = staff_db::find_user(&state.pool, &id)
        .await?
        .ok_or(StaffError::App(AppError::NotFound))?;
    let (adding, organization) = match (fields.get("add"), fields.get("remove")) {
        (add, "") if !add.is_empty() => (true, add),
        ("", remove) if !remove.is_empty() => (false, remove),
        _ => {
            return Err(StaffError::App(AppError::BadRequest {
                message_id: "staff-error-bad-form",
            }));
        }
    };
    let organization = staff_db::find_organization(&state.pool, organization)
        .await?
        .ok_or(StaffError::App(AppError::NotFound))?;
    let now = now_text();
    let mut tx = state.pool.begin().await?;
    if adding {
        staff_db::add_membership(&mut tx, &target.id, &organization.id).await?;
    } else {
        staff_db::remove_membership(&mut tx, &target.id, &organization.id).await?;
    }
    audit::record(
        &mut tx,
        &AuditEntry {
            after: Some(organization.slug),
            ..user.audit(
                if adding {
                    "membership-added"
                } else {
                    "membership-removed"
                },
                "staff_user",
                Some(&target.id),
            )
        },
        &now,
    )
    .await?;
    tx.commit().await?;
    Ok(see_other("/staff/admin/users?done=memberships-changed"))
}

pub async fn stale(State(state): State<AppState>, user: StaffUser) -> StaffResult {
    admin(&user)?;
    let services = revisions::stale_services(&state.pool, &super::account::stale_cutoff()).await?;
    let locale = user.locale;
    let count = services.len();
    Ok(page(
        locale,
        title(locale, "staff-stale-title"),
        Some(&user),
        move || {
            view! {
                <h1>{t("staff-stale-title")}</h1>
                <p>{t_args("staff-stale-count", &[("count", count.into())])}</p>
                <table class="staff-table">
                    <caption>{t("staff-stale-title")}</caption>
                    <thead><tr>
                        <th scope="col">{t("staff-field-name")}</th>
                        <th scope="col">{t("staff-organization-name")}</th>
                        <th scope="col">{t("staff-last-confirmed")}</th>
                    </tr></thead>
                    <tbody>
                        {services.into_iter().map(|s| view! {
                            <tr>
                                <th scope="row"><a href=format!("/staff/services/{}/edit", s.id)>{s.name}</a></th>
                                <td>{s.organization}</td>
                                <td>{s.verified_at.map_or_else(|| t("staff-never-confirmed"), |at| shown_date(locale, &at))}</td>
                            </tr>
                        }).collect_view()}
                    </tbody>
                </table>
            }
        },
    ))
}

#[derive(Debug, Default, serde::Deserialize)]
pub struct AuditQuery {
    #[serde(default)]
    actor: String,
    #[serde(default)]
    action: String,
    #[serde(default)]
    target: String,
    #[serde(default)]
    from: String,
    #[serde(default)]
    to: String,
    #[serde(default)]
    page: Option<String>,
}

const AUDIT_PAGE_SIZE: i64 = 50;

pub async fn audit(State(state): State<AppState>, user: StaffUser, Query(query): Query<AuditQuery>) -> StaffResult {
    admin(&user)?;
    let date = |value: &str| value.is_empty() || value.parse::<jiff::civil::Date>().is_ok();
    let page_number = match query.page.as_deref() {
        None | Some("") => 1,
        Some(p) => p
            .parse::<i64>()
            .ok()
            .filter(|p| (1..=10_000).contains(p))
            .ok_or(StaffError::App(AppError::BadRequest {
                message_id: "staff-error-bad-form",
            }))?,
    };
    if !date(&query.from) || !date(&query.to) {
        return Err(StaffError::App(AppError::BadRequest {
            message_id: "staff-error-date",
        }));
    }
    let filter = AuditFilter {
        actor: query.actor.trim().to_lowercase(),
        action: query.action.clone(),
        target: query.target.trim().to_owned(),
        from: if query.from.is_empty() {
            String::new()
        } else {
            format!("{}T00:00:00Z", query.from)
        },
        to: if query.to.is_empty() {
            String::new()
        } else {
            format!("{}T23:59:59Z", query.to)
        },
    };
    let rows = audit::search(
        &state.pool,
        &filter,
        AUDIT_PAGE_SIZE + 1,
        (page_number - 1) * AUDIT_PAGE_SIZE,
    )
    .await?;
    let has_more = rows.len() > usize::try_from(AUDIT_PAGE_SIZE).unwrap_or(usize::MAX);
    let rows: Vec<_> = rows
        .into_iter()
        .take(usize::try_from(AUDIT_PAGE_SIZE).unwrap_or(usize::MAX))
        .collect();
    let actions = audit::actions(&state.pool).await?;
    let locale = user.locale;
    let next = has_more.then(|| {
        let encode = |v: &str| {
            v.replace('%', "%25")
                .replace('&', "%26")
                .replace('+', "%2B")
                .replace(' ', "+")
                .replace('#', "%23")
        };
        format!(
            "/staff/admin/audit?actor={}&action={}&target={}&from={}&to={}&page={}",
            encode(&query.actor),
            encode(&query.action),
            encode(&query.target),
            encode(&query.from),
            encode(&query.to),
            page_number + 1
        )
    });
    Ok(page(
        locale,
        title(locale, "staff-audit-title"),
        Some(&user),
        move || {
            view! {
                <h1>{t("staff-audit-title")}</h1>
                <form method="get" action="/staff/admin/audit" class="form form--filters">
                    <label for="actor">{t("staff-audit-actor")}</label>
                    <input id="actor" name="actor" type="text" value=query.actor />
                    <label for="action">{t("staff-audit-action")}</label>
                    <select id="action" name="action">
                        <option value="">{t("staff-audit-any")}</option>
                        {actions.into_iter().map(|a| view! { <option value=a.clone() selected={a == query.action}>{a.clone()}</option> }).collect_view()}
                    </select>
                    <label for="target">{t("staff-audit-target")}</label>
                    <input id="target" name="target" type="text" value=query.target />
                    <label for="from">{t("staff-audit-from")}</label>
                    <input id="from" name="from" type="date" value=query.from />
                    <label for="to">{t("staff-audit-to")}</label>
                    <input id="to" name="to" type="date" value=query.to />
                    <button type="submit" class="button">{t("staff-audit-filter")}</button>
                </form>
                <table class="staff-table audit">
                    <caption>{t("staff-audit-title")}</caption>
                    <thead><tr>
                        <th scope="col">{t("staff-audit-when")}</th>
                        <th scope="col">{t("staff-audit-actor")}</th>
                        <th scope="col">{t("staff-audit-action")}</th>
                        <th scope="col">{t("staff-audit-target")}</th>
                        <th scope="col">{t("staff-audit-change")}</th>
                    </tr></thead>
                    <tbody>
                        {rows.into_iter().map(|row| view! {
                            <tr>
                                <td>{row.at}</td>
                                <td>{row.actor_email.unwrap_or_default()}</td>
                                <td>{row.action}</td>
                                <td>{format!("{} {}", row.target_type, row.target_id.unwrap_or_default())}</td>
                                <td>
                                    {(row.before.is_some() || row.after.is_some()).then(|| view! {
                                        <details>
                                            <summary>{t("staff-audit-show")}</summary>
                                            <p>{t("staff-diff-before")}</p><pre>{row.before.unwrap_or_default()}</pre>
                                            <p>{t("staff-diff-after")}</p><pre>{row.after.unwrap_or_default()}</pre>
                                        </details>
                                    })}
                                </td>
                            </tr>
                        }).collect_view()}
                    </tbody>
                </table>
                {next.map(|href| view! { <p><a href=href>{t("staff-audit-older")}</a></p> })}
            }
        },
    ))
}
