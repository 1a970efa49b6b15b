//! Changes of a round's schedule: extension (for everyone or one delegation), early close,
//! reopening, cancellation.

use serde_json::json;

use crate::app::notify::{self, Announcement};
use crate::app::staff::{StaffWrite, require_staff};
use crate::app::{App, AppError, AppResult, FieldError};
use crate::domain::schedule::{self, ScheduleChange};
use crate::domain::silence::SILENCE_KIND;
use crate::domain::{Actor, Round};
use crate::i18n::Message;
use crate::store::delegation as people;
use crate::store::round::{self as round_store, NewRoundEvent};
use crate::store::silence as silence_store;
use jiff::Timestamp;
use sqlx::AnyConnection;

impl App {
    /// Extends, closes early, reopens or cancels a round (or extends it for one delegation),
    /// with the Chair's reason, recorded and shown to delegations.
    pub async fn change_schedule(
        &self,
        actor: Actor,
        round_id: i64,
        change: ScheduleChange,
        delegation_id: Option<i64>,
        reason: &str,
    ) -> AppResult<Round> {
        require_staff(&actor)?;
        let reason = match schedule::parse_reason(reason) {
            Ok(reason) => reason,
            Err(e) => {
                // Every problem of the form at once: what the rules would say of the change
                // itself, judged on the schedule as it reads now, joins the reason's.
                let mut errors = vec![FieldError::new(e.field(), e.message_id())];
                let (mut conn, round) = self.staff_read(&actor, round_id).await?;
                let judged = judge_change(&mut conn, &round, change, delegation_id, self.now());
                if let Err(AppError::Invalid(more)) = judged.await {
                    errors.extend(more);
                }
                return Err(AppError::Invalid(errors));
            }
        };
        self.staff_write_then(
            &actor,
            round_id,
            move |w| Box::pin(write_change(w, change, delegation_id, reason)),
            move |app, updated: &Round| {
                // This instance's writes see the change at once; another instance's learn it from
                // its next read, and its writer's check decides meanwhile.
                app.inner
                    .known_facts
                    .learn_round(round_id, updated.schedule);
                app.wake_mail();
            },
        )
        .await
    }
}

/// Applies a schedule change inside the staff write, records it as a round event and in the
/// audit trail, and puts the delegations' notice into the outbox.
async fn write_change(
    w: &mut StaffWrite,
    change: ScheduleChange,
    delegation_id: Option<i64>,
    reason: String,
) -> AppResult<Round> {
    let round_id = w.round.round_id;
    let now = w.now;
    // The schedule as it was before this change.
    let before = w.round.schedule;
    if w.round.kind == SILENCE_KIND {
        // The round's turn, which the decision at the deadline takes too: the result is either
        // recorded before this check reads it, or decided after this change commits.
        silence_store::take_round_turn(&mut w.tx, round_id).await?;
        let decided = silence_store::decision(&mut w.tx, round_id)
            .await?
            .is_some();
        schedule::check_silence_change(&before, now, decided).map_err(schedule_refusal)?;
        schedule::check_silence_change_kind(&change).map_err(schedule_refusal)?;
    }
    let (individual, outcome) =
        judge_change(&mut w.tx, &w.round, change, delegation_id, now).await?;
    // The individual extensions a closing ends, as they stood (for its notice and log).
    let mut ended = Vec::new();
    let (old, new) = match change {
        ScheduleChange::ExtendForDelegation { new_closes_at } => {
            let id = delegation_id.ok_or(AppError::NotFound)?;
            people::set_individual_closes_at(&mut w.tx, round_id, id, new_closes_at).await?;
            (
                Some(before.window_closes_at(individual)),
                Some(new_closes_at),
            )
        }
        ScheduleChange::CloseEarly => {
            ended = people::individual_windows_open(&mut w.tx, round_id, now).await?;
            round_store::update_schedule(&mut w.tx, round_id, &outcome.schedule).await?;
            if outcome.ends_individual_windows {
                people::end_individual_windows(&mut w.tx, round_id, now).await?;
            }
            (Some(before.last_closes_at), Some(now))
        }
        ScheduleChange::Cancel => {
            round_store::update_schedule(&mut w.tx, round_id, &outcome.schedule).await?;
            (Some(before.closes_at), None)
        }
        _ => {
            round_store::update_schedule(&mut w.tx, round_id, &outcome.schedule).await?;
            (Some(before.closes_at), Some(outcome.schedule.closes_at))
        }
    };
    let event = NewRoundEvent {
        round_id,
        kind: change.as_str(),
        delegation_id: match change {
            ScheduleChange::ExtendForDelegation { .. } => delegation_id,
            _ => None,
        },
        old_closes_at: old,
        new_closes_at: new,
        reason: &reason,
        actor_user_id: w.actor.user_id,
        at: now,
    };
    let event_id = round_store::insert_round_event(&mut w.tx, &event).await?;
    w.announce_schedule_change().await?;
    let before_json = json!({
        "closes_at": old.map(|t| t.to_string()),
        "cancelled_at": before.cancelled_at.map(|t| t.to_string()),
    });
    let after_json = json!({
        "closes_at": new.map(|t| t.to_string()),
        "cancelled_at": outcome.schedule.cancelled_at.map(|t| t.to_string()),
        "reason": reason,
        "round_event_id": event_id,
        "ended_extensions": ended.iter().map(|e| json!({
            "delegation_id": e.delegation_id,
            "delegation": e.name,
            "closes_at": e.closes_at.to_string(),
        })).collect::<Vec<_>>(),
    });
    w.audit_for(
        event.delegation_id,
        change.as_str(),
        ("round", Some(round_id)),
        (Some(before_json), Some(after_json)),
    )
    .await?;
    // Tell the delegations, in the same transaction (the outbox sends it after commit).
    let reason = reason.as_str();
    let announcement = match change {
        ScheduleChange::Extend { new_closes_at }
        | ScheduleChange::ExtendForDelegation { new_closes_at } => Announcement::Extension {
            delegation_id: event.delegation_id,
            old: old.unwrap_or(before.closes_at),
            new: new_closes_at,
            reason,
        },
        ScheduleChange::CloseEarly => Announcement::EarlyClose {
            closed_at: now,
            // Everyone's window was open unless the round's own deadline had passed.
            everyone: now < before.closes_at,
            ended: &ended,
            reason,
        },
        ScheduleChange::Reopen { new_closes_at } => Announcement::Reopening {
            new_deadline: new_closes_at,
            reason,
        },
        ScheduleChange::Cancel => Announcement::Cancellation { reason },
    };
    notify::announce(&mut w.tx, &w.app, now, round_id, announcement).await?;
    round_store::get_round(&mut w.tx, round_id)
        .await?
        .ok_or(AppError::NotFound)
}

/// What `change` does to `round`'s schedule at `now` by the rules, with the delegation's
/// individual deadline before it (an extension for one delegation), or why it is refused.
async fn judge_change(
    conn: &mut AnyConnection,
    round: &Round,
    change: ScheduleChange,
    delegation_id: Option<i64>,
    now: Timestamp,
) -> AppResult<(Option<Timestamp>, schedule::ScheduleOutcome)> {
    let individual = match (change, delegation_id) {
        (ScheduleChange::ExtendForDelegation { .. }, Some(id)) => {
            people::participation(conn, round.round_id, id)
                .await?
                .ok_or(AppError::NotFound)?
                .individual_closes_at
        }
        (ScheduleChange::ExtendForDelegation { .. }, None) => {
            return Err(AppError::invalid(
                "delegation_id",
                Message::new("error-delegation-required"),
            ));
        }
        _ => None,
    };
    let published = crate::store::outcome::is_published(conn, round.round_id).await?;
    let outcome = schedule::apply(&round.schedule, individual, change, now, published)
        .map_err(schedule_refusal)?;
    Ok((individual, outcome))
}

/// A schedule change the rules refuse: an input error, or the outcome being published (which only
/// a reopening gets past).
fn schedule_refusal(e: schedule::ScheduleError) -> AppError {
    let message = Message::new(e.message_id());
    match e {
        schedule::ScheduleError::OutcomePublished => AppError::Refused {
            code: "outcome_published",
            message,
        },
        schedule::ScheduleError::SilenceEnded => AppError::Refused {
            code: "silence_ended",
            message,
        },
        schedule::ScheduleError::SilenceRunsItsPeriod => AppError::Refused {
            code: "silence_runs_its_period",
            message,
        },
        _ => AppError::invalid(e.field(), message),
    }
}
