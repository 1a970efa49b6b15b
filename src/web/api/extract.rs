//! Extractors of the API: the caller (from the bearer token) and the `Idempotency-Key` header;
//! and the parsing of JSON bodies into our error shape.

use axum::extract::{FromRequest, FromRequestParts, Request};
use axum::http::StatusCode;
use axum::http::request::Parts;
use serde::de::DeserializeOwned;

use super::error::ApiError;
use crate::app::auth::SignedIn;
use crate::web::state::WebState;

/// The caller of an API request, authenticated by `Authorization: Bearer <token>`.
pub struct ApiUser(pub SignedIn);

impl FromRequestParts<WebState> for ApiUser {
    type Rejection = ApiError;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &WebState,
    ) -> Result<Self, Self::Rejection> {
        let token = parts
            .headers
            .get(axum::http::header::AUTHORIZATION)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.strip_prefix("Bearer "))
            .map(str::trim)
            .filter(|t| !t.is_empty())
            .ok_or_else(ApiError::unauthorized)?;
        match state.app.authenticate_token(token).await {
            Ok(Some(user)) => Ok(ApiUser(user)),
            Ok(None) => Err(ApiError::unauthorized()),
            Err(e) => Err(e.into()),
        }
    }
}

/// The value of the `Idempotency-Key` header, if sent.
pub struct IdempotencyKey(pub Option<String>);

impl<S: Send + Sync> FromRequestParts<S> for IdempotencyKey {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        match parts.headers.get("idempotency-key") {
            None => Ok(IdempotencyKey(None)),
            Some(v) => match v.to_str() {
                Ok(key) if !key.trim().is_empty() && key.len() <= 255 => {
                    Ok(IdempotencyKey(Some(key.trim().to_string())))
                }
                _ => Err(ApiError::bad_request(
                    "The Idempotency-Key header must be 1 to 255 visible characters.",
                )),
            },
        }
    }
}

/// Parses a JSON body, naming what is wrong with it.
pub fn parse_json<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, ApiError> {
    let mut deserializer = serde_json::Deserializer::from_slice(bytes);
    match serde::Deserialize::deserialize(&mut deserializer) {
        Ok(value) => Ok(value),
        Err(e) if e.is_syntax() || e.is_eof() => Err(ApiError::bad_request(format!(
            "The body is not valid JSON: {e}"
        ))),
        Err(e) => Err(ApiError::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            "invalid",
            format!("The body does not have the expected shape: {e}"),
            None,
        )),
    }
}

/// The raw body of an API write (kept whole for the idempotency check), refused in our error
/// shape when too large or unreadable.
pub struct ApiBody(pub axum::body::Bytes);

impl<S: Send + Sync> FromRequest<S> for ApiBody {
    type Rejection = ApiError;

    async fn from_request(request: Request, state: &S) -> Result<Self, Self::Rejection> {
        axum::body::Bytes::from_request(request, state)
            .await
            .map(ApiBody)
            .map_err(|e| {
                if e.status() == StatusCode::PAYLOAD_TOO_LARGE {
                    ApiError::new(
                        StatusCode::PAYLOAD_TOO_LARGE,
                        "too_large",
                        "The request body is too large (imports may be up to 5 MB).",
                        None,
                    )
                } else {
                    ApiError::bad_request("The request body could not be read.")
                }
            })
    }
}

/// Staff-only endpoints answer "not found" to anyone else before reading the body.
pub fn require_staff(user: &ApiUser) -> Result<(), ApiError> {
    if user.0.actor.role.is_staff() {
        Ok(())
    } else {
        Err(ApiError::not_found())
    }
}
