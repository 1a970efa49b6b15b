//! The language of the pages: the person's own choice (saved on their profile by the switcher on
//! every page, a plain form), else the browser's `Accept-Language` by q-value, else the round's
//! default language, else English. Arabic pages are right to left.

use reqwest::StatusCode;

use crate::both_backends;
use crate::helpers::{AUSTRIA, Backend, TestApp, User};
use redraft::domain::Language;

/// Presses the switcher's button for `code` on the page at `path`; returns where it leads.
async fn switch_to(user: &User, path: &str, code: &str) -> String {
    let page = user.get(path).await;
    let form = page.form("form[action='/language']").set("lang", code);
    assert_eq!(form.get("back"), Some(path), "the switcher comes back here");
    let answer = user.submit(&form).await;
    assert_eq!(answer.status, StatusCode::SEE_OTHER, "{}", answer.body);
    answer.location.expect("back to the page")
}

async fn the_browser_then_the_choice_decide(backend: Backend) {
    let t = TestApp::spawn(backend).await;
    let visitor = t.browser();
    // The first of ours by weight, not by place; languages we lack are passed over.
    let page = visitor
        .get_accepting("/sign-in", "de-AT, de;q=0.9, en;q=0.3, ar;q=0.8")
        .await;
    assert_eq!(page.lang_dir(), ("ar".into(), "rtl".into()));
    let page = visitor.get_accepting("/sign-in", "ru;q=0.5, zh-CN").await;
    assert_eq!(page.lang_dir(), ("zh".into(), "ltr".into()));
    // None of ours: English.
    let page = visitor.get_accepting("/sign-in", "de, it;q=0.5").await;
    assert_eq!(page.lang_dir(), ("en".into(), "ltr".into()));

    // A visitor's choice (a cookie) outweighs the browser's.
    assert_eq!(switch_to(&visitor, "/sign-in", "fr").await, "/sign-in");
    let page = visitor.get_accepting("/sign-in", "ru").await;
    assert_eq!(page.lang_dir().0, "fr");
    // The switcher refuses a language it does not offer, and a form without its token.
    let form = page.form("form[action='/language']");
    let refused = visitor.submit(&form.clone().set("lang", "de")).await;
    assert_eq!(refused.status, StatusCode::BAD_REQUEST, "{}", refused.body);
    let forged = visitor
        .post("/language", &[("lang".into(), "es".into())])
        .await;
    assert_eq!(forged.status, StatusCode::FORBIDDEN, "{}", forged.body);

    // Signed in, the choice is saved on the person's profile: another browser, asking for
    // Russian, gets it too.
    let austria = t.sign_in(AUSTRIA).await;
    let round = t.round_path();
    assert_eq!(switch_to(&austria, &round, "es").await, round);
    let elsewhere = t.sign_in(AUSTRIA).await;
    let page = elsewhere.get_accepting(&round, "ru").await;
    assert_eq!(page.status, StatusCode::OK);
    assert_eq!(page.lang_dir().0, "es");
    assert_eq!(t.user_language(AUSTRIA).await, Some(Language::Es));
}

async fn the_round_default_comes_last(backend: Backend) {
    let t = TestApp::spawn(backend).await;
    t.set_round_language(Language::Ru).await;
    let austria = t.sign_in(AUSTRIA).await;
    // A browser that asks for none of ours reads the round in its default language...
    let page = austria.get_accepting(&t.round_path(), "de").await;
    assert_eq!(page.lang_dir().0, "ru");
    // ...one that asks for one of ours reads that one; pages of no round are English.
    let page = austria.get_accepting(&t.round_path(), "fr, de").await;
    assert_eq!(page.lang_dir().0, "fr");
    let page = austria.get_accepting("/", "de").await;
    assert_eq!(page.lang_dir().0, "en");
}

both_backends!(
    the_browser_then_the_choice_decide,
    the_round_default_comes_last
);
