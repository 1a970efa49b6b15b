//! Notices of the Chair's actions on a round to its delegations: an extension, an early
//! close, a reopening, a cancellation, the outcome's publication.

use jiff::Timestamp;
use sqlx::AnyConnection;

use super::{deadline_calendar, kind, to_everyone};
use crate::app::{App, AppResult};
use crate::domain::Round;
use crate::i18n::Tr;
use crate::mail::calendar::DeadlineEvent;
use crate::mail::messages::{self, DeadlineCalendar, RoundFacts};
use crate::store::outbox;
use crate::store::schedule::Participant;

/// A delegation's deadline after a change of the round's schedule, as its calendar event.
fn moved_deadline(
    tr: &Tr,
    calendar: &DeadlineCalendar,
    round: &Round,
    facts: &RoundFacts,
    participant: &Participant,
    cancelled: bool,
) -> DeadlineEvent {
    let deadline = round
        .schedule
        .effective_closes_at(participant.individual_closes_at);
    facts.deadline_event(tr, calendar, deadline, cancelled)
}

/// Notice of an extension of the deadline from `old` to `new`: to everyone when `delegation_id`
/// is `None`, else to that delegation only. Call it in the extension's transaction.
#[allow(clippy::too_many_arguments)]
pub async fn enqueue_extension(
    tx: &mut AnyConnection,
    app: &App,
    now: Timestamp,
    round_id: i64,
    delegation_id: Option<i64>,
    old: Timestamp,
    new: Timestamp,
    reason: &str,
) -> AppResult<usize> {
    let scope = delegation_id.map_or("all".to_string(), |d| d.to_string());
    let new_ms = new.as_millisecond();
    let calendar = deadline_calendar(tx, app, now, round_id).await?;
    to_everyone(
        tx,
        app,
        now,
        round_id,
        delegation_id,
        kind::EXTENSION,
        |fp| format!("extension:{round_id}:{scope}:{new_ms}:{}", fp.user_id),
        |tr, round, facts, p| {
            messages::extension(
                tr,
                facts,
                &p.name,
                delegation_id.is_some(),
                old,
                new,
                reason,
            )
            .with_calendar_update(tr, moved_deadline(tr, &calendar, round, facts, p, false))
        },
    )
    .await
}

/// Drops the invitations, reminders and digests of a round still waiting in the outbox.
async fn drop_announcements(tx: &mut AnyConnection, round_id: i64, reason: &str) -> AppResult<()> {
    let kinds = [kind::REMINDER, kind::DIGEST, kind::INVITATION];
    outbox::drop_waiting(tx, round_id, &kinds, reason).await?;
    Ok(())
}

/// Notice that the Chair closed the round early at `closed_at`; reminders and digests still
/// waiting in the outbox are dropped. Call it in the closing's transaction.
pub async fn enqueue_early_close(
    tx: &mut AnyConnection,
    app: &App,
    now: Timestamp,
    round_id: i64,
    closed_at: Timestamp,
    reason: &str,
) -> AppResult<usize> {
    drop_announcements(tx, round_id, "not sent: the round was closed early").await?;
    let closed_ms = closed_at.as_millisecond();
    let calendar = deadline_calendar(tx, app, now, round_id).await?;
    to_everyone(
        tx,
        app,
        now,
        round_id,
        None,
        kind::EARLY_CLOSE,
        |fp| format!("early-close:{round_id}:{closed_ms}:{}", fp.user_id),
        |tr, round, facts, p| {
            messages::early_close(tr, facts, &p.name, closed_at, reason)
                .with_calendar_update(tr, moved_deadline(tr, &calendar, round, facts, p, false))
        },
    )
    .await
}

/// Notice that the Chair reopened the round until `new_deadline`. Call it in the reopening's
/// transaction. (The scheduler sends closing confirmations again at the new deadline.)
pub async fn enqueue_reopening(
    tx: &mut AnyConnection,
    app: &App,
    now: Timestamp,
    round_id: i64,
    new_deadline: Timestamp,
    reason: &str,
) -> AppResult<usize> {
    let new_ms = new_deadline.as_millisecond();
    let calendar = deadline_calendar(tx, app, now, round_id).await?;
    to_everyone(
        tx,
        app,
        now,
        round_id,
        None,
        kind::REOPEN,
        |fp| format!("reopen:{round_id}:{new_ms}:{}", fp.user_id),
        |tr, round, facts, p| {
            messages::reopening(tr, facts, &p.name, new_deadline, reason)
                .with_calendar_update(tr, moved_deadline(tr, &calendar, round, facts, p, false))
        },
    )
    .await
}

/// Notice that the Chair cancelled the round; invitations, reminders and digests still waiting
/// are dropped. Call it in the cancellation's transaction.
pub async fn enqueue_cancellation(
    tx: &mut AnyConnection,
    app: &App,
    now: Timestamp,
    round_id: i64,
    reason: &str,
) -> AppResult<usize> {
    drop_announcements(tx, round_id, "not sent: the round was cancelled").await?;
    let calendar = deadline_calendar(tx, app, now, round_id).await?;
    to_everyone(
        tx,
        app,
        now,
        round_id,
        None,
        kind::CANCEL,
        |fp| format!("cancel:{round_id}:{}", fp.user_id),
        |tr, round, facts, p| {
            messages::cancellation(tr, facts, &p.name, reason)
                .with_calendar_update(tr, moved_deadline(tr, &calendar, round, facts, p, true))
        },
    )
    .await
}

/// Notice that the outcome of the round is published at `outcome_url`. `publication` names
/// this publication (e.g. the outcome's id or version), so that a later re-publication is
/// announced again while a repeated call is not. Call it in the publication's transaction.
pub async fn enqueue_outcome_published(
    tx: &mut AnyConnection,
    app: &App,
    now: Timestamp,
    round_id: i64,
    publication: i64,
    outcome_url: &str,
) -> AppResult<usize> {
    to_everyone(
        tx,
        app,
        now,
        round_id,
        None,
        kind::OUTCOME,
        |fp| format!("outcome:{round_id}:{publication}:{}", fp.user_id),
        |tr, _, facts, p| messages::outcome(tr, facts, &p.name, outcome_url),
    )
    .await
}
