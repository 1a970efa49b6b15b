//! Extractors of the API: the caller (from the bearer token; staff-only endpoints refuse anyone
//! else from the headers alone), the typed ids of the path, and a write's `Idempotency-Key` and
//! body. Each rejects in the API's error shape.

use axum::extract::path::ErrorKind;
use axum::extract::rejection::PathRejection;
use axum::extract::{FromRequest, FromRequestParts, MatchedPath, Path, RawPathParams, Request};
use axum::http::request::Parts;
use axum::http::{Method, StatusCode};
use axum::response::Response;
use serde::Serialize;
use serde::de::DeserializeOwned;
use std::marker::PhantomData;

use super::contract::{self, IDEMPOTENCY_KEY_MAX, is_idempotency_key};
use super::error::{ApiError, ApiResult};
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

/// The caller of a staff-only endpoint (Chair or Secretariat). Anyone else is answered "not
/// found" (what they may not use does not exist for them) from the headers alone: extracted
/// before the body, it refuses a large upload without reading it.
pub struct StaffUser(pub SignedIn);

impl FromRequestParts<WebState> for StaffUser {
    type Rejection = ApiError;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &WebState,
    ) -> Result<Self, Self::Rejection> {
        let ApiUser(user) = ApiUser::from_request_parts(parts, state).await?;
        if user.actor.role.is_staff() {
            Ok(StaffUser(user))
        } else {
            Err(ApiError::not_found())
        }
    }
}

/// The ids in the path (`ApiPath(round_id): ApiPath<i64>`, or a tuple for several); one that is
/// not a number is refused as a bad request naming the parameter.
pub struct ApiPath<T>(pub T);

impl<T, S> FromRequestParts<S> for ApiPath<T>
where
    T: DeserializeOwned + Send,
    S: Send + Sync,
{
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        match Path::<T>::from_request_parts(parts, state).await {
            Ok(Path(ids)) => Ok(ApiPath(ids)),
            Err(rejection) => {
                let names = RawPathParams::from_request_parts(parts, state).await.ok();
                let names: Vec<(String, String)> = names
                    .iter()
                    .flat_map(|raw| raw.iter())
                    .map(|(name, value)| (name.to_string(), value.to_string()))
                    .collect();
                Err(path_rejection(rejection, &names))
            }
        }
    }
}

/// Names the path parameter that could not be read, from the rejection or, when it carries
/// only the value or a position, from the route's parameters.
fn path_rejection(rejection: PathRejection, params: &[(String, String)]) -> ApiError {
    let PathRejection::FailedToDeserializePathParams(failed) = rejection else {
        return ApiError::bad_request("The path could not be read.");
    };
    let name = match failed.kind() {
        ErrorKind::ParseErrorAtKey { key, .. } => Some(key.clone()),
        ErrorKind::ParseErrorAtIndex { index, .. } => {
            params.get(*index).map(|(name, _)| name.clone())
        }
        ErrorKind::ParseError { value, .. } => params
            .iter()
            .find(|(_, v)| v == value)
            .map(|(name, _)| name.clone()),
        _ => None,
    };
    match name {
        Some(name) => ApiError::new(
            StatusCode::BAD_REQUEST,
            "bad_request",
            format!("The {name} in the path must be a whole number, like 42."),
            Some(&name),
        ),
        None => ApiError::bad_request("The ids in the path must be whole numbers, like 42."),
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
                Ok(key) if is_idempotency_key(key) => Ok(IdempotencyKey(Some(key.to_string()))),
                _ => Err(ApiError::new(
                    StatusCode::BAD_REQUEST,
                    "bad_request",
                    format!(
                        "The Idempotency-Key header must be 1 to {IDEMPOTENCY_KEY_MAX} visible ASCII characters, without spaces."
                    ),
                    Some("Idempotency-Key"),
                )),
            },
        }
    }
}

/// Reads a JSON body sent to `method route`: well-formed JSON (else 400), valid against the
/// schema the document declares for it (else 422 naming the field, see `contract`), then as `T`.
fn parse_json<T: DeserializeOwned>(method: &Method, route: &str, bytes: &[u8]) -> ApiResult<T> {
    let mut value: serde_json::Value = serde_json::from_slice(bytes).map_err(|e| {
        if e.is_syntax() || e.is_eof() {
            ApiError::bad_request(format!("The body is not well-formed JSON: {e}"))
        } else {
            // Valid JSON that serde_json still refuses (nesting deeper than it reads).
            ApiError::new(
                StatusCode::UNPROCESSABLE_ENTITY,
                "invalid",
                format!("The body could not be read: {e}"),
                None,
            )
        }
    })?;
    contract::whole_numbers(&mut value);
    contract::check_body(method, route, &value)?;
    serde_path_to_error::deserialize(value).map_err(|e| {
        let field = e
            .path()
            .iter()
            .filter_map(|segment| match segment {
                serde_path_to_error::Segment::Map { key } => Some(key.clone()),
                _ => None,
            })
            .next_back();
        ApiError::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            "invalid",
            format!("The body does not have the expected shape: {}", e.inner()),
            field.as_deref(),
        )
    })
}

/// A write of the API: its operation (method and path), `Idempotency-Key` and raw body (kept
/// whole for the idempotency check), refused in our error shape when too large or unreadable.
/// Extract it last, after the caller: a refused caller's body is never read.
pub struct Write {
    pub(super) operation: String,
    pub(super) key: Option<String>,
    method: Method,
    /// The route as the document names it (`/api/v1/rounds/{round_id}`).
    route: String,
    content_type: Option<String>,
    pub(super) body: axum::body::Bytes,
}

impl<S: Send + Sync> FromRequest<S> for Write {
    type Rejection = ApiError;

    async fn from_request(request: Request, state: &S) -> Result<Self, Self::Rejection> {
        let (mut parts, body) = request.into_parts();
        let IdempotencyKey(key) = IdempotencyKey::from_request_parts(&mut parts, state).await?;
        let operation = format!("{} {}", parts.method, parts.uri.path());
        let route = parts
            .extensions
            .get::<MatchedPath>()
            .map(|p| p.as_str().to_string())
            .unwrap_or_default();
        let method = parts.method.clone();
        let content_type = parts
            .headers
            .get(axum::http::header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .map(str::to_string);
        let body = axum::body::Bytes::from_request(Request::from_parts(parts, body), state)
            .await
            .map_err(|e| {
                if e.status() == StatusCode::PAYLOAD_TOO_LARGE {
                    ApiError::new(
                        StatusCode::PAYLOAD_TOO_LARGE,
                        "too_large",
                        "The request body is too large (imports may be up to 5 MB, attached files 20 MB).",
                        None,
                    )
                } else {
                    ApiError::bad_request("The request body could not be read.")
                }
            })?;
        Ok(Write {
            operation,
            key,
            method,
            route,
            content_type,
            body,
        })
    }
}

impl Write {
    /// The body read as JSON of type `T` (it must be sent as `application/json`).
    pub fn json<T: DeserializeOwned>(&self) -> ApiResult<T> {
        match self.media_type().as_deref() {
            Some("application/json") => parse_json(&self.method, &self.route, &self.body),
            _ => Err(unsupported_media_type("application/json")),
        }
    }

    /// The file sent in the field `field` of a `multipart/form-data` body, with the name it
    /// was sent under; 415 for another type of body.
    pub async fn multipart_file(&self, field: &str) -> ApiResult<(String, Vec<u8>)> {
        let not_multipart = || {
            ApiError::new(
                StatusCode::UNSUPPORTED_MEDIA_TYPE,
                "unsupported_media_type",
                format!("Send the file as multipart/form-data, in a field named {field}."),
                None,
            )
        };
        if self.media_type().as_deref() != Some("multipart/form-data") {
            return Err(not_multipart());
        }
        let boundary = self
            .content_type
            .as_deref()
            .and_then(|v| multer::parse_boundary(v).ok())
            .ok_or_else(not_multipart)?;
        let body = self.body.clone();
        let stream =
            futures_util::stream::once(async move { Ok::<_, std::convert::Infallible>(body) });
        let mut multipart = multer::Multipart::new(stream, boundary);
        let unreadable = |_| ApiError::bad_request("The multipart body could not be read.");
        while let Some(part) = multipart.next_field().await.map_err(unreadable)? {
            if part.name() == Some(field) {
                let name = part.file_name().unwrap_or_default().to_string();
                let bytes = part.bytes().await.map_err(unreadable)?;
                return Ok((name, bytes.to_vec()));
            }
        }
        Err(ApiError::invalid(
            field,
            format!("Send the file in a field named {field}."),
        ))
    }

    /// Whether the body was sent as CSV (`text/csv` or `text/plain`); imports take a JSON list
    /// or a CSV file, and refuse any other type.
    pub fn is_csv(&self) -> ApiResult<bool> {
        match self.media_type().as_deref() {
            Some("text/csv" | "text/plain") => Ok(true),
            Some("application/json") => Ok(false),
            _ => Err(unsupported_media_type(
                "application/json (a list) or text/csv",
            )),
        }
    }

    /// The media type of the body, without its parameters, in lower case.
    fn media_type(&self) -> Option<String> {
        let content_type = self.content_type.as_deref()?;
        let essence = content_type.split(';').next().unwrap_or_default();
        Some(essence.trim().to_ascii_lowercase())
    }
}

fn unsupported_media_type(expected: &str) -> ApiError {
    ApiError::new(
        StatusCode::UNSUPPORTED_MEDIA_TYPE,
        "unsupported_media_type",
        format!("Send the body as {expected} (with that Content-Type)."),
        Some("Content-Type"),
    )
}

/// Who may call an endpoint: [`ApiUser`] (anyone with a token) or [`StaffUser`].
pub trait Caller: FromRequestParts<WebState, Rejection = ApiError> {
    fn signed_in(self) -> SignedIn;
}

impl Caller for ApiUser {
    fn signed_in(self) -> SignedIn {
        self.0
    }
}

impl Caller for StaffUser {
    fn signed_in(self) -> SignedIn {
        self.0
    }
}

/// A read of the API: the app, the caller (checked by `C`) and the ids `P` of the path, in
/// that order (someone without a token learns nothing from the path).
pub struct ApiRead<C, P> {
    pub state: WebState,
    pub user: SignedIn,
    pub ids: P,
    caller: PhantomData<fn() -> C>,
}

impl<C: Caller, P: DeserializeOwned + Send> FromRequestParts<WebState> for ApiRead<C, P> {
    type Rejection = ApiError;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &WebState,
    ) -> Result<Self, Self::Rejection> {
        let user = C::from_request_parts(parts, state).await?.signed_in();
        let ApiPath(ids) = ApiPath::<P>::from_request_parts(parts, state).await?;
        Ok(ApiRead {
            state: state.clone(),
            user,
            ids,
            caller: PhantomData,
        })
    }
}

/// A write of the API on the ids `P` of its path: the caller is checked (by `C`), then the ids,
/// then the body is read.
pub struct ApiWrite<C, P> {
    pub state: WebState,
    pub user: SignedIn,
    pub ids: P,
    pub write: Write,
    caller: PhantomData<fn() -> C>,
}

impl<C: Caller, P: DeserializeOwned + Send> FromRequest<WebState> for ApiWrite<C, P> {
    type Rejection = ApiError;

    async fn from_request(request: Request, state: &WebState) -> Result<Self, Self::Rejection> {
        let (mut parts, body) = request.into_parts();
        let read = ApiRead::<C, P>::from_request_parts(&mut parts, state).await?;
        let write = Write::from_request(Request::from_parts(parts, body), state).await?;
        Ok(ApiWrite {
            state: read.state,
            user: read.user,
            ids: read.ids,
            write,
            caller: PhantomData,
        })
    }
}

impl<C, P> ApiWrite<C, P> {
    /// The body read as JSON of type `T`.
    pub fn json<T: DeserializeOwned>(&self) -> ApiResult<T> {
        self.write.json()
    }

    /// The file of a `multipart/form-data` body (see [`Write::multipart_file`]).
    pub async fn multipart_file(&self, field: &str) -> ApiResult<(String, Vec<u8>)> {
        self.write.multipart_file(field).await
    }

    /// Runs `work` at most once per `Idempotency-Key` of the caller (see [`Write::once`]).
    pub async fn once<F, Fut, T>(&self, work: F) -> ApiResult<Response>
    where
        F: FnOnce() -> Fut,
        Fut: Future<Output = ApiResult<(StatusCode, T)>>,
        T: Serialize,
    {
        self.write.once(&self.state, &self.user, work).await
    }
}
