//! Group commit (the queue of delegations' comment writes): writes that share a transaction
//! still stand or fall alone; a write is answered "done" only when it is stored, and "failed"
//! only when nothing of it is; a write that panics takes nothing with it silently and the queue
//! goes on.

use std::time::Duration;

use sqlx::{AnyConnection, Executor, Row};

use crate::both_backends;
use crate::helpers::{AUSTRIA, BRAZIL, Backend, CHAIR, TestApp};
use redraft::store::audit::{AuditEntry, AuditRow, events_for_object};
use redraft::store::comment::writes::{QueuedSubmission, insert_submissions};
use redraft::store::outbox::{NewOutboxMail, OutboxRow, keys_with_prefix};
use redraft::store::{GroupRows, Store, StoreError};

both_backends!(
    writes_in_one_group_stand_or_fall_alone,
    a_panicking_write_fails_only_what_it_shared,
    a_group_writes_the_rows_of_its_acknowledged_writes_only,
    a_slow_write_ends_its_group,
    submissions_stored_together_stand_or_fall_alone,
    a_submission_of_no_round_stores_nothing_among_others,
    submissions_between_other_writes_are_numbered_in_order,
    the_writers_warm_up_leaves_nothing
);

#[derive(Debug)]
enum ProbeError {
    Store(StoreError),
    Refused(i64),
}

impl From<StoreError> for ProbeError {
    fn from(e: StoreError) -> Self {
        ProbeError::Store(e)
    }
}

impl From<sqlx::Error> for ProbeError {
    fn from(e: sqlx::Error) -> Self {
        ProbeError::Store(e.into())
    }
}

async fn create_probe_table(store: &Store) {
    let mut conn = store.read().await.expect("connection");
    conn.execute("CREATE TABLE probe (n BIGINT PRIMARY KEY, note TEXT NOT NULL)")
        .await
        .expect("create probe");
}

async fn stored(store: &Store) -> Vec<i64> {
    let mut conn = store.read().await.expect("connection");
    sqlx::query("SELECT n FROM probe ORDER BY n")
        .fetch_all(&mut *conn)
        .await
        .expect("probe rows")
        .iter()
        .map(|r| r.get::<i64, _>("n"))
        .collect()
}

/// Inserts `n` (and a second row `n + 1000`), then refuses when `n` is a multiple of 3: the
/// refused write's rows must vanish with it.
async fn probe_write(conn: &mut AnyConnection, n: i64) -> Result<i64, ProbeError> {
    for value in [n, n + 1000] {
        sqlx::query("INSERT INTO probe (n, note) VALUES ($1, $2)")
            .bind(value)
            .bind(format!("write {n}"))
            .execute(&mut *conn)
            .await?;
    }
    if n % 3 == 0 {
        return Err(ProbeError::Refused(n));
    }
    Ok(n)
}

/// Holds the store's write lock (and, on PostgreSQL, a lock on the probe table) while the writes
/// queue, so that they share groups.
async fn hold_writes_while<F: std::future::Future>(store: &Store, queue: F) -> F::Output {
    let mut tx = store.begin_write().await.expect("write transaction");
    if store.backend() == redraft::store::Backend::Postgres {
        tx.execute("LOCK TABLE probe IN EXCLUSIVE MODE")
            .await
            .expect("lock probe");
    }
    let output = queue.await;
    tokio::time::sleep(Duration::from_millis(200)).await;
    tx.commit().await.expect("commit");
    output
}

/// Spawns writes 1..=`count` (`write(store, n)` each) while the store's writes are held, so that
/// they queue together, and returns their tasks in order.
async fn queued_together<W, Fut, T>(
    store: &Store,
    count: i64,
    write: W,
) -> Vec<tokio::task::JoinHandle<T>>
where
    W: Fn(Store, i64) -> Fut,
    Fut: std::future::Future<Output = T> + Send + 'static,
    T: Send + 'static,
{
    hold_writes_while(store, async {
        (1..=count)
            .map(|n| tokio::spawn(write(store.clone(), n)))
            .collect::<Vec<_>>()
    })
    .await
}

async fn writes_in_one_group_stand_or_fall_alone(backend: Backend) {
    let t = TestApp::spawn(backend).await;
    let store = t.app.store().clone();
    create_probe_table(&store).await;

    let tasks = queued_together(&store, 40, |store, n| async move {
        store
            .grouped_write(move |conn| Box::pin(probe_write(conn, n)))
            .await
    })
    .await;
    let mut acknowledged = Vec::new();
    for (n, task) in (1..=40i64).zip(tasks) {
        match task.await.expect("task") {
            Ok(v) => {
                assert_eq!(v, n);
                assert_ne!(n % 3, 0, "write {n} should have been refused");
                acknowledged.push(n);
            }
            Err(ProbeError::Refused(v)) => assert_eq!(v, n),
            Err(e) => panic!("write {n} failed: {e:?}"),
        }
    }
    let mut expected: Vec<i64> = acknowledged.clone();
    expected.extend(acknowledged.iter().map(|n| n + 1000));
    expected.sort();
    assert_eq!(acknowledged.len(), 27);
    assert_eq!(
        stored(&store).await,
        expected,
        "exactly the rows of the acknowledged writes are stored, both rows of each"
    );
}

async fn a_panicking_write_fails_only_what_it_shared(backend: Backend) {
    let t = TestApp::spawn(backend).await;
    let store = t.app.store().clone();
    create_probe_table(&store).await;

    let tasks = queued_together(&store, 20, |store, n| async move {
        store
            .grouped_write(move |conn| {
                Box::pin(async move {
                    let v = probe_write(conn, n).await?;
                    if n == 7 {
                        panic!("a bug in write 7");
                    }
                    Ok::<_, ProbeError>(v)
                })
            })
            .await
    })
    .await;
    let mut acknowledged = Vec::new();
    let mut failed = 0;
    for (n, task) in (1..=20i64).zip(tasks) {
        match task.await.expect("task") {
            Ok(_) => acknowledged.push(n),
            Err(ProbeError::Refused(v)) => assert_eq!(v, n),
            Err(ProbeError::Store(StoreError::GroupNotCommitted)) => failed += 1,
            Err(e) => panic!("write {n} failed unexpectedly: {e:?}"),
        }
    }
    assert!(
        !acknowledged.contains(&7),
        "the panicking write is never acknowledged"
    );
    assert!(failed >= 1, "the panicking write is answered as failed");
    let mut expected: Vec<i64> = acknowledged.clone();
    expected.extend(acknowledged.iter().map(|n| n + 1000));
    expected.sort();
    assert_eq!(
        stored(&store).await,
        expected,
        "acknowledged means stored, failed means nothing stored"
    );

    // The queue goes on after the panic.
    let after = store
        .grouped_write(move |conn| Box::pin(probe_write(conn, 100)))
        .await
        .expect("a write after the panic");
    assert_eq!(after, 100);
    assert!(stored(&store).await.contains(&100));
}

/// The audit rows and outbox messages a write hands to its group are written with the group,
/// in a few multi-row statements: exactly those of the acknowledged writes, none of a refused
/// one (on SQLite the 40 writes share one group, 27 acknowledged: batches of 16, 4, 4, 1, 1, 1);
/// a message whose dedupe key another write put there already is left out, not an error.
async fn a_group_writes_the_rows_of_its_acknowledged_writes_only(backend: Backend) {
    let t = TestApp::spawn(backend).await;
    let store = t.app.store().clone();
    create_probe_table(&store).await;

    let tasks = queued_together(&store, 40, |store, n| async move {
        store
            .grouped_write_audited(move |conn| {
                Box::pin(async move {
                    let v = probe_write(conn, n).await?;
                    let row = AuditRow::from(&AuditEntry {
                        at: jiff::Timestamp::from_second(1_600_000_000 + n).expect("instant"),
                        actor_user_id: None,
                        delegation_id: None,
                        round_id: None,
                        action: "probe_written",
                        object_type: "probe",
                        object_id: Some(n),
                        before: None,
                        after: Some(serde_json::json!({ "n": n })),
                    });
                    let mail = |key: &str| {
                        OutboxRow::from(&NewOutboxMail {
                            dedupe_key: key,
                            kind: "test",
                            round_id: None,
                            delegation_id: None,
                            user_id: None,
                            recipient: "probe@example.org",
                            message_id: key,
                            subject: "Probe",
                            body_text: "Probe",
                            body_html: "<p>Probe</p>",
                            attachment: None,
                            expires_at: None,
                            at: jiff::Timestamp::from_second(1_600_000_000 + n).expect("instant"),
                        })
                    };
                    let mut outbox = vec![mail(&format!("probe:{n}"))];
                    if n % 10 == 0 {
                        outbox.push(mail("probe:shared"));
                    }
                    Ok::<_, ProbeError>((
                        v,
                        GroupRows {
                            audit: vec![row],
                            outbox,
                        },
                    ))
                })
            })
            .await
    })
    .await;
    let mut acknowledged = Vec::new();
    for (n, task) in (1..=40i64).zip(tasks) {
        match task.await.expect("task") {
            Ok(v) => acknowledged.push(v),
            Err(ProbeError::Refused(v)) => assert_eq!(v, n),
            Err(e) => panic!("write {n} failed: {e:?}"),
        }
    }
    assert_eq!(acknowledged.len(), 27);
    let mut conn = store.read().await.expect("connection");
    for n in 1..=40i64 {
        let events = events_for_object(&mut conn, "probe", n)
            .await
            .expect("audit events");
        if acknowledged.contains(&n) {
            assert_eq!(events.len(), 1, "one audit row for acknowledged write {n}");
            assert_eq!(events[0].action, "probe_written");
            assert_eq!(events[0].at.as_second(), 1_600_000_000 + n);
            assert_eq!(
                events[0].after_json.as_deref(),
                Some(format!("{{\"n\":{n}}}").as_str())
            );
        } else {
            assert!(events.is_empty(), "no audit row for refused write {n}");
        }
    }
    let mut expected: std::collections::HashSet<String> =
        acknowledged.iter().map(|n| format!("probe:{n}")).collect();
    if acknowledged.iter().any(|n| n % 10 == 0) {
        expected.insert("probe:shared".into());
    }
    assert_eq!(
        keys_with_prefix(&mut conn, "probe:")
            .await
            .expect("outbox keys"),
        expected,
        "the messages of the acknowledged writes, each once"
    );
}

/// A group takes writes for a bounded time only: the write queued behind a slow one goes into
/// the next group, after the slow one's commit (each write is answered at the end of its
/// group, so a long group would make its first writes wait for all the others).
async fn a_slow_write_ends_its_group(backend: Backend) {
    let t = TestApp::spawn(backend).await;
    let store = t.app.store().clone();
    create_probe_table(&store).await;

    // Each write first looks, from another connection, whether the other write is stored and
    // committed, then stores itself and takes longer than any group's budget.
    let tasks = queued_together(&store, 2, |store, n| async move {
        let writer = store.clone();
        writer
            .grouped_write(move |conn| {
                let store = store.clone();
                Box::pin(async move {
                    let other_committed: i64 = {
                        let mut read = store.read().await?;
                        sqlx::query_scalar("SELECT COUNT(*) FROM probe WHERE n = $1")
                            .bind(3 - n)
                            .fetch_one(&mut *read)
                            .await?
                    };
                    sqlx::query("INSERT INTO probe (n, note) VALUES ($1, 'slow')")
                        .bind(n)
                        .execute(&mut *conn)
                        .await?;
                    tokio::time::sleep(Duration::from_millis(100)).await;
                    Ok::<_, ProbeError>(other_committed)
                })
            })
            .await
    })
    .await;
    let mut saw_the_other = Vec::new();
    for task in tasks {
        saw_the_other.push(task.await.expect("task").expect("write"));
    }
    saw_the_other.sort();
    assert_eq!(
        saw_the_other,
        vec![0, 1],
        "the second write ran after the first was committed, in a group of its own"
    );
    assert_eq!(stored(&store).await, vec![1, 2]);
}

/// Submissions queued together are stored together (one statement for their comments), and
/// still stand or fall alone: twelve submissions of two delegations queue while the writer is
/// held and the deadline passes; Austria's are refused by the writer (the documented 409),
/// Brazil's, under an individual extension, are stored, marked late, with consecutive reference
/// numbers (the refused ones take none), each text as sent.
async fn submissions_stored_together_stand_or_fall_alone(backend: Backend) {
    let t = TestApp::spawn(backend).await;
    let round = t.round_id;
    let chair = t.api(CHAIR).await;
    let responses = chair.get(&format!("/rounds/{round}/responses")).await;
    let brazil_id = responses.json["delegations"]
        .as_array()
        .and_then(|l| l.iter().find(|d| d["name"] == "Brazil"))
        .and_then(|d| d["delegation_id"].as_i64())
        .expect("Brazil");
    let closes_at = t.closes_at().await;
    let later = (closes_at + jiff::SignedDuration::from_hours(24)).to_string();
    let extension = chair
        .post(
            &format!("/rounds/{round}/extension"),
            serde_json::json!({"closes_at": later, "reason": "Capital consultations.", "delegation_id": brazil_id}),
        )
        .await;
    assert_eq!(
        extension.status,
        reqwest::StatusCode::OK,
        "{}",
        extension.json
    );
    let austria = std::sync::Arc::new(t.api(AUSTRIA).await);
    let brazil = std::sync::Arc::new(t.api(BRAZIL).await);

    // The writer is held while the submissions queue.
    let held = hold_the_writer(t.app.store()).await;
    let tasks: Vec<_> = (0..12)
        .map(|n| {
            let client = if n % 2 == 0 {
                austria.clone()
            } else {
                brazil.clone()
            };
            let path = format!("/rounds/{round}/comments");
            tokio::spawn(async move {
                let text = format!("Submission {n} of the batch.");
                let answer = client
                    .post(&path, serde_json::json!({"kind": "remark", "text": text}))
                    .await;
                (n, text, answer)
            })
        })
        .collect();
    tokio::time::sleep(Duration::from_millis(500)).await;
    t.clock.set(closes_at + jiff::SignedDuration::from_mins(1));
    held.commit().await.expect("release the writer");

    let mut numbers = Vec::new();
    for task in tasks {
        let (n, text, answer) = task.await.expect("task");
        if n % 2 == 0 {
            assert_eq!(
                answer.status,
                reqwest::StatusCode::CONFLICT,
                "{}",
                answer.json
            );
            assert_eq!(answer.json["error"]["code"], "round_closed");
            continue;
        }
        assert_eq!(
            answer.status,
            reqwest::StatusCode::CREATED,
            "{}",
            answer.json
        );
        assert_eq!(answer.json["late"], true, "{}", answer.json);
        let reference = answer.json["reference"].as_str().expect("reference");
        numbers.push(
            reference
                .rsplit('/')
                .next()
                .and_then(|n| n.parse::<i64>().ok())
                .expect("number"),
        );
        let id = answer.json["id"].as_i64().expect("comment id");
        let stored = t.comment(id).await;
        assert_eq!(stored.text, text);
        assert_eq!(stored.reference, reference);
        assert!(stored.late);
    }
    numbers.sort();
    let first = numbers[0];
    assert_eq!(numbers, (first..first + 6).collect::<Vec<_>>(), "no gaps");
    assert_eq!(t.comment_count().await, 6, "nothing of Austria's is stored");
}

/// Submissions stored together get the numbers they would get one by one, in order; one of a
/// round that does not exist stores nothing and takes no number, and the others are stored.
async fn a_submission_of_no_round_stores_nothing_among_others(backend: Backend) {
    let t = TestApp::spawn(backend).await;
    let store = t.app.store().clone();
    let mut tx = store.begin_write().await.expect("write transaction");
    let (delegation_id, user_id): (i64, i64) =
        sqlx::query_as("SELECT delegation_id, user_id FROM app_user WHERE email = $1")
            .bind(AUSTRIA)
            .fetch_one(&mut *tx)
            .await
            .expect("Austria's focal point");
    let submission = |round_id: i64, text: &str| QueuedSubmission {
        round_id,
        delegation_id,
        recommendation_id: None,
        kind: redraft::domain::CommentKind::Remark,
        text: text.to_string(),
        proposed_text: None,
        by_user_id: user_id,
    };
    let queued = [
        submission(t.round_id, "First."),
        submission(t.round_id + 1_000, "Of no round."),
        submission(t.round_id, "Second."),
    ];
    let news: Vec<_> = queued.iter().map(|q| q.at(t.app.now())).collect();
    let stored = insert_submissions(&mut tx, &news).await.expect("batch");
    assert_eq!(stored.len(), 3);
    assert!(
        stored[1].is_none(),
        "nothing stored for a round that does not exist"
    );
    let first = stored[0].as_ref().expect("first stored");
    let second = stored[2].as_ref().expect("second stored");
    assert!(first.reference.ends_with("/C/0001"), "{}", first.reference);
    assert!(
        second.reference.ends_with("/C/0002"),
        "{}",
        second.reference
    );
    assert!(!first.commented_before);
    assert_eq!(first.facts.participation, Some(None), "Austria takes part");
    tx.commit().await.expect("commit");
    assert_eq!(t.comment(first.comment_id).await.text, "First.");
    assert_eq!(t.comment(second.comment_id).await.text, "Second.");

    // The counter moved on by the two: the next submission, alone, takes the third number.
    let mut tx = store.begin_write().await.expect("write transaction");
    let next = redraft::store::comment::writes::insert_submission(
        &mut tx,
        &submission(t.round_id, "Third.").at(t.app.now()),
    )
    .await
    .expect("insert")
    .expect("stored");
    assert!(next.reference.ends_with("/C/0003"), "{}", next.reference);
    tx.commit().await.expect("commit");
}

/// A writer's fresh connection makes each write statement once, in a transaction it rolls back
/// (so that the first writes after a start are not slow): nothing of it stays — no comment, no
/// revision, no audit record, no message, the reference counter untouched.
async fn the_writers_warm_up_leaves_nothing(backend: Backend) {
    let t = TestApp::spawn(backend).await;
    // A writer started now, on a database with a round and its delegations, warms up on them.
    let store = Store::connect(&t.database_url, &redraft::store::PoolSettings::default())
        .await
        .expect("store");
    store.start_writer().await.expect("writer");
    store.close().await;
    let mut conn = t.app.store().read().await.expect("connection");
    for table in [
        "comment",
        "comment_revision",
        "round_counter",
        "audit_event WHERE object_type = 'comment'",
        "outbox WHERE kind = 'receipt'",
    ] {
        let count: i64 =
            sqlx::query_scalar(sqlx::AssertSqlSafe(format!("SELECT COUNT(*) FROM {table}")))
                .fetch_one(&mut *conn)
                .await
                .expect("count");
        assert_eq!(count, 0, "{table}");
    }
    drop(conn);
    let austria = t.api(AUSTRIA).await;
    let answer = austria
        .post(
            &format!("/rounds/{}/comments", t.round_id),
            serde_json::json!({"kind": "remark", "text": "The first comment."}),
        )
        .await;
    assert_eq!(
        answer.status,
        reqwest::StatusCode::CREATED,
        "{}",
        answer.json
    );
    let reference = answer.json["reference"].as_str().expect("reference");
    assert!(reference.ends_with("/C/0001"), "{reference}");
}

/// Submissions queued between edits and withdrawals, which the writer's group stores run by run
/// (runs of several together, a run of one alone), get consecutive numbers in the order they
/// were sent.
async fn submissions_between_other_writes_are_numbered_in_order(backend: Backend) {
    let t = TestApp::spawn(backend).await;
    let round = t.round_id;
    let austria = std::sync::Arc::new(t.api(AUSTRIA).await);
    let brazil = std::sync::Arc::new(t.api(BRAZIL).await);
    let path = format!("/rounds/{round}/comments");
    let earlier_a = austria
        .post(
            &path,
            serde_json::json!({"kind": "remark", "text": "Earlier, Austria."}),
        )
        .await;
    let earlier_b = brazil
        .post(
            &path,
            serde_json::json!({"kind": "remark", "text": "Earlier, Brazil."}),
        )
        .await;
    let a = earlier_a.json["id"].as_i64().expect("Austria's comment");
    let b = earlier_b.json["id"].as_i64().expect("Brazil's comment");

    // The writer is held while the writes queue, one after the other.
    let held = hold_the_writer(t.app.store()).await;
    enum Step {
        Submit(&'static str),
        Edit,
        Withdraw,
    }
    let steps = [
        (true, Step::Submit("S1")),
        (false, Step::Submit("S2")),
        (true, Step::Edit),
        (false, Step::Submit("S3")),
        (false, Step::Withdraw),
        (true, Step::Submit("S4")),
        (false, Step::Submit("S5")),
        (true, Step::Submit("S6")),
    ];
    let mut tasks = Vec::new();
    for (of_austria, step) in steps {
        let client = if of_austria {
            austria.clone()
        } else {
            brazil.clone()
        };
        let path = path.clone();
        tasks.push(tokio::spawn(async move {
            match step {
                Step::Submit(text) => {
                    let answer = client
                        .post(&path, serde_json::json!({"kind": "remark", "text": text}))
                        .await;
                    (Some(text), answer)
                }
                Step::Edit => {
                    let body =
                        serde_json::json!({"kind": "remark", "text": "Edited.", "version": 1});
                    (None, client.put(&format!("/comments/{a}"), body).await)
                }
                Step::Withdraw => (None, client.delete(&format!("/comments/{b}")).await),
            }
        }));
        // Each reaches the queue before the next is sent.
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    held.commit().await.expect("release the writer");

    let mut numbers = Vec::new();
    for task in tasks {
        let (text, answer) = task.await.expect("task");
        assert!(
            answer.status.is_success(),
            "{} {}",
            answer.status,
            answer.json
        );
        if let Some(text) = text {
            let reference = answer.json["reference"].as_str().expect("reference");
            let id = answer.json["id"].as_i64().expect("comment id");
            assert_eq!(t.comment(id).await.text, text);
            numbers.push(reference.rsplit('/').next().unwrap_or_default().to_string());
        }
    }
    assert_eq!(
        numbers,
        ["0003", "0004", "0005", "0006", "0007", "0008"],
        "in the order sent, after the two earlier comments, no gaps"
    );
    assert_eq!(t.comment(a).await.text, "Edited.");
    let withdrawn = t.comment(b).await;
    assert_eq!(withdrawn.status, redraft::domain::CommentStatus::Withdrawn);
    assert_eq!(withdrawn.version, 2);
}

/// Holds the group-commit writer until the transaction returned is committed: the writer turn
/// on SQLite, and on PostgreSQL the advisory lock the groups take turns on.
async fn hold_the_writer(store: &Store) -> redraft::store::Tx {
    let mut held = store.begin_write().await.expect("write transaction");
    if store.backend() == redraft::store::Backend::Postgres {
        held.execute("SELECT pg_advisory_xact_lock(7302486551117)")
            .await
            .expect("the groups' lock");
    }
    held
}
