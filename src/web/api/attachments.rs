//! `/api/v1/rounds/{round_id}/comments/{comment_id}/attachments`: files attached to a comment —
//! a delegation's official letter (PDF) on its own comment while its window is open, the
//! Secretariat's original (PDF or DOCX) of a comment it entered on a delegation's behalf —
//! uploaded as `multipart/form-data` (one field `file`), listed, and downloaded by whoever may
//! read the comment.

use axum::Json;
use axum::http::StatusCode;
use axum::response::Response;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::error::{ApiResult, ErrorBody};
use super::extract::{ApiRead, ApiUser, ApiWrite};
use crate::app::attachments::Attachment;

/// An attached file's description.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct AttachmentOut {
    pub id: i64,
    pub comment_id: i64,
    /// The name it is served under (its last path component, sanitised).
    pub file_name: String,
    /// As read from its content: `application/pdf` or the DOCX type.
    pub content_type: String,
    pub size_bytes: i64,
    /// SHA-256 of the content, lower-case hex.
    pub sha256: String,
    #[schema(format = DateTime)]
    pub uploaded_at: String,
}

/// The upload: one file, in the field `file`.
#[derive(ToSchema)]
#[allow(dead_code)]
pub struct AttachmentUpload {
    /// A PDF (a delegation's letter), or a PDF or DOCX (the Secretariat's original); up to 20 MB.
    #[schema(value_type = String, format = Binary)]
    file: Vec<u8>,
}

fn attachment_out(r: Attachment) -> AttachmentOut {
    AttachmentOut {
        id: r.attachment_id,
        comment_id: r.comment_id,
        file_name: r.file_name,
        content_type: r.content_type,
        size_bytes: r.size_bytes,
        sha256: r.sha256,
        uploaded_at: r.created_at.to_string(),
    }
}

/// Attaches a file to a comment: a delegation its official letter (PDF) to one of its own
/// comments while its window is open; the Chair or the Secretariat the original (PDF or DOCX)
/// of a comment entered on a delegation's behalf. The type is read from the content; the file is
/// stored under its SHA-256 and never overwritten.
#[utoipa::path(post, path = "/api/v1/rounds/{round_id}/comments/{comment_id}/attachments", tag = "comments",
    request_body(content = AttachmentUpload, content_type = "multipart/form-data"),
    params(("round_id" = i64, Path), ("comment_id" = i64, Path)),
    responses((status = 201, body = AttachmentOut), (status = 400, body = ErrorBody), (status = 404, body = ErrorBody),
        (status = 409, description = "After the delegation's deadline (`round_closed`); a comment the Secretariat entered (for its delegation), one of the delegation's own (for the staff) or a withdrawn one (`conflict`); once the outcome is published (`outcome_published`).", body = ErrorBody),
        (status = 413, description = "Larger than 20 MB (`too_large`).", body = ErrorBody),
        (status = 415, description = "Not multipart/form-data, or a file that is not a PDF (a delegation's) or a PDF or DOCX (the Secretariat's), as read from its content (`unsupported_media_type`).", body = ErrorBody),
        (status = 422, body = ErrorBody)))]
pub async fn upload(request: ApiWrite<ApiUser, (i64, i64)>) -> ApiResult<Response> {
    let (state, actor, ids) = (&request.state, request.user.actor, request.ids);
    request
        .once(|| async {
            state.app.refuse_attachment_early(&actor, ids).await?;
            let (name, bytes) = request.multipart_file("file").await?;
            let record = state.app.attach(actor, ids, name, bytes).await?;
            Ok((StatusCode::CREATED, attachment_out(record)))
        })
        .await
}

/// The files attached to a comment the caller may read.
#[utoipa::path(get, path = "/api/v1/rounds/{round_id}/comments/{comment_id}/attachments", tag = "comments",
    params(("round_id" = i64, Path), ("comment_id" = i64, Path)),
    responses((status = 200, body = Vec<AttachmentOut>), (status = 404, body = ErrorBody)))]
pub async fn list(read: ApiRead<ApiUser, (i64, i64)>) -> ApiResult<Json<Vec<AttachmentOut>>> {
    let (round_id, comment_id) = read.ids;
    let list = read
        .state
        .app
        .attachments(&read.user.actor, round_id, comment_id)
        .await?;
    Ok(Json(list.into_iter().map(attachment_out).collect()))
}

/// Downloads an attached file (always as an attachment, under its sanitised name).
#[utoipa::path(get, path = "/api/v1/rounds/{round_id}/comments/{comment_id}/attachments/{attachment_id}", tag = "comments",
    params(("round_id" = i64, Path), ("comment_id" = i64, Path), ("attachment_id" = i64, Path)),
    responses((status = 200, description = "The file", content(
        (Vec<u8> = "application/pdf"),
        (Vec<u8> = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"))),
        (status = 404, body = ErrorBody)))]
pub async fn download(read: ApiRead<ApiUser, (i64, i64, i64)>) -> ApiResult<Response> {
    let file = read
        .state
        .app
        .attachment_file(&read.user.actor, read.ids)
        .await?;
    Ok(crate::web::attachments::download(file))
}
