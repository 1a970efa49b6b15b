//! The load: a closed loop (each delegation sends its next request on the previous answer) or
//! a fixed rate (requests started on schedule whatever the answers, latency counted from the
//! scheduled moment, so that a slow answer cannot hide the requests it held back).

use std::sync::Arc;
use std::time::{Duration, Instant};

use jiff::Timestamp;
use tokio::task::JoinSet;

use super::client::Rush;
use super::record::{Op, Outcome, Record};

/// Open loop: requests in flight beyond this are not sent (and counted as errors).
const MAX_IN_FLIGHT: usize = 4_000;

/// Each delegation sends its next request as soon as the previous one is answered, until `end`.
pub(super) async fn closed_loop(rush: Arc<Rush>, end: Instant) -> Vec<Record> {
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

/// Starts `rate` requests a second from `start` to `end`, delegation after delegation, each
/// timed from its scheduled moment.
pub(in crate::bench) async fn open_loop(
    rush: Arc<Rush>,
    rate: f64,
    start: Instant,
    end: Instant,
) -> Vec<Record> {
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
