//! The Chair's mail log of a round and the "send test e-mail" action.

use jiff::Timestamp;

use super::{App, AppError, AppResult, notify};
use crate::domain::Actor;
use crate::domain::Round;
use crate::store::delegation as people;
use crate::store::outbox::{self, OutboxEntry};

/// One message of a round's mail log.
#[derive(Debug, Clone)]
pub struct MailLogEntry {
    /// What the message is (`invitation`, `reminder`…): the key of its `mail-kind-…` wording.
    pub kind: String,
    pub recipient: String,
    pub subject: String,
    /// Where its delivery stands (`pending`, `sending`, `sent`, `failed` or `dropped`): the
    /// key of its `mail-status-…` wording.
    pub status: &'static str,
    pub attempts: i64,
    /// The last failed attempt's error.
    pub last_error: Option<String>,
    pub sent_at: Option<Timestamp>,
    /// Sent again after a crash cut short an attempt the mail server may have accepted.
    pub resent_after_crash: bool,
}

impl From<OutboxEntry> for MailLogEntry {
    fn from(e: OutboxEntry) -> MailLogEntry {
        MailLogEntry {
            kind: e.kind,
            recipient: e.recipient,
            subject: e.subject,
            status: e.status.as_str(),
            attempts: e.attempts,
            last_error: e.last_error,
            sent_at: e.sent_at,
            resent_after_crash: e.resent_after_crash,
        }
    }
}

impl App {
    /// Every message of a round, oldest first, for the Chair and the Secretariat.
    pub async fn mail_log(
        &self,
        actor: &Actor,
        round_id: i64,
    ) -> AppResult<(Round, Vec<MailLogEntry>)> {
        let (mut conn, round) = self.staff_read(actor, round_id).await?;
        let entries = outbox::for_round(&mut conn, round_id).await?;
        Ok((round, entries.into_iter().map(MailLogEntry::from).collect()))
    }

    /// Puts a test message to the actor's own address into the outbox of a round.
    pub async fn send_test_mail(&self, actor: Actor, round_id: i64) -> AppResult<String> {
        if !actor.can_view_all_comments() {
            return Err(AppError::NotFound);
        }
        let email = self
            .detached(move |app| async move {
                let mut tx = app.store().begin_write().await?;
                let now = app.now();
                let user = people::get_user(&mut tx, actor.user_id)
                    .await?
                    .ok_or(AppError::NotFound)?;
                notify::enqueue_test(&mut tx, &app, now, round_id, &user).await?;
                tx.commit().await?;
                Ok(user.email)
            })
            .await?;
        self.wake_mail();
        Ok(email)
    }
}
