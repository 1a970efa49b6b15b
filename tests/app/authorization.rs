//! Every route of the router (pages, forms, downloads and the JSON API), walked as anonymous,
//! a delegate of A (Austria), a delegate of B (Brazil), the Secretariat and the Chair; each
//! answer is checked against [`ROUTES`].
//!
//! The rule behind the table: a role that may use a route never gets 401 or 404 (it gets the
//! page, the download, a redirect to where it belongs, or a validation answer to the harmless
//! input sent); a role that may not never gets 2xx or a redirect to content (anonymous pages
//! send to sign-in, the Chair's pages and other delegations' comments do not exist, the API
//! without a token is 401). Forms are sent with the browser's own CSRF token, so what is
//! tested is authorization, not CSRF; inputs are harmless or invalid where the route writes.

use reqwest::StatusCode;

use crate::both_backends;
use crate::helpers::{AUSTRIA, ApiAnswer, BRAZIL, Backend, CHAIR, TestApp, User, api_answer};

both_backends!(
    every_route_answers_each_role_as_the_table_says,
    a_delegate_is_refused_before_the_body_is_read,
);

const SECRETARIAT: &str = "secretariat@wg-tip.example.org";

/// The roles, in the order of the table's columns.
const ROLES: [&str; 5] = [
    "anonymous",
    "delegate of A",
    "delegate of B",
    "secretariat",
    "chair",
];

#[derive(Debug, Clone, Copy)]
enum Expect {
    /// Exactly this status.
    Status(u16),
    /// 303 See Other to this location (path template).
    SeeOther(&'static str),
}

#[derive(Debug, Clone, Copy)]
enum Body {
    None,
    /// A URL-encoded form; the browser's CSRF token is added.
    Form(&'static [(&'static str, &'static str)]),
    /// A multipart form (as the Chair's import forms are); the CSRF token is added.
    Multipart(&'static [(&'static str, &'static str)]),
    /// A JSON body of an API request.
    Json(&'static str),
}

use Body::{Form, Json, Multipart};
use Expect::{SeeOther, Status};

const OK: Expect = Status(200);
const NOT_FOUND: Expect = Status(404);
const UNAUTHORIZED: Expect = Status(401);
const INVALID: Expect = Status(422);
const TO_SIGN_IN: Expect = SeeOther("/sign-in");
const HOME: Expect = SeeOther("/");

/// (method, path template, body, expected answer for [anonymous, A, B, secretariat, chair]).
///
/// Templates: `{round}` the demo round (open), `{comment}` and `{api_comment}` two comments of
/// Austria, `{token}` a sign-in token that does not exist. The rows run in order, each for the
/// five roles in turn, so the rows that change something (withdrawing, signing out) come after
/// the rows that read the same thing.
#[rustfmt::skip]
const ROUTES: &[(&str, &str, Body, [Expect; 5])] = &[
    // Health, stylesheet, and an address that does not exist.
    ("GET", "/healthz", Body::None, [OK, OK, OK, OK, OK]),
    ("GET", "/static/app.css", Body::None, [OK, OK, OK, OK, OK]),
    ("GET", "/no/such/page", Body::None, [NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND]),
    // Signing in (an address that is not one, a link that does not exist).
    ("GET", "/sign-in", Body::None, [OK, HOME, HOME, HOME, HOME]),
    ("POST", "/sign-in", Form(&[("email", "not-an-address")]), [INVALID, INVALID, INVALID, INVALID, INVALID]),
    ("GET", "/sign-in/{token}", Body::None, [Status(400), Status(400), Status(400), Status(400), Status(400)]),
    ("POST", "/sign-in/{token}", Form(&[]), [Status(400), Status(400), Status(400), Status(400), Status(400)]),
    // A delegation's pages. Staff have no delegation: the round page sends them to their desk.
    ("GET", "/", Body::None, [TO_SIGN_IN, OK, OK, OK, OK]),
    ("GET", "/rounds/{round}", Body::None, [TO_SIGN_IN, OK, OK, SeeOther("/chair/rounds/{round}"), SeeOther("/chair/rounds/{round}")]),
    ("POST", "/rounds/{round}/comments", Form(&[("recommendation_id", ""), ("kind", "remark"), ("text", "")]), [UNAUTHORIZED, INVALID, INVALID, NOT_FOUND, NOT_FOUND]),
    ("GET", "/rounds/{round}/our-comments", Body::None, [TO_SIGN_IN, OK, OK, NOT_FOUND, NOT_FOUND]),
    ("GET", "/comments/{comment}/edit", Body::None, [TO_SIGN_IN, OK, NOT_FOUND, NOT_FOUND, NOT_FOUND]),
    ("POST", "/comments/{comment}/edit", Form(&[("kind", "remark"), ("text", ""), ("version", "1")]), [UNAUTHORIZED, INVALID, NOT_FOUND, NOT_FOUND, NOT_FOUND]),
    ("GET", "/comments/{comment}/withdraw", Body::None, [TO_SIGN_IN, OK, NOT_FOUND, NOT_FOUND, NOT_FOUND]),
    ("POST", "/comments/{comment}/withdraw", Form(&[]), [UNAUTHORIZED, SeeOther("/rounds/{round}?withdrawn={comment}#comment-{comment}"), NOT_FOUND, NOT_FOUND, NOT_FOUND]),
    // Silence procedure forms on the demo round, a comment round: an empty statement is refused
    // at its field; withdrawing is refused as the round is not under silence (staff have no
    // delegation: for them there is nothing here).
    ("POST", "/rounds/{round}/silence-breaks", Form(&[("statement", "")]), [UNAUTHORIZED, INVALID, INVALID, NOT_FOUND, NOT_FOUND]),
    ("GET", "/rounds/{round}/silence-breaks/mine/withdraw", Body::None, [TO_SIGN_IN, OK, OK, NOT_FOUND, NOT_FOUND]),
    ("POST", "/rounds/{round}/silence-breaks/mine/withdraw", Form(&[]), [UNAUTHORIZED, Status(409), Status(409), NOT_FOUND, NOT_FOUND]),
    // The Chair's and Secretariat's pages (forms with harmless or invalid input).
    ("GET", "/chair/rounds/new", Body::None, [TO_SIGN_IN, NOT_FOUND, NOT_FOUND, OK, OK]),
    ("POST", "/chair/rounds/new", Form(&[("action", "preview")]), [TO_SIGN_IN, NOT_FOUND, NOT_FOUND, INVALID, INVALID]),
    ("GET", "/chair/rounds/{round}", Body::None, [TO_SIGN_IN, NOT_FOUND, NOT_FOUND, OK, OK]),
    ("POST", "/chair/rounds/{round}/schedule", Form(&[("action", "close"), ("reason", "")]), [TO_SIGN_IN, NOT_FOUND, NOT_FOUND, INVALID, INVALID]),
    ("GET", "/chair/rounds/{round}/responses", Body::None, [TO_SIGN_IN, NOT_FOUND, NOT_FOUND, OK, OK]),
    ("GET", "/chair/rounds/{round}/responses?filter=not-responded", Body::None, [TO_SIGN_IN, NOT_FOUND, NOT_FOUND, OK, OK]),
    ("GET", "/chair/rounds/{round}/settings", Body::None, [TO_SIGN_IN, NOT_FOUND, NOT_FOUND, OK, OK]),
    ("POST", "/chair/rounds/{round}/settings", Form(&[("action", "preview")]), [TO_SIGN_IN, NOT_FOUND, NOT_FOUND, INVALID, INVALID]),
    ("GET", "/chair/rounds/{round}/draft", Body::None, [TO_SIGN_IN, NOT_FOUND, NOT_FOUND, OK, OK]),
    ("POST", "/chair/rounds/{round}/draft", Multipart(&[("format", "csv"), ("action", "preview"), ("content", "")]), [TO_SIGN_IN, NOT_FOUND, NOT_FOUND, INVALID, INVALID]),
    ("GET", "/chair/rounds/{round}/delegations", Body::None, [TO_SIGN_IN, NOT_FOUND, NOT_FOUND, OK, OK]),
    ("POST", "/chair/rounds/{round}/delegations", Multipart(&[("action", "add"), ("name", ""), ("category", "party"), ("email", "")]), [TO_SIGN_IN, NOT_FOUND, NOT_FOUND, INVALID, INVALID]),
    ("GET", "/chair/rounds/{round}/comments", Body::None, [TO_SIGN_IN, NOT_FOUND, NOT_FOUND, OK, OK]),
    ("GET", "/chair/rounds/{round}/comments.csv", Body::None, [TO_SIGN_IN, NOT_FOUND, NOT_FOUND, OK, OK]),
    ("GET", "/chair/rounds/{round}/intake", Body::None, [TO_SIGN_IN, NOT_FOUND, NOT_FOUND, OK, OK]),
    ("POST", "/chair/rounds/{round}/intake", Form(&[("on_behalf_of", ""), ("kind", "remark"), ("text", "")]), [TO_SIGN_IN, NOT_FOUND, NOT_FOUND, INVALID, INVALID]),
    ("GET", "/chair/rounds/{round}/comments/{comment}/include", Body::None, [TO_SIGN_IN, NOT_FOUND, NOT_FOUND, OK, OK]),
    ("POST", "/chair/rounds/{round}/comments/{comment}/include", Form(&[("reason", "")]), [TO_SIGN_IN, NOT_FOUND, NOT_FOUND, INVALID, INVALID]),
    ("GET", "/chair/rounds/{round}/comments/999999/include", Body::None, [TO_SIGN_IN, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND]),
    ("GET", "/chair/rounds/abc/intake", Body::None, [NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND]),
    ("GET", "/chair/rounds/{round}/audit", Body::None, [TO_SIGN_IN, NOT_FOUND, NOT_FOUND, OK, OK]),
    ("GET", "/chair/rounds/{round}/audit.csv", Body::None, [TO_SIGN_IN, NOT_FOUND, NOT_FOUND, OK, OK]),
    ("GET", "/chair/rounds/999999", Body::None, [TO_SIGN_IN, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND]),
    // Consolidation while the round is open (nothing can be published yet; only the Chair
    // publishes).
    ("GET", "/chair/rounds/{round}/consolidation", Body::None, [TO_SIGN_IN, NOT_FOUND, NOT_FOUND, OK, OK]),
    ("GET", "/chair/rounds/{round}/consolidation/general", Body::None, [TO_SIGN_IN, NOT_FOUND, NOT_FOUND, OK, OK]),
    ("GET", "/chair/rounds/{round}/consolidation/recommendations/999999", Body::None, [TO_SIGN_IN, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND]),
    ("GET", "/chair/rounds/{round}/consolidation/preview/outcome.json", Body::None, [TO_SIGN_IN, NOT_FOUND, NOT_FOUND, OK, OK]),
    ("GET", "/chair/rounds/{round}/consolidation/preview/draft.json", Body::None, [TO_SIGN_IN, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND]),
    ("POST", "/chair/rounds/{round}/consolidation/recommendations", Form(&[("after", ""), ("label", ""), ("text", "")]), [TO_SIGN_IN, NOT_FOUND, NOT_FOUND, INVALID, INVALID]),
    ("POST", "/chair/rounds/{round}/consolidation/publish", Form(&[]), [TO_SIGN_IN, NOT_FOUND, NOT_FOUND, NOT_FOUND, Status(409)]),
    // The mail log and its test message.
    ("GET", "/chair/rounds/{round}/mail", Body::None, [TO_SIGN_IN, NOT_FOUND, NOT_FOUND, OK, OK]),
    ("POST", "/chair/rounds/{round}/mail/test", Form(&[]), [TO_SIGN_IN, NOT_FOUND, NOT_FOUND, SeeOther("/chair/rounds/{round}/mail?test=queued"), SeeOther("/chair/rounds/{round}/mail?test=queued")]),
    // The outcome, not yet published.
    ("GET", "/rounds/{round}/outcome", Body::None, [TO_SIGN_IN, OK, OK, OK, OK]),
    ("GET", "/rounds/{round}/outcome/latest.html", Body::None, [TO_SIGN_IN, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND]),
    // An id that is not a number names no page, whoever asks.
    ("GET", "/rounds/abc", Body::None, [NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND]),
    ("GET", "/comments/abc/edit", Body::None, [NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND]),
    ("GET", "/rounds/abc/outcome/latest.json", Body::None, [NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND]),
    ("GET", "/chair/rounds/abc/consolidation", Body::None, [NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND]),
    ("GET", "/chair/rounds/{round}/consolidation/recommendations/abc", Body::None, [NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND]),
    ("GET", "/chair/rounds/abc/mail", Body::None, [NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND]),
    ("GET", "/chair/rounds/abc", Body::None, [NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND]),
    ("GET", "/chair/rounds/abc/settings", Body::None, [NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND]),
    // The JSON API: "anonymous" sends no token, the others their own bearer token.
    ("GET", "/api/v1/openapi.json", Body::None, [OK, OK, OK, OK, OK]),
    ("GET", "/api/v1/rounds", Body::None, [UNAUTHORIZED, OK, OK, OK, OK]),
    ("POST", "/api/v1/rounds", Json(ROUND_WITHOUT_TITLE), [UNAUTHORIZED, NOT_FOUND, NOT_FOUND, INVALID, INVALID]),
    ("GET", "/api/v1/rounds/{round}", Body::None, [UNAUTHORIZED, OK, OK, OK, OK]),
    ("GET", "/api/v1/rounds/999999", Body::None, [UNAUTHORIZED, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND]),
    // A valid draft: delegates may not load one; staff are refused because the round is open.
    ("PUT", "/api/v1/rounds/{round}/recommendations", Json(VALID_DRAFT), [UNAUTHORIZED, NOT_FOUND, NOT_FOUND, Status(409), Status(409)]),
    // Austria again, without new focal points: staff import it (nothing changes).
    ("PUT", "/api/v1/rounds/{round}/delegations", Json(AUSTRIA_AGAIN), [UNAUTHORIZED, NOT_FOUND, NOT_FOUND, OK, OK]),
    ("GET", "/api/v1/rounds/{round}/responses", Body::None, [UNAUTHORIZED, NOT_FOUND, NOT_FOUND, OK, OK]),
    ("POST", "/api/v1/rounds/{round}/extension", Json(r#"{"closes_at":"2000-01-01T00:00:00Z","reason":""}"#), [UNAUTHORIZED, NOT_FOUND, NOT_FOUND, INVALID, INVALID]),
    ("POST", "/api/v1/rounds/{round}/close", Json(r#"{"reason":""}"#), [UNAUTHORIZED, NOT_FOUND, NOT_FOUND, INVALID, INVALID]),
    ("POST", "/api/v1/rounds/{round}/reopen", Json(r#"{"closes_at":"2000-01-01T00:00:00Z","reason":""}"#), [UNAUTHORIZED, NOT_FOUND, NOT_FOUND, INVALID, INVALID]),
    ("POST", "/api/v1/rounds/{round}/cancel", Json(r#"{"reason":""}"#), [UNAUTHORIZED, NOT_FOUND, NOT_FOUND, INVALID, INVALID]),
    ("GET", "/api/v1/rounds/{round}/comments", Body::None, [UNAUTHORIZED, OK, OK, OK, OK]),
    // Staff comment only on a delegation's behalf (`on_behalf_of`), which delegations may not
    // give; an empty remark is refused either way.
    ("POST", "/api/v1/rounds/{round}/comments", Json(r#"{"kind":"remark","text":""}"#), [UNAUTHORIZED, INVALID, INVALID, INVALID, INVALID]),
    ("POST", "/api/v1/rounds/{round}/comments", Json(r#"{"kind":"remark","text":"","on_behalf_of":1,"source":"letter","received_at":"2000-01-01T00:00:00Z"}"#), [UNAUTHORIZED, INVALID, INVALID, INVALID, INVALID]),
    ("POST", "/api/v1/rounds/{round}/comments/{api_comment}/inclusion", Json(r#"{"reason":""}"#), [UNAUTHORIZED, NOT_FOUND, NOT_FOUND, INVALID, INVALID]),
    // Attachments of Austria's comment: Austria may attach (the body here is not a file), Brazil
    // may not see it, staff attach only to comments they entered on a delegation's behalf.
    ("POST", "/api/v1/rounds/{round}/comments/{api_comment}/attachments", Json("{}"), [UNAUTHORIZED, Status(415), NOT_FOUND, Status(409), Status(409)]),
    ("GET", "/api/v1/rounds/{round}/comments/{api_comment}/attachments", Body::None, [UNAUTHORIZED, OK, NOT_FOUND, OK, OK]),
    ("GET", "/api/v1/rounds/{round}/comments/{api_comment}/attachments/999999", Body::None, [UNAUTHORIZED, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND]),
    ("PUT", "/api/v1/comments/{api_comment}", Json(r#"{"kind":"remark","text":""}"#), [UNAUTHORIZED, INVALID, NOT_FOUND, NOT_FOUND, NOT_FOUND]),
    ("DELETE", "/api/v1/comments/{api_comment}", Body::None, [UNAUTHORIZED, OK, NOT_FOUND, NOT_FOUND, NOT_FOUND]),
    // Silence breaks on the demo round, a comment round: a blank statement is refused; there is
    // nothing to withdraw under silence there. Staff have no delegation.
    ("POST", "/api/v1/rounds/{round}/silence-breaks", Json(r#"{"statement":" "}"#), [UNAUTHORIZED, INVALID, INVALID, NOT_FOUND, NOT_FOUND]),
    ("DELETE", "/api/v1/rounds/{round}/silence-breaks/mine", Body::None, [UNAUTHORIZED, Status(409), Status(409), NOT_FOUND, NOT_FOUND]),
    // The session warning's button: it keeps a live session alive and answers JSON.
    ("POST", "/session/extend", Form(&[]), [UNAUTHORIZED, OK, OK, OK, OK]),
    ("GET", "/static/session.js", Body::None, [OK, OK, OK, OK, OK]),
    // Last: signing out (everyone ends up on the sign-in page).
    ("POST", "/sign-out", Form(&[]), [SeeOther("/sign-in?signed_out=1"), SeeOther("/sign-in?signed_out=1"), SeeOther("/sign-in?signed_out=1"), SeeOther("/sign-in?signed_out=1"), SeeOther("/sign-in?signed_out=1")]),
];

const ROUND_WITHOUT_TITLE: &str = r#"{"title":"","body":"Working Group","meeting":"Meeting","kind":"comments","time_zone":"Europe/Vienna","opens_at":"2000-01-01T00:00:00Z","closes_at":"2000-01-02T00:00:00Z","visibility":"private"}"#;
const VALID_DRAFT: &str =
    r#"[{"agenda_item":"1","agenda_title":"Item","label":"1","text":"A paragraph."}]"#;
const AUSTRIA_AGAIN: &str = r#"[{"name":"Austria","category":"party","focal_point_emails":[]}]"#;

/// The text of Austria's comments: nobody but Austria and staff may see it.
const AUSTRIA_SECRET: &str = "Austria's private remark";

/// One of the five callers: a browser (signed in or not), the CSRF token of its forms, and
/// its API token (none for anonymous).
struct Caller {
    name: &'static str,
    browser: User,
    csrf: String,
    token: Option<String>,
}

async fn caller(t: &TestApp, name: &'static str, email: Option<&str>) -> Caller {
    let (browser, token) = match email {
        None => (t.browser(), None),
        Some(email) => (
            t.sign_in(email).await,
            Some(t.app.create_api_token(email).await.expect("token")),
        ),
    };
    // The CSRF token of this browser, from a real form: the sign-in form before signing in,
    // the sign-out form after.
    let (page, selector) = match email {
        None => (browser.get("/sign-in").await, "form[action='/sign-in']"),
        Some(_) => (browser.get("/").await, "form[action='/sign-out']"),
    };
    let csrf = page
        .form(selector)
        .get("csrf_token")
        .expect("a CSRF token in the form")
        .to_string();
    assert!(!csrf.is_empty(), "{name} has a CSRF token");
    Caller {
        name,
        browser,
        csrf,
        token,
    }
}

/// What a test reads of any answer.
struct Seen {
    status: StatusCode,
    location: Option<String>,
    body: String,
    json: Option<serde_json::Value>,
    content_type: String,
}

async fn call(t: &TestApp, who: &Caller, method: &str, path: &str, body: Body) -> Seen {
    let url = t.url(path);
    if path.starts_with("/api/") {
        let client = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .expect("client");
        let method: reqwest::Method = method.parse().expect("method");
        let mut request = client.request(method, url);
        if let Some(token) = &who.token {
            request = request.bearer_auth(token);
        }
        if let Json(json) = body {
            request = request
                .header(reqwest::header::CONTENT_TYPE, "application/json")
                .body(json);
        }
        let response = request.send().await.expect("API request");
        let content_type = content_type(&response);
        let ApiAnswer {
            status,
            headers,
            json,
        } = api_answer(response).await;
        return Seen {
            status,
            location: headers
                .get(reqwest::header::LOCATION)
                .and_then(|v| v.to_str().ok())
                .map(str::to_string),
            body: json.to_string(),
            json: Some(json),
            content_type,
        };
    }
    let with_token = |fields: &[(&str, &str)]| -> Vec<(String, String)> {
        let mut all: Vec<(String, String)> = fields
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        all.push(("csrf_token".into(), who.csrf.clone()));
        all
    };
    let request = match (method, body) {
        ("GET", Body::None) => who.browser.client.get(url),
        ("POST", Form(fields)) => who.browser.client.post(url).form(&with_token(fields)),
        ("POST", Multipart(fields)) => {
            let mut form = reqwest::multipart::Form::new();
            for (name, value) in with_token(fields) {
                form = form.text(name, value);
            }
            who.browser.client.post(url).multipart(form)
        }
        other => panic!("no such page request in the table: {other:?}"),
    };
    let response = request.send().await.expect("page request");
    let status = response.status();
    let content_type = content_type(&response);
    let location = response
        .headers()
        .get(reqwest::header::LOCATION)
        .and_then(|v| v.to_str().ok())
        .map(str::to_string);
    Seen {
        status,
        location,
        body: response.text().await.expect("body"),
        json: None,
        content_type,
    }
}

fn content_type(response: &reqwest::Response) -> String {
    response
        .headers()
        .get(reqwest::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_string()
}

async fn every_route_answers_each_role_as_the_table_says(backend: Backend) {
    let t = TestApp::spawn(backend).await;
    let callers = [
        caller(&t, ROLES[0], None).await,
        caller(&t, ROLES[1], Some(AUSTRIA)).await,
        caller(&t, ROLES[2], Some(BRAZIL)).await,
        caller(&t, ROLES[3], Some(SECRETARIAT)).await,
        caller(&t, ROLES[4], Some(CHAIR)).await,
    ];

    // Austria's two comments: one for the pages, one for the API.
    let austria = &callers[1].browser;
    let saved = austria
        .comment_on(&t.round_path(), "3", "remark", AUSTRIA_SECRET, "")
        .await;
    let comment = crate::helpers::saved_comment_id(&saved);
    let api_comment = t
        .api(AUSTRIA)
        .await
        .post(
            &format!("/rounds/{}/comments", t.round_id),
            serde_json::json!({"recommendation_label": "4", "kind": "remark", "text": AUSTRIA_SECRET}),
        )
        .await;
    assert_eq!(
        api_comment.status,
        StatusCode::CREATED,
        "{:?}",
        api_comment.json
    );
    let api_comment = api_comment.json["id"].as_i64().expect("comment id");

    let fill = |template: &str| {
        template
            .replace("{round}", &t.round_id.to_string())
            .replace("{comment}", &comment.to_string())
            .replace("{api_comment}", &api_comment.to_string())
            .replace("{token}", "0123456789abcdef0123456789abcdef")
    };

    let mut failures = Vec::new();
    for (method, template, body, expected) in ROUTES {
        let path = fill(template);
        for (who, expect) in callers.iter().zip(expected) {
            let seen = call(&t, who, method, &path, *body).await;
            let line = format!("{method} {path} as {}", who.name);
            let ok = match expect {
                Status(code) => seen.status.as_u16() == *code,
                SeeOther(to) => {
                    seen.status == StatusCode::SEE_OTHER
                        && seen.location.as_deref() == Some(fill(to).as_str())
                }
            };
            if !ok {
                failures.push(format!(
                    "{line}: expected {expect:?}, got {} {:?}: {}",
                    seen.status,
                    seen.location,
                    seen.body.chars().take(300).collect::<String>()
                ));
                continue;
            }
            check_answer(&line, who, &seen, &mut failures);
        }
    }
    assert!(
        failures.is_empty(),
        "{} answer(s) differ from the table:\n{}",
        failures.len(),
        failures.join("\n")
    );

    // A signed-in browser's cookies are no API credentials (the API takes bearer tokens only),
    // and a token that is not one is refused like none.
    let chair = t.sign_in(CHAIR).await;
    let with_cookie = chair.get("/api/v1/rounds").await;
    assert_eq!(with_cookie.status, StatusCode::UNAUTHORIZED);
    let wrong = t.api_without_token().get("/rounds").await;
    assert_eq!(wrong.status, StatusCode::UNAUTHORIZED);
    assert_eq!(wrong.json["error"]["code"], "unauthorized");
}

/// What every answer must also show: refusals in the right words and shape, downloads as CSV,
/// and Austria's comment never in an answer to Brazil or to nobody.
fn check_answer(line: &str, who: &Caller, seen: &Seen, failures: &mut Vec<String>) {
    let mut fail = |what: &str| failures.push(format!("{line}: {what}"));
    if let Some(json) = &seen.json {
        let code = json["error"]["code"].as_str();
        match seen.status.as_u16() {
            401 if code != Some("unauthorized") => fail("401 without code unauthorized"),
            404 if code != Some("not_found") => fail("404 without code not_found"),
            409 if code != Some("conflict") => fail("409 without code conflict"),
            422 if !matches!(code, Some("invalid" | "import_invalid")) => {
                fail("422 without code invalid")
            }
            _ => {}
        }
        if seen.status.is_client_error() && !seen.content_type.starts_with("application/json") {
            fail("an API error that is not JSON");
        }
    } else if seen.status == StatusCode::NOT_FOUND && !seen.body.contains("Page not found") {
        fail("404 without the \"Page not found\" page");
    }
    if line.contains(".csv ")
        && seen.status.is_success()
        && !seen.content_type.starts_with("text/csv")
    {
        fail("a CSV download that is not text/csv");
    }
    if (who.name == ROLES[0] || who.name == ROLES[2]) && seen.body.contains(AUSTRIA_SECRET) {
        fail("shows Austria's private comment");
    }
}

/// A delegate calling a staff-only write of the API gets "not found" whatever it sends: the
/// refusal does not depend on (or report on) the body, as on the Chair's pages, where the
/// role is checked before the form is read.
async fn a_delegate_is_refused_before_the_body_is_read(backend: Backend) {
    let t = TestApp::spawn(backend).await;
    let austria = t.api(AUSTRIA).await;
    let round = t.round_id;
    let answers = [
        austria
            .put_csv(
                &format!("/rounds/{round}/delegations"),
                b"name,category\nNowhere,planet\n".to_vec(),
            )
            .await,
        austria
            .put(
                &format!("/rounds/{round}/recommendations"),
                serde_json::json!([]),
            )
            .await,
        austria
            .post(
                &format!("/rounds/{round}/extension"),
                serde_json::json!({"closes_at": "soon", "reason": "x"}),
            )
            .await,
    ];
    for answer in answers {
        assert_eq!(answer.status, StatusCode::NOT_FOUND, "{:?}", answer.json);
        assert_eq!(answer.json["error"]["code"], "not_found");
    }
}
