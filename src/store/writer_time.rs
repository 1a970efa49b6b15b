//! How long a request spent waiting for the group-commit writer and in its group, so that
//! `Server-Timing` can tell that part of the server's time from the rest (authentication,
//! reads, rendering, queueing for the CPU). `redraft bench rush` reads it to tell how much of a
//! write's latency the writer accounts for.

use std::cell::Cell;
use std::future::Future;

tokio::task_local! {
    static WRITER_MS: Cell<f64>;
}

/// Runs `request` and returns, with its output, the milliseconds its group writes took from
/// queueing to their group's commit.
pub async fn measure<F: Future>(request: F) -> (F::Output, f64) {
    WRITER_MS
        .scope(Cell::new(0.0), async {
            let output = request.await;
            (output, WRITER_MS.with(Cell::get))
        })
        .await
}

/// Adds one write's time to the request being measured, if any.
pub(super) fn add(ms: f64) {
    let _ = WRITER_MS.try_with(|total| total.set(total.get() + ms));
}
