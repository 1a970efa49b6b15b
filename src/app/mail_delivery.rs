//! Owns the outbox's delivery steps, each one transaction: claiming the messages that are due
//! (the attempt is recorded before anything is sent, so a crash never loses one) and recording
//! how each attempt ended (sent, to be retried after a backoff, or given up, with its audit
//! record). The outbox worker (`jobs::worker`) decides when they run and sends the messages in
//! between, through `Mailer::send`, in mail's own message type.

use jiff::{SignedDuration, Timestamp};
use serde_json::json;
use sqlx::AnyConnection;

use super::{App, AppResult};
use crate::mail::{Attachment, OutgoingMail, SendError};
use crate::store::audit;
use crate::store::audit::AuditEntry;
use crate::store::outbox::{self, AttemptEnd, ClaimedMail};

/// A claimed message: the message to send, and what its attempt is recorded with.
#[derive(Debug, Clone)]
pub struct ClaimedMessage {
    pub outbox_id: i64,
    pub kind: String,
    /// The same for every attempt at the message, so that a copy re-sent after a crash can be
    /// recognised and dropped.
    pub message_id: String,
    /// Including the attempt just claimed.
    pub attempts: i64,
    /// This attempt repeats one that a worker started and never finished.
    pub resent_after_crash: bool,
    pub mail: OutgoingMail,
}

impl From<ClaimedMail> for ClaimedMessage {
    fn from(row: ClaimedMail) -> ClaimedMessage {
        ClaimedMessage {
            outbox_id: row.outbox_id,
            kind: row.kind,
            message_id: row.message_id,
            attempts: row.attempts,
            resent_after_crash: row.resent_after_crash,
            mail: OutgoingMail {
                to: row.recipient,
                subject: row.subject,
                text: row.body_text,
                html: row.body_html,
                attachment: row.attachment.map(|a| Attachment {
                    filename: a.filename,
                    content_type: a.content_type,
                    body: a.body,
                }),
            },
        }
    }
}

/// One attempt at a claimed message: the server's answer, or why it was not accepted.
pub type Attempt = (ClaimedMessage, Result<String, SendError>);

/// How an attempt was recorded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Delivery {
    Sent,
    /// Waiting for its next attempt.
    Retry,
    /// Given up: refused for good, or too many attempts.
    Failed,
}

/// When failed attempts are given up, and how long a message waits after one.
pub struct RetryRule<'a> {
    /// Attempts before a message is given up as failed.
    pub max_attempts: i64,
    /// The pause before the next attempt, after this many failed ones.
    pub backoff: &'a (dyn Fn(i64) -> SignedDuration + Sync),
}

impl App {
    /// Drops the messages whose expiry has passed, then claims up to `limit` due messages for
    /// the worker `instance` until `lease` from now, recording the attempt. Returns how many
    /// were dropped, and the claimed messages.
    pub async fn claim_due_mail(
        &self,
        instance: &str,
        lease: SignedDuration,
        limit: i64,
    ) -> AppResult<(u64, Vec<ClaimedMessage>)> {
        let mut tx = self.store().begin_write().await?;
        let now = self.now();
        let dropped = outbox::drop_expired(&mut tx, now).await?;
        let claimed =
            outbox::claim_due(&mut tx, self.store().backend(), now, instance, lease, limit).await?;
        tx.commit().await?;
        tracing::debug!(claimed = claimed.len(), %now, "mail worker claimed");
        Ok((
            dropped,
            claimed.into_iter().map(ClaimedMessage::from).collect(),
        ))
    }

    /// Records how each attempt of the worker `instance` ended, in one transaction: sent,
    /// waiting for a retry, or failed (a permanent refusal, or the last attempt `rule` allows).
    pub async fn record_deliveries(
        &self,
        instance: &str,
        attempts: &[Attempt],
        rule: RetryRule<'_>,
    ) -> AppResult<Vec<Delivery>> {
        let mut tx = self.store().begin_write().await?;
        let now = self.now();
        let mut deliveries = Vec::with_capacity(attempts.len());
        for (mail, result) in attempts {
            let delivery = match result {
                Ok(answer) => {
                    let sent = AttemptEnd::Sent {
                        at: now,
                        smtp_response: answer,
                    };
                    if !outbox::end_attempt(&mut tx, mail.outbox_id, instance, sent).await? {
                        tracing::warn!(
                            outbox_id = mail.outbox_id,
                            "sent, but the claim had expired and another worker took it over"
                        );
                    }
                    if mail.resent_after_crash {
                        audit_mail(&mut tx, now, mail, "mail_resent_after_crash", None).await?;
                    }
                    Delivery::Sent
                }
                Err(e) if e.permanent || mail.attempts >= rule.max_attempts => {
                    tracing::error!(
                        outbox_id = mail.outbox_id,
                        attempts = mail.attempts,
                        error = %e,
                        "giving up on an e-mail"
                    );
                    let failed = AttemptEnd::Failed { error: &e.message };
                    outbox::end_attempt(&mut tx, mail.outbox_id, instance, failed).await?;
                    audit_mail(&mut tx, now, mail, "mail_failed", Some(&e.message)).await?;
                    Delivery::Failed
                }
                Err(e) => {
                    let next = now + (rule.backoff)(mail.attempts);
                    tracing::warn!(
                        outbox_id = mail.outbox_id,
                        attempts = mail.attempts,
                        error = %e,
                        retry_at = %next,
                        "e-mail not sent; will retry"
                    );
                    let retry = AttemptEnd::Retry {
                        next_attempt_at: next,
                        error: &e.message,
                    };
                    outbox::end_attempt(&mut tx, mail.outbox_id, instance, retry).await?;
                    Delivery::Retry
                }
            };
            deliveries.push(delivery);
        }
        tx.commit().await?;
        Ok(deliveries)
    }

    /// The earliest instant at which a message becomes due (a retry, or an abandoned attempt's
    /// claim running out), if any.
    pub async fn next_mail_due(&self) -> AppResult<Option<Timestamp>> {
        let mut conn = self.store().read().await?;
        Ok(outbox::next_due(&mut conn).await?)
    }
}

async fn audit_mail(
    tx: &mut AnyConnection,
    now: Timestamp,
    mail: &ClaimedMessage,
    action: &str,
    error: Option<&str>,
) -> AppResult<()> {
    audit::record(
        tx,
        &AuditEntry::new(now, action, ("outbox", Some(mail.outbox_id))).change(
            None,
            Some(json!({
                "kind": mail.kind,
                "message_id": mail.message_id,
                "attempts": mail.attempts,
                "error": error,
            })),
        ),
    )
    .await?;
    Ok(())
}
