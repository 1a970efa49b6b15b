//! The Chair's and the delegations' pages as their users found them: the Chair's navigation
//! bar, error summaries that name every field at once, the audit log in sentences, the
//! response monitor (who cannot sign in, the deadlines, the picture of the responses), a
//! confirmation before publishing e-mails everyone, the amendment form starting from the
//! draft, and the session's end in the venue's time as well as UTC.

use reqwest::StatusCode;
use scraper::Html;

use crate::both_backends;
use crate::downloads::recommendation_ids;
use crate::helpers::{AUSTRIA, Answer, Backend, CHAIR, TestApp, User, sel};
use jiff::SignedDuration;
use serde_json::json;

both_backends!(
    the_chairs_navigation_marks_the_current_page,
    error_summaries_name_every_field_at_once,
    publishing_asks_first_and_says_whom_it_emails,
    the_session_end_is_stated_in_venue_time_and_utc,
    the_response_monitor_separates_who_cannot_sign_in_and_draws_the_responses,
    amendments_start_from_the_draft_and_edit_and_withdraw_name_the_paragraph,
    the_audit_log_reads_as_sentences_with_the_record_one_click_away,
);

/// The venue's date `hours` after the round's deadline, as the date fields take it.
async fn venue_date_after_deadline(t: &TestApp, hours: i64) -> String {
    (t.closes_at().await + SignedDuration::from_hours(hours))
        .in_tz("Europe/Vienna")
        .expect("zone")
        .date()
        .to_string()
}

/// Sends the round desk's schedule form for `action` with `fields`; it must be accepted.
async fn change_schedule(chair: &User, desk: &str, action: &str, fields: &[(&str, &str)]) {
    let selector = format!("form:has(input[name='action'][value='{action}'])");
    let mut form = chair.get(desk).await.form(&selector);
    for (name, value) in fields {
        form = form.set(name, value);
    }
    let changed = chair.submit(&form).await;
    assert_eq!(changed.status, StatusCode::SEE_OTHER, "{}", changed.body);
}

/// Every summary link of a page with errors, as (target id, text); each target exists.
fn summary_links(page: &Answer) -> Vec<(String, String)> {
    let html = Html::parse_document(&page.body);
    let links: Vec<(String, String)> = html
        .select(&sel(".error-summary a"))
        .map(|a| {
            (
                a.value()
                    .attr("href")
                    .unwrap_or_default()
                    .trim_start_matches('#')
                    .to_string(),
                a.text().collect::<String>().trim().to_string(),
            )
        })
        .collect();
    for (id, text) in &links {
        let target = format!("[id='{id}']");
        assert!(
            html.select(&sel(&target)).next().is_some(),
            "the summary's link to #{id} ({text}) leads nowhere"
        );
    }
    links
}

async fn the_chairs_navigation_marks_the_current_page(backend: Backend) {
    let t = TestApp::spawn(backend).await;
    let chair = t.sign_in(CHAIR).await;
    let base = format!("/chair/rounds/{}", t.round_id);
    for tail in [
        "",
        "/responses",
        "/comments",
        "/consolidation",
        "/draft",
        "/delegations",
        "/settings",
        "/audit",
        "/mail",
    ] {
        let path = format!("{base}{tail}");
        let page = chair.get(&path).await;
        assert_eq!(page.status, StatusCode::OK, "{path}: {}", page.body);
        let html = Html::parse_document(&page.body);
        let nav = html
            .select(&sel("main nav.chair-nav"))
            .next()
            .unwrap_or_else(|| panic!("{path} has no navigation bar"));
        assert_eq!(nav.select(&sel("li a")).count(), 9, "{path}");
        let current: Vec<&str> = nav
            .select(&sel("a[aria-current='page']"))
            .filter_map(|a| a.value().attr("href"))
            .collect();
        assert_eq!(current, vec![path.as_str()], "{path}");
        // The bar comes before the page's heading.
        let main = html.select(&sel("main")).next().expect("main");
        let first = main
            .select(&sel("nav.chair-nav, h1"))
            .next()
            .expect("nav or h1");
        assert_eq!(first.value().name(), "nav", "{path}");
    }
    // A bar that wraps at 320 px, and marks the current page by more than colour.
    let css = chair.get("/static/app.css").await.body;
    assert!(
        css.contains(".chair-nav ul { display: flex; flex-wrap: wrap;"),
        "{css}"
    );
    assert!(css.contains(
        ".chair-nav a[aria-current] { color: var(--ink); font-weight: 700; border-block-end-color"
    ));
}

async fn error_summaries_name_every_field_at_once(backend: Backend) {
    let t = TestApp::spawn(backend).await;
    let chair = t.sign_in(CHAIR).await;

    // The new-round form with its four one-line fields empty: four errors, each naming its
    // field and linking to it.
    let form = chair
        .get("/chair/rounds/new")
        .await
        .form("form[action='/chair/rounds/new']");
    let refused = chair.submit(&form.set("action", "preview")).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.title().starts_with("Error:"), "{}", refused.title());
    let links = summary_links(&refused);
    let texts: Vec<&str> = links.iter().map(|(_, text)| text.as_str()).collect();
    for named in [
        "Body: Enter a value",
        "Meeting: Enter a value",
        "Title of the round: Enter a value",
        "Reference prefix of receipts: Enter a value",
    ] {
        assert!(texts.contains(&named), "{named} in {texts:?}");
    }
    let ids: Vec<&str> = links.iter().map(|(id, _)| id.as_str()).collect();
    for id in ["body", "meeting", "title", "reference-prefix"] {
        assert!(ids.contains(&id), "{id} in {ids:?}");
    }
    // The fields say it too, next to them, and keep what was typed elsewhere.
    assert_eq!(refused.texts("#body-error"), vec!["Enter a value"]);

    // An extension with neither a readable deadline nor a reason: both problems at once.
    let deadline = t.closes_at().await;
    let desk = format!("/chair/rounds/{}", t.round_id);
    let overview = chair.get(&desk).await;
    let extend = overview
        .form("form:has(input[name='action'][value='extend'])")
        .set("closes_date", "")
        .set("reason", "");
    let refused = chair.submit(&extend).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    let links = summary_links(&refused);
    let texts: Vec<&str> = links.iter().map(|(_, text)| text.as_str()).collect();
    assert_eq!(links.len(), 2, "{texts:?}");
    assert!(texts[0].starts_with("New deadline: "), "{texts:?}");
    assert_eq!(
        texts[1], "Reason: Give a reason for this change",
        "{texts:?}"
    );

    // A deadline in the past and no reason: the rules' verdict on the date joins the reason's.
    let past = (t.app.now() - SignedDuration::from_hours(48))
        .in_tz("Europe/Vienna")
        .expect("zone")
        .date()
        .to_string();
    let refused = chair
        .submit(
            &extend
                .clone()
                .set("closes_date", &past)
                .set("closes_time", "18:00"),
        )
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    let links = summary_links(&refused);
    let texts: Vec<&str> = links.iter().map(|(_, text)| text.as_str()).collect();
    assert_eq!(
        texts,
        vec![
            "Reason: Give a reason for this change",
            "New deadline: The new deadline must be in the future",
        ]
    );
    assert_eq!(
        refused.texts("#closes-date-extend-error"),
        vec!["The new deadline must be in the future"]
    );
    // Nothing changed.
    assert_eq!(t.closes_at().await, deadline);
}

async fn publishing_asks_first_and_says_whom_it_emails(backend: Backend) {
    let t = TestApp::spawn(backend).await;
    t.clock
        .set(t.closes_at().await + SignedDuration::from_secs(60));
    let chair = t.sign_in(CHAIR).await;
    let api = t.api(CHAIR).await;
    for id in recommendation_ids(&api, &t).await {
        let saved = api
            .put(
                &format!("/rounds/{}/dispositions/{id}", t.round_id),
                json!({"decision": "retained"}),
            )
            .await;
        assert_eq!(saved.status, StatusCode::OK, "{}", saved.json);
    }
    let overview = chair
        .get(&format!("/chair/rounds/{}/consolidation", t.round_id))
        .await;
    let asked = chair
        .submit(&overview.form("form[action$='/consolidation/publish']"))
        .await;
    assert_eq!(asked.status, StatusCode::OK, "{}", asked.body);
    assert_eq!(asked.title(), "Publish version 1 of the outcome? – redraft");
    // It says it e-mails every focal point, how many, and who is left out.
    let said = asked.texts("main p strong").join(" ");
    assert!(
        said.contains("It also e-mails the announcement to every focal point of the round"),
        "{said}"
    );
    let people: i64 = said
        .split("language: ")
        .nth(1)
        .and_then(|s| s.split(' ').next())
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("a number of people in {said}"));
    assert!(people >= 5, "{said}");
    let unreachable = asked.texts("#unreachable + ul li");
    assert!(
        !unreachable.is_empty(),
        "the demo has delegations without a focal point"
    );
    assert!(
        !unreachable.iter().any(|n| n == "Austria"),
        "{unreachable:?}"
    );
    // Nothing is published or sent until the Chair confirms.
    let latest = format!("/rounds/{}/outcome/latest.json", t.round_id);
    assert_eq!(chair.get(&latest).await.status, StatusCode::NOT_FOUND);
    t.settle_mail().await;
    let outcome_mails = || {
        t.mails_to(AUSTRIA)
            .into_iter()
            .filter(|m| m.subject.starts_with("Outcome published"))
            .count()
    };
    assert_eq!(outcome_mails(), 0);
    let published = chair
        .submit(&asked.form("form[action$='/consolidation/publish']"))
        .await;
    assert_eq!(
        published.status,
        StatusCode::SEE_OTHER,
        "{}",
        published.body
    );
    assert_eq!(chair.get(&latest).await.status, StatusCode::OK);
    t.settle_mail().await;
    assert_eq!(outcome_mails(), 1);
    // A second publication asks again, for version 2.
    let overview = chair
        .get(&format!("/chair/rounds/{}/consolidation", t.round_id))
        .await;
    let asked = chair
        .submit(&overview.form("form[action$='/consolidation/publish']"))
        .await;
    assert_eq!(asked.title(), "Publish version 2 of the outcome? – redraft");
    // In French, the question is French.
    let choose = asked.form("form[action='/language']").set("lang", "fr");
    assert_eq!(chair.submit(&choose).await.status, StatusCode::SEE_OTHER);
    let asked = chair
        .submit(&overview.form("form[action$='/consolidation/publish']"))
        .await;
    assert_eq!(
        asked.title(),
        "Publier la version 2 du document final ? – redraft"
    );
}

async fn the_session_end_is_stated_in_venue_time_and_utc(backend: Backend) {
    let t = TestApp::spawn(backend).await;
    let austria = t.sign_in(AUSTRIA).await;
    let chair = t.sign_in(CHAIR).await;
    let session_note = |page: &Answer| page.texts(".site-header .who .hint").join(" ");
    for (user, path) in [
        (&austria, t.round_path()),
        (&austria, format!("{}/our-comments", t.round_path())),
        (&chair, format!("/chair/rounds/{}", t.round_id)),
        (&chair, format!("/chair/rounds/{}/responses", t.round_id)),
        (&chair, format!("/chair/rounds/{}/comments", t.round_id)),
        (&chair, format!("/chair/rounds/{}/draft", t.round_id)),
        (&chair, format!("/chair/rounds/{}/delegations", t.round_id)),
        (&chair, format!("/chair/rounds/{}/audit", t.round_id)),
        (&chair, format!("/chair/rounds/{}/mail", t.round_id)),
    ] {
        let page = user.get(&path).await;
        let note = session_note(&page);
        assert!(
            note.starts_with("Without activity, your session ends at ")
                && note.contains("(Vienna, UTC+")
                && note.ends_with(" UTC)."),
            "{path}: {note}"
        );
    }
    // Where no round is concerned, in UTC alone.
    let home = session_note(&austria.get("/").await);
    assert!(
        home.ends_with(" UTC.") && !home.contains("Vienna"),
        "{home}"
    );
}

async fn the_response_monitor_separates_who_cannot_sign_in_and_draws_the_responses(
    backend: Backend,
) {
    let t = TestApp::spawn(backend).await;
    let austria = t.sign_in(AUSTRIA).await;
    let chair = t.sign_in(CHAIR).await;
    let saved = austria
        .remark_on(&t.round_path(), "1", "Austria supports this.")
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    // Brazil gets an individual deadline two days after the round's.
    let desk = format!("/chair/rounds/{}", t.round_id);
    let overview = chair.get(&desk).await;
    let brazil = overview
        .html()
        .select(&sel("select[name='delegation_id'] option"))
        .find(|o| o.text().collect::<String>() == "Brazil")
        .and_then(|o| o.value().attr("value").map(str::to_string))
        .expect("Brazil among the delegations");
    let later = venue_date_after_deadline(&t, 48).await;
    let fields = [
        ("delegation_id", brazil.as_str()),
        ("closes_date", later.as_str()),
        ("closes_time", "12:00"),
        ("reason", "Asked for by Brazil."),
    ];
    change_schedule(&chair, &desk, "extend-delegation", &fields).await;

    let page = chair.get(&format!("{desk}/responses")).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    // The deadlines: the round's, in venue time and UTC, and the individual one.
    let deadline = page.texts("dl.deadline dd").join(" ");
    assert!(
        deadline.contains("18:00 on")
            && deadline.contains("Vienna time (")
            && deadline.contains(" UTC"),
        "{deadline}"
    );
    assert!(deadline.contains("12:00 on"), "the last window: {deadline}");
    let individual = page.texts("#individual-deadlines + ul li").join(" ");
    assert!(
        individual.starts_with("Brazil: Can still write until 12:00 on"),
        "{individual}"
    );
    // Who can respond, and apart, who cannot sign in at all.
    let reachable = page.texts("table.responses tbody th bdi");
    let unreachable = page.texts("table.unreachable tbody th bdi");
    for name in ["Austria", "Brazil", "Japan", "Nigeria"] {
        assert!(
            reachable.iter().any(|n| n == name),
            "{name} in {reachable:?}"
        );
        assert!(
            !unreachable.iter().any(|n| n == name),
            "{name} in {unreachable:?}"
        );
    }
    assert!(!unreachable.is_empty());
    let counts = page.texts("p.counts").join(" ");
    let invited = reachable.len() + unreachable.len();
    assert!(
        counts.contains(&format!("Delegations invited: {invited}"))
            && counts.contains("Responded: 1")
            && counts.contains(&format!("Not yet responded: {}", reachable.len() - 1))
            && counts.contains(&format!(
                "No focal point who can sign in: {}",
                unreachable.len()
            )),
        "{counts}"
    );
    // The picture: an image with its title and description, one line per category present and
    // one for all, a legend, and the same figures as a table.
    let html = page.html();
    let svg = html
        .select(&sel("figure.chart svg[role='img']"))
        .next()
        .expect("the picture");
    assert_eq!(svg.value().attr("aria-labelledby"), Some("chart-title"));
    let description = page.texts("svg desc#chart-desc").join(" ");
    assert!(
        description.contains(&format!(": 1 of {invited} in all.")),
        "{description}"
    );
    assert!(page.texts("svg title#chart-title")[0].contains("by category"));
    let lines = svg.select(&sel("polyline")).count();
    let legend = page.texts(".chart-legend li");
    assert_eq!(lines, legend.len(), "{legend:?}");
    assert!(
        legend.iter().any(|l| l.starts_with("Party: 1 of ")),
        "{legend:?}"
    );
    assert_eq!(
        legend.last().map(String::as_str),
        Some(format!("All delegations: 1 of {invited}").as_str())
    );
    let last_row = page.texts(".chart-figures tbody tr td");
    assert_eq!(
        last_row.last().map(String::as_str),
        Some("1"),
        "{last_row:?}"
    );
    // Drawn by the server: the picture needs no script (the page's only one is the session
    // warning's, shared by every page).
    let chart = html
        .select(&sel("figure.chart"))
        .next()
        .expect("the chart")
        .html();
    assert!(!chart.contains("<script"), "a script in the chart: {chart}");
    assert_eq!(
        html.select(&sel("script")).count(),
        html.select(&sel("script[src='/static/session.js']"))
            .count(),
        "no script but the session warning's"
    );
    // The filter keeps the other parts.
    let filtered = chair
        .get(&format!("{desk}/responses?filter=not-responded"))
        .await;
    let shown = filtered.texts("table.responses tbody th bdi");
    assert!(!shown.iter().any(|n| n == "Austria"), "{shown:?}");
    assert_eq!(shown.len(), reachable.len() - 1);
}

/// The draft text of the recommendation labelled `label` on a round page.
fn draft_text(page: &Answer, label: &str) -> String {
    let html = page.html();
    html.select(&sel("section.recommendation"))
        .find(|s| {
            s.select(&sel("h3 bdi"))
                .next()
                .is_some_and(|b| b.text().collect::<String>() == label)
        })
        .and_then(|s| s.select(&sel(".draft-text")).next())
        .map(|p| p.text().collect::<String>())
        .expect("the recommendation's text")
}

async fn amendments_start_from_the_draft_and_edit_and_withdraw_name_the_paragraph(
    backend: Backend,
) {
    let t = TestApp::spawn(backend).await;
    let austria = t.sign_in(AUSTRIA).await;
    let round = austria.get(&t.round_path()).await;
    let draft = draft_text(&round, "2");
    // The amendment's proposed text starts as the paragraph reads.
    let form = round.recommendation_form("2");
    assert_eq!(form.get("proposed_text"), Some(draft.as_str()));
    // A remark sent from that form keeps no proposed text.
    let saved = austria
        .submit(&form.clone().set("kind", "remark").set("text", "A remark."))
        .await;
    let remark = crate::helpers::saved_comment_id(&saved);
    assert_eq!(t.comment(remark).await.proposed_text, None);
    // An amendment left as drafted proposes nothing: it is refused, nothing is stored, and
    // the form comes back as sent.
    let before = t.comment_count().await;
    let refused = austria
        .submit(&form.clone().set("kind", "amendment").set("text", ""))
        .await;
    assert_eq!(
        refused.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{}",
        refused.body
    );
    assert_eq!(
        refused.texts(".error-summary a"),
        vec![
            "The proposed text is the same as the draft: change it to read as you propose, or choose another kind of comment"
        ]
    );
    assert_eq!(t.comment_count().await, before);
    // An amendment changes the text it starts from.
    let amended = format!("{draft} Amended.");
    let saved = austria
        .submit(
            &form
                .set("kind", "amendment")
                .set("text", "")
                .set("proposed_text", &amended),
        )
        .await;
    let amendment = crate::helpers::saved_comment_id(&saved);
    assert_eq!(
        t.comment(amendment).await.proposed_text.as_deref(),
        Some(amended.as_str())
    );
    // The edit page shows the paragraph being amended; a remark's edit form starts its
    // proposed text from it too.
    for (comment, proposed) in [(amendment, amended.as_str()), (remark, draft.as_str())] {
        let edit = austria.get(&format!("/comments/{comment}/edit")).await;
        assert_eq!(edit.status, StatusCode::OK, "{}", edit.body);
        assert_eq!(edit.texts(".paragraph strong"), vec!["Recommendation 2"]);
        assert_eq!(edit.texts(".paragraph blockquote"), vec![draft.clone()]);
        assert_eq!(
            edit.form("form[action$='/edit']").get("proposed_text"),
            Some(proposed)
        );
    }
    // The withdraw page names the recommendation.
    let withdraw = austria
        .get(&format!("/comments/{amendment}/withdraw"))
        .await;
    assert_eq!(
        withdraw.texts(".paragraph strong"),
        vec!["Recommendation 2"]
    );
    assert_eq!(withdraw.texts(".paragraph blockquote"), vec![draft.clone()]);
    // On a phone the header and the round's heading are compact.
    let css = austria.get("/static/app.css").await.body;
    let phone = css
        .split("@media (max-width: 40rem) {\n  body")
        .nth(1)
        .expect("the phone rules");
    for rule in [
        ".site-header { padding-block: 0.25rem;",
        "h1 { font-size: 1.5rem;",
        "dl.deadline { grid-template-columns: 1fr;",
    ] {
        assert!(phone.contains(rule), "{rule}");
    }
}

async fn the_audit_log_reads_as_sentences_with_the_record_one_click_away(backend: Backend) {
    let t = TestApp::spawn(backend).await;
    let austria = t.sign_in(AUSTRIA).await;
    let chair = t.sign_in(CHAIR).await;
    let saved = austria
        .remark_on(&t.round_path(), "1", "Austria supports this.")
        .await;
    let comment = crate::helpers::saved_comment_id(&saved);
    let reference = t.comment(comment).await.reference;
    let edited = austria
        .submit(
            &austria
                .edit_form(comment)
                .await
                .set("text", "Austria supports it."),
        )
        .await;
    assert_eq!(edited.status, StatusCode::SEE_OTHER, "{}", edited.body);
    let withdrawn = austria.submit(&austria.withdraw_form(comment).await).await;
    assert_eq!(
        withdrawn.status,
        StatusCode::SEE_OTHER,
        "{}",
        withdrawn.body
    );
    let desk = format!("/chair/rounds/{}", t.round_id);
    let later = venue_date_after_deadline(&t, 24).await;
    let fields = [
        ("closes_date", later.as_str()),
        ("closes_time", "18:00"),
        ("reason", "Agreed by the Working Group."),
    ];
    change_schedule(&chair, &desk, "extend", &fields).await;

    let audit = chair.get(&format!("{desk}/audit")).await;
    assert_eq!(audit.status, StatusCode::OK, "{}", audit.body);
    let sentences = audit.texts("tbody .audit-sentence");
    for expected in [
        format!("Austria submitted comment {reference} on recommendation 1."),
        format!("Austria edited comment {reference} on recommendation 1 (version 2)."),
        format!("Austria withdrew comment {reference} on recommendation 1."),
    ] {
        assert!(sentences.contains(&expected), "{expected} in {sentences:?}");
    }
    let extension = sentences
        .iter()
        .find(|s| s.contains("extended the deadline to"))
        .unwrap_or_else(|| panic!("the extension in {sentences:?}"));
    assert!(
        extension.contains("18:00 on")
            && extension.contains("Vienna time (")
            && extension.ends_with("Reason: Agreed by the Working Group."),
        "{extension}"
    );
    assert!(!sentences.iter().any(|s| s.contains('_')), "{sentences:?}");
    // The filter names the actions too.
    let options = audit.texts("select#action option");
    assert!(
        options.contains(&"Comment edited".to_string())
            && options.contains(&"Deadline extended".to_string()),
        "{options:?}"
    );
    // The record as stored is one click away, under each sentence.
    let html = audit.html();
    let rows: Vec<_> = html.select(&sel("tbody tr")).collect();
    assert_eq!(rows.len(), sentences.len());
    for row in &rows {
        let record = row
            .select(&sel("details.audit-record"))
            .next()
            .expect("the record under the sentence");
        assert!(record.select(&sel("summary")).next().is_some());
    }
    let records = audit.texts("details.audit-record").join("\n");
    assert!(records.contains("comment_edited"), "{records}");
    assert!(
        records.contains("\"text\":\"Austria supports it.\""),
        "{records}"
    );
    assert!(records.contains(AUSTRIA), "{records}");
    // The export keeps the record, with the sentence beside it (in English, a data file).
    let csv = chair.get(&format!("{desk}/audit.csv")).await.body;
    let header = csv
        .lines()
        .next()
        .unwrap_or_default()
        .trim_start_matches('\u{feff}');
    assert!(
        header.starts_with("at_utc,event,actor,delegation,action"),
        "{header}"
    );
    assert!(
        csv.contains(&format!(
            "Austria edited comment {reference} on recommendation 1 (version 2)."
        )),
        "{csv}"
    );
    assert!(csv.contains("comment_edited"), "{csv}");
    // In French, the same events in French.
    let choose = chair
        .get(&format!("{desk}/audit"))
        .await
        .form("form[action='/language']")
        .set("lang", "fr");
    let answer = chair.submit(&choose).await;
    assert_eq!(answer.status, StatusCode::SEE_OTHER, "{}", answer.body);
    let french = chair
        .get(&format!("{desk}/audit"))
        .await
        .texts("tbody .audit-sentence");
    let expected = format!(
        "Austria a modifié le commentaire {reference} sur la recommandation 1 (version 2)."
    );
    assert!(french.contains(&expected), "{expected} in {french:?}");
}
