//! Sign-in tokens and sessions. Only hashes of the secrets are stored.

use jiff::Timestamp;
use sqlx::{AnyConnection, FromRow, Row};

use super::batch::{insert_all, insert_sql};
use super::column::{Flag, Millis};
use super::delegation::USER_COLUMNS;
use super::{Result, to_millis};
use crate::domain::account::{SignInLinkStatus, User};

#[derive(Debug, Clone, FromRow)]
pub struct SessionRecord {
    pub session_id: i64,
    pub user_id: i64,
    #[sqlx(rename = "session_created_at", try_from = "Millis")]
    pub created_at: Timestamp,
    #[sqlx(try_from = "Millis")]
    pub last_seen_at: Timestamp,
    #[sqlx(try_from = "Millis")]
    pub expires_at: Timestamp,
    #[sqlx(try_from = "Flag")]
    pub ended: bool,
}

/// A session and its user, read in one row.
#[derive(FromRow)]
struct SessionWithUser {
    #[sqlx(flatten)]
    session: SessionRecord,
    #[sqlx(flatten)]
    user: User,
}

pub async fn insert_sign_in_token(
    conn: &mut AnyConnection,
    token_hash: &str,
    user_id: i64,
    created_at: Timestamp,
    expires_at: Timestamp,
) -> Result<()> {
    sqlx::query(
        "INSERT INTO sign_in_token (token_hash, user_id, created_at, expires_at) VALUES ($1, $2, $3, $4)",
    )
    .bind(token_hash)
    .bind(user_id)
    .bind(to_millis(created_at))
    .bind(to_millis(expires_at))
    .execute(conn)
    .await?;
    Ok(())
}

/// What a sign-in link's token is worth now, without using it (for the page the link opens).
pub async fn sign_in_token_status(
    conn: &mut AnyConnection,
    token_hash: &str,
    now: Timestamp,
) -> Result<SignInLinkStatus> {
    let row = sqlx::query("SELECT expires_at, used_at FROM sign_in_token WHERE token_hash = $1")
        .bind(token_hash)
        .fetch_optional(conn)
        .await?;
    let Some(row) = row else {
        return Ok(SignInLinkStatus::Unknown);
    };
    if row.try_get::<Option<i64>, _>("used_at")?.is_some() {
        return Ok(SignInLinkStatus::Used);
    }
    if row.try_get::<i64, _>("expires_at")? <= to_millis(now) {
        return Ok(SignInLinkStatus::Expired);
    }
    Ok(SignInLinkStatus::Valid)
}

/// Uses a token once: returns its user when it was unused and unexpired, and marks it used in
/// the same statement, so two concurrent posts of one link cannot both succeed.
pub async fn consume_sign_in_token(
    conn: &mut AnyConnection,
    token_hash: &str,
    now: Timestamp,
) -> Result<Option<i64>> {
    let user_id = sqlx::query_scalar(
        "UPDATE sign_in_token SET used_at = $2 \
         WHERE token_hash = $1 AND used_at IS NULL AND expires_at > $2 RETURNING user_id",
    )
    .bind(token_hash)
    .bind(to_millis(now))
    .fetch_optional(conn)
    .await?;
    Ok(user_id)
}

pub async fn insert_session(
    conn: &mut AnyConnection,
    secret_hash: &str,
    user_id: i64,
    now: Timestamp,
    expires_at: Timestamp,
) -> Result<i64> {
    let id = sqlx::query_scalar(
        "INSERT INTO session (secret_hash, user_id, created_at, last_seen_at, expires_at) \
         VALUES ($1, $2, $3, $3, $4) RETURNING session_id",
    )
    .bind(secret_hash)
    .bind(user_id)
    .bind(to_millis(now))
    .bind(to_millis(expires_at))
    .fetch_one(conn)
    .await?;
    Ok(id)
}

/// A session by the hash of its secret, with its user: one read for every signed-in request.
pub async fn find_session_with_user(
    conn: &mut AnyConnection,
    secret_hash: &str,
) -> Result<Option<(SessionRecord, User)>> {
    let sql = sqlx::AssertSqlSafe(format!(
        "SELECT s.session_id, s.created_at AS session_created_at, s.last_seen_at, s.expires_at, \
         s.ended_at IS NOT NULL AS ended, {USER_COLUMNS} JOIN session s ON s.user_id = u.user_id \
         WHERE s.secret_hash = $1"
    ));
    let row: Option<SessionWithUser> = sqlx::query_as(sql)
        .bind(secret_hash)
        .fetch_optional(conn)
        .await?;
    Ok(row.map(|row| (row.session, row.user)))
}

pub async fn touch_session(
    conn: &mut AnyConnection,
    session_id: i64,
    now: Timestamp,
) -> Result<()> {
    sqlx::query("UPDATE session SET last_seen_at = $2 WHERE session_id = $1 AND ended_at IS NULL")
        .bind(session_id)
        .bind(to_millis(now))
        .execute(conn)
        .await?;
    Ok(())
}

/// Starts a live session's idle clock again from `now`; the session's absolute end, or `None`
/// when it has ended (signed out, or past that end).
pub async fn touch_live_session(
    conn: &mut AnyConnection,
    session_id: i64,
    now: Timestamp,
) -> Result<Option<Timestamp>> {
    let expires_at: Option<i64> = sqlx::query_scalar(
        "UPDATE session SET last_seen_at = $2 \
         WHERE session_id = $1 AND ended_at IS NULL AND expires_at > $2 RETURNING expires_at",
    )
    .bind(session_id)
    .bind(to_millis(now))
    .fetch_optional(conn)
    .await?;
    expires_at
        .map(|ms| super::from_millis("expires_at", ms))
        .transpose()
}

pub async fn end_session(conn: &mut AnyConnection, session_id: i64, now: Timestamp) -> Result<()> {
    sqlx::query("UPDATE session SET ended_at = $2 WHERE session_id = $1 AND ended_at IS NULL")
        .bind(session_id)
        .bind(to_millis(now))
        .execute(conn)
        .await?;
    Ok(())
}

/// Links issued to a person since `since` (the limit per address).
pub async fn count_links_since(
    conn: &mut AnyConnection,
    user_id: i64,
    since: Timestamp,
) -> Result<u64> {
    let count: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM sign_in_token WHERE user_id = $1 AND created_at > $2",
    )
    .bind(user_id)
    .bind(to_millis(since))
    .fetch_one(conn)
    .await?;
    Ok(u64::try_from(count).unwrap_or(0))
}

/// Requests for links a client made since `since` (the limit per client), as stored.
pub async fn count_client_requests(
    conn: &mut AnyConnection,
    client: &str,
    since: Timestamp,
) -> Result<u64> {
    let count: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM sign_in_request WHERE client = $1 AND requested_at > $2",
    )
    .bind(client)
    .bind(to_millis(since))
    .fetch_one(conn)
    .await?;
    Ok(u64::try_from(count).unwrap_or(0))
}

/// A client's request for a link, to be counted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClientRequest {
    pub client: String,
    pub requested_at: Timestamp,
}

/// Stores `requests` in a few multi-row statements and deletes those older than `cutoff`,
/// which no longer count.
pub async fn record_client_requests(
    conn: &mut AnyConnection,
    requests: &[ClientRequest],
    cutoff: Timestamp,
) -> Result<()> {
    let rows: Vec<&ClientRequest> = requests.iter().collect();
    insert_all(
        &mut *conn,
        &rows,
        insert_sql("INSERT INTO sign_in_request (client, requested_at)", ""),
        |query, request| {
            query
                .bind(request.client.clone())
                .bind(to_millis(request.requested_at))
        },
    )
    .await?;
    sqlx::query("DELETE FROM sign_in_request WHERE requested_at <= $1")
        .bind(to_millis(cutoff))
        .execute(conn)
        .await?;
    Ok(())
}

/// Whose sessions and links [`end_sign_ins`] ends.
#[derive(Debug, Clone, Copy)]
pub enum SignInsOf {
    User(i64),
    /// Every person of a delegation.
    Delegation(i64),
}

/// Ends, at `now`, the sessions and the sign-in links not yet used of the people `of` names:
/// someone taken off a delegation (or whose delegation was taken out) is out at once, and
/// stays out if added again later — their old cookie and old links never come back to life.
pub async fn end_sign_ins(conn: &mut AnyConnection, of: SignInsOf, now: Timestamp) -> Result<()> {
    let (people, id) = match of {
        SignInsOf::User(user_id) => ("user_id = $1", user_id),
        SignInsOf::Delegation(delegation_id) => (
            "user_id IN (SELECT user_id FROM app_user WHERE delegation_id = $1)",
            delegation_id,
        ),
    };
    sqlx::query(sqlx::AssertSqlSafe(format!(
        "UPDATE session SET ended_at = $2 WHERE {people} AND ended_at IS NULL"
    )))
    .bind(id)
    .bind(to_millis(now))
    .execute(&mut *conn)
    .await?;
    sqlx::query(sqlx::AssertSqlSafe(format!(
        "UPDATE sign_in_token SET expires_at = $2 \
         WHERE {people} AND used_at IS NULL AND expires_at > $2"
    )))
    .bind(id)
    .bind(to_millis(now))
    .execute(conn)
    .await?;
    Ok(())
}
