//! Counting each client's requests for sign-in links (the limit per client) without giving
//! each request a write turn.
//!
//! Every request is counted, to any address, known or not, so that the count says nothing about
//! which addresses exist. Counted one write each, a flood of requests for unknown addresses
//! would queue its writes beside the delegations' comments for the one writer (SQLite's lock,
//! the group commit's turn): here a request is decided from the stored count plus this
//! instance's requests not yet stored, and the latter are stored together, one multi-row
//! transaction a second at most. A request over the limit writes nothing at all. Other
//! instances see this one's requests once stored, within about a second; that is as close as
//! the limit needs to hold across instances.

use std::collections::HashMap;
use std::time::Duration;

use jiff::Timestamp;

use super::{App, AppResult};
use crate::domain::sign_in_limit::within_limit;
use crate::store::auth::{self as auth_store, ClientRequest};

/// How long requests wait in memory before they are stored together.
const STORE_EVERY: Duration = Duration::from_secs(1);

/// This instance's counted requests not yet stored.
#[derive(Default)]
pub(crate) struct ClientRequests {
    /// Taken shared to decide (the stored count and the pending ones are read under it) and
    /// alone by a store while it commits and forgets what it committed: a decision never sees
    /// a request twice (stored and pending) or not at all.
    gate: tokio::sync::RwLock<()>,
    pending: std::sync::Mutex<Pending>,
}

#[derive(Default)]
struct Pending {
    /// Each client's requests not yet stored, oldest first.
    by_client: HashMap<String, Vec<Timestamp>>,
    /// Whether a task is on its way to store them.
    storing: bool,
}

impl ClientRequests {
    fn pending(&self) -> std::sync::MutexGuard<'_, Pending> {
        // The lock is never held across a panic that could leave `Pending` half-changed.
        self.pending
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }
}

impl App {
    /// Counts one request for a link from `client` if the client is within its limit, and says
    /// whether it was. Reads and remembers; never takes a write turn.
    pub(crate) async fn admit_client_request(&self, client: &str) -> AppResult<bool> {
        let limits = self.settings().sign_in_limits;
        let now = self.now();
        let since = now - limits.client_window;
        let requests = self.client_requests();
        let start_storing = {
            let _gate = requests.gate.read().await;
            let stored = {
                let mut conn = self.store().read().await?;
                auth_store::count_client_requests(&mut conn, client, since).await?
            };
            let mut pending = requests.pending();
            let unstored = pending
                .by_client
                .get(client)
                .map_or(0, |times| times.iter().filter(|at| **at > since).count());
            if !within_limit(stored + unstored as u64, limits.requests_per_client) {
                return Ok(false);
            }
            pending
                .by_client
                .entry(client.to_string())
                .or_default()
                .push(now);
            !std::mem::replace(&mut pending.storing, true)
        };
        if start_storing {
            let app = self.clone();
            tokio::spawn(async move { app.store_client_requests().await });
        }
        Ok(true)
    }

    /// Stores the pending requests every [`STORE_EVERY`] until none is left.
    async fn store_client_requests(self) {
        loop {
            tokio::time::sleep(STORE_EVERY).await;
            if let Err(e) = self.store_pending_requests().await {
                tracing::warn!(error = %e, "could not store the sign-in request counts; retrying");
            }
            let mut pending = self.client_requests().pending();
            if pending.by_client.is_empty() {
                pending.storing = false;
                return;
            }
        }
    }

    async fn store_pending_requests(&self) -> AppResult<()> {
        let now = self.now();
        let cutoff = now - self.settings().sign_in_limits.client_window;
        let requests = self.client_requests();
        let batch: Vec<ClientRequest> = {
            let mut pending = requests.pending();
            // Those too old to count need not be stored.
            pending.by_client.retain(|_, times| {
                times.retain(|at| *at > cutoff);
                !times.is_empty()
            });
            pending
                .by_client
                .iter()
                .flat_map(|(client, times)| {
                    times.iter().map(|at| ClientRequest {
                        client: client.clone(),
                        requested_at: *at,
                    })
                })
                .collect()
        };
        if batch.is_empty() {
            return Ok(());
        }
        let mut tx = self.store().begin_write().await?;
        auth_store::record_client_requests(&mut tx, &batch, cutoff).await?;
        let _gate = requests.gate.write().await;
        tx.commit().await?;
        // Forget exactly what was stored: requests that came meanwhile are later in each list.
        let mut stored: HashMap<&str, usize> = HashMap::new();
        for request in &batch {
            *stored.entry(request.client.as_str()).or_default() += 1;
        }
        let mut pending = requests.pending();
        for (client, count) in stored {
            if let Some(times) = pending.by_client.get_mut(client) {
                times.drain(..count.min(times.len()));
                if times.is_empty() {
                    pending.by_client.remove(client);
                }
            }
        }
        Ok(())
    }
}
