//! Benchmarks that ship in the binary (`redraft bench …`), so that an operator can check a
//! deployment before a real deadline. This module owns what every benchmark shares: server
//! processes under test (children of the bench, so that they can be killed and measured),
//! scratch directories and databases, latency percentiles, and the storage limit (a plain loop
//! of one-row insert transactions with the server's own database settings).

pub mod import;
pub mod mail;
pub mod rush;
pub mod smtp_sink;

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::time::{Duration, Instant};

use anyhow::{Context, bail};
use tokio::process::{Child, Command};

use crate::store::{PoolSettings, Store};

/// Latency figures of one kind of request, in milliseconds.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Percentiles {
    pub count: usize,
    pub p50: f64,
    pub p95: f64,
    pub p99: f64,
    pub max: f64,
}

/// The value below which a fraction `q` of the sorted samples lie (nearest rank: the smallest
/// sample with at least `q` of all samples at or below it). 0 for no samples.
pub fn quantile(sorted: &[f64], q: f64) -> f64 {
    if sorted.is_empty() {
        return 0.0;
    }
    let rank = (q * sorted.len() as f64).ceil() as usize;
    sorted[rank.clamp(1, sorted.len()) - 1]
}

/// p50, p95, p99 and max of `samples` (which it sorts).
pub fn percentiles(samples: &mut [f64]) -> Percentiles {
    samples.sort_by(f64::total_cmp);
    Percentiles {
        count: samples.len(),
        p50: quantile(samples, 0.50),
        p95: quantile(samples, 0.95),
        p99: quantile(samples, 0.99),
        max: samples.last().copied().unwrap_or(0.0),
    }
}

/// A directory under the system's temporary directory, removed when dropped.
pub struct ScratchDir {
    path: PathBuf,
}

impl ScratchDir {
    pub fn new(prefix: &str) -> anyhow::Result<ScratchDir> {
        let path = std::env::temp_dir().join(format!("{prefix}-{}", random_suffix()));
        std::fs::create_dir_all(&path).with_context(|| format!("creating {}", path.display()))?;
        Ok(ScratchDir { path })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }
}

impl Drop for ScratchDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.path);
    }
}

/// 16 random lowercase hex digits, for names of scratch directories and databases.
pub fn random_suffix() -> String {
    crate::app::auth::new_secret()[..16].to_ascii_lowercase()
}

/// A loopback port free at the time of asking.
pub fn free_port() -> anyhow::Result<u16> {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").context("finding a free port")?;
    Ok(listener.local_addr()?.port())
}

/// One `redraft serve` process under test: a child of the bench on a loopback port, which can
/// be killed (SIGKILL) and started again on the same data.
pub struct ServerProcess {
    pub addr: SocketAddr,
    data_dir: PathBuf,
    database_url: String,
    log_path: PathBuf,
    child: Option<Child>,
    /// Whether the child is a wrapper (`REDRAFT_BENCH_WRAP`: a profiler, say) that runs the
    /// server as a process of its own.
    wrapped: bool,
    /// Under a wrapper, the `redraft` process it started, once found (forgotten at each start).
    wrapped_server: Option<u32>,
    /// The highest `VmHWM` seen across every process that served on this address, in KiB.
    peak_rss_kib: u64,
    /// CPU time of the processes that served on this address, in clock ticks: of those that
    /// are gone, and the last reading of the running one.
    cpu_ticks_gone: u64,
    cpu_ticks_running: u64,
    pub restarts: u32,
}

impl ServerProcess {
    /// Starts `redraft serve` and waits until `/healthz` answers.
    pub async fn start(
        name: &str,
        data_dir: &Path,
        database_url: &str,
        client: &reqwest::Client,
    ) -> anyhow::Result<ServerProcess> {
        let addr: SocketAddr = format!("127.0.0.1:{}", free_port()?).parse()?;
        let mut server = ServerProcess {
            addr,
            data_dir: data_dir.to_path_buf(),
            database_url: database_url.to_string(),
            log_path: data_dir.join(format!("{name}.log")),
            child: None,
            wrapped: false,
            wrapped_server: None,
            peak_rss_kib: 0,
            cpu_ticks_gone: 0,
            cpu_ticks_running: 0,
            restarts: 0,
        };
        server.spawn()?;
        server.wait_healthy(client).await?;
        Ok(server)
    }

    pub fn base_url(&self) -> String {
        format!("http://{}", self.addr)
    }

    fn spawn(&mut self) -> anyhow::Result<()> {
        let exe = std::env::current_exe().context("locating the redraft binary")?;
        let log = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(&self.log_path)
            .with_context(|| format!("opening {}", self.log_path.display()))?;
        let wrap = std::env::var_os("REDRAFT_BENCH_WRAP");
        self.wrapped = wrap.is_some();
        self.wrapped_server = None;
        let mut command = match wrap {
            Some(wrap) => {
                let mut c = Command::new(wrap);
                c.arg(exe);
                c
            }
            None => Command::new(exe),
        };
        let child = command
            .arg("serve")
            .arg("--listen")
            .arg(self.addr.to_string())
            .arg("--data-dir")
            .arg(&self.data_dir)
            .arg("--database-url")
            .arg(&self.database_url)
            .arg("--public-url")
            .arg(self.base_url())
            .env("RUST_LOG", "warn")
            .env_remove("REDRAFT_CONFIG")
            .stdin(Stdio::null())
            .stdout(log.try_clone()?)
            .stderr(log)
            .kill_on_drop(true)
            .spawn()
            .context("starting redraft serve")?;
        self.child = Some(child);
        Ok(())
    }

    /// Waits (at most 60 s) until the server answers `/healthz` with 200.
    pub async fn wait_healthy(&mut self, client: &reqwest::Client) -> anyhow::Result<()> {
        let deadline = Instant::now() + Duration::from_secs(60);
        let url = format!("{}/healthz", self.base_url());
        loop {
            if let Some(child) = self.child.as_mut()
                && let Some(status) = child.try_wait()?
            {
                bail!(
                    "the server exited ({status}) before answering; its log:\n{}",
                    self.log_tail()
                );
            }
            if let Ok(response) = client.get(&url).send().await
                && response.status().is_success()
            {
                return Ok(());
            }
            if Instant::now() > deadline {
                bail!(
                    "the server did not answer /healthz within 60 s; its log:\n{}",
                    self.log_tail()
                );
            }
            tokio::time::sleep(Duration::from_millis(25)).await;
        }
    }

    /// Waits (at most 5 s) until nothing listens on the server's address any more: a server
    /// that still answered after its kill would make a crash run check nothing.
    async fn wait_gone(&self) -> anyhow::Result<()> {
        let deadline = Instant::now() + Duration::from_secs(5);
        while tokio::net::TcpStream::connect(self.addr).await.is_ok() {
            if Instant::now() > deadline {
                bail!(
                    "the server on {} still accepts connections 5 s after SIGKILL: the kill did not reach it",
                    self.addr
                );
            }
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
        Ok(())
    }

    /// The last lines of the server's log (for error messages).
    pub fn log_tail(&self) -> String {
        let text = std::fs::read_to_string(&self.log_path).unwrap_or_default();
        let lines: Vec<&str> = text.lines().collect();
        lines[lines.len().saturating_sub(20)..].join("\n")
    }

    /// The server's process while the child runs: the child, or under a wrapper the `redraft`
    /// process descending from it (looked for in `/proc` until found, then remembered; `None`
    /// until the wrapper has started it).
    fn pid(&mut self) -> Option<u32> {
        let child = self.child.as_ref().and_then(Child::id)?;
        if !self.wrapped {
            return Some(child);
        }
        if self.wrapped_server.is_none() {
            self.wrapped_server = server_under(child);
        }
        self.wrapped_server
    }

    /// Sends `signal` to the server itself when it runs under a wrapper (which may stay its
    /// parent and would take a signal sent to the child alone).
    fn signal_wrapped_server(&mut self, signal: Signal) {
        if self.wrapped
            && let Some(pid) = self.pid()
        {
            send_signal(pid, signal);
        }
    }

    /// Reads the server's `VmHWM` (peak resident set) and keeps the highest value seen; reads
    /// its CPU time too.
    pub fn sample_rss(&mut self) -> u64 {
        let pid = self.pid();
        if let Some(kib) = pid.and_then(peak_rss_kib) {
            self.peak_rss_kib = self.peak_rss_kib.max(kib);
        }
        if let Some(ticks) = pid.and_then(cpu_ticks) {
            self.cpu_ticks_running = ticks;
        }
        self.peak_rss_kib
    }

    /// CPU time (user and system, every thread) used so far by the processes that served on
    /// this address, in seconds, as of the last sample.
    pub fn cpu_seconds(&self) -> f64 {
        (self.cpu_ticks_gone + self.cpu_ticks_running) as f64 / CLOCK_TICKS_PER_SECOND
    }

    /// The peak resident set of the server in MiB, over its restarts.
    pub fn peak_rss_mib(&self) -> f64 {
        self.peak_rss_kib as f64 / 1024.0
    }

    /// Kills the server with SIGKILL (no chance to finish anything), with its wrapper if it
    /// has one, and waits for the child to go.
    pub async fn kill(&mut self) -> anyhow::Result<()> {
        self.sample_rss();
        self.signal_wrapped_server(Signal::Kill);
        if let Some(mut child) = self.child.take() {
            child.kill().await.context("killing the server")?;
            self.cpu_ticks_gone += std::mem::take(&mut self.cpu_ticks_running);
        }
        Ok(())
    }

    /// Stops the server at the end of a run. Unwrapped: SIGKILL, as [`ServerProcess::kill`].
    /// Under a wrapper: SIGINT to the server (it shuts down, and a profiler then writes its
    /// data), waiting up to 60 s for the wrapper to finish before the SIGKILL.
    pub async fn stop(&mut self) -> anyhow::Result<()> {
        self.sample_rss();
        self.signal_wrapped_server(Signal::Interrupt);
        if self.wrapped
            && let Some(child) = self.child.as_mut()
            && tokio::time::timeout(Duration::from_secs(60), child.wait())
                .await
                .is_err()
        {
            eprintln!("warning: the wrapped server did not stop within 60 s of SIGINT; killed");
        }
        self.kill().await
    }

    /// Starts the server again on the same address and data, and waits until it answers.
    pub async fn restart(&mut self, client: &reqwest::Client) -> anyhow::Result<()> {
        self.kill().await?;
        self.wait_gone().await?;
        self.spawn()?;
        self.restarts += 1;
        self.wait_healthy(client).await
    }
}

impl Drop for ServerProcess {
    fn drop(&mut self) {
        self.signal_wrapped_server(Signal::Kill);
        if let Some(child) = self.child.as_mut() {
            let _ = child.start_kill();
        }
    }
}

enum Signal {
    Kill,
    Interrupt,
}

/// Sends `signal` to the process `pid` (Unix only; nothing elsewhere).
fn send_signal(pid: u32, signal: Signal) {
    #[cfg(unix)]
    if let Ok(pid) = i32::try_from(pid) {
        let signal = match signal {
            Signal::Kill => libc::SIGKILL,
            Signal::Interrupt => libc::SIGINT,
        };
        // SAFETY: kill(2) takes plain integers and touches no memory of ours.
        unsafe {
            libc::kill(pid, signal);
        }
    }
    #[cfg(not(unix))]
    let _ = (pid, signal);
}

/// The `redraft` process (this executable) the wrapper `wrapper` runs: the wrapper itself once
/// it has exec'd the server (`exec "$@"` in a script), else a process descending from it.
fn server_under(wrapper: u32) -> Option<u32> {
    let exe = std::env::current_exe().ok()?;
    let runs_this_exe =
        |pid: u32| std::fs::read_link(format!("/proc/{pid}/exe")).ok().as_ref() == Some(&exe);
    if runs_this_exe(wrapper) {
        return Some(wrapper);
    }
    std::fs::read_dir("/proc")
        .ok()?
        .filter_map(|entry| entry.ok()?.file_name().to_str()?.parse::<u32>().ok())
        .find(|&pid| pid != wrapper && descends_from(pid, wrapper) && runs_this_exe(pid))
}

/// Whether `ancestor` is the parent of `pid`, or its parent's parent, and so on (a few levels:
/// a wrapper script that starts a profiler that starts the server).
fn descends_from(pid: u32, ancestor: u32) -> bool {
    let mut pid = pid;
    for _ in 0..8 {
        match parent_process(pid) {
            Some(parent) if parent == ancestor => return true,
            Some(parent) if parent > 1 => pid = parent,
            _ => return false,
        }
    }
    false
}

/// The parent of a process, from `/proc/<pid>/stat` (Linux only; `None` elsewhere).
fn parent_process(pid: u32) -> Option<u32> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    parse_parent_process(&stat)
}

fn parse_parent_process(stat: &str) -> Option<u32> {
    // Field 4 of `/proc/<pid>/stat`.
    stat_fields_after_name(stat)?.nth(1)?.parse().ok()
}

/// The fields of a `/proc/<pid>/stat` line from field 3 (the state) on: the command name
/// (field 2) is in parentheses and may hold spaces, so they are counted after its end.
fn stat_fields_after_name(stat: &str) -> Option<std::str::SplitWhitespace<'_>> {
    Some(stat[stat.rfind(')')? + 1..].split_whitespace())
}

/// `VmHWM` of a process from `/proc/<pid>/status`, in KiB (Linux only; `None` elsewhere).
pub fn peak_rss_kib(pid: u32) -> Option<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    parse_vm_hwm(&status)
}

/// `USER_HZ`, the unit of the times in `/proc/<pid>/stat`: 100 on every Linux architecture's
/// user-space ABI, whatever the kernel's own tick rate.
pub(crate) const CLOCK_TICKS_PER_SECOND: f64 = 100.0;

/// `utime + stime` of a process (all its threads) from `/proc/<pid>/stat`, in clock ticks.
pub(crate) fn cpu_ticks(pid: u32) -> Option<u64> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    parse_cpu_ticks(&stat)
}

fn parse_cpu_ticks(stat: &str) -> Option<u64> {
    // utime (field 14) and stime (field 15).
    let mut fields = stat_fields_after_name(stat)?.skip(11);
    let utime: u64 = fields.next()?.parse().ok()?;
    let stime: u64 = fields.next()?.parse().ok()?;
    Some(utime + stime)
}

fn parse_vm_hwm(status: &str) -> Option<u64> {
    status
        .lines()
        .find_map(|line| line.strip_prefix("VmHWM:"))
        .and_then(|rest| rest.trim().trim_end_matches("kB").trim().parse().ok())
}

/// A fresh PostgreSQL database for one benchmark run, dropped by [`ScratchDatabase::drop_now`].
pub struct ScratchDatabase {
    admin_url: String,
    pub name: String,
    pub url: String,
}

impl ScratchDatabase {
    pub async fn create(admin_url: &str) -> anyhow::Result<ScratchDatabase> {
        let name = format!("redraft_bench_{}", random_suffix());
        let url = crate::store::create_postgres_database(admin_url, &name)
            .await
            .with_context(|| format!("creating database {name}"))?;
        Ok(ScratchDatabase {
            admin_url: admin_url.to_string(),
            name,
            url,
        })
    }

    pub async fn drop_now(&self) -> anyhow::Result<()> {
        crate::store::drop_postgres_database(&self.admin_url, &self.name)
            .await
            .with_context(|| format!("dropping database {}", self.name))
    }
}

/// Runs `bench` against the URL of a scratch database: a SQLite file in `dir`, or, with
/// `admin_url`, a database created for the run on that PostgreSQL server and dropped after it,
/// whatever its result.
pub async fn on_scratch_database<T>(
    admin_url: Option<&str>,
    dir: &ScratchDir,
    bench: impl AsyncFnOnce(&str) -> anyhow::Result<T>,
) -> anyhow::Result<T> {
    let (url, scratch_db) = match admin_url {
        Some(admin) => {
            let db = ScratchDatabase::create(admin).await?;
            (db.url.clone(), Some(db))
        }
        None => (
            crate::config::sqlite_url(&dir.path().join("redraft.db")),
            None,
        ),
    };
    let result = bench(&url).await;
    if let Some(db) = scratch_db
        && let Err(e) = db.drop_now().await
    {
        eprintln!("warning: {e:#}");
    }
    result
}

/// The storage limit: how many one-row insert transactions per second one loop gets through
/// sqlx, on the same database with the server's connection settings (`Store::connect`: on
/// SQLite WAL, `synchronous=FULL`, each transaction begun with `BEGIN IMMEDIATE`).
pub async fn storage_limit(database_url: &str, duration: Duration) -> anyhow::Result<f64> {
    let store = Store::connect(database_url, &PoolSettings::default()).await?;
    let result = insert_loop(&store, duration).await;
    store.close().await;
    result
}

async fn insert_loop(store: &Store, duration: Duration) -> anyhow::Result<f64> {
    {
        let mut conn = store.read().await?;
        sqlx::query("DROP TABLE IF EXISTS bench_limit")
            .execute(&mut *conn)
            .await?;
        sqlx::query("CREATE TABLE bench_limit (n BIGINT NOT NULL, payload TEXT NOT NULL)")
            .execute(&mut *conn)
            .await?;
    }
    let payload = "x".repeat(200);
    let start = Instant::now();
    let mut n: i64 = 0;
    while start.elapsed() < duration {
        let mut tx = store.begin_write().await?;
        sqlx::query("INSERT INTO bench_limit (n, payload) VALUES ($1, $2)")
            .bind(n)
            .bind(&payload)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        n += 1;
    }
    let rate = n as f64 / start.elapsed().as_secs_f64();
    let mut conn = store.read().await?;
    sqlx::query("DROP TABLE bench_limit")
        .execute(&mut *conn)
        .await?;
    Ok(rate)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percentiles_use_the_nearest_rank() {
        let mut samples: Vec<f64> = (1..=100).rev().map(f64::from).collect();
        let p = percentiles(&mut samples);
        assert_eq!(p.count, 100);
        assert_eq!(p.p50, 50.0);
        assert_eq!(p.p95, 95.0);
        assert_eq!(p.p99, 99.0);
        assert_eq!(p.max, 100.0);
        assert_eq!(quantile(&[7.0], 0.99), 7.0);
        assert_eq!(quantile(&[1.0, 2.0, 3.0], 0.0), 1.0);
        assert_eq!(percentiles(&mut []), Percentiles::default());
    }

    #[test]
    fn peak_rss_is_read_from_proc_status() {
        let status =
            "Name:\tredraft\nVmPeak:\t  812345 kB\nVmHWM:\t   45678 kB\nVmRSS:\t 40000 kB\n";
        assert_eq!(parse_vm_hwm(status), Some(45678));
        assert_eq!(parse_vm_hwm("Name:\tx\n"), None);
    }

    #[test]
    fn cpu_time_is_read_from_proc_stat_after_the_command_name() {
        let stat =
            "4242 (redraft (serve)) S 1 4242 4242 0 -1 4194304 100 0 0 0 1234 567 0 0 20 0 9 0";
        assert_eq!(parse_cpu_ticks(stat), Some(1234 + 567));
        assert_eq!(parse_parent_process(stat), Some(1));
        assert_eq!(
            parse_parent_process("77 (perf) S 70 70 70 0 -1 4194304 100 0 0 0 1 2 0 0 20 0 9 0"),
            Some(70)
        );
        assert_eq!(parse_cpu_ticks("4242 (x) S 1"), None);
    }

    #[test]
    fn a_wrapper_that_exec_d_the_server_is_the_server() {
        // This test binary stands for the server: a wrapper whose pid runs our own executable
        // is the server itself (`exec "$@"`), and its descendants are not searched.
        let own = std::process::id();
        assert_eq!(server_under(own), Some(own));
    }

    #[test]
    fn a_wrapper_without_the_server_under_it_has_none() {
        let mut sleeper = std::process::Command::new("sleep")
            .arg("5")
            .spawn()
            .expect("sleep runs");
        let descends = descends_from(sleeper.id(), std::process::id());
        let found = server_under(sleeper.id());
        let _ = sleeper.kill();
        let _ = sleeper.wait();
        assert!(descends, "a child descends from its parent");
        assert_eq!(found, None, "sleep is not the server and has no children");
    }
}
