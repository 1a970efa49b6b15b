//! Group commit: the frequent small writes of delegations (submit, edit, withdraw a comment)
//! queue here and run one after another on a dedicated connection, those waiting (and those
//! joining while the group runs) sharing one transaction and so one commit (one fsync). A write
//! is answered only after the shared commit, so "saved" still means durable, and if the commit
//! fails every write of the group is answered with an error and none is stored. This is what
//! lets the server acknowledge more writes than the disk can commit one by one: in the deadline
//! rush (`redraft bench rush`, closed loop) it stores 1.34× (SQLite) and 1.16× (PostgreSQL) the
//! writes per second of a plain loop of one-row insert transactions on the same database.
//!
//! A group takes writes for a time budget, not until the queue is empty: at least 5 ms on SQLite
//! and 20 ms on PostgreSQL, or four times what a commit has taken lately if longer, and at most
//! 512 writes; it never waits for writes that are not there. Every write of a group is answered
//! at its end, so one long group makes its first writes wait for all the others: at the start of
//! a PostgreSQL rush at 1,000 writes/s (the connection cold, the first comments of 200
//! delegations queued), groups without a budget took 35–55 writes and 50–60 ms, and the budget
//! took that second's p99 from 149–172 ms to 76–80 ms. PostgreSQL's minimum is longer because
//! each statement and the commit are a round trip to the server, and with several instances each
//! group is a turn on the lock below: 20 ms rather than 5 took one instance's closed loop from
//! about 2,150 to 2,740–2,960 requests/s (on SQLite it made no difference, so 5 ms stays).
//!
//! Writes stand or fall alone. A group first runs its writes one after another with nothing
//! between them; if one is refused or fails, the whole transaction is rolled back and the group
//! runs again, this time each write inside its own savepoint, so that the refused one is rolled
//! back alone and the others are kept (a write is a function that may run twice; only the
//! last run counts, and nothing of a rolled-back run is answered). Refusals inside the writer
//! are rare (the deadline and most other refusals are found by a read before queueing), so the
//! common group costs no savepoint statement per write: on SQLite a round trip to the
//! connection's thread fewer per write, and on PostgreSQL no subtransaction per write (past 64
//! in one transaction, every other session's snapshots get slower).
//!
//! A write hands its audit records, and the messages it puts into the outbox (a first
//! submission's receipt), to the group instead of inserting them: the group inserts those of its
//! successful writes (of the last run) together, in a few multi-row statements, just before the
//! commit — in the same transaction, a statement or two fewer per write. Submissions queued next
//! to each other are likewise stored together, in one multi-row statement (see
//! [`super::comment::writes`] for why and how).
//!
//! Groups take turns. On SQLite a group holds the store's writer turn, so it never races the
//! other write transactions. On PostgreSQL the groups of several instances take turns on an
//! advisory lock taken as the group begins: interleaved, each waited on the other's row locks
//! (the round's reference counter, which every submission moves) until the end of its group, and
//! they ran at half the rate. So several instances share one writer's pace: a round's reference
//! numbers come from one counter, gapless and in order of submission, as a Secretariat quotes
//! them.
//!
//! Writes run on the queue's own thread, with a runtime of its own: a caller that goes away (a
//! client disconnecting) cancels nothing half-way, and the writer, which waits for the database
//! after every statement, does not queue for the CPU behind the tasks of every request in flight
//! each time it wakes. Its connection is opened when the server starts and warmed: each write
//! statement is made once in a transaction rolled back (`warm_up`), because on PostgreSQL a
//! statement's first executions on a connection are planned one by one and the triggers'
//! functions compiled, and cold, the first writes after a start (or after a restart in the middle
//! of a rush) paid for it: the p99 of 30 s PostgreSQL rushes at 1,000 writes/s was 80.2 and
//! 107.8 ms cold, against 42.5 and 79.8 ms warmed.

use std::future::Future;
use std::panic::AssertUnwindSafe;
use std::sync::Arc;

use futures_util::FutureExt;
use futures_util::future::BoxFuture;
use jiff::Timestamp;
use sqlx::any::AnyConnectOptions;
use sqlx::{AnyConnection, Connection, Executor};
use tokio::sync::{mpsc, oneshot};

use super::audit::{self, AuditRow};
use super::outbox::{self, OutboxRow};
use super::{Backend, StoreError, prepare_connection};
use crate::domain::Clock;

/// At most this many writes share one transaction: bounds how long the writer turn is held
/// and how much one failed commit takes down.
const MAX_GROUP: usize = 512;
/// A group takes writes for at least this long on SQLite (it may take fewer: those that are
/// there; it never waits for more)...
const GROUP_BUDGET_MIN_MS_SQLITE: f64 = 5.0;
/// ... and on PostgreSQL, where a group's statements and its commit are each a round trip to
/// the server and, with several instances, each group a turn on the advisory lock: there larger
/// groups under load store more writes per second (measured in the module's documentation),
/// while at a steady rate a group still takes only what is queued ...
const GROUP_BUDGET_MIN_MS_POSTGRES: f64 = 20.0;
/// ... or for this many times what a commit has taken lately, if longer ...
const GROUP_BUDGET_COMMITS: f64 = 4.0;
/// ... a commit counting for at most this much (one stalled on the disk must not make every
/// group after it long).
const GROUP_BUDGET_MAX_MS: f64 = 10.0;
/// Writes waiting beyond this make callers wait to queue (backpressure).
const QUEUE: usize = 4_096;

/// What a write hands to its group, to be written with the rows of the group's other writes
/// just before the commit, if the write succeeded: its audit records and the messages it puts
/// into the outbox (inserted as by [`outbox::insert`]: one whose dedupe key is there already is
/// left out).
#[derive(Debug, Default)]
pub struct GroupRows {
    pub audit: Vec<AuditRow>,
    pub outbox: Vec<OutboxRow>,
}

impl GroupRows {
    pub fn audit(row: AuditRow) -> GroupRows {
        GroupRows {
            audit: vec![row],
            outbox: Vec::new(),
        }
    }
}

/// The writes the queue may begin together: each begins with a statement that the group makes
/// for several of them at once, when they are queued next to each other (a comment's
/// submission: see `comment::writes::Submissions`). The queue knows them only through this.
pub(super) trait Batch: Send + 'static {
    /// What such a write queues: its row, its instant given when its group makes it.
    type Item: Send + 'static;
    /// What making the statement for one item stored and read, for the rest of its write.
    type Stored: Send + 'static;

    /// Makes the statement for one item, at `now` (a write that runs alone, or again).
    fn store_one<'a>(
        conn: &'a mut AnyConnection,
        item: &'a Self::Item,
        now: Timestamp,
    ) -> impl Future<Output = Result<Self::Stored, StoreError>> + Send + 'a;

    /// Makes it for several items, at one instant, in a few statements; what each stored, in
    /// their order.
    fn store_together<'a>(
        conn: &'a mut AnyConnection,
        items: impl Iterator<Item = &'a Self::Item>,
        now: Timestamp,
    ) -> impl Future<Output = Result<Vec<Self::Stored>, StoreError>>;

    /// Makes every write statement once on a fresh connection, inside a transaction that the
    /// writer then rolls back (see [`warm_up`]).
    fn make_writes_once(conn: &mut AnyConnection) -> impl Future<Output = Result<(), StoreError>>;
}

/// A write of the queue, type-erased: run it on the shared transaction, then answer it.
trait Job<B: Batch>: Send {
    /// Runs the write (again, if it ran before in a transaction since rolled back); `true` when
    /// it succeeded and its effects are to be kept.
    fn run<'a>(&'a mut self, conn: &'a mut AnyConnection) -> BoxFuture<'a, bool>;
    /// The item the write begins with, if it is a write of the batch, with the clock its rules
    /// are applied against: the group may store it together with the items queued next to it,
    /// then run the rest of each with [`Job::finish`].
    fn batched(&self) -> Option<(&B::Item, &dyn Clock)>;
    /// Runs the rest of a write whose item was stored together with others at `now` (`stored`:
    /// what its statement stored and read); `true` when it succeeded.
    fn finish<'a>(
        &'a mut self,
        conn: &'a mut AnyConnection,
        now: Timestamp,
        stored: B::Stored,
    ) -> BoxFuture<'a, bool>;
    /// Answers the caller once the group's fate is known.
    fn answer(self: Box<Self>, committed: bool);
    /// When the write joined the queue.
    fn queued_at(&self) -> std::time::Instant;
    /// The rows of the write's last run, if it succeeded: written with the group's other rows
    /// just before its commit.
    fn rows(&self) -> Option<&GroupRows>;
}

/// What a write's run comes to: its value and the rows it hands to the group, or its error.
pub type GroupOutcome<'a, T, E> = BoxFuture<'a, Result<(T, GroupRows), E>>;

/// What a write does: run alone, or, for a write of the batch, have its item stored with
/// others' and then do the rest.
trait Work<B: Batch, T, E>: Send {
    fn run<'a>(&'a mut self, conn: &'a mut AnyConnection) -> GroupOutcome<'a, T, E>;
    fn batched(&self) -> Option<(&B::Item, &dyn Clock)> {
        None
    }
    /// Only called for a write of the batch.
    fn finish<'a>(
        &'a mut self,
        conn: &'a mut AnyConnection,
        now: Timestamp,
        stored: B::Stored,
    ) -> GroupOutcome<'a, T, E>;
}

/// A write: any function of the transaction.
struct Write<F>(F);

impl<B: Batch, F, T, E> Work<B, T, E> for Write<F>
where
    F: for<'c> Fn(&'c mut AnyConnection) -> GroupOutcome<'c, T, E> + Send,
    E: From<StoreError>,
{
    fn run<'a>(&'a mut self, conn: &'a mut AnyConnection) -> GroupOutcome<'a, T, E> {
        (self.0)(conn)
    }

    fn finish<'a>(
        &'a mut self,
        _: &'a mut AnyConnection,
        _: Timestamp,
        _: B::Stored,
    ) -> GroupOutcome<'a, T, E> {
        Box::pin(async { Err(E::from(StoreError::GroupNotCommitted)) })
    }
}

/// A write of the batch: its item, which the group may store together with the items queued
/// next to it, and what the write does after (`after`).
struct Batched<B: Batch, A> {
    item: B::Item,
    /// The application's clock: the rules of the write are applied against it.
    clock: Arc<dyn Clock>,
    after: A,
}

impl<B: Batch, A, T, E> Work<B, T, E> for Batched<B, A>
where
    A: for<'c> Fn(&'c mut AnyConnection, Timestamp, B::Stored) -> GroupOutcome<'c, T, E> + Send,
    E: From<StoreError> + Send,
{
    fn run<'a>(&'a mut self, conn: &'a mut AnyConnection) -> GroupOutcome<'a, T, E> {
        Box::pin(async move {
            let now = self.clock.now();
            match B::store_one(conn, &self.item, now).await {
                Ok(stored) => (self.after)(conn, now, stored).await,
                Err(e) => Err(E::from(e)),
            }
        })
    }

    fn batched(&self) -> Option<(&B::Item, &dyn Clock)> {
        Some((&self.item, self.clock.as_ref()))
    }

    fn finish<'a>(
        &'a mut self,
        conn: &'a mut AnyConnection,
        now: Timestamp,
        stored: B::Stored,
    ) -> GroupOutcome<'a, T, E> {
        (self.after)(conn, now, stored)
    }
}

/// A write in the queue: what it does, and its caller, waiting for the outcome of its last run.
struct Queued<W, T, E> {
    work: W,
    queued_at: std::time::Instant,
    /// The outcome of the last run, with its rows when it succeeded.
    result: Option<Result<(T, GroupRows), E>>,
    reply: oneshot::Sender<Result<T, E>>,
}

impl<W, T, E> Queued<W, T, E> {
    fn new(work: W, reply: oneshot::Sender<Result<T, E>>) -> Queued<W, T, E> {
        Queued {
            work,
            queued_at: std::time::Instant::now(),
            result: None,
            reply,
        }
    }

    /// Keeps the outcome of a run (or of a batched write's finish); `true` when it succeeded.
    fn keep(&mut self, result: Result<(T, GroupRows), E>) -> bool {
        let ok = result.is_ok();
        self.result = Some(result);
        ok
    }
}

impl<B, W, T, E> Job<B> for Queued<W, T, E>
where
    B: Batch,
    W: Work<B, T, E>,
    T: Send,
    E: From<StoreError> + Send,
{
    fn run<'a>(&'a mut self, conn: &'a mut AnyConnection) -> BoxFuture<'a, bool> {
        Box::pin(async move {
            self.result = None;
            let result = self.work.run(conn).await;
            self.keep(result)
        })
    }

    fn batched(&self) -> Option<(&B::Item, &dyn Clock)> {
        self.work.batched()
    }

    fn finish<'a>(
        &'a mut self,
        conn: &'a mut AnyConnection,
        now: Timestamp,
        stored: B::Stored,
    ) -> BoxFuture<'a, bool> {
        Box::pin(async move {
            self.result = None;
            let result = self.work.finish(conn, now, stored).await;
            self.keep(result)
        })
    }

    fn answer(self: Box<Self>, committed: bool) {
        let answer = match self.result {
            Some(Ok((value, _))) if committed => Ok(value),
            // A refusal changed nothing and stays the true answer whatever became of the group.
            Some(Err(e)) => Err(e),
            Some(Ok(_)) | None => Err(E::from(StoreError::GroupNotCommitted)),
        };
        let _ = self.reply.send(answer);
    }

    fn queued_at(&self) -> std::time::Instant {
        self.queued_at
    }

    fn rows(&self) -> Option<&GroupRows> {
        match &self.result {
            Some(Ok((_, rows))) => Some(rows),
            _ => None,
        }
    }
}

enum Message<B: Batch> {
    Job(Box<dyn Job<B>>),
    Close(oneshot::Sender<()>),
}

/// The queue's handle; clones share one queue and one writer task.
pub(super) struct GroupCommit<B: Batch> {
    sender: mpsc::Sender<Message<B>>,
}

impl<B: Batch> Clone for GroupCommit<B> {
    fn clone(&self) -> Self {
        GroupCommit {
            sender: self.sender.clone(),
        }
    }
}

impl<B: Batch> std::fmt::Debug for GroupCommit<B> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("GroupCommit").finish_non_exhaustive()
    }
}

impl<B: Batch> std::fmt::Debug for Message<B> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Message::Job(_) => "Job",
            Message::Close(_) => "Close",
        })
    }
}

impl<B: Batch> GroupCommit<B> {
    /// Starts the writer on a thread of its own.
    pub(super) fn start(
        options: AnyConnectOptions,
        backend: Backend,
        turn: Arc<tokio::sync::Mutex<()>>,
    ) -> GroupCommit<B> {
        let (sender, receiver) = mpsc::channel(QUEUE);
        let writer = Writer::<B> {
            options,
            backend,
            turn,
            conn: None,
            commit_ms: 0.0,
            batch: std::marker::PhantomData,
        };
        let started = std::thread::Builder::new()
            .name("redraft-writer".into())
            .spawn(move || {
                match tokio::runtime::Builder::new_current_thread()
                    .enable_all()
                    .build()
                {
                    Ok(runtime) => runtime.block_on(writer.run(receiver)),
                    // The receiver is dropped: every write is answered "store closed".
                    Err(e) => tracing::error!(error = %e, "cannot start the writer's runtime"),
                }
            });
        if let Err(e) = started {
            tracing::error!(error = %e, "cannot start the writer thread");
        }
        GroupCommit { sender }
    }

    /// Queues `work` and waits for its answer, given after the commit of its group. `work` may
    /// run twice (see the module's documentation): it must do the same thing each time. The
    /// rows it returns are written with the group's, in its transaction.
    pub(super) async fn write<F, T, E>(&self, work: F) -> Result<T, E>
    where
        F: for<'c> Fn(&'c mut AnyConnection) -> GroupOutcome<'c, T, E> + Send + 'static,
        T: Send + 'static,
        E: From<StoreError> + Send + 'static,
    {
        let (reply, answer) = oneshot::channel();
        let job = Box::new(Queued::new(Write(work), reply));
        self.queue(job, answer).await
    }

    /// Queues a write of the batch and waits for its answer, as [`GroupCommit::write`]: the
    /// group stores its item (with the items queued next to it, in one statement), then runs
    /// `after` with the instant taken from `clock` and what the statement stored and read;
    /// `after` may run twice.
    pub(super) async fn write_batched<A, T, E>(
        &self,
        item: B::Item,
        clock: Arc<dyn Clock>,
        after: A,
    ) -> Result<T, E>
    where
        A: for<'c> Fn(&'c mut AnyConnection, Timestamp, B::Stored) -> GroupOutcome<'c, T, E>
            + Send
            + 'static,
        T: Send + 'static,
        E: From<StoreError> + Send + 'static,
    {
        let (reply, answer) = oneshot::channel();
        let work = Batched::<B, A> { item, clock, after };
        let job = Box::new(Queued::new(work, reply));
        self.queue(job, answer).await
    }

    async fn queue<T, E: From<StoreError>>(
        &self,
        job: Box<dyn Job<B>>,
        answer: oneshot::Receiver<Result<T, E>>,
    ) -> Result<T, E> {
        self.sender
            .send(Message::Job(job))
            .await
            .map_err(|_| E::from(StoreError::Closed))?;
        answer
            .await
            .unwrap_or_else(|_| Err(E::from(StoreError::GroupNotCommitted)))
    }

    /// Finishes the queued writes and closes the connection.
    pub(super) async fn close(&self) {
        let (done, closed) = oneshot::channel();
        if self.sender.send(Message::Close(done)).await.is_ok() {
            let _ = closed.await;
        }
    }
}

struct Writer<B: Batch> {
    options: AnyConnectOptions,
    backend: Backend,
    turn: Arc<tokio::sync::Mutex<()>>,
    /// The dedicated connection, opened on the writer's runtime; dropped after any failure of
    /// the group machinery and opened again for the next group.
    conn: Option<AnyConnection>,
    /// What a commit has taken lately (ms, smoothed): sets how long a group takes writes.
    commit_ms: f64,
    batch: std::marker::PhantomData<fn() -> B>,
}

impl<B: Batch> Writer<B> {
    async fn run(mut self, mut receiver: mpsc::Receiver<Message<B>>) {
        let mut group: Vec<Box<dyn Job<B>>> = Vec::with_capacity(MAX_GROUP);
        let mut closing = None;
        while closing.is_none() {
            // Wait for a first write; the group takes the others once its transaction has
            // begun (`run_group`).
            match receiver.recv().await {
                Some(Message::Job(job)) => group.push(job),
                Some(Message::Close(done)) => closing = Some(done),
                None => break,
            }
            if !group.is_empty() {
                let committed = match self
                    .run_group(&mut group, &mut receiver, &mut closing)
                    .await
                {
                    Ok(()) => true,
                    Err(e) => {
                        tracing::error!(error = %e, writes = group.len(), "group commit failed; nothing of it was stored");
                        self.conn = None;
                        false
                    }
                };
                for job in group.drain(..) {
                    job.answer(committed);
                }
            }
        }
        receiver.close();
        if let Some(conn) = self.conn.take() {
            let _ = conn.close().await;
        }
        if let Some(done) = closing {
            let _ = done.send(());
        }
    }

    /// Runs `group` in one transaction and commits it, taking first whatever else has queued
    /// by the time the transaction has begun (it may have waited for the writer turn, or on
    /// PostgreSQL for the other instances' groups).
    async fn run_group(
        &mut self,
        group: &mut Vec<Box<dyn Job<B>>>,
        receiver: &mut mpsc::Receiver<Message<B>>,
        closing: &mut Option<oneshot::Sender<()>>,
    ) -> Result<(), StoreError> {
        let _turn = match self.backend {
            Backend::Sqlite => Some(self.turn.clone().lock_owned().await),
            Backend::Postgres => None,
        };
        let backend = self.backend;
        let begin = match backend {
            Backend::Sqlite => "BEGIN IMMEDIATE",
            // Groups of several instances take turns, as on SQLite: two groups interleaving
            // would each wait on the other's row locks (a round's reference counter, a comment)
            // until the end of its group, and could deadlock.
            Backend::Postgres => "BEGIN; SELECT pg_advisory_xact_lock(7302486551117)",
        };
        let conn = match &mut self.conn {
            Some(conn) => conn,
            slot => {
                let mut conn = AnyConnection::connect_with(&self.options).await?;
                prepare_connection(&mut conn, backend).await?;
                warm_up::<B>(&mut conn, begin).await;
                slot.insert(conn)
            }
        };
        conn.execute(begin).await?;
        let started = std::time::Instant::now();
        // The group takes the writes waiting in the queue, and those that join while it runs,
        // for as long as its time budget lasts: a few times what a commit takes lately, so that
        // commits stay a small part of the writer's time, but no longer, since every write of
        // a group is answered only at its end (when the writes are slow, the first connection
        // cold or a burst queued, one large group made the first writes wait for all the
        // others). What is left waits for the next group, in order.
        let min_budget_ms = match backend {
            Backend::Sqlite => GROUP_BUDGET_MIN_MS_SQLITE,
            Backend::Postgres => GROUP_BUDGET_MIN_MS_POSTGRES,
        };
        let budget = std::time::Duration::from_secs_f64(
            min_budget_ms.max(GROUP_BUDGET_COMMITS * self.commit_ms) / 1000.0,
        );
        let mut rerun = false;
        let mut next = 0;
        loop {
            // When nothing but writes of the batch waits to run, what is queued joins, up to the
            // first write that is not one, so that those next to each other are stored
            // together; other writes are taken one at a time, as they run.
            if group[next..].iter().all(|job| job.batched().is_some()) {
                while closing.is_none() && group.len() < MAX_GROUP && started.elapsed() < budget {
                    match receiver.try_recv() {
                        Ok(Message::Job(job)) => {
                            let batched = job.batched().is_some();
                            group.push(job);
                            if !batched {
                                break;
                            }
                        }
                        Ok(Message::Close(done)) => *closing = Some(done),
                        Err(_) => break,
                    }
                }
            }
            if next == group.len() {
                break;
            }
            // Writes of the batch queued next to each other are stored in one statement, then
            // finished one by one; other writes run alone.
            let batched = group[next..]
                .iter()
                .take_while(|job| job.batched().is_some())
                .count();
            let ok = if batched >= 2 {
                let ok = run_batched(&mut group[next..next + batched], conn).await?;
                next += batched;
                ok
            } else {
                next += 1;
                run_caught(&mut group[next - 1], conn).await?
            };
            if !ok {
                rerun = true;
                break;
            }
        }
        // How long the writes waited in the queue before their group took them (those that
        // joined a running group waited for none): with the group's own time, the part of a
        // write's latency spent on the writer.
        let (queued_ms_sum, queued_ms_max) =
            group.iter().fold((0.0, 0.0_f64), |(sum, max), job| {
                let ms = started
                    .saturating_duration_since(job.queued_at())
                    .as_secs_f64()
                    * 1000.0;
                (sum + ms, max.max(ms))
            });
        let queued_ms_mean = queued_ms_sum / group.len() as f64;
        if rerun {
            // One write was refused or failed, after others (and maybe itself) had written:
            // everything again, each write in its own savepoint.
            conn.execute("ROLLBACK").await?;
            conn.execute(begin).await?;
            conn.execute("SAVEPOINT write").await?;
            for job in group.iter_mut() {
                let step = if run_caught(job, conn).await? {
                    "RELEASE write; SAVEPOINT write"
                } else {
                    "ROLLBACK TO write; RELEASE write; SAVEPOINT write"
                };
                conn.execute(step).await?;
            }
            conn.execute("RELEASE write").await?;
        }
        // The rows of the writes that succeeded, in a few multi-row statements rather than one
        // statement each: on SQLite a round trip to the connection's thread fewer per row, on
        // PostgreSQL one to the server.
        let rows = || group.iter().filter_map(|job| job.rows());
        audit::record_all(conn, rows().flat_map(|rows| &rows.audit)).await?;
        outbox::insert_all(conn, rows().flat_map(|rows| &rows.outbox)).await?;
        let t = std::time::Instant::now();
        conn.execute("COMMIT").await?;
        let commit_ms = t.elapsed().as_secs_f64() * 1000.0;
        self.commit_ms = 0.8 * self.commit_ms + 0.2 * commit_ms.min(GROUP_BUDGET_MAX_MS);
        let total_ms = started.elapsed().as_secs_f64() * 1000.0;
        if total_ms > 1000.0 {
            tracing::warn!(
                writes = group.len(),
                rerun,
                total_ms,
                commit_ms,
                queued_ms_mean,
                queued_ms_max,
                "slow group commit"
            );
        } else {
            tracing::debug!(
                writes = group.len(),
                rerun,
                total_ms,
                commit_ms,
                queued_ms_mean,
                queued_ms_max,
                "group committed"
            );
        }
        Ok(())
    }
}

/// Runs writes of the batch together: their items in a few statements, then the rest of each.
/// `false` when one of them is refused or fails, or the statement fails: the group is then run
/// again write by write (see the module's documentation). A panic fails the group.
async fn run_batched<B: Batch>(
    jobs: &mut [Box<dyn Job<B>>],
    conn: &mut AnyConnection,
) -> Result<bool, StoreError> {
    let Some(now) = jobs
        .first()
        .and_then(|job| job.batched())
        .map(|(_, clock)| clock.now())
    else {
        return Ok(true);
    };
    let items = jobs
        .iter()
        .filter_map(|job| job.batched())
        .map(|(item, _)| item);
    let stored = match B::store_together(conn, items, now).await {
        Ok(stored) => stored,
        Err(e) => {
            tracing::warn!(error = %e, writes = jobs.len(), "writes stored together failed; the group runs again write by write");
            return Ok(false);
        }
    };
    for (job, stored) in jobs.iter_mut().zip(stored) {
        if !caught(job.finish(conn, now, stored)).await? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// Makes the writes' statements once on a fresh connection, in a transaction rolled back: on
/// PostgreSQL a statement's first executions on a connection are planned one by one and the
/// triggers' functions compiled, and a fresh connection's first writes took 10 and 6 ms, the
/// next dozen 1–3.6 ms, against 0.2–0.4 ms — paid by the first writes after a start, or after a
/// restart in the middle of a rush. Nothing of it stays. A failure is only logged: the group's
/// own statements then meet whatever is wrong with the connection.
async fn warm_up<B: Batch>(conn: &mut AnyConnection, begin: &'static str) {
    let made = match conn.execute(begin).await {
        Ok(_) => B::make_writes_once(conn).await,
        Err(e) => Err(e.into()),
    };
    let rolled_back = conn.execute("ROLLBACK").await;
    match made {
        Ok(()) => tracing::debug!("the writer's connection is warm"),
        Err(e) => tracing::warn!(error = %e, "warming the writer's connection failed"),
    }
    if let Err(e) = rolled_back {
        tracing::warn!(error = %e, "warming the writer's connection: rollback failed");
    }
}

/// Runs one write of the group; a panic in it fails the group (nothing of it is stored).
async fn run_caught<B: Batch>(
    job: &mut Box<dyn Job<B>>,
    conn: &mut AnyConnection,
) -> Result<bool, StoreError> {
    caught(job.run(conn)).await
}

/// Awaits a write's run (or a batched write's finish); a panic in it fails the group.
async fn caught(run: BoxFuture<'_, bool>) -> Result<bool, StoreError> {
    AssertUnwindSafe(run)
        .catch_unwind()
        .await
        .map_err(|_| StoreError::GroupNotCommitted)
}
