//! Referrals: stored sealed; readable by the caseworker who sent one and by the providers of the
//! organisation that receives it, and by no one else.

use super::backend::dual;

pub struct NewReferral<'a> {
    pub id: &'a str,
    pub reference: &'a str,
    pub service_id: &'a str,
    pub referrer_id: &'a str,
    pub urgency: &'a str,
    pub sealed: &'a [u8],
    pub now: &'a str,
}

/// A referral without its sealed details: what lists show.
#[derive(Debug, Clone)]
pub struct ReferralRow {
    pub id: String,
    pub reference: String,
    pub service_id: String,
    pub service_slug: String,
    pub service_name: String,
    pub organization_id: String,
    pub organization_name: String,
    pub referrer_id: String,
    pub referrer_email: String,
    pub urgency: String,
    pub status: String,
    pub decline_reason: Option<String>,
    pub assigned_to: Option<String>,
    pub assignee_email: Option<String>,
    pub created_at: String,
    pub updated_at: String,
    /// Whether the service changed it since the referring caseworker last looked.
    pub referrer_has_news: bool,
}

pub struct StatusUpdate<'a> {
    pub status: &'a str,
    pub reason: Option<&'a str>,
    /// Whether the referral has ended, which starts the retention period.
    pub is_final: bool,
    /// Whether the service made the change (news for the caseworker) rather than the caseworker.
    pub by_service: bool,
}

dual! {
    /// Stores a referral as sent; false if the reference is taken (the caller draws another).
    pub async fn insert(conn: &mut Tx, referral: &NewReferral<'_>) -> Result<bool, sqlx::Error> {
        let done = query!(
            "INSERT INTO referral (id, reference, service_id, referrer_id, urgency, status, sealed, created_at, updated_at)
             VALUES ($1, $2, $3, $4, $5, 'sent', $6, $7, $7) ON CONFLICT (reference) DO NOTHING",
            referral.id,
            referral.reference,
            referral.service_id,
            referral.referrer_id,
            referral.urgency,
            referral.sealed,
            referral.now
        )
        .execute(conn)
        .await?;
        Ok(done.rows_affected() == 1)
    }

    /// The referrals to services of the organisations `user_id` is a member of, most urgent and
    /// newest first.
    pub async fn received_by_member(pool: &Pool, user_id: &str) -> Result<Vec<ReferralRow>, sqlx::Error> {
        query_as!(
            ReferralRow,
            r#"SELECT r.id, r.reference, r.service_id, s.slug AS service_slug, s.name AS service_name,
                      s.organization_id, o.name AS organization_name, r.referrer_id, c.email AS referrer_email,
                      r.urgency, r.status, r.decline_reason, r.assigned_to, u.email AS "assignee_email?",
                      r.created_at, r.updated_at, r.referrer_has_news
               FROM referral r JOIN service s ON s.id = r.service_id
               JOIN organization o ON o.id = s.organization_id
               JOIN membership m ON m.organization_id = s.organization_id
               JOIN staff_user c ON c.id = r.referrer_id
               LEFT JOIN staff_user u ON u.id = r.assigned_to
               WHERE m.user_id = $1
               ORDER BY r.closed_at IS NOT NULL, CASE r.urgency WHEN 'urgent' THEN 0 WHEN 'soon' THEN 1 ELSE 2 END,
                        r.created_at DESC, r.id"#,
            user_id
        )
        .fetch_all(pool)
        .await
    }

    /// The referrals `user_id` sent, the latest changed first.
    pub async fn sent_by(pool: &Pool, user_id: &str) -> Result<Vec<ReferralRow>, sqlx::Error> {
        query_as!(
            ReferralRow,
            r#"SELECT r.id, r.reference, r.service_id, s.slug AS service_slug, s.name AS service_name,
                      s.organization_id, o.name AS organization_name, r.referrer_id, c.email AS referrer_email,
                      r.urgency, r.status, r.decline_reason, r.assigned_to, u.email AS "assignee_email?",
                      r.created_at, r.updated_at, r.referrer_has_news
               FROM referral r JOIN service s ON s.id = r.service_id
               JOIN organization o ON o.id = s.organization_id
               JOIN staff_user c ON c.id = r.referrer_id
               LEFT JOIN staff_user u ON u.id = r.assigned_to
               WHERE r.referrer_id = $1
               ORDER BY r.updated_at DESC, r.id"#,
            user_id
        )
        .fetch_all(pool)
        .await
    }

    /// A referral and its sealed details, if `user_id` sent it or belongs to the organisation that
    /// receives it; the caller decides which of the two the person is.
    pub async fn find_readable(
        executor: impl Executor<'_, Database = Db>,
        id: &str,
        user_id: &str,
    ) -> Result<Option<(ReferralRow, bool, Vec<u8>)>, sqlx::Error> {
        let row = query!(
            r#"SELECT r.id, r.reference, r.service_id, s.slug AS service_slug, s.name AS service_name,
                      s.organization_id, o.name AS organization_name, r.referrer_id, c.email AS referrer_email,
                      r.urgency, r.status, r.decline_reason, r.assigned_to, u.email AS "assignee_email?",
                      r.created_at, r.updated_at, r.referrer_has_news, r.sealed,
                      EXISTS (SELECT 1 FROM membership m WHERE m.organization_id = s.organization_id AND m.user_id = $2)
                          AS "receiving_member!: bool"
               FROM referral r JOIN service s ON s.id = r.service_id
               JOIN organization o ON o.id = s.organization_id
               JOIN staff_user c ON c.id = r.referrer_id
               LEFT JOIN staff_user u ON u.id = r.assigned_to
               WHERE r.id = $1"#,
            id,
            user_id
        )
        .fetch_optional(executor)
        .await?;
        Ok(row.filter(|r| r.referrer_id == user_id || r.receiving_member).map(|r| {
            (
                ReferralRow {
                    id: r.id,
                    reference: r.reference,
                    service_id: r.service_id,
                    service_slug: r.service_slug,
                    service_name: r.service_name,
                    organization_id: r.organization_id,
                    organization_name: r.organization_name,
                    referrer_id: r.referrer_id,
                    referrer_email: r.referrer_email,
                    urgency: r.urgency,
                    status: r.status,
                    decline_reason: r.decline_reason,
                    assigned_to: r.assigned_to,
                    assignee_email: r.assignee_email,
                    created_at: r.created_at,
                    updated_at: r.updated_at,
                    referrer_has_news: r.referrer_has_news,
                },
                r.receiving_member,
                r.sealed,
            )
        }))
    }

    pub async fn set_status(
        conn: &mut Tx,
        id: &str,
        update: &StatusUpdate<'_>,
        now: &str,
    ) -> Result<(), sqlx::Error> {
        let closed_at = update.is_final.then_some(now);
        // A change by the caseworker leaves earlier news from the service unread.
        query!(
            "UPDATE referral SET status = $2, decline_reason = $3, updated_at = $4, closed_at = $5,
                    referrer_has_news = ($6 OR referrer_has_news)
             WHERE id = $1",
            id,
            update.status,
            update.reason,
            now,
            closed_at,
            update.by_service
        )
        .execute(conn)
        .await?;
        Ok(())
    }

    /// Assigns to a colleague; changing who holds it is not news for the caseworker.
    pub async fn assign(conn: &mut Tx, id: &str, assignee_id: Option<&str>) -> Result<(), sqlx::Error> {
        query!("UPDATE referral SET assigned_to = $2 WHERE id = $1", id, assignee_id)
            .execute(conn)
            .await?;
        Ok(())
    }

    /// The referring caseworker has seen everything so far.
    pub async fn mark_seen_by_referrer(executor: impl Executor<'_, Database = Db>, id: &str) -> Result<(), sqlx::Error> {
        query!("UPDATE referral SET referrer_has_news = FALSE WHERE id = $1", id)
            .execute(executor)
            .await?;
        Ok(())
    }

    /// How many referrals there are by status: what administrators see (never contents).
    pub async fn counts_by_status(pool: &Pool) -> Result<Vec<(String, i64)>, sqlx::Error> {
        Ok(
            query!(r#"SELECT status, COUNT(*) AS "count!: i64" FROM referral GROUP BY status ORDER BY status"#)
                .fetch_all(pool)
                .await?
                .into_iter()
                .map(|r| (r.status, r.count))
                .collect(),
        )
    }
}
