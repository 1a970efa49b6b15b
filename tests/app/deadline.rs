//! The deadline is enforced by the server in the write transaction: a write one second after
//! closing (or exactly at it) is refused with the deadline in the venue's time, and stores nothing.
//! Individual extensions follow the one rule everywhere: closing early ends them, consolidation
//! and publication wait for the last window, no extension after publication, comments shared
//! `after_close` only once the last window has closed, and pages and the API agree.

use jiff::{SignedDuration, Timestamp};
use reqwest::StatusCode;
use serde_json::json;

use crate::both_backends;
use crate::downloads::recommendation_ids;
use crate::helpers::{
    AUSTRIA, ApiClient, BRAZIL, Backend, CHAIR, Form, TestApp, User, saved_comment_id,
};
use crate::mail::{deadline_words, delegation_of};

both_backends!(
    comment_one_second_after_closing_is_refused_and_not_stored,
    edit_and_withdraw_after_closing_are_refused,
    exactly_at_closing_is_closed_and_just_before_is_open,
    closed_round_page_offers_no_forms,
    a_round_closed_elsewhere_refuses_writes_this_server_thought_open,
    closing_early_ends_individual_extensions,
    publication_waits_for_the_last_window_and_no_extension_follows_it,
    after_close_visibility_waits_for_the_last_window,
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
    answer.assert_says("This round closed at");
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

/// The Chair (through the API) extends Brazil's window to `until`; returns the API client.
async fn extend_brazil(t: &TestApp, until: Timestamp) -> ApiClient {
    let chair = t.api(CHAIR).await;
    let brazil_id = delegation_of(t, BRAZIL).await;
    let extended = chair
        .post(
            &format!("/rounds/{}/extension", t.round_id),
            json!({"closes_at": until.to_string(), "reason": "Capital consultations.", "delegation_id": brazil_id}),
        )
        .await;
    assert_eq!(extended.status, StatusCode::OK, "{}", extended.json);
    chair
}

/// The state a delegation's round page shows.
async fn page_state(user: &User, t: &TestApp) -> String {
    user.get(&t.round_path()).await.texts(".state").join(" ")
}

/// The round as the API gives it: its `state` and `last_closes_at`.
async fn api_state(api: &ApiClient, t: &TestApp) -> (String, Timestamp) {
    let round = api.get(&format!("/rounds/{}", t.round_id)).await;
    assert_eq!(round.status, StatusCode::OK, "{}", round.json);
    let last: Timestamp = round.json["last_closes_at"]
        .as_str()
        .and_then(|s| s.parse().ok())
        .expect("last_closes_at");
    (round.json["state"].as_str().unwrap_or("").to_string(), last)
}

async fn closing_early_ends_individual_extensions(backend: Backend) {
    let t = TestApp::spawn(backend).await;
    let closes_at = t.closes_at().await;
    stand_at(&t, SignedDuration::from_hours(-2)).await;
    let extension = closes_at + SignedDuration::from_hours(72);
    let chair_api = extend_brazil(&t, extension).await;
    let (brazil, austria) = (t.sign_in(BRAZIL).await, t.sign_in(AUSTRIA).await);
    let brazil_form = brazil
        .comment_form(&t.round_path(), "3", "remark", "Written before the close.")
        .await;
    assert!(
        page_state(&brazil, &t)
            .await
            .starts_with("Open for your delegation until")
    );

    // The confirmation lists the extension the close ends, and nothing is closed yet.
    let chair = t.sign_in(CHAIR).await;
    let base = format!("/chair/rounds/{}", t.round_id);
    let close = chair
        .get(&base)
        .await
        .form("form:has(input[name='action'][value='close'])")
        .set("reason", "The Working Group agreed to close now.");
    let confirm = chair.submit(&close).await;
    assert_eq!(confirm.status, StatusCode::OK, "{}", confirm.body);
    let (extension_words, _) = deadline_words(extension);
    let listed = confirm.texts("ul.ended-extensions li");
    assert_eq!(listed.len(), 1, "{listed:?}");
    assert!(
        listed[0].contains("Brazil") && listed[0].contains(&extension_words),
        "{listed:?}"
    );
    assert_eq!(
        api_state(&chair_api, &t).await,
        ("open".to_string(), extension)
    );

    let closed = chair
        .submit(&confirm.form("form[action$='/schedule']"))
        .await;
    assert_eq!(closed.status, StatusCode::SEE_OTHER, "{}", closed.body);
    let now = redraft::domain::Clock::now(&*t.clock);

    // Every window ended at the same instant: pages, the API and writes agree.
    assert_eq!(page_state(&brazil, &t).await, "Closed");
    assert_eq!(page_state(&austria, &t).await, "Closed");
    assert_eq!(api_state(&chair_api, &t).await, ("closed".to_string(), now));
    let brazil_api = t.api(BRAZIL).await;
    assert_eq!(api_state(&brazil_api, &t).await.0, "closed");
    let before = t.comment_count().await;
    let refused = brazil.submit(&brazil_form).await;
    assert_eq!(refused.status, StatusCode::CONFLICT, "{}", refused.body);
    let late = brazil_api.remark(t.round_id, "3", "After the close.").await;
    late.assert_error(StatusCode::CONFLICT, "round_closed");
    assert_eq!(t.comment_count().await, before, "nothing is stored");

    // Brazil is told its extension ended; Austria only that the round closed.
    t.settle_mail().await;
    let notice = |email: &str| {
        t.mails_to(email)
            .into_iter()
            .find(|m| m.subject.starts_with("Round closed early"))
            .unwrap_or_else(|| panic!("{email} is told of the early close"))
    };
    let brazil_mail = notice(BRAZIL);
    assert!(
        brazil_mail.text.contains(&format!(
            "This also ends the extension your delegation had been granted until {extension_words}"
        )),
        "{}",
        brazil_mail.text
    );
    assert!(
        brazil_mail
            .text
            .contains("Comments are no longer accepted.")
    );
    assert!(
        !notice(AUSTRIA)
            .text
            .contains("This also ends the extension")
    );
}

async fn publication_waits_for_the_last_window_and_no_extension_follows_it(backend: Backend) {
    let t = TestApp::spawn(backend).await;
    let closes_at = t.closes_at().await;
    stand_at(&t, SignedDuration::from_hours(-1)).await;
    let extension = closes_at + SignedDuration::from_hours(48);
    let chair_api = extend_brazil(&t, extension).await;

    // The round's own deadline has passed; Brazil's window is still open.
    stand_at(&t, SignedDuration::from_mins(1)).await;
    let (chair, austria, brazil) = (
        t.sign_in(CHAIR).await,
        t.sign_in(AUSTRIA).await,
        t.sign_in(BRAZIL).await,
    );
    let (extension_words, _) = deadline_words(extension);
    assert_eq!(page_state(&austria, &t).await, "Closed");
    assert_eq!(
        page_state(&brazil, &t).await,
        format!("Open for your delegation until {extension_words}")
    );
    let overview_state = chair
        .get(&format!("/chair/rounds/{}", t.round_id))
        .await
        .texts(".state")
        .join(" ");
    assert_eq!(
        overview_state,
        format!("Open only for individual extensions, until {extension_words}")
    );
    assert_eq!(
        api_state(&chair_api, &t).await,
        ("open".to_string(), extension)
    );

    // The consolidation pages name who can still write and until when; publishing is refused.
    let consolidation = format!("/chair/rounds/{}/consolidation", t.round_id);
    let page = chair.get(&consolidation).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    let notice = page.texts("[role=alert]").join(" ");
    let named = format!("Brazil until {extension_words}");
    assert!(notice.contains(&named), "{notice}");
    assert!(
        page.texts("form[action$='/consolidation/publish']")
            .is_empty(),
        "no publish button while a window is open"
    );
    let csrf = page
        .form("form[action='/sign-out']")
        .get("csrf_token")
        .expect("a CSRF token")
        .to_string();
    let refused = chair
        .post(
            &format!("{consolidation}/publish"),
            &[("csrf_token".to_string(), csrf)],
        )
        .await;
    assert_eq!(refused.status, StatusCode::CONFLICT, "{}", refused.body);
    assert!(refused.body.contains(&named), "{}", refused.body);
    let refused = chair_api
        .post(&format!("/rounds/{}/outcome", t.round_id), json!({}))
        .await;
    refused.assert_error(StatusCode::CONFLICT, "windows_open");
    let message = refused.json["error"]["message"].as_str().unwrap_or("");
    assert!(message.contains(&named), "{message}");
    let ids = recommendation_ids(&chair_api, &t).await;
    let frozen = retain(&chair_api, &t, ids[0]).await;
    frozen.assert_error(StatusCode::CONFLICT, "windows_open");

    // Brazil writes under its extension; at its end everything is decided and published,
    // Brazil's late comment included.
    let late = brazil
        .comment_on(&t.round_path(), "3", "remark", "Brazil's late remark.", "")
        .await;
    assert_eq!(late.status, StatusCode::SEE_OTHER, "{}", late.body);
    t.clock.set(extension);
    assert_eq!(
        api_state(&chair_api, &t).await,
        ("closed".to_string(), extension)
    );
    for id in &ids {
        let saved = retain(&chair_api, &t, *id).await;
        assert_eq!(saved.status, StatusCode::OK, "{}", saved.json);
    }
    let published = chair_api
        .post(&format!("/rounds/{}/outcome", t.round_id), json!({}))
        .await;
    assert_eq!(published.status, StatusCode::CREATED, "{}", published.json);
    let document = chair_api
        .get(&format!("/rounds/{}/outcome/1.json", t.round_id))
        .await;
    assert!(
        document.json.to_string().contains("Brazil's late remark."),
        "{}",
        document.json
    );

    // After publication no window opens by an individual extension: API and page refuse it.
    let again = chair_api
        .post(
            &format!("/rounds/{}/extension", t.round_id),
            json!({"closes_at": (extension + SignedDuration::from_hours(24)).to_string(),
                   "reason": "Late request.", "delegation_id": delegation_of(&t, AUSTRIA).await}),
        )
        .await;
    again.assert_error(StatusCode::CONFLICT, "outcome_published");
    let chair = t.sign_in(CHAIR).await;
    let overview = chair.get(&format!("/chair/rounds/{}", t.round_id)).await;
    let later = (extension + SignedDuration::from_hours(24))
        .in_tz("Europe/Vienna")
        .expect("zone");
    let extend = overview
        .form("form:has(input[name='action'][value='extend-delegation'])")
        .set("closes_date", &later.date().to_string())
        .set("closes_time", "12:00")
        .set("reason", "Late request.");
    let refused = chair.submit(&extend).await;
    assert_eq!(refused.status, StatusCode::CONFLICT, "{}", refused.body);
    assert!(
        refused
            .body
            .contains("The outcome of this round is published")
    );
    assert_eq!(
        api_state(&chair_api, &t).await,
        ("closed".to_string(), extension)
    );
}

/// Records the Chair's decision "retained" on a recommendation through the API.
async fn retain(chair: &ApiClient, t: &TestApp, id: i64) -> crate::helpers::ApiAnswer {
    chair
        .put(
            &format!("/rounds/{}/dispositions/{id}", t.round_id),
            json!({"decision": "retained"}),
        )
        .await
}

/// How many comments the API lists for the caller.
async fn listed_comments(api: &ApiClient, t: &TestApp) -> usize {
    let listed = api.get(&format!("/rounds/{}/comments", t.round_id)).await;
    listed.json.as_array().map_or(0, Vec::len)
}

/// Whether `user`'s round page shows `text` under recommendation 2.
async fn sees(t: &TestApp, user: &User, text: &str) -> bool {
    user.get(&t.round_path())
        .await
        .recommendation_text("2")
        .contains(text)
}

async fn after_close_visibility_waits_for_the_last_window(backend: Backend) {
    let t = TestApp::spawn(backend).await;
    let closes_at = t.closes_at().await;
    stand_at(&t, SignedDuration::from_hours(-1)).await;
    // The demo round, open already (its settings no longer change), shares comments after
    // the close as if it had been set up so.
    {
        let mut tx = t.app.store().begin_write().await.expect("tx");
        sqlx::query("UPDATE round SET visibility = 'shared_after_close' WHERE round_id = $1")
            .bind(t.round_id)
            .execute(&mut *tx)
            .await
            .expect("visibility");
        tx.commit().await.expect("commit");
    }
    let (austria, brazil) = (t.sign_in(AUSTRIA).await, t.sign_in(BRAZIL).await);
    for (user, text) in [
        (&austria, "Austria's remark."),
        (&brazil, "Brazil's remark."),
    ] {
        let answer = user
            .comment_on(&t.round_path(), "2", "remark", text, "")
            .await;
        assert_eq!(answer.status, StatusCode::SEE_OTHER, "{}", answer.body);
    }
    let extension = closes_at + SignedDuration::from_hours(24);
    let brazil_api = t.api(BRAZIL).await;
    extend_brazil(&t, extension).await;

    // Past the round's deadline, Brazil still writes: nobody reads another's comments yet.
    stand_at(&t, SignedDuration::from_mins(1)).await;
    let (austria, brazil) = (t.sign_in(AUSTRIA).await, t.sign_in(BRAZIL).await);
    assert!(sees(&t, &austria, "Austria's remark.").await);
    assert!(!sees(&t, &austria, "Brazil's remark.").await);
    assert!(!sees(&t, &brazil, "Austria's remark.").await);
    assert_eq!(listed_comments(&brazil_api, &t).await, 1);

    // The last window has closed: both read each other's comments (signed in again: a day
    // has passed).
    t.clock.set(extension);
    let (austria, brazil) = (t.sign_in(AUSTRIA).await, t.sign_in(BRAZIL).await);
    assert!(sees(&t, &austria, "Brazil's remark.").await);
    assert!(sees(&t, &brazil, "Austria's remark.").await);
    assert_eq!(listed_comments(&brazil_api, &t).await, 2);
}
