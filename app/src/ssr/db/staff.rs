//! Staff accounts, memberships, sessions, one-time links, recovery codes and sign-in failures.

use super::backend::dual;
use crate::domain::staff::{EmailAddress, Role};

/// A staff account as sign-in and authorisation need it.
#[derive(Debug, Clone)]
pub struct StaffUserRow {
    pub id: String,
    pub email: String,
    pub role: String,
    pub locale: String,
    pub password_hash: Option<String>,
    pub totp_secret: Option<String>,
    pub totp_last_step: Option<i64>,
    pub failed_logins: i64,
    pub locked_until: Option<String>,
    pub disabled_at: Option<String>,
}

/// An organisation as staff pages name it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OrganizationRef {
    pub id: String,
    pub slug: String,
    pub name: String,
}

/// One line of the administrators' list of accounts.
#[derive(Debug, Clone)]
pub struct UserListing {
    pub id: String,
    pub email: String,
    pub role: String,
    pub set_up: bool,
    pub locked_until: Option<String>,
    pub disabled_at: Option<String>,
}

/// A stored session, valid until `expires_at`.
#[derive(Debug, Clone)]
pub struct SessionRow {
    pub user_id: Option<String>,
    pub stage: String,
    pub csrf_token: String,
    pub created_at: String,
    pub last_seen_at: String,
}

pub struct NewSession<'a> {
    pub id_digest: &'a str,
    pub user_id: Option<&'a str>,
    pub stage: &'a str,
    pub csrf_token: &'a str,
    pub now: &'a str,
    pub expires_at: &'a str,
}

/// Why a one-time link does not work.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LinkState {
    Valid,
    Used,
    Expired,
    Unknown,
}

/// Every organisation, for administrators: with how many services and members it has.
#[derive(Debug, Clone)]
pub struct OrganizationListing {
    pub id: String,
    pub slug: String,
    pub name: String,
    pub website: Option<String>,
    pub services: i64,
    pub members: i64,
}

dual! {
    pub async fn create_user(
        conn: &mut Tx,
        id: &str,
        email: &EmailAddress,
        role: Role,
        now: &str,
    ) -> Result<(), sqlx::Error> {
        let email = email.as_str();
        let role = role.as_str();
        query!(
            "INSERT INTO staff_user (id, email, role, created_at) VALUES ($1, $2, $3, $4)",
            id,
            email,
            role,
            now
        )
        .execute(conn)
        .await?;
        Ok(())
    }

    pub async fn find_user_by_email(
        executor: impl Executor<'_, Database = Db>,
        email: &EmailAddress,
    ) -> Result<Option<StaffUserRow>, sqlx::Error> {
        let email = email.as_str();
        query_as!(
            StaffUserRow,
            "SELECT id, email, role, locale, password_hash, totp_secret, totp_last_step, failed_logins, locked_until, disabled_at
             FROM staff_user WHERE email = $1",
            email
        )
        .fetch_optional(executor)
        .await
    }

    pub async fn find_user(executor: impl Executor<'_, Database = Db>, id: &str) -> Result<Option<StaffUserRow>, sqlx::Error> {
        query_as!(
            StaffUserRow,
            "SELECT id, email, role, locale, password_hash, totp_secret, totp_last_step, failed_logins, locked_until, disabled_at
             FROM staff_user WHERE id = $1",
            id
        )
        .fetch_optional(executor)
        .await
    }

    pub async fn list_users(pool: &Pool) -> Result<Vec<UserListing>, sqlx::Error> {
        query_as!(
            UserListing,
            r#"SELECT u.id, u.email, u.role, u.locked_until, u.disabled_at,
                      (u.password_hash IS NOT NULL AND u.totp_secret IS NOT NULL) AS "set_up!: bool"
               FROM staff_user u ORDER BY u.email"#
        )
        .fetch_all(pool)
        .await
    }

    pub async fn organizations_of(
        executor: impl Executor<'_, Database = Db>,
        user_id: &str,
    ) -> Result<Vec<OrganizationRef>, sqlx::Error> {
        query_as!(
            OrganizationRef,
            "SELECT o.id, o.slug, o.name FROM membership m JOIN organization o ON o.id = m.organization_id
             WHERE m.user_id = $1 ORDER BY o.name",
            user_id
        )
        .fetch_all(executor)
        .await
    }

    pub async fn add_membership(
        conn: &mut Tx,
        user_id: &str,
        organization_id: &str,
    ) -> Result<(), sqlx::Error> {
        query!(
            "INSERT INTO membership (user_id, organization_id) VALUES ($1, $2) ON CONFLICT DO NOTHING",
            user_id,
            organization_id
        )
        .execute(conn)
        .await?;
        Ok(())
    }

    pub async fn remove_membership(
        conn: &mut Tx,
        user_id: &str,
        organization_id: &str,
    ) -> Result<bool, sqlx::Error> {
        let done = query!(
            "DELETE FROM membership WHERE user_id = $1 AND organization_id = $2",
            user_id,
            organization_id
        )
        .execute(conn)
        .await?;
        Ok(done.rows_affected() == 1)
    }

    pub async fn set_password(conn: &mut Tx, user_id: &str, hash: &str) -> Result<(), sqlx::Error> {
        query!(
            "UPDATE staff_user SET password_hash = $1, failed_logins = 0, locked_until = NULL WHERE id = $2",
            hash,
            user_id
        )
        .execute(conn)
        .await?;
        Ok(())
    }

    pub async fn set_totp(
        conn: &mut Tx,
        user_id: &str,
        secret: &str,
        accepted_step: i64,
    ) -> Result<(), sqlx::Error> {
        query!(
            "UPDATE staff_user SET totp_secret = $1, totp_last_step = $2 WHERE id = $3",
            secret,
            accepted_step,
            user_id
        )
        .execute(conn)
        .await?;
        Ok(())
    }

    /// Records the time step of an accepted code, unless a newer one was accepted meanwhile (two
    /// requests racing with the same code: only one wins).
    pub async fn accept_totp_step(
        executor: impl Executor<'_, Database = Db>,
        user_id: &str,
        step: i64,
    ) -> Result<bool, sqlx::Error> {
        let done = query!(
            "UPDATE staff_user SET totp_last_step = $1 WHERE id = $2 AND (totp_last_step IS NULL OR totp_last_step < $1)",
            step,
            user_id
        )
        .execute(executor)
        .await?;
        Ok(done.rows_affected() == 1)
    }

    pub async fn set_locale(executor: impl Executor<'_, Database = Db>, user_id: &str, locale: &str) -> Result<(), sqlx::Error> {
        query!("UPDATE staff_user SET locale = $1 WHERE id = $2", locale, user_id)
            .execute(executor)
            .await?;
        Ok(())
    }

    pub async fn set_disabled(conn: &mut Tx, user_id: &str, at: Option<&str>) -> Result<bool, sqlx::Error> {
        let done = query!("UPDATE staff_user SET disabled_at = $1 WHERE id = $2", at, user_id)
            .execute(conn)
            .await?;
        Ok(done.rows_affected() == 1)
    }

    /// Counts a failed sign-in against the account, locking it until `lock_until` once `limit`
    /// failures in a row are reached. Returns whether the account is now locked.
    pub async fn record_failed_login(
        executor: impl Executor<'_, Database = Db>,
        user_id: &str,
        limit: i64,
        lock_until: &str,
    ) -> Result<bool, sqlx::Error> {
        let row = query!(
            r#"UPDATE staff_user SET failed_logins = failed_logins + 1,
                   locked_until = CASE WHEN failed_logins + 1 >= $2 THEN $3 ELSE locked_until END
               WHERE id = $1 RETURNING failed_logins AS "failed_logins!: i64""#,
            user_id,
            limit,
            lock_until
        )
        .fetch_one(executor)
        .await?;
        Ok(row.failed_logins >= limit)
    }

    pub async fn clear_failed_logins(executor: impl Executor<'_, Database = Db>, user_id: &str) -> Result<(), sqlx::Error> {
        query!(
            "UPDATE staff_user SET failed_logins = 0, locked_until = NULL WHERE id = $1",
            user_id
        )
        .execute(executor)
        .await?;
        Ok(())
    }

    pub async fn create_session(executor: impl Executor<'_, Database = Db>, session: &NewSession<'_>) -> Result<(), sqlx::Error> {
        query!(
            "INSERT INTO staff_session (id_digest, user_id, stage, csrf_token, created_at, last_seen_at, expires_at)
             VALUES ($1, $2, $3, $4, $5, $5, $6)",
            session.id_digest,
            session.user_id,
            session.stage,
            session.csrf_token,
            session.now,
            session.expires_at
        )
        .execute(executor)
        .await?;
        Ok(())
    }

    pub async fn find_session(
        executor: impl Executor<'_, Database = Db>,
        id_digest: &str,
        now: &str,
    ) -> Result<Option<SessionRow>, sqlx::Error> {
        query_as!(
            SessionRow,
            "SELECT user_id, stage, csrf_token, created_at, last_seen_at FROM staff_session
             WHERE id_digest = $1 AND expires_at > $2",
            id_digest,
            now
        )
        .fetch_optional(executor)
        .await
    }

    pub async fn touch_session(
        executor: impl Executor<'_, Database = Db>,
        id_digest: &str,
        now: &str,
        expires_at: &str,
    ) -> Result<(), sqlx::Error> {
        query!(
            "UPDATE staff_session SET last_seen_at = $2, expires_at = $3 WHERE id_digest = $1",
            id_digest,
            now,
            expires_at
        )
        .execute(executor)
        .await?;
        Ok(())
    }

    pub async fn delete_session(executor: impl Executor<'_, Database = Db>, id_digest: &str) -> Result<(), sqlx::Error> {
        query!("DELETE FROM staff_session WHERE id_digest = $1", id_digest)
            .execute(executor)
            .await?;
        Ok(())
    }

    /// Signs an account out everywhere (a new password, a disabled account).
    pub async fn delete_sessions_of(executor: impl Executor<'_, Database = Db>, user_id: &str) -> Result<(), sqlx::Error> {
        query!("DELETE FROM staff_session WHERE user_id = $1", user_id)
            .execute(executor)
            .await?;
        Ok(())
    }

    /// Deletes expired sessions, and sign-in failures older than the throttling window.
    /// Ends every session of an account but `keep` (after a password change in that session).
    pub async fn delete_other_sessions(
        executor: impl Executor<'_, Database = Db>,
        user_id: &str,
        keep: &str,
    ) -> Result<(), sqlx::Error> {
        query!(
            "DELETE FROM staff_session WHERE user_id = $1 AND id_digest <> $2",
            user_id,
            keep
        )
        .execute(executor)
        .await?;
        Ok(())
    }

    pub async fn delete_expired(pool: &Pool, now: &str, failures_before: &str) -> Result<(), sqlx::Error> {
        query!("DELETE FROM staff_session WHERE expires_at <= $1", now)
            .execute(pool)
            .await?;
        query!("DELETE FROM login_failure WHERE failed_at <= $1", failures_before)
            .execute(pool)
            .await?;
        Ok(())
    }

    pub async fn create_link(
        conn: &mut Tx,
        token_digest: &str,
        user_id: &str,
        purpose: &str,
        now: &str,
        expires_at: &str,
    ) -> Result<(), sqlx::Error> {
        query!(
            "INSERT INTO one_time_link (token_digest, user_id, purpose, created_at, expires_at) VALUES ($1, $2, $3, $4, $5)",
            token_digest,
            user_id,
            purpose,
            now,
            expires_at
        )
        .execute(conn)
        .await?;
        Ok(())
    }

    /// The account a link is for, and whether it can still be used.
    pub async fn check_link(
        executor: impl Executor<'_, Database = Db>,
        token_digest: &str,
        purpose: &str,
        now: &str,
    ) -> Result<(LinkState, Option<String>), sqlx::Error> {
        let row = query!(
            "SELECT user_id, expires_at, used_at FROM one_time_link WHERE token_digest = $1 AND purpose = $2",
            token_digest,
            purpose
        )
        .fetch_optional(executor)
        .await?;
        Ok(match row {
            None => (LinkState::Unknown, None),
            Some(row) if row.used_at.is_some() => (LinkState::Used, Some(row.user_id)),
            Some(row) if row.expires_at.as_str() <= now => (LinkState::Expired, Some(row.user_id)),
            Some(row) => (LinkState::Valid, Some(row.user_id)),
        })
    }

    /// Uses a link up; false if it was already used (two tabs racing).
    pub async fn use_link(conn: &mut Tx, token_digest: &str, now: &str) -> Result<bool, sqlx::Error> {
        let done = query!(
            "UPDATE one_time_link SET used_at = $2 WHERE token_digest = $1 AND used_at IS NULL AND expires_at > $2",
            token_digest,
            now
        )
        .execute(conn)
        .await?;
        Ok(done.rows_affected() == 1)
    }

    /// Makes every earlier unused link of the account and purpose unusable (a newer one was sent).
    pub async fn retire_links(
        conn: &mut Tx,
        user_id: &str,
        purpose: &str,
        now: &str,
    ) -> Result<(), sqlx::Error> {
        query!(
            "UPDATE one_time_link SET used_at = $3 WHERE user_id = $1 AND purpose = $2 AND used_at IS NULL",
            user_id,
            purpose,
            now
        )
        .execute(conn)
        .await?;
        Ok(())
    }

    pub async fn replace_recovery_codes(
        conn: &mut Tx,
        user_id: &str,
        code_digests: &[String],
    ) -> Result<(), sqlx::Error> {
        query!("DELETE FROM recovery_code WHERE user_id = $1", user_id)
            .execute(&mut *conn)
            .await?;
        for digest in code_digests {
            query!(
                "INSERT INTO recovery_code (user_id, code_digest) VALUES ($1, $2)",
                user_id,
                digest
            )
            .execute(&mut *conn)
            .await?;
        }
        Ok(())
    }

    /// Uses up a recovery code; false if it is not one of the account's unused codes.
    pub async fn use_recovery_code(
        executor: impl Executor<'_, Database = Db>,
        user_id: &str,
        code_digest: &str,
        now: &str,
    ) -> Result<bool, sqlx::Error> {
        let done = query!(
            "UPDATE recovery_code SET used_at = $3 WHERE user_id = $1 AND code_digest = $2 AND used_at IS NULL",
            user_id,
            code_digest,
            now
        )
        .execute(executor)
        .await?;
        Ok(done.rows_affected() == 1)
    }

    pub async fn unused_recovery_codes(executor: impl Executor<'_, Database = Db>, user_id: &str) -> Result<i64, sqlx::Error> {
        query_scalar!(
            r#"SELECT COUNT(*) AS "count!: i64" FROM recovery_code WHERE user_id = $1 AND used_at IS NULL"#,
            user_id
        )
        .fetch_one(executor)
        .await
    }

    pub async fn record_client_failure(
        executor: impl Executor<'_, Database = Db>,
        client_digest: &str,
        now: &str,
    ) -> Result<(), sqlx::Error> {
        query!(
            "INSERT INTO login_failure (client_digest, failed_at) VALUES ($1, $2)",
            client_digest,
            now
        )
        .execute(executor)
        .await?;
        Ok(())
    }

    pub async fn client_failures_since(
        executor: impl Executor<'_, Database = Db>,
        client_digest: &str,
        since: &str,
    ) -> Result<i64, sqlx::Error> {
        query_scalar!(
            r#"SELECT COUNT(*) AS "count!: i64" FROM login_failure WHERE client_digest = $1 AND failed_at > $2"#,
            client_digest,
            since
        )
        .fetch_one(executor)
        .await
    }

    pub async fn list_organizations(pool: &Pool) -> Result<Vec<OrganizationListing>, sqlx::Error> {
        query_as!(
            OrganizationListing,
            r#"SELECT o.id, o.slug, o.name, o.website,
                      (SELECT COUNT(*) FROM service s WHERE s.organization_id = o.id) AS "services!: i64",
                      (SELECT COUNT(*) FROM membership m WHERE m.organization_id = o.id) AS "members!: i64"
               FROM organization o ORDER BY o.name"#
        )
        .fetch_all(pool)
        .await
    }

    pub async fn find_organization(
        executor: impl Executor<'_, Database = Db>,
        id: &str,
    ) -> Result<Option<OrganizationRef>, sqlx::Error> {
        query_as!(
            OrganizationRef,
            "SELECT id, slug, name FROM organization WHERE id = $1",
            id
        )
        .fetch_optional(executor)
        .await
    }

    pub async fn find_organization_by_slug(
        executor: impl Executor<'_, Database = Db>,
        slug: &str,
    ) -> Result<Option<OrganizationRef>, sqlx::Error> {
        query_as!(
            OrganizationRef,
            "SELECT id, slug, name FROM organization WHERE slug = $1",
            slug
        )
        .fetch_optional(executor)
        .await
    }

    pub async fn create_organization(
        conn: &mut Tx,
        id: &str,
        slug: &str,
        name: &str,
        website: Option<&str>,
    ) -> Result<(), sqlx::Error> {
        query!(
            "INSERT INTO organization (id, slug, name, website) VALUES ($1, $2, $3, $4)",
            id,
            slug,
            name,
            website
        )
        .execute(conn)
        .await?;
        Ok(())
    }
}
