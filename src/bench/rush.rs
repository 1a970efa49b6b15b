//! `redraft bench rush`: the deadline rush. Starts the server(s) as child processes on loopback
//! ports, sets up a round of 150 recommendations and 200 delegations (each with a focal point,
//! an API token and a signed-in browser session), lets N delegations submit, edit and withdraw
//! comments through the JSON API and the HTML forms while the round's deadline passes in the
//! middle of the run (optionally killing a server with SIGKILL and restarting it), records
//! every request and its answer, and then checks the database against the record: every
//! acknowledged write stored exactly as acknowledged, nothing stored after the deadline, every
//! refusal after it the documented one.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::fmt::Write as _;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use anyhow::{Context, bail};
use jiff::{SignedDuration, Timestamp};
use tokio::task::JoinSet;

use super::{
    Percentiles, ScratchDatabase, ScratchDir, ServerProcess, percentiles, quantile, storage_limit,
};
use crate::app::App;
use crate::app::chair::{DraftFormat, RoundInput, When, parse_delegations, parse_draft};
use crate::config::{Config, ServerArgs, sqlite_url};
use crate::domain::schedule::ScheduleChange;
use crate::domain::{Actor, Email, ManualClock, Role};
use crate::startup::build_app_with_pool;
use crate::store::{Backend, PoolSettings, Store};

/// The options of `redraft bench rush`.
#[derive(Debug, Clone, clap::Args)]
pub struct RushArgs {
    /// A PostgreSQL server (`postgres://…`) on which to create a scratch database
    /// `redraft_bench_<random>`, dropped at the end [default: embedded SQLite in a temporary
    /// directory].
    #[arg(long)]
    pub database_url: Option<String>,
    /// How many delegations send requests at once.
    #[arg(long, default_value_t = 200)]
    pub delegations: usize,
    /// Open loop: start this many requests per second whatever the answers (latency counted
    /// from the scheduled moment) [default: closed loop, each delegation sending its next
    /// request on the previous answer].
    #[arg(long)]
    pub rate: Option<f64>,
    /// Length of the rush; the round's deadline falls in its middle.
    #[arg(long, default_value_t = 30)]
    pub seconds: u64,
    /// Server processes on one database, requests sent round-robin (PostgreSQL only).
    #[arg(long, default_value_t = 1)]
    pub instances: usize,
    /// Write every request and its answer to this CSV file (operation, milliseconds from the
    /// start when sent and answered, latency, outcome), e.g. to plot latency over the run.
    #[arg(long, value_name = "FILE")]
    pub records: Option<std::path::PathBuf>,
    /// Kill the (first) server with SIGKILL at a random moment of the rush, start it again on
    /// the same data, and finish.
    #[arg(long)]
    pub crash: bool,
    /// Also print the run second by second: requests answered, latency of the writes sent in
    /// that second, and its p99 against that second's bound (concurrency ÷ throughput).
    #[arg(long)]
    pub per_second: bool,
}

/// Recommendations of the draft (agenda items 2 and 3) and delegations of the round.
const RECOMMENDATIONS: usize = 150;
const SETUP_DELEGATIONS: usize = 200;
/// Shares of the workload, in percent: round page views, edits and withdrawals of the
/// delegation's own acknowledged comments; the rest are submissions. Each write goes half
/// through the JSON API, half through the HTML form.
const PAGE_PERCENT: u32 = 5;
const EDIT_PERCENT: u32 = 20;
const WITHDRAW_PERCENT: u32 = 8;
/// Open loop: requests in flight beyond this are not sent (and counted as errors).
const MAX_IN_FLIGHT: usize = 4_000;
/// How long one request may take before it counts as unanswered.
const REQUEST_TIMEOUT: Duration = Duration::from_secs(30);

/// Runs the benchmark, prints its summary, and returns whether every check passed.
pub async fn run(args: RushArgs) -> anyhow::Result<bool> {
    if args.delegations == 0 {
        bail!("--delegations must be at least 1");
    }
    if args.seconds < 2 {
        bail!("--seconds must be at least 2 (the deadline falls in the middle of the run)");
    }
    if args.instances == 0 {
        bail!("--instances must be at least 1");
    }
    if let Some(rate) = args.rate
        && !(rate.is_finite() && rate > 0.0)
    {
        bail!("--rate must be a positive number of requests per second");
    }
    let backend = match &args.database_url {
        None => Backend::Sqlite,
        Some(url) => match Backend::from_url(url) {
            Ok(Backend::Postgres) => Backend::Postgres,
            _ => bail!(
                "--database-url names a PostgreSQL server (postgres://…); without it the bench uses embedded SQLite in a temporary directory"
            ),
        },
    };
    if backend == Backend::Sqlite && args.instances > 1 {
        bail!(
            "--instances {} needs PostgreSQL: embedded SQLite belongs to one server process. \
             Give --database-url postgres://… to run several instances on one database.",
            args.instances
        );
    }
    let dir = ScratchDir::new("redraft-bench-rush")?;
    let (url, scratch_db) = match (&args.database_url, backend) {
        (Some(admin), Backend::Postgres) => {
            let db = ScratchDatabase::create(admin).await?;
            (db.url.clone(), Some(db))
        }
        _ => (sqlite_url(&dir.path().join("redraft.db")), None),
    };
    let result = run_on(&args, backend, &url, &dir).await;
    if let Some(db) = scratch_db
        && let Err(e) = db.drop_now().await
    {
        eprintln!("warning: {e:#}");
    }
    result
}

/// What the set-up made: the round, its recommendations, and per delegation the focal point's
/// address, API token and single-use sign-in token.
struct Setup {
    app: App,
    clock: Arc<ManualClock>,
    chair: Actor,
    round_id: i64,
    recommendation_ids: Vec<i64>,
    focal_points: Vec<(String, String, String)>,
}

async fn run_on(
    args: &RushArgs,
    backend: Backend,
    url: &str,
    dir: &ScratchDir,
) -> anyhow::Result<bool> {
    let n = args.delegations;
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .timeout(REQUEST_TIMEOUT)
        .tcp_nodelay(true)
        .no_proxy()
        .build()?;
    let setup_started = Instant::now();
    let setup = set_up(dir, url, n.max(SETUP_DELEGATIONS)).await?;
    let limit_duration = Duration::from_secs_f64((args.seconds as f64 / 6.0).clamp(1.0, 5.0));
    // The storage limit is measured before and after the rush (the machine may be busy with
    // something else for a moment); the higher figure counts.
    let limit_before = storage_limit(url, limit_duration).await?;
    let mut servers = Vec::new();
    for i in 0..args.instances {
        servers.push(ServerProcess::start(&format!("server{i}"), dir.path(), url, &client).await?);
    }
    let bases: Vec<String> = servers.iter().map(ServerProcess::base_url).collect();
    let delegations = sign_in_all(&client, &bases, &setup, n).await?;

    // The deadline: the middle of the run, on the server's clock (the Chair closes the round at
    // that instant, set in advance through a clock standing at it).
    let run_start = Timestamp::now() + SignedDuration::from_millis(300);
    let deadline = run_start + SignedDuration::from_millis(args.seconds as i64 * 500);
    setup.clock.set(deadline);
    let round = setup
        .app
        .change_schedule(
            setup.chair,
            setup.round_id,
            ScheduleChange::CloseEarly,
            None,
            "Benchmark: the deadline falls in the middle of the rush",
        )
        .await
        .map_err(|e| anyhow::anyhow!("setting the deadline: {e}"))?;
    let closes_at_ms = round.schedule.closes_at.as_millisecond();
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
    let cpu_before = server_cpu_seconds(&servers).await;

    let sampler = tokio::spawn(sample_rss(servers.clone(), end));
    let crash = args.crash.then(|| {
        let at =
            start + Duration::from_secs_f64(args.seconds as f64 * rand::random_range(0.2..0.8));
        tokio::spawn(crash_and_restart(servers.clone(), client.clone(), at))
    });
    let records = match args.rate {
        None => closed_loop(rush.clone(), end).await,
        Some(rate) => open_loop(rush.clone(), rate, start, end).await,
    };
    let run_ms = start.elapsed().as_secs_f64() * 1000.0;
    if let Some(path) = &args.records {
        write_records(path, &records, start_ms)
            .with_context(|| format!("writing {}", path.display()))?;
    }
    let crash = match crash {
        Some(task) => Some(task.await.context("crash task")??),
        None => None,
    };
    let _ = sampler.await;
    let cpu_seconds = server_cpu_seconds(&servers).await - cpu_before;
    // The servers' outbox workers finish sending before the servers stop.
    let mail = check_mail(url, &dir.path().join("mail"), &records, args.crash).await?;
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
    let limit_rps = limit_before.max(limit_after);
    let snapshot = read_snapshot(url, setup.round_id).await?;
    let check = check(&records, &snapshot);
    let figures = Figures::compute(&records, start_ms, closes_at_ms, run_ms);
    let mode = if args.rate.is_some() {
        "open"
    } else {
        "closed"
    };
    let concurrency = if args.rate.is_some() {
        figures.mean_in_flight
    } else {
        n as f64
    };
    let bound_ms = if figures.rps > 0.0 {
        concurrency / figures.rps * 1000.0
    } else {
        0.0
    };
    let ratio = if limit_rps > 0.0 {
        figures.write_rps / limit_rps
    } else {
        0.0
    };
    let late = check.late();
    let lost = check.lost;
    let errors: usize = figures.errors.values().sum();

    let mut out = String::new();
    let _ = writeln!(
        out,
        "\nredraft bench rush: backend {}, {} loop, {} instance(s), {} delegations{}, {} s, deadline after {:.1} s",
        backend.as_str(),
        mode,
        args.instances,
        n,
        args.rate
            .map(|r| format!(" at {r} requests/s"))
            .unwrap_or_default(),
        args.seconds,
        (closes_at_ms - start_ms) as f64 / 1000.0
    );
    let _ = writeln!(
        out,
        "before the deadline: {:.0} requests/s answered, {:.0} acknowledged writes/s; concurrency {:.1}; bound (concurrency ÷ throughput) {:.1} ms",
        figures.rps, figures.write_rps, concurrency, bound_ms
    );
    let _ = writeln!(
        out,
        "storage limit: {limit_rps:.0} one-row insert transactions/s (one loop through sqlx, {}, {:.1} s before the rush: {limit_before:.0}/s, after: {limit_after:.0}/s); ratio acknowledged writes/s ÷ limit = {ratio:.2}",
        match backend {
            Backend::Sqlite => "BEGIN IMMEDIATE, WAL, synchronous=FULL",
            Backend::Postgres => "BEGIN … COMMIT, default synchronous_commit",
        },
        limit_duration.as_secs_f64()
    );
    let _ = writeln!(
        out,
        "{:<16} {:>7} {:>9} {:>9} {:>9} {:>9}   {:>7} {:>9} {:>9}",
        "latency (ms)", "before", "p50", "p95", "p99", "max", "after", "p50", "p99"
    );
    for (op, before, after) in &figures.per_op {
        let _ = writeln!(
            out,
            "{:<16} {:>7} {:>9.1} {:>9.1} {:>9.1} {:>9.1}   {:>7} {:>9.1} {:>9.1}",
            op.name(),
            before.count,
            before.p50,
            before.p95,
            before.p99,
            before.max,
            after.count,
            after.p50,
            after.p99
        );
    }
    let _ = writeln!(
        out,
        "writes before the deadline, server-side (Server-Timing): p50 {:.1} ms, p95 {:.1} ms, p99 {:.1} ms, of which queued for the writer and in its group p50 {:.1} ms, p99 {:.1} ms, and the rest p50 {:.1} ms, p99 {:.1} ms; client-side p50 {:.1} ms, p99 {:.1} ms",
        figures.write_server.p50,
        figures.write_server.p95,
        figures.write_server.p99,
        figures.write_writer.p50,
        figures.write_writer.p99,
        figures.write_outside.p50,
        figures.write_outside.p99,
        figures.write_latency.p50,
        figures.write_latency.p99
    );
    if args.per_second {
        let closed = args.rate.is_none().then_some(n as f64);
        out.push_str(&per_second_table(&per_second(
            &records,
            start_ms,
            closes_at_ms,
            closed,
        )));
    }
    let _ = writeln!(
        out,
        "answers: {} acknowledged writes, {} documented refusals after the deadline (409), {} pages",
        figures.acked, figures.closed_refusals, figures.pages
    );
    if figures.errors.is_empty() {
        let _ = writeln!(out, "errors: none");
    } else {
        let list: Vec<String> = figures
            .errors
            .iter()
            .map(|(k, v)| format!("{k}: {v}"))
            .collect();
        let _ = writeln!(out, "errors: {}", list.join(", "));
    }
    if let Some(crash) = &crash {
        let _ = writeln!(
            out,
            "crash: server killed with SIGKILL after {:.1} s, answering again {:.0} ms later ({} restart(s))",
            crash.at_s, crash.recovery_ms, restarts
        );
    }
    let _ = writeln!(
        out,
        "checks against the database: {} acknowledged writes and {} stored comments checked; late {} (stored at/after the deadline {}, acknowledged though sent after it {}); lost {}; wrong answers {} (refused before the deadline {}, undocumented refusals after it {}, stored comments nobody sent {}, stored twice {})",
        check.acked_writes,
        snapshot.comments.len(),
        late,
        check.late_stored,
        check.late_acked,
        lost,
        check.wrong(),
        check.refused_early,
        check.undocumented_refusals,
        check.phantoms,
        check.duplicates
    );
    let _ = writeln!(out, "{}", mail.summary());
    let _ = writeln!(
        out,
        "{}",
        targets(&Measured {
            open: args.rate.is_some(),
            ratio,
            p50_ms: figures.write_latency.p50,
            p99_ms: figures.write_latency.p99,
            bound_ms,
            errors,
            rss_mib,
            page_ms: figures.page_server.p95,
        })
    );
    let _ = writeln!(
        out,
        "server peak RSS {rss_mib:.1} MiB; round page ({} recommendations, the delegation's comments): server-side p50 {:.1} ms, p95 {:.1} ms, max {:.1} ms (Server-Timing, {} views during the rush); client-side p95 {:.1} ms",
        RECOMMENDATIONS,
        figures.page_server.p50,
        figures.page_server.p95,
        figures.page_server.max,
        figures.page_server.count,
        figures.page_p95
    );
    let cores = std::thread::available_parallelism().map_or(1, usize::from);
    let _ = writeln!(
        out,
        "server CPU during the rush: {cpu_seconds:.1} s ({:.0} % of {cores} cores), {:.2} ms per request answered",
        cpu_seconds / (run_ms / 1000.0) / cores as f64 * 100.0,
        if records.is_empty() {
            0.0
        } else {
            cpu_seconds * 1000.0 / records.len() as f64
        }
    );
    let _ = write!(
        out,
        "rush backend={} mode={} instances={} delegations={} rate={} requests={} rps={:.0} p50_ms={:.1} p99_ms={:.1} bound_ms={:.1} late={} lost={} errors={} rss_mb={:.1} page_ms={:.1} limit_rps={:.0} ratio={:.2}",
        backend.as_str(),
        mode,
        args.instances,
        n,
        args.rate.unwrap_or(0.0),
        records.len(),
        figures.rps,
        figures.write_latency.p50,
        figures.write_latency.p99,
        bound_ms,
        late,
        lost,
        errors,
        rss_mib,
        figures.page_server.p95,
        limit_rps,
        ratio
    );
    println!("{out}");
    Ok(late == 0 && lost == 0 && check.wrong() == 0 && mail.wrong() == 0)
}

/// Creates the round, its draft, its delegations with their focal points, API tokens and
/// sign-in tokens, in-process through the use cases.
async fn set_up(dir: &ScratchDir, url: &str, delegations: usize) -> anyhow::Result<Setup> {
    let config = Config::load(&ServerArgs {
        listen: Some("127.0.0.1:0".into()),
        data_dir: Some(dir.path().to_path_buf()),
        database_url: Some(url.to_string()),
        ..ServerArgs::default()
    })?;
    let opens_at = Timestamp::now();
    // The draft may only be loaded before the round opens: set up on a clock an hour earlier.
    let clock = Arc::new(ManualClock::new(opens_at - SignedDuration::from_hours(1)));
    let app = build_app_with_pool(&config, clock.clone(), &PoolSettings::default()).await?;
    let fail = |what: &'static str| move |e: crate::app::AppError| anyhow::anyhow!("{what}: {e:?}");
    let chair_user = app
        .add_staff_user("chair@bench.example.org", Role::Chair, "Bench Chair")
        .await
        .map_err(fail("adding the Chair"))?;
    let chair = Actor {
        user_id: chair_user.user_id,
        role: Role::Chair,
        delegation_id: None,
    };
    let round_id = app
        .create_round(
            chair,
            RoundInput {
                body: "Working Group on Benchmarks".into(),
                meeting: "Deadline rush".into(),
                title: "Comments on the draft recommendations".into(),
                kind: "comment".into(),
                reference_prefix: "WG-BENCH/C".into(),
                time_zone: "Europe/Vienna".into(),
                opens: When::Instant(opens_at.to_string()),
                closes: When::Instant((opens_at + SignedDuration::from_hours(24)).to_string()),
                visibility: "private".into(),
                instructions: String::new(),
                confirm_ambiguous: false,
                reminders_before: None,
            },
        )
        .await
        .map_err(fail("creating the round"))?;
    let mut draft = csv::Writer::from_writer(Vec::new());
    draft.write_record(["agenda_item", "agenda_title", "label", "text"])?;
    for i in 1..=RECOMMENDATIONS {
        let (item, title) = if i <= RECOMMENDATIONS / 2 {
            (
                "2",
                "Criminal justice responses to victims compelled to commit offences",
            )
        } else {
            ("3", "Successful strategies in the protection of victims")
        };
        draft.write_record([
            item,
            title,
            &i.to_string(),
            &format!(
                "States parties should consider measure {i}: establishing, in law or in policy, that victims of trafficking in persons are not punished for unlawful acts they were compelled to commit, and issuing guidance to police, prosecutors and judges."
            ),
        ])?;
    }
    let rows =
        parse_draft(&draft.into_inner()?, DraftFormat::Csv).map_err(fail("parsing the draft"))?;
    app.load_draft(chair, round_id, rows)
        .await
        .map_err(fail("loading the draft"))?;
    let emails: Vec<String> = (1..=delegations)
        .map(|i| format!("focal.point{i:03}@bench.example.org"))
        .collect();
    let mut csv = String::from("name,category,focal_point_emails\n");
    for (i, email) in emails.iter().enumerate() {
        let _ = writeln!(csv, "Bench delegation {:03},party,{email}", i + 1);
    }
    let rows = parse_delegations(csv.as_bytes()).map_err(fail("parsing the delegations"))?;
    app.import_delegations(chair, round_id, rows)
        .await
        .map_err(fail("importing the delegations"))?;
    // Tokens and sign-in links on the real clock (they expire).
    clock.set(Timestamp::now());
    let mut focal_points = Vec::new();
    for email in emails {
        clock.set(Timestamp::now());
        let api_token = app
            .create_api_token(&email)
            .await
            .map_err(fail("creating an API token"))?;
        let parsed = Email::parse(&email).map_err(|e| anyhow::anyhow!("{email}: {e:?}"))?;
        let (_, sign_in_token, _) = app
            .issue_sign_in_token(parsed, false)
            .await
            .map_err(fail("issuing a sign-in link"))?
            .context("focal point not found")?;
        focal_points.push((email, api_token, sign_in_token));
    }
    let recommendation_ids = {
        let mut conn = app.store().read().await?;
        crate::store::round::recommendations(&mut conn, round_id)
            .await?
            .into_iter()
            .map(|r| r.recommendation_id)
            .collect()
    };
    Ok(Setup {
        app,
        clock,
        chair,
        round_id,
        recommendation_ids,
        focal_points,
    })
}

/// Signs the first `n` focal points in over HTTP as a browser does (open the link, press
/// "Sign in" with the page's CSRF token, keep the cookie) and reads the round page's form token.
async fn sign_in_all(
    client: &reqwest::Client,
    bases: &[String],
    setup: &Setup,
    n: usize,
) -> anyhow::Result<Vec<Delegation>> {
    let mut tasks = JoinSet::new();
    let limit = Arc::new(tokio::sync::Semaphore::new(16));
    for (index, (email, api_token, token)) in setup.focal_points.iter().take(n).enumerate() {
        let (client, base, limit) = (
            client.clone(),
            bases[index % bases.len()].clone(),
            limit.clone(),
        );
        let (email, api_token, token, round_id) = (
            email.clone(),
            api_token.clone(),
            token.clone(),
            setup.round_id,
        );
        tasks.spawn(async move {
            let _permit = limit.acquire_owned().await?;
            let (cookie, csrf) = sign_in(&client, &base, &token, round_id)
                .await
                .with_context(|| format!("signing in {email}"))?;
            anyhow::Ok(Delegation {
                index,
                api_token,
                cookie,
                csrf,
                own: Mutex::new(OwnComments::default()),
            })
        });
    }
    let mut delegations = Vec::new();
    while let Some(joined) = tasks.join_next().await {
        delegations.push(joined??);
    }
    delegations.sort_by_key(|d| d.index);
    Ok(delegations)
}

async fn sign_in(
    client: &reqwest::Client,
    base: &str,
    token: &str,
    round_id: i64,
) -> anyhow::Result<(String, String)> {
    let link = client.get(format!("{base}/sign-in/{token}")).send().await?;
    let mut cookies = set_cookies(&link);
    let page = link.text().await?;
    let csrf = form_token(&page).context("no csrf_token on the sign-in page")?;
    let pressed = client
        .post(format!("{base}/sign-in/{token}"))
        .header("cookie", cookie_header(&cookies))
        .header("content-type", "application/x-www-form-urlencoded")
        .body(serde_urlencoded::to_string([(
            "csrf_token",
            csrf.as_str(),
        )])?)
        .send()
        .await?;
    if pressed.status().as_u16() != 303 {
        bail!("pressing Sign in answered {}", pressed.status());
    }
    cookies.extend(set_cookies(&pressed));
    if !cookies.contains_key(crate::web::session::SESSION_COOKIE) {
        bail!("no session cookie after signing in");
    }
    let cookie = cookie_header(&cookies);
    let page = client
        .get(format!("{base}/rounds/{round_id}"))
        .header("cookie", &cookie)
        .send()
        .await?;
    if !page.status().is_success() {
        bail!("the round page answered {}", page.status());
    }
    let csrf = form_token(&page.text().await?).context("no comment form on the round page")?;
    Ok((cookie, csrf))
}

fn set_cookies(response: &reqwest::Response) -> BTreeMap<String, String> {
    response
        .headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .filter_map(|v| v.split(';').next()?.split_once('='))
        .map(|(k, v)| (k.trim().to_string(), v.trim().to_string()))
        .collect()
}

fn cookie_header(cookies: &BTreeMap<String, String>) -> String {
    cookies
        .iter()
        .map(|(k, v)| format!("{k}={v}"))
        .collect::<Vec<_>>()
        .join("; ")
}

/// The value of the first `csrf_token` field of a page.
fn form_token(page: &str) -> Option<String> {
    let at = page.find("name=\"csrf_token\"")?;
    let rest = &page[at..];
    let value = rest.find("value=\"")? + "value=\"".len();
    let len = rest[value..].find('"')?;
    Some(rest[value..value + len].to_string())
}

/// One delegation during the rush: its credentials and what it knows of its own comments.
struct Delegation {
    index: usize,
    api_token: String,
    /// `Cookie` header of its browser session.
    cookie: String,
    /// The CSRF token of its forms.
    csrf: String,
    own: Mutex<OwnComments>,
}

#[derive(Default)]
struct OwnComments {
    comments: Vec<OwnComment>,
    written: u64,
}

struct OwnComment {
    id: i64,
    version: i64,
    /// A request about it is under way.
    busy: bool,
    /// Withdrawn, or a write about it got no clear answer: not touched again.
    done: bool,
}

/// What a comment says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Content {
    pub kind: &'static str,
    pub text: String,
    pub proposed_text: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Op {
    SubmitApi,
    SubmitForm,
    EditApi,
    EditForm,
    WithdrawApi,
    WithdrawForm,
    Page,
}

impl Op {
    pub const ALL: [Op; 7] = [
        Op::SubmitApi,
        Op::SubmitForm,
        Op::EditApi,
        Op::EditForm,
        Op::WithdrawApi,
        Op::WithdrawForm,
        Op::Page,
    ];

    pub fn name(&self) -> &'static str {
        match self {
            Op::SubmitApi => "submit (API)",
            Op::SubmitForm => "submit (form)",
            Op::EditApi => "edit (API)",
            Op::EditForm => "edit (form)",
            Op::WithdrawApi => "withdraw (API)",
            Op::WithdrawForm => "withdraw (form)",
            Op::Page => "round page",
        }
    }

    pub fn is_write(&self) -> bool {
        *self != Op::Page
    }
}

/// The answer to one request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// The write was acknowledged; the comment now has this version.
    Acked { comment_id: i64, version: i64 },
    /// The round page was shown.
    Page,
    /// The documented refusal of a write after the deadline: 409 with API code `round_closed`,
    /// or the 409 page "The round is closed".
    Closed,
    /// Any other answer of the server.
    Refused { status: u16, kind: String },
    /// No answer (connection refused or lost, time-out, not sent): the write may or may not
    /// have been stored.
    NoAnswer { kind: String },
}

/// One request of the rush and its answer.
#[derive(Debug, Clone)]
pub struct Record {
    pub op: Op,
    pub delegation: usize,
    /// The comment an edit or withdrawal is about.
    pub target: Option<i64>,
    /// What a submission or edit sent.
    pub content: Option<Content>,
    /// Wall-clock milliseconds when the request was sent and when its answer was complete.
    pub sent_ms: i64,
    pub done_ms: i64,
    /// From the moment the request was due (open loop: its scheduled moment).
    pub latency_ms: f64,
    /// The server's own time for the answer (its `Server-Timing` header).
    pub server_ms: Option<f64>,
    /// Of that, the time queued for the group-commit writer and in its group.
    pub writer_ms: Option<f64>,
    pub outcome: Outcome,
}

/// What an answer's `Server-Timing` header says.
#[derive(Debug, Clone, Copy, Default)]
struct ServerTiming {
    app_ms: Option<f64>,
    writer_ms: Option<f64>,
}

enum Plan {
    Page,
    Submit {
        form: bool,
        recommendation_id: i64,
        content: Content,
    },
    Edit {
        form: bool,
        slot: usize,
        comment_id: i64,
        version: i64,
        content: Content,
    },
    Withdraw {
        form: bool,
        slot: usize,
        comment_id: i64,
    },
}

impl Delegation {
    fn lock(&self) -> std::sync::MutexGuard<'_, OwnComments> {
        self.own.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Picks the next request: mostly submissions, some edits and withdrawals of an own
    /// acknowledged comment nobody is changing right now, a few page views.
    fn plan(&self, recommendation_ids: &[i64]) -> Plan {
        let mut own = self.lock();
        own.written += 1;
        let n = own.written;
        let form = rand::random_range(0..2u32) == 0;
        let roll = rand::random_range(0..100u32);
        if roll < PAGE_PERCENT {
            return Plan::Page;
        }
        let free = (0..8).find_map(|_| {
            if own.comments.is_empty() {
                return None;
            }
            let slot = rand::random_range(0..own.comments.len());
            let c = &own.comments[slot];
            (!c.busy && !c.done).then_some(slot)
        });
        let d = self.index + 1;
        if let Some(slot) = free {
            let c = &mut own.comments[slot];
            if roll < PAGE_PERCENT + EDIT_PERCENT {
                c.busy = true;
                return Plan::Edit {
                    form,
                    slot,
                    comment_id: c.id,
                    version: c.version,
                    content: content(d, n, true),
                };
            }
            if roll < PAGE_PERCENT + EDIT_PERCENT + WITHDRAW_PERCENT {
                c.busy = true;
                return Plan::Withdraw {
                    form,
                    slot,
                    comment_id: c.id,
                };
            }
        }
        let recommendation_id = recommendation_ids[rand::random_range(0..recommendation_ids.len())];
        Plan::Submit {
            form,
            recommendation_id,
            content: content(d, n, false),
        }
    }

    /// Takes note of an answer.
    fn settle(&self, plan: &Plan, outcome: &Outcome) {
        let mut own = self.lock();
        match (plan, outcome) {
            (Plan::Submit { .. }, Outcome::Acked { comment_id, .. }) => {
                own.comments.push(OwnComment {
                    id: *comment_id,
                    version: 1,
                    busy: false,
                    done: false,
                })
            }
            (Plan::Edit { slot, .. } | Plan::Withdraw { slot, .. }, outcome) => {
                let withdraw = matches!(plan, Plan::Withdraw { .. });
                let c = &mut own.comments[*slot];
                c.busy = false;
                match outcome {
                    Outcome::Acked { version, .. } => {
                        c.version = *version;
                        c.done = withdraw;
                    }
                    Outcome::Closed => {}
                    _ => c.done = true,
                }
            }
            _ => {}
        }
    }
}

/// The text of a delegation's `n`th write (unique in the run, already in the form the server
/// stores: trimmed, NFC, `\n` line ends); every third one an amendment.
fn content(delegation: usize, n: u64, edit: bool) -> Content {
    let verb = if edit { "revises" } else { "submits" };
    let text = format!(
        "Delegation {delegation:03} {verb} comment {n}: we suggest referring expressly to the protection of victims at every stage of criminal proceedings, in line with article 6 of the Protocol."
    );
    if n.is_multiple_of(3) {
        Content {
            kind: "amendment",
            text,
            proposed_text: Some(format!(
                "States parties should ensure ({delegation:03}/{n}) that victims of trafficking in persons are not punished for unlawful acts they were compelled to commit."
            )),
        }
    } else {
        Content {
            kind: "remark",
            text,
            proposed_text: None,
        }
    }
}

/// Everything the requests share.
struct Rush {
    client: reqwest::Client,
    bases: Vec<String>,
    next_base: AtomicUsize,
    round_id: i64,
    recommendation_ids: Vec<i64>,
    delegations: Vec<Delegation>,
}

impl Rush {
    fn base(&self) -> &str {
        let i = self.next_base.fetch_add(1, Ordering::Relaxed);
        &self.bases[i % self.bases.len()]
    }

    /// Sends one request of delegation `d` (due at `due`) and records its answer.
    async fn step(&self, d: usize, due: Instant) -> Record {
        let delegation = &self.delegations[d];
        let plan = delegation.plan(&self.recommendation_ids);
        let base = self.base();
        let sent_ms = Timestamp::now().as_millisecond();
        let server;
        let (op, target, content, outcome) = match &plan {
            Plan::Page => {
                let request = self
                    .client
                    .get(format!("{base}/rounds/{}", self.round_id))
                    .header("cookie", &delegation.cookie);
                let (outcome, timing) = page(request).await;
                server = timing;
                (Op::Page, None, None, outcome)
            }
            Plan::Submit {
                form,
                recommendation_id,
                content,
            } => {
                let (outcome, timing) = if *form {
                    let body = form_body(&[
                        ("csrf_token", &delegation.csrf),
                        ("recommendation_id", &recommendation_id.to_string()),
                        ("kind", content.kind),
                        ("text", &content.text),
                        (
                            "proposed_text",
                            content.proposed_text.as_deref().unwrap_or(""),
                        ),
                    ]);
                    let request = self
                        .client
                        .post(format!("{base}/rounds/{}/comments", self.round_id))
                        .header("cookie", &delegation.cookie)
                        .header("content-type", "application/x-www-form-urlencoded")
                        .body(body);
                    form_write(request, "saved", 1).await
                } else {
                    let body = serde_json::json!({
                        "recommendation_id": recommendation_id,
                        "kind": content.kind,
                        "text": content.text,
                        "proposed_text": content.proposed_text,
                    });
                    let request = self
                        .client
                        .post(format!("{base}/api/v1/rounds/{}/comments", self.round_id))
                        .bearer_auth(&delegation.api_token)
                        .header("content-type", "application/json")
                        .body(body.to_string());
                    api_write(request, 1).await
                };
                server = timing;
                let op = if *form { Op::SubmitForm } else { Op::SubmitApi };
                (op, None, Some(content.clone()), outcome)
            }
            Plan::Edit {
                form,
                comment_id,
                version,
                content,
                ..
            } => {
                let (outcome, timing) = if *form {
                    let body = form_body(&[
                        ("csrf_token", &delegation.csrf),
                        ("kind", content.kind),
                        ("text", &content.text),
                        (
                            "proposed_text",
                            content.proposed_text.as_deref().unwrap_or(""),
                        ),
                        ("version", &version.to_string()),
                    ]);
                    let request = self
                        .client
                        .post(format!("{base}/comments/{comment_id}/edit"))
                        .header("cookie", &delegation.cookie)
                        .header("content-type", "application/x-www-form-urlencoded")
                        .body(body);
                    form_write(request, "saved", version + 1).await
                } else {
                    let body = serde_json::json!({
                        "kind": content.kind,
                        "text": content.text,
                        "proposed_text": content.proposed_text,
                        "version": version,
                    });
                    let request = self
                        .client
                        .put(format!("{base}/api/v1/comments/{comment_id}"))
                        .bearer_auth(&delegation.api_token)
                        .header("content-type", "application/json")
                        .body(body.to_string());
                    api_write(request, version + 1).await
                };
                server = timing;
                let op = if *form { Op::EditForm } else { Op::EditApi };
                (op, Some(*comment_id), Some(content.clone()), outcome)
            }
            Plan::Withdraw {
                form,
                slot,
                comment_id,
            } => {
                let version = delegation.lock().comments[*slot].version + 1;
                let (outcome, timing) = if *form {
                    let body = form_body(&[("csrf_token", &delegation.csrf)]);
                    let request = self
                        .client
                        .post(format!("{base}/comments/{comment_id}/withdraw"))
                        .header("cookie", &delegation.cookie)
                        .header("content-type", "application/x-www-form-urlencoded")
                        .body(body);
                    form_write(request, "withdrawn", version).await
                } else {
                    let request = self
                        .client
                        .delete(format!("{base}/api/v1/comments/{comment_id}"))
                        .bearer_auth(&delegation.api_token);
                    api_write(request, version).await
                };
                server = timing;
                let op = if *form {
                    Op::WithdrawForm
                } else {
                    Op::WithdrawApi
                };
                (op, Some(*comment_id), None, outcome)
            }
        };
        let latency_ms = due.elapsed().as_secs_f64() * 1000.0;
        let done_ms = Timestamp::now().as_millisecond();
        delegation.settle(&plan, &outcome);
        Record {
            op,
            delegation: d,
            target,
            content,
            sent_ms,
            done_ms,
            latency_ms,
            server_ms: server.app_ms,
            writer_ms: server.writer_ms,
            outcome,
        }
    }
}

fn form_body(fields: &[(&str, &str)]) -> String {
    serde_urlencoded::to_string(fields).unwrap_or_default()
}

fn no_answer(e: &reqwest::Error) -> Outcome {
    let kind = if e.is_timeout() {
        "no answer: time-out"
    } else if e.is_connect() {
        "no answer: connection refused"
    } else {
        "no answer: connection lost"
    };
    Outcome::NoAnswer { kind: kind.into() }
}

async fn page(request: reqwest::RequestBuilder) -> (Outcome, ServerTiming) {
    match request.send().await {
        Err(e) => (no_answer(&e), ServerTiming::default()),
        Ok(response) => {
            let status = response.status().as_u16();
            let timing = server_timing(response.headers());
            let outcome = match response.bytes().await {
                Err(e) => no_answer(&e),
                Ok(_) if status == 200 => Outcome::Page,
                Ok(_) => Outcome::Refused {
                    status,
                    kind: format!("{status} on the round page"),
                },
            };
            (outcome, timing)
        }
    }
}

/// The `app` and `writer` durations of an answer's `Server-Timing` header.
fn server_timing(headers: &reqwest::header::HeaderMap) -> ServerTiming {
    let Some(value) = headers.get("server-timing").and_then(|v| v.to_str().ok()) else {
        return ServerTiming::default();
    };
    let duration = |name: &str| {
        value
            .split(',')
            .map(str::trim)
            .find(|entry| entry.split(';').next() == Some(name))?
            .split(';')
            .find_map(|param| param.trim().strip_prefix("dur="))?
            .parse()
            .ok()
    };
    ServerTiming {
        app_ms: duration("app"),
        writer_ms: duration("writer"),
    }
}

async fn api_write(request: reqwest::RequestBuilder, version: i64) -> (Outcome, ServerTiming) {
    let response = match request.send().await {
        Ok(r) => r,
        Err(e) => return (no_answer(&e), ServerTiming::default()),
    };
    let status = response.status().as_u16();
    let timing = server_timing(response.headers());
    let outcome = match response.bytes().await {
        Err(e) => no_answer(&e),
        Ok(body) => classify_api(status, &body, version),
    };
    (outcome, timing)
}

/// The meaning of a JSON API answer to a write.
fn classify_api(status: u16, body: &[u8], version: i64) -> Outcome {
    let json: serde_json::Value = serde_json::from_slice(body).unwrap_or_default();
    if status == 200 || status == 201 {
        return match json["id"].as_i64() {
            Some(comment_id) => Outcome::Acked {
                comment_id,
                version,
            },
            None => Outcome::Refused {
                status,
                kind: format!("{status} without a receipt"),
            },
        };
    }
    let code = json["error"]["code"].as_str().unwrap_or("no error code");
    if status == 409 && code == "round_closed" {
        Outcome::Closed
    } else {
        Outcome::Refused {
            status,
            kind: format!("{status} {code} (API)"),
        }
    }
}

async fn form_write(
    request: reqwest::RequestBuilder,
    key: &str,
    version: i64,
) -> (Outcome, ServerTiming) {
    let response = match request.send().await {
        Ok(r) => r,
        Err(e) => return (no_answer(&e), ServerTiming::default()),
    };
    let status = response.status().as_u16();
    let timing = server_timing(response.headers());
    let location = response
        .headers()
        .get("location")
        .and_then(|v| v.to_str().ok())
        .map(str::to_string);
    let outcome = match response.bytes().await {
        Err(e) => no_answer(&e),
        Ok(body) => classify_form(
            status,
            location.as_deref(),
            &String::from_utf8_lossy(&body),
            key,
            version,
        ),
    };
    (outcome, timing)
}

/// The meaning of an HTML form's answer: a redirect to the round page naming the comment
/// (`?saved=ID` or `?withdrawn=ID`), or a page.
fn classify_form(
    status: u16,
    location: Option<&str>,
    body: &str,
    key: &str,
    version: i64,
) -> Outcome {
    if status == 303 {
        let id = location
            .and_then(|l| l.split_once('?'))
            .map(|(_, query)| query.split('#').next().unwrap_or_default())
            .and_then(|query| {
                query
                    .split('&')
                    .find_map(|pair| pair.strip_prefix(key)?.strip_prefix('='))
            })
            .and_then(|id| id.parse().ok());
        return match id {
            Some(comment_id) => Outcome::Acked {
                comment_id,
                version,
            },
            None => Outcome::Refused {
                status,
                kind: "303 to an unexpected page".into(),
            },
        };
    }
    if status == 409 && body.contains("The round is closed") {
        Outcome::Closed
    } else {
        Outcome::Refused {
            status,
            kind: format!("{status} page (form)"),
        }
    }
}

async fn closed_loop(rush: Arc<Rush>, end: Instant) -> Vec<Record> {
    let mut tasks = JoinSet::new();
    for d in 0..rush.delegations.len() {
        let rush = rush.clone();
        tasks.spawn(async move {
            let mut records = Vec::new();
            while Instant::now() < end {
                let record = rush.step(d, Instant::now()).await;
                let pause = matches!(record.outcome, Outcome::NoAnswer { .. });
                records.push(record);
                if pause {
                    // The server is down (crash mode): do not spin on refused connections.
                    tokio::time::sleep(Duration::from_millis(50)).await;
                }
            }
            records
        });
    }
    let mut records = Vec::new();
    while let Some(joined) = tasks.join_next().await {
        records.extend(joined.unwrap_or_default());
    }
    records
}

async fn open_loop(rush: Arc<Rush>, rate: f64, start: Instant, end: Instant) -> Vec<Record> {
    let mut tasks = JoinSet::new();
    let in_flight = Arc::new(tokio::sync::Semaphore::new(MAX_IN_FLIGHT));
    let mut records = Vec::new();
    let n = rush.delegations.len();
    for k in 0u64.. {
        let due = start + Duration::from_secs_f64(k as f64 / rate);
        if due >= end {
            break;
        }
        tokio::time::sleep_until(due.into()).await;
        let d = (k % n as u64) as usize;
        match in_flight.clone().try_acquire_owned() {
            Ok(permit) => {
                let rush = rush.clone();
                tasks.spawn(async move {
                    let record = rush.step(d, due).await;
                    drop(permit);
                    record
                });
            }
            Err(_) => {
                let now = Timestamp::now().as_millisecond();
                records.push(Record {
                    op: Op::SubmitApi,
                    delegation: d,
                    target: None,
                    content: None,
                    sent_ms: now,
                    done_ms: now,
                    latency_ms: 0.0,
                    server_ms: None,
                    writer_ms: None,
                    outcome: Outcome::NoAnswer {
                        kind: "not sent: too many requests in flight".into(),
                    },
                });
            }
        }
        while let Some(joined) = tasks.try_join_next() {
            records.extend(joined.ok());
        }
    }
    while let Some(joined) = tasks.join_next().await {
        records.extend(joined.ok());
    }
    records
}

fn write_records(path: &std::path::Path, records: &[Record], start_ms: i64) -> anyhow::Result<()> {
    let mut out = csv::Writer::from_path(path)?;
    out.write_record([
        "operation",
        "delegation",
        "sent_ms",
        "answered_ms",
        "latency_ms",
        "server_ms",
        "writer_ms",
        "outcome",
    ])?;
    for r in records {
        let outcome = match &r.outcome {
            Outcome::Acked { .. } => "acknowledged".to_string(),
            Outcome::Page => "page".to_string(),
            Outcome::Closed => "closed".to_string(),
            Outcome::Refused { status, kind } => format!("refused {status} {kind}"),
            Outcome::NoAnswer { kind } => format!("no answer: {kind}"),
        };
        out.write_record([
            r.op.name().to_string(),
            r.delegation.to_string(),
            (r.sent_ms - start_ms).to_string(),
            (r.done_ms - start_ms).to_string(),
            format!("{:.2}", r.latency_ms),
            r.server_ms.map(|ms| format!("{ms:.2}")).unwrap_or_default(),
            r.writer_ms.map(|ms| format!("{ms:.2}")).unwrap_or_default(),
            outcome,
        ])?;
    }
    out.flush()?;
    Ok(())
}

/// CPU time used so far by every server process of the run, in seconds.
async fn server_cpu_seconds(servers: &tokio::sync::Mutex<Vec<ServerProcess>>) -> f64 {
    let mut servers = servers.lock().await;
    servers
        .iter_mut()
        .map(|server| {
            server.sample_rss();
            server.cpu_seconds()
        })
        .sum()
}

async fn sample_rss(servers: Arc<tokio::sync::Mutex<Vec<ServerProcess>>>, end: Instant) {
    while Instant::now() < end {
        for server in servers.lock().await.iter_mut() {
            server.sample_rss();
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}

struct Crash {
    at_s: f64,
    recovery_ms: f64,
}

async fn crash_and_restart(
    servers: Arc<tokio::sync::Mutex<Vec<ServerProcess>>>,
    client: reqwest::Client,
    at: Instant,
) -> anyhow::Result<Crash> {
    let started = Instant::now();
    tokio::time::sleep_until(at.into()).await;
    let mut servers = servers.lock().await;
    let killed = Instant::now();
    servers[0].restart(&client).await?;
    Ok(Crash {
        at_s: (killed - started).as_secs_f64(),
        recovery_ms: killed.elapsed().as_secs_f64() * 1000.0,
    })
}

/// A stored comment, as the checks read it.
#[derive(Debug, Clone)]
pub struct StoredComment {
    pub comment_id: i64,
    pub kind: String,
    pub text: String,
    pub proposed_text: Option<String>,
    pub status: String,
    pub version: i64,
    pub created_at_ms: i64,
}

/// The figures the performance targets are about.
struct Measured {
    open: bool,
    ratio: f64,
    p50_ms: f64,
    p99_ms: f64,
    bound_ms: f64,
    /// Errors other than the documented refusals after the deadline.
    errors: usize,
    rss_mib: f64,
    page_ms: f64,
}

/// The run against the performance targets of the deadline rush (set for a 2-core machine;
/// informational: only correctness decides the exit status).
fn targets(m: &Measured) -> String {
    let mut parts = Vec::new();
    let mut check = |target: &str, value: String, ok: bool| {
        parts.push(format!(
            "{target}: {value} {}",
            if ok { "met" } else { "MISSED" }
        ));
    };
    if m.open {
        check("p50 < 10 ms", format!("{:.1}", m.p50_ms), m.p50_ms < 10.0);
        check("p99 < 50 ms", format!("{:.1}", m.p99_ms), m.p99_ms < 50.0);
        check("no errors", m.errors.to_string(), m.errors == 0);
    } else {
        check(
            "writes ≥ 0.7× the storage limit",
            format!("{:.2}", m.ratio),
            m.ratio >= 0.7,
        );
        let over = if m.bound_ms > 0.0 {
            m.p99_ms / m.bound_ms
        } else {
            0.0
        };
        check(
            "p99 ≤ 1.5× the bound",
            format!("{over:.2}×"),
            m.bound_ms > 0.0 && over <= 1.5,
        );
    }
    check(
        "RSS < 150 MB",
        format!("{:.1}", m.rss_mib),
        m.rss_mib < 150.0,
    );
    check(
        "round page < 10 ms server-side (p95)",
        format!("{:.1}", m.page_ms),
        m.page_ms < 10.0,
    );
    format!("targets (for a 2-core machine): {}", parts.join("; "))
}

/// Longest wait, after the rush, for the servers' outbox workers to send what is due.
const MAIL_DRAIN: Duration = Duration::from_secs(20);

/// Every job of the outbox done once: each message the servers enqueued (receipts, the notice
/// of the early close, sign-in links of the set-up) was written by the file transport exactly
/// once — with two instances sharing the database, each claimed by one of them — and each
/// delegation with an acknowledged submission got one receipt.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct MailCheck {
    pub enqueued: usize,
    pub receipts: usize,
    /// Delegations with at least one acknowledged submission (each has one focal point).
    pub delegations_with_comments: usize,
    pub delivered: usize,
    /// No longer due when their turn came (a notice that expires at the deadline).
    pub dropped: usize,
    /// Messages of a claim cut short by the SIGKILL (crash mode), sent again with the same
    /// Message-ID and flagged: two files, by design.
    pub resent_after_crash: usize,
    /// Still `sending` under the claim of the killed server (crash mode): sent again when the
    /// claim runs out, minutes later.
    pub held_by_killed_claim: usize,
    /// Wrong: still due after the wait, given up, delivered twice without a crash, marked sent
    /// without a file, or a file of no message in the outbox.
    pub undelivered: usize,
    pub failed: usize,
    pub duplicates: usize,
    pub sent_without_file: usize,
    pub strays: usize,
}

impl MailCheck {
    pub fn wrong(&self) -> usize {
        self.undelivered
            + self.failed
            + self.duplicates
            + self.sent_without_file
            + self.strays
            + self.receipts.abs_diff(self.delegations_with_comments)
    }

    fn summary(&self) -> String {
        format!(
            "mail (the outbox's jobs, each once): {} messages enqueued, {} receipts for {} delegations with an acknowledged submission; {} delivered once each, {} dropped as no longer due, {} re-sent after the crash with their Message-ID, {} held by the killed server's claim; wrong {} (undelivered {}, given up {}, delivered twice {}, marked sent without a file {}, files of no message {})",
            self.enqueued,
            self.receipts,
            self.delegations_with_comments,
            self.delivered,
            self.dropped,
            self.resent_after_crash,
            self.held_by_killed_claim,
            self.wrong(),
            self.undelivered,
            self.failed,
            self.duplicates,
            self.sent_without_file,
            self.strays
        )
    }
}

/// One outbox row: kind, status, Message-ID, whether it was re-sent after a crash.
type OutboxRow = (String, String, String, i64);

/// Waits (up to [`MAIL_DRAIN`]) until nothing is left to send, then compares the outbox with
/// the `.eml` files of `mail_dir`.
async fn check_mail(
    url: &str,
    mail_dir: &std::path::Path,
    records: &[Record],
    crash: bool,
) -> anyhow::Result<MailCheck> {
    let store = Store::connect(url, &PoolSettings::default()).await?;
    let waiting_since = Instant::now();
    let rows: Vec<OutboxRow> = loop {
        let rows: Vec<OutboxRow> = {
            let mut conn = store.read().await?;
            sqlx::query_as("SELECT kind, status, message_id, resent_after_crash FROM outbox")
                .fetch_all(&mut *conn)
                .await?
        };
        let busy = |status: &str| status == "pending" || (status == "sending" && !crash);
        if !rows.iter().any(|(_, status, _, _)| busy(status))
            || waiting_since.elapsed() >= MAIL_DRAIN
        {
            break rows;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    };
    store.close().await;
    let mut files: HashMap<String, usize> = HashMap::new();
    if let Ok(entries) = std::fs::read_dir(mail_dir) {
        for entry in entries.flatten() {
            let message = std::fs::read(entry.path())?;
            if let Some(id) = message_id_header(&message) {
                *files.entry(id).or_default() += 1;
            }
        }
    }
    let commented: HashSet<usize> = records
        .iter()
        .filter(|r| matches!(r.op, Op::SubmitApi | Op::SubmitForm))
        .filter(|r| matches!(r.outcome, Outcome::Acked { .. }))
        .map(|r| r.delegation)
        .collect();
    Ok(compare_mail(&rows, &files, commented.len(), crash))
}

/// The `Message-ID` of a message as the outbox stores it (in angle brackets; `mail-parser`
/// gives it without).
fn message_id_header(message: &[u8]) -> Option<String> {
    let parsed = mail_parser::MessageParser::default().parse(message)?;
    parsed.message_id().map(|id| format!("<{id}>"))
}

fn compare_mail(
    rows: &[OutboxRow],
    files: &HashMap<String, usize>,
    delegations_with_comments: usize,
    crash: bool,
) -> MailCheck {
    let mut check = MailCheck {
        enqueued: rows.len(),
        delegations_with_comments,
        ..MailCheck::default()
    };
    let mut known = HashSet::new();
    for (kind, status, message_id, resent) in rows {
        known.insert(message_id.as_str());
        if kind == crate::app::notify::kind::RECEIPT {
            check.receipts += 1;
        }
        let copies = files.get(message_id).copied().unwrap_or(0);
        match status.as_str() {
            "sent" if copies == 0 => check.sent_without_file += 1,
            "sent" if copies > 1 && *resent == 0 => check.duplicates += 1,
            "sent" if copies > 1 => check.resent_after_crash += 1,
            "sent" => check.delivered += 1,
            "sending" if crash => check.held_by_killed_claim += 1,
            "failed" => check.failed += 1,
            "dropped" => check.dropped += 1,
            _ => check.undelivered += 1,
        }
    }
    check.strays = files
        .keys()
        .filter(|id| !known.contains(id.as_str()))
        .count();
    check
}

/// What the database holds after the rush.
#[derive(Debug, Clone, Default)]
pub struct Snapshot {
    pub closes_at_ms: i64,
    pub comments: Vec<StoredComment>,
    /// Every stored version of every comment (`comment_revision`), with its `changed_at`.
    pub revisions: Vec<(StoredComment, i64)>,
}

type CommentRow = (i64, String, String, Option<String>, String, i64, i64);

fn stored(
    (comment_id, kind, text, proposed_text, status, version, at): CommentRow,
) -> StoredComment {
    StoredComment {
        comment_id,
        kind,
        text,
        proposed_text,
        status,
        version,
        created_at_ms: at,
    }
}

/// Reads the round's comments and their revisions through a pool of its own.
async fn read_snapshot(url: &str, round_id: i64) -> anyhow::Result<Snapshot> {
    let store = Store::connect(url, &PoolSettings::default()).await?;
    let mut conn = store.read().await?;
    let closes_at_ms: i64 = sqlx::query_scalar("SELECT closes_at FROM round WHERE round_id = $1")
        .bind(round_id)
        .fetch_one(&mut *conn)
        .await?;
    let comments: Vec<CommentRow> = sqlx::query_as(
        "SELECT comment_id, kind, text, proposed_text, status, version, created_at \
         FROM comment WHERE round_id = $1",
    )
    .bind(round_id)
    .fetch_all(&mut *conn)
    .await?;
    let revisions: Vec<CommentRow> = sqlx::query_as(
        "SELECT r.comment_id, r.kind, r.text, r.proposed_text, r.status, r.version, r.changed_at \
         FROM comment_revision r JOIN comment c ON c.comment_id = r.comment_id \
         WHERE c.round_id = $1",
    )
    .bind(round_id)
    .fetch_all(&mut *conn)
    .await?;
    drop(conn);
    store.close().await;
    Ok(Snapshot {
        closes_at_ms,
        comments: comments.into_iter().map(stored).collect(),
        revisions: revisions
            .into_iter()
            .map(|row| {
                let at = row.6;
                (stored(row), at)
            })
            .collect(),
    })
}

/// The result of checking the record of the rush against the database.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Check {
    pub acked_writes: usize,
    /// Comments or versions stored at or after the deadline (server clock).
    pub late_stored: usize,
    /// Writes acknowledged although sent after the deadline.
    pub late_acked: usize,
    /// Acknowledged writes missing or different in the database (including a comment whose
    /// final state is not its last acknowledged write).
    pub lost: usize,
    /// The documented refusal for a request answered before the deadline.
    pub refused_early: usize,
    /// Refusals (4xx) other than the documented 409 of writes sent after the deadline.
    pub undocumented_refusals: usize,
    /// Stored comments whose text no request sent.
    pub phantoms: usize,
    /// Texts stored as more than one comment (each text was sent once).
    pub duplicates: usize,
}

impl Check {
    pub fn late(&self) -> usize {
        self.late_stored.max(self.late_acked)
    }

    pub fn wrong(&self) -> usize {
        self.refused_early + self.undocumented_refusals + self.phantoms + self.duplicates
    }
}

fn same_content(stored: &StoredComment, content: &Content) -> bool {
    stored.kind == content.kind
        && stored.text == content.text
        && stored.proposed_text == content.proposed_text
}

/// Checks the record of the rush against the database (see the module's documentation).
pub fn check(records: &[Record], db: &Snapshot) -> Check {
    let mut check = Check::default();
    let closes = db.closes_at_ms;
    let revisions: HashMap<(i64, i64), &StoredComment> = db
        .revisions
        .iter()
        .map(|(r, _)| ((r.comment_id, r.version), r))
        .collect();
    let comments: HashMap<i64, &StoredComment> =
        db.comments.iter().map(|c| (c.comment_id, c)).collect();
    let late_creations: HashSet<i64> = db
        .revisions
        .iter()
        .filter(|(r, at)| *at >= closes && r.version == 1)
        .map(|(r, _)| r.comment_id)
        .collect();
    check.late_stored = db.revisions.iter().filter(|(_, at)| *at >= closes).count()
        + db.comments
            .iter()
            .filter(|c| c.created_at_ms >= closes && !late_creations.contains(&c.comment_id))
            .count();

    // The last acknowledged write of each comment, and the comments with a write of unknown fate.
    let mut last: HashMap<i64, &Record> = HashMap::new();
    let mut uncertain: HashSet<i64> = HashSet::new();
    for record in records.iter().filter(|r| r.op.is_write()) {
        match &record.outcome {
            Outcome::Acked {
                comment_id,
                version,
            } => {
                check.acked_writes += 1;
                if record.sent_ms >= closes {
                    check.late_acked += 1;
                }
                let expected = revisions.get(&(*comment_id, *version));
                let ok = match (expected, &record.content) {
                    (Some(stored), _)
                        if matches!(record.op, Op::WithdrawApi | Op::WithdrawForm) =>
                    {
                        stored.status == "withdrawn"
                    }
                    (Some(stored), Some(content)) => {
                        stored.status == "active" && same_content(stored, content)
                    }
                    _ => false,
                };
                if !ok || record.target.is_some_and(|t| t != *comment_id) {
                    check.lost += 1;
                }
                let newer = last.get(comment_id).is_none_or(|prev| match &prev.outcome {
                    Outcome::Acked { version: v, .. } => v < version,
                    _ => true,
                });
                if newer {
                    last.insert(*comment_id, record);
                }
            }
            Outcome::Closed => {
                if record.done_ms < closes {
                    check.refused_early += 1;
                }
            }
            Outcome::Refused { .. } | Outcome::NoAnswer { .. } => {
                if let Some(target) = record.target {
                    uncertain.insert(target);
                }
                // A 4xx after the deadline refuses for a reason other than the documented one;
                // a 5xx or no answer is a failure of the server (counted among the errors).
                if record.sent_ms >= closes
                    && matches!(record.outcome, Outcome::Refused { status, .. } if status < 500)
                {
                    check.undocumented_refusals += 1;
                }
            }
            Outcome::Page => {}
        }
    }
    for (comment_id, record) in &last {
        let Outcome::Acked { version, .. } = record.outcome else {
            continue;
        };
        let Some(stored) = comments.get(comment_id) else {
            check.lost += 1;
            continue;
        };
        let as_acknowledged = stored.version == version
            && match &record.content {
                None => stored.status == "withdrawn",
                Some(content) => stored.status == "active" && same_content(stored, content),
            };
        // A later write that got no clear answer may have been stored; it may not undo this one.
        let explained = uncertain.contains(comment_id) && stored.version > version;
        if !as_acknowledged && !explained {
            check.lost += 1;
        }
    }

    let sent: HashSet<&str> = records
        .iter()
        .filter(|r| matches!(r.op, Op::SubmitApi | Op::SubmitForm))
        .filter_map(|r| r.content.as_ref().map(|c| c.text.as_str()))
        .collect();
    let mut first_texts: HashMap<&str, usize> = HashMap::new();
    for (revision, _) in db.revisions.iter().filter(|(r, _)| r.version == 1) {
        *first_texts.entry(revision.text.as_str()).or_default() += 1;
        if !sent.contains(revision.text.as_str()) {
            check.phantoms += 1;
        }
    }
    check.duplicates = first_texts
        .values()
        .filter(|n| **n > 1)
        .map(|n| n - 1)
        .sum();
    check
}

/// The figures of a run.
struct Figures {
    /// Answers per second before the deadline (all requests).
    rps: f64,
    /// Acknowledged writes per second before the deadline.
    write_rps: f64,
    /// Latency of writes sent before the deadline.
    write_latency: Percentiles,
    /// The server's own time for those writes (`Server-Timing`).
    write_server: Percentiles,
    /// Of the server's time, queued for the group-commit writer and in its group; and the rest.
    write_writer: Percentiles,
    write_outside: Percentiles,
    /// Per kind of request: latency before and after the deadline.
    per_op: Vec<(Op, Percentiles, Percentiles)>,
    page_p95: f64,
    /// Server-side time of round pages (`Server-Timing`), during the rush.
    page_server: Percentiles,
    pages: usize,
    acked: usize,
    closed_refusals: usize,
    errors: BTreeMap<String, usize>,
    mean_in_flight: f64,
}

impl Figures {
    fn compute(records: &[Record], start_ms: i64, closes_ms: i64, run_ms: f64) -> Figures {
        let window_ms = ((closes_ms - start_ms) as f64).clamp(1.0, run_ms.max(1.0));
        let before = |r: &&Record| r.sent_ms < closes_ms;
        let answered_before = records
            .iter()
            .filter(|r| r.done_ms < closes_ms && !matches!(r.outcome, Outcome::NoAnswer { .. }))
            .count();
        let acked_before = records
            .iter()
            .filter(|r| r.done_ms < closes_ms && matches!(r.outcome, Outcome::Acked { .. }))
            .count();
        let writes_before = || records.iter().filter(before).filter(|r| r.op.is_write());
        let mut write_latency: Vec<f64> = writes_before().map(|r| r.latency_ms).collect();
        let mut write_server: Vec<f64> = writes_before().filter_map(|r| r.server_ms).collect();
        let mut write_writer: Vec<f64> = writes_before().filter_map(|r| r.writer_ms).collect();
        let mut write_outside: Vec<f64> = writes_before()
            .filter_map(|r| Some(r.server_ms? - r.writer_ms?))
            .collect();
        let per_op = Op::ALL
            .iter()
            .map(|op| {
                let mut b: Vec<f64> = records
                    .iter()
                    .filter(|r| r.op == *op && r.sent_ms < closes_ms)
                    .map(|r| r.latency_ms)
                    .collect();
                let mut a: Vec<f64> = records
                    .iter()
                    .filter(|r| r.op == *op && r.sent_ms >= closes_ms)
                    .map(|r| r.latency_ms)
                    .collect();
                (*op, percentiles(&mut b), percentiles(&mut a))
            })
            .collect();
        let mut page_latency: Vec<f64> = records
            .iter()
            .filter(|r| r.outcome == Outcome::Page)
            .map(|r| r.latency_ms)
            .collect();
        page_latency.sort_by(f64::total_cmp);
        let mut page_server: Vec<f64> = records
            .iter()
            .filter(|r| r.outcome == Outcome::Page)
            .filter_map(|r| r.server_ms)
            .collect();
        let mut errors = BTreeMap::new();
        for record in records {
            match &record.outcome {
                Outcome::Refused { kind, .. } | Outcome::NoAnswer { kind } => {
                    *errors.entry(kind.clone()).or_insert(0) += 1
                }
                _ => {}
            }
        }
        let busy_ms: f64 = records.iter().filter(before).map(|r| r.latency_ms).sum();
        Figures {
            rps: answered_before as f64 / window_ms * 1000.0,
            write_rps: acked_before as f64 / window_ms * 1000.0,
            write_latency: percentiles(&mut write_latency),
            write_server: percentiles(&mut write_server),
            write_writer: percentiles(&mut write_writer),
            write_outside: percentiles(&mut write_outside),
            per_op,
            page_p95: quantile(&page_latency, 0.95),
            page_server: percentiles(&mut page_server),
            pages: page_latency.len(),
            acked: records
                .iter()
                .filter(|r| matches!(r.outcome, Outcome::Acked { .. }))
                .count(),
            closed_refusals: records
                .iter()
                .filter(|r| r.outcome == Outcome::Closed)
                .count(),
            errors,
            mean_in_flight: busy_ms / window_ms,
        }
    }
}

/// One second of the run (from the start of the rush).
#[derive(Debug, Clone, PartialEq)]
struct Second {
    at_s: i64,
    /// Requests answered (or given up) in this second.
    answered: usize,
    /// Latency of the writes sent in this second.
    writes: Percentiles,
    /// Closed loop: concurrency ÷ the second's throughput; open loop: the mean latency of the
    /// requests sent in it (what Little's law makes of the second's throughput).
    bound_ms: f64,
    after_deadline: bool,
}

/// The run second by second; `closed` is the closed loop's concurrency.
fn per_second(
    records: &[Record],
    start_ms: i64,
    closes_ms: i64,
    closed: Option<f64>,
) -> Vec<Second> {
    let second = |ms: i64| (ms - start_ms).div_euclid(1000);
    let last = records
        .iter()
        .map(|r| second(r.done_ms))
        .max()
        .unwrap_or(-1);
    (0..=last)
        .map(|at_s| {
            let answered = records.iter().filter(|r| second(r.done_ms) == at_s).count();
            let sent: Vec<&Record> = records
                .iter()
                .filter(|r| second(r.sent_ms) == at_s)
                .collect();
            let mut writes: Vec<f64> = sent
                .iter()
                .filter(|r| r.op.is_write())
                .map(|r| r.latency_ms)
                .collect();
            let bound_ms = match closed {
                Some(concurrency) if answered > 0 => concurrency / answered as f64 * 1000.0,
                Some(_) => 0.0,
                None if !sent.is_empty() => {
                    sent.iter().map(|r| r.latency_ms).sum::<f64>() / sent.len() as f64
                }
                None => 0.0,
            };
            Second {
                at_s,
                answered,
                writes: percentiles(&mut writes),
                bound_ms,
                after_deadline: start_ms + (at_s + 1) * 1000 > closes_ms,
            }
        })
        .collect()
}

fn per_second_table(seconds: &[Second]) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{:>8} {:>9} {:>7} {:>9} {:>9} {:>9} {:>9} {:>9}",
        "second", "answered", "writes", "p50", "p99", "max", "bound", "p99/bound"
    );
    for s in seconds {
        let ratio = if s.bound_ms > 0.0 {
            s.writes.p99 / s.bound_ms
        } else {
            0.0
        };
        let _ = writeln!(
            out,
            "{:>7}{} {:>9} {:>7} {:>9.1} {:>9.1} {:>9.1} {:>9.1} {:>9.2}",
            s.at_s,
            if s.after_deadline { '*' } else { ' ' },
            s.answered,
            s.writes.count,
            s.writes.p50,
            s.writes.p99,
            s.writes.max,
            s.bound_ms,
            ratio
        );
    }
    let _ = writeln!(out, "(* the deadline falls in or before this second)");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const CLOSES: i64 = 10_000;

    fn text(n: u64) -> Content {
        content(1, n, false)
    }

    fn row(id: i64, version: i64, c: &Content, status: &str, at: i64) -> (StoredComment, i64) {
        (
            StoredComment {
                comment_id: id,
                kind: c.kind.to_string(),
                text: c.text.clone(),
                proposed_text: c.proposed_text.clone(),
                status: status.into(),
                version,
                created_at_ms: at,
            },
            at,
        )
    }

    fn record(
        op: Op,
        target: Option<i64>,
        c: Option<Content>,
        at: i64,
        outcome: Outcome,
    ) -> Record {
        Record {
            op,
            delegation: 0,
            target,
            content: c,
            sent_ms: at,
            done_ms: at + 5,
            latency_ms: 5.0,
            server_ms: None,
            writer_ms: None,
            outcome,
        }
    }

    #[test]
    fn the_run_is_held_against_the_targets_of_its_mode() {
        let closed = Measured {
            open: false,
            ratio: 1.28,
            p50_ms: 44.9,
            p99_ms: 100.3,
            bound_ms: 46.7,
            errors: 0,
            rss_mib: 98.8,
            page_ms: 55.6,
        };
        let line = targets(&closed);
        assert!(line.contains("storage limit: 1.28 met"), "{line}");
        assert!(line.contains("bound: 2.15× MISSED"), "{line}");
        assert!(line.contains("RSS < 150 MB: 98.8 met"), "{line}");
        assert!(line.contains("(p95): 55.6 MISSED"), "{line}");
        let open = targets(&Measured {
            open: true,
            p50_ms: 2.3,
            p99_ms: 35.5,
            page_ms: 2.5,
            ..closed
        });
        assert!(open.contains("p50 < 10 ms: 2.3 met"), "{open}");
        assert!(open.contains("p99 < 50 ms: 35.5 met"), "{open}");
        assert!(open.contains("no errors: 0 met"), "{open}");
        assert!(!open.contains("storage limit"), "{open}");
    }

    #[test]
    fn each_job_of_the_outbox_is_delivered_once() {
        let row = |kind: &str, status: &str, id: &str, resent: i64| {
            (kind.to_string(), status.to_string(), id.to_string(), resent)
        };
        let files = |ids: &[&str]| {
            let mut files = HashMap::new();
            for id in ids {
                *files.entry(id.to_string()).or_insert(0) += 1;
            }
            files
        };
        let rows = vec![
            row("receipt", "sent", "<a@x>", 0),
            row("receipt", "sent", "<b@x>", 0),
            row("early_close", "sent", "<c@x>", 0),
            row("sign_in", "dropped", "<d@x>", 0),
        ];
        let fine = compare_mail(&rows, &files(&["<a@x>", "<b@x>", "<c@x>"]), 2, false);
        assert_eq!(
            (fine.enqueued, fine.receipts, fine.delivered, fine.dropped),
            (4, 2, 3, 1)
        );
        assert_eq!(fine.wrong(), 0, "{fine:?}");

        // Twice without a crash, a file of nothing enqueued, a message marked sent without a
        // file, one still due, one receipt short.
        let rows = vec![
            row("receipt", "sent", "<a@x>", 0),
            row("early_close", "sent", "<c@x>", 0),
            row("early_close", "pending", "<e@x>", 0),
        ];
        let bad = compare_mail(&rows, &files(&["<a@x>", "<a@x>", "<z@x>"]), 2, false);
        assert_eq!(
            (
                bad.duplicates,
                bad.strays,
                bad.sent_without_file,
                bad.undelivered
            ),
            (1, 1, 1, 1)
        );
        assert_eq!(bad.wrong(), 5, "{bad:?}");

        // Crash mode: a copy re-sent with its Message-ID and flagged, and a claim of the killed
        // server still running, are what a SIGKILL leaves by design.
        let rows = vec![
            row("receipt", "sent", "<a@x>", 1),
            row("receipt", "sending", "<b@x>", 0),
        ];
        let crashed = compare_mail(&rows, &files(&["<a@x>", "<a@x>", "<b@x>"]), 2, true);
        assert_eq!(
            (crashed.resent_after_crash, crashed.held_by_killed_claim),
            (1, 1)
        );
        assert_eq!(crashed.wrong(), 0, "{crashed:?}");
        // Without a crash, a message still being sent after the wait is undelivered.
        assert_eq!(compare_mail(&rows, &files(&["<a@x>"]), 2, false).wrong(), 1);
    }

    #[test]
    fn the_message_id_is_read_from_the_header() {
        let message =
            "From: a@x\r\nMessage-ID: <1@redraft>\r\nSubject: s\r\n\r\nMessage-ID: <body@x>\r\n";
        assert_eq!(
            message_id_header(message.as_bytes()),
            Some("<1@redraft>".to_string())
        );
        assert_eq!(
            message_id_header(b"Subject: s\r\n\r\nMessage-ID: <2@x>"),
            None
        );
    }

    #[test]
    fn the_run_second_by_second() {
        let timed = |op: Op, sent_ms: i64, latency_ms: f64| Record {
            sent_ms,
            done_ms: sent_ms + latency_ms as i64,
            latency_ms,
            ..record(op, None, None, sent_ms, acked(1, 1))
        };
        let records = vec![
            timed(Op::SubmitApi, 100, 10.0),
            timed(Op::EditForm, 200, 30.0),
            timed(Op::Page, 300, 5.0),
            timed(Op::WithdrawApi, 1_200, 900.0),
        ];
        let closed = per_second(&records, 0, 1_500, Some(2.0));
        assert_eq!(closed.len(), 3);
        assert_eq!(
            closed[0],
            Second {
                at_s: 0,
                answered: 3,
                writes: Percentiles {
                    count: 2,
                    p50: 10.0,
                    p95: 30.0,
                    p99: 30.0,
                    max: 30.0
                },
                bound_ms: 2.0 / 3.0 * 1000.0,
                after_deadline: false,
            }
        );
        assert_eq!((closed[1].answered, closed[1].writes.count), (0, 1));
        assert_eq!(closed[1].bound_ms, 0.0);
        assert!(closed[1].after_deadline);
        assert_eq!((closed[2].answered, closed[2].writes.count), (1, 0));
        assert_eq!(closed[2].bound_ms, 2_000.0);
        // Open loop: the mean latency of what was sent in the second.
        let open = per_second(&records, 0, 1_500, None);
        assert_eq!(open[0].bound_ms, 15.0);
        assert_eq!(open[2].bound_ms, 0.0);
        let table = per_second_table(&closed);
        assert!(table.contains("p99/bound"), "{table}");
        assert_eq!(table.lines().count(), 5, "{table}");
    }

    fn acked(comment_id: i64, version: i64) -> Outcome {
        Outcome::Acked {
            comment_id,
            version,
        }
    }

    /// A consistent rush: a submission, its edit, a withdrawal of another comment, refusals
    /// after the deadline, and a submission that got no answer but was stored.
    fn consistent() -> (Vec<Record>, Snapshot) {
        let (a, a2, b, c) = (text(1), content(1, 2, true), text(3), text(4));
        let records = vec![
            record(Op::SubmitApi, None, Some(a.clone()), 100, acked(1, 1)),
            record(Op::SubmitForm, None, Some(b.clone()), 200, acked(2, 1)),
            record(Op::EditForm, Some(1), Some(a2.clone()), 300, acked(1, 2)),
            record(Op::WithdrawApi, Some(2), None, 400, acked(2, 2)),
            record(
                Op::SubmitApi,
                None,
                Some(c.clone()),
                500,
                Outcome::NoAnswer {
                    kind: "no answer: connection lost".into(),
                },
            ),
            record(
                Op::SubmitApi,
                None,
                Some(text(5)),
                CLOSES + 1,
                Outcome::Closed,
            ),
            record(
                Op::EditApi,
                Some(1),
                Some(text(6)),
                CLOSES + 2,
                Outcome::Closed,
            ),
            record(Op::Page, None, None, CLOSES + 3, Outcome::Page),
        ];
        let revisions = vec![
            row(1, 1, &a, "active", 100),
            row(1, 2, &a2, "active", 300),
            row(2, 1, &b, "active", 200),
            row(2, 2, &b, "withdrawn", 400),
            row(3, 1, &c, "active", 500),
        ];
        let mut comments = vec![
            revisions[1].0.clone(),
            revisions[3].0.clone(),
            revisions[4].0.clone(),
        ];
        comments[0].created_at_ms = 100;
        comments[1].created_at_ms = 200;
        (
            records,
            Snapshot {
                closes_at_ms: CLOSES,
                comments,
                revisions,
            },
        )
    }

    #[test]
    fn a_consistent_rush_passes() {
        let (records, db) = consistent();
        let check = check(&records, &db);
        assert_eq!(check.acked_writes, 4);
        assert_eq!(
            (check.late(), check.lost, check.wrong()),
            (0, 0, 0),
            "{check:?}"
        );
    }

    #[test]
    fn a_lost_edit_is_found() {
        let (records, mut db) = consistent();
        // The edit to version 2 vanished: the comment is back at its submission.
        db.revisions.remove(1);
        db.comments[0] = db.revisions[0].0.clone();
        let check = check(&records, &db);
        assert_eq!(check.lost, 2, "{check:?}");
    }

    #[test]
    fn a_changed_text_and_an_undone_withdrawal_are_lost() {
        let (records, mut db) = consistent();
        db.comments[0].text.push('!');
        db.comments[1].status = "active".into();
        assert_eq!(check(&records, &db).lost, 2);
    }

    #[test]
    fn writes_after_the_deadline_are_late() {
        let (mut records, mut db) = consistent();
        let late = text(7);
        records.push(record(
            Op::SubmitForm,
            None,
            Some(late.clone()),
            CLOSES + 10,
            acked(4, 1),
        ));
        db.revisions.push(row(4, 1, &late, "active", CLOSES + 12));
        db.comments.push(db.revisions[5].0.clone());
        let check = check(&records, &db);
        assert_eq!(
            (check.late_acked, check.late_stored, check.late()),
            (1, 1, 1)
        );
        assert_eq!(check.lost, 0);
    }

    #[test]
    fn wrong_answers_around_the_deadline_are_counted() {
        let (mut records, mut db) = consistent();
        records.push(record(
            Op::SubmitApi,
            None,
            Some(text(8)),
            600,
            Outcome::Closed,
        ));
        records.push(record(
            Op::SubmitForm,
            None,
            Some(text(9)),
            CLOSES + 20,
            Outcome::Refused {
                status: 500,
                kind: "500 page (form)".into(),
            },
        ));
        let stranger = text(99);
        db.revisions.push(row(9, 1, &stranger, "active", 700));
        db.comments.push(db.revisions[5].0.clone());
        let found = check(&records, &db);
        // The 500 is an error of the server, not a refusal for a wrong reason.
        assert_eq!(
            (
                found.refused_early,
                found.undocumented_refusals,
                found.phantoms
            ),
            (1, 0, 1)
        );
        records.push(record(
            Op::EditApi,
            Some(1),
            Some(text(11)),
            CLOSES + 30,
            Outcome::Refused {
                status: 409,
                kind: "409 conflict (API)".into(),
            },
        ));
        assert_eq!(check(&records, &db).undocumented_refusals, 1);
    }

    #[test]
    fn an_unanswered_edit_may_have_been_stored() {
        let (mut records, mut db) = consistent();
        let maybe = content(1, 10, true);
        records.push(record(
            Op::EditApi,
            Some(1),
            Some(maybe.clone()),
            800,
            Outcome::NoAnswer {
                kind: "no answer: connection lost".into(),
            },
        ));
        db.revisions.push(row(1, 3, &maybe, "active", 800));
        db.comments[0] = db.revisions[5].0.clone();
        assert_eq!(
            check(&records, &db),
            Check {
                acked_writes: 4,
                ..Check::default()
            }
        );
    }

    #[test]
    fn server_timing_is_read() {
        let mut headers = reqwest::header::HeaderMap::new();
        headers.insert(
            "server-timing",
            "app;dur=12.50, writer;dur=3.25".parse().unwrap(),
        );
        let timing = server_timing(&headers);
        assert_eq!((timing.app_ms, timing.writer_ms), (Some(12.5), Some(3.25)));
        headers.insert("server-timing", "app;dur=7".parse().unwrap());
        let timing = server_timing(&headers);
        assert_eq!((timing.app_ms, timing.writer_ms), (Some(7.0), None));
        assert!(
            server_timing(&reqwest::header::HeaderMap::new())
                .app_ms
                .is_none()
        );
    }

    #[test]
    fn answers_are_classified() {
        let closed = br#"{"error":{"code":"round_closed","message":"closed"}}"#;
        assert_eq!(classify_api(409, closed, 1), Outcome::Closed);
        assert_eq!(classify_api(201, br#"{"id":42}"#, 1), acked(42, 1));
        assert!(matches!(
            classify_api(409, br#"{"error":{"code":"conflict"}}"#, 1),
            Outcome::Refused { status: 409, .. }
        ));
        let location = Some("/rounds/3?saved=17#comment-17");
        assert_eq!(classify_form(303, location, "", "saved", 2), acked(17, 2));
        let closed_page = "<h1>The round is closed</h1>";
        assert_eq!(
            classify_form(409, None, closed_page, "saved", 1),
            Outcome::Closed
        );
        assert!(matches!(
            classify_form(409, None, "<h1>Changed meanwhile</h1>", "saved", 1),
            Outcome::Refused { .. }
        ));
        assert_eq!(
            form_token(r#"<input type="hidden" name="csrf_token" value="ab12">"#).as_deref(),
            Some("ab12")
        );
    }
}
