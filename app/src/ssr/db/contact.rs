//! Contact requests: stored sealed, listed by the receiving organisation.

use super::backend::dual;

pub struct NewContactRequest<'a> {
    pub id: &'a str,
    pub reference: &'a str,
    pub service_id: &'a str,
    pub sealed: &'a [u8],
    pub now: &'a str,
}

/// A request as the inbox lists it: nothing personal.
#[derive(Debug, Clone)]
pub struct ContactRequestRow {
    pub id: String,
    pub reference: String,
    pub service_id: String,
    pub service_name: String,
    pub organization_id: String,
    pub status: String,
    pub assigned_to: Option<String>,
    pub assignee_email: Option<String>,
    pub created_at: String,
    pub updated_at: String,
}

dual! {
    /// Stores a request; false if the reference is taken (the caller draws another).
    pub async fn insert(
        executor: impl Executor<'_, Database = Db>,
        request: &NewContactRequest<'_>,
    ) -> Result<bool, sqlx::Error> {
        let done = query!(
            "INSERT INTO contact_request (id, reference, service_id, status, sealed, created_at, updated_at)
             VALUES ($1, $2, $3, 'new', $4, $5, $5) ON CONFLICT (reference) DO NOTHING",
            request.id,
            request.reference,
            request.service_id,
            request.sealed,
            request.now
        )
        .execute(executor)
        .await?;
        Ok(done.rows_affected() == 1)
    }

    /// The requests to services of the organisations `user_id` is a member of, newest first.
    pub async fn inbox_of_member(pool: &Pool, user_id: &str) -> Result<Vec<ContactRequestRow>, sqlx::Error> {
        query_as!(
            ContactRequestRow,
            r#"SELECT c.id, c.reference, c.service_id, s.name AS service_name, s.organization_id, c.status,
                      c.assigned_to, u.email AS "assignee_email?", c.created_at, c.updated_at
               FROM contact_request c JOIN service s ON s.id = c.service_id
               JOIN membership m ON m.organization_id = s.organization_id
               LEFT JOIN staff_user u ON u.id = c.assigned_to
               WHERE m.user_id = $1 ORDER BY c.created_at DESC, c.id"#,
            user_id
        )
        .fetch_all(pool)
        .await
    }

    /// A request and its sealed details, if `user_id` belongs to the receiving organisation.
    pub async fn find_for_member(
        executor: impl Executor<'_, Database = Db>,
        id: &str,
        user_id: &str,
    ) -> Result<Option<(ContactRequestRow, Vec<u8>)>, sqlx::Error> {
        let row = query!(
            r#"SELECT c.id, c.reference, c.service_id, s.name AS service_name, s.organization_id, c.status,
                      c.assigned_to, u.email AS "assignee_email?", c.created_at, c.updated_at, c.sealed
               FROM contact_request c JOIN service s ON s.id = c.service_id
               JOIN membership m ON m.organization_id = s.organization_id
               LEFT JOIN staff_user u ON u.id = c.assigned_to
               WHERE c.id = $1 AND m.user_id = $2"#,
            id,
            user_id
        )
        .fetch_optional(executor)
        .await?;
        Ok(row.map(|r| {
            (
                ContactRequestRow {
                    id: r.id,
                    reference: r.reference,
                    service_id: r.service_id,
                    service_name: r.service_name,
                    organization_id: r.organization_id,
                    status: r.status,
                    assigned_to: r.assigned_to,
                    assignee_email: r.assignee_email,
                    created_at: r.created_at,
                    updated_at: r.updated_at,
                },
                r.sealed,
            )
        }))
    }

    pub async fn set_status(conn: &mut Tx, id: &str, status: &str, now: &str) -> Result<(), sqlx::Error> {
        let closed_at = matches!(status, "closed" | "declined" | "helped").then_some(now);
        query!(
            "UPDATE contact_request SET status = $2, updated_at = $3, closed_at = $4 WHERE id = $1",
            id,
            status,
            now,
            closed_at
        )
        .execute(conn)
        .await?;
        Ok(())
    }

    /// How many requests there are by status: what administrators see (never contents).
    pub async fn counts_by_status(pool: &Pool) -> Result<Vec<(String, i64)>, sqlx::Error> {
        Ok(
            query!(
                r#"SELECT status, COUNT(*) AS "count!: i64" FROM contact_request GROUP BY status ORDER BY status"#
            )
            .fetch_all(pool)
            .await?
            .into_iter()
            .map(|r| (r.status, r.count))
            .collect(),
        )
    }

    pub async fn assign(
        conn: &mut Tx,
        id: &str,
        assignee_id: Option<&str>,
        now: &str,
    ) -> Result<(), sqlx::Error> {
        query!(
            "UPDATE contact_request SET assigned_to = $2, updated_at = $3 WHERE id = $1",
            id,
            assignee_id,
            now
        )
        .execute(conn)
        .await?;
        Ok(())
    }
}
