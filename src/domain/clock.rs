//! Owns the notion of "now": the `Clock` trait, the real clock and a settable clock for tests.

use std::sync::{Mutex, MutexGuard};

use jiff::{SignedDuration, Timestamp};

/// A source of the current instant. Every deadline check asks a `Clock`, never the browser.
pub trait Clock: Send + Sync + 'static {
    /// The current instant (UTC).
    fn now(&self) -> Timestamp;
}

/// The server's real clock.
#[derive(Debug, Clone, Copy, Default)]
pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> Timestamp {
        Timestamp::now()
    }
}

/// A clock that only moves when told to; for tests and demos.
#[derive(Debug)]
pub struct ManualClock {
    now: Mutex<Timestamp>,
}

impl ManualClock {
    /// A clock standing still at `ts`.
    pub fn new(ts: Timestamp) -> Self {
        Self {
            now: Mutex::new(ts),
        }
    }

    /// Moves the clock to `ts` (backwards is allowed).
    pub fn set(&self, ts: Timestamp) {
        *self.lock() = ts;
    }

    /// Moves the clock by `by` (negative durations move it back). Saturates at the
    /// limits of `Timestamp`.
    pub fn advance(&self, by: SignedDuration) {
        let mut now = self.lock();
        *now = now.saturating_add(by).unwrap_or(*now);
    }

    fn lock(&self) -> MutexGuard<'_, Timestamp> {
        // A timestamp cannot be left half-written, so a poisoned lock is still usable.
        self.now
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

impl Clock for ManualClock {
    fn now(&self) -> Timestamp {
        *self.lock()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ts(s: &str) -> Timestamp {
        s.parse().expect("valid timestamp literal")
    }

    #[test]
    fn manual_clock_moves_only_when_told() {
        let clock = ManualClock::new(ts("2020-10-02T16:00:00Z"));
        assert_eq!(clock.now(), ts("2020-10-02T16:00:00Z"));
        clock.advance(SignedDuration::from_mins(90));
        assert_eq!(clock.now(), ts("2020-10-02T17:30:00Z"));
        clock.advance(SignedDuration::from_secs(-30));
        assert_eq!(clock.now(), ts("2020-10-02T17:29:30Z"));
        clock.set(ts("2021-01-01T00:00:00Z"));
        assert_eq!(clock.now(), ts("2021-01-01T00:00:00Z"));
    }

    #[test]
    fn manual_clock_saturates() {
        let clock = ManualClock::new(Timestamp::MAX);
        clock.advance(SignedDuration::from_hours(1));
        assert_eq!(clock.now(), Timestamp::MAX);
    }

    #[test]
    fn system_clock_is_after_2020() {
        assert!(SystemClock.now() > ts("2020-01-01T00:00:00Z"));
    }

    #[test]
    fn clocks_are_object_safe() {
        let clocks: Vec<Box<dyn Clock>> = vec![
            Box::new(SystemClock),
            Box::new(ManualClock::new(Timestamp::UNIX_EPOCH)),
        ];
        assert_eq!(clocks.len(), 2);
    }
}
