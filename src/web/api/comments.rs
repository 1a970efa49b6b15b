//! `/api/v1/…/comments`: a delegation's comments (submit, change, withdraw) and reading them.

use axum::Json;
use axum::http::StatusCode;
use axum::response::Response;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::error::{ApiError, ApiResult, ErrorBody};
use super::extract::{ApiRead, ApiUser, ApiWrite, StaffUser};
use super::words::{CommentKindWord, CommentStatusWord, IntakeSourceWord};
use crate::app::comments::{CommentInput, Receipt};
use crate::app::intake::{IntakeInput, ReceivedInput};
use crate::domain::intake::IntakeSource;
use crate::domain::{Actor, Comment, CommentKind};
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
    /// The Chair and the Secretariat only, and required of them for a new comment: the
    /// delegation (its id) on whose behalf a comment received outside the forms is entered.
    /// With it, `source` and `received_at` are required.
    #[serde(default)]
    #[schema(minimum = 1)]
    pub on_behalf_of: Option<i64>,
    /// With `on_behalf_of`: how the comment was received.
    #[serde(default)]
    pub source: Option<IntakeSourceWord>,
    /// With `on_behalf_of`: when it was received (RFC 3339), not later than now. Received after
    /// the delegation's deadline, the comment is stored, marked late and left out of the
    /// consolidation until the Chair includes it.
    #[serde(default)]
    #[schema(format = DateTime, example = "2020-10-02T14:30:00Z")]
    pub received_at: Option<String>,
    /// With `on_behalf_of`: the sender's reference (e.g. the note verbale's number).
    #[serde(default)]
    #[schema(max_length = 200, example = "NV/2020/123")]
    pub source_reference: Option<String>,
}

/// Where a comment entered by the Chair or the Secretariat on a delegation's behalf came from.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct IntakeOut {
    pub source: IntakeSourceWord,
    #[schema(format = DateTime)]
    pub received_at: String,
    pub source_reference: Option<String>,
}

/// The Chair's reason for including a comment received after the deadline.
#[derive(Debug, Clone, Deserialize, Serialize, ToSchema)]
pub struct InclusionIn {
    #[schema(min_length = 1, max_length = 2000)]
    pub reason: String,
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
    /// Stored after the round's deadline through an individual extension, or (entered by the
    /// Secretariat) received after it.
    pub late: bool,
    /// Entered by the Chair or the Secretariat on the delegation's behalf (null: the
    /// delegation's own). The delegation cannot change or withdraw it.
    pub intake: Option<IntakeOut>,
    /// Received after the delegation's deadline and not included by the Chair: left out of the
    /// consolidation and the compilation.
    pub held_back: bool,
    /// When the Chair included it, having been received after the deadline.
    #[schema(format = DateTime)]
    pub included_at: Option<String>,
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
    /// Entered on a delegation's behalf and received after its deadline: left out of the
    /// consolidation until the Chair includes it.
    pub held_back: bool,
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
        intake: c.intake.map(|i| IntakeOut {
            source: i.source.into(),
            received_at: i.received_at.to_string(),
            source_reference: i.source_reference,
        }),
        held_back: c.held_back,
        included_at: c.included_at.map(|t| t.to_string()),
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
        held_back: r.held_back,
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

/// Submits a comment of the caller's delegation; or, by the Chair or the Secretariat, enters
/// on a delegation's behalf (`on_behalf_of`) a comment received by e-mail, note verbale or
/// letter. After the deadline: 409 `round_closed` (a delegation's own); once the outcome is
/// published, 409 `outcome_published` (an entry on a delegation's behalf).
#[utoipa::path(post, path = "/api/v1/rounds/{round_id}/comments", tag = "comments", request_body = CommentIn,
    params(("round_id" = i64, Path)),
    responses((status = 201, body = ReceiptOut), (status = 404, body = ErrorBody),
        (status = 409, description = "A delegation's own comment after its deadline (`round_closed`); an entry on a delegation's behalf once the outcome is published (`outcome_published`), before the round opens, in a cancelled round or a silence procedure (`conflict`).", body = ErrorBody),
        (status = 422, description = "Invalid input, named by `field`: a delegation may not give `on_behalf_of`, `source`, `received_at` or `source_reference`; the Chair and the Secretariat must give `on_behalf_of`, `source` and `received_at`.", body = ErrorBody)))]
pub async fn create_comment(request: ApiWrite<ApiUser, i64>) -> ApiResult<Response> {
    let comment: CommentIn = request.json()?;
    let (state, round_id, actor) = (&request.state, request.ids, request.user.actor);
    check_intake_fields(&actor, &comment)?;
    request
        .once(|| async {
            let input = input(state, round_id, &comment).await?;
            let receipt = match comment.on_behalf_of {
                Some(delegation_id) => {
                    let intake = IntakeInput {
                        on_behalf_of: delegation_id.to_string(),
                        comment: input,
                        source: comment
                            .source
                            .map(|s| IntakeSource::from(s).as_str())
                            .unwrap_or_default()
                            .to_string(),
                        received_at: ReceivedInput::Instant(
                            comment.received_at.clone().unwrap_or_default(),
                        ),
                        source_reference: comment.source_reference.clone().unwrap_or_default(),
                    };
                    state.app.enter_on_behalf(actor, round_id, intake).await?
                }
                None => state.app.submit_comment(actor, round_id, input).await?,
            };
            Ok((StatusCode::CREATED, receipt_out(receipt)))
        })
        .await
}

/// A delegation's comment is its own: the fields of an entry on a delegation's behalf are the
/// staff's, and the staff comment only on a delegation's behalf.
fn check_intake_fields(actor: &Actor, c: &CommentIn) -> ApiResult<()> {
    if actor.role.is_staff() {
        if c.on_behalf_of.is_none() {
            return Err(ApiError::invalid(
                "on_behalf_of",
                "The Chair and the Secretariat enter comments on a delegation's behalf: give on_behalf_of (the delegation's id), source and received_at",
            ));
        }
        return Ok(());
    }
    let given = [
        ("on_behalf_of", c.on_behalf_of.is_some()),
        ("source", c.source.is_some()),
        ("received_at", c.received_at.is_some()),
        ("source_reference", c.source_reference.is_some()),
    ];
    match given.iter().find(|(_, given)| *given) {
        Some((field, _)) => Err(ApiError::invalid(
            field,
            "Only the Chair and the Secretariat enter comments on a delegation's behalf; a delegation's comment is its own",
        )),
        None => Ok(()),
    }
}

/// Includes in the consolidation a comment entered on a delegation's behalf that was received
/// after its deadline (the Chair's decision, with a reason; recorded in the audit trail).
#[utoipa::path(post, path = "/api/v1/rounds/{round_id}/comments/{comment_id}/inclusion", tag = "comments", request_body = InclusionIn,
    params(("round_id" = i64, Path), ("comment_id" = i64, Path)),
    responses((status = 200, body = CommentOut), (status = 404, body = ErrorBody),
        (status = 409, description = "The comment is not held back (`conflict`), or the outcome is published (`outcome_published`).", body = ErrorBody),
        (status = 422, body = ErrorBody)))]
pub async fn include_comment(request: ApiWrite<StaffUser, (i64, i64)>) -> ApiResult<Response> {
    let input: InclusionIn = request.json()?;
    let (state, actor, (round_id, comment_id)) = (&request.state, request.user.actor, request.ids);
    request
        .once(|| async {
            let comment = state
                .app
                .include_late_comment(actor, round_id, comment_id, &input.reason)
                .await?;
            Ok((StatusCode::OK, comment_out(comment)))
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
