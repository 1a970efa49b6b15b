//! The shell every use case of the Chair and the Secretariat on one round shares: only staff
//! pass (for anyone else the round does not exist), the round is read first, and a write is
//! one transaction, run in a task of its own, that records its audit event and commits.

use futures_util::future::BoxFuture;
use jiff::Timestamp;

use super::{App, AppError, AppResult};
use crate::domain::{Actor, Round};
use crate::store::audit::{self, AuditEntry};
use crate::store::round as round_store;
use crate::store::{Conn, Tx};

/// What an audited change looked like before and after (either may be absent).
pub(crate) type BeforeAfter = (Option<serde_json::Value>, Option<serde_json::Value>);

/// Refuses anyone but staff, as if the round did not exist.
pub(crate) fn require_staff(actor: &Actor) -> AppResult<()> {
    if actor.role.is_staff() {
        Ok(())
    } else {
        Err(AppError::NotFound)
    }
}

/// A staff member's write to one round, under way: its open transaction and the round as read
/// at its start.
pub(crate) struct StaffWrite {
    pub tx: Tx,
    pub app: App,
    pub actor: Actor,
    pub round: Round,
    /// The one instant the whole write happens at.
    pub now: Timestamp,
    /// The write moved the round's due times: every scheduler hears of it once it commits.
    schedule_changed: bool,
}

impl StaffWrite {
    /// The write moves the round's due times (opening, deadline, who is invited): the other
    /// instances' schedulers hear of it through this transaction, this instance's once it
    /// commits.
    pub async fn announce_schedule_change(&mut self) -> AppResult<()> {
        self.app
            .announce_schedule_change(&mut self.tx, self.round.round_id)
            .await?;
        self.schedule_changed = true;
        Ok(())
    }

    /// Records the change in the round's audit trail, in the write's transaction.
    pub async fn audit(
        &mut self,
        action: &str,
        object: (&str, Option<i64>),
        before_after: BeforeAfter,
    ) -> AppResult<()> {
        self.audit_for(None, action, object, before_after).await
    }

    /// Records a change that concerns one delegation of the round.
    pub async fn audit_for(
        &mut self,
        delegation_id: Option<i64>,
        action: &str,
        object: (&str, Option<i64>),
        (before, after): BeforeAfter,
    ) -> AppResult<()> {
        let entry = AuditEntry::new(self.now, action, object)
            .by(self.actor.user_id, delegation_id)
            .in_round(self.round.round_id)
            .change(before, after);
        audit::record(&mut self.tx, &entry).await?;
        Ok(())
    }
}

async fn staff_round(conn: &mut sqlx::AnyConnection, round_id: i64) -> AppResult<Round> {
    round_store::get_round(conn, round_id)
        .await?
        .ok_or(AppError::NotFound)
}

impl App {
    /// Runs `work` as one staff write to a round and commits it. The write runs in a task of its
    /// own: a client that goes away cannot cancel it half-way. An error from `work` rolls
    /// everything back.
    pub(crate) async fn staff_write<T, W>(
        &self,
        actor: &Actor,
        round_id: i64,
        work: W,
    ) -> AppResult<T>
    where
        T: Send + 'static,
        W: for<'w> FnOnce(&'w mut StaffWrite) -> BoxFuture<'w, AppResult<T>> + Send + 'static,
    {
        self.staff_write_then(actor, round_id, work, |_, _| {})
            .await
    }

    /// [`App::staff_write`], then `after_commit` in the same task once the transaction has
    /// committed (to wake workers, or to learn what the write changed).
    pub(crate) async fn staff_write_then<T, W, A>(
        &self,
        actor: &Actor,
        round_id: i64,
        work: W,
        after_commit: A,
    ) -> AppResult<T>
    where
        T: Send + 'static,
        W: for<'w> FnOnce(&'w mut StaffWrite) -> BoxFuture<'w, AppResult<T>> + Send + 'static,
        A: FnOnce(&App, &T) + Send + 'static,
    {
        require_staff(actor)?;
        let actor = *actor;
        self.detached(move |app| async move {
            let mut tx = app.store().begin_write().await?;
            let now = app.now();
            let round = staff_round(&mut tx, round_id).await?;
            let mut write = StaffWrite {
                tx,
                app,
                actor,
                round,
                now,
                schedule_changed: false,
            };
            let value = work(&mut write).await?;
            let StaffWrite {
                tx,
                app,
                schedule_changed,
                ..
            } = write;
            tx.commit().await?;
            if schedule_changed {
                app.wake_scheduler();
            }
            after_commit(&app, &value);
            Ok(value)
        })
        .await
    }

    /// A connection to read with and the round, for staff only.
    pub(crate) async fn staff_read(
        &self,
        actor: &Actor,
        round_id: i64,
    ) -> AppResult<(Conn, Round)> {
        require_staff(actor)?;
        let mut conn = self.store().read().await?;
        let round = staff_round(&mut conn, round_id).await?;
        Ok((conn, round))
    }
}
