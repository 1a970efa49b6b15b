//! The whole story: comments from 30 delegations (amendments among them, in several scripts and
//! with characters that need escaping), a full consolidation with an added `5 bis`, publication;
//! then the outcome in every format: HTML structure and attribution with every comment exactly
//! once, DOCX tracked changes, CSV and JSON round trips, a second version beside the first.

use std::collections::HashMap;

use jiff::SignedDuration;
use reqwest::StatusCode;

use crate::both_backends;
use crate::focal_points::{demo_delegations, sign_in_focal_points};
use crate::helpers::{Answer, Backend, CHAIR, TestApp, User, fetch, saved_comment_id, sel, unzip};
use redraft::store::disposition as dispositions;

both_backends!(thirty_delegations_consolidated_and_published);

/// The text a delegation sends on a recommendation; some in other scripts, some needing escapes.
fn comment_text(i: usize, name: &str) -> String {
    match i % 5 {
        0 => format!("{name}: the wording should be stronger <em>now</em> & \"clearer\"."),
        1 => format!("{name}: نقترح إعادة الصياغة."),
        2 => format!("{name}: 我们支持这项建议。"),
        3 => format!("{name}: Предлагаем уточнить формулировку."),
        _ => format!("{name}: Prière d'être précis — déjà évoqué.\nSecond line."),
    }
}

struct Sent {
    reference: String,
    delegation: String,
    label: Option<String>,
    text: String,
}

async fn send_comments(t: &TestApp, users: &[(String, User)]) -> Vec<Sent> {
    let kinds = ["amendment", "remark", "deletion", "support"];
    let mut sent = Vec::new();
    for (i, (name, user)) in users.iter().enumerate() {
        let label = ((i % 12) + 1).to_string();
        let kind = kinds[i % 4];
        let text = comment_text(i, name);
        let proposed = if kind == "amendment" {
            format!("States parties shall, as proposed by {name}, act <promptly> & fully.")
        } else {
            String::new()
        };
        let answer = user
            .comment_on(&t.round_path(), &label, kind, &text, &proposed)
            .await;
        assert_eq!(answer.status, StatusCode::SEE_OTHER, "{}", answer.body);
        let comment = t.comment(saved_comment_id(&answer)).await;
        sent.push(Sent {
            reference: comment.reference,
            delegation: name.clone(),
            label: Some(label),
            text,
        });
        if i % 10 == 0 {
            let page = user.get(&t.round_path()).await;
            let general = page.form("section#general form");
            let answer = user
                .submit(
                    &general
                        .set("kind", "remark")
                        .set("text", &format!("{name} on the whole draft: ça & <b>.</b>")),
                )
                .await;
            assert_eq!(answer.status, StatusCode::SEE_OTHER, "{}", answer.body);
            let comment = t.comment(saved_comment_id(&answer)).await;
            assert_eq!(comment.recommendation_id, None);
            sent.push(Sent {
                reference: comment.reference,
                delegation: name.clone(),
                label: None,
                text: format!("{name} on the whole draft: ça & <b>.</b>"),
            });
        }
    }
    sent
}

async fn paragraph_ids(t: &TestApp) -> HashMap<String, i64> {
    let mut conn = t.app.store().read().await.expect("conn");
    dispositions::paragraphs(&mut conn, t.round_id)
        .await
        .expect("paragraphs")
        .into_iter()
        .map(|p| (p.label, p.recommendation_id))
        .collect()
}

/// Opens a recommendation's workspace, sets the fields, saves; returns the page after saving.
async fn decide(t: &TestApp, chair: &User, id: i64, fields: &[(&str, &str)], from: Option<&str>) {
    let mut path = format!(
        "/chair/rounds/{}/consolidation/recommendations/{id}",
        t.round_id
    );
    if let Some(comment) = from {
        path.push_str(&format!("?from={comment}"));
    }
    let page = chair.get(&path).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    let mut form = page.form(&format!("form[action$='/recommendations/{id}']"));
    for (name, value) in fields {
        form = form.set(name, value);
    }
    let answer = chair.submit(&form).await;
    assert_eq!(answer.status, StatusCode::SEE_OTHER, "{}", answer.body);
}

/// The Chair publishes the outcome from the consolidation overview (`check`ed first); the
/// answer is the redirect back to it.
async fn publish(t: &TestApp, chair: &User, check: impl FnOnce(&Answer)) -> Answer {
    let overview = chair
        .get(&format!("/chair/rounds/{}/consolidation", t.round_id))
        .await;
    check(&overview);
    let published = chair
        .confirm_publication(&overview.form("form[action$='/consolidation/publish']"))
        .await;
    assert_eq!(
        published.status,
        StatusCode::SEE_OTHER,
        "{}",
        published.body
    );
    published
}

async fn download(user: &User, path: &str) -> (reqwest::header::HeaderMap, Vec<u8>) {
    let (status, headers, body) = fetch(user, path).await;
    assert_eq!(status, StatusCode::OK, "{path}");
    (headers, body)
}

async fn thirty_delegations_consolidated_and_published(backend: Backend) {
    let t = TestApp::spawn(backend).await;
    let closes_at = t.closes_at().await;
    t.clock.set(closes_at - SignedDuration::from_hours(1));

    // 30 delegations: 24 States parties, the European Union, 3 observer States, 2 IGOs.
    let all = demo_delegations();
    let mut names: Vec<String> = all.iter().take(24).cloned().collect();
    names.push("European Union".into());
    let others = [
        "Qatar",
        "Holy See",
        "International Organization for Migration",
        "United Nations Office on Drugs and Crime",
    ];
    for name in others {
        if let Some(found) = all.iter().find(|n| n.as_str() == name) {
            names.push(found.clone());
        }
    }
    for name in all.iter().rev() {
        if names.len() >= 30 {
            break;
        }
        if !names.contains(name) {
            names.push(name.clone());
        }
    }
    assert_eq!(names.len(), 30);
    let users = sign_in_focal_points(&t, &names).await;
    let sent = send_comments(&t, &users).await;
    assert!(sent.len() >= 33);

    // The round closes; the Chair consolidates.
    t.clock.set(closes_at + SignedDuration::from_mins(1));
    let chair = t.sign_in(CHAIR).await;
    let overview = chair
        .get(&format!("/chair/rounds/{}/consolidation", t.round_id))
        .await;
    assert_eq!(overview.status, StatusCode::OK, "{}", overview.body);
    assert!(overview.body.contains("0 of 12 recommendations decided"));

    let ids = paragraph_ids(&t).await;
    // Recommendation 1 starts from the first amendment proposed on it, with one click.
    let page = chair
        .get(&format!(
            "/chair/rounds/{}/consolidation/recommendations/{}",
            t.round_id, ids["1"]
        ))
        .await;
    assert!(
        !page.texts("blockquote ins").is_empty(),
        "amendments shown as changes"
    );
    let start = page.link("a[href*='?from=']");
    let prefilled = chair.get(&start).await;
    let form = prefilled.form(&format!("form[action$='/recommendations/{}']", ids["1"]));
    assert_eq!(form.get("decision"), Some("amended"));
    let proposal = form.get("text").expect("text").to_string();
    assert!(proposal.contains("act <promptly> & fully"), "{proposal}");
    let answer = chair.submit(&form).await;
    assert_eq!(answer.status, StatusCode::SEE_OTHER, "{}", answer.body);

    decide(&t, &chair, ids["2"], &[("decision", "retained")], None).await;
    decide(
        &t,
        &chair,
        ids["3"],
        &[
            ("decision", "bracketed"),
            ("text", "States parties should consider ensuring that victims [compelled to commit offences] have access to legal assistance."),
        ],
        None,
    )
    .await;
    decide(
        &t,
        &chair,
        ids["4"],
        &[
            ("decision", "deleted"),
            ("note", "Several delegations proposed deleting it."),
        ],
        None,
    )
    .await;
    decide(
        &t,
        &chair,
        ids["5"],
        &[
            ("decision", "merged"),
            ("merged_into", &ids["6"].to_string()),
        ],
        None,
    )
    .await;
    for label in ["6", "7", "8", "9", "10", "11", "12"] {
        decide(&t, &chair, ids[label], &[("decision", "retained")], None).await;
    }

    // A new recommendation proposed by delegations: 5 bis, placed after 5.
    let overview = chair
        .get(&format!("/chair/rounds/{}/consolidation", t.round_id))
        .await;
    let add = overview
        .form("form[action$='/consolidation/recommendations']")
        .set("after", &ids["5"].to_string())
        .set("label", "")
        .set(
            "text",
            "States parties should exchange information on good practices.",
        );
    let added = chair.submit(&add).await;
    assert_eq!(added.status, StatusCode::SEE_OTHER, "{}", added.body);
    let overview = chair.follow(&added).await;
    assert!(
        overview.body.contains("Recommendation 5 bis was added."),
        "{}",
        overview.body
    );
    assert!(overview.body.contains("12 of 13 recommendations decided"));
    let ids = paragraph_ids(&t).await;
    decide(
        &t,
        &chair,
        ids["5 bis"],
        &[
            ("decision", "amended"),
            (
                "text",
                "States parties should exchange information on good practices & lessons learned.",
            ),
        ],
        None,
    )
    .await;

    // Publish version 1.
    let overview = publish(&t, &chair, |overview| {
        assert!(overview.body.contains("13 of 13 recommendations decided"));
    })
    .await;
    let overview = chair.follow(&overview).await;
    assert!(
        overview
            .body
            .contains("Version 1 of the outcome was published.")
    );

    // A delegation reads the outcome.
    let (_, reader) = &users[3];
    let listing = reader.get(&format!("/rounds/{}/outcome", t.round_id)).await;
    assert_eq!(listing.status, StatusCode::OK, "{}", listing.body);
    assert!(listing.body.contains("Version 1, published"));
    let base = format!("/rounds/{}/outcome", t.round_id);
    let (headers, html_bytes) = download(reader, &format!("{base}/1.html")).await;
    let html_text = String::from_utf8(html_bytes.clone()).expect("utf-8");
    // The policy allows exactly the document's own stylesheet (which carries its symbol for
    // the printed pages' headers).
    let style = scraper::Html::parse_document(&html_text)
        .select(&sel("style"))
        .map(|e| e.text().collect::<String>())
        .collect::<String>();
    let hash = {
        use base64::Engine;
        use sha2::Digest;
        base64::engine::general_purpose::STANDARD.encode(sha2::Sha256::digest(style.as_bytes()))
    };
    assert!(
        headers[reqwest::header::CONTENT_SECURITY_POLICY]
            .to_str()
            .expect("csp")
            .contains(&format!("style-src 'sha256-{hash}'"))
    );
    check_html(&html_text, &sent, &names);

    // "latest" is version 1; every download is stable.
    let (_, latest) = download(reader, &format!("{base}/latest.html")).await;
    assert_eq!(latest, html_bytes);
    let (headers, docx) = download(reader, &format!("{base}/1.docx")).await;
    assert!(
        headers[reqwest::header::CONTENT_DISPOSITION]
            .to_str()
            .expect("disposition")
            .contains("attachment")
    );
    let (_, docx_again) = download(&chair, &format!("{base}/1.docx")).await;
    assert_eq!(docx, docx_again, "the same version gives the same bytes");
    check_docx(&docx, &sent);
    convert_with_libreoffice(&docx);

    let (_, csv_bytes) = download(reader, &format!("{base}/1.csv")).await;
    let (_, comments_csv) = download(reader, &format!("{base}/1.comments.csv")).await;
    let (_, json_bytes) = download(reader, &format!("{base}/1.json")).await;
    check_csv_and_json(&csv_bytes, &comments_csv, &json_bytes, &sent);

    // With the outcome published, a delegation of a private round sees the others' comments.
    let round_page = reader.get(&t.round_path()).await;
    assert!(
        round_page.body.contains(
            &sent[0]
                .text
                .replace('&', "&amp;")
                .replace('<', "&lt;")
                .replace('>', "&gt;")
                .replace('"', "&quot;")
        ) || round_page
            .texts(".user-text")
            .iter()
            .any(|x| x == &sent[0].text),
        "others' comments visible after publication"
    );

    // The draft under comment stays the draft: 5 bis is not offered for comment.
    assert!(!round_page.texts("h3 bdi").contains(&"5 bis".to_string()));

    // A corrected outcome: version 2; version 1 stays as it was.
    t.clock.set(closes_at + SignedDuration::from_hours(2));
    let chair = t.sign_in(CHAIR).await;
    decide(
        &t,
        &chair,
        ids["2"],
        &[
            ("decision", "amended"),
            ("text", "Corrected wording of recommendation 2."),
        ],
        None,
    )
    .await;
    publish(&t, &chair, |_| {}).await;
    let (_, v1_again) = download(reader, &format!("{base}/1.html")).await;
    assert_eq!(v1_again, html_bytes, "version 1 is kept as published");
    let (_, v2) = download(reader, &format!("{base}/latest.html")).await;
    let v2 = String::from_utf8(v2).expect("utf-8");
    assert!(v2.contains("Corrected wording of recommendation 2."));
    assert!(v2.contains("Version 2, issued"));
    let listing = reader.get(&format!("/rounds/{}/outcome", t.round_id)).await;
    assert_eq!(listing.texts("section h2").len(), 2);

    // The audit trail records both publications.
    let mut conn = t.app.store().read().await.expect("conn");
    for outcome_id in [1, 2] {
        let events = redraft::store::audit::events_for_object(&mut conn, "outcome", outcome_id)
            .await
            .expect("audit");
        assert_eq!(events.len(), 1);
        assert_eq!(events[0].action, "outcome_published");
    }
}

/// Structure, attribution, every comment exactly once, changes visible, text escaped.
fn check_html(body: &str, sent: &[Sent], names: &[String]) {
    let html = scraper::Html::parse_document(body);
    let h2: Vec<String> = html
        .select(&sel("h2"))
        .map(|e| e.text().collect::<String>())
        .collect();
    assert_eq!(
        h2,
        [
            "I. Introduction",
            "II. Consolidated recommendations",
            "Annex I",
            "Annex II — Delegations that submitted comments"
        ]
    );
    let intro = html
        .select(&sel("ol.intro li"))
        .map(|e| e.text().collect::<String>())
        .collect::<Vec<_>>()
        .join(" ");
    assert!(
        intro.contains("110 delegations were invited to comment; 30 submitted comments"),
        "{intro}"
    );
    assert!(intro.contains("Vienna time"));

    // Annex I: every comment exactly once, attributed to its delegation, under its recommendation.
    let mut seen: HashMap<String, usize> = HashMap::new();
    let mut heading = String::new();
    for element in html.select(&sel("section.annex h3, section.annex .comment")) {
        if element.value().name() == "h3" {
            heading = element.text().collect();
            continue;
        }
        let by: Vec<String> = element
            .select(&sel(".by bdi"))
            .map(|b| b.text().collect())
            .collect();
        let reference = by[1].clone();
        *seen.entry(reference.clone()).or_default() += 1;
        let sent = sent
            .iter()
            .find(|s| s.reference == reference)
            .unwrap_or_else(|| panic!("unknown comment {reference}"));
        assert_eq!(by[0], sent.delegation, "attribution of {reference}");
        match &sent.label {
            Some(label) => assert_eq!(heading, format!("Recommendation {label}")),
            None => assert_eq!(heading, "Comments on the draft as a whole"),
        }
        let text: String = element
            .select(&sel("p.user-text"))
            .next()
            .map(|p| p.text().collect())
            .unwrap_or_default();
        assert_eq!(text, sent.text, "verbatim {reference}");
    }
    assert_eq!(seen.len(), sent.len(), "every comment is compiled");
    assert!(seen.values().all(|n| *n == 1), "and only once");

    // Compilation order under a recommendation: parties first, then observer States, IGOs.
    let annex2: Vec<String> = html
        .select(&sel("section.annex ul.respondents li"))
        .map(|e| e.text().collect())
        .collect();
    assert_eq!(annex2.len(), 30);
    for name in names {
        assert!(annex2.contains(name), "{name} in annex II");
    }
    let eu = annex2
        .iter()
        .position(|n| n == "European Union")
        .expect("EU");
    let last_state_party = annex2.iter().take(eu).count();
    assert!(last_state_party >= 24, "the EU follows the States parties");

    // Changes visible: amendment, bracketed text, deletion, merge, the added 5 bis.
    assert!(html.select(&sel("#rec-1 ins")).next().is_some());
    assert!(html.select(&sel("#rec-1 del")).next().is_some());
    let all_text: String = html.root_element().text().collect();
    assert!(all_text.contains("[compelled"), "brackets kept in the text");
    assert!(all_text.contains("Merged into recommendation 6."));
    assert!(all_text.contains("Deleted."));
    assert!(all_text.contains("5 bis"));
    assert!(all_text.contains("good practices & lessons learned"));
    assert!(!body.contains("<em>now</em>"), "user text is escaped");
    assert!(!body.contains("<promptly>"));
}

fn check_docx(docx: &[u8], sent: &[Sent]) {
    let xml = unzip(docx, "word/document.xml");
    assert!(xml.contains("<w:ins "), "tracked insertions");
    assert!(xml.contains("<w:del "), "tracked deletions");
    assert!(xml.contains("w:author=\"Chair\""));
    assert!(xml.contains("<w:delText"));
    assert!(xml.contains("Annex I"));
    for s in sent {
        let first_line = s.text.split('\n').next().unwrap_or_default();
        let escaped = first_line
            .replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
            .replace('"', "&quot;")
            .replace('\'', "&apos;");
        assert!(
            xml.contains(&escaped) || xml.contains(first_line),
            "{} in document.xml",
            s.reference
        );
        assert_eq!(
            xml.matches(&format!("· {}<", s.reference)).count(),
            1,
            "{} once",
            s.reference
        );
    }
    assert!(!xml.contains("<promptly>"));
}

fn convert_with_libreoffice(docx: &[u8]) {
    let Ok(path) = which_libreoffice() else {
        eprintln!("SKIPPED the LibreOffice conversion: libreoffice is not installed");
        return;
    };
    let dir = tempfile::tempdir().expect("tmp");
    let file = dir.path().join("outcome.docx");
    std::fs::write(&file, docx).expect("write");
    let status = std::process::Command::new(path)
        .args(["--headless", "--convert-to", "pdf", "--outdir"])
        .arg(dir.path())
        .arg(&file)
        .status()
        .expect("run libreoffice");
    assert!(status.success());
    assert!(dir.path().join("outcome.pdf").exists());
}

fn which_libreoffice() -> Result<std::path::PathBuf, ()> {
    std::env::var_os("PATH")
        .into_iter()
        .flat_map(|p| std::env::split_paths(&p).collect::<Vec<_>>())
        .map(|dir| dir.join("libreoffice"))
        .find(|p| p.is_file())
        .ok_or(())
}

fn check_csv_and_json(recommendations: &[u8], comments: &[u8], json: &[u8], sent: &[Sent]) {
    let mut reader = csv::Reader::from_reader(recommendations);
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.expect("row")).collect();
    assert_eq!(rows.len(), 13);
    let decision = |label: &str| {
        rows.iter()
            .find(|r| &r[1] == label)
            .map(|r| r[3].to_string())
            .expect("row")
    };
    assert_eq!(decision("1"), "amended");
    assert_eq!(decision("3"), "bracketed");
    assert_eq!(decision("4"), "deleted");
    assert_eq!(decision("5"), "merged");
    assert_eq!(decision("5 bis"), "amended");

    let mut reader = csv::Reader::from_reader(comments);
    assert_eq!(&reader.headers().expect("headers")[0], "recommendation");
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.expect("row")).collect();
    assert_eq!(rows.len(), sent.len());
    for s in sent {
        let row = rows
            .iter()
            .find(|r| r[1] == *s.reference)
            .expect("comment row");
        assert_eq!(&row[2], s.delegation.as_str());
        assert_eq!(&row[5], s.text.as_str(), "verbatim in CSV");
        assert_eq!(&row[0], s.label.as_deref().unwrap_or(""));
    }

    let doc: serde_json::Value = serde_json::from_slice(json).expect("json");
    let mut texts: Vec<String> = doc["general_comments"]
        .as_array()
        .expect("general")
        .iter()
        .map(|c| c["text"].as_str().expect("text").to_string())
        .collect();
    for section in doc["sections"].as_array().expect("sections") {
        for p in section["paragraphs"].as_array().expect("paragraphs") {
            for c in p["comments"].as_array().expect("comments") {
                texts.push(c["text"].as_str().expect("text").to_string());
            }
        }
    }
    assert_eq!(texts.len(), sent.len());
    for s in sent {
        assert!(texts.contains(&s.text), "{} verbatim in JSON", s.reference);
    }
    assert_eq!(doc["version"], 1);
}
