//! Crash injection: the first server killed with SIGKILL at a given moment of the rush and
//! started again on the same data, and how long it took to answer again.

use std::sync::Arc;
use std::time::Instant;

use crate::bench::ServerProcess;

/// When the server was killed (seconds from the start of the rush) and how long it took to
/// answer `/healthz` again.
pub(super) struct Crash {
    pub(super) at_s: f64,
    pub(super) recovery_ms: f64,
}

/// Kills the first server at `at` and starts it again; the servers stay locked meanwhile, so
/// that nothing samples a process that is going away.
pub(super) async fn crash_and_restart(
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
