//! Owns the scheduler's work on the rounds, as one use case: opening scheduled rounds at
//! `opens_at` (invitations), enqueuing due reminders and the daily digests while a round is
//! open, and closing rounds after their deadline (closing confirmations, per delegation at its
//! own deadline; for a silence round, its result, decided by `app::silence`). The deadline itself is enforced on every write; this work only announces.
//!
//! One round's work is one transaction. On PostgreSQL an advisory lock per round makes the
//! passes of several instances skip each other, and dedupe keys make any overlap harmless. A
//! pass says when the next is due; when to run it (sleeping, being woken) is `jobs::scheduler`'s
//! business.

use jiff::{SignedDuration, Timestamp};
use serde_json::json;
use sqlx::AnyConnection;

use super::{App, AppResult, notify, venue_zone};
use crate::domain::silence::SILENCE_KIND;
use crate::store::Tx;
use crate::store::audit::{self, AuditEntry};
use crate::store::outbox;
use crate::store::round as round_store;
use crate::store::schedule::{self, PendingRound};

/// What a pass did, and when the next one is due.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct TickReport {
    pub opened: usize,
    pub invitations: usize,
    pub reminders: usize,
    pub digests: usize,
    pub confirmations: usize,
    pub closed: usize,
    /// Silence rounds whose result this pass decided.
    pub silence_results: usize,
    /// Rounds skipped because another instance was working on them at that moment.
    pub skipped: usize,
    pub next_due: Option<Timestamp>,
}

fn earliest(a: Option<Timestamp>, b: Option<Timestamp>) -> Option<Timestamp> {
    match (a, b) {
        (Some(x), Some(y)) => Some(x.min(y)),
        (x, None) => x,
        (None, y) => y,
    }
}

impl App {
    /// One pass over every round with work left, each round in its own transaction. Safe to
    /// run at any time, as often as wanted.
    pub async fn schedule_tick(&self) -> AppResult<TickReport> {
        let rounds = {
            let mut conn = self.store().read().await?;
            schedule::pending_rounds(&mut conn).await?
        };
        let mut report = TickReport::default();
        for round in rounds {
            tick_round(self, &round, &mut report).await?;
        }
        tracing::debug!(?report, "scheduler pass");
        if report.invitations + report.reminders + report.digests + report.confirmations > 0 {
            self.wake_mail();
        }
        Ok(report)
    }
}

async fn tick_round(app: &App, pending: &PendingRound, report: &mut TickReport) -> AppResult<()> {
    let round_id = pending.round_id;
    let mut tx = app.store().begin_write().await?;
    if !schedule::try_round_lock(&mut tx, app.store().backend(), round_id).await? {
        // Another instance is on it right now; look again soon.
        report.skipped += 1;
        report.next_due = earliest(
            report.next_due,
            Some(app.now() + SignedDuration::from_secs(5)),
        );
        return Ok(());
    }
    let now = app.now();
    let Some(round) = round_store::get_round(&mut tx, round_id).await? else {
        return Ok(());
    };
    if round.schedule.cancelled_at.is_some() {
        return Ok(());
    }
    let schedule_now = round.schedule;
    if now < schedule_now.opens_at {
        report.next_due = earliest(report.next_due, Some(schedule_now.opens_at));
        return Ok(());
    }
    if pending.opened_notice_at.is_none() && schedule::mark_opened(&mut tx, round_id, now).await? {
        let invitations = notify::enqueue_invitations(&mut tx, app, now, round_id).await?;
        let after = json!({ "invitations": invitations });
        record_round(&mut tx, now, round_id, "round_opened", after).await?;
        report.opened += 1;
        report.invitations += invitations;
    }

    let reminders = notify::enqueue_due_reminders(&mut tx, app, now, round_id).await?;
    if reminders > 0 {
        let after = json!({ "reminders": reminders });
        record_round(&mut tx, now, round_id, "reminders_enqueued", after).await?;
        report.reminders += reminders;
    }

    if now < schedule_now.closes_at {
        report.digests += digests(app, &mut tx, now, round_id, &round.venue_tz).await?;
    }

    // A silence round's closing is its result, decided once the last window has closed; a
    // comment round's is each delegation's confirmation of what it submitted.
    let (confirmations, all_closed) = if round.kind == SILENCE_KIND {
        let (decided, closed) = super::silence::decide_when_closed(&mut tx, app, round_id).await?;
        let mails = decided.map_or(0, |(_, mails)| mails);
        report.silence_results += usize::from(decided.is_some());
        (mails, closed)
    } else {
        notify::enqueue_closing_confirmations(&mut tx, app, now, round_id).await?
    };
    report.confirmations += confirmations;
    let closing = if all_closed {
        schedule::mark_closed(&mut tx, round_id, now).await?;
        Some("round_closed")
    } else {
        (confirmations > 0).then_some("closing_confirmations_enqueued")
    };
    if let Some(action) = closing {
        let after = json!({ "closing_confirmations": confirmations });
        record_round(&mut tx, now, round_id, action, after).await?;
    }
    report.closed += usize::from(all_closed);

    let next = next_due_of_round(&mut tx, now, round_id, &round.venue_tz).await?;
    report.next_due = earliest(report.next_due, next);
    tx.commit().await?;
    Ok(())
}

/// The digest of yesterday (venue time), once the venue's day has turned.
async fn digests(
    app: &App,
    tx: &mut AnyConnection,
    now: Timestamp,
    round_id: i64,
    venue_tz: &str,
) -> AppResult<usize> {
    let venue = venue_zone(venue_tz)?;
    let today = now.to_zoned_datetime(venue.tz().clone());
    let Ok(today_start) = today.start_of_day() else {
        return Ok(0);
    };
    let Ok(yesterday_start) = today_start.yesterday().and_then(|y| y.start_of_day()) else {
        return Ok(0);
    };
    let date = yesterday_start.date();
    let prefix = format!("digest:{round_id}:");
    let existing = outbox::keys_with_prefix(tx, &prefix).await?;
    let marker = format!(":{date}:");
    if existing.iter().any(|k| k.contains(&marker)) {
        return Ok(0);
    }
    notify::enqueue_digests(
        tx,
        app,
        now,
        round_id,
        yesterday_start.timestamp(),
        today_start.timestamp(),
        date,
    )
    .await
}

/// When this round next needs the scheduler: a reminder, a deadline, the venue's next midnight.
async fn next_due_of_round(
    tx: &mut AnyConnection,
    now: Timestamp,
    round_id: i64,
    venue_tz: &str,
) -> AppResult<Option<Timestamp>> {
    let Some(round) = round_store::get_round(tx, round_id).await? else {
        return Ok(None);
    };
    let offsets = notify::reminder_offsets(tx, round_id).await?;
    let mut next = None;
    for p in schedule::participants(tx, round_id, None).await? {
        let deadline = round.schedule.window_closes_at(p.individual_closes_at);
        if deadline > now {
            next = earliest(next, Some(deadline));
            if !p.responded {
                next = earliest(
                    next,
                    offsets.next_after(now, round.schedule.opens_at, deadline),
                );
            }
        }
    }
    if now < round.schedule.closes_at {
        let venue = venue_zone(venue_tz)?;
        if let Ok(tomorrow) = now
            .to_zoned_datetime(venue.tz().clone())
            .tomorrow()
            .and_then(|t| t.start_of_day())
        {
            next = earliest(next, Some(tomorrow.timestamp()));
        }
    }
    Ok(next)
}

/// Records what the scheduler did to a round (nobody's action) in its audit trail.
async fn record_round(
    tx: &mut Tx,
    now: Timestamp,
    round_id: i64,
    action: &str,
    after: serde_json::Value,
) -> AppResult<()> {
    let entry = AuditEntry::new(now, action, ("round", Some(round_id)))
        .in_round(round_id)
        .change(None, Some(after));
    audit::record(tx, &entry).await?;
    Ok(())
}
