//! Readings of the server processes from `/proc` during the rush: peak resident set (RSS) and
//! CPU time.

use std::sync::Arc;
use std::time::{Duration, Instant};

use crate::bench::ServerProcess;

/// CPU time used so far by every server process of the run, in seconds.
pub(super) async fn server_cpu_seconds(servers: &tokio::sync::Mutex<Vec<ServerProcess>>) -> f64 {
    let mut servers = servers.lock().await;
    servers
        .iter_mut()
        .map(|server| {
            server.sample_rss();
            server.cpu_seconds()
        })
        .sum()
}

/// Samples the servers' peak RSS every 200 ms until `end` (a killed server's peak is read
/// before it goes).
pub(super) async fn sample_rss(servers: Arc<tokio::sync::Mutex<Vec<ServerProcess>>>, end: Instant) {
    while Instant::now() < end {
        for server in servers.lock().await.iter_mut() {
            server.sample_rss();
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}

/// CPU time used so far by this process, the load generator (every thread), in seconds: it
/// shares the machine with the servers, so what it costs is taken from them.
pub(super) fn own_cpu_seconds() -> f64 {
    crate::bench::cpu_ticks(std::process::id()).unwrap_or(0) as f64
        / crate::bench::CLOCK_TICKS_PER_SECOND
}
