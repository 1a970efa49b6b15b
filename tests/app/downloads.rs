//! What people download: every CSV export neutralises cells a spreadsheet would run as a
//! formula (while JSON, HTML and DOCX keep the text exactly), each download carries one
//! `Content-Type`, and a version of the outcome that was never published is not found.

use jiff::SignedDuration;
use reqwest::StatusCode;
use serde_json::json;

use crate::both_backends;
use crate::helpers::{AUSTRIA, ApiClient, Backend, CHAIR, TestApp, fetch, saved_comment_id, unzip};

both_backends!(
    spreadsheet_formulas_are_neutralised_in_every_csv_export,
    each_download_has_one_content_type_and_version_zero_is_not_found,
);

/// A delegation whose name a spreadsheet would run as a formula.
const FORMULA_DELEGATION: &str = "=HYPERLINK(\"https://evil.example/\",\"Open\")";
const FORMULA_FOCAL_POINT: &str = "focal.point@formula.example.org";

/// Closes the round (the clock passes its deadline), decides every recommendation as retained
/// (with `note` on the first, whose id it returns) and publishes version 1 through the API.
pub async fn publish_first_version(t: &TestApp, note: &str) -> i64 {
    t.clock
        .set(t.closes_at().await + SignedDuration::from_secs(60));
    let chair = t.api(CHAIR).await;
    let ids = recommendation_ids(&chair, t).await;
    for (i, id) in ids.iter().enumerate() {
        let body = if i == 0 {
            json!({"decision": "retained", "note": note})
        } else {
            json!({"decision": "retained"})
        };
        let saved = chair
            .put(&format!("/rounds/{}/dispositions/{id}", t.round_id), body)
            .await;
        assert_eq!(saved.status, StatusCode::OK, "{}", saved.json);
    }
    let published = chair
        .post(&format!("/rounds/{}/outcome", t.round_id), json!({}))
        .await;
    assert_eq!(published.status, StatusCode::CREATED, "{}", published.json);
    ids[0]
}

/// The ids of the round's recommendations, as the API lists them.
pub async fn recommendation_ids(api: &ApiClient, t: &TestApp) -> Vec<i64> {
    let round = api.get(&format!("/rounds/{}", t.round_id)).await;
    round.json["recommendations"]
        .as_array()
        .expect("recommendations")
        .iter()
        .map(|r| r["id"].as_i64().expect("id"))
        .collect()
}

/// The rows of a CSV file (byte-order mark allowed) with a lookup of its columns by name.
pub struct Table {
    pub headers: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

impl Table {
    pub fn read(bytes: &[u8]) -> Table {
        let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
        let mut reader = csv::Reader::from_reader(bytes);
        let headers = reader
            .headers()
            .expect("headers")
            .iter()
            .map(str::to_string)
            .collect();
        let rows = reader
            .records()
            .map(|r| r.expect("row").iter().map(str::to_string).collect())
            .collect();
        Table { headers, rows }
    }

    /// The value of `column` in the row whose `key` column is `value`.
    pub fn cell(&self, key: &str, value: &str, column: &str) -> &str {
        let col = |name: &str| {
            self.headers
                .iter()
                .position(|h| h == name)
                .unwrap_or_else(|| panic!("no column {name} in {:?}", self.headers))
        };
        let row = self
            .rows
            .iter()
            .find(|r| r[col(key)] == value)
            .unwrap_or_else(|| panic!("no row with {key} = {value}"));
        &row[col(column)]
    }

    /// No cell starts with a character that makes a spreadsheet run it.
    fn assert_no_formula(&self, what: &str) {
        for row in &self.rows {
            for cell in row {
                assert!(
                    !cell.starts_with(['=', '+', '-', '@', '\t', '\r']),
                    "{what}: the cell {cell:?} would run as a formula"
                );
            }
        }
    }
}

/// The comments a spreadsheet would run, as a table of comments shows them: quoted.
fn assert_formula_comments_quoted(table: &Table, formula_ref: &str, austria_ref: &str) {
    assert_eq!(table.cell("reference", formula_ref, "text"), "'=1+2");
    let proposed = table.cell("reference", formula_ref, "proposed_text");
    assert_eq!(proposed, "'+SUM(1,2)");
    let delegation = table.cell("reference", formula_ref, "delegation");
    assert_eq!(delegation, format!("'{FORMULA_DELEGATION}"));
    assert_eq!(
        table.cell("reference", austria_ref, "text"),
        "'@cmd -c calc"
    );
}

async fn spreadsheet_formulas_are_neutralised_in_every_csv_export(backend: Backend) {
    let t = TestApp::spawn(backend).await;
    let chair_api = t.api(CHAIR).await;
    let imported = chair_api
        .put(
            &format!("/rounds/{}/delegations", t.round_id),
            json!([{"name": FORMULA_DELEGATION, "category": "other", "focal_point_emails": [FORMULA_FOCAL_POINT]}]),
        )
        .await;
    assert_eq!(imported.status, StatusCode::OK, "{}", imported.json);

    // Comments whose text, replacement text and author a spreadsheet would run.
    let formula = t.sign_in(FORMULA_FOCAL_POINT).await;
    let saved = formula
        .comment_on(&t.round_path(), "3", "amendment", "=1+2", "+SUM(1,2)")
        .await;
    let formula_ref = t.comment(saved_comment_id(&saved)).await.reference;
    let austria = t.sign_in(AUSTRIA).await;
    let saved = austria
        .remark_on(&t.round_path(), "2", "@cmd -c calc")
        .await;
    let austria_ref = t.comment(saved_comment_id(&saved)).await.reference;
    let saved = austria
        .remark_on(&t.round_path(), "4", "-5 years is too short.")
        .await;
    let minus_ref = t.comment(saved_comment_id(&saved)).await.reference;

    // The Chair's comments export.
    let chair = t.sign_in(CHAIR).await;
    let base = format!("/chair/rounds/{}", t.round_id);
    let (status, _, bytes) = fetch(&chair, &format!("{base}/comments.csv")).await;
    assert_eq!(status, StatusCode::OK);
    let comments = Table::read(&bytes);
    assert_formula_comments_quoted(&comments, &formula_ref, &austria_ref);
    assert_eq!(
        comments.cell("reference", &minus_ref, "text"),
        "'-5 years is too short."
    );
    comments.assert_no_formula("comments.csv");

    // The audit export names the delegation of each comment.
    let (status, _, bytes) = fetch(&chair, &format!("{base}/audit.csv")).await;
    assert_eq!(status, StatusCode::OK);
    let audit = Table::read(&bytes);
    assert!(
        audit
            .rows
            .iter()
            .any(|r| r.contains(&format!("'{FORMULA_DELEGATION}"))),
        "the delegation's actions are in the audit export"
    );
    audit.assert_no_formula("audit.csv");

    // The published outcome: the CSV tables neutralised, the other formats exact.
    let first = publish_first_version(&t, "- retained as drafted").await;
    // The deadline lies days ahead: the sessions of before have expired meanwhile.
    let (chair, austria) = (t.sign_in(CHAIR).await, t.sign_in(AUSTRIA).await);
    let outcome = format!("/rounds/{}/outcome", t.round_id);
    let (status, _, bytes) = fetch(&chair, &format!("{outcome}/1.csv")).await;
    assert_eq!(
        status,
        StatusCode::OK,
        "{}",
        String::from_utf8_lossy(&bytes)
    );
    let recommendations = Table::read(&bytes);
    assert_eq!(
        recommendations.cell("recommendation_id", &first.to_string(), "note"),
        "'- retained as drafted"
    );
    recommendations.assert_no_formula("outcome .csv");
    let (_, _, bytes) = fetch(&austria, &format!("{outcome}/1.comments.csv")).await;
    let compiled = Table::read(&bytes);
    assert_formula_comments_quoted(&compiled, &formula_ref, &austria_ref);
    compiled.assert_no_formula("outcome .comments.csv");

    let (_, _, bytes) = fetch(&austria, &format!("{outcome}/1.json")).await;
    let doc: serde_json::Value = serde_json::from_slice(&bytes).expect("JSON");
    let texts = doc.to_string();
    for exact in [
        "\"=1+2\"",
        "\"+SUM(1,2)\"",
        "\"@cmd -c calc\"",
        "\"- retained as drafted\"",
    ] {
        assert!(texts.contains(exact), "JSON keeps {exact}");
    }
    assert!(!texts.contains("'=1+2") && !texts.contains("'@cmd"));
    let (_, _, bytes) = fetch(&austria, &format!("{outcome}/1.html")).await;
    let html = scraper::Html::parse_document(&String::from_utf8(bytes).expect("utf-8"));
    let text: String = html.root_element().text().collect();
    for exact in ["=1+2", "+SUM(1,2)", "@cmd -c calc", FORMULA_DELEGATION] {
        assert!(text.contains(exact), "HTML keeps {exact}");
    }
    assert!(!text.contains("'=1+2") && !text.contains("'@cmd"));
    let (_, _, bytes) = fetch(&austria, &format!("{outcome}/1.docx")).await;
    let document = unzip(&bytes, "word/document.xml");
    for exact in [">=1+2<", ">+SUM(1,2)<", ">@cmd -c calc<"] {
        assert!(document.contains(exact), "DOCX keeps {exact}");
    }
    assert!(!document.contains("'=1+2"));
}

async fn each_download_has_one_content_type_and_version_zero_is_not_found(backend: Backend) {
    let t = TestApp::spawn(backend).await;
    publish_first_version(&t, "").await;
    let austria = t.sign_in(AUSTRIA).await;
    let api = t.api(AUSTRIA).await;
    let outcome = format!("/rounds/{}/outcome", t.round_id);
    for (file, expected) in [
        ("1.html", "text/html; charset=utf-8"),
        (
            "1.docx",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        ),
        ("1.csv", "text/csv; charset=utf-8"),
        ("1.comments.csv", "text/csv; charset=utf-8"),
        ("latest.json", "application/json"),
    ] {
        let (status, headers, _) = fetch(&austria, &format!("{outcome}/{file}")).await;
        assert_eq!(status, StatusCode::OK, "{file}");
        let api_headers = api
            .client
            .get(format!("{}/api/v1{outcome}/{file}", t.base))
            .bearer_auth(&api.token)
            .send()
            .await
            .expect("API download")
            .headers()
            .clone();
        for (what, headers) in [("page", headers), ("API", api_headers)] {
            let types: Vec<_> = headers
                .get_all(reqwest::header::CONTENT_TYPE)
                .iter()
                .map(|v| v.to_str().unwrap_or_default().to_string())
                .collect();
            assert_eq!(types, [expected], "{what} {file}");
            assert_eq!(
                headers
                    .get_all(reqwest::header::CONTENT_DISPOSITION)
                    .iter()
                    .count(),
                1,
                "{what} {file}"
            );
        }
    }

    // Versions are numbered from 1: version 0, or one not published, is not found (it is not
    // the latest version under another name).
    for file in ["0.html", "0.json", "00.csv", "2.html", "-1.docx"] {
        let (status, _, _) = fetch(&austria, &format!("{outcome}/{file}")).await;
        assert_eq!(status, StatusCode::NOT_FOUND, "page {file}");
        let answer = api.get(&format!("{outcome}/{file}")).await;
        assert_eq!(answer.status, StatusCode::NOT_FOUND, "API {file}");
        assert_eq!(answer.json["error"]["code"], "not_found", "API {file}");
    }
    let (status, _, _) = fetch(&austria, &format!("{outcome}/1.html")).await;
    assert_eq!(status, StatusCode::OK);
}
