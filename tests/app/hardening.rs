//! What an attacker tries at the edges: timing the sign-in pages, reading the server's files,
//! sending an edit with a version that is not a number, or a form that is not UTF-8.

use reqwest::StatusCode;
use serde_json::json;

use crate::both_backends;
use crate::helpers::{AUSTRIA, Backend, TestApp, saved_comment_id, sel};

both_backends!(
    server_timing_is_not_sent_on_sign_in_or_error_answers,
    the_data_directory_database_and_mailbox_are_the_owners_only,
    an_edit_whose_version_is_not_a_number_is_refused,
    a_form_that_is_not_utf8_is_refused_and_nothing_is_stored,
);

async fn server_timing_is_not_sent_on_sign_in_or_error_answers(backend: Backend) {
    let t = TestApp::spawn(backend).await;
    let browser = t.browser();
    let timing = |response: &reqwest::Response| response.headers().get("server-timing").cloned();
    let get = |path: &str| browser.client.get(t.url(path)).send();

    // Asking for a link: known and unknown addresses answer alike, without timings.
    let form = browser
        .get("/sign-in")
        .await
        .form("form[action='/sign-in']");
    for email in [AUSTRIA, "nobody@unknown.example.org"] {
        let response = browser
            .client
            .post(t.url("/sign-in"))
            .form(&form.clone().set("email", email).fields)
            .send()
            .await
            .expect("POST /sign-in");
        assert_eq!(response.status(), StatusCode::OK);
        assert_eq!(timing(&response), None, "POST /sign-in for {email}");
    }
    let response = get("/sign-in").await.expect("GET /sign-in");
    assert_eq!(timing(&response), None, "GET /sign-in");

    // A link's page, valid or not, and using it.
    let link = t.request_link(&browser, AUSTRIA).await;
    for path in [link.as_str(), "/sign-in/0123456789abcdef"] {
        let response = get(path).await.expect("GET link");
        assert_eq!(timing(&response), None, "GET {path}");
    }
    let page = browser.get(&link).await;
    let use_link = page.form("form[action^='/sign-in/']");
    let response = browser
        .client
        .post(t.url(&use_link.action))
        .form(&use_link.fields)
        .send()
        .await
        .expect("POST link");
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert_eq!(timing(&response), None, "POST link");

    // Errors: a page that does not exist, the API without a token.
    let response = get("/no/such/page").await.expect("GET");
    assert_eq!(response.status(), StatusCode::NOT_FOUND);
    assert_eq!(timing(&response), None, "404 page");
    let response = browser
        .client
        .get(t.url(&format!("/api/v1/rounds/{}", t.round_id)))
        .bearer_auth("rdt_not-a-token")
        .send()
        .await
        .expect("API");
    assert_eq!(response.status(), StatusCode::UNAUTHORIZED);
    assert_eq!(timing(&response), None, "401 API answer");

    // Where the time tells nothing, it is still said: the round page of the person signed in.
    let response = get(&t.round_path()).await.expect("round page");
    assert_eq!(response.status(), StatusCode::OK);
    let value = timing(&response).expect("Server-Timing on an ordinary page");
    assert!(value.to_str().unwrap_or_default().starts_with("app;dur="));
}

#[cfg(unix)]
fn mode(path: &std::path::Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(path)
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
        .permissions()
        .mode()
        & 0o777
}

#[cfg(unix)]
async fn the_data_directory_database_and_mailbox_are_the_owners_only(backend: Backend) {
    let t = TestApp::spawn(backend).await;
    // A comment: the database is written (its WAL and shared-memory files exist) and a receipt
    // is mailed.
    let austria = t.sign_in(AUSTRIA).await;
    let saved = austria
        .remark_on(&t.round_path(), "3", "Private until the deadline.")
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    t.settle_mail().await;

    assert_eq!(mode(&t.data_dir), 0o700, "data directory");
    assert_eq!(mode(&t.mail_dir), 0o700, "mailbox");
    let messages: Vec<std::path::PathBuf> = std::fs::read_dir(&t.mail_dir)
        .expect("mailbox")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "eml"))
        .collect();
    assert!(messages.len() >= 2, "invitations, sign-in links, a receipt");
    for message in &messages {
        assert_eq!(mode(message), 0o600, "{}", message.display());
    }
    if backend == Backend::Sqlite {
        for file in ["redraft.db", "redraft.db-wal", "redraft.db-shm"] {
            assert_eq!(mode(&t.data_dir.join(file)), 0o600, "{file}");
        }
    }
    let others: Vec<_> = std::fs::read_dir(&t.data_dir)
        .expect("data directory")
        .map(|e| e.expect("entry").path())
        .filter(|p| !p.is_dir() && mode(p) & 0o077 != 0)
        .collect();
    assert!(others.is_empty(), "readable by others: {others:?}");
}

#[cfg(not(unix))]
async fn the_data_directory_database_and_mailbox_are_the_owners_only(_: Backend) {
    eprintln!("SKIPPED: file modes are a unix matter");
}

async fn an_edit_whose_version_is_not_a_number_is_refused(backend: Backend) {
    let t = TestApp::spawn(backend).await;
    let austria = t.sign_in(AUSTRIA).await;
    let saved = austria
        .remark_on(&t.round_path(), "3", "As first written.")
        .await;
    let id = saved_comment_id(&saved);

    // The form: a version that is not a whole number is not "no version".
    for version in ["1abc", "", "1.0", "one", "99999999999999999999"] {
        let form = austria
            .edit_form(id)
            .await
            .set("text", "Overwritten without a version.")
            .set("version", version);
        let answer = austria.submit(&form).await;
        assert_eq!(
            answer.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "version {version:?}: {}",
            answer.body
        );
        assert!(answer.title().starts_with("Error: "), "{}", answer.title());
        assert_eq!(
            answer.texts(".error-summary li"),
            [
                "The form could not be read, so nothing was saved. Open the comment again and make \
              your change there"
            ],
        );
        assert!(
            answer.body.contains("Overwritten without a version."),
            "what was typed is kept"
        );
        let stored = t.comment(id).await;
        assert_eq!(
            (stored.version, stored.text.as_str()),
            (1, "As first written.")
        );
    }
    // The page's own form, with its version, still saves.
    let form = austria
        .edit_form(id)
        .await
        .set("text", "Changed on purpose.");
    assert_eq!(austria.submit(&form).await.status, StatusCode::SEE_OTHER);
    assert_eq!(t.comment(id).await.version, 2);

    // The API: a version that is not an integer gets the JSON error, nothing changes.
    let api = t.api(AUSTRIA).await;
    for version in [json!("2"), json!(2.5), json!("two"), json!(true)] {
        let answer = api
            .put(
                &format!("/comments/{id}"),
                json!({"kind": "remark", "text": "Over the API.", "version": version}),
            )
            .await;
        assert_eq!(
            answer.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "{version}: {}",
            answer.json
        );
        assert!(
            answer.json["error"]["code"].is_string() && answer.json["error"]["message"].is_string(),
            "{}",
            answer.json
        );
        let stored = t.comment(id).await;
        assert_eq!(
            (stored.version, stored.text.as_str()),
            (2, "Changed on purpose.")
        );
    }
}

async fn a_form_that_is_not_utf8_is_refused_and_nothing_is_stored(backend: Backend) {
    let t = TestApp::spawn(backend).await;
    let austria = t.sign_in(AUSTRIA).await;
    let form = austria
        .get(&t.round_path())
        .await
        .recommendation_form("3")
        .set("kind", "remark")
        .set("text", "PLACEHOLDER");
    let encoded = serde_urlencoded::to_string(&form.fields).expect("encode");
    let (before, after) = encoded.split_once("PLACEHOLDER").expect("the text field");
    // Latin-1 "café" percent-encoded, and raw bytes that are no UTF-8 at all.
    let bodies: [Vec<u8>; 2] = [
        format!("{before}caf%E9{after}").into_bytes(),
        [before.as_bytes(), b"caf\xE9 \xFF\xFE", after.as_bytes()].concat(),
    ];
    for body in bodies {
        let response = austria
            .client
            .post(t.url(&form.action))
            .header(
                reqwest::header::CONTENT_TYPE,
                "application/x-www-form-urlencoded",
            )
            .body(body)
            .send()
            .await
            .expect("POST");
        assert_eq!(response.status(), StatusCode::BAD_REQUEST);
        let page = scraper::Html::parse_document(&response.text().await.expect("body"));
        let heading: String = page
            .select(&sel("h1"))
            .next()
            .expect("a heading")
            .text()
            .collect();
        assert_eq!(heading, "The form contained text that could not be read");
        let text: String = page.root_element().text().collect();
        assert!(text.contains("nothing was saved"), "{text}");
        assert!(!text.contains('\u{FFFD}'));
        assert_eq!(t.comment_count().await, 0, "nothing is stored");
    }
    // The same form in UTF-8 is saved, exactly as typed.
    let saved = austria.submit(&form.clone().set("text", "café")).await;
    let id = saved_comment_id(&saved);
    assert_eq!(t.comment(id).await.text, "café");
}
