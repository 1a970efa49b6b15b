//! A focal point taken off a delegation, or whose delegation is taken out of the round, is out
//! at once (sessions and pending sign-in links end with the removal), and added again starts
//! afresh: a new link works, the old links and the old session do not.

use redraft::store::delegation as people;
use reqwest::StatusCode;

use crate::both_backends;
use crate::helpers::{AUSTRIA, BRAZIL, Backend, CHAIR, TestApp, User};

both_backends!(
    a_removed_focal_point_is_out_at_once_and_comes_back_afresh,
    removing_a_delegation_signs_its_focal_points_out,
);

/// (user id, delegation id) of the person with this address.
async fn person(t: &TestApp, email: &str) -> (i64, i64) {
    let mut conn = t.app.store().read().await.expect("conn");
    let user = people::find_user_by_email(&mut conn, email)
        .await
        .expect("query")
        .expect("a person");
    (user.user_id, user.delegation_id.expect("a delegation"))
}

/// Submits the form of the round's delegations page that has `action` and `field` = `value`.
async fn chair_does(t: &TestApp, chair: &User, action: &str, field: (&str, String), email: &str) {
    let page = chair
        .get(&format!("/chair/rounds/{}/delegations", t.round_id))
        .await;
    let form = page.form(&format!(
        "form:has(input[name='action'][value='{action}']):has(input[name='{}'][value='{}'])",
        field.0, field.1
    ));
    let form = if email.is_empty() {
        form
    } else {
        form.set("email", email)
    };
    let answer = chair.submit_multipart(&form, None).await;
    assert_eq!(answer.status, StatusCode::OK, "{}", answer.body);
}

async fn is_signed_out(user: &User) -> bool {
    user.get("/").await.location.as_deref() == Some("/sign-in")
}

async fn link_works(t: &TestApp, link: &str) -> bool {
    t.browser().get(link).await.status == StatusCode::OK
}

async fn a_removed_focal_point_is_out_at_once_and_comes_back_afresh(backend: Backend) {
    let t = TestApp::spawn(backend).await;
    let chair = t.sign_in(CHAIR).await;
    let austria = t.sign_in(AUSTRIA).await;
    let pending = t.request_link(&t.browser(), AUSTRIA).await;
    assert!(!is_signed_out(&austria).await);
    assert!(link_works(&t, &pending).await);
    let (user_id, delegation_id) = person(&t, AUSTRIA).await;

    chair_does(
        &t,
        &chair,
        "remove-focal-point",
        ("user_id", user_id.to_string()),
        "",
    )
    .await;
    assert!(is_signed_out(&austria).await, "the session ended");
    assert!(!link_works(&t, &pending).await, "the pending link ended");

    chair_does(
        &t,
        &chair,
        "add-focal-point",
        ("delegation_id", delegation_id.to_string()),
        AUSTRIA,
    )
    .await;
    assert!(is_signed_out(&austria).await, "the old session stays ended");
    assert!(!link_works(&t, &pending).await, "the old link stays ended");
    let again = t.sign_in(AUSTRIA).await;
    assert_eq!(again.get(&t.round_path()).await.status, StatusCode::OK);
}

async fn removing_a_delegation_signs_its_focal_points_out(backend: Backend) {
    let t = TestApp::spawn(backend).await;
    let chair = t.sign_in(CHAIR).await;
    let austria = t.sign_in(AUSTRIA).await;
    let brazil = t.sign_in(BRAZIL).await;
    let pending = t.request_link(&t.browser(), AUSTRIA).await;
    let (_, delegation_id) = person(&t, AUSTRIA).await;

    chair_does(
        &t,
        &chair,
        "remove",
        ("delegation_id", delegation_id.to_string()),
        "",
    )
    .await;
    assert!(is_signed_out(&austria).await, "the session ended");
    assert!(!link_works(&t, &pending).await, "the pending link ended");
    assert!(
        !is_signed_out(&brazil).await,
        "other delegations stay signed in"
    );
}
