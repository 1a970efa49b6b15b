//! The `Idempotency-Key` table: one row per user and key, holding the fingerprint of the
//! request it was first sent with and, once that request is answered, the answer. What a key's
//! states mean, and when each step runs, is `app::idempotency`'s; the encoding is this file's
//! (a reserved key is stored with status 0 and an empty body).

use jiff::Timestamp;
use sqlx::{AnyConnection, Row};

use super::{Result, to_millis};

/// A key as stored.
#[derive(Debug, Clone)]
pub struct StoredKey {
    /// The fingerprint of the request that reserved it.
    pub request_hash: String,
    /// Its answer's status and body; `None` while the request that reserved it is under way.
    pub answer: Option<(u16, String)>,
}

/// Reserves `key` for a request of `user_id`; `false` when the key is there already (reserved or
/// answered), and nothing was written.
pub async fn insert_reserved(
    conn: &mut AnyConnection,
    user_id: i64,
    key: &str,
    request_hash: &str,
    at: Timestamp,
) -> Result<bool> {
    let inserted = sqlx::query(
        "INSERT INTO idempotency_key (user_id, key, request_hash, status, response_body, created_at) \
         VALUES ($1, $2, $3, 0, '', $4) ON CONFLICT (user_id, key) DO NOTHING",
    )
    .bind(user_id)
    .bind(key)
    .bind(request_hash)
    .bind(to_millis(at))
    .execute(conn)
    .await?;
    Ok(inserted.rows_affected() > 0)
}

/// The key `key` of `user_id`, if it is there.
pub async fn find(conn: &mut AnyConnection, user_id: i64, key: &str) -> Result<Option<StoredKey>> {
    let row = sqlx::query(
        "SELECT request_hash, status, response_body FROM idempotency_key WHERE user_id = $1 AND key = $2",
    )
    .bind(user_id)
    .bind(key)
    .fetch_optional(conn)
    .await?;
    row.map(|row| {
        let status = row.try_get::<i64, _>("status")?;
        Ok(StoredKey {
            request_hash: row.try_get("request_hash")?,
            answer: match status {
                0 => None,
                status => Some((
                    u16::try_from(status).unwrap_or(500),
                    row.try_get("response_body")?,
                )),
            },
        })
    })
    .transpose()
}

/// Keeps the answer of the request that reserved `key`.
pub async fn save_answer(
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

/// Frees a reserved key (an answered one stays).
pub async fn release(conn: &mut AnyConnection, user_id: i64, key: &str) -> Result<()> {
    sqlx::query("DELETE FROM idempotency_key WHERE user_id = $1 AND key = $2 AND status = 0")
        .bind(user_id)
        .bind(key)
        .execute(conn)
        .await?;
    Ok(())
}
