//! Directional formatting characters (overrides, embeddings, isolates): refused in names and
//! titles, where they would make one delegation's name read as another's; kept in comment
//! text, which is shown isolated so that they cannot reorder the text around it — in pages, in
//! e-mails and in CSV exports.

use jiff::SignedDuration;
use reqwest::StatusCode;
use serde_json::json;

use crate::both_backends;
use crate::downloads::Table;
use crate::helpers::{AUSTRIA, Backend, CHAIR, TestApp, fetch, saved_comment_id, sel};
use redraft::domain::bidi::{FSI, PDI, isolates_balanced};

both_backends!(
    directional_formatting_in_comments_is_isolated_wherever_they_are_shown,
    directional_formatting_is_refused_in_names_and_titles,
);

const RLO: char = '\u{202E}';

/// Text that cannot reach beyond its own isolate: every isolate on each line is closed, and
/// nothing closes an isolate it did not open.
fn assert_isolated(text: &str) {
    assert!(
        isolates_balanced(text),
        "an isolate is left open or a PDI escapes its isolate in {text:?}"
    );
}

async fn directional_formatting_in_comments_is_isolated_wherever_they_are_shown(backend: Backend) {
    let t = TestApp::spawn(backend).await;
    let austria = t.sign_in(AUSTRIA).await;
    // A comment that closes an isolate it never opened, then overrides the direction of all
    // that follows: unisolated, it would reverse the rest of the line it is shown on.
    let first = format!("Agreed{PDI}{RLO} until 2030.");
    let saved = austria.remark_on(&t.round_path(), "3", &first).await;
    let id = saved_comment_id(&saved);
    let edited = format!("Agreed{PDI}{RLO} until 2031.");
    let form = austria.edit_form(id).await.set("text", &edited);
    assert_eq!(austria.submit(&form).await.status, StatusCode::SEE_OTHER);
    let reference = t.comment(id).await.reference;
    assert_eq!(
        t.comment(id).await.text,
        edited,
        "stored exactly as written"
    );

    // Pages: the text exactly, in an element of its own that sets its direction.
    let page = austria.get(&t.round_path()).await;
    assert_eq!(
        page.texts(&format!("#comment-{id} p.user-text[dir=auto]")),
        vec![edited.clone()]
    );
    // The audit log shows the text before and after the edit side by side, each isolated.
    let chair = t.sign_in(CHAIR).await;
    let audit = chair
        .get(&format!(
            "/chair/rounds/{}/audit?action=comment_edited",
            t.round_id
        ))
        .await;
    assert_eq!(audit.status, StatusCode::OK);
    let html = audit.html();
    let quoted: Vec<String> = html
        .select(&sel("tbody code.user-text"))
        .map(|c| c.text().collect())
        .filter(|t: &String| !t.is_empty())
        .collect();
    assert_eq!(quoted.len(), 2, "before and after");
    assert_eq!(
        html.select(&sel("tbody bdi > code.user-text")).count(),
        html.select(&sel("tbody code.user-text")).count(),
        "each in a <bdi>"
    );
    for text in &quoted {
        assert!(text.starts_with(FSI) && text.ends_with(PDI), "{text:?}");
        assert_isolated(text);
    }
    assert!(quoted[0].contains(&first) && quoted[1].contains(&edited));

    // The Chair's CSV export: the cell wrapped in FSI … PDI, its stray PDI balanced inside.
    let (_, _, bytes) = fetch(
        &chair,
        &format!("/chair/rounds/{}/comments.csv", t.round_id),
    )
    .await;
    let cell = Table::read(&bytes)
        .cell("reference", &reference, "text")
        .to_string();
    assert_eq!(cell, format!("{FSI}{FSI}{edited}{PDI}"));
    assert_isolated(&cell);

    // The closing confirmation quotes the comment: isolated in the text part, in <bdi> in the
    // HTML part.
    t.clock
        .set(t.closes_at().await + SignedDuration::from_secs(1));
    t.settle_mail().await;
    let closing = t
        .mails_to(AUSTRIA)
        .into_iter()
        .find(|m| m.text.contains(&reference) && m.text.contains("2031"))
        .expect("a closing confirmation quoting the comment");
    let isolated = format!("{FSI}{FSI}{edited}{PDI}");
    let line = closing
        .text
        .lines()
        .find(|l| l.contains(&reference))
        .expect("the comment's line");
    assert!(line.ends_with(&isolated), "{line:?}");
    assert_isolated(line);
    assert!(
        closing.html.contains(&format!("<bdi>{isolated}</bdi>")),
        "{}",
        closing.html
    );
}

async fn directional_formatting_is_refused_in_names_and_titles(backend: Backend) {
    let t = TestApp::spawn(backend).await;
    let api = t.api(CHAIR).await;
    let invited = |answer: &crate::helpers::ApiAnswer| answer.json["invited"].as_i64();
    let before = api.get(&format!("/rounds/{}/responses", t.round_id)).await;

    // "Austria" followed by an override that would show the next word reversed.
    let imported = api
        .put(
            &format!("/rounds/{}/delegations", t.round_id),
            json!([{"name": format!("Austria {RLO}ecnarF"), "category": "party", "focal_point_emails": ["fp@spoof.example.org"]}]),
        )
        .await;
    assert_eq!(
        imported.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{}",
        imported.json
    );
    let problem = &imported.json["error"]["problems"][0];
    assert_eq!(problem["row"], 1, "{}", imported.json);
    assert_eq!(problem["field"], "name", "{}", imported.json);
    assert!(
        problem["message"]
            .as_str()
            .is_some_and(|m| m.contains("changes the direction of text") && !m.contains(RLO)),
        "{}",
        imported.json
    );
    let after = api.get(&format!("/rounds/{}/responses", t.round_id)).await;
    assert_eq!(invited(&after), invited(&before), "nothing imported");

    // The Chair's page for adding one delegation says so next to the name.
    let chair = t.sign_in(CHAIR).await;
    let path = format!("/chair/rounds/{}/delegations", t.round_id);
    let form = chair
        .get(&path)
        .await
        .form("form[action$='/delegations']")
        .set("action", "add")
        .set("name", "Brazil\u{2067}")
        .set("category", "party")
        .set("email", "fp@isolate.example.org");
    let answer = chair.submit_multipart(&form, None).await;
    assert_eq!(
        answer.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{}",
        answer.body
    );
    assert_eq!(
        answer.texts("#name-add-error"),
        [
            "The name of the delegation contains an invisible character that changes the \
          direction of text. Remove it and try again"
        ]
    );
    let after = api.get(&format!("/rounds/{}/responses", t.round_id)).await;
    assert_eq!(invited(&after), invited(&before), "nothing added");

    // A round's title, and an agenda item's title in a draft.
    let now = t.app.now();
    let round = |title: String| {
        json!({
            "title": title,
            "body": "Directional Testing Group",
            "meeting": "First meeting",
            "kind": "comments",
            "time_zone": "Europe/Vienna",
            "opens_at": (now + SignedDuration::from_hours(24 * 7)).to_string(),
            "closes_at": (now + SignedDuration::from_hours(24 * 21)).to_string(),
            "visibility": "private",
        })
    };
    let refused = api
        .post("/rounds", round(format!("Comments {RLO}tfard")))
        .await;
    assert_eq!(
        refused.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{}",
        refused.json
    );
    assert_eq!(refused.json["error"]["field"], "title", "{}", refused.json);
    let created = api
        .post("/rounds", round("Comments on the draft".into()))
        .await;
    assert_eq!(created.status, StatusCode::CREATED, "{}", created.json);
    let round_id = created.json["id"].as_i64().expect("round id");
    let draft = api
        .put(
            &format!("/rounds/{round_id}/recommendations"),
            json!([
                {"agenda_item": "2", "agenda_title": "Guidance", "label": "1", "text": "First."},
                {"agenda_item": "3", "agenda_title": format!("Follow-up {RLO}"), "label": "2", "text": "Second."},
            ]),
        )
        .await;
    assert_eq!(
        draft.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{}",
        draft.json
    );
    let problem = &draft.json["error"]["problems"][0];
    assert_eq!(
        (problem["row"].as_i64(), problem["field"].as_str()),
        (Some(2), Some("agenda_title"))
    );
    let stored = api.get(&format!("/rounds/{round_id}")).await;
    assert_eq!(
        stored.json["recommendations"].as_array().map(Vec::len),
        Some(0),
        "no paragraph stored"
    );
}
