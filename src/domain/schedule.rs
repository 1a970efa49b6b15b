//! Owns the Chair's changes to a round's schedule: extending the deadline (for everyone or for
//! one delegation), closing early, reopening and cancelling — which are allowed when, and what
//! the schedule becomes, by the deadline rule of `domain::round`: closing early ends every
//! window, individual ones included; once the outcome is published no window opens except
//! through a reopening. Every change needs a stated reason, which is logged and shown to the
//! delegations.

use jiff::Timestamp;

use crate::domain::{RoundSchedule, RoundState};

/// The longest reason the Chair may give, in characters.
pub const MAX_REASON_CHARS: usize = 2_000;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ScheduleChange {
    /// A later deadline for everyone, while the round has not closed.
    Extend { new_closes_at: Timestamp },
    /// A later deadline for one delegation (possible after closing: late submissions; not
    /// once the outcome is published and every window has closed).
    ExtendForDelegation { new_closes_at: Timestamp },
    /// Close every open window now, individual ones included.
    CloseEarly,
    /// Open the round again, for everyone, until a new deadline, once its own deadline has
    /// passed (even after publication: consolidation waits again).
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
    /// Every delegation's individual deadline ends with this change (closing early).
    pub ends_individual_windows: bool,
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
    #[error("The outcome is published: reopen the round to let delegations write again")]
    OutcomePublished,
    #[error("The silence procedure has ended and its result is final: start a new round from it")]
    SilenceEnded,
    #[error("A silence procedure runs until its deadline: it cannot be closed early")]
    SilenceRunsItsPeriod,
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
            ScheduleError::OutcomePublished => "error-schedule-outcome-published",
            ScheduleError::SilenceEnded => "error-schedule-silence-ended",
            ScheduleError::SilenceRunsItsPeriod => "error-schedule-silence-runs-its-period",
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
/// individual deadline (only for [`ScheduleChange::ExtendForDelegation`]), `outcome_published`
/// whether an outcome of the round has been published.
pub fn apply(
    schedule: &RoundSchedule,
    individual: Option<Timestamp>,
    change: ScheduleChange,
    now: Timestamp,
    outcome_published: bool,
) -> Result<ScheduleOutcome, ScheduleError> {
    let state = schedule.state_at(now);
    if state == RoundState::Cancelled {
        return Err(ScheduleError::Cancelled);
    }
    // Whether the round's own deadline has passed (the window of every delegation without an
    // individual deadline).
    let own_deadline_passed = schedule.window_state_at(now, None) == RoundState::Closed;
    let mut next = *schedule;
    let mut next_individual = individual;
    let mut ends_individual_windows = false;
    match change {
        ScheduleChange::Extend { new_closes_at } => {
            if own_deadline_passed {
                return Err(ScheduleError::AlreadyClosed);
            }
            later_than(new_closes_at, now, schedule.closes_at)?;
            next.closes_at = new_closes_at;
        }
        ScheduleChange::ExtendForDelegation { new_closes_at } => {
            if outcome_published && state == RoundState::Closed {
                return Err(ScheduleError::OutcomePublished);
            }
            later_than(new_closes_at, now, schedule.window_closes_at(individual))?;
            next_individual = Some(new_closes_at);
        }
        ScheduleChange::CloseEarly => {
            if state != RoundState::Open {
                return Err(ScheduleError::NotOpen);
            }
            next = schedule.closed_early(now);
            next_individual = None;
            ends_individual_windows = true;
        }
        ScheduleChange::Reopen { new_closes_at } => {
            if !own_deadline_passed {
                return Err(ScheduleError::NotClosed);
            }
            later_than(new_closes_at, now, now)?;
            next.closes_at = new_closes_at;
        }
        ScheduleChange::Cancel => {
            next.cancelled_at = Some(now);
        }
    }
    if !ends_individual_windows {
        next.last_closes_at = next
            .last_closes_at
            .max(RoundSchedule::last_closing(next.closes_at, next_individual));
    }
    Ok(ScheduleOutcome {
        schedule: next,
        individual_closes_at: next_individual,
        ends_individual_windows,
    })
}

/// A silence procedure ends for good at its deadline: the result decided there (adopted, or
/// broken by the delegations named) is final, so once the round has closed, or its result has
/// been recorded, no change of its schedule is allowed — no reopening, no individual extension
/// (a late objection), no cancellation of a decided text, no new deadline. To go on (after a
/// break, typically), the Chair starts a new round from it, on a revised text. Called before
/// [`apply`] for a silence round; a cancelled round is left to [`apply`] to refuse.
pub fn check_silence_change(
    schedule: &RoundSchedule,
    now: Timestamp,
    decided: bool,
) -> Result<(), ScheduleError> {
    match schedule.state_at(now) {
        RoundState::Cancelled => Ok(()),
        RoundState::Closed => Err(ScheduleError::SilenceEnded),
        _ if decided => Err(ScheduleError::SilenceEnded),
        _ => Ok(()),
    }
}

/// A silence procedure runs its full period: every delegation is told it has until the deadline
/// to break silence (the installation's minimum duration protects that promise when the round is
/// set up), so the Chair cannot close it early. The Chair can still extend it for everyone, or
/// cancel it (the text is withdrawn from the procedure).
pub fn check_silence_change_kind(change: &ScheduleChange) -> Result<(), ScheduleError> {
    match change {
        ScheduleChange::CloseEarly => Err(ScheduleError::SilenceRunsItsPeriod),
        _ => Ok(()),
    }
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
        RoundSchedule::new(at("2020-09-20T08:00:00Z"), at("2020-10-02T16:00:00Z"), None)
    }

    /// `change` applied at `now` to [`schedule`], for everyone.
    fn apply_to_schedule(
        change: ScheduleChange,
        now: Timestamp,
    ) -> Result<ScheduleOutcome, ScheduleError> {
        apply(&schedule(), None, change, now, false)
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
                now,
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
                now,
            ),
            Err(ScheduleError::NotLater)
        );
    }

    #[test]
    fn a_silence_round_that_has_ended_changes_no_more() {
        let open = at("2020-10-01T12:00:00Z");
        let closed = at("2020-10-02T16:00:01Z");
        assert_eq!(check_silence_change(&schedule(), open, false), Ok(()));
        assert_eq!(
            check_silence_change(&schedule(), closed, false),
            Err(ScheduleError::SilenceEnded),
            "closed is ended, even before the result is recorded"
        );
        assert_eq!(
            check_silence_change(&schedule(), open, true),
            Err(ScheduleError::SilenceEnded),
            "a recorded result is final whatever the schedule says"
        );
        let mut cancelled = schedule();
        cancelled.cancelled_at = Some(open);
        assert_eq!(check_silence_change(&cancelled, closed, false), Ok(()));
        assert_eq!(ScheduleError::SilenceEnded.field(), "action");
    }

    #[test]
    fn a_silence_round_is_not_closed_early_but_may_be_extended_or_cancelled() {
        assert_eq!(
            check_silence_change_kind(&ScheduleChange::CloseEarly),
            Err(ScheduleError::SilenceRunsItsPeriod)
        );
        let later = at("2020-10-09T16:00:00Z");
        for allowed in [
            ScheduleChange::Extend {
                new_closes_at: later,
            },
            ScheduleChange::Cancel,
        ] {
            assert_eq!(check_silence_change_kind(&allowed), Ok(()));
        }
        assert_eq!(ScheduleError::SilenceRunsItsPeriod.field(), "action");
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
        assert_eq!(
            out.schedule,
            RoundSchedule {
                last_closes_at: new,
                ..schedule()
            },
            "the round's own deadline does not change; its last window does"
        );
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
                now,
                false,
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

    /// The round of `schedule()` with one delegation extended to `extension`.
    fn extended_to(extension: Timestamp) -> RoundSchedule {
        RoundSchedule {
            last_closes_at: extension,
            ..schedule()
        }
    }

    #[test]
    fn an_individual_extension_keeps_the_round_open_and_is_closed_early_with_it() {
        let extension = at("2020-12-23T16:00:00Z");
        let s = extended_to(extension);
        // While the round is open, closing early ends the extended window too.
        let now = at("2020-10-01T12:00:00Z");
        let out = apply(&s, None, ScheduleChange::CloseEarly, now, false).expect("ok");
        assert!(out.ends_individual_windows);
        assert_eq!(out.schedule.last_closes_at, now);
        assert_eq!(out.schedule.state_at(now), RoundState::Closed);
        // After the round's own deadline only the extended window is open: the round is still
        // open by the rule, may be closed early, and is not extended for everyone.
        let later = at("2020-10-05T12:00:00Z");
        assert_eq!(s.state_at(later), RoundState::Open);
        let out = apply(&s, None, ScheduleChange::CloseEarly, later, false).expect("ok");
        assert_eq!(
            out.schedule.closes_at, s.closes_at,
            "the round's deadline stays"
        );
        assert_eq!(out.schedule.state_at(later), RoundState::Closed);
        let new = at("2020-10-09T16:00:00Z");
        assert_eq!(
            apply(
                &s,
                None,
                ScheduleChange::Extend { new_closes_at: new },
                later,
                false
            ),
            Err(ScheduleError::AlreadyClosed)
        );
        // A reopening for everyone is possible then; the last window stays the extended one.
        let out = apply(
            &s,
            None,
            ScheduleChange::Reopen { new_closes_at: new },
            later,
            false,
        )
        .expect("ok");
        assert_eq!(out.schedule.closes_at, new);
        assert_eq!(out.schedule.last_closes_at, extension);
        // Closing early a round whose every window has closed is refused.
        assert_eq!(
            apply(&s, None, ScheduleChange::CloseEarly, extension, false),
            Err(ScheduleError::NotOpen)
        );
    }

    #[test]
    fn extensions_move_the_last_window() {
        let now = at("2020-10-01T12:00:00Z");
        let individual = at("2020-10-09T16:00:00Z");
        let out = apply(
            &schedule(),
            None,
            ScheduleChange::ExtendForDelegation {
                new_closes_at: individual,
            },
            now,
            false,
        )
        .expect("ok");
        assert_eq!(out.schedule.last_closes_at, individual);
        // An extension for everyone short of the individual one leaves it the last.
        let everyone = at("2020-10-05T16:00:00Z");
        let out = apply(
            &out.schedule,
            None,
            ScheduleChange::Extend {
                new_closes_at: everyone,
            },
            now,
            false,
        )
        .expect("ok");
        assert_eq!(
            (out.schedule.closes_at, out.schedule.last_closes_at),
            (everyone, individual)
        );
    }

    #[test]
    fn after_publication_no_window_opens_but_through_a_reopening() {
        let closed = at("2020-10-05T12:00:00Z");
        let new = at("2020-10-09T16:00:00Z");
        let extend = ScheduleChange::ExtendForDelegation { new_closes_at: new };
        assert_eq!(
            apply(&schedule(), None, extend, closed, true),
            Err(ScheduleError::OutcomePublished)
        );
        assert!(apply(&schedule(), None, extend, closed, false).is_ok());
        let reopened = apply(
            &schedule(),
            None,
            ScheduleChange::Reopen { new_closes_at: new },
            closed,
            true,
        )
        .expect("a reopening is allowed after publication");
        // Once reopened, the round is open again: an individual extension is possible.
        let later = at("2020-10-12T16:00:00Z");
        assert!(
            apply(
                &reopened.schedule,
                None,
                ScheduleChange::ExtendForDelegation {
                    new_closes_at: later
                },
                closed,
                true
            )
            .is_ok()
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
                now,
                false
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
