//! Owns the Chair's changes to a round's schedule: extending the deadline (for everyone or for
//! one delegation), closing early, reopening and cancelling — which are allowed when, and what
//! the schedule becomes. Every change needs a stated reason, which is logged and shown to the
//! delegations.

use jiff::Timestamp;

use crate::domain::{RoundSchedule, RoundState};

/// The longest reason the Chair may give, in characters.
pub const MAX_REASON_CHARS: usize = 2_000;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ScheduleChange {
    /// A later deadline for everyone, while the round has not closed.
    Extend { new_closes_at: Timestamp },
    /// A later deadline for one delegation (possible after closing: late submissions).
    ExtendForDelegation { new_closes_at: Timestamp },
    /// Close now, before the deadline.
    CloseEarly,
    /// Open a closed round again until a new deadline.
    Reopen { new_closes_at: Timestamp },
    /// Cancel the round; nothing more can be written.
    Cancel,
}

impl ScheduleChange {
    /// The name of the change in the audit trail and the round's history.
    pub fn as_str(&self) -> &'static str {
        match self {
            ScheduleChange::Extend { .. } => "extended",
            ScheduleChange::ExtendForDelegation { .. } => "extended_for_delegation",
            ScheduleChange::CloseEarly => "closed_early",
            ScheduleChange::Reopen { .. } => "reopened",
            ScheduleChange::Cancel => "cancelled",
        }
    }
}

/// What a change does: the round's new schedule, and the delegation's new deadline if any.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ScheduleOutcome {
    pub schedule: RoundSchedule,
    pub individual_closes_at: Option<Timestamp>,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ScheduleError {
    #[error("Give a reason for this change")]
    ReasonRequired,
    #[error("The reason must be {MAX_REASON_CHARS} characters or fewer")]
    ReasonTooLong,
    #[error("The new deadline must be in the future")]
    InThePast,
    #[error("The new deadline must be later than the current one")]
    NotLater,
    #[error("The round has closed: reopen it instead")]
    AlreadyClosed,
    #[error("Only a closed round can be reopened")]
    NotClosed,
    #[error("Only an open round can be closed early")]
    NotOpen,
    #[error("The round has been cancelled; its schedule can no longer change")]
    Cancelled,
}

impl ScheduleError {
    pub fn message_id(&self) -> &'static str {
        match self {
            ScheduleError::ReasonRequired => "error-schedule-reason-required",
            ScheduleError::ReasonTooLong => "error-schedule-reason-too-long",
            ScheduleError::InThePast => "error-schedule-in-the-past",
            ScheduleError::NotLater => "error-schedule-not-later",
            ScheduleError::AlreadyClosed => "error-schedule-already-closed",
            ScheduleError::NotClosed => "error-schedule-not-closed",
            ScheduleError::NotOpen => "error-schedule-not-open",
            ScheduleError::Cancelled => "error-schedule-cancelled",
        }
    }

    /// The form field the problem belongs to.
    pub fn field(&self) -> &'static str {
        match self {
            ScheduleError::ReasonRequired | ScheduleError::ReasonTooLong => "reason",
            ScheduleError::InThePast | ScheduleError::NotLater => "closes_at",
            _ => "action",
        }
    }
}

/// Checks the reason the Chair gives: trimmed, not empty, not over-long.
pub fn parse_reason(reason: &str) -> Result<String, ScheduleError> {
    let reason = reason.trim();
    if reason.is_empty() {
        return Err(ScheduleError::ReasonRequired);
    }
    if reason.chars().count() > MAX_REASON_CHARS {
        return Err(ScheduleError::ReasonTooLong);
    }
    Ok(reason.to_string())
}

/// Applies `change` to a round's schedule at `now`; `individual` is the delegation's current
/// individual deadline (only for [`ScheduleChange::ExtendForDelegation`]).
pub fn apply(
    schedule: &RoundSchedule,
    individual: Option<Timestamp>,
    change: ScheduleChange,
    now: Timestamp,
) -> Result<ScheduleOutcome, ScheduleError> {
    let state = schedule.state_at(now);
    if state == RoundState::Cancelled {
        return Err(ScheduleError::Cancelled);
    }
    let mut next = *schedule;
    let mut next_individual = individual;
    match change {
        ScheduleChange::Extend { new_closes_at } => {
            if state == RoundState::Closed {
                return Err(ScheduleError::AlreadyClosed);
            }
            later_than(new_closes_at, now, schedule.closes_at)?;
            next.closes_at = new_closes_at;
        }
        ScheduleChange::ExtendForDelegation { new_closes_at } => {
            later_than(new_closes_at, now, schedule.effective_closes_at(individual))?;
            next_individual = Some(new_closes_at);
        }
        ScheduleChange::CloseEarly => {
            if state != RoundState::Open {
                return Err(ScheduleError::NotOpen);
            }
            next.closes_at = now;
        }
        ScheduleChange::Reopen { new_closes_at } => {
            if state != RoundState::Closed {
                return Err(ScheduleError::NotClosed);
            }
            later_than(new_closes_at, now, now)?;
            next.closes_at = new_closes_at;
        }
        ScheduleChange::Cancel => {
            next.cancelled_at = Some(now);
        }
    }
    Ok(ScheduleOutcome {
        schedule: next,
        individual_closes_at: next_individual,
    })
}

fn later_than(new: Timestamp, now: Timestamp, current: Timestamp) -> Result<(), ScheduleError> {
    if new <= now {
        return Err(ScheduleError::InThePast);
    }
    if new <= current {
        return Err(ScheduleError::NotLater);
    }
    Ok(())
}

/// A change of a round's schedule as recorded: the round's history, shown to staff and to the
/// delegations. Who sees it is a rule ([`RoundEvent::is_seen_by`]), so it is a domain value that
/// the store builds straight from its row.
#[derive(Debug, Clone)]
pub struct RoundEvent {
    /// The change, as [`ScheduleChange::as_str`] names it.
    pub kind: String,
    /// The delegation of an individual extension; `None` for a change for everyone.
    pub delegation_id: Option<i64>,
    pub delegation_name: Option<String>,
    pub old_closes_at: Option<Timestamp>,
    pub new_closes_at: Option<Timestamp>,
    pub reason: String,
    pub actor_email: String,
    pub actor_name: String,
    pub at: Timestamp,
}

impl RoundEvent {
    /// Whether the delegation `delegation_id` sees this change: every delegation sees the
    /// changes for everyone, and only its own individual extensions.
    pub fn is_seen_by(&self, delegation_id: i64) -> bool {
        self.delegation_id.is_none_or(|own| own == delegation_id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_delegation_sees_changes_for_everyone_and_its_own_extensions() {
        let event = |delegation_id| RoundEvent {
            kind: "extended".into(),
            delegation_id,
            delegation_name: None,
            old_closes_at: None,
            new_closes_at: None,
            reason: String::new(),
            actor_email: String::new(),
            actor_name: String::new(),
            at: Timestamp::UNIX_EPOCH,
        };
        assert!(event(None).is_seen_by(7));
        assert!(event(Some(7)).is_seen_by(7));
        assert!(!event(Some(8)).is_seen_by(7));
    }
    use jiff::SignedDuration;

    fn at(s: &str) -> Timestamp {
        s.parse().expect("timestamp")
    }

    fn schedule() -> RoundSchedule {
        RoundSchedule {
            opens_at: at("2020-09-20T08:00:00Z"),
            closes_at: at("2020-10-02T16:00:00Z"),
            cancelled_at: None,
        }
    }

    /// `change` applied at `now` to [`schedule`], for everyone.
    fn apply_to_schedule(
        change: ScheduleChange,
        now: Timestamp,
    ) -> Result<ScheduleOutcome, ScheduleError> {
        apply(&schedule(), None, change, now)
    }

    #[test]
    fn extension_moves_the_deadline_for_everyone() {
        let now = at("2020-10-01T12:00:00Z");
        let new = at("2020-10-09T16:00:00Z");
        let out =
            apply_to_schedule(ScheduleChange::Extend { new_closes_at: new }, now).expect("ok");
        assert_eq!(out.schedule.closes_at, new);
        assert_eq!(out.schedule.opens_at, schedule().opens_at);
    }

    #[test]
    fn extension_cannot_go_into_the_past_or_backwards() {
        let now = at("2020-10-01T12:00:00Z");
        let past = now - SignedDuration::from_secs(1);
        assert_eq!(
            apply_to_schedule(
                ScheduleChange::Extend {
                    new_closes_at: past
                },
                now
            ),
            Err(ScheduleError::InThePast)
        );
        assert_eq!(
            apply_to_schedule(ScheduleChange::Extend { new_closes_at: now }, now),
            Err(ScheduleError::InThePast)
        );
        let earlier = at("2020-10-02T10:00:00Z");
        assert_eq!(
            apply_to_schedule(
                ScheduleChange::Extend {
                    new_closes_at: earlier
                },
                now
            ),
            Err(ScheduleError::NotLater)
        );
    }

    #[test]
    fn a_closed_round_is_reopened_not_extended() {
        let now = at("2020-10-03T12:00:00Z");
        let new = at("2020-10-09T16:00:00Z");
        assert_eq!(
            apply_to_schedule(ScheduleChange::Extend { new_closes_at: new }, now),
            Err(ScheduleError::AlreadyClosed)
        );
        let out =
            apply_to_schedule(ScheduleChange::Reopen { new_closes_at: new }, now).expect("ok");
        assert_eq!(out.schedule.state_at(now), RoundState::Open);
        let open_now = at("2020-10-01T12:00:00Z");
        assert_eq!(
            apply_to_schedule(ScheduleChange::Reopen { new_closes_at: new }, open_now),
            Err(ScheduleError::NotClosed)
        );
    }

    #[test]
    fn individual_extension_works_after_closing_and_only_forwards() {
        let now = at("2020-10-03T12:00:00Z");
        let new = at("2020-10-05T16:00:00Z");
        let out = apply_to_schedule(
            ScheduleChange::ExtendForDelegation { new_closes_at: new },
            now,
        )
        .expect("ok");
        assert_eq!(out.individual_closes_at, Some(new));
        assert_eq!(out.schedule, schedule(), "the round itself does not change");
        assert!(
            out.schedule
                .check_write(now, out.individual_closes_at)
                .is_ok()
        );
        let shorter = at("2020-10-04T16:00:00Z");
        assert_eq!(
            apply(
                &schedule(),
                Some(new),
                ScheduleChange::ExtendForDelegation {
                    new_closes_at: shorter
                },
                now
            ),
            Err(ScheduleError::NotLater)
        );
    }

    #[test]
    fn closing_early_is_for_open_rounds_and_closes_now() {
        let now = at("2020-10-01T12:00:00Z");
        let out = apply_to_schedule(ScheduleChange::CloseEarly, now).expect("ok");
        assert_eq!(out.schedule.state_at(now), RoundState::Closed);
        assert!(out.schedule.check_write(now, None).is_err());
        let before_opening = at("2020-09-01T12:00:00Z");
        assert_eq!(
            apply_to_schedule(ScheduleChange::CloseEarly, before_opening),
            Err(ScheduleError::NotOpen)
        );
    }

    #[test]
    fn a_cancelled_round_stays_cancelled() {
        let now = at("2020-10-01T12:00:00Z");
        let out = apply_to_schedule(ScheduleChange::Cancel, now).expect("ok");
        assert_eq!(out.schedule.state_at(now), RoundState::Cancelled);
        let later = at("2020-10-09T16:00:00Z");
        assert_eq!(
            apply(
                &out.schedule,
                None,
                ScheduleChange::Reopen {
                    new_closes_at: later
                },
                now
            ),
            Err(ScheduleError::Cancelled)
        );
    }

    #[test]
    fn a_reason_is_required_and_bounded() {
        assert_eq!(parse_reason("  "), Err(ScheduleError::ReasonRequired));
        assert_eq!(
            parse_reason(&"x".repeat(MAX_REASON_CHARS + 1)),
            Err(ScheduleError::ReasonTooLong)
        );
        assert_eq!(
            parse_reason(" Agreed by the Working Group. "),
            Ok("Agreed by the Working Group.".to_string())
        );
    }
}
