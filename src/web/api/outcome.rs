//! `/api/v1/rounds/{round_id}/dispositions…` and `/outcome…`: the Chair's decisions per
//! recommendation, publishing the outcome and downloading its versions.

use axum::Json;
use axum::http::StatusCode;
use axum::response::Response;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::error::{ApiError, ApiResult, ErrorBody};
use super::extract::{ApiRead, ApiUser, ApiWrite, StaffUser};
use super::words::DecisionWord;
use crate::app::consolidation::{DispositionForm, DispositionSaved};
use crate::app::views::OutcomeVersion;
use crate::domain::disposition::{Decision, SavedDisposition};
use crate::outcome::OutcomeFormat;

/// A decision on a recommendation, as sent.
#[derive(Debug, Clone, Deserialize, Serialize, ToSchema)]
pub struct DispositionIn {
    pub decision: DecisionWord,
    /// The consolidated text (amended, bracketed).
    #[serde(default)]
    #[schema(max_length = 20000)]
    pub text: Option<String>,
    /// The recommendation this one is merged into.
    #[serde(default)]
    #[schema(minimum = 1)]
    pub merged_into: Option<i64>,
    #[serde(default)]
    #[schema(max_length = 20000)]
    pub note: Option<String>,
    /// The version this decision replaces (0 or absent for the first); a stale one gets 409.
    #[serde(default)]
    #[schema(minimum = 0)]
    pub version: Option<i64>,
}

/// A decision as recorded.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct DispositionOut {
    pub recommendation_id: i64,
    pub decision: DecisionWord,
    pub text: Option<String>,
    pub merged_into: Option<i64>,
    pub note: String,
    pub version: i64,
    #[schema(format = DateTime)]
    pub updated_at: String,
    pub updated_by: String,
}

/// A published version of the outcome.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct OutcomeVersionOut {
    pub version: i64,
    #[schema(format = DateTime)]
    pub published_at: String,
    pub published_by: String,
    /// Downloads of this version, by format.
    pub files: Vec<String>,
}

fn disposition_out(d: SavedDisposition) -> DispositionOut {
    DispositionOut {
        recommendation_id: d.recommendation_id,
        decision: d.decision.into(),
        text: d.text,
        merged_into: d.merged_into,
        note: d.note,
        version: d.version,
        updated_at: d.updated_at.to_string(),
        updated_by: d.updated_by_name,
    }
}

const FORMATS: [&str; 5] = ["html", "docx", "csv", "comments.csv", "json"];

/// The decisions recorded so far for a round (Chair and Secretariat).
#[utoipa::path(get, path = "/api/v1/rounds/{round_id}/dispositions", tag = "outcome",
    params(("round_id" = i64, Path)),
    responses((status = 200, body = Vec<DispositionOut>), (status = 404, body = ErrorBody)))]
pub async fn list_dispositions(
    read: ApiRead<ApiUser, i64>,
) -> ApiResult<Json<Vec<DispositionOut>>> {
    let list = read
        .state
        .app
        .dispositions(&read.user.actor, read.ids)
        .await?;
    Ok(Json(list.into_iter().map(disposition_out).collect()))
}

/// Records the decision on one recommendation (only once the round has closed).
#[utoipa::path(put, path = "/api/v1/rounds/{round_id}/dispositions/{recommendation_id}", tag = "outcome",
    request_body = DispositionIn,
    params(("round_id" = i64, Path), ("recommendation_id" = i64, Path)),
    responses((status = 200, body = DispositionOut), (status = 404, body = ErrorBody),
        (status = 409, description = "Consolidation waits for the last window (`windows_open`, naming the delegations that can still write); a newer version was saved meanwhile (`stale_version`); or the round is not closed (`conflict`).", body = ErrorBody),
        (status = 422, body = ErrorBody)))]
pub async fn put_disposition(request: ApiWrite<StaffUser, (i64, i64)>) -> ApiResult<Response> {
    let input: DispositionIn = request.json()?;
    let (state, actor, (round_id, recommendation_id)) =
        (&request.state, request.user.actor, request.ids);
    request.once(|| async {
        let form = DispositionForm {
            decision: Decision::from(input.decision).as_str().to_string(),
            text: input.text.clone().unwrap_or_default(),
            merged_into: input.merged_into.map(|id| id.to_string()).unwrap_or_default(),
            note: input.note.clone().unwrap_or_default(),
            version: input.version.unwrap_or(0).to_string(),
        };
        match state.app.save_disposition(actor, round_id, recommendation_id, form).await? {
            DispositionSaved::Saved(record) => Ok((StatusCode::OK, disposition_out(record))),
            DispositionSaved::Stale { current } => {
                Err(ApiError::new(
                    StatusCode::CONFLICT,
                    "stale_version",
                    format!(
                        "Someone saved version {} of this decision since version {} was read; nothing was stored.",
                        current.version,
                        input.version.unwrap_or(0)
                    ),
                    Some("version"),
                ))
            }
        }
    })
    .await
}

/// Publishes a new version of the outcome (the Chair; once the last window has closed and
/// every recommendation is decided).
#[utoipa::path(post, path = "/api/v1/rounds/{round_id}/outcome", tag = "outcome",
    params(("round_id" = i64, Path)),
    responses((status = 201, body = OutcomeVersionOut), (status = 404, body = ErrorBody),
        (status = 409, description = "Publication waits for the last window: delegations can still write, named in the message with their deadlines (`windows_open`); or a recommendation is undecided, or the round is not closed (`conflict`).", body = ErrorBody)))]
pub async fn publish(request: ApiWrite<StaffUser, i64>) -> ApiResult<Response> {
    let (actor, round_id) = (request.user.actor, request.ids);
    request
        .once(|| async {
            let record = request.state.app.publish_outcome(actor, round_id).await?;
            Ok((StatusCode::CREATED, version_out(round_id, record)))
        })
        .await
}

fn version_out(round_id: i64, r: OutcomeVersion) -> OutcomeVersionOut {
    OutcomeVersionOut {
        files: FORMATS
            .iter()
            .map(|f| format!("/api/v1/rounds/{round_id}/outcome/{}.{f}", r.version))
            .collect(),
        version: r.version,
        published_at: r.published_at.to_string(),
        published_by: r.published_by_name,
    }
}

/// The published versions of the outcome (staff, and delegations of the round).
#[utoipa::path(get, path = "/api/v1/rounds/{round_id}/outcome", tag = "outcome",
    params(("round_id" = i64, Path)),
    responses((status = 200, body = Vec<OutcomeVersionOut>), (status = 404, body = ErrorBody)))]
pub async fn versions(read: ApiRead<ApiUser, i64>) -> ApiResult<Json<Vec<OutcomeVersionOut>>> {
    let round_id = read.ids;
    let listing = read
        .state
        .app
        .outcome_versions(&read.user.actor, round_id)
        .await?;
    Ok(Json(
        listing
            .versions
            .into_iter()
            .map(|v| version_out(round_id, v))
            .collect(),
    ))
}

/// One published version (`latest` or its number) as `.html`, `.docx`, `.csv`, `.comments.csv` or `.json`.
#[utoipa::path(get, path = "/api/v1/rounds/{round_id}/outcome/{file}", tag = "outcome",
    params(("round_id" = i64, Path), ("file" = String, Path, description = "e.g. latest.docx, 2.html, 1.comments.csv")),
    responses((status = 200, description = "The file, in the format its name ends with", content(
        (String = "text/html"),
        (String = "text/csv"),
        (Object = "application/json"),
        (Vec<u8> = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"))),
        (status = 404, body = ErrorBody)))]
pub async fn download(read: ApiRead<ApiUser, (i64, String)>) -> ApiResult<Response> {
    let (round_id, file) = &read.ids;
    let (stem, format) = OutcomeFormat::split_file_name(file).ok_or_else(ApiError::not_found)?;
    let version = match stem {
        "latest" => None,
        v => Some(v.parse::<i64>().map_err(|_| ApiError::not_found())?),
    };
    let doc = read
        .state
        .app
        .published_outcome(&read.user.actor, *round_id, version)
        .await?;
    Ok(crate::web::outcome::download(
        &doc,
        format,
        &crate::web::language::tr(),
    )?)
}
