//! Reminders to the delegations that have not responded, at the offsets the round sets.

use std::collections::HashSet;

use jiff::Timestamp;
use sqlx::AnyConnection;

use super::{Addressee, MailKind, entry, put, recipients, round_facts};
use crate::app::{App, AppError, AppResult};
use crate::domain::ReminderOffsets;
use crate::i18n::Tr;
use crate::mail::messages;
use crate::store::outbox;
use crate::store::schedule;

/// Reminders due at `now` to the focal points of delegations that have not responded: for each,
/// the latest offset whose time has come (see `ReminderOffsets::due_at`), never after its
/// deadline. Returns how many messages were enqueued.
pub async fn enqueue_due_reminders(
    tx: &mut AnyConnection,
    app: &App,
    now: Timestamp,
    round_id: i64,
) -> AppResult<usize> {
    let (round, facts) = round_facts(tx, app, round_id).await?;
    let offsets = reminder_offsets(tx, round_id).await?;
    if offsets.offsets().is_empty() || round.schedule.cancelled_at.is_some() {
        return Ok(0);
    }
    let prefix = format!("reminder:{round_id}:");
    let existing: HashSet<String> = outbox::keys_with_prefix(tx, &prefix).await?;
    let mut count = 0;
    for (participant, focal_points) in recipients(tx, round_id, None).await? {
        if participant.responded {
            continue;
        }
        let deadline = round
            .schedule
            .window_closes_at(participant.individual_closes_at);
        let Some(offset) = offsets.due_at(now, round.schedule.opens_at, deadline) else {
            continue;
        };
        for fp in &focal_points {
            let tr = Tr::new(fp.language_or(round.language));
            let key = format!(
                "{prefix}{}:{}:{}",
                participant.delegation_id,
                offset.as_str(),
                fp.user_id
            );
            if existing.contains(&key) {
                continue;
            }
            let notice = messages::reminder(&tr, &facts, &participant.name, now, deadline);
            let mail = messages::render(&tr, &fp.email, &notice)?;
            let to = Addressee::focal_point(round_id, fp);
            let entry = entry(MailKind::Reminder, &key, &to, Some(deadline));
            count += usize::from(put(tx, app, now, entry, &mail).await?);
        }
    }
    Ok(count)
}

/// The reminder offsets of a round (a stored value the domain refuses counts as a data error).
pub async fn reminder_offsets(tx: &mut AnyConnection, round_id: i64) -> AppResult<ReminderOffsets> {
    let stored = schedule::reminders_before(tx, round_id)
        .await?
        .ok_or(AppError::NotFound)?;
    ReminderOffsets::parse(&stored).map_err(|_| {
        AppError::Store(crate::store::StoreError::Corrupt {
            column: "round.reminders_before",
            value: stored,
        })
    })
}
