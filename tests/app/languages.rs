//! The language of the pages: the person's own choice (saved on their profile by the switcher on
//! every page, a plain form), else the browser's `Accept-Language` by q-value, else the round's
//! default language, else English. Arabic pages are right to left.

use reqwest::StatusCode;

use crate::both_backends;
use crate::helpers::{AUSTRIA, BRAZIL, Backend, CHAIR, TestApp, User};
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

/// The sign-in link comes in the language of the page it was asked for from; the notices of a
/// round come in each focal point's own language, else the round's.
async fn each_mail_comes_in_its_readers_language(backend: Backend) {
    let t = TestApp::spawn(backend).await;
    t.set_round_language(Language::Es).await;
    // Asked for from a French page: the link comes in French.
    let visitor = t.browser();
    let page = visitor.get_accepting("/sign-in", "fr").await;
    let form = page.form("form[action='/sign-in']").set("email", AUSTRIA);
    let before = t.mails_to(AUSTRIA).len();
    let asked = visitor.submit(&form).await;
    assert_eq!(asked.status, StatusCode::OK, "{}", asked.body);
    let link = t.wait_for_mail(AUSTRIA, before + 1).await;
    assert_eq!(link.subject, "Votre lien de connexion à redraft");

    // Austria chooses Arabic; Brazil chooses nothing and reads the round's language.
    let austria = t.sign_in(AUSTRIA).await;
    switch_to(&austria, &t.round_path(), "ar").await;
    let chair = t.sign_in(CHAIR).await;
    let overview = chair.get(&format!("/chair/rounds/{}", t.round_id)).await;
    let form = overview
        .form("form:has(input[name='action'][value='close'])")
        .set("reason", "Agreed by the Bureau.");
    let confirm = chair.submit(&form).await;
    assert_eq!(confirm.status, StatusCode::OK, "{}", confirm.body);
    let closed = chair
        .submit(&confirm.form("form[action$='/schedule']"))
        .await;
    assert_eq!(closed.status, StatusCode::SEE_OTHER, "{}", closed.body);
    t.settle_mail().await;
    // The notice of the early closing, then the closing confirmation: each in its language.
    let subjects =
        |to: &str| -> Vec<String> { t.mails_to(to).into_iter().map(|m| m.subject).collect() };
    let notice = t
        .mails_to(AUSTRIA)
        .into_iter()
        .find(|m| m.subject.starts_with("إغلاق الجولة قبل موعدها"))
        .unwrap_or_else(|| panic!("{:?}", subjects(AUSTRIA)));
    assert!(notice.html.contains("dir=\"rtl\""), "{}", notice.html);
    assert!(notice.text.contains("Agreed by the Bureau."));
    assert!(
        subjects(AUSTRIA)
            .iter()
            .any(|s| s.starts_with("أُغلقت الجولة"))
    );
    assert!(
        subjects(BRAZIL)
            .iter()
            .any(|s| s.starts_with("Procedimiento cerrado anticipadamente")),
        "{:?}",
        subjects(BRAZIL)
    );
    assert!(
        subjects(BRAZIL)
            .iter()
            .any(|s| s.starts_with("Procedimiento cerrado:"))
    );
}

both_backends!(
    the_browser_then_the_choice_decide,
    the_round_default_comes_last,
    each_mail_comes_in_its_readers_language
);
