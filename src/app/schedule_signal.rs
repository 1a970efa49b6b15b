//! Owns telling the schedulers that a round's due times moved (a round created, its opening or
//! deadline changed, delegations or focal points added): the other instances through the
//! database, from inside the transaction of the change, so that they hear of it exactly when it
//! is committed; this instance's own scheduler after the commit. And the other end: what an
//! instance's listener hears from the others (`App::schedule_signals`), for `jobs` to wake on.

use sqlx::AnyConnection;

use super::{App, AppResult};
use crate::store::Tx;
use crate::store::schedule_signal::{self, Heard, Listener};

/// What the listener of an instance heard.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ScheduleSignal {
    /// Another instance (or this one) committed a change of a round's due times.
    Changed,
    /// The connection was lost and listens again: a change made meanwhile went unheard.
    Reconnected,
}

/// Signals from the other instances sharing this database (PostgreSQL only).
pub struct ScheduleSignals(Listener);

impl ScheduleSignals {
    /// Waits for the next signal. An error means the connection is lost for now: drop this
    /// and ask [`App::schedule_signals`] again later.
    pub async fn next(&mut self) -> AppResult<ScheduleSignal> {
        Ok(match self.0.next().await? {
            Heard::Changed(_) => ScheduleSignal::Changed,
            Heard::Reconnected => ScheduleSignal::Reconnected,
        })
    }
}

impl App {
    /// In the transaction of a change that moved `round_id`'s due times: the other instances'
    /// schedulers hear of it when (and only if) it commits. Follow the commit with
    /// [`App::wake_scheduler`] (or use [`App::commit_schedule_change`]).
    pub(crate) async fn announce_schedule_change(
        &self,
        tx: &mut AnyConnection,
        round_id: i64,
    ) -> AppResult<()> {
        Ok(schedule_signal::announce(tx, self.store().backend(), round_id).await?)
    }

    /// Commits a change that moved `round_id`'s due times and tells every scheduler of it.
    pub(crate) async fn commit_schedule_change(&self, mut tx: Tx, round_id: i64) -> AppResult<()> {
        self.announce_schedule_change(&mut tx, round_id).await?;
        tx.commit().await?;
        self.wake_scheduler();
        Ok(())
    }

    /// Listens for the other instances' changes; `None` when there are none to hear (SQLite
    /// runs the jobs of one instance).
    pub async fn schedule_signals(&self) -> AppResult<Option<ScheduleSignals>> {
        Ok(Listener::connect(self.store()).await?.map(ScheduleSignals))
    }
}
