//! The audit log: every staff action, who did it, when, and the record before and after.
//! Written in the same transaction as the change it describes, so neither exists without the
//! other.

use super::backend::dual;

/// One thing a staff member did.
#[derive(Debug, Clone, Default)]
pub struct AuditEntry<'a> {
    pub actor_id: Option<&'a str>,
    pub actor_email: Option<&'a str>,
    pub action: &'a str,
    pub target_type: &'a str,
    pub target_id: Option<&'a str>,
    pub before: Option<String>,
    pub after: Option<String>,
}

#[derive(Debug, Clone)]
pub struct AuditRow {
    pub id: String,
    pub at: String,
    pub actor_email: Option<String>,
    pub action: String,
    pub target_type: String,
    pub target_id: Option<String>,
    pub before: Option<String>,
    pub after: Option<String>,
}

/// What to show of the log; empty fields match everything.
#[derive(Debug, Clone, Default)]
pub struct AuditFilter {
    pub actor: String,
    pub action: String,
    pub target: String,
    /// Inclusive bounds, as stored timestamps.
    pub from: String,
    pub to: String,
}

dual! {
    pub async fn record(executor: impl Executor<'_, Database = Db>, entry: &AuditEntry<'_>, now: &str) -> Result<(), sqlx::Error> {
        let id = uuid::Uuid::new_v4().to_string();
        query!(
            "INSERT INTO audit_event (id, at, actor_id, actor_email, action, target_type, target_id, before, after)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
            id,
            now,
            entry.actor_id,
            entry.actor_email,
            entry.action,
            entry.target_type,
            entry.target_id,
            entry.before,
            entry.after
        )
        .execute(executor)
        .await?;
        Ok(())
    }

    pub async fn search(pool: &Pool, filter: &AuditFilter, limit: i64, offset: i64) -> Result<Vec<AuditRow>, sqlx::Error> {
        let actor = format!("%{}%", filter.actor);
        let target = format!("%{}%", filter.target);
        query_as!(
            AuditRow,
            r#"SELECT id, at, actor_email, action, target_type, target_id, before, after FROM audit_event
               WHERE ($1 = '%%' OR lower(actor_email) LIKE lower($1))
                 AND ($2 = '' OR action = $2)
                 AND ($3 = '%%' OR lower(target_id) LIKE lower($3) OR lower(target_type) LIKE lower($3))
                 AND ($4 = '' OR at >= $4)
                 AND ($5 = '' OR at <= $5)
               ORDER BY at DESC, id LIMIT $6 OFFSET $7"#,
            actor,
            filter.action,
            target,
            filter.from,
            filter.to,
            limit,
            offset
        )
        .fetch_all(pool)
        .await
    }

    /// The actions that appear in the log, for the filter's list.
    pub async fn actions(pool: &Pool) -> Result<Vec<String>, sqlx::Error> {
        query_scalar!("SELECT DISTINCT action FROM audit_event ORDER BY action")
            .fetch_all(pool)
            .await
    }
}
