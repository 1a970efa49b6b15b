//! The statistics of a run: throughput and latency percentiles before and after the deadline,
//! per kind of request, the server's own time (`Server-Timing`), errors, and the run second by
//! second.

use std::collections::BTreeMap;

use super::record::{Op, Outcome, Record};
use crate::bench::{Percentiles, percentiles, quantile};

/// The figures of a run.
pub(super) struct Figures {
    /// Answers per second before the deadline (all requests).
    pub(super) rps: f64,
    /// Acknowledged writes per second before the deadline.
    pub(super) write_rps: f64,
    /// Latency of writes sent before the deadline.
    pub(super) write_latency: Percentiles,
    /// The server's own time for those writes (`Server-Timing`).
    pub(super) write_server: Percentiles,
    /// Of the server's time, queued for the group-commit writer and in its group; and the rest.
    pub(super) write_writer: Percentiles,
    pub(super) write_outside: Percentiles,
    /// Per kind of request: latency before and after the deadline.
    pub(super) per_op: Vec<(Op, Percentiles, Percentiles)>,
    /// Latency of round pages as the client saw them, during the rush.
    pub(super) page_p95: f64,
    pub(super) page_p99: f64,
    /// Server-side time of round pages (`Server-Timing`), during the rush.
    pub(super) page_server: Percentiles,
    pub(super) pages: usize,
    pub(super) acked: usize,
    pub(super) closed_refusals: usize,
    pub(super) errors: BTreeMap<String, usize>,
    pub(super) mean_in_flight: f64,
}

impl Figures {
    pub(super) fn compute(
        records: &[Record],
        start_ms: i64,
        closes_ms: i64,
        run_ms: f64,
    ) -> Figures {
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
            page_p99: quantile(&page_latency, 0.99),
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
pub(super) struct Second {
    pub(super) at_s: i64,
    /// Requests answered (or given up) in this second.
    pub(super) answered: usize,
    /// Latency of the writes sent in this second.
    pub(super) writes: Percentiles,
    /// Closed loop: concurrency ÷ the second's throughput; open loop: the mean latency of the
    /// requests sent in it (what Little's law makes of the second's throughput).
    pub(super) bound_ms: f64,
    pub(super) after_deadline: bool,
}

/// The run second by second; `closed` is the closed loop's concurrency.
pub(super) fn per_second(
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bench::rush::record::fixtures::{acked, record};

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
    }
}
