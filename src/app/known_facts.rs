//! What this instance last read of rounds' schedules, and of which round a comment is in, so
//! that a write to a round that is surely open skips its early read (`App::refuse_early`) and
//! goes straight to the writer, whose transaction applies the deadline rule and decides. Also
//! which delegations have commented in a round (comments are never deleted, so that stays
//! true): only a first comment needs its receipt's recipients read before it is written.
//!
//! This memory is never used to refuse anything. A stale schedule (the Chair extended,
//! shortened, cancelled or reopened the round since) only means that the early read is made
//! after all, or that the writer refuses: the answer is the same either way. A comment never
//! moves to another round, so that part cannot be stale.

use jiff::Timestamp;

use super::bounded_map::BoundedMap;
use crate::domain::RoundSchedule;

/// Entries kept at most in each map; beyond, the memory starts again empty (it is only ever a
/// shortcut, and one entry per round and per comment is small).
const CAPACITY: usize = 100_000;

pub(super) struct KnownFacts {
    rounds: BoundedMap<i64, RoundSchedule>,
    comments: BoundedMap<i64, i64>,
    /// (round, delegation) pairs known to have a comment.
    commented: BoundedMap<(i64, i64), ()>,
}

impl Default for KnownFacts {
    fn default() -> Self {
        KnownFacts {
            rounds: BoundedMap::new(CAPACITY),
            comments: BoundedMap::new(CAPACITY),
            commented: BoundedMap::new(CAPACITY),
        }
    }
}

impl KnownFacts {
    /// Remembers a round's schedule as just read from the database.
    pub(super) fn learn_round(&self, round_id: i64, schedule: RoundSchedule) {
        self.rounds.insert(round_id, schedule);
    }

    /// Remembers which round a comment is in.
    pub(super) fn learn_comment(&self, comment_id: i64, round_id: i64) {
        self.comments.insert(comment_id, round_id);
    }

    /// Whether the round's last known schedule accepts writes from everyone at `now`.
    pub(super) fn surely_open(&self, round_id: i64, now: Timestamp) -> bool {
        self.rounds
            .get(&round_id)
            .is_some_and(|schedule| schedule.check_write(now, None).is_ok())
    }

    /// Remembers that a delegation has a comment in a round.
    pub(super) fn learn_commented(&self, round_id: i64, delegation_id: i64) {
        self.commented.insert((round_id, delegation_id), ());
    }

    /// Whether a delegation is known here to have a comment in a round (`false`: unknown).
    pub(super) fn has_commented(&self, round_id: i64, delegation_id: i64) -> bool {
        self.commented.get(&(round_id, delegation_id)).is_some()
    }

    /// The round of a comment, if known here.
    pub(super) fn round_of_comment(&self, comment_id: i64) -> Option<i64> {
        self.comments.get(&comment_id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::ToSpan;

    fn schedule(opens: &str, closes: &str) -> RoundSchedule {
        RoundSchedule::new(opens.parse().unwrap(), closes.parse().unwrap(), None)
    }

    #[test]
    fn only_a_known_open_round_is_surely_open() {
        let known = KnownFacts::default();
        let s = schedule("2020-09-20T00:00:00Z", "2020-10-02T16:00:00Z");
        let now: Timestamp = "2020-10-01T12:00:00Z".parse().unwrap();
        assert!(!known.surely_open(1, now), "unknown round");
        known.learn_round(1, s);
        assert!(known.surely_open(1, now));
        assert!(
            !known.surely_open(1, s.closes_at),
            "closed at the deadline itself"
        );
        assert!(
            !known.surely_open(1, s.opens_at - 1.second()),
            "not yet open"
        );
        known.learn_round(
            1,
            RoundSchedule {
                cancelled_at: Some(now - 1.hour()),
                ..s
            },
        );
        assert!(!known.surely_open(1, now), "cancelled");
    }
}
