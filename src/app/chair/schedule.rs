//! Changes of a round's schedule: extension (for everyone or one delegation), early close,
//! reopening, cancellation.

use serde_json::json;

use super::{require_staff, staff_round};
use crate::app::{App, AppError, AppResult, notify};
use crate::domain::schedule::{self, ScheduleChange};
use crate::domain::{Actor, Round};
use crate::i18n::Message;
use crate::store::round::{self as round_store, NewRoundEvent};
use crate::store::{audit, delegation as people};

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
        let reason = schedule::parse_reason(reason)
            .map_err(|e| AppError::invalid(e.field(), Message::new(e.message_id())))?;
        self.detached(move |app| async move {
            let mut tx = app.store().begin_write().await?;
            let now = app.now();
            let round = staff_round(&mut tx, &actor, round_id).await?;
            let individual = match (change, delegation_id) {
                (ScheduleChange::ExtendForDelegation { .. }, Some(id)) => {
                    people::participation(&mut tx, round_id, id)
                        .await?
                        .ok_or(AppError::NotFound)?
                        .individual_closes_at
                }
                (ScheduleChange::ExtendForDelegation { .. }, None) => {
                    return Err(AppError::invalid("delegation_id", Message::new("error-delegation-required")));
                }
                _ => None,
            };
            let outcome = schedule::apply(&round.schedule, individual, change, now)
                .map_err(|e| AppError::invalid(e.field(), Message::new(e.message_id())))?;
            let (old, new) = match change {
                ScheduleChange::ExtendForDelegation { new_closes_at } => {
                    let id = delegation_id.ok_or(AppError::NotFound)?;
                    people::set_individual_closes_at(&mut tx, round_id, id, new_closes_at).await?;
                    (Some(round.schedule.effective_closes_at(individual)), Some(new_closes_at))
                }
                ScheduleChange::Cancel => {
                    round_store::update_schedule(&mut tx, round_id, &outcome.schedule).await?;
                    (Some(round.schedule.closes_at), None)
                }
                _ => {
                    round_store::update_schedule(&mut tx, round_id, &outcome.schedule).await?;
                    (Some(round.schedule.closes_at), Some(outcome.schedule.closes_at))
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
                actor_user_id: actor.user_id,
                at: now,
            };
            let event_id = round_store::insert_round_event(&mut tx, &event).await?;
            audit::record(
                &mut tx,
                &audit::AuditEntry {
                    at: now,
                    actor_user_id: Some(actor.user_id),
                    delegation_id: event.delegation_id,
                    round_id: Some(round_id),
                    action: change.as_str(),
                    object_type: "round",
                    object_id: Some(round_id),
                    before: Some(json!({"closes_at": old.map(|t| t.to_string()), "cancelled_at": round.schedule.cancelled_at.map(|t| t.to_string())})),
                    after: Some(json!({"closes_at": new.map(|t| t.to_string()), "cancelled_at": outcome.schedule.cancelled_at.map(|t| t.to_string()), "reason": reason, "round_event_id": event_id})),
                },
            )
            .await?;
            // Tell the delegations, in the same transaction (the outbox sends it after commit).
            match change {
                ScheduleChange::Extend { new_closes_at } | ScheduleChange::ExtendForDelegation { new_closes_at } => {
                    let old = old.unwrap_or(round.schedule.closes_at);
                    notify::enqueue_extension(&mut tx, &app, now, round_id, event.delegation_id, old, new_closes_at, &reason)
                        .await?;
                }
                ScheduleChange::CloseEarly => {
                    notify::enqueue_early_close(&mut tx, &app, now, round_id, now, &reason).await?;
                }
                ScheduleChange::Reopen { new_closes_at } => {
                    notify::enqueue_reopening(&mut tx, &app, now, round_id, new_closes_at, &reason).await?;
                }
                ScheduleChange::Cancel => {
                    notify::enqueue_cancellation(&mut tx, &app, now, round_id, &reason).await?;
                }
            }
            let updated = round_store::get_round(&mut tx, round_id).await?.ok_or(AppError::NotFound)?;
            tx.commit().await?;
            // This instance's writes see the change at once; another instance's learn it from
            // its next read, and its writer's check decides meanwhile.
            app.inner.known_facts.learn_round(round_id, updated.schedule);
            app.wake_mail();
            app.wake_scheduler();
            Ok(updated)
        })
        .await
    }
}
