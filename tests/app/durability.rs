//! Requests cut off mid-flight (the client goes away) never leave a half-done or stuck
//! transaction: with a pool of one connection, later writes are acknowledged and durable, and
//! every stored comment has its revision and its audit event. (sqlx 0.9.0 leaves a pooled
//! PostgreSQL connection inside an open transaction when a `begin()` is cancelled mid-flight.)

use std::time::Duration;

use reqwest::StatusCode;

use crate::both_backends;
use crate::helpers::{AUSTRIA, Backend, TestApp, saved_comment_id};
use redraft::store::{PoolSettings, Store};

both_backends!(aborted_requests_leave_later_writes_durable);

async fn aborted_requests_leave_later_writes_durable(backend: Backend) {
    let pool = PoolSettings {
        max_connections: 1,
        ..PoolSettings::default()
    };
    let t = TestApp::spawn_with_pool(backend, pool).await;
    let austria = t.sign_in(AUSTRIA).await;
    let form = austria
        .get(&t.round_path())
        .await
        .recommendation_form("3")
        .set("kind", "remark");

    // 60 posts, each abandoned by its client after 1 to 20 ms.
    let mut tasks = Vec::new();
    for i in 0..60u64 {
        let client = reqwest::Client::builder()
            .timeout(Duration::from_millis(1 + i % 20))
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .expect("client");
        let cookie = austria.cookie_header();
        let url = t.url(&form.action);
        let fields = form
            .clone()
            .set("text", &format!("Aborted attempt {i}"))
            .fields;
        tasks.push(tokio::spawn(async move {
            client
                .post(url)
                .header(reqwest::header::COOKIE, cookie)
                .form(&fields)
                .send()
                .await
                .map(|r| r.status())
        }));
    }
    let mut acknowledged_early = 0;
    for task in tasks {
        if let Ok(Ok(status)) = task.await
            && status == StatusCode::SEE_OTHER
        {
            acknowledged_early += 1;
        }
    }
    // Let the detached transactions finish.
    tokio::time::sleep(Duration::from_millis(500)).await;

    let mut acknowledged = Vec::new();
    for i in 0..10 {
        let answer = austria
            .submit(&form.clone().set("text", &format!("After the aborts {i}")))
            .await;
        assert_eq!(
            answer.status,
            StatusCode::SEE_OTHER,
            "write {i} after the aborts: {}",
            answer.body
        );
        acknowledged.push(saved_comment_id(&answer));
    }

    // Read through a separate pool: what was acknowledged is committed, not stuck in an open
    // transaction of the server's one connection.
    let fresh = fresh_store(&t).await;
    let mut conn = fresh.read().await.expect("conn");
    for id in &acknowledged {
        let comment = redraft::store::comment::get_comment(&mut conn, *id)
            .await
            .expect("query");
        assert!(comment.is_some(), "acknowledged comment {id} is durable");
    }
    let total = redraft::store::comment::count_comments(&mut conn, t.round_id)
        .await
        .expect("count");
    assert!(total >= (acknowledged.len() + acknowledged_early) as i64);
    let comments = redraft::store::comment::comments_of_round(&mut conn, t.round_id)
        .await
        .expect("comments");
    for comment in &comments {
        let revisions = redraft::store::comment::revisions(&mut conn, comment.comment_id)
            .await
            .expect("revisions");
        assert_eq!(
            revisions.len(),
            1,
            "comment {} has exactly its first revision",
            comment.comment_id
        );
        let audit =
            redraft::store::audit::events_for_object(&mut conn, "comment", comment.comment_id)
                .await
                .expect("audit");
        assert_eq!(
            audit.len(),
            1,
            "comment {} has its audit event",
            comment.comment_id
        );
    }
    let references: std::collections::HashSet<&str> =
        comments.iter().map(|c| c.reference.as_str()).collect();
    assert_eq!(
        references.len(),
        comments.len(),
        "receipt numbers are unique"
    );
}

async fn fresh_store(t: &TestApp) -> Store {
    Store::connect(&t.database_url, &PoolSettings::default())
        .await
        .expect("second pool")
}
