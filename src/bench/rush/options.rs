//! The command line of `redraft bench rush`, and what makes a set of options runnable.

use anyhow::bail;

use crate::store::Backend;

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

impl RushArgs {
    /// The backend the options name, or why they cannot run.
    pub(super) fn backend(&self) -> anyhow::Result<Backend> {
        if self.delegations == 0 {
            bail!("--delegations must be at least 1");
        }
        if self.seconds < 2 {
            bail!("--seconds must be at least 2 (the deadline falls in the middle of the run)");
        }
        if self.instances == 0 {
            bail!("--instances must be at least 1");
        }
        if let Some(rate) = self.rate
            && !(rate.is_finite() && rate > 0.0)
        {
            bail!("--rate must be a positive number of requests per second");
        }
        let backend = match &self.database_url {
            None => Backend::Sqlite,
            Some(url) => match Backend::from_url(url) {
                Ok(Backend::Postgres) => Backend::Postgres,
                _ => bail!(
                    "--database-url names a PostgreSQL server (postgres://…); without it the bench uses embedded SQLite in a temporary directory"
                ),
            },
        };
        if backend == Backend::Sqlite && self.instances > 1 {
            bail!(
                "--instances {} needs PostgreSQL: embedded SQLite belongs to one server process. \
                 Give --database-url postgres://… to run several instances on one database.",
                self.instances
            );
        }
        Ok(backend)
    }
}
