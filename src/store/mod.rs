//! The only place with SQL: one store API over SQLite and PostgreSQL through sqlx's `Any` driver.
//!
//! Instants are integer milliseconds in the database and `jiff::Timestamp` everywhere else;
//! enumerations are text in the database and domain enums everywhere else. Both conversions
//! happen here, at the edge. Backend-specific SQL is kept to a few places, each saying why: this
//! file (how a write transaction begins, connection pragmas, test databases), the writer's turn
//! on PostgreSQL (`group_commit`), claiming outbox rows ([`outbox`]), SQLite's comment lists
//! ([`comment`]) and the signal between instances that a round's due times moved
//! ([`schedule_signal`], PostgreSQL's `NOTIFY`/`LISTEN`).
//!
//! The frequent small writes of delegations go through the group-commit writer
//! ([`Store::grouped_write`] and its siblings); every other write is a transaction of its own
//! ([`Store::begin_write`]), and reads take a pooled connection ([`Store::read`]).
//!
//! SQLite: WAL, so that reads go on while a write is made; `synchronous = FULL`, so that what a
//! user is told is saved survives a power loss (`NORMAL` survives only a crash of the process).
//! Write transactions begin with `BEGIN IMMEDIATE` and queue first come, first served for the
//! store's writer turn: a deferred `BEGIN` that reads and then writes fails at once under
//! concurrency with "database is locked" (the busy timeout does not help that upgrade) — with 200
//! concurrent form posts most failed, while with `BEGIN IMMEDIATE` they ran at 0.96× the rate of
//! a plain loop of one-row inserts. Reads come from a pool of our own (`read_pool`), and the
//! library's memory statistics are off (`sqlite_library`); both modules say why.
//!
//! PostgreSQL: sqlx's pool, whose connections are recycled (`max_lifetime`): sqlx 0.9.0 leaves a
//! connection inside an open transaction when a `begin()` is cancelled mid-flight, which the app
//! avoids by running every write use case in a task of its own; recycling bounds the harm of any
//! it missed.

pub mod api_token;
pub mod attachment;
pub mod audit;
pub mod auth;
mod batch;
mod column;
pub mod comment;
pub mod delegation;
pub mod disposition;
mod group_commit;
pub use group_commit::{GroupOutcome, GroupRows};
pub mod idempotency;
pub mod outbox;
pub mod outcome;
mod read_pool;
pub mod round;
pub mod schedule;
pub mod schedule_signal;
pub mod silence;
mod sqlite_library;
pub mod writer_time;

use std::str::FromStr;
use std::sync::Arc;
use std::time::Duration;

use jiff::Timestamp;
use sqlx::any::{AnyConnectOptions, AnyPoolOptions};
use sqlx::{Any, AnyConnection, AnyPool, Connection, Executor};

/// A write transaction. Commit it with `tx.commit().await`; dropping it rolls back. On SQLite
/// it also holds the store's writer turn (see [`Store::begin_write`]) until it ends.
pub struct Tx {
    tx: sqlx::Transaction<'static, Any>,
    _turn: Option<tokio::sync::OwnedMutexGuard<()>>,
}

impl Tx {
    pub async fn commit(self) -> std::result::Result<(), sqlx::Error> {
        self.tx.commit().await
    }
}

impl std::ops::Deref for Tx {
    type Target = AnyConnection;

    fn deref(&self) -> &AnyConnection {
        &self.tx
    }
}

impl std::ops::DerefMut for Tx {
    fn deref_mut(&mut self) -> &mut AnyConnection {
        &mut self.tx
    }
}
/// A pooled connection for reads: from sqlx's pool on PostgreSQL, from [`read_pool`] on SQLite.
pub struct Conn(PooledConn);

enum PooledConn {
    Sqlx(sqlx::pool::PoolConnection<Any>),
    Sqlite(read_pool::ReadConn),
}

impl std::ops::Deref for Conn {
    type Target = AnyConnection;

    fn deref(&self) -> &AnyConnection {
        match &self.0 {
            PooledConn::Sqlx(conn) => conn,
            PooledConn::Sqlite(conn) => conn,
        }
    }
}

impl std::ops::DerefMut for Conn {
    fn deref_mut(&mut self) -> &mut AnyConnection {
        match &mut self.0 {
            PooledConn::Sqlx(conn) => conn,
            PooledConn::Sqlite(conn) => conn,
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("database error: {0}")]
    Database(#[from] sqlx::Error),
    #[error("migration failed: {0}")]
    Migrate(#[from] sqlx::migrate::MigrateError),
    #[error("unexpected value in column {column}: {value}")]
    Corrupt { column: &'static str, value: String },
    #[error("unsupported database URL (expected sqlite:// or postgres://)")]
    UnsupportedUrl,
    #[error("the write's group could not be committed; nothing of it was stored")]
    GroupNotCommitted,
    #[error("the store is closed")]
    Closed,
    #[error("cannot create the database file {0}: {1}")]
    File(std::path::PathBuf, std::io::Error),
}

impl StoreError {
    /// True when the error is a unique-constraint violation (e.g. a duplicate delegation name).
    pub fn is_unique_violation(&self) -> bool {
        match self {
            StoreError::Database(sqlx::Error::Database(e)) => {
                e.kind() == sqlx::error::ErrorKind::UniqueViolation
            }
            _ => false,
        }
    }
}

pub type Result<T, E = StoreError> = std::result::Result<T, E>;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

impl Backend {
    pub fn from_url(url: &str) -> Result<Backend> {
        if url.starts_with("sqlite:") {
            Ok(Backend::Sqlite)
        } else if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            Ok(Backend::Postgres)
        } else {
            Err(StoreError::UnsupportedUrl)
        }
    }

    pub fn as_str(&self) -> &'static str {
        match self {
            Backend::Sqlite => "sqlite",
            Backend::Postgres => "postgres",
        }
    }
}

#[derive(Clone, Debug)]
pub struct Store {
    pool: AnyPool,
    /// SQLite's read connections (PostgreSQL reads from `pool`).
    reads: Option<Arc<read_pool::ReadPool>>,
    options: AnyConnectOptions,
    backend: Backend,
    /// SQLite has one writer at a time. Writers queue here, first come first served, instead
    /// of racing for the lock through SQLite's busy handler (which sleeps and is unfair).
    writer: Arc<tokio::sync::Mutex<()>>,
    /// The group-commit queue of the frequent small writes, started on first use.
    group: Arc<std::sync::OnceLock<group_commit::GroupCommit<comment::writes::Submissions>>>,
}

/// How many pooled connections to open, and for how long to keep one.
#[derive(Clone, Debug)]
pub struct PoolSettings {
    pub max_connections: u32,
    /// Recycles connections, which also bounds the harm of sqlx 0.9.0's cancelled-`begin()` bug.
    pub max_lifetime: Duration,
    pub acquire_timeout: Duration,
}

impl Default for PoolSettings {
    fn default() -> Self {
        PoolSettings {
            max_connections: 16,
            max_lifetime: Duration::from_secs(30 * 60),
            acquire_timeout: Duration::from_secs(10),
        }
    }
}

impl Store {
    /// Connects to `url` (`sqlite://path?mode=rwc` or `postgres://…`).
    pub async fn connect(url: &str, settings: &PoolSettings) -> Result<Store> {
        sqlx::any::install_default_drivers();
        let backend = Backend::from_url(url)?;
        if backend == Backend::Sqlite {
            sqlite_library::configure_once();
            create_private_database_file(url)?;
        }
        let options = AnyConnectOptions::from_str(url)?;
        let pool = AnyPoolOptions::new()
            .max_connections(settings.max_connections)
            .max_lifetime(settings.max_lifetime)
            .acquire_timeout(settings.acquire_timeout)
            // sqlx already pings every connection when it is released (and drops it if that
            // fails); pinging again on every acquire cost one more round trip to PostgreSQL (or
            // to SQLite's worker thread) per request. A connection that breaks while idle
            // (the database restarted) fails one request, with nothing stored, and is dropped.
            .test_before_acquire(false)
            .after_connect(move |conn, _meta| Box::pin(prepare_connection(conn, backend)))
            .connect_with(options.clone())
            .await?;
        let reads = (backend == Backend::Sqlite).then(|| {
            read_pool::ReadPool::new(
                options.clone(),
                settings.max_connections,
                settings.acquire_timeout,
            )
        });
        Ok(Store {
            pool,
            reads,
            options,
            backend,
            writer: Arc::new(tokio::sync::Mutex::new(())),
            group: Arc::new(std::sync::OnceLock::new()),
        })
    }

    pub fn backend(&self) -> Backend {
        self.backend
    }

    pub async fn migrate(&self) -> Result<()> {
        match self.backend {
            Backend::Sqlite => sqlx::migrate!("migrations/sqlite").run(&self.pool).await?,
            Backend::Postgres => {
                sqlx::migrate!("migrations/postgres")
                    .run(&self.pool)
                    .await?
            }
        }
        Ok(())
    }

    /// Begins a write transaction. On SQLite it takes the write lock at once (`BEGIN IMMEDIATE`):
    /// a deferred transaction that reads and then writes fails under concurrency.
    pub async fn begin_write(&self) -> Result<Tx> {
        let tx = match self.backend {
            Backend::Sqlite => {
                let turn = self.writer.clone().lock_owned().await;
                Tx {
                    tx: self.pool.begin_with("BEGIN IMMEDIATE").await?,
                    _turn: Some(turn),
                }
            }
            Backend::Postgres => Tx {
                tx: self.pool.begin().await?,
                _turn: None,
            },
        };
        Ok(tx)
    }

    /// Runs `work` as one write in a group commit (see [`group_commit`]): all or nothing, in a
    /// transaction it may share with other writes, answered after that transaction is
    /// committed. For the frequent small writes of many users at once; `work` runs on the
    /// writer's own thread, so the caller going away cancels nothing. `work` may run twice (the
    /// first run rolled back because another write of its group was refused): it must do the
    /// same thing each time, and only the last run counts.
    pub async fn grouped_write<F, T, E>(&self, work: F) -> std::result::Result<T, E>
    where
        F: for<'c> Fn(
                &'c mut AnyConnection,
            )
                -> futures_util::future::BoxFuture<'c, std::result::Result<T, E>>
            + Send
            + 'static,
        T: Send + 'static,
        E: From<StoreError> + Send + 'static,
    {
        self.grouped_write_audited(move |conn| {
            let run = work(conn);
            Box::pin(async move { run.await.map(|value| (value, GroupRows::default())) })
        })
        .await
    }

    /// Like [`Store::grouped_write`], for a write whose audit rows and outbox messages the group
    /// writes together with those of the other writes, in fewer statements, just before its
    /// commit (and only if the write succeeded).
    pub async fn grouped_write_audited<F, T, E>(&self, work: F) -> std::result::Result<T, E>
    where
        F: for<'c> Fn(&'c mut AnyConnection) -> GroupOutcome<'c, T, E> + Send + 'static,
        T: Send + 'static,
        E: From<StoreError> + Send + 'static,
    {
        timed(self.group().write(work)).await
    }

    fn group(&self) -> &group_commit::GroupCommit<comment::writes::Submissions> {
        self.group.get_or_init(|| {
            group_commit::GroupCommit::start(
                self.options.clone(),
                self.backend,
                self.writer.clone(),
            )
        })
    }

    /// Starts the group-commit writer and opens its connection now (with one empty write),
    /// so that the first writes after a start do not queue behind that.
    pub async fn start_writer(&self) -> Result<()> {
        self.grouped_write(|_| Box::pin(async { Ok::<(), StoreError>(()) }))
            .await
    }

    /// A connection for reads outside any write transaction.
    pub async fn read(&self) -> Result<Conn> {
        Ok(Conn(match &self.reads {
            Some(reads) => PooledConn::Sqlite(reads.acquire().await?),
            None => PooledConn::Sqlx(self.pool.acquire().await?),
        }))
    }

    /// Checks the database answers (for `/healthz`).
    pub async fn ping(&self) -> Result<()> {
        let mut conn = self.read().await?;
        conn.ping().await?;
        Ok(())
    }

    pub async fn close(&self) {
        if let Some(group) = self.group.get() {
            group.close().await;
        }
        if let Some(reads) = &self.reads {
            reads.close().await;
        }
        self.pool.close().await;
    }
}

/// Creates the file of a SQLite database that may be created (`mode=rwc`) and does not exist
/// yet, owner-only: SQLite would create it readable by everyone (and its `-wal` and `-shm`
/// files, which take the database file's permissions). An empty file is an empty database.
fn create_private_database_file(url: &str) -> Result<()> {
    let Some(path) = crate::config::sqlite_path(url) else {
        return Ok(());
    };
    if url.contains("mode=rwc") && !path.exists() {
        crate::files::open_private_file(&path).map_err(|e| StoreError::File(path, e))?;
    }
    Ok(())
}

/// Settings of every connection, pooled or not.
async fn prepare_connection(
    conn: &mut AnyConnection,
    backend: Backend,
) -> std::result::Result<(), sqlx::Error> {
    if backend == Backend::Sqlite {
        // WAL for concurrent readers; FULL so that "saved" survives power loss; a busy timeout
        // so that BEGIN IMMEDIATE waits for the writer.
        conn.execute(
            "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; \
             PRAGMA busy_timeout = 10000; PRAGMA foreign_keys = ON;",
        )
        .await?;
    }
    Ok(())
}

/// Creates a fresh PostgreSQL database named `name` on the server of `admin_url` and returns the
/// URL of the new database. Used by tests and benchmarks, which each want their own database.
pub async fn create_postgres_database(admin_url: &str, name: &str) -> Result<String> {
    sqlx::any::install_default_drivers();
    if !name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
        return Err(StoreError::UnsupportedUrl);
    }
    let mut conn = AnyConnection::connect(admin_url).await?;
    conn.execute(sqlx::AssertSqlSafe(format!("CREATE DATABASE {name}")))
        .await?;
    conn.close().await?;
    let base = match admin_url.rfind('/') {
        Some(i) if admin_url[..i].len() > "postgres://".len() => &admin_url[..i],
        _ => admin_url,
    };
    Ok(format!("{base}/{name}"))
}

/// Drops a database made by [`create_postgres_database`], closing its connections.
pub async fn drop_postgres_database(admin_url: &str, name: &str) -> Result<()> {
    sqlx::any::install_default_drivers();
    if !name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
        return Err(StoreError::UnsupportedUrl);
    }
    let mut conn = AnyConnection::connect(admin_url).await?;
    conn.execute(sqlx::AssertSqlSafe(format!(
        "DROP DATABASE IF EXISTS {name} WITH (FORCE)"
    )))
    .await?;
    conn.close().await?;
    Ok(())
}

pub(crate) fn to_millis(ts: Timestamp) -> i64 {
    ts.as_millisecond()
}

pub(crate) fn from_millis(column: &'static str, ms: i64) -> Result<Timestamp> {
    Timestamp::from_millisecond(ms).map_err(|_| StoreError::Corrupt {
        column,
        value: ms.to_string(),
    })
}

pub(crate) fn opt_from_millis(column: &'static str, ms: Option<i64>) -> Result<Option<Timestamp>> {
    ms.map(|v| from_millis(column, v)).transpose()
}

pub(crate) fn parse_enum<T>(
    column: &'static str,
    value: String,
    parse: impl FnOnce(&str) -> Option<T>,
) -> Result<T> {
    parse(&value).ok_or(StoreError::Corrupt { column, value })
}

/// Awaits a grouped write, adding its time (queued and in its group) to the request's
/// `Server-Timing`.
async fn timed<T>(write: impl std::future::Future<Output = T>) -> T {
    let queued = std::time::Instant::now();
    let answer = write.await;
    writer_time::add(queued.elapsed().as_secs_f64() * 1000.0);
    answer
}

pub(crate) fn flag(v: bool) -> i64 {
    i64::from(v)
}
