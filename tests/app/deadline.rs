//! The deadline is enforced by the server in the write transaction: a write one second after
//! closing (or exactly at it) is refused with the deadline in the venue's time, and stores nothing.

use jiff::SignedDuration;
use reqwest::StatusCode;

use crate::both_backends;
use crate::helpers::{AUSTRIA, Backend, Form, TestApp, User, saved_comment_id};

both_backends!(
    comment_one_second_after_closing_is_refused_and_not_stored,
    edit_and_withdraw_after_closing_are_refused,
    exactly_at_closing_is_closed_and_just_before_is_open,
    closed_round_page_offers_no_forms,
    a_round_closed_elsewhere_refuses_writes_this_server_thought_open,
);

/// Moves the clock to `closes_at + offset` (the session stays alive: it was used a minute ago).
async fn stand_at(t: &TestApp, offset: SignedDuration) {
    t.clock.set(t.closes_at().await + offset);
}

/// The edit and withdraw forms of a comment, as its delegation's pages give them.
async fn edit_and_withdraw_forms(user: &User, comment_id: i64) -> (Form, Form) {
    (
        user.edit_form(comment_id).await,
        user.withdraw_form(comment_id).await,
    )
}

async fn comment_one_second_after_closing_is_refused_and_not_stored(backend: Backend) {
    let t = TestApp::spawn(backend).await;
    stand_at(&t, SignedDuration::from_mins(-2)).await;
    let austria = t.sign_in(AUSTRIA).await;
    let form = austria
        .comment_form(&t.round_path(), "3", "remark", "Sent one second too late.")
        .await;
    stand_at(&t, SignedDuration::from_secs(1)).await;
    let before = t.comment_count().await;
    let answer = austria.submit(&form).await;
    assert_eq!(answer.status, StatusCode::CONFLICT, "{}", answer.body);
    assert!(
        answer
            .texts("h1")
            .contains(&"The round is closed".to_string())
    );
    let message = answer.texts("[role=alert]").join(" ");
    assert!(
        message.contains("This round closed at 18:00 on ")
            && message.contains(", Vienna time (")
            && message.contains("UTC+0")
            && message.contains("Your comment was not saved."),
        "{message}"
    );
    assert!(
        answer.body.contains("Sent one second too late."),
        "the text is given back to copy"
    );
    assert_eq!(t.comment_count().await, before, "nothing is stored");
}

async fn edit_and_withdraw_after_closing_are_refused(backend: Backend) {
    let t = TestApp::spawn(backend).await;
    stand_at(&t, SignedDuration::from_mins(-5)).await;
    let austria = t.sign_in(AUSTRIA).await;
    let saved = austria.remark_on(&t.round_path(), "2", "In time.").await;
    let id = saved_comment_id(&saved);
    let (edit_form, withdraw_form) = edit_and_withdraw_forms(&austria, id).await;

    stand_at(&t, SignedDuration::from_secs(1)).await;
    let edited = austria
        .submit(&edit_form.set("text", "Changed too late."))
        .await;
    assert_eq!(edited.status, StatusCode::CONFLICT);
    assert!(edited.body.contains("This round closed at 18:00 on"));
    let withdrawn = austria.submit(&withdraw_form).await;
    assert_eq!(withdrawn.status, StatusCode::CONFLICT);

    let record = t.comment(id).await;
    assert_eq!(record.text, "In time.");
    assert_eq!(record.version, 1);
}

async fn exactly_at_closing_is_closed_and_just_before_is_open(backend: Backend) {
    let t = TestApp::spawn(backend).await;
    stand_at(&t, SignedDuration::from_mins(-1)).await;
    let austria = t.sign_in(AUSTRIA).await;
    let form = austria
        .comment_form(&t.round_path(), "5", "remark", "Last millisecond.")
        .await;

    stand_at(&t, SignedDuration::from_millis(-1)).await;
    let in_time = austria.submit(&form).await;
    assert_eq!(in_time.status, StatusCode::SEE_OTHER, "{}", in_time.body);

    stand_at(&t, SignedDuration::ZERO).await;
    let at_deadline = austria
        .submit(&form.clone().set("text", "At the deadline."))
        .await;
    assert_eq!(at_deadline.status, StatusCode::CONFLICT);
    assert_eq!(t.comment_count().await, 1);
}

async fn closed_round_page_offers_no_forms(backend: Backend) {
    let t = TestApp::spawn(backend).await;
    stand_at(&t, SignedDuration::from_mins(-1)).await;
    let austria = t.sign_in(AUSTRIA).await;
    stand_at(&t, SignedDuration::from_secs(1)).await;
    let page = austria.get(&t.round_path()).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("Closed"));
    assert!(page.texts("form[action$='/comments']").is_empty());
    assert!(
        page.body
            .contains("Comments can be added or changed only while the round is open.")
    );
}

/// The server remembers a round's schedule to skip the read before a write while the round is
/// open; a change made elsewhere (another instance on the same database) is not in that memory,
/// and the write transaction's own check still refuses.
async fn a_round_closed_elsewhere_refuses_writes_this_server_thought_open(backend: Backend) {
    let t = TestApp::spawn(backend).await;
    stand_at(&t, SignedDuration::from_mins(-30)).await;
    let austria = t.sign_in(AUSTRIA).await;
    let saved = austria.remark_on(&t.round_path(), "2", "In time.").await;
    let id = saved_comment_id(&saved);
    let form = austria
        .comment_form(&t.round_path(), "3", "remark", "After the close elsewhere.")
        .await;
    let (edit_form, withdraw_form) = edit_and_withdraw_forms(&austria, id).await;

    // Closed ten minutes ago, written straight to the database as another instance would.
    let closed_at = redraft::domain::Clock::now(&*t.clock) - SignedDuration::from_mins(10);
    {
        let schedule = redraft::domain::RoundSchedule {
            closes_at: closed_at,
            ..t.schedule().await
        };
        let mut tx = t.app.store().begin_write().await.expect("tx");
        redraft::store::round::update_schedule(&mut tx, t.round_id, &schedule)
            .await
            .expect("close");
        tx.commit().await.expect("commit");
    }

    let before = t.comment_count().await;
    let answer = austria.submit(&form).await;
    assert_eq!(answer.status, StatusCode::CONFLICT, "{}", answer.body);
    assert!(
        answer.body.contains("This round closed at"),
        "{}",
        answer.body
    );
    assert_eq!(t.comment_count().await, before, "nothing is stored");
    let edited = austria
        .submit(&edit_form.set("text", "Changed after the close."))
        .await;
    assert_eq!(edited.status, StatusCode::CONFLICT, "{}", edited.body);
    assert_eq!(
        austria.submit(&withdraw_form).await.status,
        StatusCode::CONFLICT
    );
    let record = t.comment(id).await;
    assert_eq!((record.text.as_str(), record.version), ("In time.", 1));
}
