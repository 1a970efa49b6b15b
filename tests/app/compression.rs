//! Pages and downloads are compressed with gzip or brotli when the browser asks for it, decode
//! to what an uncompressed answer carries, and DOCX files (zip archives already) are sent as
//! they are.

use std::io::Read;

use reqwest::StatusCode;
use reqwest::header::{ACCEPT_ENCODING, CONTENT_ENCODING, CONTENT_TYPE, HeaderMap, VARY};

use crate::both_backends;
use crate::downloads::publish_first_version;
use crate::helpers::{AUSTRIA, Backend, TestApp, User};

both_backends!(pages_and_downloads_are_compressed_when_asked);

/// GET with the browser's cookies, asking for `encoding` (none: no `Accept-Encoding`).
async fn fetch(user: &User, path: &str, encoding: Option<&str>) -> (HeaderMap, Vec<u8>) {
    let mut request = user.client.get(format!("{}{}", user.base, path));
    if let Some(encoding) = encoding {
        request = request.header(ACCEPT_ENCODING, encoding);
    }
    let response = request.send().await.expect("GET");
    assert_eq!(response.status(), StatusCode::OK, "{path}");
    let headers = response.headers().clone();
    (headers, response.bytes().await.expect("body").to_vec())
}

fn decode(encoding: &str, body: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    match encoding {
        "gzip" => flate2::read::GzDecoder::new(body)
            .read_to_end(&mut out)
            .expect("gzip"),
        "br" => brotli::Decompressor::new(body, 4096)
            .read_to_end(&mut out)
            .expect("brotli"),
        other => panic!("no decoder for {other}"),
    };
    out
}

/// A page with its CSRF tokens blanked: they are masked afresh for every answer.
fn without_csrf_tokens(page: &[u8]) -> String {
    let page = String::from_utf8(page.to_vec()).expect("UTF-8 page");
    let marker = "name=\"csrf_token\" value=\"";
    let mut out = String::new();
    let mut rest = page.as_str();
    while let Some(at) = rest.find(marker) {
        let value = at + marker.len();
        out.push_str(&rest[..value]);
        rest = &rest[value..];
        rest = &rest[rest.find('"').expect("end of the value")..];
    }
    out + rest
}

fn header(headers: &HeaderMap, name: reqwest::header::HeaderName) -> &str {
    headers
        .get(name)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
}

async fn pages_and_downloads_are_compressed_when_asked(backend: Backend) {
    let t = TestApp::spawn(backend).await;
    let austria = t.sign_in(AUSTRIA).await;
    let path = t.round_path();
    let (plain_headers, plain) = fetch(&austria, &path, None).await;
    assert_eq!(header(&plain_headers, CONTENT_ENCODING), "");
    let plain_page = without_csrf_tokens(&plain);
    assert!(plain_page.contains("<h1"), "{plain_page}");
    for encoding in ["gzip", "br"] {
        let (headers, body) = fetch(&austria, &path, Some(encoding)).await;
        assert_eq!(header(&headers, CONTENT_ENCODING), encoding);
        assert!(
            header(&headers, VARY)
                .to_ascii_lowercase()
                .contains("accept-encoding"),
            "{headers:?}"
        );
        assert!(header(&headers, CONTENT_TYPE).starts_with("text/html"));
        let decoded = decode(encoding, &body);
        assert!(
            body.len() * 3 < decoded.len(),
            "{encoding}: {} bytes for a page of {}",
            body.len(),
            decoded.len()
        );
        assert_eq!(without_csrf_tokens(&decoded), plain_page, "{encoding}");
    }
    // The browser's preference among both.
    let (headers, _) = fetch(&austria, &path, Some("gzip, br")).await;
    assert!(["gzip", "br"].contains(&header(&headers, CONTENT_ENCODING)));

    // Downloads: a CSV decodes to the very bytes sent uncompressed, with its type and name; a
    // DOCX is a zip archive already and goes as it is.
    publish_first_version(&t, "Retained as drafted.").await;
    // The deadline lay days ahead: the session of before has expired meanwhile.
    let austria = t.sign_in(AUSTRIA).await;
    let csv = format!("/rounds/{}/outcome/1.comments.csv", t.round_id);
    let (plain_headers, plain_csv) = fetch(&austria, &csv, None).await;
    for encoding in ["gzip", "br"] {
        let (headers, body) = fetch(&austria, &csv, Some(encoding)).await;
        assert_eq!(header(&headers, CONTENT_ENCODING), encoding);
        assert_eq!(decode(encoding, &body), plain_csv);
        for name in [CONTENT_TYPE, reqwest::header::CONTENT_DISPOSITION] {
            assert_eq!(header(&headers, name.clone()), header(&plain_headers, name));
        }
    }
    let docx = format!("/rounds/{}/outcome/1.docx", t.round_id);
    let (_, plain_docx) = fetch(&austria, &docx, None).await;
    let (headers, body) = fetch(&austria, &docx, Some("gzip, br")).await;
    assert_eq!(header(&headers, CONTENT_ENCODING), "");
    assert_eq!(body, plain_docx);
    assert!(body.starts_with(b"PK"), "a zip archive");
}
