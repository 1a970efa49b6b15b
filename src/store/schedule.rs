//! What the scheduler and the notices read and mark about rounds: which rounds await their
//! opening or closing notice, who takes part and who has responded, the focal points to write
//! to, and the round's reminder offsets.

use jiff::Timestamp;
use sqlx::any::AnyRow;
use sqlx::{AnyConnection, FromRow};

use super::column::{Flag, MaybeMillis, Millis};
use super::{Backend, Result, to_millis};
use crate::domain::Language;

/// A round the scheduler still has work for.
#[derive(Debug, Clone, FromRow)]
pub struct PendingRound {
    pub round_id: i64,
    #[sqlx(try_from = "Millis")]
    pub opens_at: Timestamp,
    #[sqlx(try_from = "Millis")]
    pub closes_at: Timestamp,
    pub reminders_before: String,
    #[sqlx(try_from = "MaybeMillis")]
    pub opened_notice_at: Option<Timestamp>,
}

/// A delegation in a round, as the reminders and closing confirmations see it.
#[derive(Debug, Clone, FromRow)]
pub struct Participant {
    pub delegation_id: i64,
    pub name: String,
    #[sqlx(try_from = "MaybeMillis")]
    pub individual_closes_at: Option<Timestamp>,
    /// Has at least one active comment in the round (or, under the silence procedure, a
    /// statement standing).
    #[sqlx(try_from = "Flag")]
    pub responded: bool,
}

/// A person to write to for a delegation.
#[derive(Debug, Clone, FromRow)]
pub struct FocalPoint {
    pub user_id: i64,
    pub delegation_id: i64,
    pub email: String,
    /// The language the person chose, as stored (a code such as `fr`), if any.
    pub language: Option<String>,
}

impl FocalPoint {
    /// The language of this person's e-mails: their own choice, else the round's.
    pub fn language_or(&self, round_default: Language) -> Language {
        self.language
            .as_deref()
            .and_then(Language::from_stored)
            .unwrap_or(round_default)
    }
}

/// Rounds not cancelled whose opening or closing the scheduler has not yet announced: not
/// opened yet, or open, or closed later than the last closing notice (a reopened round).
pub async fn pending_rounds(conn: &mut AnyConnection) -> Result<Vec<PendingRound>> {
    let rounds = sqlx::query_as(
        "SELECT round_id, opens_at, closes_at, reminders_before, opened_notice_at FROM round \
         WHERE cancelled_at IS NULL \
         AND (opened_notice_at IS NULL OR closed_notice_at IS NULL OR closed_notice_at < closes_at \
              OR EXISTS (SELECT 1 FROM round_delegation rd WHERE rd.round_id = round.round_id \
                         AND rd.individual_closes_at > round.closed_notice_at)) \
         ORDER BY round_id",
    )
    .fetch_all(conn)
    .await?;
    Ok(rounds)
}

/// Records the opening notice; false when another scheduler pass already did.
pub async fn mark_opened(conn: &mut AnyConnection, round_id: i64, now: Timestamp) -> Result<bool> {
    let done = sqlx::query(
        "UPDATE round SET opened_notice_at = $2 WHERE round_id = $1 AND opened_notice_at IS NULL",
    )
    .bind(round_id)
    .bind(to_millis(now))
    .execute(conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Records that the closing confirmations of every delegation are enqueued.
pub async fn mark_closed(conn: &mut AnyConnection, round_id: i64, now: Timestamp) -> Result<()> {
    sqlx::query("UPDATE round SET closed_notice_at = $2 WHERE round_id = $1")
        .bind(round_id)
        .bind(to_millis(now))
        .execute(conn)
        .await?;
    Ok(())
}

/// The rows of `select` (a query filtering on `rd.round_id = $1`) for the whole round, in
/// `order_all`, or for the one delegation `only` names, in `order_one`. Two statements rather
/// than one with `$2 IS NULL OR …`: PostgreSQL's generic plan of that form took 4 ms for one
/// delegation (it runs inside the write of a delegation's first submission).
async fn of_round_or_delegation<T>(
    conn: &mut AnyConnection,
    select: &str,
    order_all: &str,
    order_one: &str,
    round_id: i64,
    only: Option<i64>,
) -> Result<Vec<T>>
where
    T: for<'r> FromRow<'r, AnyRow> + Send + Unpin,
{
    let rows = match only {
        None => {
            sqlx::query_as(sqlx::AssertSqlSafe(format!("{select} {order_all}")))
                .bind(round_id)
                .fetch_all(conn)
                .await?
        }
        Some(delegation_id) => {
            sqlx::query_as(sqlx::AssertSqlSafe(format!(
                "{select} AND rd.delegation_id = $2 {order_one}"
            )))
            .bind(round_id)
            .bind(delegation_id)
            .fetch_all(conn)
            .await?
        }
    };
    Ok(rows)
}

/// The delegations of a round (or only the one `only` names), by name, with whether each has
/// responded.
pub async fn participants(
    conn: &mut AnyConnection,
    round_id: i64,
    only: Option<i64>,
) -> Result<Vec<Participant>> {
    const SELECT: &str = "SELECT d.delegation_id, d.name, rd.individual_closes_at, \
         (EXISTS (SELECT 1 FROM comment c WHERE c.round_id = rd.round_id \
                 AND c.delegation_id = rd.delegation_id AND c.status = 'active') \
          OR EXISTS (SELECT 1 FROM silence_break b WHERE b.round_id = rd.round_id \
                 AND b.delegation_id = rd.delegation_id AND b.withdrawn_at IS NULL)) AS responded \
         FROM round_delegation rd JOIN delegation d ON d.delegation_id = rd.delegation_id \
         WHERE rd.round_id = $1 AND rd.removed_at IS NULL";
    of_round_or_delegation(
        conn,
        SELECT,
        "ORDER BY d.name, d.delegation_id",
        "",
        round_id,
        only,
    )
    .await
}

/// The focal points (enabled delegate accounts) of every delegation of a round, or of the one
/// `only` names.
pub async fn focal_points(
    conn: &mut AnyConnection,
    round_id: i64,
    only: Option<i64>,
) -> Result<Vec<FocalPoint>> {
    const SELECT: &str = "SELECT u.user_id, u.delegation_id, u.email, u.language FROM app_user u \
         JOIN round_delegation rd ON rd.delegation_id = u.delegation_id \
         WHERE rd.round_id = $1 AND rd.removed_at IS NULL AND u.role = 'delegate' \
         AND u.disabled_at IS NULL";
    of_round_or_delegation(
        conn,
        SELECT,
        "ORDER BY u.delegation_id, u.user_id",
        "ORDER BY u.user_id",
        round_id,
        only,
    )
    .await
}

/// The reminder offsets of a round as stored (ISO 8601 durations, comma-separated).
pub async fn reminders_before(conn: &mut AnyConnection, round_id: i64) -> Result<Option<String>> {
    let value = sqlx::query_scalar("SELECT reminders_before FROM round WHERE round_id = $1")
        .bind(round_id)
        .fetch_optional(conn)
        .await?;
    Ok(value)
}

/// Changes the reminder offsets of a round (already validated by the domain).
pub async fn set_reminders_before(
    conn: &mut AnyConnection,
    round_id: i64,
    value: &str,
) -> Result<()> {
    sqlx::query("UPDATE round SET reminders_before = $2 WHERE round_id = $1")
        .bind(round_id)
        .bind(value)
        .execute(conn)
        .await?;
    Ok(())
}

/// One change to a comment (a revision), for the daily digest.
#[derive(Debug, Clone, FromRow)]
pub struct ChangeRecord {
    pub delegation_id: i64,
    pub comment_id: i64,
    pub reference: String,
    pub recommendation_label: Option<String>,
    pub version: i64,
    pub status: String,
    #[sqlx(try_from = "Millis")]
    pub changed_at: Timestamp,
}

/// The revisions made in `[from, to)` of the comments a round's delegations wrote, in order
/// (those the Secretariat entered on a delegation's behalf each had a receipt of their own).
pub async fn changes_between(
    conn: &mut AnyConnection,
    round_id: i64,
    from: Timestamp,
    to: Timestamp,
) -> Result<Vec<ChangeRecord>> {
    let changes = sqlx::query_as(
        "SELECT c.delegation_id, c.comment_id, c.reference, rc.label AS recommendation_label, r.version, r.status, \
         r.changed_at FROM comment_revision r JOIN comment c ON c.comment_id = r.comment_id \
         LEFT JOIN recommendation rc ON rc.recommendation_id = c.recommendation_id \
         WHERE c.round_id = $1 AND r.changed_at >= $2 AND r.changed_at < $3 \
         AND c.intake_source IS NULL \
         ORDER BY r.changed_at, r.comment_revision_id",
    )
    .bind(round_id)
    .bind(to_millis(from))
    .bind(to_millis(to))
    .fetch_all(conn)
    .await?;
    Ok(changes)
}

/// The first comment a delegation submitted in a round (the one its receipt acknowledged).
pub async fn first_comment_id(
    conn: &mut AnyConnection,
    round_id: i64,
    delegation_id: i64,
) -> Result<Option<i64>> {
    let id = sqlx::query_scalar(
        "SELECT MIN(comment_id) FROM comment WHERE round_id = $1 AND delegation_id = $2",
    )
    .bind(round_id)
    .bind(delegation_id)
    .fetch_one(conn)
    .await?;
    Ok(id)
}

/// On PostgreSQL, takes a transaction-scoped advisory lock on one round's scheduling, so that
/// one instance at a time works on it; false when another instance holds it. SQLite has one
/// instance (and its write transaction is exclusive anyway).
pub async fn try_round_lock(
    conn: &mut AnyConnection,
    backend: Backend,
    round_id: i64,
) -> Result<bool> {
    match backend {
        Backend::Sqlite => Ok(true),
        Backend::Postgres => {
            // "rdft" in the high bits, the round in the low ones.
            let key: i64 = 0x7264_6674_0000_0000_i64 | (round_id & 0xffff_ffff);
            let got: bool = sqlx::query_scalar("SELECT pg_try_advisory_xact_lock($1)")
                .bind(key)
                .fetch_one(conn)
                .await?;
            Ok(got)
        }
    }
}
