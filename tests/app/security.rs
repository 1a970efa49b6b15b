//! CSRF refusals, HTML escaping, and headers that keep sign-in links out of referrers.

use reqwest::StatusCode;

use crate::both_backends;
use crate::helpers::{AUSTRIA, Backend, CHAIR, TestApp, saved_comment_id};

both_backends!(
    post_without_or_with_a_wrong_csrf_token_is_refused,
    cross_site_post_is_refused_even_with_the_token,
    script_in_a_comment_is_shown_as_text,
    sign_in_link_page_sends_no_referrer,
);

async fn post_without_or_with_a_wrong_csrf_token_is_refused(backend: Backend) {
    let t = TestApp::spawn(backend).await;
    let austria = t.sign_in(AUSTRIA).await;
    let form = austria
        .comment_form(&t.round_path(), "3", "remark", "Forged.")
        .await;
    let without: Vec<(String, String)> = form
        .fields
        .iter()
        .filter(|(n, _)| n != "csrf_token")
        .cloned()
        .collect();
    let answer = austria.post(&form.action, &without).await;
    assert_eq!(answer.status, StatusCode::FORBIDDEN);
    assert!(answer.body.contains("The form has expired"));
    let wrong = form.clone().set("csrf_token", &"0".repeat(64));
    assert_eq!(austria.submit(&wrong).await.status, StatusCode::FORBIDDEN);
    // Another person's token does not work in this session either.
    let other = t.sign_in(crate::helpers::BRAZIL).await;
    let other_token = other
        .get(&t.round_path())
        .await
        .recommendation_form("3")
        .get("csrf_token")
        .unwrap_or_default()
        .to_string();
    assert_eq!(
        austria
            .submit(&form.clone().set("csrf_token", &other_token))
            .await
            .status,
        StatusCode::FORBIDDEN
    );
    assert_eq!(t.comment_count().await, 0);
    // The real form still works.
    assert_eq!(austria.submit(&form).await.status, StatusCode::SEE_OTHER);
}

async fn cross_site_post_is_refused_even_with_the_token(backend: Backend) {
    let t = TestApp::spawn(backend).await;
    let austria = t.sign_in(AUSTRIA).await;
    let form = austria
        .comment_form(&t.round_path(), "3", "remark", "Cross-site.")
        .await;
    let response = austria
        .client
        .post(t.url(&form.action))
        .header("Origin", "https://attacker.example")
        .header("Sec-Fetch-Site", "cross-site")
        .form(&form.fields)
        .send()
        .await
        .expect("post");
    assert_eq!(response.status(), StatusCode::FORBIDDEN);
    assert_eq!(t.comment_count().await, 0);
}

async fn script_in_a_comment_is_shown_as_text(backend: Backend) {
    let t = TestApp::spawn(backend).await;
    let austria = t.sign_in(AUSTRIA).await;
    let payload = "<script>alert('x')</script><img src=x onerror=alert(1)>";
    let saved = austria
        .comment_on(&t.round_path(), "3", "amendment", payload, payload)
        .await;
    let id = saved_comment_id(&saved);
    let chair = t.sign_in(CHAIR).await;
    let pages = [
        austria.follow(&saved).await,
        austria
            .get(&format!("{}/our-comments", t.round_path()))
            .await,
        austria.get(&format!("/comments/{id}/edit")).await,
        chair
            .get(&format!("/chair/rounds/{}/comments", t.round_id))
            .await,
    ];
    for page in pages {
        assert!(
            !page.body.contains("<script>alert"),
            "unescaped script in:\n{}",
            page.body
        );
        assert!(!page.body.contains("<img src=x"), "unescaped markup");
        assert!(
            page.html()
                .select(&crate::helpers::sel("main script, main img"))
                .next()
                .is_none()
        );
        assert!(page.body.contains("&#60;script&#62;") || page.body.contains("&lt;script&gt;"));
    }
}

async fn sign_in_link_page_sends_no_referrer(backend: Backend) {
    let t = TestApp::spawn(backend).await;
    let browser = t.browser();
    let link = t.request_link(&browser, AUSTRIA).await;
    let response = browser.client.get(t.url(&link)).send().await.expect("get");
    assert_eq!(
        response
            .headers()
            .get("referrer-policy")
            .and_then(|v| v.to_str().ok()),
        Some("no-referrer")
    );
    assert!(response.headers().get("content-security-policy").is_some());
}
