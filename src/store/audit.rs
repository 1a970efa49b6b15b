//! The audit trail: one row per state-changing action, written in the action's transaction.

use jiff::Timestamp;
use sqlx::AnyConnection;

use super::column::Millis;
use super::{Result, batch, to_millis};

#[derive(Debug, Clone)]
pub struct AuditEntry<'a> {
    pub at: Timestamp,
    pub actor_user_id: Option<i64>,
    pub delegation_id: Option<i64>,
    pub round_id: Option<i64>,
    pub action: &'a str,
    pub object_type: &'a str,
    pub object_id: Option<i64>,
    pub before: Option<serde_json::Value>,
    pub after: Option<serde_json::Value>,
}

impl<'a> AuditEntry<'a> {
    /// `action` on an object (its kind and id) at `at`, by nobody in particular, in no round;
    /// the methods below say who, where and what changed.
    pub fn new(
        at: Timestamp,
        action: &'a str,
        (object_type, object_id): (&'a str, Option<i64>),
    ) -> Self {
        AuditEntry {
            at,
            actor_user_id: None,
            delegation_id: None,
            round_id: None,
            action,
            object_type,
            object_id,
            before: None,
            after: None,
        }
    }

    /// Done by a person, acting for their delegation (if any).
    pub fn by(self, actor_user_id: i64, delegation_id: Option<i64>) -> Self {
        AuditEntry {
            actor_user_id: Some(actor_user_id),
            delegation_id,
            ..self
        }
    }

    /// In a round.
    pub fn in_round(self, round_id: i64) -> Self {
        AuditEntry {
            round_id: Some(round_id),
            ..self
        }
    }

    /// What the object was before and became after (either may be absent).
    pub fn change(
        self,
        before: Option<serde_json::Value>,
        after: Option<serde_json::Value>,
    ) -> Self {
        AuditEntry {
            before,
            after,
            ..self
        }
    }
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct AuditRecord {
    #[sqlx(try_from = "Millis")]
    pub at: Timestamp,
    pub actor_user_id: Option<i64>,
    pub delegation_id: Option<i64>,
    pub action: String,
    pub object_type: String,
    pub object_id: Option<i64>,
    pub before_json: Option<String>,
    pub after_json: Option<String>,
}

/// An audit row ready to be written: what [`AuditEntry`] says, owned, so that a grouped write
/// can hand it to its group (see [`crate::store::Store::grouped_write_audited`]).
#[derive(Debug, Clone)]
pub struct AuditRow {
    at: i64,
    actor_user_id: Option<i64>,
    delegation_id: Option<i64>,
    round_id: Option<i64>,
    action: String,
    object_type: String,
    object_id: Option<i64>,
    before_json: Option<String>,
    after_json: Option<String>,
}

impl From<&AuditEntry<'_>> for AuditRow {
    fn from(entry: &AuditEntry<'_>) -> AuditRow {
        AuditRow {
            at: to_millis(entry.at),
            actor_user_id: entry.actor_user_id,
            delegation_id: entry.delegation_id,
            round_id: entry.round_id,
            action: entry.action.to_string(),
            object_type: entry.object_type.to_string(),
            object_id: entry.object_id,
            before_json: entry.before.as_ref().map(|v| v.to_string()),
            after_json: entry.after.as_ref().map(|v| v.to_string()),
        }
    }
}

pub async fn record(conn: &mut AnyConnection, entry: &AuditEntry<'_>) -> Result<()> {
    record_all(conn, &[AuditRow::from(entry)]).await
}

const COLUMNS: usize = 9;

/// Writes `rows` in as few statements as the batch sizes allow (see [`batch`]).
pub async fn record_all<'r>(
    conn: &mut AnyConnection,
    rows: impl IntoIterator<Item = &'r AuditRow>,
) -> Result<()> {
    let rows: Vec<&AuditRow> = rows.into_iter().collect();
    batch::insert_all(conn, &rows, insert_sql, |query, row| {
        query
            .bind(row.at)
            .bind(row.actor_user_id)
            .bind(row.delegation_id)
            .bind(row.round_id)
            .bind(row.action.as_str())
            .bind(row.object_type.as_str())
            .bind(row.object_id)
            .bind(row.before_json.as_deref())
            .bind(row.after_json.as_deref())
    })
    .await?;
    Ok(())
}

/// `INSERT INTO audit_event … VALUES ($1, …, $9), ($10, …, $18), …` for `rows` rows.
fn insert_sql(rows: usize) -> String {
    format!(
        "INSERT INTO audit_event (at, actor_user_id, delegation_id, round_id, action, object_type, \
         object_id, before_json, after_json) VALUES {}",
        batch::values(rows, COLUMNS, |first| batch::placeholders(first, COLUMNS))
    )
}

/// The audit events about one object, oldest first.
pub async fn events_for_object(
    conn: &mut AnyConnection,
    object_type: &str,
    object_id: i64,
) -> Result<Vec<AuditRecord>> {
    let records = sqlx::query_as(
        "SELECT at, actor_user_id, delegation_id, action, object_type, object_id, before_json, \
         after_json FROM audit_event WHERE object_type = $1 AND object_id = $2 \
         ORDER BY at, audit_event_id",
    )
    .bind(object_type)
    .bind(object_id)
    .fetch_all(conn)
    .await?;
    Ok(records)
}

/// One line of a round's audit log, with names resolved.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct AuditLine {
    #[sqlx(try_from = "Millis")]
    pub at: Timestamp,
    pub actor_email: Option<String>,
    pub actor_name: Option<String>,
    pub actor_role: Option<String>,
    pub delegation_name: Option<String>,
    /// The reference of the comment it is about, if it is about one.
    pub comment_reference: Option<String>,
    /// The label of the recommendation it is about (that of a comment or a decision), if any.
    pub recommendation_label: Option<String>,
    pub action: String,
    pub object_type: String,
    pub object_id: Option<i64>,
    pub before_json: Option<String>,
    pub after_json: Option<String>,
}

/// A round's audit log, oldest first, optionally only one action and/or one delegation
/// (empty action / delegation 0 = all).
pub async fn round_log(
    conn: &mut AnyConnection,
    round_id: i64,
    action: &str,
    delegation_id: i64,
) -> Result<Vec<AuditLine>> {
    let lines = sqlx::query_as(
        "SELECT a.at, u.email AS actor_email, u.name AS actor_name, u.role AS actor_role, \
         d.name AS delegation_name, cm.reference AS comment_reference, \
         rr.label AS recommendation_label, a.action, a.object_type, \
         a.object_id, a.before_json, a.after_json FROM audit_event a \
         LEFT JOIN app_user u ON u.user_id = a.actor_user_id \
         LEFT JOIN delegation d ON d.delegation_id = a.delegation_id \
         LEFT JOIN comment cm ON a.object_type = 'comment' AND cm.comment_id = a.object_id \
         LEFT JOIN disposition dp ON a.object_type = 'disposition' \
            AND dp.disposition_id = a.object_id \
         LEFT JOIN recommendation rr ON rr.recommendation_id = CASE a.object_type \
            WHEN 'comment' THEN cm.recommendation_id WHEN 'disposition' THEN dp.recommendation_id \
            WHEN 'recommendation' THEN a.object_id END \
         WHERE a.round_id = $1 AND ($2 = '' OR a.action = $2) AND ($3 = 0 OR a.delegation_id = $3) \
         ORDER BY a.at, a.audit_event_id",
    )
    .bind(round_id)
    .bind(action)
    .bind(delegation_id)
    .fetch_all(conn)
    .await?;
    Ok(lines)
}

/// The distinct actions recorded for a round (for the filter).
pub async fn round_actions(conn: &mut AnyConnection, round_id: i64) -> Result<Vec<String>> {
    let actions = sqlx::query_scalar(
        "SELECT DISTINCT action FROM audit_event WHERE round_id = $1 ORDER BY action",
    )
    .bind(round_id)
    .fetch_all(conn)
    .await?;
    Ok(actions)
}
