//! Limits on asking for sign-in links: per address, per client (behind a trusted proxy, the
//! client it names), across instances; an answer over a limit is the answer under it, and
//! requests that send nothing never wait for the database's writer.

use std::time::Duration;

use jiff::SignedDuration;
use redraft::config::ServerArgs;
use reqwest::StatusCode;

use crate::both_backends;
use crate::helpers::{AUSTRIA, Answer, BRAZIL, Backend, TestApp, User};

both_backends!(
    links_to_one_address_are_limited,
    requests_from_one_client_are_limited,
    forwarded_for_counts_only_from_a_trusted_proxy,
    the_limit_holds_across_instances,
    requests_that_send_nothing_take_no_write_turn,
);

const SIGN_IN_SUBJECT: &str = "Your sign-in link for redraft";

/// The test's server believes `X-Forwarded-For` from its own loopback address, as from a proxy.
fn behind_a_proxy() -> ServerArgs {
    ServerArgs {
        trusted_proxy: Some("127.0.0.1".into()),
        ..ServerArgs::default()
    }
}

/// Asks for a link for `email` from the sign-in page, the request forwarded for `client`.
async fn ask(browser: &User, email: &str, forwarded_for: Option<&str>) -> Answer {
    let page = browser.get("/sign-in").await;
    let form = page.form("form[action='/sign-in']").set("email", email);
    post_form(browser, &form.action, &form.fields, forwarded_for).await
}

async fn post_form(
    browser: &User,
    action: &str,
    fields: &[(String, String)],
    forwarded_for: Option<&str>,
) -> Answer {
    let mut request = browser
        .client
        .post(format!("{}{}", browser.base, action))
        .form(fields);
    if let Some(client) = forwarded_for {
        request = request.header("X-Forwarded-For", client);
    }
    let response = request.send().await.expect("POST");
    let status = response.status();
    let body = response.text().await.expect("body");
    Answer {
        status,
        location: None,
        body,
    }
}

/// Sign-in e-mails `to` has received once everything due has been sent.
async fn links_received(t: &TestApp, to: &str) -> usize {
    t.settle_mail().await;
    t.mails_to(to)
        .iter()
        .filter(|m| m.subject == SIGN_IN_SUBJECT)
        .count()
}

/// Waits (bounded) until the database holds `count` counted requests.
async fn wait_until_stored(t: &TestApp, count: i64) {
    for _ in 0..200 {
        let mut conn = t.app.store().read().await.expect("conn");
        let stored: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM sign_in_request")
            .fetch_one(&mut *conn)
            .await
            .expect("count");
        if stored >= count {
            return;
        }
        drop(conn);
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("the requests were never stored");
}

fn assert_same_answer(limited: &Answer, unlimited: &Answer) {
    assert_eq!(limited.status, StatusCode::OK, "{}", limited.body);
    assert_eq!(
        limited.body_without_tokens(),
        unlimited.body_without_tokens(),
        "an answer over a limit is exactly the usual one"
    );
}

async fn links_to_one_address_are_limited(backend: Backend) {
    let t = TestApp::spawn(backend).await;
    let browser = t.browser();
    for _ in 0..5 {
        t.request_link(&browser, AUSTRIA).await;
    }
    let usual = ask(&browser, "nobody@example.org", None).await;
    let sixth = ask(&browser, AUSTRIA, None).await;
    assert_same_answer(&sixth, &usual);
    assert_eq!(links_received(&t, AUSTRIA).await, 5, "no sixth link");

    // Another address is not held back by this one's limit.
    t.request_link(&browser, BRAZIL).await;

    // An hour after the first, links are sent again.
    t.clock.advance(SignedDuration::from_mins(61));
    t.request_link(&browser, AUSTRIA).await;
    assert_eq!(links_received(&t, AUSTRIA).await, 6);
}

async fn requests_from_one_client_are_limited(backend: Backend) {
    let t = TestApp::spawn_configured(backend, behind_a_proxy()).await;
    let browser = t.browser();
    let client = Some("203.0.113.7");
    let mut usual = None;
    for i in 0..29 {
        let answer = ask(&browser, &format!("nobody{i}@example.org"), client).await;
        assert_eq!(answer.status, StatusCode::OK);
        usual = Some(answer);
    }
    let usual = usual.expect("answers");
    // The thirtieth request is within the limit, the thirty-first is not — even when the client
    // writes an address of its own choosing into the header (the proxy appends the real one).
    assert_same_answer(&ask(&browser, AUSTRIA, client).await, &usual);
    assert_eq!(links_received(&t, AUSTRIA).await, 1);
    let spoofed = ask(&browser, BRAZIL, Some("198.51.100.9, 203.0.113.7")).await;
    assert_same_answer(&spoofed, &usual);
    assert_eq!(
        links_received(&t, BRAZIL).await,
        0,
        "no link over the limit"
    );

    // Another client behind the same proxy has its own count.
    ask(&browser, BRAZIL, Some("203.0.113.8")).await;
    assert_eq!(links_received(&t, BRAZIL).await, 1);

    // Ten minutes after its requests, the first client may ask again.
    t.clock
        .advance(SignedDuration::from_mins(10) + SignedDuration::from_secs(1));
    ask(&browser, BRAZIL, client).await;
    assert_eq!(links_received(&t, BRAZIL).await, 2);
}

async fn forwarded_for_counts_only_from_a_trusted_proxy(backend: Backend) {
    // No proxy configured: the header is the client's own words, and every request here comes
    // from one socket address whatever it says.
    let t = TestApp::spawn(backend).await;
    let browser = t.browser();
    for i in 0..30 {
        let forwarded = format!("203.0.113.{i}");
        let answer = ask(
            &browser,
            &format!("nobody{i}@example.org"),
            Some(&forwarded),
        )
        .await;
        assert_eq!(answer.status, StatusCode::OK);
    }
    ask(&browser, AUSTRIA, Some("198.51.100.200")).await;
    assert_eq!(links_received(&t, AUSTRIA).await, 0);
}

async fn the_limit_holds_across_instances(backend: Backend) {
    let t = TestApp::spawn_configured(backend, behind_a_proxy()).await;
    let (second_base, _second) = t.second_instance().await;
    let first = t.browser();
    let second = t.browser_on(&second_base);
    let client = Some("203.0.113.7");
    for i in 0..29 {
        ask(&first, &format!("nobody{i}@example.org"), client).await;
    }
    wait_until_stored(&t, 29).await;
    // The thirtieth, on the other instance: still within the limit.
    ask(&second, AUSTRIA, client).await;
    assert_eq!(links_received(&t, AUSTRIA).await, 1);
    wait_until_stored(&t, 30).await;
    // The thirty-first, back on the first instance, which counted only 29 itself.
    ask(&first, BRAZIL, client).await;
    assert_eq!(links_received(&t, BRAZIL).await, 0);
}

/// Another connection holds the database's writer (SQLite: a write transaction; PostgreSQL:
/// the tables a link is written to, locked against writes): requests that send no link answer
/// at once, while one that sends a link waits for the writer.
async fn requests_that_send_nothing_take_no_write_turn(backend: Backend) {
    let t = TestApp::spawn_configured(
        backend,
        ServerArgs {
            sign_in_links_per_address: Some(1),
            sign_in_requests_per_client: Some(2),
            ..behind_a_proxy()
        },
    )
    .await;
    let browser = t.browser();
    t.request_link(&browser, AUSTRIA).await;
    ask(&browser, "nobody1@example.org", Some("203.0.113.50")).await;
    ask(&browser, "nobody2@example.org", Some("203.0.113.50")).await;
    let form = browser
        .get("/sign-in")
        .await
        .form("form[action='/sign-in']");
    let with_email = |email: &str| form.clone().set("email", email);

    let holder = hold_the_writer(&t, backend).await;
    let unknown = with_email("nobody3@example.org");
    let over_address = with_email(AUSTRIA);
    let over_client = with_email(BRAZIL);
    let quick = tokio::time::timeout(Duration::from_secs(3), async {
        (
            post_form(
                &browser,
                &unknown.action,
                &unknown.fields,
                Some("203.0.113.51"),
            )
            .await,
            post_form(
                &browser,
                &over_address.action,
                &over_address.fields,
                Some("203.0.113.52"),
            )
            .await,
            post_form(
                &browser,
                &over_client.action,
                &over_client.fields,
                Some("203.0.113.50"),
            )
            .await,
        )
    })
    .await
    .expect("requests that send nothing do not wait for the writer");
    for answer in [&quick.0, &quick.1, &quick.2] {
        assert_same_answer(answer, &quick.0);
    }

    // A link to send does wait for the writer: the lock above is real.
    let sends = with_email(BRAZIL);
    let base = browser.base.clone();
    let cookie = browser.cookie_header();
    let waiting = tokio::spawn(async move {
        reqwest::Client::new()
            .post(format!("{base}{}", sends.action))
            .header(reqwest::header::COOKIE, cookie)
            .header("X-Forwarded-For", "203.0.113.53")
            .form(&sends.fields)
            .send()
            .await
            .map(|r| r.status())
    });
    tokio::time::sleep(Duration::from_millis(700)).await;
    assert!(!waiting.is_finished(), "sending a link needs the writer");
    release_the_writer(holder).await;
    let status = waiting.await.expect("task").expect("answer");
    assert_eq!(status, StatusCode::OK);
    assert_eq!(links_received(&t, BRAZIL).await, 1);
    assert_eq!(links_received(&t, AUSTRIA).await, 1);
}

async fn hold_the_writer(t: &TestApp, backend: Backend) -> sqlx::AnyConnection {
    use sqlx::{Connection, Executor};
    let mut conn = sqlx::AnyConnection::connect(&t.database_url)
        .await
        .expect("connect");
    let hold = match backend {
        Backend::Sqlite => "PRAGMA busy_timeout = 10000; BEGIN IMMEDIATE",
        Backend::Postgres => {
            "BEGIN; LOCK TABLE sign_in_token, sign_in_request, outbox, audit_event \
             IN EXCLUSIVE MODE"
        }
    };
    conn.execute(hold).await.expect("hold the writer");
    conn
}

async fn release_the_writer(mut conn: sqlx::AnyConnection) {
    use sqlx::Executor;
    conn.execute("ROLLBACK").await.expect("release");
}
