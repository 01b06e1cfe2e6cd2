//! What contact requests and referrals share in a provider's inbox: a timeline of status changes
//! and assignments (who, when), internal notes (sealed), the colleagues an item can go to, and
//! the retention and key rotation that cover every sealed row.

use super::backend::dual;
use crate::ssr::sealed::KeyRing;

/// One inbox item: a contact request or a referral, by id.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Case<'a> {
    ContactRequest(&'a str),
    Referral(&'a str),
}

impl<'a> Case<'a> {
    fn columns(self) -> (Option<&'a str>, Option<&'a str>) {
        match self {
            Case::ContactRequest(id) => (Some(id), None),
            Case::Referral(id) => (None, Some(id)),
        }
    }

    pub fn id(self) -> &'a str {
        match self {
            Case::ContactRequest(id) | Case::Referral(id) => id,
        }
    }
}

/// A change to record in an item's timeline.
#[derive(Debug, Clone, Copy)]
pub enum Change<'a> {
    Status { status: &'a str, reason: Option<&'a str> },
    Assigned { assignee_id: Option<&'a str> },
}

/// One line of an item's timeline.
#[derive(Debug, Clone)]
pub struct TimelineEvent {
    pub at: String,
    pub actor_email: Option<String>,
    pub kind: String,
    pub status: Option<String>,
    pub reason: Option<String>,
    pub assignee_email: Option<String>,
}

pub struct NewNote<'a> {
    pub id: &'a str,
    pub author_id: &'a str,
    pub sealed: &'a [u8],
    pub now: &'a str,
}

/// A note as stored: its text sealed, bound to the note's id.
#[derive(Debug, Clone)]
pub struct SealedNote {
    pub id: String,
    pub author_email: Option<String>,
    pub sealed: Vec<u8>,
    pub created_at: String,
}

/// A provider of an organisation: who an item can be assigned to and who hears of new items.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Colleague {
    pub id: String,
    pub email: String,
    pub locale: String,
}

/// How many sealed rows of each kind were sealed again.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Resealed {
    pub contact_requests: usize,
    pub referrals: usize,
    pub notes: usize,
}

/// How many items the retention period removed, with their notes and timelines.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Purged {
    pub contact_requests: u64,
    pub referrals: u64,
}

/// Deletes the items that ended before `cutoff`, with their notes and timelines: the retention
/// job. None when another instance is running it at this moment (it does the same work).
pub async fn purge_closed_before(pool: &super::Pool, cutoff: &str) -> Result<Option<Purged>, sqlx::Error> {
    let Some(mut tx) = pool.begin_job(super::Job::Retention).await? else {
        return Ok(None);
    };
    let purged = delete_closed_before(&mut tx, cutoff).await?;
    tx.commit().await?;
    Ok(Some(purged))
}

dual! {
    pub async fn record(
        conn: &mut Tx,
        case: Case<'_>,
        actor_id: Option<&str>,
        change: Change<'_>,
        now: &str,
    ) -> Result<(), sqlx::Error> {
        let (contact_request_id, referral_id) = case.columns();
        let (kind, status, reason, assignee_id) = match change {
            Change::Status { status, reason } => ("status", Some(status), reason, None),
            Change::Assigned { assignee_id } => ("assigned", None, None, assignee_id),
        };
        let id = uuid::Uuid::new_v4().to_string();
        let case_id = case.id();
        query!(
            "INSERT INTO case_event (id, contact_request_id, referral_id, at, position, actor_id, kind, status, reason, assignee_id)
             VALUES ($1, $2, $3, $4,
                     (SELECT COALESCE(MAX(position), 0) + 1 FROM case_event WHERE contact_request_id = $5 OR referral_id = $5),
                     $6, $7, $8, $9, $10)",
            id,
            contact_request_id,
            referral_id,
            now,
            case_id,
            actor_id,
            kind,
            status,
            reason,
            assignee_id
        )
        .execute(conn)
        .await?;
        Ok(())
    }

    /// An item's timeline, oldest first.
    pub async fn timeline(executor: impl Executor<'_, Database = Db>, case: Case<'_>) -> Result<Vec<TimelineEvent>, sqlx::Error> {
        let case_id = case.id();
        query_as!(
            TimelineEvent,
            r#"SELECT e.at, a.email AS "actor_email?", e.kind, e.status, e.reason, b.email AS "assignee_email?"
               FROM case_event e
               LEFT JOIN staff_user a ON a.id = e.actor_id
               LEFT JOIN staff_user b ON b.id = e.assignee_id
               WHERE e.contact_request_id = $1 OR e.referral_id = $1
               ORDER BY e.position, e.at"#,
            case_id
        )
        .fetch_all(executor)
        .await
    }

    pub async fn add_note(conn: &mut Tx, case: Case<'_>, note: &NewNote<'_>) -> Result<(), sqlx::Error> {
        let (contact_request_id, referral_id) = case.columns();
        query!(
            "INSERT INTO case_note (id, contact_request_id, referral_id, author_id, sealed, created_at)
             VALUES ($1, $2, $3, $4, $5, $6)",
            note.id,
            contact_request_id,
            referral_id,
            note.author_id,
            note.sealed,
            note.now
        )
        .execute(conn)
        .await?;
        Ok(())
    }

    /// An item's internal notes, oldest first.
    pub async fn notes(executor: impl Executor<'_, Database = Db>, case: Case<'_>) -> Result<Vec<SealedNote>, sqlx::Error> {
        let case_id = case.id();
        query_as!(
            SealedNote,
            r#"SELECT n.id, u.email AS "author_email?", n.sealed, n.created_at
               FROM case_note n LEFT JOIN staff_user u ON u.id = n.author_id
               WHERE n.contact_request_id = $1 OR n.referral_id = $1
               ORDER BY n.created_at, n.id"#,
            case_id
        )
        .fetch_all(executor)
        .await
    }

    /// The organisation's providers who can act (set up, not disabled), by address.
    pub async fn providers_of(
        executor: impl Executor<'_, Database = Db>,
        organization_id: &str,
    ) -> Result<Vec<Colleague>, sqlx::Error> {
        query_as!(
            Colleague,
            "SELECT u.id, u.email, u.locale FROM membership m JOIN staff_user u ON u.id = m.user_id
             WHERE m.organization_id = $1 AND u.role = 'provider' AND u.disabled_at IS NULL
               AND u.password_hash IS NOT NULL AND u.totp_secret IS NOT NULL
             ORDER BY u.email",
            organization_id
        )
        .fetch_all(executor)
        .await
    }

    /// Seals every personal row again with the current key. One transaction: a key missing from the
    /// ring stops it before anything changes.
    pub async fn reseal_all(pool: &Pool, keys: &KeyRing) -> anyhow::Result<Resealed> {
        #[derive(Clone, Copy)]
        enum Table {
            ContactRequest,
            Referral,
            Note,
        }
        let mut tx = pool.begin().await?;
        let mut rows = Vec::new();
        let contact_requests = query!("SELECT id, sealed FROM contact_request")
            .fetch_all(&mut *tx)
            .await?;
        rows.extend(
            contact_requests
                .into_iter()
                .map(|r| (Table::ContactRequest, r.id, r.sealed)),
        );
        let referrals = query!("SELECT id, sealed FROM referral")
            .fetch_all(&mut *tx)
            .await?;
        rows.extend(referrals.into_iter().map(|r| (Table::Referral, r.id, r.sealed)));
        let notes = query!("SELECT id, sealed FROM case_note")
            .fetch_all(&mut *tx)
            .await?;
        rows.extend(notes.into_iter().map(|r| (Table::Note, r.id, r.sealed)));
        let mut resealed = Resealed::default();
        for (table, id, old) in rows.into_iter().filter(|(_, _, sealed)| !keys.is_current(sealed)) {
            let sealed = keys.seal(&id, &keys.open(&id, &old)?);
            let (update, count) = match table {
                Table::ContactRequest => (
                    query!("UPDATE contact_request SET sealed = $2 WHERE id = $1", id, sealed),
                    &mut resealed.contact_requests,
                ),
                Table::Referral => (
                    query!("UPDATE referral SET sealed = $2 WHERE id = $1", id, sealed),
                    &mut resealed.referrals,
                ),
                Table::Note => (
                    query!("UPDATE case_note SET sealed = $2 WHERE id = $1", id, sealed),
                    &mut resealed.notes,
                ),
            };
            update.execute(&mut *tx).await?;
            *count += 1;
        }
        tx.commit().await?;
        Ok(resealed)
    }

    /// Deletes the items that ended before `cutoff`; their notes and timelines go with them.
    pub async fn delete_closed_before(tx: &mut Tx, cutoff: &str) -> Result<Purged, sqlx::Error> {
        let contact_requests = query!(
            "DELETE FROM contact_request WHERE closed_at IS NOT NULL AND closed_at < $1",
            cutoff
        )
        .execute(&mut *tx)
        .await?
        .rows_affected();
        let referrals = query!(
            "DELETE FROM referral WHERE closed_at IS NOT NULL AND closed_at < $1",
            cutoff
        )
        .execute(&mut *tx)
        .await?
        .rows_affected();
        Ok(Purged {
            contact_requests,
            referrals,
        })
    }
}
