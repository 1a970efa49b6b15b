//! Files attached to comments through the API: a delegation's letter (PDF) on its own comment,
//! the Secretariat's original (DOCX) of a comment it entered on a delegation's behalf; stored
//! under their SHA-256, served as downloads to whoever may read the comment, refused by type
//! (read from the content) and size in the API's error shape.

use std::io::Write;

use jiff::SignedDuration;
use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::both_backends;
use crate::helpers::{AUSTRIA, ApiAnswer, ApiClient, BRAZIL, Backend, CHAIR, TestApp, api_answer};
use crate::mail::delegation_of;

both_backends!(files_are_attached_served_and_refused_as_the_rules_say);

const SECRETARIAT: &str = "secretariat@wg-tip.example.org";

/// A small but real-looking PDF.
fn pdf(text: &str) -> Vec<u8> {
    format!("%PDF-1.7\n% {text}\n%%EOF\n").into_bytes()
}

/// A minimal DOCX: a zip holding `word/document.xml`.
fn docx() -> Vec<u8> {
    let mut out = std::io::Cursor::new(Vec::new());
    let mut zip = zip::ZipWriter::new(&mut out);
    let options = zip::write::SimpleFileOptions::default();
    zip.start_file("[Content_Types].xml", options).unwrap();
    zip.write_all(b"<Types/>").unwrap();
    zip.start_file("word/document.xml", options).unwrap();
    zip.write_all(b"<w:document/>").unwrap();
    zip.finish().unwrap();
    out.into_inner()
}

/// Uploads `bytes` as `name` in the field `file` of a multipart body.
async fn upload(api: &ApiClient, path: &str, name: &str, bytes: Vec<u8>) -> ApiAnswer {
    let part = reqwest::multipart::Part::bytes(bytes).file_name(name.to_string());
    let form = reqwest::multipart::Form::new().part("file", part);
    let response = api
        .client
        .post(format!("{}/api/v1{path}", api.base))
        .bearer_auth(&api.token)
        .multipart(form)
        .send()
        .await
        .expect("upload");
    api_answer(response).await
}

/// [`upload`], with an `Idempotency-Key` if given. The body is framed with a fixed boundary, so
/// that a repeat is the same request byte for byte, as a client's retry sends it.
async fn upload_with_key(
    api: &ApiClient,
    path: &str,
    name: &str,
    bytes: Vec<u8>,
    key: Option<&str>,
) -> ApiAnswer {
    let boundary = "redraft-test-boundary";
    let mut body = format!(
        "--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{name}\"\r\n\
         Content-Type: application/octet-stream\r\n\r\n"
    )
    .into_bytes();
    body.extend_from_slice(&bytes);
    body.extend_from_slice(format!("\r\n--{boundary}--\r\n").as_bytes());
    let mut request = api
        .client
        .post(format!("{}/api/v1{path}", api.base))
        .bearer_auth(&api.token)
        .header(
            "Content-Type",
            format!("multipart/form-data; boundary={boundary}"),
        )
        .body(body);
    if let Some(key) = key {
        request = request.header("Idempotency-Key", key);
    }
    api_answer(request.send().await.expect("upload")).await
}

/// Downloads a file: status, headers and bytes.
async fn download(
    api: &ApiClient,
    path: &str,
) -> (StatusCode, reqwest::header::HeaderMap, Vec<u8>) {
    let response = api
        .client
        .get(format!("{}/api/v1{path}", api.base))
        .bearer_auth(&api.token)
        .send()
        .await
        .expect("download");
    let status = response.status();
    let headers = response.headers().clone();
    (
        status,
        headers,
        response.bytes().await.expect("body").to_vec(),
    )
}

fn header<'a>(headers: &'a reqwest::header::HeaderMap, name: &str) -> &'a str {
    headers
        .get(name)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
}

fn assert_refused(answer: &ApiAnswer, status: StatusCode, code: &str) {
    assert_eq!(answer.status, status, "{}", answer.json);
    assert_eq!(answer.json["error"]["code"], code, "{}", answer.json);
}

async fn files_are_attached_served_and_refused_as_the_rules_say(backend: Backend) {
    let t = TestApp::spawn(backend).await;
    let round = t.round_id;
    let (austria, brazil, chair) = (
        t.api(AUSTRIA).await,
        t.api(BRAZIL).await,
        t.api(CHAIR).await,
    );
    let secretariat = t.api(SECRETARIAT).await;
    let saved = austria
        .post(
            &format!("/rounds/{round}/comments"),
            json!({"recommendation_label": "2", "kind": "remark", "text": "See our letter."}),
        )
        .await;
    assert_eq!(saved.status, StatusCode::CREATED, "{}", saved.json);
    let comment = saved.json["id"].as_i64().expect("id");
    let files = format!("/rounds/{round}/comments/{comment}/attachments");

    // Austria's letter, sent under a name that tries to be a path.
    let letter = pdf("Note verbale of Austria");
    let stored = upload(&austria, &files, "../../x.pdf", letter.clone()).await;
    assert_eq!(stored.status, StatusCode::CREATED, "{}", stored.json);
    assert_eq!(stored.json["file_name"], "x.pdf");
    assert_eq!(stored.json["content_type"], "application/pdf");
    assert_eq!(stored.json["size_bytes"], letter.len());
    let sha256 = stored.json["sha256"].as_str().expect("sha256").to_string();
    let on_disk = t.data_dir.join("attachments").join(&sha256);
    assert_eq!(std::fs::read(&on_disk).expect("file on disk"), letter);
    let id = stored.json["id"].as_i64().expect("id");

    // Served to Austria and the staff, as a download; to nobody else.
    for api in [&austria, &chair, &secretariat] {
        let (status, headers, bytes) = download(api, &format!("{files}/{id}")).await;
        assert_eq!(status, StatusCode::OK);
        assert_eq!(bytes, letter);
        assert_eq!(header(&headers, "content-type"), "application/pdf");
        assert!(
            header(&headers, "content-disposition").starts_with("attachment; filename=\"x.pdf\""),
            "{headers:?}"
        );
        assert_eq!(header(&headers, "x-content-type-options"), "nosniff");
    }
    let listed = chair.get(&files).await;
    assert_eq!(
        listed.json.as_array().map(Vec::len),
        Some(1),
        "{}",
        listed.json
    );
    assert_eq!(
        download(&brazil, &format!("{files}/{id}")).await.0,
        StatusCode::NOT_FOUND
    );
    assert_eq!(brazil.get(&files).await.status, StatusCode::NOT_FOUND);
    let nobody = t.api_without_token();
    assert_eq!(
        download(&nobody, &format!("{files}/{id}")).await.0,
        StatusCode::UNAUTHORIZED
    );

    // Refused: by type (from the content), by size, not multipart, someone else's comment, the
    // staff on a delegation's own comment. Nothing is stored.
    assert_refused(
        &upload(&austria, &files, "letter.docx", docx()).await,
        StatusCode::UNSUPPORTED_MEDIA_TYPE,
        "unsupported_media_type",
    );
    assert_refused(
        &upload(
            &austria,
            &files,
            "letter.pdf",
            b"<html><script>alert(1)</script>".to_vec(),
        )
        .await,
        StatusCode::UNSUPPORTED_MEDIA_TYPE,
        "unsupported_media_type",
    );
    let mut big = pdf("big");
    big.resize(20 * 1024 * 1024 + 1, b' ');
    assert_refused(
        &upload(&austria, &files, "big.pdf", big).await,
        StatusCode::PAYLOAD_TOO_LARGE,
        "too_large",
    );
    // Beyond the upload's body limit (the file and its framing): refused while being read. Only
    // a little beyond, so that the rest of it is sent before the answer closes the connection.
    let mut huge = pdf("huge");
    huge.resize(20 * 1024 * 1024 + 96 * 1024, b' ');
    assert_refused(
        &upload(&austria, &files, "huge.pdf", huge).await,
        StatusCode::PAYLOAD_TOO_LARGE,
        "too_large",
    );
    assert_refused(
        &austria.post(&files, json!({"file": "x"})).await,
        StatusCode::UNSUPPORTED_MEDIA_TYPE,
        "unsupported_media_type",
    );
    assert_refused(
        &upload(&brazil, &files, "x.pdf", pdf("b")).await,
        StatusCode::NOT_FOUND,
        "not_found",
    );
    assert_refused(
        &upload(&chair, &files, "x.pdf", pdf("c")).await,
        StatusCode::CONFLICT,
        "conflict",
    );
    assert_eq!(
        austria.get(&files).await.json.as_array().map(Vec::len),
        Some(1)
    );

    // The Secretariat enters a note verbale on Brazil's behalf and attaches its original (DOCX);
    // Brazil downloads it and cannot attach to the Secretariat's entry.
    let brazil_id = delegation_of(&t, BRAZIL).await;
    let entered = secretariat
        .post(
            &format!("/rounds/{round}/comments"),
            json!({"on_behalf_of": brazil_id, "kind": "support", "source": "note_verbale",
                   "received_at": t.app.now().to_string(), "source_reference": "NV 12/2020"}),
        )
        .await;
    assert_eq!(entered.status, StatusCode::CREATED, "{}", entered.json);
    let entry = entered.json["id"].as_i64().expect("id");
    let originals = format!("/rounds/{round}/comments/{entry}/attachments");
    let original = docx();
    let stored = upload(
        &secretariat,
        &originals,
        "NV 12-2020 Brazil.docx",
        original.clone(),
    )
    .await;
    assert_eq!(stored.status, StatusCode::CREATED, "{}", stored.json);
    assert_eq!(
        stored.json["content_type"],
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    );
    let original_id = stored.json["id"].as_i64().expect("id");
    let (status, headers, bytes) = download(&brazil, &format!("{originals}/{original_id}")).await;
    assert_eq!((status, bytes), (StatusCode::OK, original));
    assert!(header(&headers, "content-disposition").contains("NV 12-2020 Brazil.docx"));
    assert_refused(
        &upload(&brazil, &originals, "x.pdf", pdf("b")).await,
        StatusCode::CONFLICT,
        "conflict",
    );

    // The same letter again is the same file; a repeat with the same Idempotency-Key stores
    // nothing more. After the deadline Austria attaches nothing.
    let again = upload_with_key(&austria, &files, "copy.pdf", letter.clone(), Some("k1")).await;
    assert_eq!(again.json["sha256"], Value::String(sha256));
    let before = austria.get(&files).await.json.as_array().map(Vec::len);
    let repeat = upload_with_key(&austria, &files, "copy.pdf", letter.clone(), Some("k1")).await;
    assert_eq!(repeat.status, StatusCode::CREATED, "{}", repeat.json);
    assert_eq!(repeat.json["id"], again.json["id"]);
    assert_eq!(
        austria.get(&files).await.json.as_array().map(Vec::len),
        before
    );
    t.clock
        .set(t.closes_at().await + SignedDuration::from_mins(1));
    assert_refused(
        &upload(&austria, &files, "late.pdf", pdf("late")).await,
        StatusCode::CONFLICT,
        "round_closed",
    );
    let browser = t.sign_in(CHAIR).await;
    let audit = browser
        .get(&format!("/chair/rounds/{round}/audit.csv"))
        .await;
    assert_eq!(
        audit.body.matches("attachment_added").count(),
        3,
        "{}",
        audit.body
    );
}
