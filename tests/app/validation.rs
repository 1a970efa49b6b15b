//! Bad input comes back with a message next to the field, the text kept, nothing stored.

use reqwest::StatusCode;

use crate::both_backends;
use crate::helpers::{AUSTRIA, Answer, Backend, TestApp, User};

both_backends!(
    empty_remark_is_refused,
    over_long_comment_is_refused,
    amendment_without_replacement_text_is_refused,
    unknown_recommendation_is_refused,
    control_characters_are_refused,
    exactly_the_limit_is_accepted,
);

/// Checks the standard shape of a refused comment form: 422, "Error:" title, the summary
/// linking to the field, the message next to the field, the typed text kept.
fn assert_refused(answer: &Answer, field_id: &str, message: &str, kept_text: &str) {
    answer.assert_form_refused();
    assert_eq!(
        answer.texts(&format!(".error-summary a[href='#{field_id}']")),
        vec![message.to_string()]
    );
    assert_eq!(
        answer.texts(&format!("#{field_id}-error")),
        vec![message.to_string()]
    );
    let described = answer
        .html()
        .select(&crate::helpers::sel(&format!("#{field_id}")))
        .next()
        .and_then(|e| e.value().attr("aria-describedby").map(str::to_string))
        .unwrap_or_default();
    assert!(
        described.contains(&format!("{field_id}-error")),
        "the field points at its error: {described}"
    );
    if !kept_text.is_empty() {
        assert!(answer.body.contains(kept_text), "the typed text is kept");
    }
}

async fn empty_remark_is_refused(backend: Backend) {
    let (t, austria, answer) = austria_comments_on_3(backend, "remark", "   \n  ").await;
    let rec = rec_id(&austria, &t, "3").await;
    assert_refused(&answer, &format!("text-{rec}"), "Enter your comment", "");
    assert_eq!(t.comment_count().await, 0);
}

async fn over_long_comment_is_refused(backend: Backend) {
    let text = format!("{}{}", "é".repeat(20_000), "x");
    let (t, austria, answer) = austria_comments_on_3(backend, "remark", &text).await;
    let rec = rec_id(&austria, &t, "3").await;
    assert_refused(
        &answer,
        &format!("text-{rec}"),
        "The comment must be 20,000 characters or fewer (it is 20,001)",
        &text,
    );
    assert_eq!(t.comment_count().await, 0);
}

async fn exactly_the_limit_is_accepted(backend: Backend) {
    // 20,000 characters after NFC normalisation: "e" + combining acute becomes one "é".
    let text = "e\u{301}".repeat(20_000);
    let (t, _, answer) = austria_comments_on_3(backend, "remark", &text).await;
    assert_eq!(answer.status, StatusCode::SEE_OTHER, "{}", answer.title());
    let id = crate::helpers::saved_comment_id(&answer);
    assert_eq!(t.comment(id).await.text, "é".repeat(20_000));
}

async fn amendment_without_replacement_text_is_refused(backend: Backend) {
    let (t, austria, answer) =
        austria_comments_on_3(backend, "amendment", "Our explanation.").await;
    let rec = rec_id(&austria, &t, "3").await;
    assert_refused(
        &answer,
        &format!("proposed-text-{rec}"),
        "Enter the text you propose for this recommendation",
        "Our explanation.",
    );
    // The form comes back with the amendment still chosen.
    let form = answer.recommendation_form("3");
    assert_eq!(form.get("kind"), Some("amendment"));
    assert_eq!(t.comment_count().await, 0);
}

async fn unknown_recommendation_is_refused(backend: Backend) {
    let t = TestApp::spawn(backend).await;
    let austria = t.sign_in(AUSTRIA).await;
    let page = austria.get(&t.round_path()).await;
    let form = page
        .recommendation_form("3")
        .set("recommendation_id", "999999")
        .set("kind", "remark")
        .set("text", "About a paragraph that is not there.");
    let answer = austria.submit(&form).await;
    assert_eq!(answer.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(answer.title().starts_with("Error: "));
    assert!(
        answer
            .body
            .contains("This recommendation is not part of the draft under comment")
    );
    assert!(answer.body.contains("About a paragraph that is not there."));
    let garbage = form
        .clone()
        .set("recommendation_id", "3; DROP TABLE comment");
    assert_eq!(
        austria.submit(&garbage).await.status,
        StatusCode::UNPROCESSABLE_ENTITY
    );
    assert_eq!(t.comment_count().await, 0);

    // Once the server has seen the round open it skips the read before a write: the writer's
    // own check refuses the unknown recommendation then, with the same answer.
    austria
        .remark_on(&t.round_path(), "3", "A comment in order.")
        .await;
    let again = austria.submit(&form).await;
    assert_eq!(again.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        again
            .body
            .contains("This recommendation is not part of the draft under comment")
    );
    assert!(again.body.contains("About a paragraph that is not there."));
    assert_eq!(t.comment_count().await, 1);
    // The refused write was stored, judged and rolled back, its reference number with it: the
    // next comment takes the number after the first's.
    let next = austria
        .remark_on(&t.round_path(), "4", "Another comment in order.")
        .await;
    austria.follow_saved(&next, "WG-TIP-2020/C/0002").await;
}

async fn control_characters_are_refused(backend: Backend) {
    let (t, _, answer) = austria_comments_on_3(backend, "remark", "Bell\u{7} inside").await;
    assert_eq!(answer.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(answer.body.contains("control character"));
    assert_eq!(t.comment_count().await, 0);
}

/// Austria comments on recommendation 3 of the demo round.
async fn austria_comments_on_3(
    backend: Backend,
    kind: &str,
    text: &str,
) -> (TestApp, User, Answer) {
    let t = TestApp::spawn(backend).await;
    let austria = t.sign_in(AUSTRIA).await;
    let answer = austria
        .comment_on(&t.round_path(), "3", kind, text, "")
        .await;
    (t, austria, answer)
}

/// The database id of the recommendation labelled `label`, read from the page's form.
async fn rec_id(user: &User, t: &TestApp, label: &str) -> String {
    user.get(&t.round_path())
        .await
        .recommendation_form(label)
        .get("recommendation_id")
        .unwrap_or_default()
        .to_string()
}
