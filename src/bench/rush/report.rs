//! The report of a run: the summary printed at the end (figures, checks, the run against the
//! performance targets of its mode, and one `key=value` line for scripts), the optional table
//! second by second, and the CSV of every request.

use std::fmt::Write as _;
use std::time::Duration;

use super::browser::PageSizes;
use super::checker::Check;
use super::crash::Crash;
use super::mail_check::MailCheck;
use super::options::RushArgs;
use super::record::{Outcome, Record};
use super::setup::RECOMMENDATIONS;
use super::stats::{Figures, Second, per_second};
use crate::store::Backend;

/// The storage limit measured before and after the rush (the higher figure counts).
pub(super) struct StorageLimit {
    pub(super) before: f64,
    pub(super) after: f64,
    pub(super) duration: Duration,
}

/// Everything the summary is made of.
pub(super) struct Report<'a> {
    pub(super) args: &'a RushArgs,
    pub(super) backend: Backend,
    pub(super) records: &'a [Record],
    pub(super) start_ms: i64,
    pub(super) closes_at_ms: i64,
    pub(super) run_ms: f64,
    pub(super) limit: StorageLimit,
    pub(super) check: &'a Check,
    pub(super) stored_comments: usize,
    pub(super) mail: &'a MailCheck,
    pub(super) crash: Option<&'a Crash>,
    pub(super) restarts: u32,
    pub(super) rss_mib: f64,
    /// The round page's size before the rush, plain and compressed.
    pub(super) page_sizes: PageSizes,
    pub(super) cpu_seconds: f64,
    /// CPU time of the load generator itself during the rush.
    pub(super) generator_cpu_seconds: f64,
}

/// The figures derived from the run that several lines of the summary show.
struct Derived {
    figures: Figures,
    mode: &'static str,
    concurrency: f64,
    /// Concurrency ÷ throughput before the deadline.
    bound_ms: f64,
    limit_rps: f64,
    /// Acknowledged writes per second ÷ the storage limit.
    ratio: f64,
    /// Errors other than the documented refusals after the deadline.
    errors: usize,
}

impl Report<'_> {
    fn derive(&self) -> Derived {
        let figures = Figures::compute(self.records, self.start_ms, self.closes_at_ms, self.run_ms);
        let open = self.args.rate.is_some();
        let concurrency = if open {
            figures.mean_in_flight
        } else {
            self.args.delegations as f64
        };
        let bound_ms = if figures.rps > 0.0 {
            concurrency / figures.rps * 1000.0
        } else {
            0.0
        };
        let limit_rps = self.limit.before.max(self.limit.after);
        let ratio = if limit_rps > 0.0 {
            figures.write_rps / limit_rps
        } else {
            0.0
        };
        let errors = figures.errors.values().sum();
        Derived {
            mode: if open { "open" } else { "closed" },
            concurrency,
            bound_ms,
            limit_rps,
            ratio,
            errors,
            figures,
        }
    }

    /// The summary printed at the end of the run.
    pub(super) fn render(&self) -> String {
        let d = self.derive();
        let mut out = String::new();
        self.throughput(&mut out, &d);
        latency_table(&mut out, &d.figures);
        if self.args.per_second {
            let closed = self
                .args
                .rate
                .is_none()
                .then_some(self.args.delegations as f64);
            out.push_str(&per_second_table(&per_second(
                self.records,
                self.start_ms,
                self.closes_at_ms,
                closed,
            )));
        }
        self.answers_and_checks(&mut out, &d.figures);
        self.targets_and_machine(&mut out, &d);
        self.key_values(&mut out, &d);
        out
    }

    /// The heading, throughput and the storage limit.
    fn throughput(&self, out: &mut String, d: &Derived) {
        let (args, figures) = (self.args, &d.figures);
        let _ = writeln!(
            out,
            "\nredraft bench rush: backend {}, {} loop, {} instance(s), {} delegations{}, {} s, deadline after {:.1} s",
            self.backend.as_str(),
            d.mode,
            args.instances,
            args.delegations,
            args.rate
                .map(|r| format!(" at {r} requests/s"))
                .unwrap_or_default(),
            args.seconds,
            (self.closes_at_ms - self.start_ms) as f64 / 1000.0
        );
        let _ = writeln!(
            out,
            "before the deadline: {:.0} requests/s answered, {:.0} acknowledged writes/s; concurrency {:.1}; bound (concurrency ÷ throughput) {:.1} ms",
            figures.rps, figures.write_rps, d.concurrency, d.bound_ms
        );
        let _ = writeln!(
            out,
            "storage limit: {:.0} one-row insert transactions/s (one loop through sqlx, {}, {:.1} s before the rush: {:.0}/s, after: {:.0}/s); ratio acknowledged writes/s ÷ limit = {:.2}",
            d.limit_rps,
            match self.backend {
                Backend::Sqlite => "BEGIN IMMEDIATE, WAL, synchronous=FULL",
                Backend::Postgres => "BEGIN … COMMIT, default synchronous_commit",
            },
            self.limit.duration.as_secs_f64(),
            self.limit.before,
            self.limit.after,
            d.ratio
        );
    }

    /// What the servers answered, and the checks against the database and the outbox.
    fn answers_and_checks(&self, out: &mut String, figures: &Figures) {
        let check = self.check;
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
        if let Some(crash) = self.crash {
            let _ = writeln!(
                out,
                "crash: server killed with SIGKILL after {:.1} s, answering again {:.0} ms later ({} restart(s))",
                crash.at_s, crash.recovery_ms, self.restarts
            );
        }
        let _ = writeln!(
            out,
            "checks against the database: {} acknowledged writes and {} stored comments checked; late {} (stored at/after the deadline {}, acknowledged though sent after it {}); lost {}; wrong answers {} (refused before the deadline {}, undocumented refusals after it {}, stored comments nobody sent {}, stored twice {})",
            check.acked_writes,
            self.stored_comments,
            check.late(),
            check.late_stored,
            check.late_acked,
            check.lost,
            check.wrong(),
            check.refused_early,
            check.undocumented_refusals,
            check.phantoms,
            check.duplicates
        );
        let _ = writeln!(out, "{}", self.mail.summary());
    }

    fn measured(&self, d: &Derived) -> Measured {
        let figures = &d.figures;
        Measured {
            rate: self.args.rate,
            ratio: d.ratio,
            p50_ms: figures.write_latency.p50,
            p99_ms: figures.write_latency.p99,
            bound_ms: d.bound_ms,
            errors: d.errors,
            rss_mib: self.rss_mib,
            page_ms: figures.page_server.p95,
            page_p99_ms: figures.page_server.p99,
            page_client_p99_ms: figures.page_p99,
        }
    }

    /// The run against its targets, memory, the round page and CPU.
    fn targets_and_machine(&self, out: &mut String, d: &Derived) {
        let (figures, rss_mib, cpu_seconds) = (&d.figures, self.rss_mib, self.cpu_seconds);
        let measured = self.measured(d);
        let _ = writeln!(out, "{}", targets(&measured));
        let _ = writeln!(out, "{}", judged(&measured));
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
        let what = format!("round page size ({RECOMMENDATIONS} recommendations)");
        let _ = writeln!(out, "{}", self.page_sizes.line(&what));
        let cores = std::thread::available_parallelism().map_or(1, usize::from);
        let per_request = |seconds: f64| {
            if self.records.is_empty() {
                0.0
            } else {
                seconds * 1000.0 / self.records.len() as f64
            }
        };
        let _ = writeln!(
            out,
            "server CPU during the rush: {cpu_seconds:.1} s ({:.0} % of {cores} cores), {:.2} ms per request answered",
            cpu_seconds / (self.run_ms / 1000.0) / cores as f64 * 100.0,
            per_request(cpu_seconds)
        );
        let generator = self.generator_cpu_seconds;
        let _ = writeln!(
            out,
            "load generator CPU during the rush: {generator:.1} s ({:.0} % of one core), {:.2} ms per request",
            generator / (self.run_ms / 1000.0) * 100.0,
            per_request(generator)
        );
    }

    /// The last line, for scripts.
    fn key_values(&self, out: &mut String, d: &Derived) {
        let (args, figures) = (self.args, &d.figures);
        let (backend, mode) = (self.backend.as_str(), d.mode);
        let _ = write!(
            out,
            "rush backend={backend} mode={mode} instances={} delegations={} rate={} requests={} rps={:.0} p50_ms={:.1} p99_ms={:.1} bound_ms={:.1} late={} lost={} errors={} rss_mb={:.1} page_ms={:.1} limit_rps={:.0} ratio={:.2} p99_over_bound={:.2} page_p99_ms={:.1}",
            args.instances,
            args.delegations,
            args.rate.unwrap_or(0.0),
            self.records.len(),
            figures.rps,
            figures.write_latency.p50,
            figures.write_latency.p99,
            d.bound_ms,
            self.check.late(),
            self.check.lost,
            d.errors,
            self.rss_mib,
            figures.page_server.p95,
            d.limit_rps,
            d.ratio,
            self.measured(d).p99_over_bound(),
            figures.page_server.p99
        );
    }
}

/// Latency per kind of request before and after the deadline, and the writes' server-side time.
fn latency_table(out: &mut String, figures: &Figures) {
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
}

/// A closed loop is judged by the p99 of its writes against the bound (concurrency ÷
/// throughput, what the run's throughput allows), at most this many times the bound.
const BOUND_TARGET: f64 = 2.5;
/// A fixed rate of this many requests per second is judged by the round page's server-side p99,
/// under [`PAGE_P99_TARGET_MS`].
const PAGE_TARGET_RATE: f64 = 1_000.0;
const PAGE_P99_TARGET_MS: f64 = 10.0;

/// The figures the performance targets are about.
struct Measured {
    /// Fixed rate (open loop), or none for the closed loop.
    rate: Option<f64>,
    ratio: f64,
    p50_ms: f64,
    p99_ms: f64,
    bound_ms: f64,
    /// Errors other than the documented refusals after the deadline.
    errors: usize,
    rss_mib: f64,
    /// Round page, server-side p95 and p99, and client-side p99.
    page_ms: f64,
    page_p99_ms: f64,
    page_client_p99_ms: f64,
}

impl Measured {
    /// The writes' p99 ÷ the bound; 0 without a bound.
    fn p99_over_bound(&self) -> f64 {
        if self.bound_ms > 0.0 {
            self.p99_ms / self.bound_ms
        } else {
            0.0
        }
    }
}

fn met(ok: bool) -> &'static str {
    if ok { "met" } else { "MISSED" }
}

/// The target the run of its mode is judged by: a closed loop's p99 ÷ bound, a fixed rate of
/// 1,000 requests/s's round page p99.
fn judged(m: &Measured) -> String {
    match m.rate {
        None => {
            let over = m.p99_over_bound();
            format!(
                "judged against: p99 ÷ bound {over:.2}× (target ≤ {BOUND_TARGET}×): {}",
                met(m.bound_ms > 0.0 && over <= BOUND_TARGET)
            )
        }
        Some(rate) => {
            let figures = format!(
                "judged against: round page p99 {:.1} ms server-side ({:.1} ms client-side)",
                m.page_p99_ms, m.page_client_p99_ms
            );
            if (rate - PAGE_TARGET_RATE).abs() < 0.5 {
                format!(
                    "{figures} (target < {PAGE_P99_TARGET_MS} ms server-side at 1,000 requests/s): {}",
                    met(m.page_p99_ms < PAGE_P99_TARGET_MS)
                )
            } else {
                format!(
                    "{figures}: no target at {rate} requests/s (< {PAGE_P99_TARGET_MS} ms is set for 1,000 requests/s)"
                )
            }
        }
    }
}

/// The run against the performance targets of the deadline rush (set for a 2-core machine;
/// informational: only correctness decides the exit status).
fn targets(m: &Measured) -> String {
    let mut parts = Vec::new();
    let mut check = |target: &str, value: String, ok: bool| {
        parts.push(format!("{target}: {value} {}", met(ok)));
    };
    if m.rate.is_some() {
        check("p50 < 10 ms", format!("{:.1}", m.p50_ms), m.p50_ms < 10.0);
        check("p99 < 50 ms", format!("{:.1}", m.p99_ms), m.p99_ms < 50.0);
        check("no errors", m.errors.to_string(), m.errors == 0);
    } else {
        check(
            "writes ≥ 0.7× the storage limit",
            format!("{:.2}", m.ratio),
            m.ratio >= 0.7,
        );
        let over = m.p99_over_bound();
        check(
            &format!("p99 ≤ {BOUND_TARGET}× the bound"),
            format!("{over:.2}×"),
            m.bound_ms > 0.0 && over <= BOUND_TARGET,
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

pub(super) fn write_records(
    path: &std::path::Path,
    records: &[Record],
    start_ms: i64,
) -> anyhow::Result<()> {
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bench::Percentiles;

    #[test]
    fn the_run_is_held_against_the_targets_of_its_mode() {
        let closed = Measured {
            rate: None,
            ratio: 1.28,
            p50_ms: 44.9,
            p99_ms: 100.3,
            bound_ms: 46.7,
            errors: 0,
            rss_mib: 98.8,
            page_ms: 55.6,
            page_p99_ms: 70.1,
            page_client_p99_ms: 90.4,
        };
        let line = targets(&closed);
        assert!(line.contains("storage limit: 1.28 met"), "{line}");
        assert!(line.contains("p99 ≤ 2.5× the bound: 2.15× met"), "{line}");
        let slower = targets(&Measured {
            p99_ms: 120.0,
            ..closed
        });
        assert!(slower.contains("bound: 2.57× MISSED"), "{slower}");
        assert!(line.contains("RSS < 150 MB: 98.8 met"), "{line}");
        assert!(line.contains("(p95): 55.6 MISSED"), "{line}");
        let open = targets(&Measured {
            rate: Some(1_000.0),
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
    fn each_mode_is_judged_by_its_target() {
        let closed = Measured {
            rate: None,
            ratio: 1.0,
            p50_ms: 40.0,
            p99_ms: 110.0,
            bound_ms: 45.0,
            errors: 0,
            rss_mib: 60.0,
            page_ms: 30.0,
            page_p99_ms: 9.5,
            page_client_p99_ms: 14.2,
        };
        assert_eq!(
            judged(&closed),
            "judged against: p99 ÷ bound 2.44× (target ≤ 2.5×): met"
        );
        let over = judged(&Measured {
            p99_ms: 113.0,
            ..closed
        });
        assert!(over.ends_with("2.51× (target ≤ 2.5×): MISSED"), "{over}");
        assert!(
            judged(&Measured {
                bound_ms: 0.0,
                ..closed
            })
            .ends_with("MISSED")
        );
        let at_1000 = Measured {
            rate: Some(1_000.0),
            ..closed
        };
        assert_eq!(
            judged(&at_1000),
            "judged against: round page p99 9.5 ms server-side (14.2 ms client-side) (target < 10 ms server-side at 1,000 requests/s): met"
        );
        let slow_page = judged(&Measured {
            page_p99_ms: 10.0,
            ..at_1000
        });
        assert!(slow_page.ends_with("MISSED"), "{slow_page}");
        let at_500 = judged(&Measured {
            rate: Some(500.0),
            ..closed
        });
        assert!(at_500.contains("no target at 500 requests/s"), "{at_500}");
    }

    #[test]
    fn the_table_second_by_second_has_a_line_a_second() {
        let second = |at_s: i64, p99: f64, bound_ms: f64| Second {
            at_s,
            answered: 10,
            writes: Percentiles {
                count: 8,
                p50: p99 / 2.0,
                p95: p99,
                p99,
                max: p99,
            },
            bound_ms,
            after_deadline: at_s > 0,
        };
        let table = per_second_table(&[second(0, 30.0, 20.0), second(1, 10.0, 0.0)]);
        assert!(table.contains("p99/bound"), "{table}");
        assert_eq!(table.lines().count(), 4, "{table}");
        assert!(
            table.lines().nth(1).is_some_and(|l| l.ends_with("1.50")),
            "{table}"
        );
        assert!(
            table.lines().nth(2).is_some_and(|l| l.contains("1*")),
            "{table}"
        );
    }
}
