//! Owns the life of a round in time: `RoundState`, `RoundSchedule` and the one deadline rule
//! that pages, e-mails, the API, the response monitor, the scheduler, visibility,
//! consolidation and every write path use:
//!
//! - A delegation's **window** closes at its individual deadline if it has one (a Chair's
//!   extension; never earlier than the round's), else at the round's (`closes_at`).
//! - **The round is closed when the last window has closed** (`last_closes_at`).
//! - **Close early ends every window**, individual ones included, at the same instant.
//! - Consolidation and publication wait for the last window; after publication no window opens
//!   except through a reopening (the Chair's schedule changes, `domain::schedule`).
//!
//! A write is judged by its delegation's window in its own transaction against the server's
//! clock (`RoundSchedule::check_write`), never only by the scheduler or the browser. Every
//! window is the half-open interval `[opens_at, closes)`: exactly at its closing instant it is
//! closed.

use jiff::Timestamp;

use crate::domain::{Language, Visibility};

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

/// Why a write was refused by the deadline rule. The `Display` text (for logs) states instants
/// in UTC, RFC 3339; pages and e-mails word them in the venue time zone in their own language
/// ([`Tr::deadline`](crate::i18n::Tr::deadline)).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DeadlineError {
    #[error("The round is not open yet: it opens at {opens_at}")]
    NotYetOpen { opens_at: Timestamp },
    /// `closes_at` is the effective deadline (including any individual extension).
    #[error("The deadline has passed: comments were due by {closes_at}. Nothing was saved.")]
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

/// The instants that decide whether a round and each delegation's window accept writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RoundSchedule {
    pub opens_at: Timestamp,
    /// The round's own deadline: every window closes here unless its delegation has a later
    /// individual deadline.
    pub closes_at: Timestamp,
    pub cancelled_at: Option<Timestamp>,
    /// When the last window closes: the latest of `closes_at` and the individual deadlines of
    /// the delegations taking part (see [`RoundSchedule::last_closing`]).
    pub last_closes_at: Timestamp,
}

impl RoundSchedule {
    /// A round's schedule with no individual deadline later than its own.
    pub fn new(opens_at: Timestamp, closes_at: Timestamp, cancelled_at: Option<Timestamp>) -> Self {
        RoundSchedule {
            opens_at,
            closes_at,
            cancelled_at,
            last_closes_at: closes_at,
        }
    }

    /// The instant the last window closes, given the latest individual deadline of the
    /// delegations taking part (an individual deadline never shortens a window).
    pub fn last_closing(closes_at: Timestamp, latest_individual: Option<Timestamp>) -> Timestamp {
        latest_individual.map_or(closes_at, |t| t.max(closes_at))
    }

    /// The state of the round at `now`: open from `opens_at` until the last window closes. A
    /// cancellation counts from `cancelled_at` on and overrides everything else.
    pub fn state_at(&self, now: Timestamp) -> RoundState {
        self.state_until(now, self.last_closes_at)
    }

    /// The state at `now` of the window of a delegation whose individual deadline is
    /// `individual` (`None`: it has none).
    pub fn window_state_at(&self, now: Timestamp, individual: Option<Timestamp>) -> RoundState {
        self.state_until(now, self.window_closes_at(individual))
    }

    fn state_until(&self, now: Timestamp, closes: Timestamp) -> RoundState {
        if self.cancelled_at.is_some_and(|at| at <= now) {
            RoundState::Cancelled
        } else if now < self.opens_at {
            RoundState::Scheduled
        } else if now < closes {
            RoundState::Open
        } else {
            RoundState::Closed
        }
    }

    /// When the window of a delegation whose individual deadline is `individual` closes: the
    /// round's `closes_at`, or the individual deadline when that is later (an extension never
    /// shortens).
    pub fn window_closes_at(&self, individual: Option<Timestamp>) -> Timestamp {
        Self::last_closing(self.closes_at, individual)
    }

    /// The individual deadline that actually extends a delegation's window: `individual` when it
    /// is later than the round's own deadline, else none (an earlier one changes nothing).
    pub fn extension(&self, individual: Option<Timestamp>) -> Option<Timestamp> {
        individual.filter(|t| *t > self.closes_at)
    }

    /// The deadline rule for every write path: may a delegation with the given individual
    /// deadline (a Chair's extension, if any) write at `now`? Must be checked against the
    /// server clock inside the write's transaction.
    pub fn check_write(
        &self,
        now: Timestamp,
        individual_deadline: Option<Timestamp>,
    ) -> Result<(), DeadlineError> {
        match self.window_state_at(now, individual_deadline) {
            RoundState::Open => Ok(()),
            RoundState::Cancelled => Err(DeadlineError::Cancelled),
            RoundState::Scheduled => Err(DeadlineError::NotYetOpen {
                opens_at: self.opens_at,
            }),
            RoundState::Closed => Err(DeadlineError::Closed {
                closes_at: self.window_closes_at(individual_deadline),
            }),
        }
    }

    /// Whether a write made at `at` is late, i.e. it only got in through an individual
    /// extension. Late writes are marked wherever they appear: nothing arrives late silently.
    pub fn is_late(&self, at: Timestamp) -> bool {
        at >= self.closes_at
    }

    /// The schedule after the Chair closes the round early at `now`: every window ends at
    /// `now` (individual deadlines included: they are ended with it), or keeps its earlier
    /// end when the round's own deadline has already passed.
    pub fn closed_early(&self, now: Timestamp) -> RoundSchedule {
        let closes_at = self.closes_at.min(now);
        RoundSchedule {
            closes_at,
            last_closes_at: closes_at,
            ..*self
        }
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
    /// The round whose published outcome gave this round its draft (a revised draft).
    pub based_on_round_id: Option<i64>,
    /// 0 for an original draft, n for `Rev.n` (see `domain::revision`).
    pub draft_version: i64,
    /// The symbol of the round's document; empty when none was given.
    pub document_symbol: String,
    /// The language of pages and e-mails for people who chose none (and, for pages, whose
    /// browser asks for none of ours).
    pub language: Language,
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
        RoundSchedule::new(ts("2020-09-14T07:00:00Z"), ts("2020-10-02T16:00:00Z"), None)
    }

    /// The schedule with one delegation extended to `extension` (the store's aggregate).
    fn with_extension(extension: Timestamp) -> RoundSchedule {
        let s = schedule();
        RoundSchedule {
            last_closes_at: RoundSchedule::last_closing(s.closes_at, Some(extension)),
            ..s
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
        let extension = schedule().closes_at + SignedDuration::from_hours(48);
        let s = with_extension(extension);
        assert_eq!(s.window_closes_at(Some(extension)), extension);
        assert_eq!(s.check_write(s.closes_at, Some(extension)), Ok(()));
        assert_eq!(s.check_write(extension - MS, Some(extension)), Ok(()));
        assert_eq!(s.check_write(extension - NS, Some(extension)), Ok(()));
        for at in [extension, extension + NS, extension + MS] {
            assert_eq!(
                s.check_write(at, Some(extension)),
                Err(DeadlineError::Closed {
                    closes_at: extension
                })
            );
        }
        // The others' windows close at the round's deadline.
        assert_eq!(s.window_state_at(s.closes_at - MS, None), RoundState::Open);
        assert_eq!(s.window_state_at(s.closes_at, None), RoundState::Closed);
        assert!(s.check_write(s.closes_at, None).is_err());
        // An extension does not open the window early.
        assert_eq!(
            s.check_write(s.opens_at - NS, Some(extension)),
            Err(DeadlineError::NotYetOpen {
                opens_at: s.opens_at
            })
        );
    }

    #[test]
    fn the_round_is_closed_when_the_last_window_has_closed() {
        let extension = schedule().closes_at + SignedDuration::from_hours(48);
        let s = with_extension(extension);
        assert_eq!(s.last_closes_at, extension);
        // Past the round's own deadline, the extended window keeps the round open.
        assert_eq!(s.state_at(s.closes_at - MS), RoundState::Open);
        assert_eq!(s.state_at(s.closes_at), RoundState::Open);
        assert_eq!(s.state_at(s.closes_at + MS), RoundState::Open);
        assert_eq!(s.state_at(extension - MS), RoundState::Open);
        assert_eq!(s.state_at(extension), RoundState::Closed);
        assert_eq!(s.state_at(extension + MS), RoundState::Closed);
        // The extended delegation's window and the round agree at every instant.
        for at in [extension - MS, extension, extension + MS] {
            assert_eq!(s.state_at(at), s.window_state_at(at, Some(extension)));
        }
        // A cancellation closes every window.
        let cancelled = RoundSchedule {
            cancelled_at: Some(s.closes_at),
            ..s
        };
        assert_eq!(cancelled.state_at(s.closes_at), RoundState::Cancelled);
        assert_eq!(
            cancelled.check_write(s.closes_at, Some(extension)),
            Err(DeadlineError::Cancelled)
        );
    }

    #[test]
    fn last_closing_takes_the_latest_window() {
        let s = schedule();
        assert_eq!(RoundSchedule::last_closing(s.closes_at, None), s.closes_at);
        let earlier = s.closes_at - SignedDuration::from_hours(1);
        assert_eq!(
            RoundSchedule::last_closing(s.closes_at, Some(earlier)),
            s.closes_at
        );
        let later = s.closes_at + MS;
        assert_eq!(RoundSchedule::last_closing(s.closes_at, Some(later)), later);
    }

    #[test]
    fn closing_early_ends_every_window_at_the_same_instant() {
        let extension = schedule().closes_at + SignedDuration::from_hours(24 * 80);
        let s = with_extension(extension);
        // During the round: every window ends now, the extended one with the others.
        let now = s.closes_at - SignedDuration::from_hours(24);
        let closed = s.closed_early(now);
        assert_eq!((closed.closes_at, closed.last_closes_at), (now, now));
        assert_eq!(closed.state_at(now - MS), RoundState::Open);
        assert_eq!(closed.state_at(now), RoundState::Closed);
        assert_eq!(closed.state_at(now + MS), RoundState::Closed);
        // Its individual deadline is ended with it (the store clears it): no window is open.
        assert_eq!(
            closed.check_write(now, None),
            Err(DeadlineError::Closed { closes_at: now })
        );
        assert_eq!(closed.check_write(now - MS, None), Ok(()));
        // After the round's own deadline, only the individual windows were open: they end now,
        // and the round's deadline stays where it was.
        let late = s.closes_at + SignedDuration::from_hours(24);
        let closed = s.closed_early(late);
        assert_eq!(closed.closes_at, s.closes_at);
        assert_eq!(closed.last_closes_at, s.closes_at);
        assert_eq!(closed.state_at(late), RoundState::Closed);
    }

    #[test]
    fn earlier_extension_does_not_shorten() {
        let s = schedule();
        let earlier = s.closes_at - SignedDuration::from_hours(24);
        assert_eq!(s.extension(Some(earlier)), None);
        assert_eq!(s.extension(Some(s.closes_at)), None);
        assert_eq!(s.extension(None), None);
        let later = s.closes_at + NS;
        assert_eq!(s.extension(Some(later)), Some(later));
        assert_eq!(s.window_closes_at(Some(earlier)), s.closes_at);
        assert_eq!(s.window_closes_at(None), s.closes_at);
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
            "The deadline has passed: comments were due by 2020-10-02T16:00:00Z. Nothing was saved."
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
