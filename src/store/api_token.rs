//! API bearer tokens (stored hashed) and the answers kept for `Idempotency-Key` replays.

use jiff::Timestamp;
use sqlx::{AnyConnection, Row};

use super::{Result, to_millis};

pub async fn insert_token(
    conn: &mut AnyConnection,
    token_hash: &str,
    user_id: i64,
    at: Timestamp,
) -> Result<i64> {
    let id = sqlx::query_scalar(
        "INSERT INTO api_token (token_hash, user_id, created_at) VALUES ($1, $2, $3) RETURNING api_token_id",
    )
    .bind(token_hash)
    .bind(user_id)
    .bind(to_millis(at))
    .fetch_one(conn)
    .await?;
    Ok(id)
}

/// The user of an unrevoked token.
pub async fn user_of_token(conn: &mut AnyConnection, token_hash: &str) -> Result<Option<i64>> {
    let id = sqlx::query_scalar(
        "SELECT user_id FROM api_token WHERE token_hash = $1 AND revoked_at IS NULL",
    )
    .bind(token_hash)
    .fetch_optional(conn)
    .await?;
    Ok(id)
}

/// Revokes every token of a user; returns how many were revoked.
pub async fn revoke_tokens_of_user(
    conn: &mut AnyConnection,
    user_id: i64,
    at: Timestamp,
) -> Result<u64> {
    let done = sqlx::query(
        "UPDATE api_token SET revoked_at = $2 WHERE user_id = $1 AND revoked_at IS NULL",
    )
    .bind(user_id)
    .bind(to_millis(at))
    .execute(conn)
    .await?;
    Ok(done.rows_affected())
}

/// Revokes one token; returns whether it existed and was active.
pub async fn revoke_token(
    conn: &mut AnyConnection,
    token_hash: &str,
    at: Timestamp,
) -> Result<bool> {
    let done = sqlx::query(
        "UPDATE api_token SET revoked_at = $2 WHERE token_hash = $1 AND revoked_at IS NULL",
    )
    .bind(token_hash)
    .bind(to_millis(at))
    .execute(conn)
    .await?;
    Ok(done.rows_affected() > 0)
}

/// The kept answer to an earlier request with the same key.
#[derive(Debug, Clone)]
pub struct KeptAnswer {
    pub request_hash: String,
    pub status: u16,
    pub body: String,
}

pub async fn kept_answer(
    conn: &mut AnyConnection,
    user_id: i64,
    key: &str,
) -> Result<Option<KeptAnswer>> {
    let row = sqlx::query(
        "SELECT request_hash, status, response_body FROM idempotency_key WHERE user_id = $1 AND key = $2",
    )
    .bind(user_id)
    .bind(key)
    .fetch_optional(conn)
    .await?;
    row.map(|row| {
        Ok(KeptAnswer {
            request_hash: row.try_get("request_hash")?,
            status: u16::try_from(row.try_get::<i64, _>("status")?).unwrap_or(500),
            body: row.try_get("response_body")?,
        })
    })
    .transpose()
}

/// What reserving an idempotency key found.
#[derive(Debug, Clone)]
pub enum Reservation {
    /// The key is new and now reserved for this request.
    Reserved,
    /// The key was used before (status 0: that request has not finished).
    Existing(KeptAnswer),
}

/// Reserves `key` for a request before doing its work, so that two requests with the same key
/// cannot both do it.
pub async fn reserve_key(
    conn: &mut AnyConnection,
    user_id: i64,
    key: &str,
    request_hash: &str,
    at: Timestamp,
) -> Result<Reservation> {
    let inserted = sqlx::query(
        "INSERT INTO idempotency_key (user_id, key, request_hash, status, response_body, created_at) \
         VALUES ($1, $2, $3, 0, '', $4) ON CONFLICT (user_id, key) DO NOTHING",
    )
    .bind(user_id)
    .bind(key)
    .bind(request_hash)
    .bind(to_millis(at))
    .execute(&mut *conn)
    .await?;
    if inserted.rows_affected() > 0 {
        return Ok(Reservation::Reserved);
    }
    match kept_answer(conn, user_id, key).await? {
        Some(kept) => Ok(Reservation::Existing(kept)),
        None => Ok(Reservation::Reserved),
    }
}

/// Keeps the answer of a finished request under its key.
pub async fn complete_key(
    conn: &mut AnyConnection,
    user_id: i64,
    key: &str,
    status: u16,
    body: &str,
) -> Result<()> {
    sqlx::query("UPDATE idempotency_key SET status = $3, response_body = $4 WHERE user_id = $1 AND key = $2")
        .bind(user_id)
        .bind(key)
        .bind(i64::from(status))
        .bind(body)
        .execute(conn)
        .await?;
    Ok(())
}

/// Frees a key whose request failed on our side, so that it can be retried.
pub async fn release_key(conn: &mut AnyConnection, user_id: i64, key: &str) -> Result<()> {
    sqlx::query("DELETE FROM idempotency_key WHERE user_id = $1 AND key = $2 AND status = 0")
        .bind(user_id)
        .bind(key)
        .execute(conn)
        .await?;
    Ok(())
}
