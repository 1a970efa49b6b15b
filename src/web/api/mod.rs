//! The JSON API under `/api/v1`: the same use cases as the pages, for other systems. Callers
//! authenticate with `Authorization: Bearer <token>` (tokens come from `redraft token create`).
//! Writes accept an `Idempotency-Key`. The OpenAPI 3.1 document is generated from the handlers.

mod attachments;
mod comments;
mod contract;
pub mod error;
mod extract;
mod outcome;
mod rounds;
mod silence;
mod words;

use std::future::Future;

use axum::Json;
use axum::extract::DefaultBodyLimit;
use axum::http::{HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use serde::Serialize;
use utoipa::OpenApi;
use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::app::AppError;
use crate::app::auth::SignedIn;
use crate::app::idempotency::NextAction;
use crate::web::state::WebState;
use error::{ApiError, ApiResult, ErrorBody};

#[derive(OpenApi)]
#[openapi(
    info(title = "redraft API", version = "1", description = "Comment rounds on draft recommendations: the same use cases as the web pages."),
    modifiers(&BearerAuth),
    security(("bearer" = []))
)]
struct ApiDoc;

struct BearerAuth;

impl utoipa::Modify for BearerAuth {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "bearer",
            SecurityScheme::Http(HttpBuilder::new().scheme(HttpAuthScheme::Bearer).build()),
        );
    }
}

fn api_router() -> OpenApiRouter<WebState> {
    OpenApiRouter::with_openapi(ApiDoc::openapi())
        .routes(routes!(rounds::list_rounds, rounds::create_round))
        .routes(routes!(rounds::get_round))
        .routes(routes!(rounds::put_recommendations))
        .routes(routes!(rounds::put_delegations))
        .routes(routes!(rounds::responses))
        .routes(routes!(rounds::extension))
        .routes(routes!(rounds::close))
        .routes(routes!(rounds::reopen))
        .routes(routes!(rounds::cancel))
        .routes(routes!(comments::list_comments, comments::create_comment))
        .routes(routes!(
            comments::update_comment,
            comments::withdraw_comment
        ))
        .routes(routes!(comments::include_comment))
        .routes(routes!(silence::break_silence))
        .routes(routes!(silence::withdraw_silence_break))
        .routes(routes!(outcome::list_dispositions))
        .routes(routes!(outcome::put_disposition))
        .routes(routes!(outcome::publish, outcome::versions))
        .routes(routes!(outcome::download))
        .merge(attachment_router())
}

/// An upload's body: a file of up to 20 MB with its multipart framing. The API's other
/// bodies stay within the smaller limit of `router`.
const ATTACHMENT_BODY_LIMIT: usize = crate::domain::attachment::MAX_ATTACHMENT_BYTES + 64 * 1024;

fn attachment_router() -> OpenApiRouter<WebState> {
    OpenApiRouter::new()
        .routes(routes!(attachments::upload, attachments::list))
        .routes(routes!(attachments::download))
        .layer(DefaultBodyLimit::max(ATTACHMENT_BODY_LIMIT))
}

/// The OpenAPI document of the API (served at `/api/v1/openapi.json`): what the handlers
/// declare, completed with what the shared extractors answer (see `contract`).
pub fn openapi() -> serde_json::Value {
    let declared = api_router().split_for_parts().1;
    contract::complete(serde_json::to_value(declared).expect("the OpenAPI document serialises"))
}

pub fn router() -> axum::Router<WebState> {
    let (router, _) = api_router().split_for_parts();
    // Serialised once and shared: the router is cloned for every connection, and a document
    // held by value in the handler was copied with it (about 1 MB per connection).
    let document = axum::body::Bytes::from(
        serde_json::to_vec(&openapi()).expect("the OpenAPI document serialises"),
    );
    router
        .route(
            "/api/v1/openapi.json",
            axum::routing::get(move || {
                let document = document.clone();
                async move {
                    (
                        [(axum::http::header::CONTENT_TYPE, "application/json")],
                        document,
                    )
                }
            }),
        )
        .route("/api/v1", axum::routing::any(unknown_endpoint))
        .route("/api/v1/{*rest}", axum::routing::any(unknown_endpoint))
        .method_not_allowed_fallback(method_not_allowed)
        .layer(DefaultBodyLimit::max(8 * 1024 * 1024))
}

/// A method an endpoint does not have answers in the API's error shape (axum adds `Allow`).
async fn method_not_allowed() -> ApiError {
    ApiError::new(
        StatusCode::METHOD_NOT_ALLOWED,
        "method_not_allowed",
        "This endpoint does not take this method; see the Allow header and /api/v1/openapi.json.",
        None,
    )
}

/// Paths under `/api/v1` that are not endpoints answer in the API's error shape.
async fn unknown_endpoint() -> ApiError {
    ApiError::new(
        StatusCode::NOT_FOUND,
        "not_found",
        "There is no such endpoint; see /api/v1/openapi.json.",
        None,
    )
}

impl extract::Write {
    /// Runs a write at most once per `Idempotency-Key` (see `app::idempotency`): a repeat with
    /// the same key and the same request (operation and body) gets the first answer again; the
    /// same key with another request is refused. `work` answers with a status and the
    /// documented type of its body.
    pub async fn once<F, Fut, T>(
        &self,
        state: &WebState,
        user: &SignedIn,
        work: F,
    ) -> ApiResult<Response>
    where
        F: FnOnce() -> Fut,
        Fut: Future<Output = ApiResult<(StatusCode, T)>>,
        T: Serialize,
    {
        let Some(key) = &self.key else {
            let (status, body) = work().await?;
            return Ok((status, Json(body)).into_response());
        };
        let request: [&[u8]; 2] = [self.operation.as_bytes(), &self.body];
        let reserved = match state
            .app
            .begin_idempotent(user.actor.user_id, key, &request)
            .await?
        {
            NextAction::DoTheWork(reserved) => reserved,
            NextAction::ReturnSavedAnswer { status, body } => {
                let status = StatusCode::from_u16(status).unwrap_or(StatusCode::OK);
                let mut response = json_response(status, body);
                response
                    .headers_mut()
                    .insert("idempotent-replayed", HeaderValue::from_static("true"));
                return Ok(response);
            }
            NextAction::KeyReused => {
                return Err(ApiError::new(
                    StatusCode::UNPROCESSABLE_ENTITY,
                    "idempotency_key_reused",
                    "This Idempotency-Key was used for another request.",
                    None,
                ));
            }
            NextAction::StillInProgress => {
                return Err(ApiError::new(
                    StatusCode::CONFLICT,
                    "conflict",
                    "A request with this Idempotency-Key is still being processed; retry shortly.",
                    None,
                ));
            }
        };
        let answer = match work().await {
            Ok((status, body)) => serde_json::to_string(&body)
                .map(|text| (status, text))
                .map_err(|e| ApiError::from(AppError::Task(format!("API answer: {e}")))),
            Err(e) => Err(e),
        };
        match answer {
            Ok((status, text)) => {
                reserved
                    .save_answer(&state.app, status.as_u16(), text.clone())
                    .await?;
                Ok(json_response(status, text))
            }
            Err(e) if e.status.is_client_error() => {
                let body = ErrorBody {
                    error: e.detail.clone(),
                };
                let text = serde_json::to_string(&body).unwrap_or_default();
                reserved
                    .save_answer(&state.app, e.status.as_u16(), text)
                    .await?;
                Err(e)
            }
            Err(e) => {
                reserved.release(&state.app).await?;
                Err(e)
            }
        }
    }
}

/// An answer whose body is JSON text already.
fn json_response(status: StatusCode, body: String) -> Response {
    (
        status,
        [(axum::http::header::CONTENT_TYPE, "application/json")],
        body,
    )
        .into_response()
}
