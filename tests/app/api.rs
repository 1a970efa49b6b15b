//! The JSON API: a whole round driven by another system, the deadline refusal as 409
//! `round_closed`, Idempotency-Key replays, and the OpenAPI document in sync with the code.

use jiff::SignedDuration;
use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::both_backends;
use crate::helpers::{AUSTRIA, ApiClient, BRAZIL, Backend, CHAIR, TestApp};

both_backends!(
    a_round_run_through_the_api,
    writes_after_the_deadline_get_409_round_closed,
    idempotency_key_replays_the_first_answer,
    api_errors_have_one_shape_and_leak_nothing,
);

/// How a deadline at `at` names Vienna's time: CET in winter, CEST in summer (the tests' rounds
/// close some days after the moment they run).
fn vienna_time_words(at: jiff::Timestamp) -> &'static str {
    match at.in_tz("Europe/Vienna").expect("zone").offset().seconds() {
        3600 => "Vienna time (CET, UTC+01:00)",
        7200 => "Vienna time (CEST, UTC+02:00)",
        other => panic!("Vienna is never {other} s from UTC"),
    }
}

/// The answers to a change of comment `id` into a remark saying `text`, and to its withdrawal.
async fn change_and_withdraw(client: &ApiClient, id: i64, text: &str) -> [StatusCode; 2] {
    let path = format!("/comments/{id}");
    let changed = client
        .put(&path, json!({"kind": "remark", "text": text}))
        .await;
    [changed.status, client.delete(&path).await.status]
}

async fn a_round_run_through_the_api(backend: Backend) {
    let t = TestApp::spawn(backend).await;
    let chair = t.api(CHAIR).await;
    let now = t.app.now();
    let id = chair
        .create_round(json!({
            "opens_at": (now + SignedDuration::from_hours(1)).to_string(),
            "closes_at": (now + SignedDuration::from_hours(24 * 10)).to_string(),
            "visibility": "after_close", "instructions": "Please comment by paragraph.",
            "reminders_before": ["P3D", "PT12H"],
        }))
        .await;

    let draft = chair
        .put(
            &format!("/rounds/{id}/recommendations"),
            json!([
                {"agenda_item": "2", "agenda_title": "Marking", "label": "1", "text": "States parties should consider marking firearms."},
                {"agenda_item": "2", "agenda_title": "Marking", "label": "1 bis", "text": "States parties should consider marking imports."},
                {"agenda_item": "3", "agenda_title": "Cooperation", "label": "2", "text": "States parties should consider sharing tracing data."}
            ]),
        )
        .await;
    assert_eq!(draft.status, StatusCode::OK, "{}", draft.json);
    let delegations = chair
        .put_csv(
            &format!("/rounds/{id}/delegations"),
            b"name,category,focal_point_emails\r\nAustria,party,\r\nBrazil,party,\r\nHoly See,other_observer,focal@holysee.example.org\r\n".to_vec(),
        )
        .await;
    assert_eq!(delegations.status, StatusCode::OK, "{}", delegations.json);
    assert_eq!(delegations.json["rows"], 3);

    let round = chair.get(&format!("/rounds/{id}")).await;
    assert_eq!(round.json["state"], "scheduled");
    assert_eq!(round.json["kind"], "comments");
    assert_eq!(round.json["visibility"], "after_close");
    assert_eq!(round.json["reminders_before"], json!(["P3D", "PT12H"]));
    assert!(
        round.json["closes_at_local"]
            .as_str()
            .unwrap_or_default()
            .contains(vienna_time_words(now + SignedDuration::from_hours(24 * 10)))
    );
    assert_eq!(
        round.json["recommendations"].as_array().map(Vec::len),
        Some(3)
    );

    // Open; Austria and Brazil (existing delegations of the meeting) comment.
    t.clock.advance(SignedDuration::from_hours(2));
    let austria = t.api(AUSTRIA).await;
    let brazil = t.api(BRAZIL).await;
    let a = austria
        .post(&format!("/rounds/{id}/comments"), json!({"recommendation_label": "1 bis", "kind": "amendment", "text": "Clearer.", "proposed_text": "States parties should mark imported firearms."}))
        .await;
    assert_eq!(a.status, StatusCode::CREATED, "{}", a.json);
    assert!(
        a.json["reference"]
            .as_str()
            .unwrap_or_default()
            .starts_with("WGF-")
    );
    let b = brazil
        .post(
            &format!("/rounds/{id}/comments"),
            json!({"kind": "remark", "text": "Brazil welcomes the draft."}),
        )
        .await;
    assert_eq!(b.status, StatusCode::CREATED, "{}", b.json);
    let a_id = a.json["id"].as_i64().expect("id");
    // The server says how long it took, and how much of that went to the group-commit writer.
    let timing = b.headers["server-timing"].to_str().expect("ascii");
    assert!(
        timing.starts_with("app;dur=") && timing.contains(", writer;dur="),
        "{timing}"
    );
    let read = austria.get(&format!("/rounds/{id}")).await;
    let timing = read.headers["server-timing"].to_str().expect("ascii");
    assert!(
        !timing.contains("writer"),
        "a read has no writer time: {timing}"
    );

    // Each delegation reads only its own while the round is open.
    let mine = austria.get(&format!("/rounds/{id}/comments")).await;
    assert_eq!(mine.json.as_array().map(Vec::len), Some(1));
    assert_eq!(
        change_and_withdraw(&brazil, a_id, "Hijack").await,
        [StatusCode::NOT_FOUND; 2]
    );
    let all = chair.get(&format!("/rounds/{id}/comments")).await;
    assert_eq!(all.json.as_array().map(Vec::len), Some(2));

    // Austria changes its comment (with its version), then a stale change is refused.
    let changed = austria
        .put(&format!("/comments/{a_id}"), json!({"kind": "amendment", "text": "Clearer still.", "proposed_text": "States parties should mark imported firearms at import.", "version": 1}))
        .await;
    assert_eq!(changed.status, StatusCode::OK, "{}", changed.json);
    let stale = austria
        .put(
            &format!("/comments/{a_id}"),
            json!({"kind": "remark", "text": "Old", "version": 1}),
        )
        .await;
    stale.assert_error(StatusCode::CONFLICT, "conflict");

    // Responses, closing, an extension for Brazil after it, and Brazil's late comment.
    let responses = chair.get(&format!("/rounds/{id}/responses")).await;
    assert_eq!(responses.json["invited"], 3);
    assert_eq!(responses.json["responded"], 2);
    let brazil_id = responses.json["delegations"]
        .as_array()
        .and_then(|l| l.iter().find(|d| d["name"] == "Brazil"))
        .and_then(|d| d["delegation_id"].as_i64())
        .expect("Brazil");
    let closed = chair
        .post(
            &format!("/rounds/{id}/close"),
            json!({"reason": "Agreed by the Working Group."}),
        )
        .await;
    assert_eq!(closed.status, StatusCode::OK, "{}", closed.json);
    assert_eq!(closed.json["state"], "closed");
    let later = t.app.now() + SignedDuration::from_hours(24 * 20);
    let extension = chair
        .post(&format!("/rounds/{id}/extension"), json!({"closes_at": later.to_string(), "reason": "Capital consultations.", "delegation_id": brazil_id}))
        .await;
    assert_eq!(extension.status, StatusCode::OK, "{}", extension.json);
    let refused = austria
        .post(
            &format!("/rounds/{id}/comments"),
            json!({"kind": "remark", "text": "Late"}),
        )
        .await;
    refused.assert_error(StatusCode::CONFLICT, "round_closed");
    let late = brazil
        .post(
            &format!("/rounds/{id}/comments"),
            json!({"recommendation_id": null, "recommendation_label": "2", "kind": "support"}),
        )
        .await;
    assert_eq!(late.status, StatusCode::CREATED, "{}", late.json);
    assert_eq!(late.json["late"], true);

    // With visibility after_close, the comments are shared once the last window has closed:
    // not while Brazil's runs, and at its end Austria reads Brazil's comments too.
    let mine = austria.get(&format!("/rounds/{id}/comments")).await;
    assert_eq!(mine.json.as_array().map(Vec::len), Some(1), "{}", mine.json);
    t.clock.set(later);
    let shared = austria.get(&format!("/rounds/{id}/comments")).await;
    assert_eq!(
        shared.json.as_array().map(Vec::len),
        Some(3),
        "{}",
        shared.json
    );

    // Reopen, then withdraw through DELETE.
    let reopened = chair
        .post(&format!("/rounds/{id}/reopen"), json!({"closes_at": (t.app.now() + SignedDuration::from_hours(24)).to_string(), "reason": "One more day."}))
        .await;
    assert_eq!(reopened.status, StatusCode::OK, "{}", reopened.json);
    assert_eq!(
        austria.delete(&format!("/comments/{a_id}")).await.status,
        StatusCode::OK
    );
    let mine = austria.get(&format!("/rounds/{id}/comments")).await;
    let withdrawn = mine
        .json
        .as_array()
        .and_then(|l| l.iter().find(|c| c["id"] == a_id))
        .expect("still listed");
    assert_eq!(withdrawn["status"], "withdrawn");
}

async fn writes_after_the_deadline_get_409_round_closed(backend: Backend) {
    let t = TestApp::spawn(backend).await;
    let austria = t.api(AUSTRIA).await;
    let ok = austria.remark(t.round_id, "3", "In time.").await;
    assert_eq!(ok.status, StatusCode::CREATED);
    let id = ok.json["id"].as_i64().expect("id");
    t.clock
        .set(t.closes_at().await + SignedDuration::from_secs(1));
    let before = t.comment_count().await;
    let late = austria.remark(t.round_id, "3", "Too late.").await;
    late.assert_error(StatusCode::CONFLICT, "round_closed");
    let message = late.json["error"]["message"].as_str().unwrap_or_default();
    let closes_at = t.closes_at().await;
    assert!(
        message.contains("18:00 on") && message.contains(vienna_time_words(closes_at)),
        "{message}"
    );
    assert_eq!(
        change_and_withdraw(&austria, id, "Changed").await,
        [StatusCode::CONFLICT; 2]
    );
    assert_eq!(t.comment_count().await, before);
    assert_eq!(t.comment(id).await.text, "In time.");
}

async fn idempotency_key_replays_the_first_answer(backend: Backend) {
    let t = TestApp::spawn(backend).await;
    let austria = t.api(AUSTRIA).await;
    let path = format!("/rounds/{}/comments", t.round_id);
    let body = json!({"recommendation_label": "4", "kind": "remark", "text": "Sent twice by a flaky link."});
    let first = austria.post_with_key(&path, body.clone(), "key-1").await;
    assert_eq!(first.status, StatusCode::CREATED);
    let again = austria.post_with_key(&path, body.clone(), "key-1").await;
    assert_eq!(again.status, StatusCode::CREATED);
    assert_eq!(again.json, first.json, "the same answer, the same receipt");
    assert_eq!(
        again
            .headers
            .get("idempotent-replayed")
            .and_then(|v| v.to_str().ok()),
        Some("true")
    );
    assert_eq!(t.comment_count().await, 1, "stored once");

    let other = json!({"recommendation_label": "4", "kind": "remark", "text": "Something else."});
    let reused = austria.post_with_key(&path, other, "key-1").await;
    reused.assert_error(StatusCode::UNPROCESSABLE_ENTITY, "idempotency_key_reused");

    // Ten concurrent repeats of a new request store it once.
    let mut tasks = Vec::new();
    for _ in 0..10 {
        let client = t.api(AUSTRIA).await;
        let (path, body) = (
            path.clone(),
            json!({"recommendation_label": "5", "kind": "remark", "text": "Double click."}),
        );
        tasks.push(tokio::spawn(async move {
            client.post_with_key(&path, body, "key-2").await.status
        }));
    }
    let mut created = 0;
    for task in tasks {
        let status = task.await.expect("task");
        assert!(
            status == StatusCode::CREATED || status == StatusCode::CONFLICT,
            "{status}"
        );
        created += usize::from(status == StatusCode::CREATED);
    }
    assert!(created >= 1);
    assert_eq!(
        t.comment_count().await,
        2,
        "the concurrent repeats stored one comment"
    );
}

async fn api_errors_have_one_shape_and_leak_nothing(backend: Backend) {
    let t = TestApp::spawn(backend).await;
    let anonymous = t.api_without_token();
    let answer = anonymous.get("/rounds").await;
    answer.assert_error(StatusCode::UNAUTHORIZED, "unauthorized");

    let austria = t.api(AUSTRIA).await;
    let path = format!("/rounds/{}/comments", t.round_id);
    let invalid = austria
        .post(
            &path,
            json!({"recommendation_label": "3", "kind": "amendment", "text": "No proposal"}),
        )
        .await;
    invalid.assert_error(StatusCode::UNPROCESSABLE_ENTITY, "invalid");
    assert_eq!(invalid.json["error"]["field"], "proposed_text");
    let unknown = austria.remark(t.round_id, "99", "?").await;
    assert_eq!(unknown.json["error"]["field"], "recommendation_label");
    let broken = austria
        .send_raw(
            reqwest::Method::POST,
            &path,
            Some("application/json"),
            b"{not json".to_vec(),
        )
        .await;
    broken.assert_error(StatusCode::BAD_REQUEST, "bad_request");
    let chair = t.api(CHAIR).await;
    let shapeless = chair.post("/rounds", json!({"title": "x"})).await;
    shapeless.assert_error(StatusCode::UNPROCESSABLE_ENTITY, "invalid");
    let unknown_endpoint = chair.get("/no-such-endpoint").await;
    unknown_endpoint.assert_error(StatusCode::NOT_FOUND, "not_found");
    let staff_only = austria
        .post("/rounds", json!({"title": "T", "body": "B", "meeting": "M", "kind": "comments", "time_zone": "UTC", "opens_at": "2030-01-01T00:00:00Z", "closes_at": "2030-02-01T00:00:00Z", "visibility": "private"}))
        .await;
    assert_eq!(
        staff_only.status,
        StatusCode::NOT_FOUND,
        "a delegate cannot create rounds"
    );
    for answer in [&invalid, &unknown] {
        let text = answer.json.to_string();
        assert!(!text.contains("sqlx") && !text.contains("SELECT"), "{text}");
    }
}

#[tokio::test]
async fn openapi_document_is_served_and_in_sync_with_the_code() {
    let t = TestApp::spawn(Backend::Sqlite).await;
    let served: Value = reqwest::get(format!("{}/api/v1/openapi.json", t.base))
        .await
        .expect("get")
        .json()
        .await
        .expect("json");
    let generated = serde_json::to_value(redraft::web::api::openapi()).expect("document");
    assert_eq!(served, generated);
    assert!(
        served["openapi"]
            .as_str()
            .unwrap_or_default()
            .starts_with("3.1")
    );
    let paths = served["paths"].as_object().expect("paths");
    for (path, methods) in [
        ("/api/v1/rounds", vec!["get", "post"]),
        ("/api/v1/rounds/{round_id}", vec!["get"]),
        ("/api/v1/rounds/{round_id}/recommendations", vec!["put"]),
        ("/api/v1/rounds/{round_id}/delegations", vec!["put"]),
        ("/api/v1/rounds/{round_id}/comments", vec!["get", "post"]),
        ("/api/v1/comments/{comment_id}", vec!["put", "delete"]),
        ("/api/v1/rounds/{round_id}/responses", vec!["get"]),
        ("/api/v1/rounds/{round_id}/extension", vec!["post"]),
        ("/api/v1/rounds/{round_id}/close", vec!["post"]),
        ("/api/v1/rounds/{round_id}/reopen", vec!["post"]),
    ] {
        for method in methods {
            assert!(
                paths.get(path).and_then(|p| p.get(method)).is_some(),
                "{method} {path} is documented"
            );
        }
    }
    assert!(served["components"]["securitySchemes"]["bearer"].is_object());
    assert!(served["components"]["schemas"]["CommentIn"].is_object());
}

both_backends!(dispositions_and_the_outcome_through_the_api);

async fn dispositions_and_the_outcome_through_the_api(backend: Backend) {
    let t = TestApp::spawn(backend).await;
    let austria = t.api(AUSTRIA).await;
    let comments = format!("/rounds/{}/comments", t.round_id);
    let proposal = "States parties should consider ensuring that victims have access to legal aid.";
    let sent = austria
        .post(&comments, json!({"recommendation_label": "3", "kind": "amendment", "text": "Simpler.", "proposed_text": proposal}))
        .await;
    assert_eq!(sent.status, StatusCode::CREATED);

    let chair = t.api(CHAIR).await;
    let round = chair.get(&format!("/rounds/{}", t.round_id)).await;
    let recommendations: Vec<(i64, String)> = round.json["recommendations"]
        .as_array()
        .expect("recommendations")
        .iter()
        .map(|r| {
            (
                r["id"].as_i64().expect("id"),
                r["label"].as_str().unwrap_or_default().to_string(),
            )
        })
        .collect();
    let (first_id, _) = recommendations[0].clone();
    let path = |id: i64| format!("/rounds/{}/dispositions/{id}", t.round_id);

    // Not while the round is open.
    let early = chair
        .put(&path(first_id), json!({"decision": "retained"}))
        .await;
    assert_eq!(early.status, StatusCode::CONFLICT, "{}", early.json);

    t.clock
        .set(t.closes_at().await + SignedDuration::from_secs(60));
    assert_eq!(
        austria
            .put(&path(first_id), json!({"decision": "retained"}))
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    for (id, label) in &recommendations {
        let body = if label == "3" {
            json!({"decision": "amended", "text": proposal, "note": "As proposed by Austria."})
        } else {
            json!({"decision": "retained"})
        };
        let saved = chair.put(&path(*id), body).await;
        assert_eq!(saved.status, StatusCode::OK, "{label}: {}", saved.json);
        assert_eq!(saved.json["version"], 1);
    }
    let stale = chair
        .put(
            &path(first_id),
            json!({"decision": "deleted", "version": 0}),
        )
        .await;
    stale.assert_error(StatusCode::CONFLICT, "stale_version");
    let listed = chair
        .get(&format!("/rounds/{}/dispositions", t.round_id))
        .await;
    assert_eq!(
        listed.json.as_array().map(Vec::len),
        Some(recommendations.len())
    );

    let published = chair
        .post(&format!("/rounds/{}/outcome", t.round_id), json!({}))
        .await;
    assert_eq!(published.status, StatusCode::CREATED, "{}", published.json);
    assert_eq!(published.json["version"], 1);
    let versions = austria
        .get(&format!("/rounds/{}/outcome", t.round_id))
        .await;
    assert_eq!(versions.json.as_array().map(Vec::len), Some(1));
    let docx = austria
        .client
        .get(format!(
            "{}/api/v1/rounds/{}/outcome/latest.docx",
            t.base, t.round_id
        ))
        .bearer_auth(&austria.token)
        .send()
        .await
        .expect("docx");
    assert_eq!(docx.status(), StatusCode::OK);
    let bytes = docx.bytes().await.expect("bytes");
    assert!(bytes.starts_with(b"PK"), "a DOCX is a zip file");
    let json_doc = austria
        .get(&format!("/rounds/{}/outcome/1.json", t.round_id))
        .await;
    assert_eq!(json_doc.status, StatusCode::OK);
    assert!(json_doc.json.to_string().contains(proposal));
    assert_eq!(
        austria
            .get(&format!("/rounds/{}/outcome/9.json", t.round_id))
            .await
            .status,
        StatusCode::NOT_FOUND
    );
}

/// A staff-only write answers anyone else from the headers: a delegation announcing a large
/// body is refused at once, before any of it is read (and not with "too large").
#[tokio::test]
async fn staff_only_writes_refuse_others_before_reading_the_body() {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};

    let t = TestApp::spawn(Backend::Sqlite).await;
    let austria = t.api(AUSTRIA).await;
    let path = format!("/rounds/{}/recommendations", t.round_id);
    let too_large = austria
        .send_raw(
            reqwest::Method::PUT,
            &path,
            Some("application/json"),
            vec![b' '; 9 * 1024 * 1024],
        )
        .await;
    too_large.assert_error(StatusCode::NOT_FOUND, "not_found");

    // One byte of a body announced as a megabyte: the answer comes without the rest.
    let address = t.base.trim_start_matches("http://");
    let mut socket = tokio::net::TcpStream::connect(address)
        .await
        .expect("connect");
    let head = format!(
        "PUT /api/v1{path} HTTP/1.1\r\nHost: {address}\r\nAuthorization: Bearer {}\r\n\
         Content-Type: application/json\r\nContent-Length: 1048576\r\n\r\n[",
        austria.token
    );
    socket.write_all(head.as_bytes()).await.expect("write");
    let mut answer = vec![0u8; 4096];
    let read = tokio::time::timeout(std::time::Duration::from_secs(10), socket.read(&mut answer))
        .await
        .expect("answered before the body was sent")
        .expect("read");
    let answer = String::from_utf8_lossy(&answer[..read]);
    assert!(answer.starts_with("HTTP/1.1 404"), "{answer}");

    let chair = t.api(CHAIR).await;
    let from_staff = chair
        .send_raw(
            reqwest::Method::PUT,
            &path,
            Some("application/json"),
            vec![b' '; 9 * 1024 * 1024],
        )
        .await;
    from_staff.assert_error(StatusCode::PAYLOAD_TOO_LARGE, "too_large");
}

/// An id in the path that is not a number is refused in the API's error shape, naming it.
#[tokio::test]
async fn path_ids_that_are_not_numbers_get_the_json_error() {
    let t = TestApp::spawn(Backend::Sqlite).await;
    let chair = t.api(CHAIR).await;
    let round = t.round_id;
    for (method, path, field) in [
        (reqwest::Method::GET, "/rounds/abc".to_string(), "round_id"),
        (
            reqwest::Method::GET,
            "/rounds/99999999999999999999/comments".to_string(),
            "round_id",
        ),
        (
            reqwest::Method::PUT,
            format!("/rounds/{round}/dispositions/first"),
            "recommendation_id",
        ),
        (
            reqwest::Method::DELETE,
            "/comments/1.5".to_string(),
            "comment_id",
        ),
        (
            reqwest::Method::GET,
            "/rounds/x/outcome/latest.html".to_string(),
            "round_id",
        ),
    ] {
        let answer = chair
            .send(method.clone(), &path, Some(json!({})), None)
            .await;
        assert_eq!(answer.status, StatusCode::BAD_REQUEST, "{method} {path}");
        assert_eq!(
            answer.headers[reqwest::header::CONTENT_TYPE],
            "application/json",
            "{method} {path}"
        );
        assert_eq!(
            answer.json["error"]["code"], "bad_request",
            "{method} {path}"
        );
        assert_eq!(answer.json["error"]["field"], field, "{method} {path}");
    }
}

/// A JSON body is read whole and strictly: text after the value, or a body sent under another
/// content type, is refused in the error shape, and nothing is stored.
#[tokio::test]
async fn bodies_that_are_not_exactly_json_are_refused() {
    let t = TestApp::spawn(Backend::Sqlite).await;
    let austria = t.api(AUSTRIA).await;
    let path = format!("/rounds/{}/comments", t.round_id);
    let comment = br#"{"recommendation_id": 1, "kind": "remark", "text": "Fine."}"#.to_vec();

    let trailing = [comment.as_slice(), b" and more"].concat();
    let answer = austria
        .send_raw(
            reqwest::Method::POST,
            &path,
            Some("application/json"),
            trailing,
        )
        .await;
    answer.assert_error(StatusCode::BAD_REQUEST, "bad_request");

    for content_type in [
        Some("text/html"),
        Some("application/x-www-form-urlencoded"),
        None,
    ] {
        let answer = austria
            .send_raw(reqwest::Method::POST, &path, content_type, comment.clone())
            .await;
        assert_eq!(
            answer.status,
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "{content_type:?}: {}",
            answer.json
        );
        assert_eq!(answer.json["error"]["code"], "unsupported_media_type");
        assert_eq!(answer.json["error"]["field"], "Content-Type");
    }
    let chair = t.api(CHAIR).await;
    let import = chair
        .send_raw(
            reqwest::Method::PUT,
            &format!("/rounds/{}/delegations", t.round_id),
            Some("application/xml"),
            b"<delegations/>".to_vec(),
        )
        .await;
    assert_eq!(import.status, StatusCode::UNSUPPORTED_MEDIA_TYPE);
    assert_eq!(t.comment_count().await, 0, "nothing was stored");

    // The same comment sent properly is taken, a whole number written `1.0` included.
    let fine = austria
        .send_raw(
            reqwest::Method::POST,
            &path,
            Some("application/json; charset=utf-8"),
            br#"{"recommendation_id": 1.0, "kind": "remark", "text": "Fine."}"#.to_vec(),
        )
        .await;
    assert_eq!(fine.status, StatusCode::CREATED, "{}", fine.json);
}

/// A value outside an enumeration, or an empty text where one is required, is refused with 422
/// naming the field as the API names it, and the OpenAPI document declares the same constraint.
#[tokio::test]
async fn enumerations_and_required_texts_are_declared_and_enforced() {
    let t = TestApp::spawn(Backend::Sqlite).await;
    let chair = t.api(CHAIR).await;
    let round = json!({
        "title": "Comments", "body": "Working Group on Firearms", "meeting": "Eighth meeting",
        "kind": "comments", "time_zone": "Europe/Vienna",
        "opens_at": "2030-10-01T08:00:00Z", "closes_at": "2030-10-15T16:00:00Z",
        "visibility": "after_close",
    });
    let with = |field: &str, value: Value| {
        let mut body = round.clone();
        body[field] = value;
        body
    };
    for (field, value) in [
        ("visibility", json!("public")),
        ("kind", json!("comment")),
        ("title", json!("")),
        ("opens_at", json!("")),
        ("closes_at", json!("15 October 2030")),
    ] {
        let answer = chair.post("/rounds", with(field, value.clone())).await;
        assert_eq!(
            answer.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "{field} = {value}: {}",
            answer.json
        );
        assert_eq!(answer.json["error"]["code"], "invalid");
        assert_eq!(answer.json["error"]["field"], field, "{}", answer.json);
    }
    let unknown = chair
        .post("/rounds", with("visibility", json!("public")))
        .await;
    let message = unknown.json["error"]["message"]
        .as_str()
        .unwrap_or_default();
    assert!(
        message.contains("after_close"),
        "the refusal names the allowed values: {message}"
    );
    // The use case's own rule, named as the API names the field.
    let reversed = chair
        .post("/rounds", with("closes_at", json!("2030-09-01T08:00:00Z")))
        .await;
    assert_eq!(
        reversed.json["error"]["field"], "closes_at",
        "{}",
        reversed.json
    );

    let austria = t.api(AUSTRIA).await;
    let round_id = t.round_id;
    for (client, method, path, body, field) in [
        (
            &austria,
            reqwest::Method::POST,
            format!("/rounds/{round_id}/comments"),
            json!({"recommendation_id": 1, "kind": "question", "text": "Why?"}),
            "kind",
        ),
        (
            &chair,
            reqwest::Method::POST,
            format!("/rounds/{round_id}/close"),
            json!({"reason": ""}),
            "reason",
        ),
        (
            &chair,
            reqwest::Method::PUT,
            format!("/rounds/{round_id}/dispositions/1"),
            json!({"decision": "postponed"}),
            "decision",
        ),
    ] {
        let answer = client.send(method, &path, Some(body), None).await;
        assert_eq!(
            answer.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "{path}: {}",
            answer.json
        );
        assert_eq!(answer.json["error"]["field"], field, "{path}");
    }
    let delegations = chair
        .put(
            &format!("/rounds/{}/delegations", t.round_id),
            json!([{"name": "Ruritania", "category": "party"}, {"name": "Atlantis", "category": "state"}]),
        )
        .await;
    delegations.assert_error(StatusCode::UNPROCESSABLE_ENTITY, "import_invalid");
    assert_eq!(
        delegations.json["error"]["problems"][0]["field"],
        "category"
    );
    assert_eq!(delegations.json["error"]["problems"][0]["row"], 2);

    let document: Value = reqwest::get(format!("{}/api/v1/openapi.json", t.base))
        .await
        .expect("get")
        .json()
        .await
        .expect("json");
    let schemas = &document["components"]["schemas"];
    assert_eq!(
        schemas["VisibilityWord"]["enum"],
        json!(["private", "after_close", "shared"])
    );
    assert_eq!(
        schemas["RoundKindWord"]["enum"],
        json!(["comments", "silence"])
    );
    assert_eq!(
        schemas["RoundStateWord"]["enum"],
        json!(["scheduled", "open", "closed", "cancelled"])
    );
    assert_eq!(
        schemas["CommentKindWord"]["enum"],
        json!(["remark", "amendment", "deletion", "support"])
    );
    assert_eq!(schemas["RoundIn"]["properties"]["title"]["minLength"], 1);
    assert_eq!(schemas["ReasonIn"]["properties"]["reason"]["minLength"], 1);
    assert_eq!(
        schemas["RoundIn"]["properties"]["opens_at"]["format"],
        "date-time"
    );
    assert!(
        schemas["IsoDuration"]["pattern"].is_string(),
        "reminder offsets are declared as ISO 8601 durations"
    );
}

/// Every answer an operation gives is one the document declares for it: the shared refusals
/// (401, bad ids, Idempotency-Key, bodies) and a method the endpoint does not take.
#[tokio::test]
async fn the_document_declares_the_shared_refusals() {
    let t = TestApp::spawn(Backend::Sqlite).await;
    let document = redraft::web::api::openapi();
    let close = &document["paths"]["/api/v1/rounds/{round_id}/close"]["post"];
    for status in ["400", "401", "404", "409", "413", "415", "422"] {
        assert!(
            close["responses"][status].is_object(),
            "close declares {status}"
        );
    }
    assert!(
        close["parameters"]
            .as_array()
            .is_some_and(|p| p.iter().any(|p| p["name"] == "Idempotency-Key")),
        "close declares the Idempotency-Key header"
    );
    assert_eq!(
        document["paths"]["/api/v1/rounds/{round_id}"]["get"]["parameters"][0]["schema"]["minimum"],
        1
    );

    let chair = t.api(CHAIR).await;
    let spaced = chair
        .send(
            reqwest::Method::POST,
            &format!("/rounds/{}/close", t.round_id),
            Some(json!({"reason": "Agreed"})),
            Some("two words"),
        )
        .await;
    assert_eq!(spaced.status, StatusCode::BAD_REQUEST);
    assert_eq!(spaced.json["error"]["field"], "Idempotency-Key");

    let patch = chair
        .send_raw(
            reqwest::Method::PATCH,
            "/rounds",
            Some("application/json"),
            b"{}".to_vec(),
        )
        .await;
    patch.assert_error(StatusCode::METHOD_NOT_ALLOWED, "method_not_allowed");
    let allow = patch.headers[reqwest::header::ALLOW]
        .to_str()
        .unwrap_or_default();
    assert!(allow.contains("GET") && allow.contains("POST"), "{allow}");
}
