//! The outbox worker: claims due messages (recording the attempt before sending), sends each
//! through the configured transport with its own Message-ID, and marks it sent with the server's
//! answer — or schedules a retry with exponential backoff (capped), or gives up after the
//! configured number of attempts, leaving the row visible as failed.
//!
//! The window no mail system can close — the server accepted a message and the worker died
//! before marking it — is handled honestly: the claim expires, the next worker sends the message
//! again with the same Message-ID (so mail systems and clients can drop the copy), and the row
//! says it was re-sent after a crash.

use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::time::Duration;

use jiff::{SignedDuration, Timestamp};
use serde_json::json;
use tokio::task::JoinSet;

use crate::app::auth::new_secret;
use crate::app::{App, AppResult};
use crate::mail::{Attachment, OutgoingMail, SendError};
use crate::store::audit;
use crate::store::outbox::{self, ClaimedMail};

/// Where a test can stop the worker, as a crash would.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FaultPoint {
    /// The attempt is recorded; nothing was sent yet.
    Claimed,
    /// The SMTP server accepted the message; it is not yet marked sent.
    Accepted,
    /// The message is marked sent.
    Marked,
}

/// Called by the worker at each [`FaultPoint`] with the message's outbox id; a test's hook can
/// block forever there and abort the worker task. Production runs without one.
pub type FaultHook =
    Arc<dyn Fn(FaultPoint, i64) -> Pin<Box<dyn Future<Output = ()> + Send>> + Send + Sync>;

#[derive(Clone)]
pub struct WorkerSettings {
    /// Attempts before a message is given up as failed.
    pub max_attempts: i64,
    /// The pause after the first failed attempt; doubled after each further one.
    pub backoff_base: SignedDuration,
    pub backoff_cap: SignedDuration,
    /// How long a claim lasts: longer than any SMTP conversation (30 s timeout). A message still
    /// `sending` after it was abandoned by a worker that died.
    pub lease: SignedDuration,
    /// Messages claimed per transaction.
    pub batch: i64,
    /// Messages sent at the same time.
    pub concurrency: usize,
    /// Longest sleep without being woken (messages enqueued by other instances).
    pub idle_poll: Duration,
    pub fault: Option<FaultHook>,
}

impl Default for WorkerSettings {
    fn default() -> Self {
        WorkerSettings {
            max_attempts: 8,
            backoff_base: SignedDuration::from_secs(30),
            backoff_cap: SignedDuration::from_hours(1),
            lease: SignedDuration::from_mins(5),
            batch: 32,
            concurrency: 16,
            idle_poll: Duration::from_secs(30),
            fault: None,
        }
    }
}

impl WorkerSettings {
    /// The pause before attempt `attempts + 1`, after `attempts` failed ones.
    pub fn backoff(&self, attempts: i64) -> SignedDuration {
        let exponent = u32::try_from(attempts.saturating_sub(1).clamp(0, 30)).unwrap_or(30);
        let factor = 2i32.saturating_pow(exponent);
        self.backoff_base
            .checked_mul(factor)
            .unwrap_or(self.backoff_cap)
            .min(self.backoff_cap)
    }
}

/// What one pass did.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct PassReport {
    pub sent: usize,
    pub retried: usize,
    pub failed: usize,
    pub dropped: u64,
}

#[derive(Clone)]
pub struct Worker {
    app: App,
    settings: WorkerSettings,
    instance: String,
}

enum Outcome {
    Sent,
    Retry,
    Failed,
}

/// A claimed message as the worker handles it: the message, in mail's own type, and what its
/// attempt is recorded with.
struct Claimed {
    outbox_id: i64,
    kind: String,
    message_id: String,
    /// Including the attempt just claimed.
    attempts: i64,
    resent_after_crash: bool,
    message: OutgoingMail,
}

impl From<ClaimedMail> for Claimed {
    fn from(row: ClaimedMail) -> Claimed {
        Claimed {
            outbox_id: row.outbox_id,
            kind: row.kind,
            message_id: row.message_id,
            attempts: row.attempts,
            resent_after_crash: row.resent_after_crash,
            message: OutgoingMail {
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

impl Worker {
    pub fn new(app: App, settings: WorkerSettings) -> Worker {
        Worker {
            app,
            settings,
            instance: format!("{}-{}", std::process::id(), &new_secret()[..8]),
        }
    }

    /// The name this worker's claims carry.
    pub fn instance(&self) -> &str {
        &self.instance
    }

    /// Sends until nothing is due; returns what was done. Bounded: stops after 1,000 batches.
    pub async fn run_pass(&self) -> AppResult<PassReport> {
        let mut report = PassReport::default();
        for _ in 0..1000 {
            let mut tx = self.app.store().begin_write().await?;
            let now = self.app.now();
            report.dropped += outbox::drop_expired(&mut tx, now).await?;
            let claimed = outbox::claim_due(
                &mut tx,
                self.app.store().backend(),
                now,
                &self.instance,
                self.settings.lease,
                self.settings.batch,
            )
            .await?;
            tx.commit().await?;
            tracing::debug!(claimed = claimed.len(), %now, "mail worker claimed");
            if claimed.is_empty() {
                break;
            }
            // Send the batch, a few at a time, then record every outcome in one transaction:
            // one commit per batch instead of one per message (the commit, not SMTP, bounds
            // the rate). A crash between the two re-sends the batch's accepted messages with
            // their Message-IDs, flagged as such.
            let mut tasks = JoinSet::new();
            let mut attempts = Vec::new();
            for mail in claimed.into_iter().map(Claimed::from) {
                while tasks.len() >= self.settings.concurrency.max(1) {
                    if let Some(done) = tasks.join_next().await {
                        collect(&mut attempts, done);
                    }
                }
                let worker = self.clone();
                tasks.spawn(async move { worker.attempt(mail).await });
            }
            while let Some(done) = tasks.join_next().await {
                collect(&mut attempts, done);
            }
            let outcomes = self.record(&attempts).await?;
            for ((mail, _), outcome) in attempts.iter().zip(&outcomes) {
                match outcome {
                    Outcome::Sent => {
                        report.sent += 1;
                        self.fault(FaultPoint::Marked, mail.outbox_id).await;
                    }
                    Outcome::Retry => report.retried += 1,
                    Outcome::Failed => report.failed += 1,
                }
            }
        }
        Ok(report)
    }

    async fn fault(&self, point: FaultPoint, outbox_id: i64) {
        if let Some(hook) = &self.settings.fault {
            hook(point, outbox_id).await;
        }
    }

    /// One attempt at one claimed message (its outcome is recorded by [`Worker::record`]).
    async fn attempt(&self, mail: Claimed) -> Attempt {
        if mail.resent_after_crash {
            tracing::warn!(
                outbox_id = mail.outbox_id,
                message_id = %mail.message_id,
                "re-sending a message whose previous attempt was cut short by a crash"
            );
        }
        self.fault(FaultPoint::Claimed, mail.outbox_id).await;
        let result = self
            .app
            .mailer()
            .send(&mail.message, &mail.message_id)
            .await;
        if result.is_ok() {
            self.fault(FaultPoint::Accepted, mail.outbox_id).await;
        }
        (mail, result)
    }

    /// Marks each attempted message sent, waiting for a retry, or failed, in one transaction.
    async fn record(&self, attempts: &[Attempt]) -> AppResult<Vec<Outcome>> {
        let mut tx = self.app.store().begin_write().await?;
        let now = self.app.now();
        let mut outcomes = Vec::with_capacity(attempts.len());
        for (mail, result) in attempts {
            let outcome = match result {
                Ok(answer) => {
                    if !outbox::mark_sent(&mut tx, mail.outbox_id, &self.instance, now, answer)
                        .await?
                    {
                        tracing::warn!(
                            outbox_id = mail.outbox_id,
                            "sent, but the claim had expired and another worker took it over"
                        );
                    }
                    if mail.resent_after_crash {
                        self.audit(&mut tx, now, mail, "mail_resent_after_crash", None)
                            .await?;
                    }
                    Outcome::Sent
                }
                Err(e) if e.permanent || mail.attempts >= self.settings.max_attempts => {
                    tracing::error!(
                        outbox_id = mail.outbox_id,
                        attempts = mail.attempts,
                        error = %e,
                        "giving up on an e-mail"
                    );
                    outbox::mark_failed(&mut tx, mail.outbox_id, &self.instance, &e.message)
                        .await?;
                    self.audit(&mut tx, now, mail, "mail_failed", Some(&e.message))
                        .await?;
                    Outcome::Failed
                }
                Err(e) => {
                    let next = now + self.settings.backoff(mail.attempts);
                    tracing::warn!(
                        outbox_id = mail.outbox_id,
                        attempts = mail.attempts,
                        error = %e,
                        retry_at = %next,
                        "e-mail not sent; will retry"
                    );
                    outbox::mark_retry(&mut tx, mail.outbox_id, &self.instance, next, &e.message)
                        .await?;
                    Outcome::Retry
                }
            };
            outcomes.push(outcome);
        }
        tx.commit().await?;
        Ok(outcomes)
    }

    async fn audit(
        &self,
        tx: &mut sqlx::AnyConnection,
        now: Timestamp,
        mail: &Claimed,
        action: &str,
        error: Option<&str>,
    ) -> AppResult<()> {
        audit::record(
            tx,
            &audit::AuditEntry {
                at: now,
                actor_user_id: None,
                delegation_id: None,
                round_id: None,
                action,
                object_type: "outbox",
                object_id: Some(mail.outbox_id),
                before: None,
                after: Some(json!({
                    "kind": mail.kind,
                    "message_id": mail.message_id,
                    "attempts": mail.attempts,
                    "error": error,
                })),
            },
        )
        .await?;
        Ok(())
    }

    /// The loop: a pass, then sleep until the next message is due (a retry or an abandoned
    /// claim running out), at most `idle_poll`, or until woken by an enqueue.
    pub async fn run(self) {
        let wake = self.app.mail_wakeup();
        loop {
            if let Err(e) = self.run_pass().await {
                tracing::error!(error = %e, "mail worker pass failed");
            }
            let wait = match self.next_due().await {
                Ok(Some(at)) => {
                    let left = at.duration_since(self.app.now());
                    Duration::try_from(left.max(SignedDuration::ZERO))
                        .unwrap_or(self.settings.idle_poll)
                        .min(self.settings.idle_poll)
                }
                Ok(None) => self.settings.idle_poll,
                Err(e) => {
                    tracing::error!(error = %e, "mail worker cannot read the outbox");
                    Duration::from_secs(5).min(self.settings.idle_poll)
                }
            };
            tokio::select! {
                _ = tokio::time::sleep(wait) => {}
                _ = wake.notified() => {}
            }
        }
    }

    async fn next_due(&self) -> AppResult<Option<Timestamp>> {
        let mut conn = self.app.store().read().await?;
        Ok(outbox::next_due(&mut conn).await?)
    }
}

type Attempt = (Claimed, Result<String, SendError>);

fn collect(attempts: &mut Vec<Attempt>, done: Result<Attempt, tokio::task::JoinError>) {
    match done {
        Ok(attempt) => attempts.push(attempt),
        // The message stays claimed; its claim runs out and it is tried again.
        Err(e) => tracing::error!(error = %e, "e-mail task failed"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_doubles_and_is_capped() {
        let settings = WorkerSettings::default();
        let secs: Vec<i64> = (1..=9).map(|n| settings.backoff(n).as_secs()).collect();
        assert_eq!(secs, vec![30, 60, 120, 240, 480, 960, 1920, 3600, 3600]);
        assert_eq!(settings.backoff(1000).as_secs(), 3600);
    }
}
