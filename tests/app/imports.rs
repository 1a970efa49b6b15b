//! Bad imports store nothing and every message names its row (and column): delegations and
//! drafts, through the Chair's pages (upload or paste) and through the API (CSV and JSON).
//! Drafts load only before a round opens, so these tests make a round of their own that opens
//! next week, in a body and meeting of its own (delegations belong to a meeting).

use reqwest::StatusCode;
use serde_json::json;

use crate::both_backends;
use crate::helpers::{AUSTRIA, Answer, ApiAnswer, ApiClient, Backend, CHAIR, TestApp, User};

both_backends!(
    a_bad_row_in_the_middle_of_110_delegations_imports_none,
    a_duplicate_delegation_names_the_first_row,
    the_same_email_twice_or_one_already_taken_imports_none,
    a_malformed_email_is_named_with_its_row,
    a_bom_and_crlf_file_imports,
    a_six_megabyte_file_is_refused,
    a_draft_with_a_duplicate_label_or_a_missing_column_is_refused,
    a_plain_text_draft_is_previewed_then_saved,
    the_draft_of_an_open_round_cannot_change,
    problems_of_a_json_list_name_the_item_of_the_list,
    a_body_over_the_api_limit_gets_the_json_error,
    at_most_2000_delegations_are_imported_at_once,
    a_draft_has_at_most_2000_recommendations,
);

/// A Chair (signed in, and with an API token) and a round of their own that opens next week.
struct Importing {
    t: TestApp,
    api: ApiClient,
    chair: User,
    round_id: i64,
}

impl Importing {
    async fn start(backend: Backend) -> Importing {
        let t = TestApp::spawn(backend).await;
        let api = t.api(CHAIR).await;
        let chair = t.sign_in(CHAIR).await;
        let round_id = scheduled_round(&t, &api).await;
        Importing {
            t,
            api,
            chair,
            round_id,
        }
    }

    /// Sends `bytes` as CSV to the round's `list` (`delegations` or `recommendations`).
    async fn put_csv(&self, list: &str, bytes: Vec<u8>) -> ApiAnswer {
        self.api
            .put_csv(&format!("/rounds/{}/{list}", self.round_id), bytes)
            .await
    }

    /// The delegations file `csv` is refused, on the page with these messages and through the
    /// API with these (row, column), and no delegation is stored.
    async fn delegations_refused(
        &self,
        csv: Vec<u8>,
        messages: &[&str],
        problems: &[(u64, Option<&str>)],
    ) -> ApiAnswer {
        let answer = import_on_page(&self.chair, self.round_id, csv.clone()).await;
        assert_page_problems(&answer, messages);
        assert_eq!(delegations_of(&self.api, self.round_id).await, 0);
        let answer = self.put_csv("delegations", csv).await;
        assert_api_problems(&answer, problems);
        answer
    }
}

/// The one problem the API found in a JSON list (422, code `import_invalid`).
fn only_api_problem(answer: &ApiAnswer) -> &serde_json::Value {
    answer.assert_error(StatusCode::UNPROCESSABLE_ENTITY, "import_invalid");
    let problems = answer.json["error"]["problems"]
        .as_array()
        .expect("problems");
    assert_eq!(problems.len(), 1, "{problems:?}");
    &problems[0]
}

/// A round in a body and meeting of its own, opening in a week: its draft can still change.
async fn scheduled_round(t: &TestApp, chair: &ApiClient) -> i64 {
    let now = t.app.now();
    let opens = now + jiff::SignedDuration::from_hours(7 * 24);
    let closes = now + jiff::SignedDuration::from_hours(21 * 24);
    let id = chair
        .create_round(json!({
            "title": "Import test round",
            "body": "Import Testing Group",
            "meeting": "First meeting on imports",
            "opens_at": opens.to_string(),
            "closes_at": closes.to_string(),
            "instructions": "",
        }))
        .await;
    let round = chair.get(&format!("/rounds/{id}")).await;
    assert_eq!(round.json["state"], "scheduled", "{:?}", round.json);
    id
}

/// How many delegations take part in the round (the response monitor's count).
async fn delegations_of(chair: &ApiClient, round_id: i64) -> usize {
    let answer = chair.get(&format!("/rounds/{round_id}/responses")).await;
    assert_eq!(answer.status, StatusCode::OK, "{:?}", answer.json);
    let invited = answer.json["invited"].as_u64().expect("invited") as usize;
    assert_eq!(
        answer.json["delegations"].as_array().map(Vec::len),
        Some(invited)
    );
    invited
}

/// The names of the round's delegations, as the response monitor lists them.
async fn delegation_names(chair: &ApiClient, round_id: i64) -> Vec<String> {
    let answer = chair.get(&format!("/rounds/{round_id}/responses")).await;
    let mut names: Vec<String> = answer.json["delegations"]
        .as_array()
        .expect("delegations")
        .iter()
        .map(|d| d["name"].as_str().unwrap_or_default().to_string())
        .collect();
    names.sort();
    names
}

/// The labels of the round's draft, in order.
async fn draft_labels(chair: &ApiClient, round_id: i64) -> Vec<String> {
    let answer = chair.get(&format!("/rounds/{round_id}")).await;
    assert_eq!(answer.status, StatusCode::OK, "{:?}", answer.json);
    answer.json["recommendations"]
        .as_array()
        .expect("recommendations")
        .iter()
        .map(|r| r["label"].as_str().unwrap_or_default().to_string())
        .collect()
}

/// A delegations CSV of `n` rows (spreadsheet rows 2 to n + 1), each with one focal point;
/// `change(row, line)` may rewrite the line of a row.
fn delegations_csv(n: usize, change: impl Fn(usize, String) -> String) -> Vec<u8> {
    let mut csv = String::from("name,category,focal_point_emails\n");
    for i in 1..=n {
        let row = i + 1;
        let line = format!("Delegation {i:03},party,focal.point{i:03}@delegation.example.org");
        csv.push_str(&change(row, line));
        csv.push('\n');
    }
    csv.into_bytes()
}

/// Uploads `bytes` with the import form of the delegations page, as the Chair does.
async fn import_on_page(chair: &User, round_id: i64, bytes: Vec<u8>) -> Answer {
    let page = chair
        .get(&format!("/chair/rounds/{round_id}/delegations"))
        .await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    // The first form of the page is the import form.
    let form = page.form("form[action$='/delegations']");
    assert_eq!(form.get("action"), Some("import"));
    chair
        .submit_multipart(&form, Some(("file", "delegations.csv", bytes)))
        .await
}

/// Pastes `content` into the draft form in `format` and presses `action` (preview or save).
async fn draft_on_page(
    chair: &User,
    round_id: i64,
    format: &str,
    content: &str,
    action: &str,
) -> Answer {
    let page = chair.get(&format!("/chair/rounds/{round_id}/draft")).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    let form = page
        .form("form[action$='/draft']")
        .set("format", format)
        .set("content", content)
        .set("action", action);
    chair.submit_multipart(&form, None).await
}

/// The page refused the import: 422, "Error:" in the title, the error summary "There is a
/// problem", and exactly one message per expected start (in order), e.g. "Row 51, column
/// category: …".
fn assert_page_problems(answer: &Answer, starts: &[&str]) {
    answer.assert_form_refused();
    assert_eq!(
        answer.texts(".error-summary h2"),
        vec!["There is a problem".to_string()]
    );
    let shown = answer.texts(".error-summary li");
    assert_eq!(shown.len(), starts.len(), "{shown:#?}");
    for (message, start) in shown.iter().zip(starts) {
        assert!(
            message.starts_with(start),
            "{message:?} should start with {start:?}"
        );
    }
}

/// The API refused the import: 422, code `import_invalid`, and the problems with exactly these
/// (row, column), each message naming its row.
fn assert_api_problems(answer: &ApiAnswer, expected: &[(u64, Option<&str>)]) {
    assert_eq!(
        answer.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{:?}",
        answer.json
    );
    let error = &answer.json["error"];
    assert_eq!(error["code"], "import_invalid", "{error}");
    assert!(
        error["message"]
            .as_str()
            .is_some_and(|m| m.contains("nothing was stored")),
        "{error}"
    );
    let problems = error["problems"].as_array().expect("problems");
    let found: Vec<(u64, Option<&str>)> = problems
        .iter()
        .map(|p| (p["row"].as_u64().unwrap_or(0), p["field"].as_str()))
        .collect();
    assert_eq!(found, expected, "{error}");
    for p in problems {
        let message = p["message"].as_str().unwrap_or_default();
        let row = p["row"].as_u64().unwrap_or(0);
        if row > 0 {
            assert!(message.starts_with(&format!("Row {row}")), "{message}");
        }
    }
}

async fn a_bad_row_in_the_middle_of_110_delegations_imports_none(backend: Backend) {
    let ctx = Importing::start(backend).await;
    let (api, chair, round_id) = (&ctx.api, &ctx.chair, ctx.round_id);
    let bad = delegations_csv(110, |row, line| {
        if row == 51 {
            line.replace(",party,", ",planet,")
        } else {
            line
        }
    });

    let answer = import_on_page(chair, round_id, bad.clone()).await;
    assert_page_problems(
        &answer,
        &["Row 51, column category: unknown category \"planet\" (use one of party, "],
    );
    // The file comes back in the text box, to be corrected.
    let kept = answer.texts("textarea#content");
    assert!(kept[0].contains("Delegation 050,planet,"), "{kept:?}");
    assert!(
        answer.body.contains("0 delegations take part"),
        "nothing listed"
    );
    assert_eq!(delegations_of(api, round_id).await, 0);

    let answer = ctx.put_csv("delegations", bad).await;
    assert_api_problems(&answer, &[(51, Some("category"))]);
    assert_eq!(delegations_of(api, round_id).await, 0);

    // Corrected, the same file imports whole.
    let good = delegations_csv(110, |_, line| line);
    let answer = import_on_page(chair, round_id, good).await;
    assert_eq!(answer.status, StatusCode::OK, "{}", answer.body);
    assert!(answer.texts(".error-summary").is_empty());
    assert_eq!(
        answer.texts(".notice.success"),
        vec!["Imported 110 rows: 110 new delegations, 110 new focal points.".to_string()]
    );
    assert!(answer.body.contains("110 delegations take part"));
    assert_eq!(delegations_of(api, round_id).await, 110);
}

async fn a_duplicate_delegation_names_the_first_row(backend: Backend) {
    let ctx = Importing::start(backend).await;
    let csv =
        b"name,category\nAustria,party\nBrazil,party\nChile,party\naustria,party\nDenmark,party\n"
            .to_vec();

    let answer = ctx
        .delegations_refused(
            csv,
            &["Row 5, column name: \"austria\" is already listed on row 2."],
            &[(5, Some("name"))],
        )
        .await;
    assert!(
        answer.json["error"]["problems"][0]["message"]
            .as_str()
            .is_some_and(|m| m.contains("already listed on row 2")),
        "{:?}",
        answer.json
    );
    // The server closes a connection whose body it refused unread: count on a fresh one.
    let fresh = ctx.t.api(CHAIR).await;
    assert_eq!(delegations_of(&fresh, ctx.round_id).await, 0);
}

async fn the_same_email_twice_or_one_already_taken_imports_none(backend: Backend) {
    let ctx = Importing::start(backend).await;
    let (t, api, round_id) = (&ctx.t, &ctx.api, ctx.round_id);

    // The same address for two delegations of the file.
    let twice = b"name,category,focal_point_emails\nAlpha,party,one@alpha.example.org\nBeta,party,beta@beta.example.org\nGamma,party,gamma@gamma.example.org;one@alpha.example.org\n".to_vec();
    ctx.delegations_refused(
        twice,
        &[
            "Row 4, column focal_point_emails: one@alpha.example.org is already a focal point on row 2.",
        ],
        &[(4, Some("focal_point_emails"))],
    )
    .await;
    assert_eq!(delegations_of(api, round_id).await, 0);

    // An address that already belongs to someone else (the Chair; Austria's focal point in
    // the demo meeting): found while storing, after rows 2 and 3 went in, all rolled back.
    let taken = format!(
        "name,category,focal_point_emails\nAlpha,party,one@alpha.example.org\nBeta,party,beta@beta.example.org\nGamma,party,{CHAIR}\nDelta,party,{AUSTRIA}\n"
    )
    .into_bytes();
    ctx.delegations_refused(
        taken,
        &[
            &format!(
                "Row 4, column focal_point_emails: {CHAIR} already belongs to another delegation or to staff."
            ),
            &format!(
                "Row 5, column focal_point_emails: {AUSTRIA} already belongs to another delegation or to staff."
            ),
        ],
        &[
            (4, Some("focal_point_emails")),
            (5, Some("focal_point_emails")),
        ],
    )
    .await;
    assert_eq!(delegations_of(api, round_id).await, 0);
    // Nobody got signed up on the way: Alpha's address is no account.
    let alpha = t.app.create_api_token("one@alpha.example.org").await;
    assert!(
        alpha.is_err(),
        "no account was created for one@alpha.example.org"
    );
}

async fn a_malformed_email_is_named_with_its_row(backend: Backend) {
    let ctx = Importing::start(backend).await;
    let csv =
        b"name,category,focal_point_emails\nAlpha,party,alpha@alpha.example.org\nBeta,party,beta-at-beta.example.org\n"
            .to_vec();

    ctx.delegations_refused(
        csv,
        &[
            "Row 3, column focal_point_emails: \"beta-at-beta.example.org\" is not an e-mail address.",
        ],
        &[(3, Some("focal_point_emails"))],
    )
    .await;
    assert_eq!(delegations_of(&ctx.api, ctx.round_id).await, 0);
}

async fn a_bom_and_crlf_file_imports(backend: Backend) {
    let ctx = Importing::start(backend).await;
    let (api, chair, round_id) = (&ctx.api, &ctx.chair, ctx.round_id);

    // As Excel saves "CSV UTF-8": a byte order mark and CRLF line ends.
    let csv = "\u{feff}name,category,focal_point_emails\r\nAlpha,party,alpha@alpha.example.org\r\nBeta,observer_state,beta1@beta.example.org; beta2@beta.example.org\r\nGamma,igo,\r\n";
    let answer = import_on_page(chair, round_id, csv.as_bytes().to_vec()).await;
    assert_eq!(answer.status, StatusCode::OK, "{}", answer.body);
    assert_eq!(
        answer.texts(".notice.success"),
        vec!["Imported 3 rows: 3 new delegations, 3 new focal points.".to_string()]
    );
    assert_eq!(
        delegation_names(api, round_id).await,
        vec!["Alpha", "Beta", "Gamma"]
    );

    // The same through the API, for more delegations; and a draft with BOM and CRLF.
    let csv = "\u{feff}name,category\r\nDelta,party\r\nEpsilon,other\r\n";
    let answer = ctx.put_csv("delegations", csv.as_bytes().to_vec()).await;
    assert_eq!(answer.status, StatusCode::OK, "{:?}", answer.json);
    assert_eq!(answer.json["rows"], 2);
    assert_eq!(answer.json["created"], 2);
    assert_eq!(delegations_of(api, round_id).await, 5);

    let draft = "\u{feff}agenda_item,agenda_title,label,text\r\n2,Guidance,1,\"First paragraph,\r\nover two lines.\"\r\n2,Guidance,1 bis,Inserted paragraph.\r\n";
    let answer = ctx
        .put_csv("recommendations", draft.as_bytes().to_vec())
        .await;
    assert_eq!(answer.status, StatusCode::OK, "{:?}", answer.json);
    assert_eq!(answer.json["rows"], 2);
    let round = api.get(&format!("/rounds/{round_id}")).await;
    let recommendations = round.json["recommendations"].as_array().expect("draft");
    assert_eq!(recommendations.len(), 2);
    assert_eq!(recommendations[0]["agenda_item"], "2");
    assert_eq!(recommendations[0]["label"], "1");
    assert_eq!(recommendations[1]["label"], "1 bis");
    assert!(
        !recommendations[0]["text"]
            .as_str()
            .unwrap_or_default()
            .contains('\u{feff}'),
        "{recommendations:?}"
    );
}

async fn a_six_megabyte_file_is_refused(backend: Backend) {
    let ctx = Importing::start(backend).await;
    let (api, chair, round_id) = (&ctx.api, &ctx.chair, ctx.round_id);
    // Valid rows, 6 MB of them.
    let mut big = delegations_csv(1, |_, line| line);
    let mut i = 0;
    while big.len() < 6 * 1024 * 1024 {
        i += 1;
        big.extend_from_slice(format!("Delegation number {i:08},party,\n").as_bytes());
    }

    let answer = import_on_page(chair, round_id, big.clone()).await;
    assert_page_problems(&answer, &["The file is too large ("]);
    let message = &answer.texts(".error-summary li")[0];
    assert!(message.contains("up to 5 MB"), "{message}");
    assert!(message.contains("Nothing was imported"), "{message}");
    assert_eq!(delegations_of(api, round_id).await, 0);

    let answer = ctx.put_csv("delegations", big.clone()).await;
    assert_eq!(
        answer.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{:?}",
        answer.json
    );
    assert_eq!(answer.json["error"]["code"], "import_invalid");
    assert!(
        answer.json["error"]["message"]
            .as_str()
            .is_some_and(|m| m.contains("5 MB")),
        "{:?}",
        answer.json
    );
    assert_eq!(delegations_of(api, round_id).await, 0);

    // A draft of 6 MB, pasted on the page and sent to the API.
    let mut draft = String::from("agenda_item,agenda_title,label,text\n");
    let mut n = 0;
    while draft.len() < 6 * 1024 * 1024 {
        n += 1;
        draft.push_str(&format!(
            "1,Item,{n},{}\n",
            "A paragraph of the draft. ".repeat(40)
        ));
    }
    let answer = draft_on_page(chair, round_id, "csv", &draft, "preview").await;
    assert_page_problems(&answer, &["The file is too large ("]);
    let answer = ctx.put_csv("recommendations", draft.into_bytes()).await;
    answer.assert_error(StatusCode::UNPROCESSABLE_ENTITY, "import_invalid");
    assert!(draft_labels(api, round_id).await.is_empty());
}

async fn a_draft_with_a_duplicate_label_or_a_missing_column_is_refused(backend: Backend) {
    let ctx = Importing::start(backend).await;
    let (api, chair, round_id) = (&ctx.api, &ctx.chair, ctx.round_id);
    let duplicate = "agenda_item,agenda_title,label,text\n2,Guidance,1,First.\n2,Guidance,2,Second.\n2,Guidance,1,Third.\n";

    for action in ["preview", "save"] {
        let answer = draft_on_page(chair, round_id, "csv", duplicate, action).await;
        assert_page_problems(
            &answer,
            &["Row 4, column label: the label \"1\" is already used on row 2."],
        );
        // What was pasted comes back to be corrected; no preview is offered.
        assert_eq!(
            answer.texts("#content"),
            vec![duplicate.trim_end().to_string()]
        );
        assert!(answer.texts("button[value='save']").is_empty());
    }
    assert!(draft_labels(api, round_id).await.is_empty());

    let answer = ctx
        .put_csv("recommendations", duplicate.as_bytes().to_vec())
        .await;
    assert_api_problems(&answer, &[(4, Some("label"))]);
    assert!(draft_labels(api, round_id).await.is_empty());

    let missing = "agenda_item,agenda_title,label\n2,Guidance,1\n";
    let answer = draft_on_page(chair, round_id, "csv", missing, "preview").await;
    assert_page_problems(
        &answer,
        &["Row 1: the header must name the columns agenda_item,agenda_title,label,text."],
    );
    let answer = ctx
        .put_csv("recommendations", missing.as_bytes().to_vec())
        .await;
    let problem = only_api_problem(&answer);
    assert!(
        problem["message"]
            .as_str()
            .is_some_and(|m| m.contains("agenda_item,agenda_title,label,text")),
        "{problem:?}"
    );
    assert!(draft_labels(api, round_id).await.is_empty());

    assert!(draft_labels(api, round_id).await.is_empty());
}

async fn a_plain_text_draft_is_previewed_then_saved(backend: Backend) {
    let ctx = Importing::start(backend).await;
    let (api, chair, round_id) = (&ctx.api, &ctx.chair, ctx.round_id);

    let bad = "Agenda item 2: Guidance on non-punishment\n1. First paragraph.\n1 bis. Inserted paragraph.\nThis line has no number.\n2. Second paragraph.\n";
    let answer = draft_on_page(chair, round_id, "text", bad, "preview").await;
    assert_page_problems(
        &answer,
        &["Row 4: this line does not start with a paragraph number"],
    );
    assert_eq!(
        answer.form("form[action$='/draft']").get("format"),
        Some("text"),
        "the format chosen stays chosen"
    );

    let good = bad.replace("This line has no number.\n", "");
    let preview = draft_on_page(chair, round_id, "text", &good, "preview").await;
    assert_eq!(preview.status, StatusCode::OK, "{}", preview.body);
    assert_eq!(
        preview.texts("form table tbody td bdi"),
        vec!["1", "1 bis", "2"]
    );
    assert!(
        draft_labels(api, round_id).await.is_empty(),
        "a preview stores nothing"
    );

    // "Save this draft" sends what the preview shows.
    let form = preview.form("form[action$='/draft']").set("action", "save");
    assert_eq!(form.get("format"), Some("text"));
    let saved = chair.submit_multipart(&form, None).await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    assert_eq!(
        saved.location.as_deref(),
        Some(format!("/chair/rounds/{round_id}/draft").as_str())
    );
    assert_eq!(draft_labels(api, round_id).await, vec!["1", "1 bis", "2"]);
    let round = api.get(&format!("/rounds/{round_id}")).await;
    assert_eq!(round.json["recommendations"][0]["agenda_item"], "2");
    assert_eq!(
        round.json["recommendations"][0]["agenda_title"],
        "Guidance on non-punishment"
    );
    assert_eq!(
        round.json["recommendations"][1]["text"],
        "Inserted paragraph."
    );
}

async fn the_draft_of_an_open_round_cannot_change(backend: Backend) {
    let t = TestApp::spawn(backend).await;
    let api = t.api(CHAIR).await;
    let chair = t.sign_in(CHAIR).await;
    let before = draft_labels(&api, t.round_id).await;
    assert_eq!(before.len(), 12);
    let draft = "agenda_item,agenda_title,label,text\n2,Guidance,1,Replaced.\n";

    // The page offers no form any more; a form sent anyway is refused with the reason.
    let page = chair
        .get(&format!("/chair/rounds/{}/draft", t.round_id))
        .await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(
        page.body
            .contains("The round has opened: the draft can no longer change.")
    );
    assert!(page.texts("form[action$='/draft']").is_empty());
    let csrf = page
        .form("form[action='/sign-out']")
        .get("csrf_token")
        .expect("csrf")
        .to_string();
    let fields: Vec<(String, String)> = [
        ("csrf_token", csrf.as_str()),
        ("format", "csv"),
        ("action", "save"),
        ("content", draft),
    ]
    .iter()
    .map(|(k, v)| (k.to_string(), v.to_string()))
    .collect();
    let answer = chair
        .post_multipart(
            &format!("/chair/rounds/{}/draft", t.round_id),
            &fields,
            None,
        )
        .await;
    assert_page_problems(
        &answer,
        &["The round has opened: the draft can no longer change."],
    );

    let answer = api
        .put_csv(
            &format!("/rounds/{}/recommendations", t.round_id),
            draft.as_bytes().to_vec(),
        )
        .await;
    assert_eq!(answer.status, StatusCode::CONFLICT, "{:?}", answer.json);
    assert_eq!(answer.json["error"]["code"], "conflict");
    assert_eq!(draft_labels(&api, t.round_id).await, before);
}

/// A JSON body is checked by the same rules as a CSV one; its problems name the item of the
/// list, 1-based, as `ErrorBody` documents for `row` ("the 1-based index in a JSON list").
async fn problems_of_a_json_list_name_the_item_of_the_list(backend: Backend) {
    let t = TestApp::spawn(backend).await;
    let api = t.api(CHAIR).await;
    let round_id = scheduled_round(&t, &api).await;

    // The same as a JSON list: the second item is the bad one.
    let answer = api
        .put(
            &format!("/rounds/{round_id}/delegations"),
            json!([
                {"name": "Alpha", "category": "party", "focal_point_emails": ["alpha@alpha.example.org"]},
                {"name": "Beta", "category": "party", "focal_point_emails": ["beta-at-beta.example.org"]},
            ]),
        )
        .await;
    let problem = only_api_problem(&answer);
    assert_eq!(problem["field"], "focal_point_emails");
    // ErrorBody documents `row` as "the 1-based index in a JSON list" for JSON bodies.
    assert_eq!(
        problem["row"], 2,
        "the second item of the JSON list: {problem:?}"
    );
    assert_eq!(delegations_of(&api, round_id).await, 0);

    // A JSON list with the duplicate as its third item.
    let answer = api
        .put(
            &format!("/rounds/{round_id}/recommendations"),
            json!([
                {"agenda_item": "2", "agenda_title": "Guidance", "label": "1", "text": "First."},
                {"agenda_item": "2", "agenda_title": "Guidance", "label": "2", "text": "Second."},
                {"agenda_item": "2", "agenda_title": "Guidance", "label": "1", "text": "Third."},
            ]),
        )
        .await;
    let problem = only_api_problem(&answer);
    assert_eq!(problem["field"], "label");
    assert_eq!(problem["row"], 3, "the third item: {problem:?}");
    assert!(draft_labels(&api, round_id).await.is_empty());
}

/// Past the API's body limit (8 MB) the answer is still the API's error shape, 413 with code
/// `too_large` and the 5 MB rule, and nothing is stored.
async fn a_body_over_the_api_limit_gets_the_json_error(backend: Backend) {
    let t = TestApp::spawn(backend).await;
    let api = t.api(CHAIR).await;
    let round_id = scheduled_round(&t, &api).await;
    let huge = delegations_csv(1, |_, line| line)
        .into_iter()
        .chain(std::iter::repeat_n(b'x', 9 * 1024 * 1024))
        .collect();
    let answer = api
        .put_csv(&format!("/rounds/{round_id}/delegations"), huge)
        .await;
    assert_eq!(answer.status, StatusCode::PAYLOAD_TOO_LARGE);
    assert_eq!(
        answer.json["error"]["code"], "too_large",
        "the API's error shape: {:?}",
        answer.json
    );
    assert!(
        answer.json["error"]["message"]
            .as_str()
            .is_some_and(|m| m.contains("5 MB")),
        "{:?}",
        answer.json
    );
    // The server closes a connection whose body it refused unread: count on a fresh one.
    let fresh = t.api(CHAIR).await;
    assert_eq!(delegations_of(&fresh, round_id).await, 0);
}

async fn at_most_2000_delegations_are_imported_at_once(backend: Backend) {
    let ctx = Importing::start(backend).await;
    let (api, round_id) = (&ctx.api, ctx.round_id);
    let too_many = delegations_csv(2_001, |_, line| line);
    ctx.delegations_refused(
        too_many.clone(),
        &["The file lists 2,001 delegations: at most 2,000 can be imported at once."],
        &[(0, None)],
    )
    .await;
    let answer = ctx.put_csv("delegations", too_many).await;
    let message = answer.json["error"]["problems"][0]["message"]
        .as_str()
        .unwrap_or_default();
    assert!(message.contains("at most 2,000"), "{message}");

    // 2,000 rows: every delegation and focal point stored, the focal points able to sign in.
    let answer = import_on_page(&ctx.chair, round_id, delegations_csv(2_000, |_, line| line)).await;
    assert_eq!(answer.status, StatusCode::OK, "{}", answer.body);
    assert_eq!(delegations_of(api, round_id).await, 2_000);
    let names = delegation_names(api, round_id).await;
    for name in ["Delegation 001", "Delegation 1000", "Delegation 2000"] {
        assert!(names.iter().any(|n| n == name), "{name}");
    }
    ctx.t
        .sign_in("focal.point2000@delegation.example.org")
        .await;

    // Again, with one more focal point: nothing new but that one.
    let again = delegations_csv(2_000, |row, line| {
        if row == 2 {
            format!("{line}; deputy001@delegation.example.org")
        } else {
            line
        }
    });
    let answer = ctx.put_csv("delegations", again).await;
    assert_eq!(answer.status, StatusCode::OK, "{:?}", answer.json);
    assert_eq!(answer.json["created"], 0);
    assert_eq!(answer.json["updated"], 2_000);
    assert_eq!(answer.json["focal_points_added"], 1);
    assert_eq!(delegations_of(api, round_id).await, 2_000);
}

async fn a_draft_has_at_most_2000_recommendations(backend: Backend) {
    let ctx = Importing::start(backend).await;
    let (api, round_id) = (&ctx.api, ctx.round_id);
    let draft = |n: usize| {
        let mut csv = String::from("agenda_item,agenda_title,label,text\n");
        for i in 1..=n {
            let item = if i <= n / 2 { 2 } else { 3 };
            csv.push_str(&format!(
                "{item},Item {item},{i},Paragraph {i} of the draft.\n"
            ));
        }
        csv
    };
    let answer = draft_on_page(&ctx.chair, round_id, "csv", &draft(2_001), "save").await;
    assert_page_problems(
        &answer,
        &["The file has 2,001 recommendations: a draft may have at most 2,000."],
    );
    let answer = ctx
        .put_csv("recommendations", draft(2_001).into_bytes())
        .await;
    assert_api_problems(&answer, &[(0, None)]);
    assert!(draft_labels(api, round_id).await.is_empty());

    let answer = ctx
        .put_csv("recommendations", draft(2_000).into_bytes())
        .await;
    assert_eq!(answer.status, StatusCode::OK, "{:?}", answer.json);
    assert_eq!(answer.json["rows"], 2_000);
    let labels = draft_labels(api, round_id).await;
    let expected: Vec<String> = (1..=2_000).map(|i| i.to_string()).collect();
    assert_eq!(labels, expected, "every paragraph, in order");
    let round = api.get(&format!("/rounds/{round_id}")).await;
    let items: Vec<&str> = round.json["recommendations"]
        .as_array()
        .expect("recommendations")
        .iter()
        .map(|r| r["agenda_item"].as_str().unwrap_or_default())
        .collect();
    assert_eq!(items[999], "2");
    assert_eq!(items[1000], "3");
}
