//! The cookies a browser gets and the transport it is told to keep to. Behind an https public
//! URL the session and CSRF cookies carry the `__Host-` prefix (so `Secure`, `Path=/`, no
//! `Domain`), only those names are read, and every answer carries `Strict-Transport-Security`;
//! on a plain-http address (local use) the cookies keep their plain names and nothing asks for
//! https.
//!
//! The requests here set the `Cookie` header by hand, as a browser would over https (the test
//! server itself is plain http on loopback, standing for a proxy that ends TLS).

use reqwest::StatusCode;
use reqwest::header::{COOKIE, HeaderMap, SET_COOKIE, STRICT_TRANSPORT_SECURITY};
use scraper::Html;

use crate::both_backends;
use crate::helpers::{AUSTRIA, Backend, TestApp, sel, sign_in_link};
use redraft::config::ServerArgs;

both_backends!(
    behind_https_cookies_carry_the_host_prefix_and_answers_hsts,
    on_plain_http_cookies_keep_their_names_and_no_hsts,
);

const HTTPS_URL: &str = "https://comments.example.org";

/// An answer as read here: status, headers and body.
struct Seen {
    status: StatusCode,
    headers: HeaderMap,
    body: String,
}

impl Seen {
    /// The cookies this answer sets, as (name, value, attributes in lower case).
    fn set_cookies(&self) -> Vec<(String, String, Vec<String>)> {
        self.headers
            .get_all(SET_COOKIE)
            .iter()
            .map(|v| {
                let mut parts = v.to_str().expect("ASCII cookie").split(';').map(str::trim);
                let (name, value) = parts
                    .next()
                    .and_then(|p| p.split_once('='))
                    .expect("name=value");
                let attributes = parts.map(str::to_ascii_lowercase).collect();
                (name.to_string(), value.to_string(), attributes)
            })
            .collect()
    }

    /// The one cookie this answer sets, checking that it sets exactly `name`.
    fn only_cookie(&self, name: &str) -> (String, Vec<String>) {
        let mut set = self.set_cookies();
        let names: Vec<&str> = set.iter().map(|(n, _, _)| n.as_str()).collect();
        assert_eq!(names, [name], "the cookies set");
        let (_, value, attributes) = set.remove(0);
        (value, attributes)
    }

    fn hsts(&self) -> Option<&str> {
        self.headers
            .get(STRICT_TRANSPORT_SECURITY)
            .map(|v| v.to_str().expect("ASCII"))
    }

    /// The CSRF token of the form matching `selector`.
    fn csrf_token(&self, selector: &str) -> String {
        let html = Html::parse_document(&self.body);
        let form = html
            .select(&sel(selector))
            .next()
            .unwrap_or_else(|| panic!("no form {selector}: {}", self.body));
        form.select(&sel("input[name='csrf_token']"))
            .next()
            .and_then(|i| i.value().attr("value"))
            .expect("a CSRF token")
            .to_string()
    }
}

/// A client that keeps no cookies and follows no redirects: the test sends each cookie itself.
/// The token a form's masked CSRF token stands for: hex of a pad, then of the token XOR the pad.
fn unmasked(masked: &str) -> String {
    let bytes = hex::decode(masked).expect("hex");
    let (pad, token) = bytes.split_at(bytes.len() / 2);
    String::from_utf8(token.iter().zip(pad).map(|(t, p)| t ^ p).collect()).expect("text")
}

async fn send(
    t: &TestApp,
    method: reqwest::Method,
    path: &str,
    cookie: Option<&str>,
    form: &[(&str, &str)],
) -> Seen {
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .expect("client");
    let mut request = client.request(method.clone(), t.url(path));
    if let Some(cookie) = cookie {
        request = request.header(COOKIE, cookie);
    }
    if method == reqwest::Method::POST {
        request = request.form(form);
    }
    let response = request.send().await.expect("request");
    Seen {
        status: response.status(),
        headers: response.headers().clone(),
        body: response.text().await.expect("body"),
    }
}

async fn get(t: &TestApp, path: &str, cookie: Option<&str>) -> Seen {
    send(t, reqwest::Method::GET, path, cookie, &[]).await
}

async fn post(t: &TestApp, path: &str, cookie: &str, form: &[(&str, &str)]) -> Seen {
    send(t, reqwest::Method::POST, path, Some(cookie), form).await
}

/// Checks a cookie's attributes: always `Path=/`, `HttpOnly`, `SameSite=Lax` and no `Domain`;
/// `Secure` exactly when `https`.
fn assert_attributes(name: &str, attributes: &[String], https: bool) {
    for wanted in ["path=/", "httponly", "samesite=lax"] {
        assert!(
            attributes.iter().any(|a| a == wanted),
            "{name}: {wanted} in {attributes:?}"
        );
    }
    assert!(
        !attributes.iter().any(|a| a.starts_with("domain")),
        "{name}: no Domain in {attributes:?}"
    );
    assert_eq!(
        attributes.iter().any(|a| a == "secure"),
        https,
        "{name}: Secure exactly over https, {attributes:?}"
    );
}

/// Signs Austria in by hand, checking each cookie the server sets on the way and the HSTS
/// header of each answer; returns the session cookie's name and value.
async fn sign_in_checking_cookies(
    t: &TestApp,
    public_url: &str,
    prefix: &str,
    hsts: Option<&str>,
) -> (String, String) {
    let https = hsts.is_some();
    // A first visit gets the CSRF cookie.
    let first = get(t, "/sign-in", None).await;
    assert_eq!(first.status, StatusCode::OK);
    assert_eq!(first.hsts(), hsts);
    let csrf_name = format!("{prefix}redraft_csrf");
    let (csrf, attributes) = first.only_cookie(&csrf_name);
    assert_attributes(&csrf_name, &attributes, https);
    let token = first.csrf_token("form[action='/sign-in']");
    assert_eq!(
        unmasked(&token),
        csrf,
        "double submit: the form carries the cookie's value, masked"
    );
    let again = get(t, "/sign-in", Some(&format!("{csrf_name}={csrf}"))).await;
    let token_again = again.csrf_token("form[action='/sign-in']");
    assert_ne!(token_again, token, "masked afresh for every answer");
    assert_eq!(unmasked(&token_again), csrf);

    // Only the cookie of that name counts for the CSRF check: the same value under the other
    // name (what a plain-http answer or a sibling domain could plant) does not.
    let other_name = if https {
        "redraft_csrf"
    } else {
        "__Host-redraft_csrf"
    };
    let planted = post(
        t,
        "/sign-in",
        &format!("{other_name}={csrf}"),
        &[("email", AUSTRIA), ("csrf_token", &token)],
    )
    .await;
    assert_eq!(planted.status, StatusCode::FORBIDDEN, "{}", planted.body);
    assert_eq!(planted.hsts(), hsts, "error answers carry it too");

    let csrf_cookie = format!("{csrf_name}={csrf}");
    let before = t.mails_to(AUSTRIA).len();
    let asked = post(
        t,
        "/sign-in",
        &csrf_cookie,
        &[("email", AUSTRIA), ("csrf_token", &token)],
    )
    .await;
    assert_eq!(asked.status, StatusCode::OK, "{}", asked.body);
    assert!(asked.headers.get(SET_COOKIE).is_none());
    let mail = t.wait_for_mail(AUSTRIA, before + 1).await;
    let link = sign_in_link(&mail, public_url);

    let link_page = get(t, &link, Some(&csrf_cookie)).await;
    assert_eq!(link_page.status, StatusCode::OK, "{}", link_page.body);
    let token = link_page.csrf_token("form[action^='/sign-in/']");
    let signed_in = post(t, &link, &csrf_cookie, &[("csrf_token", &token)]).await;
    assert_eq!(
        signed_in.status,
        StatusCode::SEE_OTHER,
        "{}",
        signed_in.body
    );
    assert_eq!(signed_in.hsts(), hsts);
    let session_name = format!("{prefix}redraft_session");
    let (secret, attributes) = signed_in.only_cookie(&session_name);
    assert_attributes(&session_name, &attributes, https);
    (session_name, secret)
}

async fn behind_https_cookies_carry_the_host_prefix_and_answers_hsts(backend: Backend) {
    let t = TestApp::spawn_configured(
        backend,
        ServerArgs {
            public_url: Some(HTTPS_URL.into()),
            ..ServerArgs::default()
        },
    )
    .await;
    let hsts = Some("max-age=31536000");
    let (name, secret) = sign_in_checking_cookies(&t, HTTPS_URL, "__Host-", hsts).await;

    // The session cookie signs in under its own name only.
    let session_cookie = format!("{name}={secret}");
    let home = get(&t, "/", Some(&session_cookie)).await;
    assert_eq!(home.status, StatusCode::OK, "{}", home.body);
    let plain = get(&t, "/", Some(&format!("redraft_session={secret}"))).await;
    assert_eq!(plain.status, StatusCode::SEE_OTHER);

    // Every kind of answer asks for https: pages, not found, the stylesheet, health, the API.
    for path in [
        "/",
        "/no/such/page",
        "/static/app.css",
        "/healthz",
        "/api/v1/rounds",
    ] {
        let seen = get(&t, path, Some(&session_cookie)).await;
        assert_eq!(seen.hsts(), hsts, "{path} ({})", seen.status);
    }

    // Signing out removes the cookie of the same name, path and Secure (without which a
    // browser would keep a __Host- cookie).
    let token = home.csrf_token("form[action='/sign-out']");
    let out = post(&t, "/sign-out", &session_cookie, &[("csrf_token", &token)]).await;
    assert_eq!(out.status, StatusCode::SEE_OTHER);
    // (A new CSRF cookie comes with it: this request carried none.)
    let (_, value, attributes) = out
        .set_cookies()
        .into_iter()
        .find(|(n, _, _)| *n == name)
        .expect("the session cookie removed");
    assert_eq!(value, "");
    assert_attributes(&name, &attributes, true);
    assert!(
        attributes.iter().any(|a| a == "max-age=0"),
        "{attributes:?}"
    );
    let after = get(&t, "/", Some(&session_cookie)).await;
    assert_eq!(after.status, StatusCode::SEE_OTHER);
}

async fn on_plain_http_cookies_keep_their_names_and_no_hsts(backend: Backend) {
    let t = TestApp::spawn(backend).await;
    let base = t.base.clone();
    let (name, secret) = sign_in_checking_cookies(&t, &base, "", None).await;
    let home = get(&t, "/", Some(&format!("{name}={secret}"))).await;
    assert_eq!(home.status, StatusCode::OK, "{}", home.body);
    assert_eq!(home.hsts(), None);
    assert_eq!(get(&t, "/api/v1/rounds", None).await.hsts(), None);
}
