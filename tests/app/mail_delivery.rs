//! Delivery through failures: an SMTP outage in the middle of a reminder wave, a worker killed
//! at chosen moments (before sending, after the server accepted but before the mark, after the
//! mark), and two instances on one PostgreSQL database sending a wave for 200 delegations.
//! "Killed" means the worker's task is aborted where a fault hook holds it, as a crash would stop
//! it; a new worker is then started on the same database.

use std::collections::HashMap;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use jiff::SignedDuration;
use redraft::config::{Config, ServerArgs};
use redraft::domain::Clock;
use redraft::jobs::worker::Worker;
use redraft::jobs::{FaultHook, FaultPoint, JobSettings, WorkerSettings};
use redraft::store::outbox::OutboxStatus;
use reqwest::StatusCode;

use crate::both_backends;
use crate::helpers::{Backend, CHAIR, TestApp, skip_without_postgres};
use crate::mail::{DEMO_FOCAL_POINTS, add_focal_points, outbox_entries, sign_in_by_smtp};
use redraft::bench::smtp_sink::SmtpServer;

both_backends!(
    smtp_outage_during_a_reminder_wave_delivers_each_reminder_once,
    killed_before_sending_every_message_arrives_once,
    killed_between_acceptance_and_mark_the_copy_has_the_same_message_id,
    killed_after_the_mark_every_message_arrives_once,
);

/// Each of the six focal points received the reminder once.
fn each_reminder_arrived_once(smtp: &SmtpServer) {
    let reminders = reminders_by_recipient(smtp);
    assert_eq!(reminders.len(), 6);
    assert!(
        reminders.values().all(|ids| ids.len() == 1),
        "{reminders:?}"
    );
}

/// Reminders received per recipient.
fn reminders_by_recipient(smtp: &SmtpServer) -> HashMap<String, Vec<String>> {
    let mut map: HashMap<String, Vec<String>> = HashMap::new();
    for received in smtp.received() {
        let mail = received.parsed();
        if mail.subject.starts_with("Reminder:") {
            for to in received.envelope_to {
                map.entry(to.to_lowercase())
                    .or_default()
                    .push(mail.message_id.clone());
            }
        }
    }
    map
}

async fn wait_until<F: Fn() -> bool>(what: &str, condition: F) {
    for _ in 0..400 {
        if condition() {
            return;
        }
        tokio::time::sleep(Duration::from_millis(25)).await;
    }
    panic!("timed out waiting for {what}");
}

async fn smtp_outage_during_a_reminder_wave_delivers_each_reminder_once(backend: Backend) {
    let mut smtp = SmtpServer::start().await;
    let t = TestApp::spawn_smtp(backend, &smtp.url()).await;
    let added = add_focal_points(&t, 110).await;
    let expected = added.len() + DEMO_FOCAL_POINTS.len();
    let before = smtp.count();

    // The server goes down by itself after accepting 20 reminders of the wave.
    smtp.stop_after(before + 20);
    t.clock
        .set(t.closes_at().await - SignedDuration::from_hours(47));
    redraft::jobs::scheduler::tick(&t.app)
        .await
        .expect("scheduler pass");
    wait_until("the outage", || !smtp.is_running()).await;
    // Every reminder not delivered has been tried and waits for its retry.
    for _ in 0..400 {
        let entries = outbox_entries(&t).await;
        let waiting = entries
            .iter()
            .filter(|e| e.kind == "reminder" && e.status != OutboxStatus::Sent)
            .collect::<Vec<_>>();
        if !waiting.is_empty()
            && waiting
                .iter()
                .all(|e| e.status == OutboxStatus::Pending && e.attempts >= 1)
        {
            break;
        }
        tokio::time::sleep(Duration::from_millis(25)).await;
    }
    let delivered_during_wave = reminders_by_recipient(&smtp)
        .values()
        .map(Vec::len)
        .sum::<usize>();
    assert_eq!(delivered_during_wave, 20);

    smtp.restart().await;
    for _ in 0..10 {
        t.clock.advance(SignedDuration::from_hours(1));
        t.settle_mail().await;
        if reminders_by_recipient(&smtp).len() == expected {
            break;
        }
    }
    let reminders = reminders_by_recipient(&smtp);
    assert_eq!(
        reminders.len(),
        expected,
        "every focal point got a reminder"
    );
    for (to, ids) in &reminders {
        assert_eq!(ids.len(), 1, "{to} got {} reminders", ids.len());
    }
    let entries = outbox_entries(&t).await;
    assert!(
        entries
            .iter()
            .filter(|e| e.kind == "reminder")
            .all(|e| e.status == OutboxStatus::Sent && !e.resent_after_crash)
    );
    assert!(
        entries
            .iter()
            .any(|e| e.kind == "reminder" && e.attempts > 1 && e.last_error.is_none()),
        "some reminders needed a second attempt"
    );
}

/// Runs a reminder wave for the demo's six focal points with a worker that is killed when the
/// third message reaches `point`, then finishes it with a new worker. Returns the test app, the
/// SMTP server and the outbox id of the message the kill fell on.
async fn wave_with_a_kill(backend: Backend, point: FaultPoint) -> (TestApp, SmtpServer, i64) {
    let smtp = SmtpServer::start().await;
    let t = TestApp::spawn_smtp(backend, &smtp.url()).await;
    // This test runs its own workers.
    t.stop_jobs();
    t.clock
        .set(t.closes_at().await - SignedDuration::from_hours(47));
    let report = redraft::jobs::scheduler::tick(&t.app)
        .await
        .expect("scheduler pass");
    assert_eq!(report.reminders, 6);

    let (killed_tx, mut killed_rx) = tokio::sync::mpsc::unbounded_channel::<i64>();
    let seen = Arc::new(AtomicUsize::new(0));
    let hook: FaultHook = Arc::new(move |at, outbox_id| {
        let killed_tx = killed_tx.clone();
        let seen = seen.clone();
        Box::pin(async move {
            if at == point && seen.fetch_add(1, Ordering::SeqCst) == 2 {
                let _ = killed_tx.send(outbox_id);
                // Held here until the task is aborted.
                std::future::pending::<()>().await;
            }
        })
    });
    let settings = WorkerSettings {
        concurrency: 1,
        batch: 1,
        fault: Some(hook),
        ..WorkerSettings::default()
    };
    let lease = settings.lease;
    let first = tokio::spawn(Worker::new(t.app.clone(), settings).run());
    t.app.wake_mail();
    let victim = tokio::time::timeout(Duration::from_secs(20), killed_rx.recv())
        .await
        .expect("the worker reached the fault point")
        .expect("an outbox id");
    first.abort();
    assert!(first.await.expect_err("killed").is_cancelled());

    // A new worker on the same database, once the dead worker's claim has run out.
    t.clock.advance(lease + SignedDuration::from_secs(1));
    let second = Worker::new(t.app.clone(), WorkerSettings::default());
    let report = second.run_pass().await.expect("pass");
    assert!(report.sent >= 1);
    // It keeps running, for the sign-in e-mails of the checks below.
    let _running = tokio::spawn(second.run());
    (t, smtp, victim)
}

async fn killed_before_sending_every_message_arrives_once(backend: Backend) {
    let (t, smtp, victim) = wave_with_a_kill(backend, FaultPoint::Claimed).await;
    each_reminder_arrived_once(&smtp);
    let entry = outbox_entries(&t)
        .await
        .into_iter()
        .find(|e| e.outbox_id == victim)
        .expect("entry");
    // Its attempt was recorded and never finished: it is flagged, though only one copy left.
    assert_eq!(entry.status, OutboxStatus::Sent);
    assert!(entry.resent_after_crash);
    assert_eq!(entry.attempts, 2);
}

async fn killed_between_acceptance_and_mark_the_copy_has_the_same_message_id(backend: Backend) {
    let (t, smtp, victim) = wave_with_a_kill(backend, FaultPoint::Accepted).await;
    let reminders = reminders_by_recipient(&smtp);
    assert_eq!(reminders.len(), 6);
    let entries = outbox_entries(&t).await;
    let entry = entries
        .iter()
        .find(|e| e.outbox_id == victim)
        .expect("entry");
    for (to, ids) in &reminders {
        if to.eq_ignore_ascii_case(&entry.recipient) {
            assert_eq!(ids.len(), 2, "at most twice, and here twice");
            assert_eq!(ids[0], ids[1], "both copies carry the same Message-ID");
            assert_eq!(format!("<{}>", ids[0]), entry.message_id);
        } else {
            assert_eq!(ids.len(), 1, "{to}");
        }
    }
    assert_eq!(entry.status, OutboxStatus::Sent);
    assert!(entry.resent_after_crash);
    assert!(
        entries
            .iter()
            .filter(|e| e.outbox_id != victim && e.kind == "reminder")
            .all(|e| !e.resent_after_crash && e.status == OutboxStatus::Sent)
    );

    // The Chair's mail log says so.
    let chair = sign_in_by_smtp(&t, &smtp, CHAIR).await;
    let page = chair
        .get(&format!("/chair/rounds/{}/mail", t.round_id))
        .await;
    assert_eq!(page.status, StatusCode::OK);
    let flagged: Vec<String> = page
        .texts("table.mail-log tbody tr")
        .into_iter()
        .filter(|r| r.contains("re-sent after a crash, with the same Message-ID"))
        .collect();
    assert_eq!(flagged.len(), 1, "{flagged:?}");
    assert!(flagged[0].contains(&entry.recipient));
}

async fn killed_after_the_mark_every_message_arrives_once(backend: Backend) {
    let (t, smtp, _victim) = wave_with_a_kill(backend, FaultPoint::Marked).await;
    each_reminder_arrived_once(&smtp);
    assert!(
        outbox_entries(&t)
            .await
            .iter()
            .filter(|e| e.kind == "reminder")
            .all(|e| e.status == OutboxStatus::Sent && !e.resent_after_crash)
    );
}

/// Two instances (each with its worker and scheduler) on one PostgreSQL database, a reminder
/// wave for 200 delegations: each focal point receives each reminder exactly once.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_instances_on_postgres_send_a_wave_for_200_delegations_once() {
    if skip_without_postgres("two_instances_on_postgres_send_a_wave_for_200_delegations_once") {
        return;
    }
    let smtp = SmtpServer::start().await;
    let t = TestApp::spawn_smtp(Backend::Postgres, &smtp.url()).await;
    let added = add_focal_points(&t, 200).await;
    let expected = added.len() + DEMO_FOCAL_POINTS.len();

    // The second instance: its own app, pool, worker and scheduler, same database and clock.
    let data_dir = tempfile::tempdir().expect("temp dir");
    let config = Config::load(&ServerArgs {
        listen: Some("127.0.0.1:0".into()),
        data_dir: Some(data_dir.path().to_path_buf()),
        database_url: Some(t.database_url.clone()),
        public_url: Some(t.base.clone()),
        smtp_url: Some(smtp.url()),
        ..ServerArgs::default()
    })
    .expect("config");
    let second = redraft::startup::build_app(&config, t.clock.clone())
        .await
        .expect("second instance");
    let second_jobs = redraft::jobs::spawn(second.clone(), redraft::startup::job_settings(&config));
    assert!(second_jobs.running());

    t.clock
        .set(t.closes_at().await - SignedDuration::from_hours(47));
    // Both schedulers and both workers at once.
    let (a, b) = tokio::join!(
        redraft::jobs::scheduler::tick(&t.app),
        redraft::jobs::scheduler::tick(&second)
    );
    let enqueued = a.expect("first").reminders + b.expect("second").reminders;
    assert!(enqueued <= expected, "never more than once: {enqueued}");
    t.app.wake_mail();
    second.wake_mail();
    wait_until("the wave", || {
        reminders_by_recipient(&smtp)
            .values()
            .map(Vec::len)
            .sum::<usize>()
            >= expected
    })
    .await;
    t.settle_mail().await;
    // A little longer, so that a duplicate would have time to arrive.
    tokio::time::sleep(Duration::from_millis(300)).await;
    let reminders = reminders_by_recipient(&smtp);
    assert_eq!(reminders.len(), expected);
    for (to, ids) in &reminders {
        assert_eq!(ids.len(), 1, "{to} got {} reminders", ids.len());
    }
    let entries = outbox_entries(&t).await;
    let reminder_rows: Vec<_> = entries.iter().filter(|e| e.kind == "reminder").collect();
    assert_eq!(reminder_rows.len(), expected);
    assert!(
        reminder_rows
            .iter()
            .all(|e| e.status == OutboxStatus::Sent && e.attempts == 1)
    );
    second_jobs.abort();
    second.store().close().await;
}

/// On SQLite one instance runs the jobs: a second one on the same file refuses to.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_second_instance_on_sqlite_does_not_run_the_jobs() {
    let t = TestApp::spawn(Backend::Sqlite).await;
    let second = redraft::startup::build_app(
        &Config::load(&ServerArgs {
            database_url: Some(t.database_url.clone()),
            data_dir: Some(t.mail_dir.parent().expect("data dir").to_path_buf()),
            ..ServerArgs::default()
        })
        .expect("config"),
        t.clock.clone(),
    )
    .await
    .expect("second instance");
    let jobs = redraft::jobs::spawn(
        second,
        JobSettings {
            sqlite_lock_path: redraft::jobs::sqlite_lock_path(&t.database_url),
            ..JobSettings::default()
        },
    );
    assert!(!jobs.running());
    let _ = t.clock.now();
}
