//! A delegation sees and changes only its own comments; Chair pages are for staff only.

use reqwest::StatusCode;

use crate::both_backends;
use crate::helpers::{AUSTRIA, BRAZIL, Backend, TestApp, saved_comment_id};

both_backends!(
    another_delegation_cannot_read_edit_or_withdraw_by_changing_ids,
    delegate_reaching_a_chair_page_gets_not_found,
    signed_out_visitor_is_sent_to_sign_in,
);

async fn another_delegation_cannot_read_edit_or_withdraw_by_changing_ids(backend: Backend) {
    let t = TestApp::spawn(backend).await;
    let austria = t.sign_in(AUSTRIA).await;
    let brazil = t.sign_in(BRAZIL).await;
    let saved = austria
        .remark_on(&t.round_path(), "3", "Austria only.")
        .await;
    let id = saved_comment_id(&saved);

    let brazil_page = brazil.get(&t.round_path()).await;
    assert!(
        !brazil_page.body.contains("Austria only."),
        "private comments stay private"
    );
    assert_eq!(
        brazil.get(&format!("/comments/{id}/edit")).await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        brazil.get(&format!("/comments/{id}/withdraw")).await.status,
        StatusCode::NOT_FOUND
    );

    // Brazil takes a form of its own and points it at Austria's comment.
    let own = brazil
        .remark_on(&t.round_path(), "4", "Brazil's own.")
        .await;
    let own_id = saved_comment_id(&own);
    let form = brazil.edit_form(own_id).await;
    let mut hijack = form.set("text", "Overwritten by Brazil.");
    hijack.action = format!("/comments/{id}/edit");
    assert_eq!(brazil.submit(&hijack).await.status, StatusCode::NOT_FOUND);
    let withdraw = brazil.withdraw_form(own_id).await;
    assert_eq!(
        brazil
            .post(&format!("/comments/{id}/withdraw"), &withdraw.fields)
            .await
            .status,
        StatusCode::NOT_FOUND
    );

    let record = t.comment(id).await;
    assert_eq!(record.text, "Austria only.");
    assert_eq!(record.version, 1);
    assert_eq!(
        brazil
            .get(&format!("/comments/{}/edit", id + 1000))
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        brazil.get("/comments/not-a-number/edit").await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        brazil.get("/rounds/999999").await.status,
        StatusCode::NOT_FOUND
    );
}

async fn delegate_reaching_a_chair_page_gets_not_found(backend: Backend) {
    let t = TestApp::spawn(backend).await;
    let austria = t.sign_in(AUSTRIA).await;
    let answer = austria.get(&format!("/chair/rounds/{}", t.round_id)).await;
    assert_eq!(answer.status, StatusCode::NOT_FOUND);
    assert!(answer.body.contains("Page not found"));
}

async fn signed_out_visitor_is_sent_to_sign_in(backend: Backend) {
    let t = TestApp::spawn(backend).await;
    let visitor = t.browser();
    for path in [
        "/",
        &t.round_path(),
        &format!("/chair/rounds/{}", t.round_id),
    ] {
        assert_eq!(
            visitor.get(path).await.location.as_deref(),
            Some("/sign-in"),
            "{path}"
        );
    }
}
