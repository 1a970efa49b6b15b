//! Cookies, the session of a request (signed in or not), and the per-form CSRF token.
//!
//! The session cookie holds a random secret; the database holds its hash. The CSRF token of a
//! signed-in person is derived from that secret (so it changes at every sign-in); before
//! signing in it is the value of a separate random cookie (double-submit). Both are checked by
//! [`CsrfForm`], on top of tower-http's Origin / Sec-Fetch-Site check.

use axum::extract::{FromRequest, FromRequestParts, Request};
use axum::http::request::Parts;
use axum::http::{HeaderMap, header};
use axum::middleware::Next;
use axum::response::Response;
use serde::de::DeserializeOwned;
use sha2::{Digest, Sha256};

use super::error::WebError;
use super::state::WebState;
use crate::app::auth::{SignedIn, new_secret};

pub const SESSION_COOKIE: &str = "redraft_session";
pub const CSRF_COOKIE: &str = "redraft_csrf";

/// The value of cookie `name` in a request.
pub fn cookie<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v)
        .filter(|v| !v.is_empty() && v.chars().all(|c| c.is_ascii_hexdigit()))
}

/// A `Set-Cookie` value with the attributes we always want.
pub fn set_cookie(name: &str, value: &str, secure: bool, max_age: Option<i64>) -> String {
    let mut cookie = format!("{name}={value}; Path=/; HttpOnly; SameSite=Lax");
    if secure {
        cookie.push_str("; Secure");
    }
    if let Some(age) = max_age {
        cookie.push_str(&format!("; Max-Age={age}"));
    }
    cookie
}

fn derived_csrf(session_secret: &str) -> String {
    hex::encode(Sha256::digest(format!("csrf\0{session_secret}").as_bytes()))
}

/// The CSRF token expected from forms of this request.
pub fn csrf_token(headers: &HeaderMap) -> Option<String> {
    if let Some(secret) = cookie(headers, SESSION_COOKIE) {
        return Some(derived_csrf(secret));
    }
    cookie(headers, CSRF_COOKIE).map(str::to_string)
}

/// The token newly issued to this request by [`ensure_csrf_cookie`], if it had none.
#[derive(Clone)]
struct IssuedCsrf(String);

/// Gives every visitor a CSRF cookie before they see a form.
pub async fn ensure_csrf_cookie(
    state: axum::extract::State<WebState>,
    mut request: Request,
    next: Next,
) -> Response {
    let issued = if cookie(request.headers(), CSRF_COOKIE).is_none() {
        let token = new_secret();
        request.extensions_mut().insert(IssuedCsrf(token.clone()));
        Some(token)
    } else {
        None
    };
    let mut response = next.run(request).await;
    if let Some(token) = issued
        && let Ok(value) = set_cookie(CSRF_COOKIE, &token, state.secure_cookies, None).parse()
    {
        response.headers_mut().append(header::SET_COOKIE, value);
    }
    response
}

/// The CSRF token to put in this request's forms.
pub fn form_token(parts: &Parts) -> String {
    csrf_token(&parts.headers)
        .or_else(|| parts.extensions.get::<IssuedCsrf>().map(|i| i.0.clone()))
        .unwrap_or_default()
}

fn tokens_match(a: &str, b: &str) -> bool {
    // Constant-time for equal lengths; the length of a hex token is no secret.
    a.len() == b.len()
        && a.bytes()
            .zip(b.bytes())
            .fold(0u8, |acc, (x, y)| acc | (x ^ y))
            == 0
}

/// The person signed in on this request, if any, and the CSRF token for its forms.
pub struct MaybeSignedIn {
    pub signed_in: Option<SignedIn>,
    pub csrf: String,
}

impl FromRequestParts<WebState> for MaybeSignedIn {
    type Rejection = WebError;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &WebState,
    ) -> Result<Self, Self::Rejection> {
        let signed_in = match cookie(&parts.headers, SESSION_COOKIE) {
            Some(secret) => state.app.authenticate(secret).await?,
            None => None,
        };
        Ok(MaybeSignedIn {
            signed_in,
            csrf: form_token(parts),
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
        let expected = csrf_token(request.headers());
        let bytes = axum::body::Bytes::from_request(request, state)
            .await
            .map_err(|e| {
                if e.status() == axum::http::StatusCode::PAYLOAD_TOO_LARGE {
                    WebError::TooLarge
                } else {
                    WebError::BadForm
                }
            })?;
        let field: CsrfField =
            serde_urlencoded::from_bytes(&bytes).map_err(|_| WebError::BadForm)?;
        match expected {
            Some(expected) if tokens_match(&expected, &field.csrf_token) => {}
            _ => return Err(WebError::Csrf),
        }
        let form = serde_urlencoded::from_bytes(&bytes).map_err(|_| WebError::BadForm)?;
        Ok(CsrfForm(form))
    }
}

/// A multipart form (with file uploads) whose CSRF token has been checked: every field's
/// content by name (files as their bytes).
pub struct CsrfMultipart(pub std::collections::HashMap<String, Vec<u8>>);

impl CsrfMultipart {
    /// A text field, empty when absent or not UTF-8.
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
        let expected = csrf_token(request.headers());
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
            let data = field.bytes().await.map_err(|_| WebError::TooLarge)?;
            fields.insert(name, data.to_vec());
        }
        let token = fields
            .get("csrf_token")
            .and_then(|v| std::str::from_utf8(v).ok())
            .unwrap_or_default()
            .to_string();
        match expected {
            Some(expected) if tokens_match(&expected, &token) => Ok(CsrfMultipart(fields)),
            _ => Err(WebError::Csrf),
        }
    }
}
