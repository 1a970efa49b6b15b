//! The signal that a round's due times moved, between the instances sharing one PostgreSQL
//! database: `pg_notify` on one channel from inside the transaction of the change (PostgreSQL
//! delivers it at commit, and never for a transaction rolled back), and a `LISTEN` connection per
//! instance that hears it. SQLite runs the jobs of one instance only, which is woken in-process,
//! so there is nothing to send or hear.

use sqlx::AnyConnection;
use sqlx::postgres::PgListener;

use super::{Backend, Result, Store};

/// The channel of the signal (one per database, so instances on other databases never hear it).
const CHANNEL: &str = "redraft_schedule";

/// In the transaction of a change: tells every listening instance, at commit, that the due
/// times of `round_id` moved.
pub async fn announce(conn: &mut AnyConnection, backend: Backend, round_id: i64) -> Result<()> {
    if backend == Backend::Postgres {
        // `pg_notify` returns `void`, which the `Any` driver cannot decode: select a constant.
        sqlx::query("SELECT 1 FROM pg_notify($1, $2)")
            .bind(CHANNEL)
            .bind(round_id.to_string())
            .execute(conn)
            .await?;
    }
    Ok(())
}

/// What a listener heard.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Heard {
    /// A committed change of this round's due times.
    Changed(Option<i64>),
    /// The connection was lost and is listening again; signals sent meanwhile are lost.
    Reconnected,
}

/// A connection listening for the signal (its own, outside the pool: it waits indefinitely).
pub struct Listener(PgListener);

impl Listener {
    /// Opens a listening connection to `store`'s database; `None` on SQLite.
    pub async fn connect(store: &Store) -> Result<Option<Listener>> {
        if store.backend != Backend::Postgres {
            return Ok(None);
        }
        let mut listener = PgListener::connect(store.options.database_url.as_str()).await?;
        listener.listen(CHANNEL).await?;
        Ok(Some(Listener(listener)))
    }

    /// Waits for the next signal. An error means the connection is lost and could not be
    /// opened again at once: drop the listener and connect anew later.
    pub async fn next(&mut self) -> Result<Heard> {
        Ok(match self.0.try_recv().await? {
            Some(notification) => Heard::Changed(notification.payload().parse().ok()),
            None => Heard::Reconnected,
        })
    }
}
