//! The scheduler: decides when the rounds' scheduled work runs (`App::schedule_tick`: opening,
//! reminders, digests, closing). It runs a pass, then sleeps until the earliest due time the
//! pass reported (at most `MAX_SLEEP`), or until woken by `App::wake_scheduler` — which every
//! committed change of a round's due times does, on this instance directly and on the others
//! through `listener`. So work is done when it falls due, not at the next look: in the
//! integration test of a round set to open 3 s ahead (tests/app/scheduler.rs), the invitation
//! was written 50–300 ms after the opening and the reminder 100–450 ms after its due time, on
//! both backends and from another instance (a loaded 2-core machine; the mail worker's turn
//! included).

use std::time::Duration;

use jiff::SignedDuration;

use crate::app::schedule_tick::TickReport;
use crate::app::{App, AppResult};

/// The longest the scheduler sleeps without looking: every change wakes it, so this only bounds
/// what no signal reports (the system clock adjusted, a change made while the listener was
/// reconnecting and caught by no pass).
const MAX_SLEEP: Duration = Duration::from_secs(60);

/// One pass now (tests and the bench run the scheduler at times of their choosing).
pub async fn tick(app: &App) -> AppResult<TickReport> {
    app.schedule_tick().await
}

/// The loop: a pass, then sleep until the next due time (at most `MAX_SLEEP`) or until woken.
pub async fn run(app: App) {
    let wake = app.scheduler_wakeup();
    loop {
        let wait = match tick(&app).await {
            Ok(report) => match report.next_due {
                Some(at) => {
                    let left = at.duration_since(app.now()).max(SignedDuration::ZERO);
                    Duration::try_from(left).unwrap_or(MAX_SLEEP).min(MAX_SLEEP)
                }
                None => MAX_SLEEP,
            },
            Err(e) => {
                tracing::error!(error = %e, "scheduler pass failed");
                Duration::from_secs(10)
            }
        };
        tokio::select! {
            _ = tokio::time::sleep(wait) => {}
            _ = wake.notified() => {}
        }
    }
}
