//! Benchmark (prints figures; not a test): enqueue and deliver 2,000 reminders to a local SMTP
//! server on a loopback port, and report messages per second and the peak resident memory.
//!
//! ```sh
//! redraft bench mail                                   # SQLite in a temporary directory
//! redraft bench mail --database-url postgres://postgres@127.0.0.1:5432/postgres   # own database
//! redraft bench mail --reminders 500 --concurrency 16  # another wave, more SMTP connections
//! ```

use std::sync::Arc;
use std::time::Instant;

use crate::config::{Config, ServerArgs, sqlite_url};
use crate::domain::{Clock, DelegationCategory, ManualClock, Role};
use crate::jobs::WorkerSettings;
use crate::jobs::worker::Worker;
use crate::store::{delegation as people, outbox, round as round_store};
use jiff::{SignedDuration, Timestamp};

/// Options of `redraft bench mail`.
#[derive(Debug, Clone, clap::Args)]
pub struct MailArgs {
    /// `postgres://…` server to run on (a database of its own is created and dropped);
    /// default: SQLite in a temporary directory.
    #[arg(long)]
    pub database_url: Option<String>,
    /// Reminders in the wave.
    #[arg(long, default_value_t = 2000)]
    pub reminders: usize,
    /// SMTP connections used at a time [default: the worker's].
    #[arg(long)]
    pub concurrency: Option<usize>,
}

/// Enqueues and delivers a wave of reminders to a local SMTP server and prints the figures.
pub async fn run(args: MailArgs) -> anyhow::Result<()> {
    let wave = args.reminders;
    let smtp = super::smtp_sink::SmtpServer::start().await;
    let data_dir = tempfile::tempdir()?;
    let (database_url, pg) = match args.database_url.clone() {
        Some(admin) if !admin.is_empty() => {
            let name = format!("redraft_bench_{}", &crate::app::auth::new_secret()[..12]);
            let url = crate::store::create_postgres_database(&admin, &name).await?;
            (url, Some((admin, name)))
        }
        _ => (sqlite_url(&data_dir.path().join("bench.db")), None),
    };
    let config = Config::load(&ServerArgs {
        data_dir: Some(data_dir.path().to_path_buf()),
        database_url: Some(database_url.clone()),
        smtp_url: Some(smtp.url()),
        ..ServerArgs::default()
    })?;
    let clock = Arc::new(ManualClock::new(Timestamp::now()));
    let app = crate::startup::build_app(&config, clock.clone()).await?;
    let demo = app.load_demo().await?;

    // A round with `wave` delegations, each with one focal point, none of which has responded.
    let mut tx = app.store().begin_write().await?;
    let now = clock.now();
    let round = round_store::get_round(&mut tx, demo.round_id)
        .await?
        .ok_or_else(|| anyhow::anyhow!("demo round"))?;
    let existing = crate::store::schedule::focal_points(&mut tx, demo.round_id, None)
        .await?
        .len();
    for n in existing..wave {
        let id = people::insert_delegation(
            &mut tx,
            round.meeting_id,
            &format!("Benchmark delegation {n:05}"),
            DelegationCategory::Other,
            now,
        )
        .await?;
        people::add_to_round(&mut tx, demo.round_id, id, now).await?;
        people::insert_user(
            &mut tx,
            &format!("fp{n}@bench{n}.example.org"),
            "",
            Role::Delegate,
            Some(id),
            now,
        )
        .await?;
    }
    tx.commit().await?;
    // The invitations of the opening go first, outside the measurement.
    crate::jobs::scheduler::tick(&app).await?;
    let defaults = WorkerSettings::default();
    let concurrency = args.concurrency.unwrap_or(defaults.concurrency);
    let worker = Worker::new(
        app.clone(),
        WorkerSettings {
            concurrency,
            batch: (2 * concurrency).max(1) as i64,
            ..defaults
        },
    );
    worker.run_pass().await?;
    let before = smtp.count();

    clock.set(round.schedule.closes_at - SignedDuration::from_hours(47));
    let started = Instant::now();
    let report = crate::jobs::scheduler::tick(&app).await?;
    let enqueued_in = started.elapsed();
    let sending = Instant::now();
    let pass = worker.run_pass().await?;
    let delivered_in = sending.elapsed();
    let total = started.elapsed();
    let received = smtp.count() - before;

    let mut conn = app.store().read().await?;
    let unfinished = outbox::count_unfinished(&mut conn).await?;
    drop(conn);
    println!(
        "redraft mail benchmark ({}, {concurrency} messages at a time)",
        app.store().backend().as_str()
    );
    println!(
        "  reminders enqueued:   {} in {:.2?} ({:.0}/s, rendered and stored)",
        report.reminders,
        enqueued_in,
        report.reminders as f64 / enqueued_in.as_secs_f64()
    );
    println!(
        "  delivered by SMTP:    {} in {:.2?} ({:.0} messages/s; {} retried, {} failed)",
        pass.sent,
        delivered_in,
        pass.sent as f64 / delivered_in.as_secs_f64(),
        pass.retried,
        pass.failed
    );
    println!(
        "  enqueue + delivery:   {:.0} messages/s",
        received as f64 / total.as_secs_f64()
    );
    println!("  received by server:   {received}; left in outbox: {unfinished}");
    println!(
        "  peak RSS (VmHWM):     {}",
        peak_rss().unwrap_or_else(|| "unknown".into())
    );
    app.store().close().await;
    if let Some((admin, name)) = pg {
        crate::store::drop_postgres_database(&admin, &name).await?;
    }
    Ok(())
}

/// The process's peak resident set size, from /proc (Linux).
fn peak_rss() -> Option<String> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    status
        .lines()
        .find(|l| l.starts_with("VmHWM:"))
        .map(|l| l.trim_start_matches("VmHWM:").trim().to_string())
}
