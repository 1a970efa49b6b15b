//! `redraft bench rush`: the deadline rush. Starts the server(s) as child processes on loopback
//! ports, sets up a round of 150 recommendations and 200 delegations (each with a focal point,
//! an API token and a signed-in browser session), lets N delegations submit, edit and withdraw
//! comments through the JSON API and the HTML forms while the round's deadline passes in the
//! middle of the run (optionally killing a server with SIGKILL and restarting it), records
//! every request and its answer, and then checks the database against the record: every
//! acknowledged write stored exactly as acknowledged, nothing stored after the deadline, every
//! refusal after it the documented one.
//!
//! This module runs the stages in order; each is a module of its own: `options`, `setup`, the
//! delegations' `workload` and HTTP `client`, the `load` loops, `crash` injection, `sampling`
//! of the servers, the `mail_check`, the database `checker`, `stats` and the `report`.

mod browser;
mod checker;
pub(super) mod client;
mod crash;
pub(super) mod load;
mod mail_check;
mod options;
mod record;
mod report;
mod sampling;
pub(super) mod setup;
mod stats;
pub(super) mod workload;

use std::sync::Arc;
use std::sync::atomic::AtomicUsize;
use std::time::{Duration, Instant};

use anyhow::Context;
use jiff::{SignedDuration, Timestamp};

pub use checker::{Check, Snapshot, StoredComment, check};
pub use mail_check::MailCheck;
pub use options::RushArgs;
pub use record::{Content, Op, Outcome, Record};

use super::{ScratchDir, ServerProcess, on_scratch_database, storage_limit};
use crate::store::Backend;
use client::Rush;
use report::{Report, StorageLimit};

/// Runs the benchmark, prints its summary, and returns whether every check passed.
pub async fn run(args: RushArgs) -> anyhow::Result<bool> {
    let backend = args.backend()?;
    let dir = ScratchDir::new("redraft-bench-rush")?;
    let admin_url = match backend {
        Backend::Postgres => args.database_url.as_deref(),
        Backend::Sqlite => None,
    };
    on_scratch_database(admin_url, &dir, async |url| {
        run_on(&args, backend, url, &dir).await
    })
    .await
}

async fn run_on(
    args: &RushArgs,
    backend: Backend,
    url: &str,
    dir: &ScratchDir,
) -> anyhow::Result<bool> {
    let n = args.delegations;
    let client = client::http_client()?;
    let setup_started = Instant::now();
    let setup = setup::set_up(dir, url, n.max(setup::SETUP_DELEGATIONS)).await?;
    let limit_duration = Duration::from_secs_f64((args.seconds as f64 / 6.0).clamp(1.0, 5.0));
    // The storage limit is measured before and after the rush (the machine may be busy with
    // something else for a moment); the higher figure counts.
    let limit_before = storage_limit(url, limit_duration).await?;
    let servers = setup::start_servers(args.instances, dir, url, &client).await?;
    let bases: Vec<String> = servers.iter().map(ServerProcess::base_url).collect();
    let delegations = setup::sign_in_all(&bases, &setup, n).await?;
    let page_sizes = match delegations.first() {
        Some(d) => {
            let url = format!("{}/rounds/{}", bases[0], setup.round_id);
            browser::page_sizes(&client, &url, &d.session).await?
        }
        None => Default::default(),
    };

    // The deadline: the middle of the run, on the server's clock.
    let run_start = Timestamp::now() + SignedDuration::from_millis(300);
    let deadline = run_start + SignedDuration::from_millis(args.seconds as i64 * 500);
    let closes_at_ms = setup.close_round_at(deadline).await?;
    setup.app.store().close().await;
    eprintln!(
        "set-up done in {:.1} s: round {} with {} recommendations, {} delegations signed in; rush of {} s, deadline after {} s",
        setup_started.elapsed().as_secs_f64(),
        setup.round_id,
        setup.recommendation_ids.len(),
        delegations.len(),
        args.seconds,
        args.seconds as f64 / 2.0
    );

    let rush = Arc::new(Rush {
        client: client.clone(),
        bases,
        next_base: AtomicUsize::new(0),
        round_id: setup.round_id,
        recommendation_ids: setup.recommendation_ids.clone(),
        delegations,
    });
    let servers = Arc::new(tokio::sync::Mutex::new(servers));
    let wait = (run_start - Timestamp::now()).unsigned_abs();
    tokio::time::sleep(wait.min(Duration::from_secs(1))).await;
    let start = Instant::now();
    let start_ms = Timestamp::now().as_millisecond();
    let end = start + Duration::from_secs(args.seconds);
    let cpu_before = sampling::server_cpu_seconds(&servers).await;
    let own_cpu_before = sampling::own_cpu_seconds();

    let sampler = tokio::spawn(sampling::sample_rss(servers.clone(), end));
    let crash = args.crash.then(|| {
        let at =
            start + Duration::from_secs_f64(args.seconds as f64 * rand::random_range(0.2..0.8));
        tokio::spawn(crash::crash_and_restart(
            servers.clone(),
            client.clone(),
            at,
        ))
    });
    let records = match args.rate {
        None => load::closed_loop(rush.clone(), end).await,
        Some(rate) => load::open_loop(rush.clone(), rate, start, end).await,
    };
    let run_ms = start.elapsed().as_secs_f64() * 1000.0;
    let generator_cpu_seconds = sampling::own_cpu_seconds() - own_cpu_before;
    if let Some(path) = &args.records {
        report::write_records(path, &records, start_ms)
            .with_context(|| format!("writing {}", path.display()))?;
    }
    let crash = match crash {
        Some(task) => Some(task.await.context("crash task")??),
        None => None,
    };
    let _ = sampler.await;
    let cpu_seconds = sampling::server_cpu_seconds(&servers).await - cpu_before;
    // The servers' outbox workers finish sending before the servers stop.
    let mail = mail_check::check_mail(url, &dir.path().join("mail"), &records, args.crash).await?;
    let (rss_mib, restarts) = {
        let mut servers = servers.lock().await;
        for server in servers.iter_mut() {
            server.stop().await?;
        }
        (
            servers
                .iter()
                .map(ServerProcess::peak_rss_mib)
                .fold(0.0, f64::max),
            servers.iter().map(|s| s.restarts).sum::<u32>(),
        )
    };

    let limit_after = storage_limit(url, limit_duration).await?;
    let snapshot = checker::read_snapshot(url, setup.round_id).await?;
    let check = check(&records, &snapshot);
    let report = Report {
        args,
        backend,
        records: &records,
        start_ms,
        closes_at_ms,
        run_ms,
        limit: StorageLimit {
            before: limit_before,
            after: limit_after,
            duration: limit_duration,
        },
        check: &check,
        stored_comments: snapshot.comments.len(),
        mail: &mail,
        crash: crash.as_ref(),
        restarts,
        rss_mib,
        page_sizes,
        cpu_seconds,
        generator_cpu_seconds,
    };
    println!("{}", report.render());
    Ok(check.late() == 0 && check.lost == 0 && check.wrong() == 0 && mail.wrong() == 0)
}
