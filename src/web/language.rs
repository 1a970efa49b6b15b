//! The language of a request's pages, and the switcher that chooses it.
//!
//! [`negotiate`] (a layer) decides once per request: the signed-in person's saved choice, else
//! the visitor's own choice (the language cookie the switcher sets), else the browser's
//! `Accept-Language` by q-value; then, on the pages of a round, the round's default language
//! ([`tr_for_round`]), else English. The decision lives in the request's task, so that every
//! page of the request speaks it — error pages too, which `IntoResponse` builds without seeing
//! the request. E-mails never read it: they are written in their recipient's language.
//!
//! The switcher is a form on every page (one button per language, named in its own language)
//! posting to `/language` with the CSRF token: it saves the choice on the profile of a
//! signed-in person, and sets the cookie for anyone, then goes back to the page it was on.

use axum::extract::{Request, State};
use axum::http::header;
use axum::middleware::Next;
use axum::response::{IntoResponse, Redirect, Response};
use axum_extra::extract::cookie::{Cookie, CookieJar, SameSite};

use super::error::{WebError, WebResult};
use super::session::{CsrfForm, MaybeSignedIn};
use super::state::WebState;
use crate::domain::Language;
use crate::domain::language::negotiate as choose;
use crate::i18n::Tr;

tokio::task_local! {
    static REQUEST: RequestLanguage;
}

/// What a request says about its language, and what the switcher on its pages needs.
#[derive(Clone, Debug, Default)]
pub struct RequestLanguage {
    /// The person's own choice (saved on their profile, or the cookie).
    pub chosen: Option<Language>,
    /// The first of ours the browser accepts.
    pub accepted: Option<Language>,
    /// The page's path and query, where the switcher comes back to.
    pub here: String,
    /// The CSRF token of the switcher's form.
    pub csrf: String,
}

impl RequestLanguage {
    /// The language of the request's pages, when they belong to no round.
    pub fn language(&self) -> Language {
        choose(self.chosen, self.accepted, Language::En)
    }
}

/// The current request's language facts (empty outside a request).
pub fn current() -> RequestLanguage {
    REQUEST.try_with(Clone::clone).unwrap_or_default()
}

/// The translator of the current request's pages.
pub fn tr() -> Tr {
    Tr::new(current().language())
}

/// The translator of a page of a round whose default language is `round_default`.
pub fn tr_for_round(round_default: Language) -> Tr {
    let c = current();
    Tr::new(choose(c.chosen, c.accepted, round_default))
}

/// The name of the cookie holding a visitor's choice (`__Host-` over https, as our others).
fn cookie_name(https: bool) -> &'static str {
    if https {
        "__Host-redraft_lang"
    } else {
        "redraft_lang"
    }
}

/// Decides the request's language (see the module's documentation) and runs the request with
/// it. Pages only: the API, the stylesheet and the health check skip it.
pub async fn negotiate(State(state): State<WebState>, request: Request, next: Next) -> Response {
    let path = request.uri().path();
    if path.starts_with("/api/") || path.starts_with("/static/") || path == "/healthz" {
        return next.run(request).await;
    }
    let here = request
        .uri()
        .path_and_query()
        .map(|p| p.as_str().to_string())
        .unwrap_or_else(|| "/".to_string());
    let (mut parts, body) = request.into_parts();
    let session = MaybeSignedIn::remembered(&mut parts, &state).await;
    let saved = session
        .as_ref()
        .and_then(|s| s.signed_in.as_ref())
        .and_then(|s| s.user.language);
    let cookie = CookieJar::from_headers(&parts.headers)
        .get(cookie_name(state.https))
        .and_then(|c| Language::from_stored(c.value()));
    let accepted = parts
        .headers
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .and_then(Language::from_accept_language);
    let language = RequestLanguage {
        chosen: saved.or(cookie),
        accepted,
        here,
        csrf: session.map(|s| s.csrf).unwrap_or_default(),
    };
    let request = Request::from_parts(parts, body);
    REQUEST.scope(language, next.run(request)).await
}

#[derive(serde::Deserialize)]
pub struct LanguageForm {
    #[serde(default)]
    lang: String,
    #[serde(default)]
    back: String,
}

/// The switcher's form: saves the choice (profile and cookie) and goes back.
pub async fn switch(
    State(state): State<WebState>,
    session: MaybeSignedIn,
    CsrfForm(form): CsrfForm<LanguageForm>,
) -> WebResult<Response> {
    let language = Language::from_stored(&form.lang).ok_or(WebError::BadForm)?;
    if let Some(signed_in) = &session.signed_in {
        state.app.choose_language(signed_in, language).await?;
    }
    let cookie = Cookie::build((cookie_name(state.https), language.as_str()))
        .path("/")
        .http_only(true)
        .same_site(SameSite::Lax)
        .secure(state.https)
        .max_age(cookie::time::Duration::days(365))
        .build();
    let jar = CookieJar::new().add(cookie);
    Ok((jar, Redirect::to(&local_path(&form.back))).into_response())
}

/// `back` when it is a path of this site, else the home page: the switcher never sends anyone
/// elsewhere (`//host` and `/\host` are other sites to a browser).
fn local_path(back: &str) -> String {
    let local = back.starts_with('/')
        && !back.starts_with("//")
        && !back.starts_with("/\\")
        && !back.chars().any(|c| c.is_control());
    if local {
        back.to_string()
    } else {
        "/".to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_switcher_goes_back_only_to_our_own_pages() {
        assert_eq!(local_path("/rounds/3?saved=4"), "/rounds/3?saved=4");
        assert_eq!(local_path("/"), "/");
        assert_eq!(local_path(""), "/");
        assert_eq!(local_path("https://example.org/"), "/");
        assert_eq!(local_path("//example.org/"), "/");
        assert_eq!(local_path("/\\example.org/"), "/");
        assert_eq!(local_path("/a\r\nSet-Cookie: x"), "/");
    }

    #[test]
    fn outside_a_request_the_pages_are_english() {
        assert_eq!(tr().language(), Language::En);
        assert_eq!(tr_for_round(Language::Fr).language(), Language::Fr);
    }
}
