//! `/api/v1/…/comments`: a delegation's comments (submit, change, withdraw) and reading them.

use axum::Json;
use axum::http::StatusCode;
use axum::response::Response;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::error::{ApiError, ApiResult, ErrorBody};
use super::extract::{ApiRead, ApiUser, ApiWrite};
use super::words::{CommentKindWord, CommentStatusWord};
use crate::app::comments::{CommentInput, Receipt};
use crate::domain::{Comment, CommentKind};
use crate::web::state::WebState;

/// A comment as sent: on a recommendation (by id or label) or, with neither, on the whole draft.
#[derive(Debug, Clone, Deserialize, Serialize, ToSchema)]
pub struct CommentIn {
    /// The recommendation commented on (ignored by a change: a comment stays where it is).
    #[serde(default)]
    #[schema(minimum = 1, example = 1)]
    pub recommendation_id: Option<i64>,
    /// The recommendation commented on, by its label (when no `recommendation_id` is given).
    #[serde(default)]
    #[schema(min_length = 1, max_length = 20, example = "1")]
    pub recommendation_label: Option<String>,
    pub kind: CommentKindWord,
    /// Required for a remark; optional for the other kinds.
    #[serde(default)]
    #[schema(
        max_length = 20000,
        example = "We propose to add a reference to victims' access to remedies."
    )]
    pub text: String,
    /// Required for an amendment: the whole paragraph as proposed.
    #[serde(default)]
    #[schema(max_length = 20000)]
    pub proposed_text: Option<String>,
    /// For changes: the version the change is based on (a stale one gets 409).
    #[serde(default)]
    #[schema(minimum = 1)]
    pub version: Option<i64>,
}

/// A comment as the API shows it.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct CommentOut {
    pub id: i64,
    pub round_id: i64,
    /// The receipt number, e.g. `WG-TIP-2020/C/0042`.
    pub reference: String,
    pub recommendation_id: Option<i64>,
    pub delegation_id: i64,
    pub delegation: String,
    pub kind: CommentKindWord,
    pub text: String,
    pub proposed_text: Option<String>,
    pub status: CommentStatusWord,
    pub version: i64,
    /// Stored after the round's deadline through an individual extension.
    pub late: bool,
    #[schema(format = DateTime)]
    pub submitted_at: String,
    #[schema(format = DateTime)]
    pub last_changed_at: String,
}

/// The acknowledgement of a write.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct ReceiptOut {
    pub id: i64,
    pub round_id: i64,
    pub reference: String,
    pub late: bool,
}

fn comment_out(c: Comment) -> CommentOut {
    CommentOut {
        id: c.comment_id,
        round_id: c.round_id,
        reference: c.reference,
        recommendation_id: c.recommendation_id,
        delegation_id: c.delegation_id,
        delegation: c.delegation_name,
        kind: c.kind.into(),
        text: c.text,
        proposed_text: c.proposed_text,
        status: c.status.into(),
        version: c.version,
        late: c.late,
        submitted_at: c.created_at.to_string(),
        last_changed_at: c.updated_at.to_string(),
    }
}

fn receipt_out(r: Receipt) -> ReceiptOut {
    ReceiptOut {
        id: r.comment_id,
        round_id: r.round_id,
        reference: r.reference,
        late: r.late,
    }
}

/// Turns the API's comment into the form input of the use case (the label resolved to an id).
async fn input(state: &WebState, round_id: i64, c: &CommentIn) -> ApiResult<CommentInput> {
    let recommendation_id = match (c.recommendation_id, &c.recommendation_label) {
        (Some(id), _) => id.to_string(),
        (None, Some(label)) => match state.app.recommendation_by_label(round_id, label).await? {
            Some(id) => id.to_string(),
            None => {
                return Err(ApiError::invalid(
                    "recommendation_label",
                    "This recommendation is not part of the draft under comment",
                ));
            }
        },
        (None, None) => String::new(),
    };
    Ok(CommentInput {
        recommendation_id,
        ..content_input(c)
    })
}

/// The content fields of a comment's body (what an edit may change).
fn content_input(c: &CommentIn) -> CommentInput {
    CommentInput {
        recommendation_id: String::new(),
        kind: CommentKind::from(c.kind).as_str().to_string(),
        text: c.text.clone(),
        proposed_text: c.proposed_text.clone().unwrap_or_default(),
    }
}

/// The comments the caller may read: staff all; a delegation its own, and others' where the
/// round's visibility allows.
#[utoipa::path(get, path = "/api/v1/rounds/{round_id}/comments", tag = "comments",
    params(("round_id" = i64, Path)),
    responses((status = 200, body = Vec<CommentOut>), (status = 404, body = ErrorBody)))]
pub async fn list_comments(read: ApiRead<ApiUser, i64>) -> ApiResult<Json<Vec<CommentOut>>> {
    let comments = read
        .state
        .app
        .visible_comments(&read.user.actor, read.ids)
        .await?;
    Ok(Json(comments.into_iter().map(comment_out).collect()))
}

/// Submits a comment of the caller's delegation. After the deadline: 409 `round_closed`.
#[utoipa::path(post, path = "/api/v1/rounds/{round_id}/comments", tag = "comments", request_body = CommentIn,
    params(("round_id" = i64, Path)),
    responses((status = 201, body = ReceiptOut), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn create_comment(request: ApiWrite<ApiUser, i64>) -> ApiResult<Response> {
    let comment: CommentIn = request.json()?;
    let (state, round_id) = (&request.state, request.ids);
    request
        .once(|| async {
            let input = input(state, round_id, &comment).await?;
            let receipt = state
                .app
                .submit_comment(request.user.actor, round_id, input)
                .await?;
            Ok((StatusCode::CREATED, receipt_out(receipt)))
        })
        .await
}

/// Changes one of the caller's delegation's comments (optionally only if still at `version`).
#[utoipa::path(put, path = "/api/v1/comments/{comment_id}", tag = "comments", request_body = CommentIn,
    params(("comment_id" = i64, Path)),
    responses((status = 200, body = ReceiptOut), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn update_comment(request: ApiWrite<ApiUser, i64>) -> ApiResult<Response> {
    let comment: CommentIn = request.json()?;
    request
        .once(|| async {
            // A comment stays on what it is about: only its content changes, and a
            // recommendation given in the body is not read.
            let input = content_input(&comment);
            let receipt = request
                .state
                .app
                .edit_comment(request.user.actor, request.ids, comment.version, input)
                .await?;
            Ok((StatusCode::OK, receipt_out(receipt)))
        })
        .await
}

/// Withdraws one of the caller's delegation's comments (it stays recorded as withdrawn).
#[utoipa::path(delete, path = "/api/v1/comments/{comment_id}", tag = "comments",
    params(("comment_id" = i64, Path)),
    responses((status = 200, body = ReceiptOut), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody)))]
pub async fn withdraw_comment(request: ApiWrite<ApiUser, i64>) -> ApiResult<Response> {
    request
        .once(|| async {
            let receipt = request
                .state
                .app
                .withdraw_comment(request.user.actor, request.ids)
                .await?;
            Ok((StatusCode::OK, receipt_out(receipt)))
        })
        .await
}
