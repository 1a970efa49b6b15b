//! Cookies, the session of a request (signed in or not), and the per-form CSRF token.
//!
//! The session cookie holds a random secret; the database holds its hash. The CSRF token of a
//! signed-in person is derived from that secret (so it changes at every sign-in); before
//! signing in it is the value of a separate random cookie (double-submit). Both are checked by
//! [`CsrfForm`], on top of tower-http's Origin / Sec-Fetch-Site check.
//!
//! When the public URL is https, both cookies are `Secure` and named with the `__Host-`
//! prefix: a browser then accepts them only from a secure origin, with `Path=/` and without
//! `Domain`, so neither a plain-http answer nor a sibling domain can plant or overwrite them
//! (a planted CSRF cookie would defeat the double-submit check).
//!
//! The token is put into pages masked, afresh for every answer: a random pad followed by the
//! token XOR the pad, hex-encoded. Any masking of the right token is accepted. Pages are
//! compressed (see [`crate::web`]), and a secret that is the same in every answer could be
//! guessed a character at a time from compressed sizes (BREACH); a masked one differs each time.

use axum::extract::{FromRequest, FromRequestParts, Request};
use axum::http::HeaderMap;
use axum::http::request::Parts;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use axum_extra::extract::cookie::{Cookie, CookieJar, SameSite};
use serde::de::DeserializeOwned;
use sha2::{Digest, Sha256};
use subtle::ConstantTimeEq;

use super::error::WebError;
use super::state::WebState;
use crate::app::auth::{SignedIn, new_secret};

/// The session cookie's name on plain http.
pub const SESSION_COOKIE: &str = "redraft_session";

/// One of our cookies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OurCookie {
    /// The session's secret.
    Session,
    /// The CSRF token of a visitor who is not signed in.
    Csrf,
}

impl OurCookie {
    /// Its name: with the `__Host-` prefix when the public URL is https.
    pub fn name(self, https: bool) -> &'static str {
        match (self, https) {
            (OurCookie::Session, false) => SESSION_COOKIE,
            (OurCookie::Session, true) => "__Host-redraft_session",
            (OurCookie::Csrf, false) => "redraft_csrf",
            (OurCookie::Csrf, true) => "__Host-redraft_csrf",
        }
    }
}

impl WebState {
    /// Cookie `which` set to `value`, with the attributes each of ours carries: the whole site,
    /// out of scripts' reach, not sent with cross-site posts; over https `Secure` (which
    /// `__Host-` requires) and no `Domain`.
    pub fn cookie(&self, which: OurCookie, value: String) -> Cookie<'static> {
        Cookie::build((which.name(self.https), value))
            .path("/")
            .http_only(true)
            .same_site(SameSite::Lax)
            .secure(self.https)
            .build()
    }

    /// The cookie that removes cookie `which` from the browser (same name, path and `Secure`,
    /// without which a browser keeps a `__Host-` cookie).
    pub fn removal_cookie(&self, which: OurCookie) -> Cookie<'static> {
        let mut cookie = self.cookie(which, String::new());
        cookie.make_removal();
        cookie
    }

    /// The value of cookie `which` in a request's headers. Our values are hex; anything else
    /// (or an empty value) counts as no cookie.
    fn cookie_value(&self, headers: &HeaderMap, which: OurCookie) -> Option<String> {
        CookieJar::from_headers(headers)
            .get(which.name(self.https))
            .map(|c| c.value().to_string())
            .filter(|v| !v.is_empty() && v.chars().all(|c| c.is_ascii_hexdigit()))
    }

    /// The secret of the session a request carries, if any.
    fn session_secret(&self, headers: &HeaderMap) -> Option<String> {
        self.cookie_value(headers, OurCookie::Session)
    }

    /// The CSRF token expected from forms of this request.
    fn csrf_token(&self, headers: &HeaderMap) -> Option<String> {
        match self.session_secret(headers) {
            Some(secret) => Some(derived_csrf(&secret)),
            None => self.cookie_value(headers, OurCookie::Csrf),
        }
    }
}

fn derived_csrf(session_secret: &str) -> String {
    hex::encode(Sha256::digest(format!("csrf\0{session_secret}").as_bytes()))
}

/// The token newly issued to this request by [`ensure_csrf_cookie`], if it had none.
#[derive(Clone)]
struct IssuedCsrf(String);

/// Gives every visitor a CSRF cookie before they see a form.
pub async fn ensure_csrf_cookie(
    axum::extract::State(state): axum::extract::State<WebState>,
    mut request: Request,
    next: Next,
) -> Response {
    if state
        .cookie_value(request.headers(), OurCookie::Csrf)
        .is_some()
    {
        return next.run(request).await;
    }
    let token = new_secret();
    request.extensions_mut().insert(IssuedCsrf(token.clone()));
    let response = next.run(request).await;
    let jar = CookieJar::new().add(state.cookie(OurCookie::Csrf, token));
    (jar, response).into_response()
}

/// The CSRF token to put in this request's forms, masked for this answer.
fn form_token(state: &WebState, parts: &Parts) -> String {
    state
        .csrf_token(&parts.headers)
        .or_else(|| parts.extensions.get::<IssuedCsrf>().map(|i| i.0.clone()))
        .map(|token| mask(&token))
        .unwrap_or_default()
}

/// `token` masked with a fresh random pad: hex of the pad, then hex of token XOR pad.
fn mask(token: &str) -> String {
    let mut pad = vec![0u8; token.len()];
    rand::fill(&mut pad[..]);
    let masked: Vec<u8> = token.bytes().zip(&pad).map(|(t, p)| t ^ p).collect();
    hex::encode(pad) + &hex::encode(masked)
}

/// The token a masked one stands for, if it is a masking at all.
fn unmask(sent: &str) -> Option<Vec<u8>> {
    let bytes = hex::decode(sent).ok()?;
    let (pad, masked) = bytes.split_at(bytes.len() / 2);
    (bytes.len() % 2 == 0).then(|| masked.iter().zip(pad).map(|(m, p)| m ^ p).collect())
}

/// Refuses a form whose token does not unmask to the one expected (compared in constant time;
/// the length of a hex token is no secret).
fn check_csrf(expected: Option<String>, sent: &str) -> Result<(), WebError> {
    match (expected, unmask(sent)) {
        (Some(expected), Some(sent)) if bool::from(expected.as_bytes().ct_eq(&sent)) => Ok(()),
        _ => Err(WebError::Csrf),
    }
}

/// The person signed in on this request, if any, and the CSRF token for its forms.
pub struct MaybeSignedIn {
    pub signed_in: Option<SignedIn>,
    pub csrf: String,
}

/// The person found by the first look-up of a request's session, kept for the rest of it (the
/// language layer looks before the handler does).
#[derive(Clone)]
struct Authenticated(Option<SignedIn>);

impl MaybeSignedIn {
    /// The request's session, looked up once and remembered in the request; `None` when the
    /// look-up failed (the handler's own extraction then reports it).
    pub async fn remembered(parts: &mut Parts, state: &WebState) -> Option<MaybeSignedIn> {
        MaybeSignedIn::from_request_parts(parts, state).await.ok()
    }
}

impl FromRequestParts<WebState> for MaybeSignedIn {
    type Rejection = WebError;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &WebState,
    ) -> Result<Self, Self::Rejection> {
        let signed_in = match parts.extensions.get::<Authenticated>() {
            Some(Authenticated(known)) => known.clone(),
            None => {
                let found = match state.session_secret(&parts.headers) {
                    Some(secret) => state.app.authenticate(&secret).await?,
                    None => None,
                };
                parts.extensions.insert(Authenticated(found.clone()));
                found
            }
        };
        Ok(MaybeSignedIn {
            signed_in,
            csrf: form_token(state, parts),
        })
    }
}

/// A form whose CSRF token has been checked.
pub struct CsrfForm<T>(pub T);

#[derive(serde::Deserialize)]
struct CsrfField {
    #[serde(default)]
    csrf_token: String,
}

impl<T: DeserializeOwned + Send> FromRequest<WebState> for CsrfForm<T> {
    type Rejection = WebError;

    async fn from_request(request: Request, state: &WebState) -> Result<Self, Self::Rejection> {
        let expected = state.csrf_token(request.headers());
        let bytes = axum::body::Bytes::from_request(request, state)
            .await
            .map_err(|e| {
                if e.status() == axum::http::StatusCode::PAYLOAD_TOO_LARGE {
                    WebError::TooLarge
                } else {
                    WebError::BadForm
                }
            })?;
        if !form_is_utf8(&bytes) {
            return Err(WebError::NotUtf8);
        }
        let field: CsrfField =
            serde_urlencoded::from_bytes(&bytes).map_err(|_| WebError::BadForm)?;
        check_csrf(expected, &field.csrf_token)?;
        let form = serde_urlencoded::from_bytes(&bytes).map_err(|_| WebError::BadForm)?;
        Ok(CsrfForm(form))
    }
}

/// Whether every name and value of a URL-encoded form decodes to UTF-8. `serde_urlencoded`
/// would replace what does not with U+FFFD, storing other text than was sent.
fn form_is_utf8(body: &[u8]) -> bool {
    body.split(|&b| b == b'&')
        .all(|pair| percent_encoding::percent_decode(pair).decode_utf8().is_ok())
}

/// A multipart form (with file uploads) whose CSRF token has been checked: every field's
/// content by name (files as their bytes).
pub struct CsrfMultipart(pub std::collections::HashMap<String, Vec<u8>>);

impl CsrfMultipart {
    /// A text field, empty when absent (text fields are UTF-8: the extractor refuses others).
    pub fn text(&self, name: &str) -> String {
        self.0
            .get(name)
            .and_then(|v| String::from_utf8(v.clone()).ok())
            .unwrap_or_default()
    }

    pub fn bytes(&self, name: &str) -> &[u8] {
        self.0.get(name).map(Vec::as_slice).unwrap_or_default()
    }
}

impl FromRequest<WebState> for CsrfMultipart {
    type Rejection = WebError;

    async fn from_request(request: Request, state: &WebState) -> Result<Self, Self::Rejection> {
        let expected = state.csrf_token(request.headers());
        let mut multipart = axum::extract::Multipart::from_request(request, state)
            .await
            .map_err(|_| WebError::BadForm)?;
        let mut fields = std::collections::HashMap::new();
        while let Some(field) = multipart
            .next_field()
            .await
            .map_err(|_| WebError::TooLarge)?
        {
            let name = field.name().unwrap_or_default().to_string();
            let is_file = field.file_name().is_some();
            let data = field.bytes().await.map_err(|_| WebError::TooLarge)?;
            // Files are checked by their importer, which names the problem; a text field
            // that is not UTF-8 would otherwise read as empty.
            if !is_file && std::str::from_utf8(&data).is_err() {
                return Err(WebError::NotUtf8);
            }
            fields.insert(name, data.to_vec());
        }
        let token = fields
            .get("csrf_token")
            .and_then(|v| std::str::from_utf8(v).ok())
            .unwrap_or_default();
        check_csrf(expected, token)?;
        Ok(CsrfMultipart(fields))
    }
}

#[cfg(test)]
mod tests {
    use super::{check_csrf, mask, unmask};

    #[test]
    fn a_masked_token_differs_every_time_and_unmasks_to_the_token() {
        let token = "0f".repeat(32);
        let (a, b) = (mask(&token), mask(&token));
        assert_ne!(a, b);
        assert_ne!(a, token);
        assert_eq!(unmask(&a).as_deref(), Some(token.as_bytes()));
        assert!(check_csrf(Some(token.clone()), &a).is_ok());
        assert!(check_csrf(Some(token.clone()), &b).is_ok());
    }

    #[test]
    fn other_tokens_are_refused() {
        let token = "0f".repeat(32);
        // The bare token, another token's masking, garbage, nothing expected.
        assert!(check_csrf(Some(token.clone()), &token).is_err());
        assert!(check_csrf(Some(token.clone()), &mask(&"1e".repeat(32))).is_err());
        assert!(check_csrf(Some(token.clone()), "not hex").is_err());
        assert!(check_csrf(Some(token.clone()), "").is_err());
        assert!(check_csrf(None, &mask(&token)).is_err());
    }
}
