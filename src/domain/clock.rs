//! Owns the notion of "now": the `Clock` trait, the real clock and a settable clock for tests.

use std::sync::{Mutex, MutexGuard};
use std::time::Instant;

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

/// A clock that only moves when told to, for tests and demos; or, once [`ManualClock::run`] is
/// called, one that also moves on with real time from the instant it was set to (tests of the
/// scheduler's own loop, which sleeps in real time until the clock reaches a due time).
#[derive(Debug)]
pub struct ManualClock {
    state: Mutex<ManualState>,
}

#[derive(Debug)]
struct ManualState {
    at: Timestamp,
    /// When running: the real instant at which the clock read `at`.
    since: Option<Instant>,
}

impl ManualState {
    fn now(&self) -> Timestamp {
        let Some(since) = self.since else {
            return self.at;
        };
        SignedDuration::try_from(since.elapsed())
            .ok()
            .and_then(|elapsed| self.at.saturating_add(elapsed).ok())
            .unwrap_or(self.at)
    }

    fn set(&mut self, ts: Timestamp) {
        self.at = ts;
        if self.since.is_some() {
            self.since = Some(Instant::now());
        }
    }
}

impl ManualClock {
    /// A clock standing still at `ts`.
    pub fn new(ts: Timestamp) -> Self {
        Self {
            state: Mutex::new(ManualState {
                at: ts,
                since: None,
            }),
        }
    }

    /// Moves the clock to `ts` (backwards is allowed).
    pub fn set(&self, ts: Timestamp) {
        self.lock().set(ts);
    }

    /// Moves the clock by `by` (negative durations move it back). Saturates at the
    /// limits of `Timestamp`.
    pub fn advance(&self, by: SignedDuration) {
        let mut state = self.lock();
        let now = state.now();
        state.set(now.saturating_add(by).unwrap_or(now));
    }

    /// From now on the clock also moves with real time (`set` and `advance` still jump it).
    pub fn run(&self) {
        let mut state = self.lock();
        if state.since.is_none() {
            state.since = Some(Instant::now());
        }
    }

    fn lock(&self) -> MutexGuard<'_, ManualState> {
        // A timestamp cannot be left half-written, so a poisoned lock is still usable.
        self.state
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

impl Clock for ManualClock {
    fn now(&self) -> Timestamp {
        self.lock().now()
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
    fn a_running_manual_clock_moves_with_real_time_from_where_it_was_set() {
        let clock = ManualClock::new(ts("2020-10-02T16:00:00Z"));
        clock.run();
        std::thread::sleep(std::time::Duration::from_millis(20));
        let moved = clock.now().duration_since(ts("2020-10-02T16:00:00Z"));
        assert!(moved >= SignedDuration::from_millis(20), "{moved:?}");
        assert!(moved < SignedDuration::from_secs(5), "{moved:?}");
        clock.set(ts("2021-01-01T00:00:00Z"));
        let after_set = clock.now().duration_since(ts("2021-01-01T00:00:00Z"));
        assert!(after_set < SignedDuration::from_millis(20), "{after_set:?}");
        clock.advance(SignedDuration::from_hours(1));
        assert!(clock.now() >= ts("2021-01-01T01:00:00Z"));
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
