//! Consolidation by the Chair and the Secretariat: only once the round is closed (a reopened
//! round freezes it), validation next to the fields, and two people saving the same
//! recommendation do not silently overwrite each other.

use jiff::SignedDuration;
use reqwest::StatusCode;

use crate::both_backends;
use crate::helpers::{AUSTRIA, Backend, CHAIR, TestApp, sel};
use redraft::store::disposition as dispositions;

both_backends!(
    consolidation_waits_for_the_close_and_freezes_when_reopened,
    invalid_decisions_are_explained_next_to_the_field,
    a_stale_save_is_refused_with_both_versions_shown,
    delegations_cannot_consolidate,
);

const SECRETARIAT: &str = "secretariat@wg-tip.example.org";

fn workspace_path(t: &TestApp, recommendation_id: i64) -> String {
    format!(
        "/chair/rounds/{}/consolidation/recommendations/{recommendation_id}",
        t.round_id
    )
}

/// The id of the draft's recommendation labelled `label`.
async fn recommendation_id(t: &TestApp, label: &str) -> i64 {
    let mut conn = t.app.store().read().await.expect("conn");
    dispositions::paragraphs(&mut conn, t.round_id)
        .await
        .expect("paragraphs")
        .into_iter()
        .find(|p| p.label == label)
        .expect("recommendation")
        .recommendation_id
}

async fn saved(
    t: &TestApp,
    recommendation_id: i64,
) -> Option<redraft::domain::disposition::SavedDisposition> {
    let mut conn = t.app.store().read().await.expect("conn");
    dispositions::get_disposition(&mut conn, t.round_id, recommendation_id)
        .await
        .expect("query")
}

async fn consolidation_waits_for_the_close_and_freezes_when_reopened(backend: Backend) {
    let t = TestApp::spawn(backend).await;
    let closes_at = t.closes_at().await;
    t.clock.set(closes_at - SignedDuration::from_mins(5));
    let chair = t.sign_in(CHAIR).await;
    let id = recommendation_id(&t, "1").await;

    // While the round is open: the page says so and offers no form; a save is refused.
    let page = chair.get(&workspace_path(&t, id)).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    assert!(
        page.body.contains("Consolidation is frozen"),
        "{}",
        page.body
    );
    let selector = format!("form[action$='/recommendations/{id}']");
    assert!(page.html().select(&sel(&selector)).next().is_none());
    let fields = vec![
        ("csrf_token".to_string(), csrf(&page)),
        ("decision".to_string(), "retained".to_string()),
        ("version".to_string(), "0".to_string()),
    ];
    let refused = chair.post(&workspace_path(&t, id), &fields).await;
    assert_eq!(refused.status, StatusCode::CONFLICT, "{}", refused.body);
    assert!(saved(&t, id).await.is_none(), "nothing is stored");

    // Closed: the decision is saved.
    t.clock.set(closes_at + SignedDuration::from_secs(1));
    let page = chair.get(&workspace_path(&t, id)).await;
    let form = page.form(&selector).set("decision", "retained");
    let answer = chair.submit(&form).await;
    assert_eq!(answer.status, StatusCode::SEE_OTHER, "{}", answer.body);
    let page = chair.follow(&answer).await;
    assert!(page.body.contains("The decision was saved (version 1)."));
    assert_eq!(saved(&t, id).await.expect("saved").version, 1);
    let overview = chair
        .get(&format!("/chair/rounds/{}/consolidation", t.round_id))
        .await;
    assert!(
        overview.body.contains("1 of 12 recommendations decided"),
        "{}",
        overview.body
    );

    // Reopened (the deadline lies ahead again): consolidation is frozen, nothing changes.
    t.clock.set(closes_at - SignedDuration::from_secs(1));
    let form = form.set("decision", "deleted").set("version", "1");
    let refused = chair.submit(&form).await;
    assert_eq!(refused.status, StatusCode::CONFLICT, "{}", refused.body);
    assert!(refused.body.contains("Consolidation is frozen"));
    let still = saved(&t, id).await.expect("saved");
    assert_eq!((still.version, still.decision.as_str()), (1, "retained"));
}

fn csrf(page: &crate::helpers::Answer) -> String {
    page.html()
        .select(&sel("input[name=csrf_token]"))
        .next()
        .and_then(|i| i.value().attr("value").map(str::to_string))
        .expect("a csrf token")
}

async fn invalid_decisions_are_explained_next_to_the_field(backend: Backend) {
    let t = TestApp::spawn(backend).await;
    t.clock
        .set(t.closes_at().await + SignedDuration::from_mins(1));
    let chair = t.sign_in(CHAIR).await;
    let id = recommendation_id(&t, "3").await;
    let page = chair.get(&workspace_path(&t, id)).await;
    let form = page
        .form(&format!("form[action$='/recommendations/{id}']"))
        .set("decision", "bracketed")
        .set("text", "No brackets <at> all & more");
    let answer = chair.submit(&form).await;
    answer.assert_form_refused();
    let summary = answer.texts(".error-summary a");
    assert_eq!(summary.len(), 1, "{summary:?}");
    assert!(summary[0].contains("square brackets"));
    assert_eq!(
        answer
            .html()
            .select(&sel(".error-summary a"))
            .next()
            .and_then(|a| a.value().attr("href")),
        Some("#text")
    );
    // What was typed is kept, escaped.
    let kept = answer.form(&format!("form[action$='/recommendations/{id}']"));
    assert_eq!(kept.get("text"), Some("No brackets <at> all & more"));
    assert!(saved(&t, id).await.is_none());

    // Merged without a target.
    let answer = chair
        .submit(&form.set("decision", "merged").set("text", ""))
        .await;
    assert_eq!(answer.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(answer.texts(".error-summary a")[0].contains("merged into"));
}

async fn a_stale_save_is_refused_with_both_versions_shown(backend: Backend) {
    let t = TestApp::spawn(backend).await;
    t.clock
        .set(t.closes_at().await + SignedDuration::from_mins(1));
    let chair = t.sign_in(CHAIR).await;
    let secretariat = t.sign_in(SECRETARIAT).await;
    let id = recommendation_id(&t, "2").await;
    let selector = format!("form[action$='/recommendations/{id}']");

    // Both open the same recommendation.
    let chair_form = chair.get(&workspace_path(&t, id)).await.form(&selector);
    let secretariat_form = secretariat
        .get(&workspace_path(&t, id))
        .await
        .form(&selector);

    let answer = chair
        .submit(
            &chair_form
                .set("decision", "amended")
                .set("text", "The Chair's consolidated wording."),
        )
        .await;
    assert_eq!(answer.status, StatusCode::SEE_OTHER, "{}", answer.body);

    let stale = secretariat
        .submit(
            &secretariat_form
                .set("decision", "bracketed")
                .set("text", "The Secretariat's [wording]."),
        )
        .await;
    assert_eq!(stale.status, StatusCode::CONFLICT, "{}", stale.body);
    let conflict = stale.texts("#conflict").join(" ");
    assert!(conflict.contains("Someone else saved this recommendation meanwhile"));
    assert!(
        conflict.contains("The Chair's consolidated wording."),
        "{conflict}"
    );
    let kept = stale.form(&selector);
    assert_eq!(kept.get("text"), Some("The Secretariat's [wording]."));
    assert_eq!(kept.get("version"), Some("1"));
    let current = saved(&t, id).await.expect("saved");
    assert_eq!(
        current.text.as_deref(),
        Some("The Chair's consolidated wording.")
    );

    // Saving again from the conflict page is a deliberate replacement.
    let replaced = secretariat.submit(&kept).await;
    assert_eq!(replaced.status, StatusCode::SEE_OTHER, "{}", replaced.body);
    let current = saved(&t, id).await.expect("saved");
    assert_eq!(
        (current.version, current.text.as_deref()),
        (2, Some("The Secretariat's [wording]."))
    );
    let mut conn = t.app.store().read().await.expect("conn");
    assert_eq!(
        dispositions::count_revisions(&mut conn, current.disposition_id)
            .await
            .expect("count"),
        2
    );
    let audit =
        redraft::store::audit::events_for_object(&mut conn, "disposition", current.disposition_id)
            .await
            .expect("audit");
    assert_eq!(audit.len(), 2);
    assert!(audit.iter().all(|e| e.action == "disposition_saved"));
}

async fn delegations_cannot_consolidate(backend: Backend) {
    let t = TestApp::spawn(backend).await;
    t.clock
        .set(t.closes_at().await - SignedDuration::from_mins(5));
    let austria = t.sign_in(AUSTRIA).await;
    t.clock
        .set(t.closes_at().await + SignedDuration::from_mins(1));
    for path in [
        format!("/chair/rounds/{}/consolidation", t.round_id),
        format!("/chair/rounds/{}/consolidation/general", t.round_id),
        format!(
            "/chair/rounds/{}/consolidation/preview/outcome.html",
            t.round_id
        ),
    ] {
        let page = austria.get(&path).await;
        assert_eq!(page.status, StatusCode::NOT_FOUND, "{path}");
    }
    // Nothing is published yet: the outcome page says so, and there is nothing to download.
    let page = austria
        .get(&format!("/rounds/{}/outcome", t.round_id))
        .await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("No outcome has been published yet."));
    let file = austria
        .get(&format!("/rounds/{}/outcome/latest.html", t.round_id))
        .await;
    assert_eq!(file.status, StatusCode::NOT_FOUND);
}
