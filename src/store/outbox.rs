//! The outbox: one row per e-mail and recipient, written in the transaction of the action that
//! causes it, unique by its dedupe key; claimed, marked and retried by the worker.
//!
//! A row's life: `pending` → `sending` (the attempt is recorded before the SMTP conversation) →
//! `sent` | `failed` | `dropped`. A `sending` row whose claim has expired belonged to a worker
//! that died mid-attempt: it is claimed again and flagged `resent_after_crash`. Claiming on
//! PostgreSQL uses `FOR UPDATE SKIP LOCKED`, so several instances never take the same row; on
//! SQLite the write transaction (`BEGIN IMMEDIATE`) already serialises claims.

use std::collections::HashSet;

use jiff::{SignedDuration, Timestamp};
use sqlx::{AnyConnection, Row};

use super::column::{Flag, MaybeMillis, Millis};
use super::{Backend, Result, batch, opt_from_millis, to_millis};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OutboxStatus {
    Pending,
    Sending,
    Sent,
    Failed,
    Dropped,
}

crate::domain::text_forms!(OutboxStatus {
    Pending => "pending",
    Sending => "sending",
    Sent => "sent",
    Failed => "failed",
    Dropped => "dropped",
});

/// A message's attachment as the outbox keeps it (the invitation's `.ics`): its name, MIME type
/// and text, each a column of the message's row.
#[derive(Debug, Clone, PartialEq)]
pub struct StoredAttachment {
    pub filename: String,
    pub content_type: String,
    pub body: String,
}

/// A [`StoredAttachment`] to put into the outbox, borrowed from the message it comes with.
#[derive(Debug, Clone, Copy)]
pub struct NewAttachment<'a> {
    pub filename: &'a str,
    pub content_type: &'a str,
    pub body: &'a str,
}

impl StoredAttachment {
    fn as_new(&self) -> NewAttachment<'_> {
        NewAttachment {
            filename: &self.filename,
            content_type: &self.content_type,
            body: &self.body,
        }
    }
}

impl From<NewAttachment<'_>> for StoredAttachment {
    fn from(a: NewAttachment<'_>) -> StoredAttachment {
        StoredAttachment {
            filename: a.filename.to_string(),
            content_type: a.content_type.to_string(),
            body: a.body.to_string(),
        }
    }
}

/// A message to put into the outbox.
#[derive(Debug, Clone)]
pub struct NewOutboxMail<'a> {
    pub dedupe_key: &'a str,
    pub kind: &'a str,
    pub round_id: Option<i64>,
    pub delegation_id: Option<i64>,
    pub user_id: Option<i64>,
    pub recipient: &'a str,
    pub message_id: &'a str,
    pub subject: &'a str,
    pub body_text: &'a str,
    pub body_html: &'a str,
    pub attachment: Option<NewAttachment<'a>>,
    /// Not sent at or after this instant (a reminder is worthless after its deadline).
    pub expires_at: Option<Timestamp>,
    pub at: Timestamp,
}

/// The attachment columns of a row, all three set or none.
#[derive(sqlx::FromRow)]
struct AttachmentColumns {
    attachment_name: Option<String>,
    attachment_type: Option<String>,
    attachment_body: Option<String>,
}

impl From<AttachmentColumns> for Option<StoredAttachment> {
    fn from(columns: AttachmentColumns) -> Option<StoredAttachment> {
        Some(StoredAttachment {
            filename: columns.attachment_name?,
            content_type: columns.attachment_type?,
            body: columns.attachment_body?,
        })
    }
}

/// A claimed message, with everything needed to send it.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct ClaimedMail {
    pub outbox_id: i64,
    pub kind: String,
    pub recipient: String,
    pub message_id: String,
    pub subject: String,
    pub body_text: String,
    pub body_html: String,
    #[sqlx(flatten, try_from = "AttachmentColumns")]
    pub attachment: Option<StoredAttachment>,
    /// Including the attempt just claimed.
    pub attempts: i64,
    /// This attempt repeats one that a worker started and never finished.
    #[sqlx(try_from = "Flag")]
    pub resent_after_crash: bool,
}

/// A row of the mail log.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct OutboxEntry {
    pub outbox_id: i64,
    pub dedupe_key: String,
    pub kind: String,
    pub round_id: Option<i64>,
    pub delegation_id: Option<i64>,
    pub recipient: String,
    pub message_id: String,
    pub subject: String,
    pub status: OutboxStatus,
    pub attempts: i64,
    #[sqlx(try_from = "Millis")]
    pub next_attempt_at: Timestamp,
    pub last_error: Option<String>,
    pub smtp_response: Option<String>,
    #[sqlx(try_from = "Flag")]
    pub resent_after_crash: bool,
    #[sqlx(try_from = "Millis")]
    pub created_at: Timestamp,
    #[sqlx(try_from = "MaybeMillis")]
    pub sent_at: Option<Timestamp>,
}

/// Puts a message into the outbox unless one with the same dedupe key is already there.
/// Returns the new row's id, or `None` for a duplicate.
pub async fn insert(conn: &mut AnyConnection, mail: &NewOutboxMail<'_>) -> Result<Option<i64>> {
    let sql = format!("{} RETURNING outbox_id", insert_sql(1));
    let row = bind(sqlx::query(sqlx::AssertSqlSafe(sql)), mail)
        .fetch_optional(conn)
        .await?;
    Ok(row.map(|row| row.try_get(0)).transpose()?)
}

/// Puts one message into the outbox (see [`insert`]).
pub async fn insert_row(conn: &mut AnyConnection, row: &OutboxRow) -> Result<Option<i64>> {
    insert(conn, &row.mail()).await
}

/// A message ready to be put into the outbox: what [`NewOutboxMail`] says, owned, so that a
/// grouped write can hand it to its group, which puts those of all its writes into the outbox
/// together just before its commit (see [`insert_all`]).
#[derive(Debug, Clone)]
pub struct OutboxRow {
    dedupe_key: String,
    kind: String,
    round_id: Option<i64>,
    delegation_id: Option<i64>,
    user_id: Option<i64>,
    recipient: String,
    message_id: String,
    subject: String,
    body_text: String,
    body_html: String,
    attachment: Option<StoredAttachment>,
    expires_at: Option<Timestamp>,
    at: Timestamp,
}

impl From<&NewOutboxMail<'_>> for OutboxRow {
    fn from(mail: &NewOutboxMail<'_>) -> OutboxRow {
        OutboxRow {
            dedupe_key: mail.dedupe_key.to_string(),
            kind: mail.kind.to_string(),
            round_id: mail.round_id,
            delegation_id: mail.delegation_id,
            user_id: mail.user_id,
            recipient: mail.recipient.to_string(),
            message_id: mail.message_id.to_string(),
            subject: mail.subject.to_string(),
            body_text: mail.body_text.to_string(),
            body_html: mail.body_html.to_string(),
            attachment: mail.attachment.map(StoredAttachment::from),
            expires_at: mail.expires_at,
            at: mail.at,
        }
    }
}

impl OutboxRow {
    fn mail(&self) -> NewOutboxMail<'_> {
        NewOutboxMail {
            dedupe_key: &self.dedupe_key,
            kind: &self.kind,
            round_id: self.round_id,
            delegation_id: self.delegation_id,
            user_id: self.user_id,
            recipient: &self.recipient,
            message_id: &self.message_id,
            subject: &self.subject,
            body_text: &self.body_text,
            body_html: &self.body_html,
            attachment: self.attachment.as_ref().map(StoredAttachment::as_new),
            expires_at: self.expires_at,
            at: self.at,
        }
    }
}

/// Puts `rows` into the outbox in as few statements as the batch sizes allow; a row whose
/// dedupe key is already there is left out, as by [`insert`].
pub async fn insert_all<'r>(
    conn: &mut AnyConnection,
    rows: impl IntoIterator<Item = &'r OutboxRow>,
) -> Result<()> {
    let rows: Vec<&OutboxRow> = rows.into_iter().collect();
    batch::insert_all(conn, &rows, insert_sql, |query, row| {
        bind(query, &row.mail())
    })
    .await?;
    Ok(())
}

/// Parameters per message: `created_at` is `next_attempt_at` (due when enqueued).
const COLUMNS: usize = 15;

/// `INSERT INTO outbox … VALUES (…), … ON CONFLICT (dedupe_key) DO NOTHING` for `rows` rows.
fn insert_sql(rows: usize) -> String {
    format!(
        "INSERT INTO outbox (dedupe_key, kind, round_id, delegation_id, user_id, recipient, \
         message_id, subject, body_text, body_html, attachment_name, attachment_type, \
         attachment_body, next_attempt_at, expires_at, created_at) VALUES {} \
         ON CONFLICT (dedupe_key) DO NOTHING",
        batch::values(rows, COLUMNS, |first| {
            let row = batch::placeholders(first, COLUMNS);
            format!("{}, ${})", row.trim_end_matches(')'), first + 13)
        })
    )
}

fn bind<'q>(query: batch::AnyQuery<'q>, mail: &NewOutboxMail<'_>) -> batch::AnyQuery<'q> {
    query
        .bind(mail.dedupe_key)
        .bind(mail.kind)
        .bind(mail.round_id)
        .bind(mail.delegation_id)
        .bind(mail.user_id)
        .bind(mail.recipient)
        .bind(mail.message_id)
        .bind(mail.subject)
        .bind(mail.body_text)
        .bind(mail.body_html)
        .bind(mail.attachment.map(|a| a.filename))
        .bind(mail.attachment.map(|a| a.content_type))
        .bind(mail.attachment.map(|a| a.body))
        .bind(to_millis(mail.at))
        .bind(mail.expires_at.map(to_millis))
}

/// The dedupe keys already in the outbox that start with `prefix` (to skip rendering messages
/// that would be duplicates).
pub async fn keys_with_prefix(conn: &mut AnyConnection, prefix: &str) -> Result<HashSet<String>> {
    let len = i64::try_from(prefix.chars().count()).unwrap_or(i64::MAX);
    let keys: Vec<String> = sqlx::query_scalar(
        "SELECT dedupe_key FROM outbox WHERE substr(dedupe_key, 1, CAST($2 AS INTEGER)) = $1",
    )
    .bind(prefix)
    .bind(len)
    .fetch_all(conn)
    .await?;
    Ok(keys.into_iter().collect())
}

/// Marks as dropped the messages that can no longer be sent usefully: pending (or abandoned
/// mid-attempt) after their expiry. Returns how many.
pub async fn drop_expired(conn: &mut AnyConnection, now: Timestamp) -> Result<u64> {
    let done = sqlx::query(
        "UPDATE outbox SET status = 'dropped', claimed_by = NULL, claimed_until = NULL, \
         last_error = 'not sent: its deadline has passed' \
         WHERE expires_at IS NOT NULL AND expires_at <= $1 \
         AND (status = 'pending' OR (status = 'sending' AND claimed_until <= $1))",
    )
    .bind(to_millis(now))
    .execute(conn)
    .await?;
    Ok(done.rows_affected())
}

/// Claims up to `limit` messages due at `now` for worker `instance` until `now + lease`, and
/// records the attempt (before anything is sent). Includes attempts abandoned by a worker
/// that died (claim expired while `sending`), flagged as re-sent after a crash.
pub async fn claim_due(
    conn: &mut AnyConnection,
    backend: Backend,
    now: Timestamp,
    instance: &str,
    lease: SignedDuration,
    limit: i64,
) -> Result<Vec<ClaimedMail>> {
    let lock = match backend {
        Backend::Postgres => " FOR UPDATE SKIP LOCKED",
        Backend::Sqlite => "",
    };
    let sql = sqlx::AssertSqlSafe(format!(
        "UPDATE outbox SET status = 'sending', attempts = attempts + 1, claimed_by = $2, \
         claimed_until = $3, \
         resent_after_crash = CASE WHEN status = 'sending' THEN 1 ELSE resent_after_crash END \
         WHERE outbox_id IN (SELECT outbox_id FROM outbox \
           WHERE (status = 'pending' AND next_attempt_at <= $1) \
              OR (status = 'sending' AND claimed_until <= $1) \
           ORDER BY next_attempt_at, outbox_id LIMIT $4{lock}) \
         RETURNING outbox_id, kind, recipient, message_id, subject, body_text, body_html, \
         attachment_name, attachment_type, attachment_body, attempts, resent_after_crash"
    ));
    let mut claimed: Vec<ClaimedMail> = sqlx::query_as(sql)
        .bind(to_millis(now))
        .bind(instance)
        .bind(to_millis(now + lease))
        .bind(limit)
        .fetch_all(conn)
        .await?;
    claimed.sort_by_key(|c| c.outbox_id);
    Ok(claimed)
}

/// How a claimed attempt ended.
#[derive(Debug, Clone, Copy)]
pub enum AttemptEnd<'a> {
    /// The SMTP server accepted the message with this answer.
    Sent {
        at: Timestamp,
        smtp_response: &'a str,
    },
    /// A temporary failure: the message waits for its next attempt.
    Retry {
        next_attempt_at: Timestamp,
        error: &'a str,
    },
    /// Given up (a permanent refusal, or too many attempts); the message stays visible as
    /// failed.
    Failed { error: &'a str },
}

/// Records how worker `instance`'s attempt at a message ended. A message that is no longer
/// waiting (sent or failed) loses the bodies of a sign-in message: they hold a live sign-in
/// link. Returns false when the claim was lost (another worker took the message over after
/// this one's claim expired), and then changes nothing.
pub async fn end_attempt(
    conn: &mut AnyConnection,
    outbox_id: i64,
    instance: &str,
    end: AttemptEnd<'_>,
) -> Result<bool> {
    const FORGET_SIGN_IN_LINK: &str = "claimed_until = NULL, \
         body_text = CASE WHEN kind = 'sign_in' THEN '' ELSE body_text END, \
         body_html = CASE WHEN kind = 'sign_in' THEN '' ELSE body_html END";
    let set = match end {
        AttemptEnd::Sent { .. } => format!(
            "status = 'sent', sent_at = $3, smtp_response = $4, last_error = NULL, \
             {FORGET_SIGN_IN_LINK}"
        ),
        AttemptEnd::Retry { .. } => "status = 'pending', next_attempt_at = $3, last_error = $4, \
             claimed_by = NULL, claimed_until = NULL"
            .to_owned(),
        AttemptEnd::Failed { .. } => {
            format!("status = 'failed', last_error = $3, {FORGET_SIGN_IN_LINK}")
        }
    };
    let sql = sqlx::AssertSqlSafe(format!(
        "UPDATE outbox SET {set} WHERE outbox_id = $1 AND status = 'sending' AND claimed_by = $2"
    ));
    let query = sqlx::query(sql).bind(outbox_id).bind(instance);
    let query = match end {
        AttemptEnd::Sent { at, smtp_response } => query.bind(to_millis(at)).bind(smtp_response),
        AttemptEnd::Retry {
            next_attempt_at,
            error,
        } => query.bind(to_millis(next_attempt_at)).bind(error),
        AttemptEnd::Failed { error } => query.bind(error),
    };
    Ok(query.execute(conn).await?.rows_affected() == 1)
}

/// Drops the messages of a round that are still waiting, of the given kinds (e.g. reminders of
/// a cancelled round). Returns how many.
pub async fn drop_waiting(
    conn: &mut AnyConnection,
    round_id: i64,
    kinds: &[&str],
    reason: &str,
) -> Result<u64> {
    let mut dropped = 0;
    for kind in kinds {
        let done = sqlx::query(
            "UPDATE outbox SET status = 'dropped', last_error = $3 \
             WHERE round_id = $1 AND kind = $2 AND status = 'pending'",
        )
        .bind(round_id)
        .bind(*kind)
        .bind(reason)
        .execute(&mut *conn)
        .await?;
        dropped += done.rows_affected();
    }
    Ok(dropped)
}

/// The earliest instant at which a message becomes due (a retry, or an abandoned attempt's
/// claim running out), if any.
pub async fn next_due(conn: &mut AnyConnection) -> Result<Option<Timestamp>> {
    let next: Option<i64> = sqlx::query_scalar(
        "SELECT MIN(CASE WHEN status = 'pending' THEN next_attempt_at ELSE claimed_until END) \
         FROM outbox WHERE status = 'pending' OR status = 'sending'",
    )
    .fetch_one(conn)
    .await?;
    opt_from_millis("outbox.next_attempt_at", next)
}

const ENTRY_COLUMNS: &str = "outbox_id, dedupe_key, kind, round_id, delegation_id, recipient, \
     message_id, subject, status, attempts, next_attempt_at, last_error, smtp_response, \
     resent_after_crash, created_at, sent_at FROM outbox";

/// The mail log of a round, oldest first.
pub async fn for_round(conn: &mut AnyConnection, round_id: i64) -> Result<Vec<OutboxEntry>> {
    let sql = sqlx::AssertSqlSafe(format!(
        "SELECT {ENTRY_COLUMNS} WHERE round_id = $1 ORDER BY outbox_id"
    ));
    Ok(sqlx::query_as(sql).bind(round_id).fetch_all(conn).await?)
}

/// Every message, oldest first (tests and the benchmark look at the whole outbox).
pub async fn all(conn: &mut AnyConnection) -> Result<Vec<OutboxEntry>> {
    let sql = sqlx::AssertSqlSafe(format!("SELECT {ENTRY_COLUMNS} ORDER BY outbox_id"));
    Ok(sqlx::query_as(sql).fetch_all(conn).await?)
}

/// How many messages are waiting or under way (not yet sent, failed or dropped).
pub async fn count_unfinished(conn: &mut AnyConnection) -> Result<i64> {
    let n = sqlx::query_scalar(
        "SELECT COUNT(*) FROM outbox WHERE status = 'pending' OR status = 'sending'",
    )
    .fetch_one(conn)
    .await?;
    Ok(n)
}

/// How many messages are due at `now` or under way (tests wait for this to reach zero).
pub async fn claimable_count(conn: &mut AnyConnection, now: Timestamp) -> Result<i64> {
    let n = sqlx::query_scalar(
        "SELECT COUNT(*) FROM outbox \
         WHERE (status = 'pending' AND next_attempt_at <= $1) OR status = 'sending'",
    )
    .bind(to_millis(now))
    .fetch_one(conn)
    .await?;
    Ok(n)
}
