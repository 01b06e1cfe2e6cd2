//! What the pages of contact requests and referrals share: the timeline (who did what, when),
//! assignment to a colleague, and internal notes, which are sealed like the items themselves and
//! read only by the receiving organisation.

use super::{Csrf, ErrorSummary, StaffError, StaffResult, StaffUser, page_with_status, see_other};
use crate::error::AppError;
use crate::i18n::{Locale, format_date, format_time, t, t_args};
use crate::ssr::auth::now_text;
use crate::ssr::db::audit::{self, AuditEntry};
use crate::ssr::db::cases::{self, Case, Change, Colleague, NewNote, TimelineEvent};
use crate::ssr::db::{contact, referral};
use crate::ssr::notify::{self, Audience, Message};
use crate::ssr::state::AppState;
use axum::http::StatusCode;
use leptos::prelude::*;

/// The longest internal note, in characters.
pub const NOTE_MAX_CHARS: usize = 2000;

/// A stored time as the reader's date and London time of day.
pub fn shown_moment(locale: Locale, stored: &str) -> String {
    let Ok(instant) = stored.parse::<jiff::Timestamp>() else {
        return stored.to_owned();
    };
    let zoned = crate::domain::hours::in_london(instant);
    let date = format_date(
        locale,
        i32::from(zoned.year()),
        u8::try_from(zoned.month()).unwrap_or(1),
        u8::try_from(zoned.day()).unwrap_or(1),
    );
    let time = u8::try_from(zoned.hour())
        .ok()
        .zip(u8::try_from(zoned.minute()).ok())
        .and_then(|(h, m)| crate::domain::hours::TimeOfDay::from_hm(h, m))
        .map(|time| format_time(locale, time));
    match (date, time) {
        (Some(date), Some(time)) => format!("{date} {time}"),
        _ => stored.to_owned(),
    }
}

/// An item of the inbox as the shared handlers need it.
pub struct Item<'a> {
    pub case: Case<'a>,
    pub organization_id: &'a str,
    pub assigned_to: Option<&'a str>,
    pub assignee_email: Option<&'a str>,
    /// The item's page.
    pub path: String,
}

impl Item<'_> {
    fn audit_target(&self) -> &'static str {
        match self.case {
            Case::ContactRequest(_) => "contact_request",
            Case::Referral(_) => "referral",
        }
    }
}

/// Assigns the item to the colleague chosen in the form (`assignee`: an id, or empty for
/// nobody), records it in the timeline and the audit log, and tells the colleague.
pub async fn assign(state: &AppState, user: &StaffUser, item: &Item<'_>, assignee: &str) -> StaffResult {
    let colleagues = cases::providers_of(&state.pool, item.organization_id).await?;
    let chosen: Option<&Colleague> = if assignee.is_empty() {
        None
    } else {
        Some(
            colleagues
                .iter()
                .find(|c| c.id == assignee)
                .ok_or(AppError::BadRequest {
                    message_id: "staff-error-bad-form",
                })?,
        )
    };
    let assignee_id = chosen.map(|c| c.id.as_str());
    if assignee_id == item.assigned_to {
        return Ok(see_other(&item.path));
    }
    let now = now_text();
    let mut tx = state.pool.begin().await?;
    match item.case {
        Case::ContactRequest(id) => contact::assign(&mut tx, id, assignee_id, &now).await?,
        Case::Referral(id) => referral::assign(&mut tx, id, assignee_id).await?,
    }
    cases::record(
        &mut tx,
        item.case,
        Some(&user.id),
        Change::Assigned { assignee_id },
        &now,
    )
    .await?;
    let entry = AuditEntry {
        before: item.assignee_email.map(str::to_owned),
        after: chosen.map(|c| c.email.clone()),
        ..user.audit("case-assigned", item.audit_target(), Some(item.case.id()))
    };
    audit::record(&mut tx, &entry, &now).await?;
    tx.commit().await?;
    if let Some(colleague) = chosen.filter(|c| c.id != user.id) {
        notify::send_later(
            state,
            Audience::Person {
                email: colleague.email.clone(),
                locale: colleague.locale.clone(),
            },
            Message {
                subject_id: "staff-mail-assigned-subject",
                body_id: "staff-mail-assigned-body",
            },
            item.path.clone(),
        );
    }
    Ok(see_other(&format!("{}?done=assigned", item.path)))
}

/// Seals and keeps an internal note. An empty or overlong note gets a page saying so, with the
/// text kept in the form.
pub async fn add_note(state: &AppState, user: &StaffUser, item: &Item<'_>, text: &str) -> StaffResult {
    let trimmed = text.trim();
    let problem = if trimmed.is_empty() {
        Some("staff-error-note-empty")
    } else if trimmed.chars().count() > NOTE_MAX_CHARS {
        Some("staff-error-note-long")
    } else {
        None
    };
    if let Some(message_id) = problem {
        let action = format!("{}/notes", item.path);
        let back = item.path.clone();
        let csrf = user.session.csrf_token.clone();
        let kept = text.to_owned();
        return Ok(page_with_status(
            StatusCode::UNPROCESSABLE_ENTITY,
            user.locale,
            crate::i18n::t_in(user.locale, "staff-notes-title", &[]),
            Some(user),
            move || {
                view! {
                    <h1>{t("staff-notes-title")}</h1>
                    <ErrorSummary message_ids=vec![message_id] />
                    <NoteForm action csrf text=kept />
                    <p><a href=back>{t("staff-back")}</a></p>
                }
            },
        ));
    }
    let id = uuid::Uuid::new_v4().to_string();
    let sealed = state.keys.seal(&id, trimmed.as_bytes());
    let now = now_text();
    let mut tx = state.pool.begin().await?;
    cases::add_note(
        &mut tx,
        item.case,
        &NewNote {
            id: &id,
            author_id: &user.id,
            sealed: &sealed,
            now: &now,
        },
    )
    .await?;
    audit::record(
        &mut tx,
        &user.audit("case-note-added", item.audit_target(), Some(item.case.id())),
        &now,
    )
    .await?;
    tx.commit().await?;
    Ok(see_other(&format!("{}?done=note-added", item.path)))
}

/// Opens an item's sealed details (bound to its row id) and reads them back.
pub fn unseal<T: serde::de::DeserializeOwned>(state: &AppState, row_id: &str, sealed: &[u8]) -> Result<T, StaffError> {
    let plain = state.keys.open(row_id, sealed).map_err(AppError::internal)?;
    Ok(serde_json::from_slice(&plain).map_err(AppError::internal)?)
}

/// A note unsealed for its page.
#[derive(Clone)]
pub struct Note {
    pub author_email: Option<String>,
    pub text: String,
    pub created_at: String,
}

/// The item's notes, unsealed.
pub async fn read_notes(state: &AppState, case: Case<'_>) -> Result<Vec<Note>, StaffError> {
    let mut notes = Vec::new();
    for note in cases::notes(&state.pool, case).await? {
        let plain = state.keys.open(&note.id, &note.sealed).map_err(AppError::internal)?;
        notes.push(Note {
            author_email: note.author_email,
            text: String::from_utf8(plain).map_err(AppError::internal)?,
            created_at: note.created_at,
        });
    }
    Ok(notes)
}

/// Everything the receiving organisation's page of an item shows below its details.
pub struct Desk {
    pub colleagues: Vec<Colleague>,
    pub notes: Vec<Note>,
}

impl Desk {
    pub async fn load(state: &AppState, case: Case<'_>, organization_id: &str) -> Result<Self, StaffError> {
        Ok(Desk {
            colleagues: cases::providers_of(&state.pool, organization_id).await?,
            notes: read_notes(state, case).await?,
        })
    }
}

/// The timeline: each status change and assignment with who and when. `status_label` names a
/// status (the two kinds of item word theirs differently).
#[component]
pub fn Timeline(locale: Locale, events: Vec<TimelineEvent>, status_label: fn(&str) -> String) -> impl IntoView {
    (!events.is_empty()).then(|| {
        view! {
            <h2>{t("staff-contact-timeline")}</h2>
            <ol class="timeline">
                {events.into_iter().map(|event| {
                    let date = shown_moment(locale, &event.at);
                    let email = event.actor_email.unwrap_or_else(|| t("staff-timeline-someone"));
                    let line = if event.kind == "assigned" {
                        match event.assignee_email {
                            Some(assignee) => t_args("staff-timeline-assigned", &[
                                ("date", date.into()), ("email", email.into()), ("assignee", assignee.into()),
                            ]),
                            None => t_args("staff-timeline-unassigned", &[("date", date.into()), ("email", email.into())]),
                        }
                    } else {
                        let mut status = status_label(&event.status.unwrap_or_default());
                        if let Some(reason) = event.reason {
                            status = format!("{status}: {}", t(&format!("referral-reason-{reason}")));
                        }
                        t_args("staff-contact-timeline-entry", &[
                            ("date", date.into()), ("email", email.into()), ("status", status.into()),
                        ])
                    };
                    view! { <li>{line}</li> }
                }).collect_view()}
            </ol>
        }
    })
}

/// Who holds the item, and the form to give it to a colleague.
#[component]
pub fn AssignForm(
    action: String,
    csrf: String,
    colleagues: Vec<Colleague>,
    assigned_to: Option<String>,
) -> impl IntoView {
    view! {
        <form method="post" action=action class="form">
            <Csrf token=csrf />
            <label for="assignee">{t("staff-assign-label")}</label>
            <select id="assignee" name="assignee">
                <option value="" selected=assigned_to.is_none()>{t("staff-assign-nobody")}</option>
                {colleagues.into_iter().map(|c| {
                    let selected = assigned_to.as_deref() == Some(c.id.as_str());
                    view! { <option value=c.id selected=selected>{c.email}</option> }
                }).collect_view()}
            </select>
            <button type="submit" class="button">{t("staff-assign")}</button>
        </form>
    }
}

#[component]
pub fn NoteForm(action: String, csrf: String, text: String) -> impl IntoView {
    view! {
        <form method="post" action=action class="form">
            <Csrf token=csrf />
            <label for="note">{t("staff-note-label")}</label>
            <p class="hint" id="note-hint">{t("staff-note-hint")}</p>
            <textarea id="note" name="note" rows="4" maxlength=NOTE_MAX_CHARS.to_string() aria-describedby="note-hint">{text}</textarea>
            <button type="submit" class="button">{t("staff-note-add")}</button>
        </form>
    }
}

/// The receiving organisation's tools: assignment and notes.
#[component]
pub fn DeskView(locale: Locale, path: String, csrf: String, desk: Desk, assigned_to: Option<String>) -> impl IntoView {
    let Desk { colleagues, notes } = desk;
    view! {
        <h2>{t("staff-assign-heading")}</h2>
        <AssignForm action=format!("{path}/assign") csrf=csrf.clone() colleagues assigned_to />
        <h2>{t("staff-notes-title")}</h2>
        <p class="hint">{t("staff-notes-private")}</p>
        {notes.is_empty().then(|| view! { <p>{t("staff-notes-none")}</p> })}
        <ul class="notes">
            {notes.into_iter().map(|note| view! {
                <li class="note">
                    <p class="note__meta">{t_args("staff-note-meta", &[
                        ("date", shown_moment(locale, &note.created_at).into()),
                        ("email", note.author_email.unwrap_or_else(|| t("staff-timeline-someone")).into()),
                    ])}</p>
                    <p class="note__text">{note.text}</p>
                </li>
            }).collect_view()}
        </ul>
        <NoteForm action=format!("{path}/notes") csrf text=String::new() />
    }
}
