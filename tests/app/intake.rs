//! Comments received outside the forms (e-mail, note verbale, letter), entered by the Chair or
//! the Secretariat on a delegation's behalf: marked with their provenance on every page, in the
//! e-mails, exports and the outcome; judged by when they were received (on time, late and
//! included, late and left out); never changeable by the delegation; refused once the outcome
//! is published.

use jiff::{SignedDuration, Timestamp};
use reqwest::StatusCode;
use serde_json::json;

use crate::both_backends;
use crate::downloads::recommendation_ids;
use crate::helpers::{AUSTRIA, BRAZIL, Backend, CHAIR, TestApp};
use crate::mail::delegation_of;

both_backends!(
    a_note_verbale_entered_on_time_is_marked_everywhere,
    late_intakes_are_left_out_until_the_chair_includes_them,
    intake_refusals_store_nothing,
);

/// The day of `at` on Vienna's calendar, as the provenance words it ("2 October 2020").
fn vienna_day(at: Timestamp) -> String {
    let local = at.in_tz("Europe/Vienna").expect("zone");
    local.strftime("%-d %B %Y").to_string()
}

async fn a_note_verbale_entered_on_time_is_marked_everywhere(backend: Backend) {
    let t = TestApp::spawn(backend).await;
    let round = t.round_id;
    let austria_id = delegation_of(&t, AUSTRIA).await;
    let chair = t.sign_in(CHAIR).await;
    let intake = format!("/chair/rounds/{round}/intake");

    // An empty form is refused at its fields, nothing stored.
    let before = t.comment_count().await;
    let page = chair.get(&intake).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    let empty = chair
        .submit(&page.form("form[action$='/intake']").set("text", ""))
        .await;
    assert_eq!(
        empty.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{}",
        empty.body
    );
    assert!(empty.title().starts_with("Error:"), "{}", empty.title());
    for message in [
        "Select a delegation taking part in the round",
        "Select how the comment was received",
        "Enter a comment",
    ] {
        assert!(empty.body.contains(message), "{message}: {}", empty.body);
    }
    assert_eq!(t.comment_count().await, before);

    // A note verbale received an hour ago, entered now on Austria's behalf.
    let received = t.app.now() - SignedDuration::from_hours(1);
    let local = received.in_tz("Europe/Vienna").expect("zone");
    let form = page
        .form("form[action$='/intake']")
        .set("on_behalf_of", &austria_id.to_string())
        .set("kind", "remark")
        .set(
            "text",
            "Austria proposes a reference to victims' access to remedies.",
        )
        .set("source", "note_verbale")
        .set("received_date", &local.date().to_string())
        .set("received_time", &local.strftime("%H:%M").to_string())
        .set("source_reference", "NV/2020/123");
    let entered = chair.submit(&form).await;
    assert_eq!(entered.status, StatusCode::SEE_OTHER, "{}", entered.body);
    let id = crate::helpers::saved_comment_id(&entered);
    let stored = t.comment(id).await;
    assert_eq!(stored.delegation_id, austria_id);
    assert!(!stored.late && !stored.held_back);
    let provenance = format!(
        "Entered by the Secretariat on behalf of Austria, received by note verbale of {} (ref. NV/2020/123).",
        vienna_day(received)
    );
    let listed = chair.follow(&entered).await;
    assert!(listed.body.contains(&provenance), "{}", listed.body);
    assert!(
        listed.body.contains(&format!(
            "Comment {} was entered on behalf of Austria",
            stored.reference
        )),
        "{}",
        listed.body
    );

    // Austria's focal point receives the receipt, with the provenance.
    let mail = t.wait_for_mail(AUSTRIA, 2).await;
    assert!(mail.subject.contains(&stored.reference), "{}", mail.subject);
    assert!(
        mail.subject.starts_with("Entered for your delegation"),
        "{}",
        mail.subject
    );
    assert!(
        mail.text.contains("received by note verbale of"),
        "{}",
        mail.text
    );

    // Austria sees it among its own comments, cannot change or withdraw it, and can comment
    // further.
    let austria = t.sign_in(AUSTRIA).await;
    let round_page = austria.get(&t.round_path()).await;
    assert!(round_page.body.contains(&provenance), "{}", round_page.body);
    assert!(
        !round_page.body.contains(&format!("/comments/{id}/edit")),
        "no edit link on the Secretariat's entry"
    );
    let ours = austria.get(&format!("/rounds/{round}/our-comments")).await;
    assert!(ours.body.contains(&provenance), "{}", ours.body);
    let edit = austria.get(&format!("/comments/{id}/edit")).await;
    assert_eq!(edit.status, StatusCode::CONFLICT, "{}", edit.body);
    let api = t.api(AUSTRIA).await;
    let changed = api
        .put(
            &format!("/comments/{id}"),
            json!({"kind": "remark", "text": "Changed."}),
        )
        .await;
    assert_eq!(changed.status, StatusCode::CONFLICT, "{}", changed.json);
    assert_eq!(
        api.delete(&format!("/comments/{id}")).await.status,
        StatusCode::CONFLICT
    );
    let after = t.comment(id).await;
    assert_eq!((after.version, after.text), (1, stored.text.clone()));
    let further = austria
        .remark_on(&t.round_path(), "3", "Austria adds a further remark.")
        .await;
    assert_eq!(further.status, StatusCode::SEE_OTHER, "{}", further.body);

    // The API, the Chair's CSV export and the audit trail say where it came from.
    let listed = api.get(&format!("/rounds/{round}/comments")).await;
    let entry = listed
        .json
        .as_array()
        .and_then(|all| all.iter().find(|c| c["id"] == id))
        .cloned()
        .expect("listed");
    assert_eq!(entry["intake"]["source"], "note_verbale");
    assert_eq!(entry["intake"]["source_reference"], "NV/2020/123");
    assert_eq!(entry["held_back"], false);
    let csv = chair
        .get(&format!("/chair/rounds/{round}/comments.csv"))
        .await;
    let table = crate::downloads::Table::read(csv.body.as_bytes());
    let cell = |column| table.cell("reference", &stored.reference, column);
    assert_eq!(cell("intake_source"), "note_verbale");
    assert_eq!(cell("source_reference"), "NV/2020/123");
    assert_eq!(cell("in_consolidation"), "yes");
    let audit = chair.get(&format!("/chair/rounds/{round}/audit.csv")).await;
    assert!(
        audit.body.contains("comment_entered_on_behalf"),
        "{}",
        audit.body
    );
}

async fn late_intakes_are_left_out_until_the_chair_includes_them(backend: Backend) {
    let t = TestApp::spawn(backend).await;
    let round = t.round_id;
    let chair = t.api(CHAIR).await;
    let ids = recommendation_ids(&chair, &t).await;
    let (austria_id, brazil_id) = (
        delegation_of(&t, AUSTRIA).await,
        delegation_of(&t, BRAZIL).await,
    );
    let closes = t.closes_at().await;
    t.clock.set(closes + SignedDuration::from_hours(50));
    let enter = |delegation: i64, text: &str, source: &str, received: Timestamp| {
        json!({
            "on_behalf_of": delegation, "recommendation_id": ids[1], "kind": "remark",
            "text": text, "source": source, "received_at": received.to_string(),
            "source_reference": "L-77",
        })
    };
    let path = format!("/rounds/{round}/comments");
    // Received before the deadline, entered after it: on time.
    let on_time = chair
        .post(
            &path,
            enter(
                austria_id,
                "Austria's e-mail in time.",
                "email",
                closes - SignedDuration::from_mins(5),
            ),
        )
        .await;
    assert_eq!(on_time.status, StatusCode::CREATED, "{}", on_time.json);
    assert_eq!(
        (
            on_time.json["late"].clone(),
            on_time.json["held_back"].clone()
        ),
        (json!(false), json!(false))
    );
    // Received after it: stored, late, held back.
    let late = chair
        .post(
            &path,
            enter(
                brazil_id,
                "Brazil's letter after the deadline.",
                "letter",
                closes + SignedDuration::from_hours(1),
            ),
        )
        .await;
    assert_eq!(late.status, StatusCode::CREATED, "{}", late.json);
    assert_eq!(
        (late.json["late"].clone(), late.json["held_back"].clone()),
        (json!(true), json!(true))
    );
    let left_out = chair
        .post(
            &path,
            enter(
                austria_id,
                "Austria's e-mail far too late.",
                "email",
                closes + SignedDuration::from_hours(2),
            ),
        )
        .await;
    assert_eq!(left_out.status, StatusCode::CREATED, "{}", left_out.json);
    let (late_id, left_out_id) = (
        late.json["id"].as_i64().expect("id"),
        left_out.json["id"].as_i64().expect("id"),
    );
    let brazil_mail = t.wait_for_mail(BRAZIL, 2).await;
    assert!(
        brazil_mail
            .text
            .contains("received after your delegation’s deadline"),
        "{}",
        brazil_mail.text
    );

    // The staff see the held-back comments, marked, with the way to include them; the
    // consolidation does not count them.
    let browser = t.sign_in(CHAIR).await;
    let comments = browser
        .get(&format!("/chair/rounds/{round}/comments"))
        .await;
    assert!(
        comments.body.contains(
            "Received after the deadline: not in the consolidation unless the Chair includes it"
        ),
        "{}",
        comments.body
    );
    assert!(
        comments
            .body
            .contains(&format!("/comments/{late_id}/include"))
    );
    let preview = browser
        .get(&format!(
            "/chair/rounds/{round}/consolidation/preview/outcome.json"
        ))
        .await;
    assert!(
        preview.body.contains("Austria's e-mail in time."),
        "{}",
        preview.body
    );
    assert!(!preview.body.contains("Brazil's letter after the deadline."));

    // The Chair includes Brazil's, with a reason (the page refuses none).
    let include = format!("/chair/rounds/{round}/comments/{late_id}/include");
    let form = browser.get(&include).await.form("form[action$='/include']");
    let refused = browser.submit(&form.clone().set("reason", " ")).await;
    assert_eq!(
        refused.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{}",
        refused.body
    );
    let reason = "The letter was delayed in the diplomatic pouch; the Bureau agreed.";
    let included = browser.submit(&form.set("reason", reason)).await;
    assert_eq!(included.status, StatusCode::SEE_OTHER, "{}", included.body);
    let stored = t.comment(late_id).await;
    assert!(!stored.held_back && stored.included_at.is_some() && stored.late);
    let again = chair
        .post(
            &format!("/rounds/{round}/comments/{late_id}/inclusion"),
            json!({"reason": reason}),
        )
        .await;
    assert_eq!(again.status, StatusCode::CONFLICT, "{}", again.json);
    let audit = browser
        .get(&format!("/chair/rounds/{round}/audit.csv"))
        .await;
    assert!(audit.body.contains("late_comment_included") && audit.body.contains(reason));

    // The outcome has the comment in time and the one included, not the one left out.
    for id in &ids {
        let saved = chair
            .put(
                &format!("/rounds/{round}/dispositions/{id}"),
                json!({"decision": "retained"}),
            )
            .await;
        assert_eq!(saved.status, StatusCode::OK, "{}", saved.json);
    }
    let published = chair
        .post(&format!("/rounds/{round}/outcome"), json!({}))
        .await;
    assert_eq!(published.status, StatusCode::CREATED, "{}", published.json);
    let document = chair
        .get(&format!("/rounds/{round}/outcome/1.json"))
        .await
        .json
        .to_string();
    assert!(
        document.contains("Austria's e-mail in time.")
            && document.contains("Brazil's letter after the deadline.")
    );
    assert!(!document.contains("far too late"), "{document}");
    assert!(document.contains("\"source\":\"letter\""), "{document}");
    let html = browser
        .get(&format!("/rounds/{round}/outcome/1.html"))
        .await;
    let brazil_provenance = format!(
        "Entered by the Secretariat on behalf of Brazil, received by letter of {} (ref. L-77).",
        vienna_day(closes + SignedDuration::from_hours(1))
    );
    assert!(html.body.contains(&brazil_provenance), "{}", html.body);
    let csv = browser
        .get(&format!("/rounds/{round}/outcome/1.comments.csv"))
        .await;
    let table = crate::downloads::Table::read(csv.body.as_bytes());
    let late_reference = late.json["reference"].as_str().expect("reference");
    assert_eq!(
        table.cell("reference", late_reference, "intake_source"),
        "letter"
    );
    let docx = crate::helpers::fetch(&browser, &format!("/rounds/{round}/outcome/1.docx"))
        .await
        .2;
    let xml = crate::helpers::unzip(&docx, "word/document.xml");
    assert!(
        xml.contains("Entered by the Secretariat on behalf of Brazil"),
        "docx"
    );

    // After publication nothing changes except through a reopening.
    let after = chair
        .post(&path, enter(brazil_id, "Too late.", "email", closes))
        .await;
    assert_eq!(after.status, StatusCode::CONFLICT, "{}", after.json);
    assert_eq!(after.json["error"]["code"], "outcome_published");
    let include_after = chair
        .post(
            &format!("/rounds/{round}/comments/{left_out_id}/inclusion"),
            json!({"reason": reason}),
        )
        .await;
    assert_eq!(
        include_after.json["error"]["code"], "outcome_published",
        "{}",
        include_after.json
    );
    assert!(t.comment(left_out_id).await.held_back);
}

async fn intake_refusals_store_nothing(backend: Backend) {
    let t = TestApp::spawn(backend).await;
    let round = t.round_id;
    let path = format!("/rounds/{round}/comments");
    let austria_id = delegation_of(&t, AUSTRIA).await;
    let now = t.app.now();
    let body = |on_behalf_of: i64, received: Timestamp| {
        json!({"on_behalf_of": on_behalf_of, "kind": "support", "source": "email",
               "received_at": received.to_string()})
    };
    let before = t.comment_count().await;
    let chair = t.api(CHAIR).await;
    let cases = [
        (t.api(AUSTRIA).await.post(&path, body(austria_id, now)).await, "on_behalf_of"),
        (chair.post(&path, json!({"kind": "support"})).await, "on_behalf_of"),
        (chair.post(&path, body(999_999, now)).await, "on_behalf_of"),
        (
            chair.post(&path, body(austria_id, now + SignedDuration::from_hours(1))).await,
            "received_at",
        ),
        (
            chair
                .post(&path, json!({"on_behalf_of": austria_id, "kind": "support", "source": "email", "received_at": "yesterday"}))
                .await,
            "received_at",
        ),
        (
            chair
                .post(&path, json!({"on_behalf_of": austria_id, "kind": "support", "received_at": now.to_string()}))
                .await,
            "source",
        ),
    ];
    for (answer, field) in cases {
        assert_eq!(
            answer.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "{field}: {}",
            answer.json
        );
        assert_eq!(answer.json["error"]["field"], field, "{}", answer.json);
    }
    assert_eq!(t.comment_count().await, before);
    // A staff entry of a valid support statement is stored, once per Idempotency-Key.
    let stored = chair.post(&path, body(austria_id, now)).await;
    assert_eq!(stored.status, StatusCode::CREATED, "{}", stored.json);
    assert_eq!(t.comment_count().await, before + 1);
}
