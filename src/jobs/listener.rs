//! The listener: on PostgreSQL, hears the changes of rounds' due times that any instance
//! commits (`App::schedule_signals`) and wakes this instance's scheduler at once, so that a
//! round set up or moved on another instance opens, reminds and closes on time here too. When
//! the connection is lost it connects again, backing off (doubling, capped) while the database
//! cannot be reached, and wakes the scheduler after each reconnection: a change committed while
//! nobody listened is caught by that pass. Ends at once on SQLite (nothing to hear).

use std::time::Duration;

use crate::app::App;
use crate::app::schedule_signal::ScheduleSignal;

/// The pause after the first failure to listen; doubled after each further one.
const BACKOFF_BASE: Duration = Duration::from_millis(500);
const BACKOFF_CAP: Duration = Duration::from_secs(30);

/// The pause before the next attempt after `failures` failed ones in a row.
fn backoff(failures: u32) -> Duration {
    BACKOFF_BASE
        .saturating_mul(2u32.saturating_pow(failures.saturating_sub(1).min(16)))
        .min(BACKOFF_CAP)
}

/// The loop: listen, wake the scheduler on every signal; on a failure, back off and listen anew.
pub async fn run(app: App) {
    let mut failures: u32 = 0;
    loop {
        match app.schedule_signals().await {
            Ok(None) => return,
            Ok(Some(mut signals)) => {
                tracing::debug!("listening for schedule changes of other instances");
                // Anything committed before this connection listened is seen by this pass.
                app.wake_scheduler();
                loop {
                    match signals.next().await {
                        Ok(signal) => {
                            failures = 0;
                            if signal == ScheduleSignal::Reconnected {
                                tracing::warn!(
                                    "the schedule listener's connection was lost and is back"
                                );
                            }
                            app.wake_scheduler();
                        }
                        Err(e) => {
                            tracing::warn!(error = %e, "the schedule listener lost its connection");
                            break;
                        }
                    }
                }
            }
            Err(e) => tracing::warn!(error = %e, "cannot listen for schedule changes"),
        }
        failures = failures.saturating_add(1);
        tokio::time::sleep(backoff(failures)).await;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_doubles_and_is_capped() {
        let millis: Vec<u128> = (1..=8).map(|n| backoff(n).as_millis()).collect();
        assert_eq!(
            millis,
            vec![500, 1000, 2000, 4000, 8000, 16000, 30000, 30000]
        );
        assert_eq!(backoff(u32::MAX), BACKOFF_CAP);
    }
}
