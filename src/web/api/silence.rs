//! `/api/v1/rounds/{round_id}/silence-breaks…`: a delegation breaks silence (or, if its
//! category may not break it, sends a statement that is recorded) and withdraws its statement
//! before the deadline. The round's `result` and `broken_by` are in the round itself.

use axum::http::StatusCode;
use axum::response::Response;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::error::{ApiResult, ErrorBody};
use super::extract::{ApiUser, ApiWrite};
use crate::app::silence::{StatementInput, StatementReceipt};

/// A replacement text proposed for one recommendation of the text under silence.
#[derive(Debug, Clone, Deserialize, Serialize, ToSchema)]
pub struct AmendmentIn {
    #[schema(minimum = 1, example = 1)]
    pub recommendation_id: i64,
    /// The whole paragraph as proposed.
    #[schema(min_length = 1, max_length = 20000)]
    pub proposed_text: String,
}

/// A statement of the caller's delegation: an official act of its Government.
#[derive(Debug, Clone, Deserialize, Serialize, ToSchema)]
pub struct SilenceBreakIn {
    #[schema(
        min_length = 1,
        max_length = 20000,
        example = "The Government of Argentina cannot join consensus on recommendation 1."
    )]
    pub statement: String,
    /// At most one per recommendation, and 50 in one statement (so that the body stays within
    /// the API's 8 MB).
    #[serde(default)]
    #[schema(max_items = 50)]
    pub amendments: Vec<AmendmentIn>,
}

/// The acknowledgement of a statement or of its withdrawal.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct SilenceBreakOut {
    pub id: i64,
    pub round_id: i64,
    /// The receipt number, e.g. `WG-TIP-2020/S/0003`.
    pub reference: String,
    /// Whether the statement breaks silence: false when the delegation's category may not
    /// break it in this round (the statement is recorded all the same).
    pub breaks_silence: bool,
    /// Sent after the round's deadline through an individual extension.
    pub late: bool,
}

fn receipt_out(r: StatementReceipt) -> SilenceBreakOut {
    SilenceBreakOut {
        id: r.silence_break_id,
        round_id: r.round_id,
        reference: r.reference,
        breaks_silence: r.breaks_silence,
        late: r.late,
    }
}

/// Breaks silence in a silence round for the caller's delegation (a statement, optional
/// amendments). After the deadline: 409 `round_closed`; a statement already standing: 409
/// `conflict`.
#[utoipa::path(post, path = "/api/v1/rounds/{round_id}/silence-breaks", tag = "silence", request_body = SilenceBreakIn,
    params(("round_id" = i64, Path)),
    responses((status = 201, body = SilenceBreakOut), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn break_silence(request: ApiWrite<ApiUser, i64>) -> ApiResult<Response> {
    let body: SilenceBreakIn = request.json()?;
    request
        .once(|| async {
            let input = StatementInput {
                statement: body.statement.clone(),
                amendments: body
                    .amendments
                    .iter()
                    .map(|a| (a.recommendation_id.to_string(), a.proposed_text.clone()))
                    .collect(),
            };
            let receipt = request
                .state
                .app
                .break_silence(request.user.actor, request.ids, input)
                .await?;
            Ok((StatusCode::CREATED, receipt_out(receipt)))
        })
        .await
}

/// Withdraws the caller's delegation's statement that stands (it stays on record, withdrawn).
/// After the deadline: 409 `round_closed`; none standing: 404.
#[utoipa::path(delete, path = "/api/v1/rounds/{round_id}/silence-breaks/mine", tag = "silence",
    params(("round_id" = i64, Path)),
    responses((status = 200, body = SilenceBreakOut), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody)))]
pub async fn withdraw_silence_break(request: ApiWrite<ApiUser, i64>) -> ApiResult<Response> {
    request
        .once(|| async {
            let receipt = request
                .state
                .app
                .withdraw_silence_break(request.user.actor, request.ids)
                .await?;
            Ok((StatusCode::OK, receipt_out(receipt)))
        })
        .await
}
