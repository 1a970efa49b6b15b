//! Published outcomes: each version of a round's outcome document, kept whole (as JSON) so that
//! earlier versions stay downloadable as they were published.

use jiff::Timestamp;
use sqlx::{AnyConnection, FromRow};

use super::column::Millis;
use super::{Result, to_millis};

/// One published version of an outcome, without its document.
#[derive(Debug, Clone, PartialEq, FromRow)]
pub struct OutcomeRecord {
    pub version: i64,
    #[sqlx(try_from = "Millis")]
    pub published_at: Timestamp,
    pub published_by: i64,
    pub published_by_name: String,
}

const OUTCOME_COLUMNS: &str = "o.version, o.published_at, o.published_by, \
     CASE WHEN u.name = '' THEN u.email ELSE u.name END AS published_by_name \
     FROM outcome o JOIN app_user u ON u.user_id = o.published_by";

/// A published version with its document.
#[derive(FromRow)]
struct Published {
    #[sqlx(flatten)]
    record: OutcomeRecord,
    document_json: String,
}

/// The version number the next publication of a round gets.
pub async fn next_version(conn: &mut AnyConnection, round_id: i64) -> Result<i64> {
    let last: Option<i64> =
        sqlx::query_scalar("SELECT MAX(version) FROM outcome WHERE round_id = $1")
            .bind(round_id)
            .fetch_one(conn)
            .await?;
    Ok(last.unwrap_or(0) + 1)
}

/// Stores a published version; two publications racing for one number fail on the unique key.
pub async fn insert_outcome(
    conn: &mut AnyConnection,
    round_id: i64,
    version: i64,
    document_json: &str,
    by_user_id: i64,
    at: Timestamp,
) -> Result<i64> {
    let id = sqlx::query_scalar(
        "INSERT INTO outcome (round_id, version, published_at, published_by, document_json) \
         VALUES ($1, $2, $3, $4, $5) RETURNING outcome_id",
    )
    .bind(round_id)
    .bind(version)
    .bind(to_millis(at))
    .bind(by_user_id)
    .bind(document_json)
    .fetch_one(conn)
    .await?;
    Ok(id)
}

/// Every published version of a round's outcome, newest first.
pub async fn list_outcomes(conn: &mut AnyConnection, round_id: i64) -> Result<Vec<OutcomeRecord>> {
    let sql = sqlx::AssertSqlSafe(format!(
        "SELECT {OUTCOME_COLUMNS} WHERE o.round_id = $1 ORDER BY o.version DESC"
    ));
    Ok(sqlx::query_as(sql).bind(round_id).fetch_all(conn).await?)
}

/// One version (the latest when `version` is `None`) with its document; `None` when the round
/// has no such version (version numbers start at 1).
pub async fn get_outcome(
    conn: &mut AnyConnection,
    round_id: i64,
    version: Option<i64>,
) -> Result<Option<(OutcomeRecord, String)>> {
    let which = match version {
        Some(_) => "AND o.version = $2",
        None => "ORDER BY o.version DESC LIMIT 1",
    };
    let sql = sqlx::AssertSqlSafe(format!(
        "SELECT o.document_json, {OUTCOME_COLUMNS} WHERE o.round_id = $1 {which}"
    ));
    let mut query = sqlx::query_as(sql).bind(round_id);
    if let Some(version) = version {
        query = query.bind(version);
    }
    let published: Option<Published> = query.fetch_optional(conn).await?;
    Ok(published.map(|p| (p.record, p.document_json)))
}

/// Whether a round has a published outcome.
pub async fn is_published(conn: &mut AnyConnection, round_id: i64) -> Result<bool> {
    let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM outcome WHERE round_id = $1")
        .bind(round_id)
        .fetch_one(conn)
        .await?;
    Ok(n > 0)
}

/// Where and when a meeting was held, as recorded (e.g. "Vienna (hybrid)", "10–11 September 2020").
pub async fn meeting_place_and_dates(
    conn: &mut AnyConnection,
    meeting_id: i64,
) -> Result<Option<(String, String)>> {
    let row: Option<(String, String)> =
        sqlx::query_as("SELECT venue, dates FROM meeting WHERE meeting_id = $1")
            .bind(meeting_id)
            .fetch_optional(conn)
            .await?;
    Ok(row)
}
