//! The silence procedure's rows: which categories may break silence in a round, the
//! delegations' statements (withdrawn ones kept) with their proposed amendments, and the result
//! decided at the deadline.
//!
//! Statements, their withdrawals and the decision take turns on their round's row of
//! `round_counter` ([`take_round_turn`]): the decision, made once the deadline has passed,
//! waits for a statement that checked the deadline before it, and a statement that comes after
//! the decision reads a clock past the deadline. On SQLite the write transaction is exclusive
//! anyway.

use jiff::Timestamp;
use sqlx::{AnyConnection, FromRow};

use super::column::{Flag, MaybeMillis, Millis};
use super::{Result, flag, to_millis};
use crate::domain::DelegationCategory;
use crate::domain::silence::{SilenceBreakers, SilenceResult};

/// A delegation's statement in a silence round.
#[derive(Debug, Clone, FromRow)]
pub struct BreakRecord {
    pub silence_break_id: i64,
    pub round_id: i64,
    pub delegation_id: i64,
    pub delegation_name: String,
    pub category: DelegationCategory,
    pub reference: String,
    pub statement: String,
    /// Whether its delegation's category could break silence when it was sent.
    #[sqlx(try_from = "Flag")]
    pub breaks_silence: bool,
    #[sqlx(try_from = "Flag")]
    pub late: bool,
    #[sqlx(try_from = "Millis")]
    pub sent_at: Timestamp,
    #[sqlx(try_from = "MaybeMillis")]
    pub withdrawn_at: Option<Timestamp>,
    #[sqlx(skip)]
    pub amendments: Vec<AmendmentRecord>,
}

/// A replacement text a statement proposes for one recommendation.
#[derive(Debug, Clone, FromRow)]
pub struct AmendmentRecord {
    pub silence_break_id: i64,
    pub recommendation_id: i64,
    pub label: String,
    pub proposed_text: String,
}

/// A statement to store.
#[derive(Debug, Clone)]
pub struct NewBreak<'a> {
    pub round_id: i64,
    pub delegation_id: i64,
    pub reference: &'a str,
    pub statement: &'a str,
    pub breaks_silence: bool,
    pub late: bool,
    pub by_user_id: i64,
    pub at: Timestamp,
}

/// Stores which categories may break silence in a round (replacing any earlier setting).
pub async fn set_breakers(
    conn: &mut AnyConnection,
    round_id: i64,
    breakers: &SilenceBreakers,
) -> Result<()> {
    sqlx::query(
        "INSERT INTO silence_setting (round_id, may_break) VALUES ($1, $2) \
         ON CONFLICT (round_id) DO UPDATE SET may_break = excluded.may_break",
    )
    .bind(round_id)
    .bind(breakers.to_stored())
    .execute(conn)
    .await?;
    Ok(())
}

/// Which categories may break silence in a round (parties when the round sets none).
pub async fn breakers(conn: &mut AnyConnection, round_id: i64) -> Result<SilenceBreakers> {
    let stored: Option<String> =
        sqlx::query_scalar("SELECT may_break FROM silence_setting WHERE round_id = $1")
            .bind(round_id)
            .fetch_optional(conn)
            .await?;
    Ok(stored
        .as_deref()
        .and_then(SilenceBreakers::from_stored)
        .unwrap_or_default())
}

/// Waits for, and holds until the transaction ends, the round's turn for statements and the
/// decision (its row of `round_counter`, made if missing); see the module's documentation.
pub async fn take_round_turn(conn: &mut AnyConnection, round_id: i64) -> Result<()> {
    sqlx::query(
        "INSERT INTO round_counter (round_id, next_reference) VALUES ($1, 1) \
         ON CONFLICT (round_id) DO UPDATE SET next_reference = round_counter.next_reference",
    )
    .bind(round_id)
    .execute(conn)
    .await?;
    Ok(())
}

/// The next receipt number of the round, moving its counter on (the round's turn is held).
pub async fn next_number(conn: &mut AnyConnection, round_id: i64) -> Result<i64> {
    let next: i64 = sqlx::query_scalar(
        "UPDATE round_counter SET next_reference = next_reference + 1 WHERE round_id = $1 \
         RETURNING next_reference - 1",
    )
    .bind(round_id)
    .fetch_one(conn)
    .await?;
    Ok(next)
}

/// A delegation's category.
pub async fn delegation_category(
    conn: &mut AnyConnection,
    delegation_id: i64,
) -> Result<Option<DelegationCategory>> {
    Ok(
        sqlx::query_scalar("SELECT category FROM delegation WHERE delegation_id = $1")
            .bind(delegation_id)
            .fetch_optional(conn)
            .await?,
    )
}

const BREAK_COLUMNS: &str = "SELECT b.silence_break_id, b.round_id, b.delegation_id, \
     d.name AS delegation_name, d.category, b.reference, b.statement, b.breaks_silence, b.late, \
     b.sent_at, b.withdrawn_at FROM silence_break b \
     JOIN delegation d ON d.delegation_id = b.delegation_id";

/// The statement of a delegation that stands (not withdrawn) in a round, if any.
pub async fn standing_break(
    conn: &mut AnyConnection,
    round_id: i64,
    delegation_id: i64,
) -> Result<Option<BreakRecord>> {
    let sql = sqlx::AssertSqlSafe(format!(
        "{BREAK_COLUMNS} WHERE b.round_id = $1 AND b.delegation_id = $2 AND b.withdrawn_at IS NULL"
    ));
    Ok(sqlx::query_as(sql)
        .bind(round_id)
        .bind(delegation_id)
        .fetch_optional(conn)
        .await?)
}

/// Stores a statement; returns its id.
pub async fn insert_break(conn: &mut AnyConnection, new: &NewBreak<'_>) -> Result<i64> {
    let id = sqlx::query_scalar(
        "INSERT INTO silence_break (round_id, delegation_id, reference, statement, \
         breaks_silence, late, sent_at, sent_by) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) \
         RETURNING silence_break_id",
    )
    .bind(new.round_id)
    .bind(new.delegation_id)
    .bind(new.reference)
    .bind(new.statement)
    .bind(flag(new.breaks_silence))
    .bind(flag(new.late))
    .bind(to_millis(new.at))
    .bind(new.by_user_id)
    .fetch_one(conn)
    .await?;
    Ok(id)
}

/// Stores the amendments a statement proposes: (recommendation, replacement text).
pub async fn insert_amendments(
    conn: &mut AnyConnection,
    silence_break_id: i64,
    amendments: &[(i64, String)],
) -> Result<()> {
    for (recommendation_id, proposed_text) in amendments {
        sqlx::query(
            "INSERT INTO silence_amendment (silence_break_id, recommendation_id, proposed_text) \
             VALUES ($1, $2, $3)",
        )
        .bind(silence_break_id)
        .bind(*recommendation_id)
        .bind(proposed_text)
        .execute(&mut *conn)
        .await?;
    }
    Ok(())
}

/// Marks a statement withdrawn (it is kept).
pub async fn withdraw_break(
    conn: &mut AnyConnection,
    silence_break_id: i64,
    by_user_id: i64,
    at: Timestamp,
) -> Result<()> {
    sqlx::query(
        "UPDATE silence_break SET withdrawn_at = $2, withdrawn_by = $3 \
         WHERE silence_break_id = $1 AND withdrawn_at IS NULL",
    )
    .bind(silence_break_id)
    .bind(to_millis(at))
    .bind(by_user_id)
    .execute(conn)
    .await?;
    Ok(())
}

/// Every statement of a round (or of one delegation), withdrawn ones included, oldest first,
/// each with its amendments in document order.
pub async fn breaks(
    conn: &mut AnyConnection,
    round_id: i64,
    only: Option<i64>,
) -> Result<Vec<BreakRecord>> {
    let sql = sqlx::AssertSqlSafe(format!(
        "{BREAK_COLUMNS} WHERE b.round_id = $1 AND ($2 = 0 OR b.delegation_id = $2) \
         ORDER BY b.sent_at, b.silence_break_id"
    ));
    let mut breaks: Vec<BreakRecord> = sqlx::query_as(sql)
        .bind(round_id)
        .bind(only.unwrap_or(0))
        .fetch_all(&mut *conn)
        .await?;
    let amendments: Vec<AmendmentRecord> = sqlx::query_as(
        "SELECT a.silence_break_id, a.recommendation_id, rc.label, a.proposed_text \
         FROM silence_amendment a JOIN silence_break b ON b.silence_break_id = a.silence_break_id \
         JOIN recommendation rc ON rc.recommendation_id = a.recommendation_id \
         JOIN agenda_item ai ON ai.agenda_item_id = rc.agenda_item_id \
         WHERE b.round_id = $1 ORDER BY ai.position, rc.position, rc.recommendation_id",
    )
    .bind(round_id)
    .fetch_all(conn)
    .await?;
    for amendment in amendments {
        if let Some(b) = breaks
            .iter_mut()
            .find(|b| b.silence_break_id == amendment.silence_break_id)
        {
            b.amendments.push(amendment);
        }
    }
    Ok(breaks)
}

/// Records the result of a round; false when it was already decided (by this instance or
/// another): the decision is made once.
pub async fn insert_decision(
    conn: &mut AnyConnection,
    round_id: i64,
    result: SilenceResult,
    at: Timestamp,
) -> Result<bool> {
    let done = sqlx::query(
        "INSERT INTO silence_decision (round_id, result, decided_at) VALUES ($1, $2, $3) \
         ON CONFLICT (round_id) DO NOTHING",
    )
    .bind(round_id)
    .bind(result.as_str())
    .bind(to_millis(at))
    .execute(conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// The result of a round and when it was decided, once decided.
pub async fn decision(
    conn: &mut AnyConnection,
    round_id: i64,
) -> Result<Option<(SilenceResult, Timestamp)>> {
    #[derive(FromRow)]
    struct Decided {
        result: SilenceResult,
        #[sqlx(try_from = "Millis")]
        decided_at: Timestamp,
    }
    let row: Option<Decided> =
        sqlx::query_as("SELECT result, decided_at FROM silence_decision WHERE round_id = $1")
            .bind(round_id)
            .fetch_optional(conn)
            .await?;
    Ok(row.map(|d| (d.result, d.decided_at)))
}

/// The staff (Chair and Secretariat) accounts in use, to tell them of a result at once.
pub async fn chairs(conn: &mut AnyConnection) -> Result<Vec<(i64, String)>> {
    let rows: Vec<(i64, String)> = sqlx::query_as(
        "SELECT user_id, email FROM app_user WHERE role = 'chair' AND disabled_at IS NULL \
         ORDER BY user_id",
    )
    .fetch_all(conn)
    .await?;
    Ok(rows)
}
