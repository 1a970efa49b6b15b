//! The read connections of the embedded database (SQLite): a connection is back in the pool the
//! moment its user drops it.
//!
//! sqlx's pool tests every connection on its way back (a ping, in a task of its own): on SQLite
//! that is a round trip to the connection's thread and two more turns on the runtime, during
//! which the connection serves nobody. Under load, when every turn on the runtime waits behind
//! many requests, that made a read hold its connection several times as long as the read itself,
//! and requests queued for a connection: measured per second of the deadline rush, 2–27 ms of
//! queueing per request, growing through the run, against 0.3–6 ms with this pool. An SQLite
//! connection has nothing to test: it is a file, not a network peer. What the test also guarded
//! against, a connection left inside a transaction by a cancelled caller, is checked here without
//! a round trip; such a connection is closed, not reused. PostgreSQL keeps sqlx's pool: there a
//! connection is a network peer, worth testing.
//!
//! Waiting for a connection is first come, first served (a fair semaphore), and bounded by the
//! pool's acquire timeout. Connections are opened on first need and kept.

use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use sqlx::any::AnyConnectOptions;
use sqlx::{AnyConnection, Connection};
use tokio::sync::{OwnedSemaphorePermit, Semaphore};

use super::{Backend, Result, prepare_connection};

pub(super) struct ReadPool {
    options: AnyConnectOptions,
    idle: Mutex<Vec<AnyConnection>>,
    permits: Arc<Semaphore>,
    acquire_timeout: Duration,
}

impl std::fmt::Debug for ReadPool {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ReadPool")
            .field("available", &self.permits.available_permits())
            .finish_non_exhaustive()
    }
}

/// A read connection of a [`ReadPool`]; back in the pool when dropped.
pub struct ReadConn {
    conn: Option<AnyConnection>,
    pool: Arc<ReadPool>,
    // Declared after `conn`: the permit is given back only once the connection is in the pool.
    _permit: OwnedSemaphorePermit,
}

impl ReadPool {
    pub(super) fn new(
        options: AnyConnectOptions,
        size: u32,
        acquire_timeout: Duration,
    ) -> Arc<ReadPool> {
        Arc::new(ReadPool {
            options,
            idle: Mutex::new(Vec::new()),
            permits: Arc::new(Semaphore::new(size.max(1) as usize)),
            acquire_timeout,
        })
    }

    pub(super) async fn acquire(self: &Arc<Self>) -> Result<ReadConn> {
        let permit =
            tokio::time::timeout(self.acquire_timeout, self.permits.clone().acquire_owned())
                .await
                .map_err(|_| sqlx::Error::PoolTimedOut)?
                .map_err(|_| sqlx::Error::PoolClosed)?;
        let idle = self.idle().pop();
        let conn = match idle {
            Some(conn) => conn,
            None => {
                let mut conn = AnyConnection::connect_with(&self.options).await?;
                prepare_connection(&mut conn, Backend::Sqlite).await?;
                conn
            }
        };
        Ok(ReadConn {
            conn: Some(conn),
            pool: self.clone(),
            _permit: permit,
        })
    }

    /// Refuses new reads and closes the idle connections (those in use close when dropped).
    pub(super) async fn close(&self) {
        self.permits.close();
        let idle = std::mem::take(&mut *self.idle());
        for conn in idle {
            let _ = conn.close().await;
        }
    }

    fn idle(&self) -> std::sync::MutexGuard<'_, Vec<AnyConnection>> {
        self.idle.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

impl std::ops::Deref for ReadConn {
    type Target = AnyConnection;

    fn deref(&self) -> &AnyConnection {
        self.conn
            .as_ref()
            .expect("a read connection is present until dropped")
    }
}

impl std::ops::DerefMut for ReadConn {
    fn deref_mut(&mut self) -> &mut AnyConnection {
        self.conn
            .as_mut()
            .expect("a read connection is present until dropped")
    }
}

impl Drop for ReadConn {
    fn drop(&mut self) {
        let Some(conn) = self.conn.take() else {
            return;
        };
        // Left inside a transaction begun through sqlx (its user was cancelled half-way): not
        // reused; dropping it closes it, and the next read opens a new one.
        if conn.is_in_transaction() || self.pool.permits.is_closed() {
            return;
        }
        self.pool.idle().push(conn);
    }
}

#[cfg(test)]
mod tests {
    use std::str::FromStr;

    use sqlx::Executor;

    use super::*;

    fn pool(dir: &tempfile::TempDir, size: u32, acquire_timeout: Duration) -> Arc<ReadPool> {
        sqlx::any::install_default_drivers();
        let url = format!(
            "sqlite://{}?mode=rwc",
            dir.path().join("reads.db").display()
        );
        let options = AnyConnectOptions::from_str(&url).expect("sqlite url");
        ReadPool::new(options, size, acquire_timeout)
    }

    /// Marks the connection itself (a temporary table lives and dies with its connection).
    async fn mark(conn: &mut AnyConnection) {
        conn.execute("CREATE TEMP TABLE marker (x INTEGER)")
            .await
            .expect("temp table");
    }

    async fn is_marked(conn: &mut AnyConnection) -> bool {
        sqlx::query("SELECT 1 FROM temp.sqlite_master WHERE name = 'marker'")
            .fetch_optional(conn)
            .await
            .expect("temp schema")
            .is_some()
    }

    #[tokio::test]
    async fn a_dropped_connection_serves_the_next_read_at_once() {
        let dir = tempfile::tempdir().expect("temp dir");
        let reads = pool(&dir, 1, Duration::from_secs(5));
        let mut first = reads.acquire().await.expect("first read");
        mark(&mut first).await;
        drop(first);
        let mut second = reads.acquire().await.expect("second read");
        assert!(
            is_marked(&mut second).await,
            "the same connection, kept open"
        );
    }

    #[tokio::test]
    async fn a_connection_left_in_a_transaction_is_closed_not_reused() {
        let dir = tempfile::tempdir().expect("temp dir");
        let reads = pool(&dir, 1, Duration::from_secs(5));
        let mut first = reads.acquire().await.expect("first read");
        mark(&mut first).await;
        // A caller cancelled between its `begin()` and the end of its transaction.
        let tx = first.begin().await.expect("begin");
        std::mem::forget(tx);
        assert!(first.is_in_transaction());
        drop(first);
        let mut second = reads.acquire().await.expect("second read");
        assert!(!second.is_in_transaction());
        assert!(!is_marked(&mut second).await, "a new connection");
    }

    #[tokio::test]
    async fn readers_wait_for_a_free_connection_within_the_timeout() {
        let dir = tempfile::tempdir().expect("temp dir");
        let reads = pool(&dir, 1, Duration::from_millis(200));
        let held = reads.acquire().await.expect("first read");
        match reads.acquire().await {
            Err(crate::store::StoreError::Database(sqlx::Error::PoolTimedOut)) => {}
            other => panic!("expected a timeout, got {:?}", other.map(|_| ())),
        }
        let waiting = tokio::spawn({
            let reads = reads.clone();
            async move { reads.acquire().await.map(|_| ()) }
        });
        tokio::time::sleep(Duration::from_millis(50)).await;
        drop(held);
        waiting
            .await
            .expect("task")
            .expect("served once the connection is back");
    }

    #[tokio::test]
    async fn a_closed_pool_refuses_reads() {
        let dir = tempfile::tempdir().expect("temp dir");
        let reads = pool(&dir, 2, Duration::from_secs(5));
        drop(reads.acquire().await.expect("read"));
        reads.close().await;
        assert!(reads.idle().is_empty());
        assert!(matches!(
            reads.acquire().await,
            Err(crate::store::StoreError::Database(sqlx::Error::PoolClosed))
        ));
    }
}
