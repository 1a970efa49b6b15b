//! `redraft bench import`: a Chair's largest imports in the middle of a deadline. The stage of
//! the rush (a server process, a round open for comments, delegations signed in) with the
//! delegations writing at a fixed rate, while the Chair imports, through the API, the largest
//! delegations file one import takes into the open round and the largest draft into a round
//! not yet open — several times, one after the other. Prints how long each import took, and
//! the latency of the comment writes that overlapped an import against those that did not.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use anyhow::{Context, bail};
use jiff::{SignedDuration, Timestamp};

use super::rush::client::{Rush, http_client};
use super::rush::setup::{bench_round, set_up, sign_in_all};
use super::rush::{Record, load};
use super::{Percentiles, ScratchDir, ServerProcess, on_scratch_database, percentiles};
use crate::domain::import::{MAX_IMPORT_DELEGATIONS, MAX_IMPORT_RECOMMENDATIONS};
use crate::store::Backend;

/// The options of `redraft bench import`.
#[derive(Debug, Clone, clap::Args)]
pub struct ImportArgs {
    /// A PostgreSQL server (`postgres://…`) on which to create a scratch database, dropped at the
    /// end [default: embedded SQLite in a temporary directory].
    #[arg(long)]
    pub database_url: Option<String>,
    /// Delegations writing comments meanwhile.
    #[arg(long, default_value_t = 50)]
    pub delegations: usize,
    /// Comment requests started per second, whatever the answers (open loop).
    #[arg(long, default_value_t = 100.0)]
    pub rate: f64,
    /// How many times the Chair imports both files.
    #[arg(long, default_value_t = 3)]
    pub imports: usize,
}

/// One import as the Chair saw it: from sending the file to the answer.
struct Timed {
    what: &'static str,
    started_ms: i64,
    ended_ms: i64,
}

impl Timed {
    fn seconds(&self) -> f64 {
        (self.ended_ms - self.started_ms) as f64 / 1000.0
    }

    /// Whether a request sent at `sent_ms` and answered at `done_ms` was under way during it.
    fn overlaps(&self, record: &Record) -> bool {
        record.sent_ms <= self.ended_ms && record.done_ms >= self.started_ms
    }
}

/// Runs the benchmark and prints its figures.
pub async fn run(args: ImportArgs) -> anyhow::Result<()> {
    if args.delegations == 0 || args.imports == 0 || !(args.rate.is_finite() && args.rate > 0.0) {
        bail!("--delegations, --imports and --rate must be positive");
    }
    let backend = match &args.database_url {
        None => Backend::Sqlite,
        Some(url) => Backend::from_url(url)?,
    };
    let dir = ScratchDir::new("redraft-bench-import")?;
    on_scratch_database(args.database_url.as_deref(), &dir, async |url| {
        run_on(&args, backend, url, &dir).await
    })
    .await
}

async fn run_on(
    args: &ImportArgs,
    backend: Backend,
    url: &str,
    dir: &ScratchDir,
) -> anyhow::Result<()> {
    let setup = set_up(dir, url, args.delegations).await?;
    let fail = |what: &'static str| move |e: crate::app::AppError| anyhow::anyhow!("{what}: {e:?}");
    // The drafts go into rounds that open tomorrow (a draft changes only before its round
    // opens); the delegations into the open round the others are writing to.
    let mut draft_rounds = Vec::new();
    for i in 1..=args.imports {
        let opens = Timestamp::now() + SignedDuration::from_hours(24);
        let round_id = setup
            .app
            .create_round(
                setup.chair,
                bench_round(&format!("Next round {i}"), &format!("WG-BENCH/N{i}"), opens),
            )
            .await
            .map_err(fail("creating a round for the draft"))?;
        draft_rounds.push(round_id);
    }
    let chair_token = setup
        .app
        .create_api_token("chair@bench.example.org")
        .await
        .map_err(fail("creating the Chair's API token"))?;
    setup.app.store().close().await;

    let client = http_client()?;
    let mut server = ServerProcess::start("server", dir.path(), url, &client).await?;
    let base = server.base_url();
    let delegations = sign_in_all(std::slice::from_ref(&base), &setup, args.delegations).await?;
    let rush = Arc::new(Rush {
        client: client.clone(),
        bases: vec![base.clone()],
        next_base: AtomicUsize::new(0),
        round_id: setup.round_id,
        recommendation_ids: setup.recommendation_ids.clone(),
        delegations,
    });

    // Two seconds of writes alone, then the imports one after the other with a second between
    // them, then a second or two more.
    let start = Instant::now() + Duration::from_millis(200);
    let stop = Arc::new(AtomicBool::new(false));
    let load = tokio::spawn(load_until(rush.clone(), args.rate, start, stop.clone()));
    tokio::time::sleep_until((start + Duration::from_secs(2)).into()).await;
    let mut imports = Vec::new();
    for (i, draft_round) in draft_rounds.iter().enumerate() {
        imports.push(
            put_csv(
                &client,
                &base,
                &chair_token,
                &format!("/rounds/{}/delegations", setup.round_id),
                delegations_csv(i),
                "delegations",
            )
            .await?,
        );
        tokio::time::sleep(Duration::from_secs(1)).await;
        imports.push(
            put_csv(
                &client,
                &base,
                &chair_token,
                &format!("/rounds/{draft_round}/recommendations"),
                draft_csv(),
                "draft",
            )
            .await?,
        );
        tokio::time::sleep(Duration::from_secs(1)).await;
    }
    tokio::time::sleep(Duration::from_secs(1)).await;
    stop.store(true, Ordering::Relaxed);
    let records = load.await.context("the load task")?;
    server.stop().await?;

    println!(
        "{}",
        render(args, backend, &records, &imports, server.peak_rss_mib())
    );
    Ok(())
}

/// The open loop of the rush at `rate` from `start`, in slices of a second, until `stop` is
/// set (the open loop itself runs to an end fixed in advance).
async fn load_until(
    rush: Arc<Rush>,
    rate: f64,
    start: Instant,
    stop: Arc<AtomicBool>,
) -> Vec<Record> {
    let mut records = Vec::new();
    let mut slice_start = start;
    while !stop.load(Ordering::Relaxed) {
        let slice_end = slice_start + Duration::from_secs(1);
        records.extend(load::open_loop(rush.clone(), rate, slice_start, slice_end).await);
        slice_start = slice_end;
    }
    records
}

/// Sends a CSV file to the API as the Chair and times the answer, which must be 200.
async fn put_csv(
    client: &reqwest::Client,
    base: &str,
    token: &str,
    path: &str,
    csv: String,
    what: &'static str,
) -> anyhow::Result<Timed> {
    let started_ms = Timestamp::now().as_millisecond();
    let response = client
        .put(format!("{base}/api/v1{path}"))
        .bearer_auth(token)
        .header(reqwest::header::CONTENT_TYPE, "text/csv")
        .body(csv)
        .send()
        .await
        .with_context(|| format!("importing the {what}"))?;
    let status = response.status();
    let body = response.text().await.unwrap_or_default();
    let ended_ms = Timestamp::now().as_millisecond();
    if !status.is_success() {
        bail!("importing the {what} answered {status}: {body}");
    }
    Ok(Timed {
        what,
        started_ms,
        ended_ms,
    })
}

/// The largest delegations file one import takes, each delegation new (names of import `i`)
/// with a focal point of its own.
fn delegations_csv(i: usize) -> String {
    let mut csv = String::from("name,category,focal_point_emails\n");
    for n in 1..=MAX_IMPORT_DELEGATIONS {
        csv.push_str(&format!(
            "Imported delegation {i}-{n:04},party,focal.point.{i}.{n:04}@imported.example.org\n"
        ));
    }
    csv
}

/// The largest draft: its recommendations under two agenda items, each a paragraph of the
/// length of a real one.
fn draft_csv() -> String {
    let mut csv = String::from("agenda_item,agenda_title,label,text\n");
    for n in 1..=MAX_IMPORT_RECOMMENDATIONS {
        let item = if n <= MAX_IMPORT_RECOMMENDATIONS / 2 {
            2
        } else {
            3
        };
        csv.push_str(&format!(
            "{item},Agenda item {item},{n},\"States parties should consider measure {n}: establishing, in law or in policy, that victims of trafficking in persons are not punished for unlawful acts they were compelled to commit.\"\n"
        ));
    }
    csv
}

/// The latency of the comment writes (submissions, edits, withdrawals) among `records` that
/// `keep` selects.
fn write_latency(records: &[Record], keep: impl Fn(&Record) -> bool) -> Percentiles {
    let mut samples: Vec<f64> = records
        .iter()
        .filter(|r| r.op.is_write() && keep(r))
        .map(|r| r.latency_ms)
        .collect();
    percentiles(&mut samples)
}

fn render(
    args: &ImportArgs,
    backend: Backend,
    records: &[Record],
    imports: &[Timed],
    rss_mib: f64,
) -> String {
    let mut out = format!(
        "bench import ({}): {} delegations writing at {}/s while the Chair imports {} delegations \
         into their open round and a draft of {} recommendations into another, {} times each\n",
        backend.as_str(),
        args.delegations,
        args.rate,
        MAX_IMPORT_DELEGATIONS,
        MAX_IMPORT_RECOMMENDATIONS,
        args.imports
    );
    for what in ["delegations", "draft"] {
        let seconds: Vec<String> = imports
            .iter()
            .filter(|i| i.what == what)
            .map(|i| format!("{:.2}", i.seconds()))
            .collect();
        out.push_str(&format!("  {what} import: {} s\n", seconds.join(", ")));
    }
    let during = write_latency(records, |r| imports.iter().any(|i| i.overlaps(r)));
    let apart = write_latency(records, |r| !imports.iter().any(|i| i.overlaps(r)));
    let failed = records
        .iter()
        .filter(|r| r.op.is_write())
        .filter(|r| !matches!(r.outcome, super::rush::Outcome::Acked { .. }))
        .count();
    for (label, p) in [("during an import", during), ("apart from them", apart)] {
        out.push_str(&format!(
            "  comment writes {label}: {} writes, p50 {:.1} ms, p95 {:.1} ms, p99 {:.1} ms, max {:.1} ms\n",
            p.count, p.p50, p.p95, p.p99, p.max
        ));
    }
    let slowest = imports.iter().map(Timed::seconds).fold(0.0, f64::max);
    out.push_str(&format!(
        "  writes not acknowledged: {failed}; server peak RSS {rss_mib:.0} MiB\n\
         key=value backend={} rows={} slowest_import_s={slowest:.3} during_p99_ms={:.1} \
         during_max_ms={:.1} apart_p99_ms={:.1} writes_failed={failed}",
        backend.as_str(),
        MAX_IMPORT_DELEGATIONS,
        during.p99,
        during.max,
        apart.p99,
    ));
    out
}
