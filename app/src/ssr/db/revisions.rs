//! Providers' proposed listings awaiting moderation, and the staff views of services.

use super::backend::dual;

/// A service as staff lists show it.
#[derive(Debug, Clone)]
pub struct StaffService {
    pub id: String,
    pub slug: String,
    pub name: String,
    pub organization_id: String,
    pub organization: String,
    pub verified_at: Option<String>,
}

#[derive(Debug, Clone)]
pub struct RevisionRow {
    pub id: String,
    pub service_id: String,
    pub service_name: String,
    pub organization_id: String,
    pub organization: String,
    pub author_email: Option<String>,
    pub status: String,
    pub base: String,
    pub proposed: String,
    pub created_at: String,
    pub reviewed_at: Option<String>,
    pub rejection_reason: Option<String>,
}

pub struct NewRevision<'a> {
    pub id: &'a str,
    pub service_id: &'a str,
    pub author_id: &'a str,
    pub base: &'a str,
    pub proposed: &'a str,
    pub now: &'a str,
}

dual! {
    /// The services of the organisations `user_id` is a member of.
    pub async fn services_of_member(pool: &Pool, user_id: &str) -> Result<Vec<StaffService>, sqlx::Error> {
        query_as!(
            StaffService,
            r#"SELECT s.id, s.slug, s.name, s.organization_id, o.name AS organization, s.verified_at
               FROM service s JOIN organization o ON o.id = s.organization_id
               JOIN membership m ON m.organization_id = s.organization_id
               WHERE m.user_id = $1 ORDER BY o.name, s.name"#,
            user_id
        )
        .fetch_all(pool)
        .await
    }

    /// A service, if `user_id` is a member of its organisation. Anyone else is told it does not
    /// exist: a provider cannot even learn which ids are real.
    pub async fn service_for_member(
        executor: impl Executor<'_, Database = Db>,
        service_id: &str,
        user_id: &str,
    ) -> Result<Option<StaffService>, sqlx::Error> {
        query_as!(
            StaffService,
            r#"SELECT s.id, s.slug, s.name, s.organization_id, o.name AS organization, s.verified_at
               FROM service s JOIN organization o ON o.id = s.organization_id
               JOIN membership m ON m.organization_id = s.organization_id
               WHERE s.id = $1 AND m.user_id = $2"#,
            service_id,
            user_id
        )
        .fetch_optional(executor)
        .await
    }

    /// Services never confirmed by their provider, or last confirmed before `before`, oldest first.
    pub async fn stale_services(pool: &Pool, before: &str) -> Result<Vec<StaffService>, sqlx::Error> {
        query_as!(
            StaffService,
            r#"SELECT s.id, s.slug, s.name, s.organization_id, o.name AS organization, s.verified_at
               FROM service s JOIN organization o ON o.id = s.organization_id
               WHERE s.verified_at IS NULL OR s.verified_at < $1
               ORDER BY s.verified_at IS NOT NULL, s.verified_at, o.name, s.name"#,
            before
        )
        .fetch_all(pool)
        .await
    }

    /// Stores a proposed listing; an earlier proposal for the same service still pending is
    /// withdrawn, since the new one replaces it.
    pub async fn create_revision(conn: &mut Tx, revision: &NewRevision<'_>) -> Result<(), sqlx::Error> {
        query!(
            "UPDATE listing_revision SET status = 'withdrawn' WHERE service_id = $1 AND status = 'pending'",
            revision.service_id
        )
        .execute(&mut *conn)
        .await?;
        query!(
            "INSERT INTO listing_revision (id, service_id, author_id, status, base, proposed, created_at)
             VALUES ($1, $2, $3, 'pending', $4, $5, $6)",
            revision.id,
            revision.service_id,
            revision.author_id,
            revision.base,
            revision.proposed,
            revision.now
        )
        .execute(&mut *conn)
        .await?;
        Ok(())
    }

    pub async fn find_revision(executor: impl Executor<'_, Database = Db>, id: &str) -> Result<Option<RevisionRow>, sqlx::Error> {
        query_as!(
            RevisionRow,
            r#"SELECT r.id, r.service_id, s.name AS service_name, s.organization_id, o.name AS organization,
                      u.email AS "author_email?", r.status, r.base, r.proposed, r.created_at, r.reviewed_at, r.rejection_reason
               FROM listing_revision r JOIN service s ON s.id = r.service_id JOIN organization o ON o.id = s.organization_id
               LEFT JOIN staff_user u ON u.id = r.author_id
               WHERE r.id = $1"#,
            id
        )
        .fetch_optional(executor)
        .await
    }

    pub async fn pending_revisions(pool: &Pool) -> Result<Vec<RevisionRow>, sqlx::Error> {
        query_as!(
            RevisionRow,
            r#"SELECT r.id, r.service_id, s.name AS service_name, s.organization_id, o.name AS organization,
                      u.email AS "author_email?", r.status, r.base, r.proposed, r.created_at, r.reviewed_at, r.rejection_reason
               FROM listing_revision r JOIN service s ON s.id = r.service_id JOIN organization o ON o.id = s.organization_id
               LEFT JOIN staff_user u ON u.id = r.author_id
               WHERE r.status = 'pending' ORDER BY r.created_at, r.id"#
        )
        .fetch_all(pool)
        .await
    }

    /// The newest revision of each service of the organisations `user_id` belongs to.
    pub async fn latest_revisions_for_member(pool: &Pool, user_id: &str) -> Result<Vec<RevisionRow>, sqlx::Error> {
        query_as!(
            RevisionRow,
            r#"SELECT r.id, r.service_id, s.name AS service_name, s.organization_id, o.name AS organization,
                      u.email AS "author_email?", r.status, r.base, r.proposed, r.created_at, r.reviewed_at, r.rejection_reason
               FROM listing_revision r JOIN service s ON s.id = r.service_id JOIN organization o ON o.id = s.organization_id
               JOIN membership m ON m.organization_id = s.organization_id
               LEFT JOIN staff_user u ON u.id = r.author_id
               WHERE m.user_id = $1 AND r.status <> 'withdrawn'
                 AND r.created_at = (SELECT MAX(r2.created_at) FROM listing_revision r2
                                     WHERE r2.service_id = r.service_id AND r2.status <> 'withdrawn')
               ORDER BY s.name"#,
            user_id
        )
        .fetch_all(pool)
        .await
    }

    /// Closes a pending revision; false if it was no longer pending (another administrator acted).
    pub async fn close_revision(
        conn: &mut Tx,
        id: &str,
        status: &str,
        reviewer_id: &str,
        now: &str,
        rejection_reason: Option<&str>,
    ) -> Result<bool, sqlx::Error> {
        let done = query!(
            "UPDATE listing_revision SET status = $2, reviewer_id = $3, reviewed_at = $4, rejection_reason = $5
             WHERE id = $1 AND status = 'pending'",
            id,
            status,
            reviewer_id,
            now,
            rejection_reason
        )
        .execute(conn)
        .await?;
        Ok(done.rows_affected() == 1)
    }

    /// The proposal awaiting moderation for a service, if any.
    pub async fn pending_for_service(pool: &Pool, service_id: &str) -> Result<Option<RevisionRow>, sqlx::Error> {
        query_as!(
            RevisionRow,
            r#"SELECT r.id, r.service_id, s.name AS service_name, s.organization_id, o.name AS organization,
                      u.email AS "author_email?", r.status, r.base, r.proposed, r.created_at, r.reviewed_at, r.rejection_reason
               FROM listing_revision r JOIN service s ON s.id = r.service_id JOIN organization o ON o.id = s.organization_id
               LEFT JOIN staff_user u ON u.id = r.author_id
               WHERE r.service_id = $1 AND r.status = 'pending'"#,
            service_id
        )
        .fetch_optional(pool)
        .await
    }

    /// Any service, for administrators.
    pub async fn find_service(
        executor: impl Executor<'_, Database = Db>,
        service_id: &str,
    ) -> Result<Option<StaffService>, sqlx::Error> {
        query_as!(
            StaffService,
            r#"SELECT s.id, s.slug, s.name, s.organization_id, o.name AS organization, s.verified_at
               FROM service s JOIN organization o ON o.id = s.organization_id WHERE s.id = $1"#,
            service_id
        )
        .fetch_optional(executor)
        .await
    }

    /// Every service, for administrators.
    pub async fn all_services(pool: &Pool) -> Result<Vec<StaffService>, sqlx::Error> {
        query_as!(
            StaffService,
            r#"SELECT s.id, s.slug, s.name, s.organization_id, o.name AS organization, s.verified_at
               FROM service s JOIN organization o ON o.id = s.organization_id ORDER BY o.name, s.name"#
        )
        .fetch_all(pool)
        .await
    }
}
