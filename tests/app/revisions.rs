//! Revised drafts: a round based on a published outcome runs on its consolidated text as the
//! next version of the document. A chain of three rounds (comments → Rev.1 → Rev.2): the
//! Chair starts Rev.1 from the closed round's page and edits its draft; every recommendation
//! keeps its `stable_id`; delegations see the changes word by word and the previous round's
//! comments as its visibility allows; the document's history lists every version.

use std::collections::HashMap;

use jiff::{SignedDuration, Timestamp};
use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::both_backends;
use crate::helpers::{
    AUSTRIA, ApiClient, BRAZIL, Backend, CHAIR, EU, TestApp, User, fetch, saved_comment_id, sel,
    unzip,
};
use redraft::domain::Clock;
use redraft::store::disposition as dispositions;

both_backends!(
    a_chain_of_revised_drafts_keeps_identities_changes_and_comments,
    a_revised_draft_needs_a_closed_round_with_a_published_outcome,
    a_relabelled_revised_draft_keeps_its_links_to_the_previous_version,
);

const FREEDONIA: &str = "focal.point@freedonia.example.org";
const NEW_TEXT_1: &str = "States parties shall establish, in law, that victims of trafficking in \
                          persons are not punished for unlawful acts they were compelled to commit.";

/// The round's recommendations as the API shows them, by label.
async fn recommendations(api: &ApiClient, round_id: i64) -> HashMap<String, Value> {
    let round = api.get(&format!("/rounds/{round_id}")).await;
    assert_eq!(round.status, StatusCode::OK, "{:?}", round.json);
    round.json["recommendations"]
        .as_array()
        .expect("recommendations")
        .iter()
        .map(|r| (r["label"].as_str().expect("label").to_string(), r.clone()))
        .collect()
}

/// Every paragraph of a round (those added during consolidation included): label → id.
async fn paragraph_ids(t: &TestApp, round_id: i64) -> HashMap<String, i64> {
    let mut conn = t.app.store().read().await.expect("conn");
    dispositions::paragraphs(&mut conn, round_id)
        .await
        .expect("paragraphs")
        .into_iter()
        .map(|p| (p.label, p.recommendation_id))
        .collect()
}

/// The Chair decides every recommendation of a round through the API (`decisions` by label,
/// the others retained), then publishes the outcome.
async fn decide_and_publish(
    t: &TestApp,
    chair: &ApiClient,
    round_id: i64,
    decisions: &[(&str, Value)],
) {
    let ids = paragraph_ids(t, round_id).await;
    for (label, id) in &ids {
        let body = decisions
            .iter()
            .find(|(l, _)| l == label)
            .map(|(_, d)| d.clone())
            .unwrap_or_else(|| json!({"decision": "retained"}));
        let path = format!("/rounds/{round_id}/dispositions/{id}");
        let saved = chair.put(&path, body).await;
        assert_eq!(saved.status, StatusCode::OK, "{label}: {:?}", saved.json);
    }
    let published = chair
        .post(&format!("/rounds/{round_id}/outcome"), json!({}))
        .await;
    assert_eq!(
        published.status,
        StatusCode::CREATED,
        "{:?}",
        published.json
    );
}

/// Once the round has closed, the Chair signs in (on the pages and the API), reads the draft
/// as the API shows it and adds a paragraph proposed by delegations, `5 bis`, during
/// consolidation; returns the Chair, the draft by label and every paragraph's id by label.
async fn chair_adds_five_bis(
    t: &TestApp,
) -> (
    User,
    ApiClient,
    HashMap<String, Value>,
    HashMap<String, i64>,
) {
    let chair = t.sign_in(CHAIR).await;
    let chair_api = t.api(CHAIR).await;
    let original = recommendations(&chair_api, t.round_id).await;
    let ids = paragraph_ids(t, t.round_id).await;
    let overview = chair
        .get(&format!("/chair/rounds/{}/consolidation", t.round_id))
        .await;
    let add = overview
        .form("form[action$='/consolidation/recommendations']")
        .set("after", &ids["5"].to_string())
        .set("label", "")
        .set("text", "States parties should share good practices.");
    let added = chair.submit(&add).await;
    assert_eq!(added.status, StatusCode::SEE_OTHER, "{}", added.body);
    (
        chair,
        chair_api,
        original,
        paragraph_ids(t, t.round_id).await,
    )
}

/// A round of `kind` on the next version of the document of round `based_on`, made through the
/// API, opening at `opens` for 72 hours; returns its id.
async fn revised_round(
    chair: &ApiClient,
    based_on: i64,
    (title, kind): (&str, &str),
    opens: Timestamp,
) -> i64 {
    let base = chair.get(&format!("/rounds/{based_on}")).await;
    let made = chair
        .post(
            "/rounds",
            json!({
                "title": title, "body": base.json["body"], "meeting": base.json["meeting"],
                "kind": kind, "time_zone": "Europe/Vienna",
                "opens_at": opens.to_string(),
                "closes_at": (opens + SignedDuration::from_hours(72)).to_string(),
                "visibility": "private", "based_on_round_id": based_on,
            }),
        )
        .await;
    assert_eq!(made.status, StatusCode::CREATED, "{:?}", made.json);
    made.json["id"].as_i64().expect("id")
}

/// A date and time on the venue's (Vienna's) clocks, as the round form takes them.
fn vienna(at: Timestamp) -> (String, String) {
    let local = at.in_tz("Europe/Vienna").expect("zone");
    (
        local.date().to_string(),
        local.time().strftime("%H:%M").to_string(),
    )
}

async fn a_chain_of_revised_drafts_keeps_identities_changes_and_comments(backend: Backend) {
    let t = TestApp::spawn(backend).await;
    let closes_at = t.closes_at().await;
    t.clock.set(closes_at - SignedDuration::from_hours(1));

    // Comments on the original draft: Austria and Brazil on 1; the EU comments and withdraws.
    let austria = t.sign_in(AUSTRIA).await;
    let brazil = t.sign_in(BRAZIL).await;
    let eu = t.sign_in(EU).await;
    let round = t.round_path();
    for (user, text) in [
        (&austria, "Austria asks for binding language."),
        (&brazil, "Brazil supports the recommendation."),
    ] {
        let answer = user.comment_on(&round, "1", "remark", text, "").await;
        assert_eq!(answer.status, StatusCode::SEE_OTHER, "{}", answer.body);
    }
    let answer = eu
        .comment_on(&round, "1", "remark", "The EU had second thoughts.", "")
        .await;
    let withdrawn = saved_comment_id(&answer);
    let answer = eu.submit(&eu.withdraw_form(withdrawn).await).await;
    assert_eq!(answer.status, StatusCode::SEE_OTHER, "{}", answer.body);

    // The round closes; the Chair consolidates (5 bis added) and publishes.
    t.clock.set(closes_at + SignedDuration::from_mins(1));
    let (chair, chair_api, original, ids) = chair_adds_five_bis(&t).await;
    decide_and_publish(
        &t,
        &chair_api,
        t.round_id,
        &[
            ("1", json!({"decision": "amended", "text": NEW_TEXT_1})),
            ("2", json!({"decision": "deleted"})),
            ("3", json!({"decision": "merged", "merged_into": ids["4"]})),
            (
                "5",
                json!({"decision": "bracketed", "text": "States parties should [consider] cooperating."}),
            ),
        ],
    )
    .await;

    // From the closed round's page, the Chair starts a revised draft round.
    let page = chair.get(&format!("/chair/rounds/{}", t.round_id)).await;
    let start = page.link("a[href*='based_on=']");
    let form_page = chair.get(&start).await;
    assert_eq!(form_page.status, StatusCode::OK, "{}", form_page.body);
    form_page.assert_says("Rev.1 of the document");
    let (opens_date, opens_time) = vienna(t.clock.now() + SignedDuration::from_hours(24));
    let (closes_date, closes_time) = vienna(t.clock.now() + SignedDuration::from_hours(24 * 10));
    let form = form_page
        .form("form[action='/chair/rounds/new']")
        .set("document_symbol", "CTOC/COP/WG.4/2020/L.1/Rev.1")
        .set("opens_date", &opens_date)
        .set("opens_time", &opens_time)
        .set("closes_date", &closes_date)
        .set("closes_time", &closes_time)
        .set("action", "save");
    assert_eq!(
        form.get("based_on_round_id"),
        Some(t.round_id.to_string().as_str())
    );
    assert!(form.get("title").expect("title").ends_with("(Rev.1)"));
    let rev1 = chair.submit(&form).await.created_round_id();

    // Its draft is the consolidated text: 2 deleted, 3 merged away, 5 bis kept.
    let draft = chair.get(&format!("/chair/rounds/{rev1}/draft")).await;
    draft.assert_says("This draft is Rev.1 of the document");
    let form = draft.form("form[action$='/draft']");
    let csv = form
        .get("content")
        .expect("the draft, ready to edit")
        .to_string();
    assert!(csv.contains(NEW_TEXT_1), "{csv}");
    assert!(csv.contains("[consider]"), "{csv}");
    assert!(csv.contains("5 bis"), "{csv}");
    let labels: Vec<&str> = csv
        .lines()
        .skip(1)
        .filter_map(|l| l.split(',').nth(2))
        .collect();
    assert!(
        !labels.contains(&"2") && !labels.contains(&"3"),
        "{labels:?}"
    );

    // The Chair edits recommendation 6 in the draft before the round opens.
    let six = original["6"]["text"].as_str().expect("text of 6");
    let edited_six = format!("{six} It reports to the Working Group.");
    let edited = csv.replacen(six, &edited_six, 1);
    let saved = chair
        .submit_multipart(&form.set("content", &edited).set("action", "save"), None)
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);

    // The API: the version, its symbol, and each recommendation's identity and previous text.
    let rev1_round = chair_api.get(&format!("/rounds/{rev1}")).await;
    assert_eq!(rev1_round.json["based_on_round_id"], json!(t.round_id));
    assert_eq!(rev1_round.json["draft_version"], json!("Rev.1"));
    assert_eq!(
        rev1_round.json["document_symbol"],
        json!("CTOC/COP/WG.4/2020/L.1/Rev.1")
    );
    let first = chair_api.get(&format!("/rounds/{}", t.round_id)).await;
    assert_eq!(first.json["draft_version"], Value::Null);
    assert_eq!(first.json["based_on_round_id"], Value::Null);
    let revised = recommendations(&chair_api, rev1).await;
    for label in ["1", "4", "5", "6", "7", "12"] {
        assert_eq!(
            revised[label]["stable_id"], original[label]["stable_id"],
            "recommendation {label} keeps its identity"
        );
    }
    assert_eq!(revised["1"]["previous_text"], original["1"]["text"]);
    assert_eq!(revised["6"]["previous_text"], original["6"]["text"]);
    assert_eq!(revised["6"]["text"], json!(edited_six));
    assert_eq!(revised["7"]["previous_text"], Value::Null, "unchanged");
    assert_eq!(revised["5 bis"]["previous_text"], Value::Null, "new");
    assert_eq!(revised["5 bis"]["stable_id"], json!(ids["5 bis"]));

    // A delegation that did not take part in the first round is invited to Rev.1.
    let added = chair_api
        .put(
            &format!("/rounds/{rev1}/delegations"),
            json!([{"name": "Freedonia", "category": "party", "focal_point_emails": [FREEDONIA]}]),
        )
        .await;
    assert_eq!(added.status, StatusCode::OK, "{:?}", added.json);

    // Rev.1 opens: its delegations (the first round's) are invited.
    t.clock.set(t.clock.now() + SignedDuration::from_hours(25));
    t.settle_mail().await;
    // A day later everyone signs in again.
    let (brazil, eu, chair) = (
        t.sign_in(BRAZIL).await,
        t.sign_in(EU).await,
        t.sign_in(CHAIR).await,
    );
    let rev1_path = format!("/rounds/{rev1}");
    let clean = brazil.get(&rev1_path).await;
    assert_eq!(clean.status, StatusCode::OK, "{}", clean.body);
    clean.assert_says("revised from the outcome of");
    let one = clean.recommendation_text("1");
    assert!(one.contains("Changed since the previous version."), "{one}");
    assert!(
        clean
            .recommendation_text("7")
            .contains("Unchanged since the previous version.")
    );
    assert!(
        clean
            .recommendation_text("5 bis")
            .contains("New in this version.")
    );
    assert!(
        clean.texts("section.recommendation ins").is_empty(),
        "clean text by default"
    );

    // The changes, word by word, without JavaScript: a link to the other view.
    let link = clean.link("a[href*='view=changes']");
    let changes = brazil.get(&link).await;
    let inserted = changes.texts(&format!("#rec-{} ins", revised["1"]["id"]));
    let deleted = changes.texts(&format!("#rec-{} del", revised["1"]["id"]));
    assert!(inserted.iter().any(|w| w.contains("shall")), "{inserted:?}");
    assert!(
        deleted.iter().any(|w| w.contains("consider")),
        "{deleted:?}"
    );
    assert!(
        changes
            .texts(&format!("#rec-{} ins", revised["7"]["id"]))
            .is_empty()
    );

    // The previous version's comments: Brazil's own, Austria's (the first round's outcome is
    // published, so its comments are shared), never the EU's withdrawn one.
    let previous = format!(
        "/rounds/{rev1}/recommendations/{}/previous",
        revised["1"]["id"]
    );
    assert!(
        clean.body.contains(&previous),
        "a link to the previous comments"
    );
    let page = brazil.get(&previous).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    assert!(
        page.body
            .contains(original["1"]["text"].as_str().expect("text"))
    );
    assert!(page.body.contains("Brazil supports the recommendation."));
    assert!(page.body.contains("Austria asks for binding language."));
    assert!(!page.body.contains("second thoughts"), "{}", page.body);
    // The EU sees its own withdrawn comment.
    let page = eu.get(&previous).await;
    assert!(page.body.contains("second thoughts"), "{}", page.body);
    // Freedonia took no part in the first round: nothing of it is shared with it.
    let freedonia = t.sign_in(FREEDONIA).await;
    let page = freedonia.get(&previous).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    page.assert_says("are not shared with you");
    assert!(!page.body.contains("Austria asks"), "{}", page.body);
    // A recommendation new in this version has no previous one.
    let none = brazil
        .get(&format!(
            "/rounds/{rev1}/recommendations/{}/previous",
            revised["5 bis"]["id"]
        ))
        .await;
    assert_eq!(none.status, StatusCode::NOT_FOUND);
    // Nor does anyone outside the round read it.
    let outsider_round = freedonia
        .get(&format!("/rounds/{}/history", t.round_id))
        .await;
    assert_eq!(outsider_round.status, StatusCode::NOT_FOUND);

    // Rev.1 closes and its outcome is published; Rev.2, put under the silence procedure, is
    // made through the API, its symbol and receipt prefix following Rev.1's.
    let closed = chair_api
        .post(
            &format!("/rounds/{rev1}/close"),
            json!({"reason": "Agreed by the Bureau"}),
        )
        .await;
    assert_eq!(closed.status, StatusCode::OK, "{:?}", closed.json);
    t.clock.set(t.clock.now() + SignedDuration::from_mins(1));
    decide_and_publish(
        &t,
        &chair_api,
        rev1,
        &[(
            "5",
            json!({"decision": "amended", "text": "States parties should cooperate."}),
        )],
    )
    .await;
    // Its outcome carries the UN masthead, in HTML and in Word (the symbol and the page number
    // in the header of every page, headings kept with what follows).
    let html = brazil.get(&format!("/rounds/{rev1}/outcome/1.html")).await;
    assert_eq!(html.status, StatusCode::OK);
    let masthead = html.texts(".masthead p").join(" | ");
    assert!(
        masthead.contains("CTOC/COP/WG.4/2020/L.1/Rev.1"),
        "{masthead}"
    );
    assert!(masthead.contains("Distr.: General"), "{masthead}");
    assert!(masthead.contains("Original: English"), "{masthead}");
    let (status, _, docx) = fetch(&brazil, &format!("/rounds/{rev1}/outcome/1.docx")).await;
    assert_eq!(status, StatusCode::OK);
    let header = unzip(&docx, "word/header1.xml");
    assert!(header.contains("CTOC/COP/WG.4/2020/L.1/Rev.1"), "{header}");
    assert!(header.contains("PAGE"), "{header}");
    let document = unzip(&docx, "word/document.xml");
    assert!(document.contains("Distr.: General") && document.contains("Original: English"));
    assert!(document.contains("<w:keepNext />"));
    assert!(document.contains("<w:headerReference"));

    let opens = t.clock.now() + SignedDuration::from_hours(24);
    let rev2 = revised_round(
        &chair_api,
        rev1,
        ("Draft recommendations under silence (Rev.2)", "silence"),
        opens,
    )
    .await;
    let rev2_round = chair_api.get(&format!("/rounds/{rev2}")).await;
    assert_eq!(rev2_round.json["kind"], json!("silence"));
    assert_eq!(rev2_round.json["draft_version"], json!("Rev.2"));
    assert_eq!(rev2_round.json["based_on_round_id"], json!(rev1));
    assert_eq!(
        rev2_round.json["document_symbol"],
        json!("CTOC/COP/WG.4/2020/L.1/Rev.2")
    );
    assert!(
        rev2_round.json["reference_prefix"]
            .as_str()
            .expect("prefix")
            .ends_with("/Rev.2"),
        "{:?}",
        rev2_round.json
    );
    let third = recommendations(&chair_api, rev2).await;
    assert_eq!(third["1"]["stable_id"], original["1"]["stable_id"]);
    assert_eq!(third["5 bis"]["stable_id"], json!(ids["5 bis"]));
    assert_eq!(
        third["1"]["previous_text"],
        Value::Null,
        "unchanged since Rev.1"
    );
    assert_eq!(
        third["5"]["previous_text"],
        json!("States parties should [consider] cooperating.")
    );

    // The document's history: every version, its dates, outcome files and decisions.
    let history = chair.get(&format!("/rounds/{rev2}/history")).await;
    assert_eq!(history.status, StatusCode::OK, "{}", history.body);
    let headings = history.texts("h2");
    assert!(
        headings.iter().any(|h| h.starts_with("Original draft:")),
        "{headings:?}"
    );
    assert!(
        headings.iter().any(|h| h.starts_with("Rev.1:")),
        "{headings:?}"
    );
    assert!(
        headings.iter().any(|h| h.starts_with("Rev.2:")),
        "{headings:?}"
    );
    assert!(
        history
            .body
            .contains(&format!("/rounds/{}/outcome/1.docx", t.round_id))
    );
    assert!(
        history
            .body
            .contains(&format!("/rounds/{rev1}/outcome/1.html"))
    );
    let row = |label: &str| -> Vec<String> {
        let html = history.html();
        let selector = sel("tbody tr");
        let found = html
            .select(&selector)
            .find(|tr| {
                tr.select(&sel("th"))
                    .next()
                    .is_some_and(|th| th.text().collect::<String>() == label)
            })
            .unwrap_or_else(|| panic!("a row for {label}"));
        found
            .select(&sel("td"))
            .map(|td| td.text().collect::<String>())
            .collect()
    };
    let two = row("2");
    assert!(two[0].contains("Deleted"), "{two:?}");
    assert!(two[1].contains("Not in this version"), "{two:?}");
    let five = row("5");
    assert!(five[0].contains("Bracketed"), "{five:?}");
    assert!(five[1].contains("Amended"), "{five:?}");
    assert!(five[2].contains("Under the silence procedure"), "{five:?}");
    assert!(
        history.body.contains("Under silence from"),
        "{}",
        history.body
    );
    let five_bis = row("5 bis");
    assert!(
        five_bis[0].contains("Added during consolidation"),
        "{five_bis:?}"
    );
    let three = row("3");
    assert!(
        three[0].contains("Merged into recommendation 4"),
        "{three:?}"
    );
    // A delegation's history lists the versions it takes part in (Freedonia: Rev.1 and, as its
    // delegations were copied, Rev.2).
    let history = freedonia.get(&format!("/rounds/{rev1}/history")).await;
    let headings = history.texts("h2");
    assert!(
        !headings.iter().any(|h| h.starts_with("Original draft:")),
        "{headings:?}"
    );
    assert!(
        headings.iter().any(|h| h.starts_with("Rev.2:")),
        "{headings:?}"
    );

    // Rev.2 runs under silence: a delegation reads what changed since Rev.1, word by word.
    t.clock.set(opens);
    t.settle_mail().await;
    let brazil = t.sign_in(BRAZIL).await;
    let page = brazil.get(&format!("/rounds/{rev2}")).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    assert!(
        page.body.contains("silence-breaks"),
        "the silence page: {}",
        page.body
    );
    let five_id = third["5"]["id"].as_i64().expect("id");
    assert!(
        page.body.contains("Changed since the previous version.")
            && page.body.contains("Unchanged since the previous version."),
        "{}",
        page.body
    );
    let changes = brazil.get(&format!("/rounds/{rev2}?view=changes")).await;
    let inserted = changes.texts("ins").join(" ");
    let deleted = changes.texts("del").join(" ");
    assert!(inserted.contains("cooperate"), "{inserted}");
    assert!(deleted.contains("cooperating"), "{deleted}");
    assert!(
        changes.body.contains(&format!(
            "/rounds/{rev2}/recommendations/{five_id}/previous"
        )),
        "a link to Rev.1's comments on it"
    );
    // Nobody breaks silence: at the deadline the text is adopted, and the history says so.
    t.clock
        .set(opens + SignedDuration::from_hours(72) + SignedDuration::from_secs(1));
    t.settle_mail().await;
    let chair = t.sign_in(CHAIR).await;
    let history = chair.get(&format!("/rounds/{rev2}/history")).await;
    let html = history.html();
    let adopted = html
        .select(&sel("tbody tr td"))
        .filter(|td| {
            td.text()
                .collect::<String>()
                .contains("Adopted under the silence procedure")
        })
        .count();
    assert_eq!(
        adopted,
        third.len(),
        "every recommendation of Rev.2 is adopted: {}",
        history.body
    );
}

async fn a_revised_draft_needs_a_closed_round_with_a_published_outcome(backend: Backend) {
    let t = TestApp::spawn(backend).await;
    let chair = t.api(CHAIR).await;
    let first = chair.get(&format!("/rounds/{}", t.round_id)).await;
    let opens = t.clock.now() + SignedDuration::from_hours(24 * 30);
    let new_round = |based_on: i64, meeting: &Value| {
        json!({
            "title": "A revision", "body": first.json["body"], "meeting": meeting,
            "kind": "comments", "time_zone": "Europe/Vienna",
            "opens_at": opens.to_string(),
            "closes_at": (opens + SignedDuration::from_hours(72)).to_string(),
            "visibility": "private", "based_on_round_id": based_on,
        })
    };
    let rounds_before = chair.get("/rounds").await.json.as_array().map(Vec::len);
    let refused = |answer: crate::helpers::ApiAnswer, field: &str, words: &str| {
        assert_eq!(
            answer.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "{:?}",
            answer.json
        );
        assert_eq!(
            answer.json["error"]["field"],
            json!(field),
            "{:?}",
            answer.json
        );
        let message = answer.json["error"]["message"].as_str().unwrap_or_default();
        assert!(message.contains(words), "{message}");
    };
    let meeting = first.json["meeting"].clone();
    // Still open.
    refused(
        chair.post("/rounds", new_round(t.round_id, &meeting)).await,
        "based_on_round_id",
        "not closed",
    );
    // Closed, but nothing published.
    t.clock
        .set(t.closes_at().await + SignedDuration::from_mins(1));
    refused(
        chair.post("/rounds", new_round(t.round_id, &meeting)).await,
        "based_on_round_id",
        "publish the outcome",
    );
    // No such round.
    refused(
        chair.post("/rounds", new_round(999_999, &meeting)).await,
        "based_on_round_id",
        "no such round",
    );
    decide_and_publish(&t, &chair, t.round_id, &[]).await;
    // Another meeting than the round's.
    refused(
        chair
            .post("/rounds", new_round(t.round_id, &json!("Eleventh meeting")))
            .await,
        "meeting",
        "belongs to the body and meeting",
    );
    let rounds_after = chair.get("/rounds").await.json.as_array().map(Vec::len);
    assert_eq!(rounds_before, rounds_after, "no round was made");
    // A delegation cannot make one.
    let austria = t.api(AUSTRIA).await;
    let answer = austria
        .post("/rounds", new_round(t.round_id, &meeting))
        .await;
    assert_eq!(answer.status, StatusCode::NOT_FOUND, "{:?}", answer.json);
    // Now it can be made.
    let made = chair.post("/rounds", new_round(t.round_id, &meeting)).await;
    assert_eq!(made.status, StatusCode::CREATED, "{:?}", made.json);
}

/// The Chair renumbers a revised draft before it opens (`5 bis` becomes `6`, `6` becomes `7`…)
/// and edits a paragraph on the way: every recommendation keeps its identity and its previous
/// text, whatever its label has become.
async fn a_relabelled_revised_draft_keeps_its_links_to_the_previous_version(backend: Backend) {
    let t = TestApp::spawn(backend).await;
    t.clock
        .set(t.closes_at().await + SignedDuration::from_mins(1));
    let (_, chair_api, original, ids) = chair_adds_five_bis(&t).await;
    let amended_six = "The Secretariat should collect and publish data every year.";
    decide_and_publish(
        &t,
        &chair_api,
        t.round_id,
        &[("6", json!({"decision": "amended", "text": amended_six}))],
    )
    .await;
    let rev1 = revised_round(
        &chair_api,
        t.round_id,
        ("Comments on the draft recommendations (Rev.1)", "comments"),
        t.clock.now() + SignedDuration::from_hours(24),
    )
    .await;
    let before = chair_api.get(&format!("/rounds/{rev1}")).await;
    let before = before.json["recommendations"]
        .as_array()
        .expect("recommendations")
        .clone();
    let labels: Vec<&str> = before.iter().filter_map(|r| r["label"].as_str()).collect();
    assert!(labels.contains(&"5 bis"), "{labels:?}");

    // Renumbered from `5 bis` on, in order; the new `6` (the old `5 bis`) edited as well.
    let mut renumbered = Vec::new();
    let mut shift = false;
    for r in &before {
        let label = r["label"].as_str().expect("label");
        shift |= label == "5 bis";
        let (label, text) = match label {
            "5 bis" => (
                "6".to_string(),
                "States parties should share good practices and lessons learned.".to_string(),
            ),
            l if shift => (
                (l.parse::<i64>().expect("a number") + 1).to_string(),
                r["text"].as_str().expect("text").to_string(),
            ),
            l => (l.to_string(), r["text"].as_str().expect("text").to_string()),
        };
        renumbered.push(json!({
            "agenda_item": r["agenda_item"], "agenda_title": r["agenda_title"],
            "label": label, "text": text,
        }));
    }
    let saved = chair_api
        .put(
            &format!("/rounds/{rev1}/recommendations"),
            json!(renumbered),
        )
        .await;
    assert_eq!(saved.status, StatusCode::OK, "{:?}", saved.json);

    let revised = recommendations(&chair_api, rev1).await;
    assert!(!revised.contains_key("5 bis"));
    assert_eq!(
        revised["6"]["stable_id"],
        json!(ids["5 bis"]),
        "the old 5 bis, relabelled 6 and edited, keeps its identity"
    );
    assert_eq!(
        revised["6"]["previous_text"],
        Value::Null,
        "new in this version"
    );
    assert_eq!(
        revised["7"]["stable_id"], original["6"]["stable_id"],
        "the old 6 is 7 now"
    );
    assert_eq!(revised["7"]["text"], json!(amended_six));
    assert_eq!(
        revised["7"]["previous_text"], original["6"]["text"],
        "its previous text follows it"
    );
    for (old, new) in [("1", "1"), ("5", "5"), ("7", "8"), ("12", "13")] {
        assert_eq!(
            revised[new]["stable_id"], original[old]["stable_id"],
            "{old} became {new}"
        );
        assert_eq!(
            revised[new]["previous_text"],
            Value::Null,
            "{new} is unchanged"
        );
    }
}
