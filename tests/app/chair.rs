//! A whole round run from the Chair's pages: set up, draft, delegations, opening, comments
//! from two delegations, an extension for one, closing, exports and the audit log.

use jiff::{SignedDuration, Timestamp};
use reqwest::StatusCode;

use crate::both_backends;
use crate::helpers::{AUSTRIA, Backend, CHAIR, TestApp, User, saved_comment_id};
use redraft::domain::Clock;

both_backends!(
    a_round_run_from_the_chairs_pages,
    round_times_in_a_dst_gap_or_overlap_are_flagged,
    delegates_see_extensions_on_the_round_page,
    a_replaced_draft_is_what_the_round_page_shows,
);

const DRAFT: &str = "agenda_item,agenda_title,label,text\n\
2,Illicit manufacturing of firearms,1,States parties should consider marking firearms at manufacture.\n\
2,Illicit manufacturing of firearms,2,States parties should consider keeping records for twenty years.\n\
3,International cooperation,3,States parties should consider designating a national focal point.\n";

const DELEGATIONS: &str = "name,category,focal_point_emails\n\
Argentina,party,focal@argentina.example.org\n\
Bolivia,party,focal@bolivia.example.org;deputy@bolivia.example.org\n\
Chile,party,focal@chile.example.org\n";

/// The venue-local date of an instant, as the date field wants it.
fn vienna_date(at: Timestamp) -> String {
    at.in_tz("Europe/Vienna").expect("zone").date().to_string()
}

async fn create_round(t: &TestApp, chair: &User) -> i64 {
    let now = t.app.now();
    let page = chair.get("/chair/rounds/new").await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    let form = page
        .form("form[action='/chair/rounds/new']")
        .set("body", "Working Group on Firearms")
        .set("meeting", "Eighth meeting")
        .set("title", "Comments on the draft recommendations")
        .set("reference_prefix", "WG-FA-2026/C")
        .set("time_zone", "Europe/Vienna")
        .set(
            "opens_date",
            &vienna_date(now + SignedDuration::from_hours(48)),
        )
        .set("opens_time", "09:00")
        .set(
            "closes_date",
            &vienna_date(now + SignedDuration::from_hours(24 * 10)),
        )
        .set("closes_time", "18:00")
        .set("visibility", "private")
        .set("instructions", "Comment on each recommendation.");
    let preview = chair.submit(&form.clone().set("action", "preview")).await;
    assert_eq!(preview.status, StatusCode::OK, "{}", preview.body);
    let shown = preview.texts("[role=status]").join(" ");
    assert!(
        shown.contains("18:00 on") && shown.contains("Vienna time (") && shown.contains("UTC"),
        "{shown}"
    );
    let saved = chair
        .submit(
            &preview
                .form("form[action='/chair/rounds/new']")
                .set("action", "save"),
        )
        .await;
    saved.created_round_id()
}

/// Moves the test's clock on to the next noon in Vienna. A round created "two days from now,
/// 09:00 Vienna time" and then a clock moved on by 49 hours land before the opening whenever the
/// test starts before 08:00 in Vienna (23:00–07:00 UTC in winter): the test depended on the hour
/// it ran.
fn at_noon_in_vienna(t: &TestApp) {
    let now = t.app.now().in_tz("Europe/Vienna").expect("zone");
    let noon = now
        .with()
        .hour(12)
        .minute(0)
        .second(0)
        .subsec_nanosecond(0)
        .build()
        .expect("noon");
    let noon = if noon < now {
        noon.checked_add(jiff::Span::new().days(1))
            .expect("next noon")
    } else {
        noon
    };
    t.clock.set(noon.timestamp());
}

async fn a_round_run_from_the_chairs_pages(backend: Backend) {
    let t = TestApp::spawn(backend).await;
    at_noon_in_vienna(&t);
    let chair = t.sign_in(CHAIR).await;
    let round_id = create_round(&t, &chair).await;
    let base = format!("/chair/rounds/{round_id}");

    // Draft: preview, then save.
    let page = chair.get(&format!("{base}/draft")).await;
    let form = page
        .form("form[enctype='multipart/form-data']")
        .set("format", "csv")
        .set("content", DRAFT);
    let preview = chair
        .submit_multipart(&form.clone().set("action", "preview"), None)
        .await;
    assert_eq!(preview.status, StatusCode::OK, "{}", preview.body);
    assert_eq!(
        preview.texts("form tbody tr").len(),
        3,
        "the preview lists the three paragraphs"
    );
    let saved = chair
        .submit_multipart(&form.set("action", "save"), None)
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    let page = chair.get(&format!("{base}/draft")).await;
    assert!(
        page.body
            .contains("States parties should consider keeping records for twenty years.")
    );

    // Delegations from a CSV file.
    let imported = chair.import_delegations_file(&base, DELEGATIONS).await;
    assert_eq!(imported.status, StatusCode::OK, "{}", imported.body);
    assert!(
        imported
            .body
            .contains("Imported 3 rows: one new delegation, 4 new focal points."),
        "{}",
        imported.body
    );

    // Argentina and Chile took part in the demo meeting: the same delegations, now in this round.
    let responses = chair.get(&format!("{base}/responses")).await;
    assert_eq!(
        responses.texts("table.responses tbody th"),
        vec!["Argentina", "Bolivia", "Chile"]
    );

    // The round opens: delegations comment.
    t.clock.advance(SignedDuration::from_hours(49));
    // Two days later the Chair's session has ended (8 hours idle): sign in again.
    let chair = t.sign_in(CHAIR).await;
    let round_path = format!("/rounds/{round_id}");
    let argentina = t.sign_in("focal@argentina.example.org").await;
    let bolivia = t.sign_in("deputy@bolivia.example.org").await;
    let mut on_time = Vec::new();
    for (user, text) in [
        (&argentina, "Argentina supports marking."),
        (&bolivia, "Bolivia proposes ten years."),
    ] {
        let answer = user.remark_on(&round_path, "1", text).await;
        assert_eq!(answer.status, StatusCode::SEE_OTHER, "{}", answer.body);
        on_time.push(saved_comment_id(&answer));
    }
    let receipt = argentina
        .follow(
            &argentina
                .comment_on(&round_path, "2", "support", "", "")
                .await,
        )
        .await;
    assert!(
        receipt.body.contains("WG-FA-2026/C/0003"),
        "receipts use the round's prefix"
    );

    // Responses: 2 of 3; the filter lists Chile only.
    let responses = chair.get(&format!("{base}/responses")).await;
    assert!(
        responses.body.contains("Delegations invited: 3"),
        "{}",
        responses.body
    );
    assert!(responses.body.contains("Responded: 2"));
    let pending = chair
        .get(&format!("{base}/responses?filter=not-responded"))
        .await;
    assert_eq!(pending.texts("table.responses tbody th"), vec!["Chile"]);

    // Close the round early, then extend it for Bolivia only (closing early ends every window,
    // so an extension that is to outlast it is granted after it).
    let argentina_form = argentina
        .comment_form(&round_path, "3", "remark", "Too late.")
        .await;
    let overview = chair.get(&base).await;
    let no_reason = chair
        .submit(&overview.form("form:has(input[name='action'][value='close'])"))
        .await;
    assert_eq!(
        no_reason.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "a reason is required"
    );
    assert!(no_reason.body.contains("Give a reason for this change"));
    let close = overview
        .form("form:has(input[name='action'][value='close'])")
        .set(
            "reason",
            "The Working Group agreed to close the round early.",
        );
    let confirm = chair.submit(&close).await;
    assert_eq!(confirm.status, StatusCode::OK, "{}", confirm.body);
    assert!(confirm.body.contains("No individual extension is running."));
    let confirmed = chair
        .submit(&confirm.form("form[action$='/schedule']"))
        .await;
    assert_eq!(
        confirmed.status,
        StatusCode::SEE_OTHER,
        "{}",
        confirmed.body
    );
    let overview = chair.get(&base).await;
    let bolivia_id = overview
        .html()
        .select(&crate::helpers::sel(
            "#delegation-id-extend-delegation option",
        ))
        .find(|o| o.text().collect::<String>() == "Bolivia")
        .and_then(|o| o.value().attr("value").map(str::to_string))
        .expect("Bolivia in the list");
    let extend = overview
        .form("form:has(input[name='action'][value='extend-delegation'])")
        .set("delegation_id", &bolivia_id)
        .set(
            "closes_date",
            &vienna_date(t.app.now() + SignedDuration::from_hours(24 * 20)),
        )
        .set("closes_time", "12:00")
        .set(
            "reason",
            "Bolivia asked for more time; agreed by the Bureau.",
        );
    let answer = chair.submit(&extend).await;
    assert_eq!(answer.status, StatusCode::SEE_OTHER, "{}", answer.body);
    let overview = chair.get(&base).await;
    let history = overview.texts("ol.history li").join(" | ");
    assert!(
        history.contains("Deadline extended for one delegation") && history.contains("Bolivia"),
        "{history}"
    );
    assert!(history.contains("Round closed early"), "{history}");

    // Argentina is refused; Bolivia, under its extension, gets in, marked late.
    let refused = argentina.submit(&argentina_form).await;
    assert_eq!(refused.status, StatusCode::CONFLICT);
    assert!(
        argentina
            .get(&round_path)
            .await
            .texts("form[action$='/comments']")
            .is_empty()
    );
    let late = bolivia
        .remark_on(&round_path, "3", "Bolivia's late comment.")
        .await;
    assert_eq!(late.status, StatusCode::SEE_OTHER, "{}", late.body);
    let bolivia_page = bolivia.follow(&late).await;
    assert!(bolivia_page.recommendation_text("3").contains("Late"));
    // Its comment made in time, changed under the extension, is marked late from then on.
    let edit = bolivia
        .edit_form(on_time[1])
        .await
        .set("text", "Bolivia proposes twelve years.");
    assert_eq!(bolivia.submit(&edit).await.status, StatusCode::SEE_OTHER);

    // Export: one row per comment, with the late one marked.
    let csv = chair.get(&format!("{base}/comments.csv")).await;
    assert_eq!(csv.status, StatusCode::OK);
    let mut reader = csv::Reader::from_reader(csv.body.as_bytes());
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.expect("row")).collect();
    assert_eq!(rows.len(), 4);
    let headers = reader.headers().expect("headers").clone();
    let col = |name: &str| headers.iter().position(|h| h == name).expect("column");
    let late_row = rows
        .iter()
        .find(|r| &r[col("text")] == "Bolivia's late comment.")
        .expect("late row");
    assert_eq!(&late_row[col("late")], "yes");
    assert_eq!(&late_row[col("delegation")], "Bolivia");
    assert_eq!(&late_row[col("recommendation")], "3");
    assert!(late_row[col("submitted_at_venue")].contains("(Vienna, UTC+0"));
    let changed_late = rows
        .iter()
        .find(|r| &r[col("text")] == "Bolivia proposes twelve years.")
        .expect("edited row");
    assert_eq!(&changed_late[col("late")], "yes");
    let argentina_row = rows
        .iter()
        .find(|r| &r[col("text")] == "Argentina supports marking.")
        .expect("on-time row");
    assert_eq!(&argentina_row[col("late")], "no");

    // The audit log, filtered, and as CSV.
    let audit = chair
        .get(&format!("{base}/audit?action=closed_early"))
        .await;
    assert_eq!(audit.texts("tbody tr").len(), 1);
    let audit_csv = chair.get(&format!("{base}/audit.csv")).await;
    for action in [
        "round_created",
        "draft_loaded",
        "delegations_imported",
        "extended_for_delegation",
        "closed_early",
        "comment_submitted",
    ] {
        assert!(
            audit_csv.body.contains(action),
            "{action} is in the audit log"
        );
    }
    assert!(
        audit_csv.body.contains(CHAIR),
        "actions are attributed to the person"
    );

    // By delegation: Argentina's comments, with the draft text next to them.
    let by_delegation = chair.get(&format!("{base}/comments?by=delegation")).await;
    let headings = by_delegation.texts("main h2");
    assert!(headings.iter().any(|h| h == "Argentina") && headings.iter().any(|h| h == "Bolivia"));
}

async fn round_times_in_a_dst_gap_or_overlap_are_flagged(backend: Backend) {
    let t = TestApp::spawn(backend).await;
    let chair = t.sign_in(CHAIR).await;
    let form = chair
        .get("/chair/rounds/new")
        .await
        .form("form[action='/chair/rounds/new']")
        .set("body", "Working Group on Firearms")
        .set("meeting", "Eighth meeting")
        .set("title", "Round in the spring")
        .set("reference_prefix", "WG-FA-2027/C")
        .set("time_zone", "Europe/Vienna")
        .set("opens_date", "2027-03-01")
        .set("opens_time", "09:00")
        .set("closes_date", "2027-03-28")
        .set("closes_time", "02:30")
        .set("action", "preview");
    let gap = chair.submit(&form).await;
    assert_eq!(gap.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        gap.body.contains("does not exist in the venue"),
        "a time skipped by the clocks is refused"
    );

    let overlap = chair
        .submit(&form.clone().set("closes_date", "2027-10-31"))
        .await;
    assert_eq!(overlap.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(overlap.body.contains("occurs twice"));
    let confirmed = chair
        .submit(
            &form
                .set("closes_date", "2027-10-31")
                .set("confirm_ambiguous", "yes"),
        )
        .await;
    assert_eq!(confirmed.status, StatusCode::OK, "{}", confirmed.body);
    let shown = confirmed.texts("[role=status]").join(" ");
    assert!(
        shown.contains("02:30 on Sunday 31 October 2027, Vienna time (CEST, UTC+02:00)"),
        "{shown}"
    );
    assert!(
        shown.contains("Sunday 31 October 2027, 00:30 UTC"),
        "{shown}"
    );
}

async fn delegates_see_extensions_on_the_round_page(backend: Backend) {
    let t = TestApp::spawn(backend).await;
    let chair = t.sign_in(CHAIR).await;
    let overview = chair.get(&format!("/chair/rounds/{}", t.round_id)).await;
    let closes_at = t.closes_at().await;
    let new = closes_at + SignedDuration::from_hours(24 * 7);
    let extend = overview
        .form("form:has(input[name='action'][value='extend'])")
        .set("closes_date", &vienna_date(new))
        .set("closes_time", "18:00")
        .set("reason", "Requested by several delegations at the plenary.");
    assert_eq!(chair.submit(&extend).await.status, StatusCode::SEE_OTHER);
    let austria = t.sign_in(crate::helpers::AUSTRIA).await;
    let page = austria.get(&t.round_path()).await;
    let history = page.texts("ol.history li").join(" ");
    assert!(
        history.contains("Deadline extended")
            && history.contains("Requested by several delegations"),
        "{history}"
    );
    assert!(page.texts("dl.deadline dd").join(" ").contains("18:00 on "));
    assert_eq!(
        t.closes_at().await.as_second() - closes_at.as_second(),
        7 * 24 * 3600
    );

    // An extension into the past is refused and changes nothing.
    let overview = chair.get(&format!("/chair/rounds/{}", t.round_id)).await;
    let back = overview
        .form("form:has(input[name='action'][value='extend'])")
        .set(
            "closes_date",
            &vienna_date(t.app.now() - SignedDuration::from_hours(48)),
        )
        .set("closes_time", "18:00")
        .set("reason", "Mistake.");
    let refused = chair.submit(&back).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        refused
            .body
            .contains("The new deadline must be in the future")
    );
    assert_eq!(
        t.closes_at().await.as_second() - closes_at.as_second(),
        7 * 24 * 3600
    );
}

/// The server remembers each round's draft for the round page; a draft replaced before the
/// round opens is what the page shows afterwards, never the remembered one.
async fn a_replaced_draft_is_what_the_round_page_shows(backend: Backend) {
    let t = TestApp::spawn(backend).await;
    let austria = t.sign_in(AUSTRIA).await;
    let before = austria.get(&t.round_path()).await;
    assert_eq!(before.status, StatusCode::OK);
    let labels = before.texts(".recommendation h3 bdi");
    assert!(labels.len() > 3, "{labels:?}");

    let now = t.clock.now();
    let opens_at = t.schedule().await.opens_at;
    t.clock.set(opens_at - SignedDuration::from_hours(1));
    let chair = t.api(CHAIR).await;
    let replaced = chair
        .put(
            &format!("/rounds/{}/recommendations", t.round_id),
            serde_json::json!([
                {"agenda_item": "2", "agenda_title": "Non-punishment", "label": "1", "text": "A first paragraph, replaced."},
                {"agenda_item": "2", "agenda_title": "Non-punishment", "label": "2", "text": "A second paragraph, replaced."}
            ]),
        )
        .await;
    assert_eq!(replaced.status, StatusCode::OK, "{}", replaced.json);
    t.clock.set(now);

    let after = austria.get(&t.round_path()).await;
    assert_eq!(after.status, StatusCode::OK);
    assert_eq!(after.texts(".recommendation h3 bdi"), ["1", "2"]);
    assert!(after.body.contains("A first paragraph, replaced."));
    assert!(after.body.contains("A second paragraph, replaced."));
}
