//! Background work of one instance: the outbox worker (`worker`), which sends what the use
//! cases put into the outbox, and the scheduler (`scheduler`), which opens and closes rounds by
//! time and enqueues invitations, reminders, digests and closing confirmations. Both sleep until
//! their next due time (or until woken by `App::wake_mail` / `App::wake_scheduler`), never
//! busy-poll, and read the time from the app's clock. On PostgreSQL a third task (`listener`)
//! wakes the scheduler when another instance changes a round's due times.
//!
//! On PostgreSQL several instances run both safely (claims with `FOR UPDATE SKIP LOCKED`,
//! advisory locks, dedupe keys). On SQLite one instance is assumed: the jobs take an exclusive
//! lock on a file beside the database, and a second instance runs neither, saying so in the log.

pub mod listener;
pub mod scheduler;
pub mod worker;

use std::fs::File;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use tokio::task::JoinHandle;

use crate::app::App;
pub use worker::{FaultHook, FaultPoint, WorkerSettings};

/// What the jobs of an instance need to know besides the app.
#[derive(Clone, Default)]
pub struct JobSettings {
    pub worker: WorkerSettings,
    /// For SQLite: the file whose exclusive lock makes this instance the one that runs jobs.
    pub sqlite_lock_path: Option<PathBuf>,
}

/// The running jobs of an instance. Dropping it leaves them running; `abort` stops them.
pub struct JobsHandle {
    pub worker: Option<JoinHandle<()>>,
    pub scheduler: Option<JoinHandle<()>>,
    pub listener: Option<JoinHandle<()>>,
    /// Held while the jobs run (SQLite only).
    _lock: Option<Arc<File>>,
}

impl JobsHandle {
    /// True when this instance runs its jobs (false for a second instance on one SQLite file).
    pub fn running(&self) -> bool {
        self.worker.is_some()
    }

    /// Stops the loops at once, wherever they are (as a crash would).
    pub fn abort(&self) {
        for task in [&self.worker, &self.scheduler, &self.listener]
            .into_iter()
            .flatten()
        {
            task.abort();
        }
    }
}

impl Drop for JobsHandle {
    fn drop(&mut self) {
        self.abort();
    }
}

/// The lock file of a SQLite database URL (`sqlite://path?mode=rwc` → `path.jobs.lock`); none for
/// other backends or an in-memory database.
pub fn sqlite_lock_path(database_url: &str) -> Option<PathBuf> {
    let mut path = crate::config::sqlite_path(database_url)?.into_os_string();
    path.push(".jobs.lock");
    Some(PathBuf::from(path))
}

fn take_lock(path: &Path) -> Option<File> {
    let file = crate::files::open_private_file(path)
        .map_err(|e| tracing::error!(path = %path.display(), error = %e, "cannot open the jobs lock file"))
        .ok()?;
    match file.try_lock() {
        Ok(()) => Some(file),
        Err(_) => None,
    }
}

/// Starts the outbox worker, the scheduler and its listener of this instance.
pub fn spawn(app: App, settings: JobSettings) -> JobsHandle {
    let lock = match &settings.sqlite_lock_path {
        None => None,
        Some(path) => match take_lock(path) {
            Some(file) => Some(Arc::new(file)),
            None => {
                tracing::error!(
                    lock = %path.display(),
                    "another redraft instance already runs the scheduler and the mail worker on \
                     this SQLite database; this instance runs neither (SQLite supports one \
                     instance: use PostgreSQL to run several)"
                );
                return JobsHandle {
                    worker: None,
                    scheduler: None,
                    listener: None,
                    _lock: None,
                };
            }
        },
    };
    let worker = worker::Worker::new(app.clone(), settings.worker.clone());
    tracing::info!(
        instance = %worker.instance(),
        transport = %app.mailer().description(),
        "mail worker and scheduler started"
    );
    JobsHandle {
        worker: Some(tokio::spawn(worker.run())),
        scheduler: Some(tokio::spawn(scheduler::run(app.clone()))),
        listener: Some(tokio::spawn(listener::run(app))),
        _lock: lock,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lock_path_sits_beside_the_sqlite_file() {
        assert_eq!(
            sqlite_lock_path("sqlite://data/redraft.db?mode=rwc"),
            Some(PathBuf::from("data/redraft.db.jobs.lock"))
        );
        assert_eq!(sqlite_lock_path("sqlite::memory:"), None);
        assert_eq!(sqlite_lock_path("postgres://x/y"), None);
    }

    #[test]
    fn a_second_holder_is_refused() {
        let dir = tempfile_dir();
        let path = dir.join("db.jobs.lock");
        let first = take_lock(&path).expect("first lock");
        assert!(take_lock(&path).is_none());
        drop(first);
        assert!(take_lock(&path).is_some());
        let _ = std::fs::remove_dir_all(dir);
    }

    fn tempfile_dir() -> PathBuf {
        let dir = std::env::temp_dir().join(format!(
            "redraft-lock-test-{}-{}",
            std::process::id(),
            &crate::app::auth::new_secret()[..8]
        ));
        std::fs::create_dir_all(&dir).expect("temp dir");
        dir
    }
}
