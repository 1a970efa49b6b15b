//! API bearer tokens (stored hashed).

use jiff::Timestamp;
use sqlx::{Any, AnyConnection};

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
    revoke(conn, "user_id", user_id, at).await
}

/// Revokes one token; returns whether it existed and was active.
pub async fn revoke_token(
    conn: &mut AnyConnection,
    token_hash: &str,
    at: Timestamp,
) -> Result<bool> {
    Ok(revoke(conn, "token_hash", token_hash, at).await? > 0)
}

/// Revokes the active tokens whose `column` is `value`; returns how many.
async fn revoke<'q, T>(
    conn: &mut AnyConnection,
    column: &'static str,
    value: T,
    at: Timestamp,
) -> Result<u64>
where
    T: sqlx::Encode<'q, Any> + sqlx::Type<Any> + Send + 'q,
{
    let sql = sqlx::AssertSqlSafe(format!(
        "UPDATE api_token SET revoked_at = $2 WHERE {column} = $1 AND revoked_at IS NULL"
    ));
    let done = sqlx::query(sql)
        .bind(value)
        .bind(to_millis(at))
        .execute(conn)
        .await?;
    Ok(done.rows_affected())
}
