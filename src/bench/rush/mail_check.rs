//! The mail check: after the rush, every job of the servers' outbox done once, compared with the
//! messages the file transport wrote.

use std::collections::{HashMap, HashSet};
use std::time::{Duration, Instant};

use super::record::{Op, Outcome, Record};
use crate::bench::smtp_sink::ParsedMail;
use crate::store::{PoolSettings, Store};

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

    pub(super) fn summary(&self) -> String {
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
pub(super) async fn check_mail(
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

/// The `Message-ID` of a message as the outbox stores it (in angle brackets; the parsed
/// message gives it without).
fn message_id_header(message: &[u8]) -> Option<String> {
    let parsed = ParsedMail::parse(message)?;
    (!parsed.message_id.is_empty()).then(|| format!("<{}>", parsed.message_id))
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
        if kind == crate::app::notify::MailKind::Receipt.as_str() {
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

#[cfg(test)]
mod tests {
    use super::*;

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
}
