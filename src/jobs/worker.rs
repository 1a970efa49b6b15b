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

use jiff::SignedDuration;
use tokio::task::JoinSet;

use crate::app::auth::new_secret;
use crate::app::mail_delivery::{Attempt, ClaimedMessage, Delivery, RetryRule};
use crate::app::{App, AppResult};

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
            let (dropped, claimed) = self
                .app
                .claim_due_mail(&self.instance, self.settings.lease, self.settings.batch)
                .await?;
            report.dropped += dropped;
            if claimed.is_empty() {
                break;
            }
            // Send the batch, a few at a time, then record every outcome in one transaction:
            // one commit per batch instead of one per message (the commit, not SMTP, bounds
            // the rate). A crash between the two re-sends the batch's accepted messages with
            // their Message-IDs, flagged as such.
            let mut tasks = JoinSet::new();
            let mut attempts = Vec::new();
            for mail in claimed {
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
            let rule = RetryRule {
                max_attempts: self.settings.max_attempts,
                backoff: &|attempts| self.settings.backoff(attempts),
            };
            let deliveries = self
                .app
                .record_deliveries(&self.instance, &attempts, rule)
                .await?;
            for ((mail, _), delivery) in attempts.iter().zip(&deliveries) {
                match delivery {
                    Delivery::Sent => {
                        report.sent += 1;
                        self.fault(FaultPoint::Marked, mail.outbox_id).await;
                    }
                    Delivery::Retry => report.retried += 1,
                    Delivery::Failed => report.failed += 1,
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

    /// One attempt at one claimed message (its outcome is recorded by
    /// `App::record_deliveries`).
    async fn attempt(&self, mail: ClaimedMessage) -> Attempt {
        if mail.resent_after_crash {
            tracing::warn!(
                outbox_id = mail.outbox_id,
                message_id = %mail.message_id,
                "re-sending a message whose previous attempt was cut short by a crash"
            );
        }
        self.fault(FaultPoint::Claimed, mail.outbox_id).await;
        let result = self.app.mailer().send(&mail.mail, &mail.message_id).await;
        if result.is_ok() {
            self.fault(FaultPoint::Accepted, mail.outbox_id).await;
        }
        (mail, result)
    }

    /// The loop: a pass, then sleep until the next message is due (a retry or an abandoned
    /// claim running out), at most `idle_poll`, or until woken by an enqueue.
    pub async fn run(self) {
        let wake = self.app.mail_wakeup();
        loop {
            if let Err(e) = self.run_pass().await {
                tracing::error!(error = %e, "mail worker pass failed");
            }
            let wait = match self.app.next_mail_due().await {
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
}

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
