//! The silence procedure through the real server: the Chair puts a text under silence from the
//! new-round form; delegations break silence (statement, optional amendments, a confirmation
//! step), withdraw, or, if their category may not break it, send a statement that is recorded;
//! the server decides the result once at the deadline and tells the Chair and every focal
//! point.

use jiff::{SignedDuration, Timestamp};
use reqwest::StatusCode;

use crate::both_backends;
use crate::helpers::{Answer, Backend, CHAIR, TestApp, User, postgres_url};

both_backends!(
    a_silence_round_without_a_break_is_adopted,
    a_party_breaks_silence,
    only_an_observer_objects_and_the_text_is_adopted,
    a_break_one_second_after_the_deadline_is_refused_and_not_counted,
    a_break_withdrawn_before_the_deadline_leaves_the_text_adopted,
    the_api_breaks_and_withdraws_silence,
    an_ended_silence_round_is_not_reopened,
    a_running_silence_round_is_not_closed_early,
);

const DRAFT: &str = "agenda_item,agenda_title,label,text\n\
2,Illicit manufacturing of firearms,1,States parties should consider marking firearms at manufacture.\n\
2,Illicit manufacturing of firearms,2,States parties should consider keeping records for twenty years.\n";

const DELEGATIONS: &str = "name,category,focal_point_emails\n\
Argentina,party,focal@argentina.example.org\n\
Bolivia,party,focal@bolivia.example.org\n\
Pakistan,observer_state,focal@pakistan.example.org\n";

const ARGENTINA: &str = "focal@argentina.example.org";
const BOLIVIA: &str = "focal@bolivia.example.org";
const PAKISTAN: &str = "focal@pakistan.example.org";

/// The venue-local date of an instant, as the date field wants it.
fn vienna_date(at: Timestamp) -> String {
    at.in_tz("Europe/Vienna").expect("zone").date().to_string()
}

/// The new-round form filled in for a silence round opening tomorrow and closing `days` later.
async fn silence_form(chair: &User, now: Timestamp, days: i64) -> crate::helpers::Form {
    let page = chair.get("/chair/rounds/new").await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    let form = page
        .form("form[action='/chair/rounds/new']")
        .set("body", "Working Group on Firearms")
        .set("meeting", "Eighth meeting")
        .set("title", "Draft recommendations, Rev.1, under silence")
        .set("reference_prefix", "WG-FA-2026/S")
        .set("document_symbol", "CTOC/COP/WG.8/2026/L.2")
        .set("time_zone", "Europe/Vienna")
        .set("visibility", "private")
        .set("action", "save");
    silence_window(form, now, days)
}

/// A round form set for a silence round opening tomorrow at 09:00 and closing `days` later at
/// 09:00, Vienna time.
fn silence_window(form: crate::helpers::Form, now: Timestamp, days: i64) -> crate::helpers::Form {
    form.set("kind", "silence")
        .set(
            "opens_date",
            &vienna_date(now + SignedDuration::from_hours(24)),
        )
        .set("opens_time", "09:00")
        .set(
            "closes_date",
            &vienna_date(now + SignedDuration::from_hours(24 * (1 + days))),
        )
        .set("closes_time", "09:00")
}

/// A silence round set up from the Chair's pages (a too-short one refused first), with its
/// draft and delegations, open now. Returns its id and deadline.
async fn open_silence_round(t: &TestApp) -> (i64, Timestamp) {
    let chair = t.sign_in(CHAIR).await;
    let now = t.app.now();
    // Two days are less than the installation's minimum (72 hours): refused at the field.
    let short = chair.submit(&silence_form(&chair, now, 2).await).await;
    assert_eq!(
        short.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{}",
        short.body
    );
    assert!(short.title().starts_with("Error:"), "{}", short.title());
    assert!(
        short
            .texts("#closes-error, .error-message")
            .join(" ")
            .contains("A silence procedure must last at least 72 hours"),
        "{}",
        short.body
    );
    let saved = chair.submit(&silence_form(&chair, now, 4).await).await;
    let round_id = saved.created_round_id();
    let base = format!("/chair/rounds/{round_id}");
    let page = chair.get(&format!("{base}/draft")).await;
    let form = page
        .form("form[enctype='multipart/form-data']")
        .set("format", "csv")
        .set("content", DRAFT)
        .set("action", "save");
    let saved = chair.submit_multipart(&form, None).await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    let imported = chair.import_delegations_file(&base, DELEGATIONS).await;
    assert_eq!(imported.status, StatusCode::OK, "{}", imported.body);
    let round = {
        let mut conn = t.app.store().read().await.expect("conn");
        redraft::store::round::get_round(&mut conn, round_id)
            .await
            .expect("query")
            .expect("round")
    };
    assert_eq!(round.kind, "silence");
    assert_eq!(
        round.reminders_before, "PT24H",
        "a silence round reminds once, 24 h before"
    );
    t.clock.set(round.schedule.opens_at);
    t.settle_mail().await;
    mail_starting(t, ARGENTINA, "Under silence procedure:").await;
    (round_id, round.schedule.closes_at)
}

/// Sends a statement through the form and its confirmation step; returns the final answer.
async fn send_statement(user: &User, round_id: i64, statement: &str, amendment: &str) -> Answer {
    let page = user.get(&format!("/rounds/{round_id}")).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    let mut form = page
        .form("form[action$='/silence-breaks']")
        .set("statement", statement);
    if !amendment.is_empty() {
        let first = form
            .fields
            .iter()
            .map(|(name, _)| name.clone())
            .find(|name| name.starts_with("amendment_"))
            .expect("an amendment field per recommendation");
        form = form.set(&first, amendment);
    }
    let confirm = user.submit(&form).await;
    assert_eq!(confirm.status, StatusCode::OK, "{}", confirm.body);
    assert!(
        confirm
            .body
            .contains("is an official act of the Government of"),
        "the confirmation step says what sending means: {}",
        confirm.body
    );
    let form = confirm
        .form("form[action$='/silence-breaks']")
        .set("step", "confirm");
    user.submit(&form).await
}

/// Waits (bounded) for an e-mail to `to` whose subject starts with `subject`.
async fn mail_starting(t: &TestApp, to: &str, subject: &str) -> crate::helpers::Mail {
    for _ in 0..100 {
        if let Some(mail) = t
            .mails_to(to)
            .into_iter()
            .find(|m| m.subject.starts_with(subject))
        {
            return mail;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    let subjects: Vec<String> = t.mails_to(to).into_iter().map(|m| m.subject).collect();
    panic!("no e-mail to {to} starting {subject:?}; got {subjects:?}");
}

/// Moves past the deadline and lets the scheduler decide and the mail go out.
async fn after_the_deadline(t: &TestApp, deadline: Timestamp) {
    t.clock.set(deadline + SignedDuration::from_secs(1));
    t.settle_mail().await;
}

async fn decisions(t: &TestApp, round_id: i64) -> Option<(String, usize)> {
    let mut conn = t.app.store().read().await.expect("conn");
    let decided = redraft::store::silence::decision(&mut conn, round_id)
        .await
        .expect("query")?;
    let lines = redraft::store::audit::round_log(&mut conn, round_id, "silence_decided", 0)
        .await
        .expect("audit");
    Some((decided.0.as_str().to_string(), lines.len()))
}

fn result_mails(t: &TestApp, to: &str) -> Vec<crate::helpers::Mail> {
    t.mails_to(to)
        .into_iter()
        .filter(|m| {
            m.subject.contains("silence procedure:") || m.subject.starts_with("Silence broken")
        })
        .filter(|m| !m.subject.starts_with("Under silence") && !m.subject.starts_with("Reminder"))
        .collect()
}

async fn a_silence_round_without_a_break_is_adopted(backend: Backend) {
    let t = TestApp::spawn(backend).await;
    let (round_id, deadline) = open_silence_round(&t).await;
    // The reminder goes out 24 hours before the deadline.
    t.clock.set(deadline - SignedDuration::from_hours(23));
    t.settle_mail().await;
    mail_starting(&t, BOLIVIA, "Reminder: the silence procedure").await;
    let argentina = t.sign_in(ARGENTINA).await;
    let page = argentina.get(&format!("/rounds/{round_id}")).await;
    assert!(page.body.contains("will be adopted at"), "{}", page.body);
    assert_eq!(
        decisions(&t, round_id).await,
        None,
        "nothing is decided before the deadline"
    );

    after_the_deadline(&t, deadline).await;
    assert_eq!(decisions(&t, round_id).await, Some(("adopted".into(), 1)));
    let chair_mail = result_mails(&t, CHAIR);
    assert_eq!(chair_mail.len(), 1, "the Chair is told at once");
    assert!(
        chair_mail[0]
            .subject
            .starts_with("Adopted under the silence procedure")
    );
    for to in [ARGENTINA, BOLIVIA, PAKISTAN] {
        let mails = result_mails(&t, to);
        assert_eq!(mails.len(), 1, "{to} gets the result once");
        assert!(
            mails[0]
                .text
                .contains("Silence was not broken: the text is adopted.")
        );
    }
    let argentina = t.sign_in(ARGENTINA).await;
    let page = argentina.get(&format!("/rounds/{round_id}")).await;
    assert!(
        page.body
            .contains("Silence was not broken: the text is adopted."),
        "{}",
        page.body
    );
    assert!(
        page.html()
            .select(&crate::helpers::sel("form[action$='/silence-breaks']"))
            .next()
            .is_none()
    );
    // Another pass decides nothing again.
    t.settle_mail().await;
    assert_eq!(decisions(&t, round_id).await, Some(("adopted".into(), 1)));
    assert_eq!(result_mails(&t, CHAIR).len(), 1);
}

async fn a_party_breaks_silence(backend: Backend) {
    let t = TestApp::spawn(backend).await;
    let (round_id, deadline) = open_silence_round(&t).await;
    let argentina = t.sign_in(ARGENTINA).await;
    let page = argentina.get(&format!("/rounds/{round_id}")).await;
    assert!(
        !page.body.contains("cannot break silence"),
        "a party may break it"
    );
    // The statement is required: an empty one is refused at the field, nothing sent.
    let empty = argentina
        .submit(&page.form("form[action$='/silence-breaks']"))
        .await;
    assert_eq!(empty.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        empty.body.contains("Enter your Government&#39;s statement")
            || empty.body.contains("Enter your Government's statement"),
        "{}",
        empty.body
    );

    let sent = send_statement(
        &argentina,
        round_id,
        "Argentina cannot join consensus on recommendation 1.",
        "States parties should consider marking firearms at import.",
    )
    .await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER, "{}", sent.body);
    let page = argentina.follow(&sent).await;
    assert!(
        page.body
            .contains("Your delegation has broken silence. Reference: WG-FA-2026/S/0001"),
        "{}",
        page.body
    );
    assert!(page.body.contains("marking firearms at import"));
    mail_starting(&t, ARGENTINA, "Received: silence broken, WG-FA-2026/S/0001").await;
    // One statement stands at a time.
    assert!(
        page.html()
            .select(&crate::helpers::sel("form[action$='/silence-breaks']"))
            .next()
            .is_none()
    );

    after_the_deadline(&t, deadline).await;
    assert_eq!(decisions(&t, round_id).await, Some(("broken".into(), 1)));
    let chair_mail = result_mails(&t, CHAIR);
    assert_eq!(chair_mail.len(), 1);
    assert!(chair_mail[0].subject.starts_with("Silence broken"));
    assert!(
        chair_mail[0].text.contains("Argentina"),
        "{}",
        chair_mail[0].text
    );
    let bolivia = t.sign_in(BOLIVIA).await;
    let page = bolivia.get(&format!("/rounds/{round_id}")).await;
    assert!(
        page.body
            .contains("Silence was broken by the following delegations")
    );
    assert!(
        page.texts("section[aria-labelledby='result-heading'] li")
            .contains(&"Argentina".to_string())
    );
    let mut conn = t.app.store().read().await.expect("conn");
    let line = redraft::store::audit::round_log(&mut conn, round_id, "silence_decided", 0)
        .await
        .expect("audit")
        .pop()
        .expect("decided");
    let after = line.after_json.unwrap_or_default();
    assert!(
        after.contains("Argentina cannot join consensus"),
        "the audit holds the statement: {after}"
    );
    assert!(after.contains("\"broken_by\""), "{after}");
    drop(conn);

    // The outcome states the procedure, the deadline and the result, with the statement in its
    // annex, in HTML and DOCX.
    let chair = t.sign_in(CHAIR).await;
    let desk = chair.get(&format!("/chair/rounds/{round_id}")).await;
    let statements = desk
        .texts("section[aria-labelledby='silence-heading'] .meta")
        .join(" | ");
    assert!(
        statements.contains("Argentina · WG-FA-2026/S/0001 · breaks silence"),
        "{statements}"
    );
    assert!(desk.body.contains("Argentina cannot join consensus"));
    let overview = chair
        .get(&format!("/chair/rounds/{round_id}/consolidation"))
        .await;
    let published = chair
        .confirm_publication(&overview.form("form[action$='/consolidation/publish']"))
        .await;
    assert_eq!(
        published.status,
        StatusCode::SEE_OTHER,
        "{}",
        published.body
    );
    let html = chair
        .get(&format!("/rounds/{round_id}/outcome/latest.html"))
        .await;
    assert_eq!(html.status, StatusCode::OK, "{}", html.body);
    for expected in [
        "Outcome of the silence procedure",
        "under the silence procedure from",
        "Silence was broken before the deadline",
        "by: Argentina.",
        "Statements breaking silence",
        "Argentina cannot join consensus on recommendation 1.",
        "States parties should consider marking firearms at import.",
        "WG-FA-2026/S/0001",
    ] {
        assert!(
            html.body.contains(expected),
            "{expected} in the HTML: {}",
            html.body
        );
    }
    let docx = chair
        .client
        .get(format!(
            "{}/rounds/{round_id}/outcome/latest.docx",
            chair.base
        ))
        .send()
        .await
        .expect("GET");
    assert_eq!(docx.status(), StatusCode::OK);
    let bytes = docx.bytes().await.expect("body").to_vec();
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("a zip");
    let mut xml = String::new();
    std::io::Read::read_to_string(
        &mut archive.by_name("word/document.xml").expect("document.xml"),
        &mut xml,
    )
    .expect("utf-8");
    for expected in [
        "Outcome of the silence procedure",
        "Silence was broken before the deadline",
        "Argentina · WG-FA-2026/S/0001",
        "Argentina cannot join consensus on recommendation 1.",
        "States parties should consider marking firearms at import.",
    ] {
        assert!(xml.contains(expected), "{expected} in document.xml");
    }
    // The UN masthead, in both formats: symbol, distribution, date, original language, and the
    // symbol with the page number in the header of every page.
    for expected in [
        "CTOC/COP/WG.8/2026/L.2",
        "Distr.: General",
        "Original: English",
    ] {
        assert!(xml.contains(expected), "{expected} in document.xml");
    }
    let mut header = String::new();
    std::io::Read::read_to_string(
        &mut archive.by_name("word/header1.xml").expect("a page header"),
        &mut header,
    )
    .expect("utf-8");
    assert!(
        header.contains("CTOC/COP/WG.8/2026/L.2") && header.contains("PAGE"),
        "{header}"
    );
    let masthead = html.texts("header.document .masthead p").join(" | ");
    for expected in [
        "CTOC/COP/WG.8/2026/L.2",
        "Distr.: General",
        "Original: English",
    ] {
        assert!(masthead.contains(expected), "{expected} in {masthead}");
    }
    assert!(
        html.texts("style")
            .concat()
            .contains("@top-right { content: \"CTOC\\2f COP"),
        "the symbol atop every printed page"
    );
    // Right to left: the Arabic outcome and the delegation's page isolate names, references
    // and labels, and give statements their own direction.
    let arabic = chair
        .get_accepting(&format!("/rounds/{round_id}/outcome/latest.html"), "ar")
        .await;
    assert_eq!(arabic.lang_dir(), ("ar".into(), "rtl".into()));
    assert_eq!(
        arabic.texts(".comment .by bdi"),
        vec!["Argentina".to_string(), "WG-FA-2026/S/0001".to_string()]
    );
    assert_eq!(
        arabic.texts(".masthead .symbol bdi"),
        vec!["CTOC/COP/WG.8/2026/L.2".to_string()]
    );
    assert_eq!(
        arabic.texts(".comment p.user-text[dir=auto]"),
        vec!["Argentina cannot join consensus on recommendation 1.".to_string()]
    );
    assert!(!arabic.texts(".rec .label bdi").is_empty());
    assert!(
        !arabic.texts("h3 span[dir=auto]").is_empty(),
        "agenda titles"
    );
    let argentina = t.sign_in(ARGENTINA).await;
    let page = argentina
        .get_accepting(&format!("/rounds/{round_id}"), "ar")
        .await;
    assert_eq!(page.lang_dir(), ("ar".into(), "rtl".into()));
    assert_eq!(
        page.texts("#statements .meta bdi"),
        vec!["WG-FA-2026/S/0001".to_string()]
    );
    assert_eq!(
        page.texts("#statements p.user-text[dir=auto]")
            .first()
            .map(String::as_str),
        Some("Argentina cannot join consensus on recommendation 1.")
    );

    // After the break, the Chair starts from this round a new silence round on the text (its
    // next version, Rev.1).
    let desk = chair.get(&format!("/chair/rounds/{round_id}")).await;
    let start = desk
        .html()
        .select(&crate::helpers::sel("a[href*='based_on=']"))
        .next()
        .and_then(|a| a.value().attr("href").map(str::to_string))
        .expect("a link to start a round from this one");
    let form_page = chair.get(&start).await;
    assert_eq!(form_page.status, StatusCode::OK, "{}", form_page.body);
    let now = t.app.now();
    let form = silence_window(form_page.form("form[action='/chair/rounds/new']"), now, 4)
        .set("action", "save");
    assert_eq!(
        form.get("based_on_round_id"),
        Some(round_id.to_string().as_str())
    );
    let next = chair.submit(&form).await.created_round_id();
    let draft = chair.get(&format!("/chair/rounds/{next}/draft")).await;
    assert!(
        draft
            .body
            .contains("States parties should consider marking firearms at manufacture."),
        "the new round puts the same text under silence: {}",
        draft.body
    );
    let api = t.api(CHAIR).await;
    let shown = api.get(&format!("/rounds/{next}")).await;
    assert_eq!(shown.json["kind"], "silence");
    assert_eq!(shown.json["based_on_round_id"], serde_json::json!(round_id));
}

async fn only_an_observer_objects_and_the_text_is_adopted(backend: Backend) {
    let t = TestApp::spawn(backend).await;
    let (round_id, deadline) = open_silence_round(&t).await;
    let pakistan = t.sign_in(PAKISTAN).await;
    let page = pakistan.get(&format!("/rounds/{round_id}")).await;
    assert!(
        page.body
            .contains("delegations of your category cannot break silence"),
        "the page says so before sending: {}",
        page.body
    );
    let sent = send_statement(&pakistan, round_id, "Pakistan has reservations.", "").await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER, "{}", sent.body);
    let page = pakistan.follow(&sent).await;
    assert!(
        page.body
            .contains("was recorded; it does not break silence"),
        "{}",
        page.body
    );
    after_the_deadline(&t, deadline).await;
    assert_eq!(decisions(&t, round_id).await, Some(("adopted".into(), 1)));
    assert!(result_mails(&t, CHAIR)[0].subject.starts_with("Adopted"));
}

async fn a_break_one_second_after_the_deadline_is_refused_and_not_counted(backend: Backend) {
    let t = TestApp::spawn(backend).await;
    let (round_id, deadline) = open_silence_round(&t).await;
    t.clock.set(deadline - SignedDuration::from_mins(5));
    let argentina = t.sign_in(ARGENTINA).await;
    // The form is filled in before the deadline and sent one second after it.
    let page = argentina.get(&format!("/rounds/{round_id}")).await;
    let form = page
        .form("form[action$='/silence-breaks']")
        .set("statement", "Argentina objects.")
        .set("step", "confirm");
    t.clock.set(deadline + SignedDuration::from_secs(1));
    let late = argentina.submit(&form).await;
    assert_eq!(late.status, StatusCode::CONFLICT, "{}", late.body);
    late.assert_says("Your statement was not saved.");
    assert!(
        late.body.contains("Argentina objects."),
        "the text is given back"
    );
    let mut conn = t.app.store().read().await.expect("conn");
    let stored = redraft::store::silence::breaks(&mut conn, round_id, None)
        .await
        .expect("query");
    assert!(stored.is_empty(), "nothing of it was stored");
    drop(conn);
    after_the_deadline(&t, deadline).await;
    assert_eq!(decisions(&t, round_id).await, Some(("adopted".into(), 1)));
}

async fn a_break_withdrawn_before_the_deadline_leaves_the_text_adopted(backend: Backend) {
    let t = TestApp::spawn(backend).await;
    let (round_id, deadline) = open_silence_round(&t).await;
    let bolivia = t.sign_in(BOLIVIA).await;
    let sent = send_statement(&bolivia, round_id, "Bolivia breaks silence.", "").await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER, "{}", sent.body);
    t.clock.set(deadline - SignedDuration::from_mins(10));
    let bolivia = t.sign_in(BOLIVIA).await;
    let page = bolivia
        .get(&format!("/rounds/{round_id}/silence-breaks/mine/withdraw"))
        .await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    let withdrawn = bolivia
        .submit(&page.form("form[action$='/withdraw']"))
        .await;
    assert_eq!(
        withdrawn.status,
        StatusCode::SEE_OTHER,
        "{}",
        withdrawn.body
    );
    let page = bolivia.follow(&withdrawn).await;
    page.assert_says("stays on record as withdrawn");
    assert!(
        page.body.contains("Bolivia breaks silence."),
        "kept, marked withdrawn"
    );
    after_the_deadline(&t, deadline).await;
    assert_eq!(decisions(&t, round_id).await, Some(("adopted".into(), 1)));
    let mut conn = t.app.store().read().await.expect("conn");
    let actions = redraft::store::audit::round_actions(&mut conn, round_id)
        .await
        .expect("audit");
    for action in [
        "silence_broken",
        "silence_break_withdrawn",
        "silence_decided",
    ] {
        assert!(
            actions.contains(&action.to_string()),
            "{action} in {actions:?}"
        );
    }
}

/// Two instances on one PostgreSQL database both pass at the deadline: the result is decided
/// and announced once.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_result_is_decided_once_by_two_instances_on_postgres() {
    if postgres_url().is_none() {
        eprintln!(
            "SKIPPED the_result_is_decided_once_by_two_instances_on_postgres: TEST_DATABASE_URL is not set"
        );
        return;
    }
    let t = TestApp::spawn(Backend::Postgres).await;
    let (round_id, deadline) = open_silence_round(&t).await;
    let argentina = t.sign_in(ARGENTINA).await;
    let sent = send_statement(&argentina, round_id, "Argentina objects.", "").await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER, "{}", sent.body);
    let (_, second) = t.second_instance().await;
    t.clock.set(deadline + SignedDuration::from_millis(1));
    for _ in 0..5 {
        let (a, b) = tokio::join!(
            redraft::jobs::scheduler::tick(&t.app),
            redraft::jobs::scheduler::tick(&second.app),
        );
        a.expect("first instance's pass");
        b.expect("second instance's pass");
    }
    t.settle_mail().await;
    assert_eq!(decisions(&t, round_id).await, Some(("broken".into(), 1)));
    assert_eq!(result_mails(&t, CHAIR).len(), 1, "the Chair is told once");
    assert_eq!(result_mails(&t, BOLIVIA).len(), 1, "each focal point once");
}

async fn the_api_breaks_and_withdraws_silence(backend: Backend) {
    let t = TestApp::spawn(backend).await;
    let chair = t.api(CHAIR).await;
    let now = t.app.now();
    let opens = now + SignedDuration::from_hours(1);
    let round = |hours: i64| {
        serde_json::json!({
            "title": "Guidance under silence", "body": "Working Group on Firearms",
            "meeting": "Eighth meeting", "kind": "silence", "time_zone": "Europe/Vienna",
            "opens_at": opens.to_string(),
            "closes_at": (opens + SignedDuration::from_hours(hours)).to_string(),
            "visibility": "private", "reference_prefix": "WG-FA-2026/S",
            "silence_breakers": ["party"],
        })
    };
    let short = chair.post("/rounds", round(71)).await;
    short.assert_error(StatusCode::UNPROCESSABLE_ENTITY, "silence_too_short");
    assert_eq!(short.json["error"]["field"], "closes_at");
    let created = chair.post("/rounds", round(72)).await;
    assert_eq!(created.status, StatusCode::CREATED, "{}", created.json);
    let id = created.json["id"].as_i64().expect("id");
    let draft = chair
        .put(
            &format!("/rounds/{id}/recommendations"),
            serde_json::json!([{"agenda_item": "2", "agenda_title": "Marking", "label": "1",
                "text": "States parties should consider marking firearms."}]),
        )
        .await;
    assert_eq!(draft.status, StatusCode::OK, "{}", draft.json);
    let delegations = chair
        .put_csv(
            &format!("/rounds/{id}/delegations"),
            DELEGATIONS.as_bytes().to_vec(),
        )
        .await;
    assert_eq!(delegations.status, StatusCode::OK, "{}", delegations.json);
    let shown = chair.get(&format!("/rounds/{id}")).await;
    assert_eq!(shown.json["kind"], "silence");
    assert_eq!(shown.json["result"], serde_json::Value::Null);
    assert_eq!(shown.json["broken_by"], serde_json::json!([]));
    let recommendation_id = shown.json["recommendations"][0]["id"].as_i64().expect("id");

    t.clock.set(opens);
    let argentina = t.api(ARGENTINA).await;
    let path = format!("/rounds/{id}/silence-breaks");
    let broken = argentina
        .post(
            &path,
            serde_json::json!({"statement": "Argentina objects.", "amendments": [
                {"recommendation_id": recommendation_id, "proposed_text": "States parties shall mark firearms."}]}),
        )
        .await;
    assert_eq!(broken.status, StatusCode::CREATED, "{}", broken.json);
    assert_eq!(broken.json["breaks_silence"], true);
    assert_eq!(broken.json["reference"], "WG-FA-2026/S/0001");
    let again = argentina
        .post(&path, serde_json::json!({"statement": "Once more."}))
        .await;
    assert_eq!(again.status, StatusCode::CONFLICT, "{}", again.json);
    let unknown = t
        .api(BOLIVIA)
        .await
        .post(
            &path,
            serde_json::json!({"statement": "Bolivia objects.", "amendments": [
                {"recommendation_id": 999999, "proposed_text": "Other text."}]}),
        )
        .await;
    assert_eq!(
        unknown.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{}",
        unknown.json
    );
    let observer = t
        .api(PAKISTAN)
        .await
        .post(
            &path,
            serde_json::json!({"statement": "Pakistan has reservations."}),
        )
        .await;
    assert_eq!(observer.status, StatusCode::CREATED, "{}", observer.json);
    assert_eq!(observer.json["breaks_silence"], false);

    let mine = format!("/rounds/{id}/silence-breaks/mine");
    let withdrawn = argentina.delete(&mine).await;
    assert_eq!(withdrawn.status, StatusCode::OK, "{}", withdrawn.json);
    assert_eq!(argentina.delete(&mine).await.status, StatusCode::NOT_FOUND);
    let broken = argentina
        .post(
            &path,
            serde_json::json!({"statement": "Argentina objects after all."}),
        )
        .await;
    assert_eq!(broken.status, StatusCode::CREATED, "{}", broken.json);

    let deadline = opens + SignedDuration::from_hours(72);
    t.clock.set(deadline);
    let late = argentina.delete(&mine).await;
    late.assert_error(StatusCode::CONFLICT, "round_closed");
    let late = t
        .api(BOLIVIA)
        .await
        .post(&path, serde_json::json!({"statement": "Too late."}))
        .await;
    assert_eq!(late.json["error"]["code"], "round_closed");
    t.settle_mail().await;
    let shown = argentina.get(&format!("/rounds/{id}")).await;
    assert_eq!(shown.json["result"], "broken", "{}", shown.json);
    assert_eq!(shown.json["broken_by"], serde_json::json!(["Argentina"]));
}

/// Every delegation is promised the whole period to break silence: the Chair is not offered an
/// early close, and one asked for through the API is refused with nothing changed (no decision,
/// still open); an extension for everyone stays possible.
async fn a_running_silence_round_is_not_closed_early(backend: Backend) {
    let t = TestApp::spawn(backend).await;
    let (round_id, deadline) = open_silence_round(&t).await;
    let chair = t.sign_in(CHAIR).await;
    let desk = chair.get(&format!("/chair/rounds/{round_id}")).await;
    let offered = |action: &str| {
        desk.html()
            .select(&crate::helpers::sel(&format!(
                "input[name='action'][value='{action}']"
            )))
            .next()
            .is_some()
    };
    assert!(offered("extend"), "{}", desk.body);
    assert!(
        !offered("close"),
        "no early close is offered: {}",
        desk.body
    );

    let api = t.api(CHAIR).await;
    let refused = api
        .post(
            &format!("/rounds/{round_id}/close"),
            serde_json::json!({"reason": "The Bureau wishes to conclude."}),
        )
        .await;
    refused.assert_error(StatusCode::CONFLICT, "silence_runs_its_period");
    let shown = api.get(&format!("/rounds/{round_id}")).await;
    assert_eq!(shown.json["state"], "open", "{}", shown.json);
    assert_eq!(
        shown.json["closes_at"].as_str(),
        Some(deadline.to_string().as_str()),
        "{}",
        shown.json
    );
    t.settle_mail().await;
    assert_eq!(decisions(&t, round_id).await, None);

    let extended = api
        .post(
            &format!("/rounds/{round_id}/extension"),
            serde_json::json!({
                "closes_at": (deadline + SignedDuration::from_hours(24)).to_string(),
                "reason": "Agreed by the Bureau.",
            }),
        )
        .await;
    assert_eq!(extended.status, StatusCode::OK, "{}", extended.json);
}

/// The result decided at the deadline is final: the Chair cannot reopen the round, extend it for
/// a delegation or cancel it (pages and API alike), whether or not the server has recorded the
/// result yet; the round stays closed everywhere, and the way on is a new round from it.
async fn an_ended_silence_round_is_not_reopened(backend: Backend) {
    let t = TestApp::spawn(backend).await;
    let (round_id, deadline) = open_silence_round(&t).await;
    let chair = t.sign_in(CHAIR).await;
    let desk = chair.get(&format!("/chair/rounds/{round_id}")).await;
    // While it runs, the Chair may change its schedule (the page offers it).
    assert!(
        desk.html()
            .select(&crate::helpers::sel("input[name='action'][value='extend']"))
            .next()
            .is_some()
    );
    let api = t.api(CHAIR).await;
    let reopen = serde_json::json!({
        "closes_at": (deadline + SignedDuration::from_hours(48)).to_string(),
        "reason": "One delegation asked for more time.",
    });
    let delegation_id = {
        let shown = api.get(&format!("/rounds/{round_id}/responses")).await;
        shown.json["delegations"][0]["delegation_id"].as_i64()
    };

    // Closed, the result not necessarily recorded yet: already final.
    t.clock.set(deadline + SignedDuration::from_secs(1));
    let refused = api
        .post(&format!("/rounds/{round_id}/reopen"), reopen.clone())
        .await;
    assert_eq!(refused.status, StatusCode::CONFLICT, "{}", refused.json);
    assert_eq!(refused.json["error"]["code"], "silence_ended");
    t.settle_mail().await;
    assert_eq!(decisions(&t, round_id).await, Some(("adopted".into(), 1)));

    // Decided: every change is refused, through the form (as a page left open before the
    // deadline would send it) as through the API.
    let chair = t.sign_in(CHAIR).await;
    let desk = chair.get(&format!("/chair/rounds/{round_id}")).await;
    let csrf = desk
        .html()
        .select(&crate::helpers::sel("input[name='csrf_token']"))
        .next()
        .and_then(|i| i.value().attr("value").map(str::to_string))
        .expect("a CSRF token on the page");
    let closes_date = vienna_date(deadline + SignedDuration::from_hours(48));
    let fields: Vec<(String, String)> = [
        ("csrf_token", csrf.as_str()),
        ("action", "reopen"),
        ("closes_date", closes_date.as_str()),
        ("closes_time", "09:00"),
        ("reason", "One delegation asked for more time."),
    ]
    .iter()
    .map(|(k, v)| (k.to_string(), v.to_string()))
    .collect();
    let page = chair
        .post(&format!("/chair/rounds/{round_id}/schedule"), &fields)
        .await;
    assert_eq!(page.status, StatusCode::CONFLICT, "{}", page.body);
    assert!(
        page.body.contains("The silence procedure has ended"),
        "{}",
        page.body
    );
    for (path, body) in [
        ("reopen", reopen.clone()),
        ("cancel", serde_json::json!({"reason": "Changed our mind."})),
        (
            "extension",
            serde_json::json!({
                "closes_at": (deadline + SignedDuration::from_hours(48)).to_string(),
                "delegation_id": delegation_id.expect("a delegation"),
                "reason": "A late objection.",
            }),
        ),
    ] {
        let refused = api.post(&format!("/rounds/{round_id}/{path}"), body).await;
        assert_eq!(
            refused.status,
            StatusCode::CONFLICT,
            "{path}: {}",
            refused.json
        );
        assert_eq!(refused.json["error"]["code"], "silence_ended", "{path}");
    }
    let mut conn = t.app.store().read().await.expect("conn");
    assert_eq!(
        redraft::store::round::count_round_events(&mut conn, round_id)
            .await
            .expect("query"),
        0,
        "no change was recorded"
    );
    drop(conn);

    // Pages and API agree: closed, adopted, nothing to write; the desk offers no change.
    let desk = chair.get(&format!("/chair/rounds/{round_id}")).await;
    assert!(
        desk.html()
            .select(&crate::helpers::sel("form[action$='/schedule']"))
            .next()
            .is_none(),
        "no schedule action is offered: {}",
        desk.body
    );
    assert!(desk.body.contains("The silence procedure has ended"));
    let shown = api.get(&format!("/rounds/{round_id}")).await;
    assert_eq!(shown.json["state"], "closed", "{}", shown.json);
    assert_eq!(shown.json["result"], "adopted");
    let argentina = t.sign_in(ARGENTINA).await;
    let page = argentina.get(&format!("/rounds/{round_id}")).await;
    assert!(
        page.body
            .contains("Silence was not broken: the text is adopted.")
    );
    assert!(
        page.html()
            .select(&crate::helpers::sel("form[action$='/silence-breaks']"))
            .next()
            .is_none()
    );
}
