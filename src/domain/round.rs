//! Owns the life of a round in time: `RoundState`, `RoundSchedule` and the deadline rule
//! that every write path must pass (`RoundSchedule::check_write`): a write is judged in its own
//! transaction against the server's clock, never only by the scheduler or the browser.

use jiff::Timestamp;

use crate::domain::Visibility;
use crate::domain::time_format::format_utc;

/// Where a round stands at a given instant.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RoundState {
    /// Not yet open for comments.
    Scheduled,
    /// Open: delegations may comment.
    Open,
    /// The deadline has passed.
    Closed,
    /// The Chair cancelled the round.
    Cancelled,
}

text_forms!(RoundState {
    Scheduled => "scheduled",
    Open => "open",
    Closed => "closed",
    Cancelled => "cancelled",
});

/// Why a write was refused by the deadline rule. The `Display` text states instants in UTC;
/// pages should re-word them in the venue time zone with
/// [`VenueZone::format_deadline`](crate::domain::VenueZone::format_deadline).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DeadlineError {
    #[error("The round is not open yet: it opens on {}", format_utc(*opens_at))]
    NotYetOpen { opens_at: Timestamp },
    /// `closes_at` is the effective deadline (including any individual extension).
    #[error(
        "The deadline has passed: comments were due by {}. Nothing was saved.",
        format_utc(*closes_at)
    )]
    Closed { closes_at: Timestamp },
    #[error("The round was cancelled. Nothing was saved.")]
    Cancelled,
}

impl DeadlineError {
    /// The Fluent message id of this error.
    pub fn message_id(&self) -> &'static str {
        match self {
            DeadlineError::NotYetOpen { .. } => "error-deadline-not-yet-open",
            DeadlineError::Closed { .. } => "error-deadline-closed",
            DeadlineError::Cancelled => "error-deadline-cancelled",
        }
    }
}

/// The instants that decide whether a round accepts writes. A round is open on the
/// half-open interval `[opens_at, closes_at)`: exactly at `closes_at` it is closed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RoundSchedule {
    pub opens_at: Timestamp,
    pub closes_at: Timestamp,
    pub cancelled_at: Option<Timestamp>,
}

impl RoundSchedule {
    /// The state of the round at `now`. A cancellation counts from `cancelled_at` on and
    /// overrides everything else.
    pub fn state_at(&self, now: Timestamp) -> RoundState {
        if self.cancelled_at.is_some_and(|at| at <= now) {
            RoundState::Cancelled
        } else if now < self.opens_at {
            RoundState::Scheduled
        } else if now < self.closes_at {
            RoundState::Open
        } else {
            RoundState::Closed
        }
    }

    /// The deadline that applies to one delegation: the round's `closes_at`, or the
    /// delegation's individual extension when that is later (an extension never shortens).
    pub fn effective_closes_at(&self, individual: Option<Timestamp>) -> Timestamp {
        match individual {
            Some(extension) => extension.max(self.closes_at),
            None => self.closes_at,
        }
    }

    /// The deadline rule for every write path: may a delegation with the given individual
    /// deadline (a Chair's extension, if any) write at `now`? Must be checked against the
    /// server clock inside the write's transaction.
    pub fn check_write(
        &self,
        now: Timestamp,
        individual_deadline: Option<Timestamp>,
    ) -> Result<(), DeadlineError> {
        if self.cancelled_at.is_some_and(|at| at <= now) {
            return Err(DeadlineError::Cancelled);
        }
        if now < self.opens_at {
            return Err(DeadlineError::NotYetOpen {
                opens_at: self.opens_at,
            });
        }
        let effective = self.effective_closes_at(individual_deadline);
        if now >= effective {
            return Err(DeadlineError::Closed {
                closes_at: effective,
            });
        }
        Ok(())
    }

    /// Whether a write made at `at` is late, i.e. it only got in through an individual
    /// extension. Late writes are marked wherever they appear: nothing arrives late silently.
    pub fn is_late(&self, at: Timestamp) -> bool {
        at >= self.closes_at
    }
}

/// A round as it stands: what it is (body, meeting, title, kind), its schedule and venue (the
/// deadline rule), who sees whose comments, and how it is worded for delegations. The rules
/// reason about it, so it is a domain value that the store builds straight from its row.
#[derive(Debug, Clone)]
pub struct Round {
    pub round_id: i64,
    pub meeting_id: i64,
    pub body_name: String,
    pub meeting_title: String,
    pub title: String,
    /// `comment` or `silence`, as stored.
    pub kind: String,
    /// The prefix of its receipt numbers (`WG-TIP-2020/C`).
    pub reference_prefix: String,
    /// The IANA name of the venue's time zone.
    pub venue_tz: String,
    pub schedule: RoundSchedule,
    pub visibility: Visibility,
    pub instructions: String,
    /// A demonstration round, whose draft was written for the demo.
    pub illustrative: bool,
    /// When reminders go out before the deadline: ISO 8601 durations, comma-separated.
    pub reminders_before: String,
}

#[cfg(test)]
mod tests {
    use jiff::SignedDuration;

    use super::*;

    fn ts(s: &str) -> Timestamp {
        s.parse().expect("valid timestamp literal")
    }

    const NS: SignedDuration = SignedDuration::from_nanos(1);
    const MS: SignedDuration = SignedDuration::from_millis(1);

    fn schedule() -> RoundSchedule {
        RoundSchedule {
            opens_at: ts("2020-09-14T07:00:00Z"),
            closes_at: ts("2020-10-02T16:00:00Z"),
            cancelled_at: None,
        }
    }

    #[test]
    fn states_around_the_boundaries() {
        let s = schedule();
        assert_eq!(s.state_at(s.opens_at - MS), RoundState::Scheduled);
        assert_eq!(s.state_at(s.opens_at - NS), RoundState::Scheduled);
        assert_eq!(s.state_at(s.opens_at), RoundState::Open);
        assert_eq!(s.state_at(s.closes_at - MS), RoundState::Open);
        assert_eq!(s.state_at(s.closes_at - NS), RoundState::Open);
        assert_eq!(s.state_at(s.closes_at), RoundState::Closed);
        assert_eq!(s.state_at(s.closes_at + NS), RoundState::Closed);
    }

    #[test]
    fn writes_around_the_boundaries() {
        let s = schedule();
        let not_open = Err(DeadlineError::NotYetOpen {
            opens_at: s.opens_at,
        });
        let closed = Err(DeadlineError::Closed {
            closes_at: s.closes_at,
        });
        assert_eq!(s.check_write(s.opens_at - MS, None), not_open);
        assert_eq!(s.check_write(s.opens_at - NS, None), not_open);
        assert_eq!(s.check_write(s.opens_at, None), Ok(()));
        assert_eq!(s.check_write(s.closes_at - MS, None), Ok(()));
        assert_eq!(s.check_write(s.closes_at - NS, None), Ok(()));
        assert_eq!(s.check_write(s.closes_at, None), closed);
        assert_eq!(s.check_write(s.closes_at + NS, None), closed);
        assert_eq!(s.check_write(s.closes_at + MS, None), closed);
    }

    #[test]
    fn cancellation_overrides() {
        let mut s = schedule();
        let cancelled_at = ts("2020-09-20T10:00:00Z");
        s.cancelled_at = Some(cancelled_at);
        assert_eq!(s.state_at(cancelled_at - NS), RoundState::Open);
        assert_eq!(s.check_write(cancelled_at - NS, None), Ok(()));
        assert_eq!(s.state_at(cancelled_at), RoundState::Cancelled);
        assert_eq!(
            s.check_write(cancelled_at, None),
            Err(DeadlineError::Cancelled)
        );
        assert_eq!(s.state_at(s.closes_at), RoundState::Cancelled);
        let extension = Some(s.closes_at + SignedDuration::from_hours(24));
        assert_eq!(
            s.check_write(s.closes_at - NS, extension),
            Err(DeadlineError::Cancelled)
        );
        // Cancelled before it even opened.
        s.cancelled_at = Some(s.opens_at - SignedDuration::from_hours(1));
        assert_eq!(s.state_at(s.opens_at - MS), RoundState::Cancelled);
        assert_eq!(
            s.check_write(s.opens_at - MS, None),
            Err(DeadlineError::Cancelled)
        );
    }

    #[test]
    fn individual_extension_allows_until_the_extension() {
        let s = schedule();
        let extension = s.closes_at + SignedDuration::from_hours(48);
        assert_eq!(s.effective_closes_at(Some(extension)), extension);
        assert_eq!(s.check_write(s.closes_at, Some(extension)), Ok(()));
        assert_eq!(s.check_write(extension - NS, Some(extension)), Ok(()));
        assert_eq!(
            s.check_write(extension, Some(extension)),
            Err(DeadlineError::Closed {
                closes_at: extension
            })
        );
        // The round itself is closed for everyone else.
        assert_eq!(s.state_at(s.closes_at + NS), RoundState::Closed);
        // An extension does not open the round early.
        assert_eq!(
            s.check_write(s.opens_at - NS, Some(extension)),
            Err(DeadlineError::NotYetOpen {
                opens_at: s.opens_at
            })
        );
    }

    #[test]
    fn earlier_extension_does_not_shorten() {
        let s = schedule();
        let earlier = s.closes_at - SignedDuration::from_hours(24);
        assert_eq!(s.effective_closes_at(Some(earlier)), s.closes_at);
        assert_eq!(s.effective_closes_at(None), s.closes_at);
        assert_eq!(s.check_write(earlier, Some(earlier)), Ok(()));
        assert_eq!(s.check_write(s.closes_at - NS, Some(earlier)), Ok(()));
        assert_eq!(
            s.check_write(s.closes_at, Some(earlier)),
            Err(DeadlineError::Closed {
                closes_at: s.closes_at
            })
        );
    }

    #[test]
    fn lateness() {
        let s = schedule();
        assert!(!s.is_late(s.closes_at - NS));
        assert!(s.is_late(s.closes_at));
        assert!(s.is_late(s.closes_at + SignedDuration::from_hours(1)));
    }

    #[test]
    fn messages() {
        let s = schedule();
        let err = s.check_write(s.closes_at, None).unwrap_err();
        assert_eq!(err.message_id(), "error-deadline-closed");
        assert_eq!(
            err.to_string(),
            "The deadline has passed: comments were due by Friday 2 October 2020, 16:00 UTC. \
             Nothing was saved."
        );
        assert_eq!(
            DeadlineError::NotYetOpen {
                opens_at: s.opens_at
            }
            .message_id(),
            "error-deadline-not-yet-open"
        );
        assert_eq!(
            DeadlineError::Cancelled.message_id(),
            "error-deadline-cancelled"
        );
    }

    #[test]
    fn state_names() {
        let names: Vec<&str> = [
            RoundState::Scheduled,
            RoundState::Open,
            RoundState::Closed,
            RoundState::Cancelled,
        ]
        .iter()
        .map(RoundState::as_str)
        .collect();
        assert_eq!(names, ["scheduled", "open", "closed", "cancelled"]);
    }
}
