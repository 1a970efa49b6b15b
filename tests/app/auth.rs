//! Signing in with e-mailed links: single use, expiry, unknown addresses, sign-out.

use jiff::SignedDuration;
use reqwest::StatusCode;

use crate::both_backends;
use crate::helpers::{AUSTRIA, Backend, TestApp, sel};

both_backends!(
    sign_in_link_is_single_use,
    opening_a_link_does_not_use_it,
    sign_in_link_expires_after_30_minutes,
    unknown_address_gets_the_same_answer_and_no_mail,
    malformed_address_is_refused_next_to_the_field,
    signing_out_ends_the_session,
    a_page_left_open_keeps_its_session_with_the_warning_button,
    a_comment_sent_after_the_session_ended_is_given_back_to_copy,
    health_answers_when_the_database_does,
);

async fn sign_in_link_is_single_use(backend: Backend) {
    let t = TestApp::spawn(backend).await;
    let browser = t.browser();
    let link = t.request_link(&browser, AUSTRIA).await;
    let mail = t.mails_to(AUSTRIA).pop().expect("mail");
    assert_eq!(mail.subject, "Your sign-in link for redraft");
    assert!(
        mail.text.contains("The link works once, until"),
        "{}",
        mail.text
    );

    let page = browser.get(&link).await;
    let form = page.form("form[action^='/sign-in/']");
    let first = browser.submit(&form).await;
    assert_eq!(first.status, StatusCode::SEE_OTHER);
    let home = browser.get("/").await;
    assert!(home.body.contains("Your rounds"), "{}", home.body);

    // The same link again, from another browser: refused, no session.
    let other = t.browser();
    let again = other.get(&link).await;
    assert_eq!(again.status, StatusCode::BAD_REQUEST);
    assert!(again.body.contains("This sign-in link no longer works"));
    let form = t
        .browser()
        .get("/sign-in")
        .await
        .form("form[action='/sign-in']");
    let csrf = form.get("csrf_token").unwrap_or_default().to_string();
    let replay = other.post(&link, &[("csrf_token".into(), csrf)]).await;
    assert_ne!(
        replay.status,
        StatusCode::SEE_OTHER,
        "a used link must not sign in"
    );
    let home = other.get("/").await;
    assert_eq!(home.location.as_deref(), Some("/sign-in"));
}

async fn opening_a_link_does_not_use_it(backend: Backend) {
    // Mail scanners fetch links: only the POST of the page's button may use the token.
    let t = TestApp::spawn(backend).await;
    let browser = t.browser();
    let link = t.request_link(&browser, AUSTRIA).await;
    for _ in 0..3 {
        let page = t.browser().get(&link).await;
        assert_eq!(page.status, StatusCode::OK);
        assert_eq!(
            page.body.matches("Referrer-Policy").count(),
            0,
            "the header, not the body, carries the policy"
        );
    }
    let page = browser.get(&link).await;
    let form = page.form("form[action^='/sign-in/']");
    assert_eq!(browser.submit(&form).await.status, StatusCode::SEE_OTHER);
}

async fn sign_in_link_expires_after_30_minutes(backend: Backend) {
    let t = TestApp::spawn(backend).await;
    let browser = t.browser();
    let link = t.request_link(&browser, AUSTRIA).await;
    let page = browser.get(&link).await;
    let form = page.form("form[action^='/sign-in/']");
    t.clock.advance(SignedDuration::from_mins(30));
    let late = browser.submit(&form).await;
    assert_eq!(late.status, StatusCode::BAD_REQUEST);
    assert!(late.body.contains("This sign-in link no longer works"));
    assert_eq!(browser.get("/").await.location.as_deref(), Some("/sign-in"));

    // A fresh link, used within 29 minutes, works.
    let link = t.request_link(&browser, AUSTRIA).await;
    let form = browser.get(&link).await.form("form[action^='/sign-in/']");
    t.clock.advance(SignedDuration::from_mins(29));
    assert_eq!(browser.submit(&form).await.status, StatusCode::SEE_OTHER);
}

async fn unknown_address_gets_the_same_answer_and_no_mail(backend: Backend) {
    let t = TestApp::spawn(backend).await;
    let browser = t.browser();
    let known = browser
        .submit(
            &browser
                .get("/sign-in")
                .await
                .form("form[action='/sign-in']")
                .set("email", AUSTRIA),
        )
        .await;
    let unknown_address = "nobody@unknown.example.org";
    let unknown = browser
        .submit(
            &browser
                .get("/sign-in")
                .await
                .form("form[action='/sign-in']")
                .set("email", unknown_address),
        )
        .await;
    assert_eq!(known.status, unknown.status);
    assert_eq!(
        known.body_without_tokens(),
        unknown.body_without_tokens(),
        "the answer must not reveal whether the address is known"
    );
    t.wait_for_mail(AUSTRIA, 1).await;
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    assert!(t.mails_to(unknown_address).is_empty());
}

async fn malformed_address_is_refused_next_to_the_field(backend: Backend) {
    let t = TestApp::spawn(backend).await;
    let browser = t.browser();
    let form = browser
        .get("/sign-in")
        .await
        .form("form[action='/sign-in']")
        .set("email", "not an address");
    let answer = browser.submit(&form).await;
    assert_eq!(answer.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(answer.title(), "Error: Sign in – redraft");
    assert_eq!(
        answer.texts(".error-summary a[href='#email']"),
        vec!["Enter an e-mail address in the correct format, like name@example.org"]
    );
    assert_eq!(
        answer.texts("#email-error"),
        vec!["Enter an e-mail address in the correct format, like name@example.org"]
    );
    let kept = answer.form("form[action='/sign-in']");
    assert_eq!(
        kept.get("email"),
        Some("not an address"),
        "what was typed is kept"
    );
}

async fn signing_out_ends_the_session(backend: Backend) {
    let t = TestApp::spawn(backend).await;
    let user = t.sign_in(AUSTRIA).await;
    let page = user.get("/").await;
    assert_eq!(page.status, StatusCode::OK);
    let copied_cookie = user.cookie_header();
    assert!(copied_cookie.contains("redraft_session="));
    let out = user.submit(&page.form("form[action='/sign-out']")).await;
    assert_eq!(out.status, StatusCode::SEE_OTHER);
    assert_eq!(out.location.as_deref(), Some("/sign-in?signed_out=1"));
    // The session is over on the server too, not only in this browser.
    assert_eq!(
        user.get(&t.round_path()).await.location.as_deref(),
        Some("/sign-in")
    );
    let replayed = user.get_with_cookie(&t.round_path(), &copied_cookie).await;
    assert_eq!(
        replayed.location.as_deref(),
        Some("/sign-in"),
        "a copied session cookie no longer works"
    );
}

/// The warning's button (`/session/extend`, posted by the page's script) keeps a session alive
/// past the idle end it would otherwise have reached; it answers when the session now ends.
async fn a_page_left_open_keeps_its_session_with_the_warning_button(backend: Backend) {
    let t = TestApp::spawn(backend).await;
    let user = t.sign_in(AUSTRIA).await;
    let page = user.get(&t.round_path()).await;
    assert_eq!(page.status, StatusCode::OK);
    let html = page.html();
    let note = html
        .select(&sel("#session-note"))
        .next()
        .expect("the header states when the session ends");
    assert_eq!(note.value().attr("data-seconds-left"), Some("28800"));
    assert!(
        page.body
            .contains("<script src=\"/static/session.js\" defer></script>"),
        "the warning's script is a file of the site, not inline"
    );
    let extend = page.form("#session-warning form[action='/session/extend']");
    // Scripts only from the site itself, never inline; the warning's button talks to the site.
    let response = user.get_response(&t.round_path()).await;
    let csp = response.headers()["content-security-policy"]
        .to_str()
        .expect("CSP")
        .to_string();
    assert!(csp.contains("script-src 'self';"), "{csp}");
    assert!(csp.contains("connect-src 'self';"), "{csp}");
    assert!(!csp.contains("unsafe-inline"), "{csp}");
    let script = user.get_response("/static/session.js").await;
    assert_eq!(
        script.headers()["content-type"],
        "text/javascript; charset=utf-8"
    );
    let script = script.text().await.expect("script");
    assert!(
        script.contains("getElementById(\"session-extend\")"),
        "the script drives the warning's form"
    );

    // Seven hours and 58 minutes later, with nothing sent, the button is pressed.
    t.clock.advance(SignedDuration::from_mins(8 * 60 - 2));
    let answer = user.submit(&extend).await;
    assert_eq!(answer.status, StatusCode::OK, "{}", answer.body);
    let extended: serde_json::Value = serde_json::from_str(&answer.body).expect("JSON");
    assert_eq!(extended["seconds_left"], 8 * 60 * 60);
    let ends_at: jiff::Timestamp = extended["ends_at"]
        .as_str()
        .expect("ends_at")
        .parse()
        .expect("an instant");
    assert_eq!(ends_at, t.app.now() + SignedDuration::from_hours(8));
    assert!(
        extended["note"]
            .as_str()
            .is_some_and(|n| n.starts_with("Without activity, your session ends at ")),
        "{extended}"
    );

    // Another seven hours later (15 since signing in, more than 8 since the page was opened)
    // the session is still alive, and the form of the page left open is saved.
    t.clock.advance(SignedDuration::from_hours(7));
    let saved = user
        .submit(
            &page
                .recommendation_form("1")
                .set("kind", "remark")
                .set("text", "Written over a long day."),
        )
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    assert_eq!(t.comment_count().await, 1);

    // Once the session has ended without activity, the button has nothing to keep: 401, and
    // no session comes back.
    t.clock.advance(SignedDuration::from_hours(8));
    let after = user.submit(&extend).await;
    assert_eq!(after.status, StatusCode::UNAUTHORIZED, "{}", after.body);
    assert_eq!(
        user.get("/").await.location.as_deref(),
        Some("/sign-in"),
        "still signed out"
    );
}

/// Without JavaScript there is no warning: a comment sent after the session ended without
/// activity is not saved, and its text is given back on the answer to copy; signed in again,
/// the same text is saved.
async fn a_comment_sent_after_the_session_ended_is_given_back_to_copy(backend: Backend) {
    let t = TestApp::spawn(backend).await;
    let user = t.sign_in(AUSTRIA).await;
    let text = "Texte rédigé avant la fin de la session.";
    let form = user
        .comment_form(&t.round_path(), "1", "remark", text)
        .await;
    t.clock.advance(SignedDuration::from_hours(8));

    let refused = user.submit(&form).await;
    assert_eq!(refused.status, StatusCode::UNAUTHORIZED, "{}", refused.body);
    assert_eq!(refused.title(), "You have been signed out – redraft");
    let kept = refused.texts("#kept-text");
    assert_eq!(kept, vec![text.to_string()], "the typed text is given back");
    assert_eq!(t.comment_count().await, 0, "nothing was saved");
    assert!(
        refused.body.contains("href=\"/sign-in\""),
        "{}",
        refused.body
    );

    let again = t.sign_in(AUSTRIA).await;
    let saved = again.remark_on(&t.round_path(), "1", text).await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    assert_eq!(t.comment_count().await, 1);
}

async fn health_answers_when_the_database_does(backend: Backend) {
    let t = TestApp::spawn(backend).await;
    let answer = t.browser().get("/healthz").await;
    assert_eq!(answer.status, StatusCode::OK);
    assert_eq!(answer.body, "ok");
}
