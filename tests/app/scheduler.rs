//! The scheduler's own loop, in real time: a round set to open 3 seconds ahead has its
//! invitations written within 2 s of the opening, and a reminder within 2 s of its due time —
//! on this instance (woken in-process) and, on PostgreSQL, on another instance sharing the
//! database (woken through `LISTEN`/`NOTIFY`, also after its listening connection was cut); and
//! every change that moves a due time is announced to the other instances.

use std::time::{Duration, Instant};

use jiff::{SignedDuration, Timestamp};
use reqwest::StatusCode;
use serde_json::json;
use sqlx::postgres::PgListener;

use crate::both_backends;
use crate::helpers::{Backend, CHAIR, TestApp, User, skip_without_postgres};
use redraft::config::{Config, ServerArgs};

both_backends!(a_round_set_to_open_in_3_seconds_invites_and_reminds_on_time);

/// How late the scheduler may write what fell due.
const TARGET: Duration = Duration::from_secs(2);
const FOCAL_POINT: &str = "focal@chile.example.org";

/// When the round's work falls due, in real time.
struct Due {
    opening: Instant,
    reminder: Instant,
}

/// Sets up a round through the API (draft, one delegation, a reminder 1 min 55 s before the
/// deadline) opening an hour from now; then, with the test's clock running in real time from
/// 3 s before a whole minute, the Chair moves the opening to that minute and the deadline two
/// minutes later on the settings page: the reminder falls due 5 s after the opening.
async fn round_opening_in_3_seconds(t: &TestApp, chair: &User) -> Due {
    let api = t.api(CHAIR).await;
    let minute = Timestamp::from_second((t.app.now().as_second() / 60 + 3) * 60).expect("minute");
    let id = api
        .create_round(json!({
            "opens_at": (minute + SignedDuration::from_hours(1)).to_string(),
            "closes_at": (minute + SignedDuration::from_hours(2)).to_string(),
            "reminders_before": ["PT1M55S"],
        }))
        .await;
    let draft = api
        .put(
            &format!("/rounds/{id}/recommendations"),
            json!([{"agenda_item": "2", "agenda_title": "Marking", "label": "1", "text": "States parties should consider marking firearms."}]),
        )
        .await;
    assert_eq!(draft.status, StatusCode::OK, "{}", draft.json);
    let delegations = api
        .put_csv(
            &format!("/rounds/{id}/delegations"),
            format!("name,category,focal_point_emails\r\nChile,party,{FOCAL_POINT}\r\n")
                .into_bytes(),
        )
        .await;
    assert_eq!(delegations.status, StatusCode::OK, "{}", delegations.json);

    let vienna = |at: Timestamp| at.in_tz("Europe/Vienna").expect("zone");
    let (opens, closes) = (
        vienna(minute),
        vienna(minute + SignedDuration::from_mins(2)),
    );
    let settings = chair.get(&format!("/chair/rounds/{id}/settings")).await;
    assert_eq!(settings.status, StatusCode::OK, "{}", settings.body);
    let form = settings
        .form("form[action$='/settings']")
        .set("opens_date", &opens.date().to_string())
        .set("opens_time", &opens.strftime("%H:%M").to_string())
        .set("closes_date", &closes.date().to_string())
        .set("closes_time", &closes.strftime("%H:%M").to_string());
    let preview = chair.submit(&form.set("action", "preview")).await;
    assert_eq!(preview.status, StatusCode::OK, "{}", preview.body);
    let save = preview
        .form("form[action$='/settings']")
        .set("action", "save");

    t.clock.set(minute - SignedDuration::from_secs(3));
    t.clock.run();
    let opening = Instant::now() + Duration::from_secs(3);
    let saved = chair.submit(&save).await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    assert!(
        Instant::now() < opening,
        "saving took more than 3 s: the test measures nothing"
    );
    Due {
        opening,
        reminder: opening + Duration::from_secs(5),
    }
}

/// Waits (bounded) for the first e-mail to the focal point whose subject starts with `subject`;
/// returns how long after `due` it was written. Fails if it was written before `due`.
async fn written_after(t: &TestApp, subject: &str, due: Instant) -> Duration {
    let limit = due + Duration::from_secs(90);
    loop {
        let written = t
            .mails_to(FOCAL_POINT)
            .iter()
            .any(|m| m.subject.starts_with(subject));
        let seen = Instant::now();
        if written {
            assert!(seen >= due, "{subject:?} was written before it was due");
            return seen - due;
        }
        assert!(seen < limit, "no {subject:?} e-mail was written");
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
}

/// Waits for the invitation and the reminder; returns how late each was written.
async fn lateness(t: &TestApp, due: &Due) -> (Duration, Duration) {
    let invitation = written_after(t, "Invitation to comment", due.opening).await;
    let reminder = written_after(t, "Reminder:", due.reminder).await;
    (invitation, reminder)
}

async fn a_round_set_to_open_in_3_seconds_invites_and_reminds_on_time(backend: Backend) {
    let t = TestApp::spawn(backend).await;
    let chair = t.sign_in(CHAIR).await;
    let due = round_opening_in_3_seconds(&t, &chair).await;
    let (invitation, reminder) = lateness(&t, &due).await;
    eprintln!(
        "{backend:?}, one instance: invitation written {} ms after the opening, reminder {} ms after its due time",
        invitation.as_millis(),
        reminder.as_millis()
    );
    assert!(invitation < TARGET, "invitation {invitation:?} late");
    assert!(reminder < TARGET, "reminder {reminder:?} late");
}

/// The process ids of the connections listening on the test's database.
async fn listeners(t: &TestApp) -> Vec<i64> {
    let mut conn = t.app.store().read().await.expect("conn");
    sqlx::query_scalar(
        "SELECT pid::bigint FROM pg_stat_activity \
         WHERE datname = current_database() AND query LIKE 'LISTEN%' ORDER BY pid",
    )
    .fetch_all(&mut *conn)
    .await
    .expect("pg_stat_activity")
}

async fn wait_for_listeners(t: &TestApp, what: &str, ok: impl Fn(&[i64]) -> bool) -> Vec<i64> {
    for _ in 0..500 {
        let pids = listeners(t).await;
        if ok(&pids) {
            return pids;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    panic!("{what}: listeners are {:?}", listeners(t).await);
}

/// The Chair's change is made on the first instance, whose jobs are stopped; the second
/// instance, which shares the database, writes the e-mails on time: it heard of the change.
/// Its listening connection is cut first, so this also shows that it listens again.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_change_on_one_instance_wakes_the_scheduler_of_another() {
    if skip_without_postgres("a_change_on_one_instance_wakes_the_scheduler_of_another") {
        return;
    }
    let t = TestApp::spawn(Backend::Postgres).await;
    let chair = t.sign_in(CHAIR).await;
    t.stop_jobs();
    wait_for_listeners(&t, "the first instance stops listening", |p| p.is_empty()).await;

    let config = Config::load(&ServerArgs {
        listen: Some("127.0.0.1:0".into()),
        data_dir: Some(t.mail_dir.parent().expect("data dir").to_path_buf()),
        database_url: Some(t.database_url.clone()),
        public_url: Some(t.base.clone()),
        ..ServerArgs::default()
    })
    .expect("config");
    let second = redraft::startup::build_app(&config, t.clock.clone())
        .await
        .expect("second instance");
    let jobs = redraft::jobs::spawn(second.clone(), redraft::startup::job_settings(&config));
    let first = wait_for_listeners(&t, "the second instance listens", |p| p.len() == 1).await;
    let mut conn = t.app.store().read().await.expect("conn");
    let cut: bool = sqlx::query_scalar("SELECT pg_terminate_backend($1::integer)")
        .bind(first[0])
        .fetch_one(&mut *conn)
        .await
        .expect("terminate");
    assert!(cut);
    drop(conn);
    wait_for_listeners(&t, "the second instance listens again", |p| {
        p.len() == 1 && p[0] != first[0]
    })
    .await;

    let due = round_opening_in_3_seconds(&t, &chair).await;
    let (invitation, reminder) = lateness(&t, &due).await;
    eprintln!(
        "Postgres, change on another instance: invitation written {} ms after the opening, reminder {} ms after its due time",
        invitation.as_millis(),
        reminder.as_millis()
    );
    assert!(invitation < TARGET, "invitation {invitation:?} late");
    assert!(reminder < TARGET, "reminder {reminder:?} late");
    jobs.abort();
    second.store().close().await;
}

/// The payloads heard on the schedule channel: waits up to `first` for one, then takes any
/// that follow at once.
async fn heard(listener: &mut PgListener, first: Duration) -> Vec<String> {
    let mut payloads = Vec::new();
    let mut wait = first;
    while let Ok(Ok(notification)) = tokio::time::timeout(wait, listener.recv()).await {
        payloads.push(notification.payload().to_string());
        wait = Duration::from_millis(300);
    }
    payloads
}

/// Every change that moves a due time, through the API or the Chair's pages, is announced to
/// the other instances once, from its transaction; a refused change is not.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_change_of_due_times_is_announced_to_the_other_instances() {
    if skip_without_postgres("every_change_of_due_times_is_announced_to_the_other_instances") {
        return;
    }
    let t = TestApp::spawn(Backend::Postgres).await;
    let chair = t.sign_in(CHAIR).await;
    let api = t.api(CHAIR).await;
    let mut listener = PgListener::connect(&t.database_url).await.expect("listen");
    listener.listen("redraft_schedule").await.expect("listen");
    let announced = |round_id: i64| vec![round_id.to_string()];

    // The open demo round: every schedule change, through the API.
    let demo = t.round_id;
    let later = t.closes_at().await + SignedDuration::from_hours(24);
    let refused = api
        .post(
            &format!("/rounds/{demo}/extension"),
            json!({"closes_at": later.to_string(), "reason": ""}),
        )
        .await;
    assert_eq!(
        refused.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{}",
        refused.json
    );
    assert_eq!(
        heard(&mut listener, Duration::from_millis(500)).await,
        Vec::<String>::new()
    );
    let reason = "Agreed by the Bureau.";
    let delegation = crate::mail::delegation_of(&t, crate::helpers::AUSTRIA).await;
    for (what, path, body) in [
        (
            "extension",
            "extension",
            json!({"closes_at": later.to_string(), "reason": reason}),
        ),
        (
            "extension for one delegation",
            "extension",
            json!({"closes_at": (later + SignedDuration::from_hours(1)).to_string(), "reason": reason, "delegation_id": delegation}),
        ),
        ("early close", "close", json!({"reason": reason})),
        (
            "reopening",
            "reopen",
            json!({"closes_at": later.to_string(), "reason": reason}),
        ),
        ("cancellation", "cancel", json!({"reason": reason})),
    ] {
        let answer = api.post(&format!("/rounds/{demo}/{path}"), body).await;
        assert!(answer.status.is_success(), "{what}: {}", answer.json);
        assert_eq!(
            heard(&mut listener, Duration::from_secs(5)).await,
            announced(demo),
            "{what}"
        );
    }

    // A new round: created and its delegations imported through the API, its settings, focal
    // points and delegations changed on the Chair's pages.
    let opens = t.app.now() + SignedDuration::from_hours(1);
    let id = api
        .create_round(json!({
            "opens_at": opens.to_string(),
            "closes_at": (opens + SignedDuration::from_hours(48)).to_string(),
        }))
        .await;
    assert_eq!(
        heard(&mut listener, Duration::from_secs(5)).await,
        announced(id),
        "creation"
    );
    let imported = api
        .put_csv(
            &format!("/rounds/{id}/delegations"),
            format!("name,category,focal_point_emails\r\nChile,party,{FOCAL_POINT}\r\n")
                .into_bytes(),
        )
        .await;
    assert_eq!(imported.status, StatusCode::OK, "{}", imported.json);
    assert_eq!(
        heard(&mut listener, Duration::from_secs(5)).await,
        announced(id),
        "import"
    );

    let settings = chair.get(&format!("/chair/rounds/{id}/settings")).await;
    let form = settings
        .form("form[action$='/settings']")
        .set("opens_time", "23:30")
        .set("action", "save");
    let saved = chair.submit(&form).await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    assert_eq!(
        heard(&mut listener, Duration::from_secs(5)).await,
        announced(id),
        "settings"
    );

    let page = chair.get(&format!("/chair/rounds/{id}/delegations")).await;
    let add = page
        .form("form:has(input[name='action'][value='add-focal-point'])")
        .set("email", "deputy@chile.example.org");
    let added = chair.submit_multipart(&add, None).await;
    added.assert_says("The focal point was added.");
    assert_eq!(
        heard(&mut listener, Duration::from_secs(5)).await,
        announced(id),
        "focal point"
    );
    let page = chair.get(&format!("/chair/rounds/{id}/delegations")).await;
    let remove = page.form("form:has(input[name='action'][value='remove'])");
    let removed = chair.submit_multipart(&remove, None).await;
    assert!(
        removed
            .body
            .contains("The delegation was removed from this round."),
        "{}",
        removed.body
    );
    assert_eq!(
        heard(&mut listener, Duration::from_secs(5)).await,
        announced(id),
        "removal"
    );
}
