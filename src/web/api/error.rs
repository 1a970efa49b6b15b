//! The API's one error shape: `{"error":{"code","message","field"}}` with the fitting status;
//! internals are logged, never sent.

use axum::Json;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::Serialize;
use utoipa::ToSchema;

use crate::app::AppError;

#[derive(Debug, Serialize, ToSchema)]
pub struct ErrorBody {
    pub error: ErrorDetail,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ErrorDetail {
    /// Stable, machine-readable: `unauthorized`, `not_found`, `invalid`, `import_invalid`,
    /// `round_closed`, `conflict`, `windows_open`, `outcome_published`, `silence_ended`,
    /// `silence_runs_its_period`, `stale_version`, `silence_too_short`,
    /// `idempotency_key_reused`, `too_large`, `unsupported_media_type`, `method_not_allowed`,
    /// `bad_request`, `internal`.
    pub code: String,
    /// For people, in English.
    pub message: String,
    /// The input field the problem is about, when there is one.
    pub field: Option<String>,
    /// Every problem, when there are several (validation and imports).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub problems: Vec<Problem>,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Problem {
    pub field: Option<String>,
    /// The row of an imported file (header = row 1), or the 1-based position in a JSON list;
    /// absent for a problem of the body as a whole.
    pub row: Option<usize>,
    pub message: String,
}

#[derive(Debug)]
pub struct ApiError {
    pub status: StatusCode,
    pub detail: ErrorDetail,
}

impl ApiError {
    pub fn new(
        status: StatusCode,
        code: &str,
        message: impl Into<String>,
        field: Option<&str>,
    ) -> ApiError {
        ApiError {
            status,
            detail: ErrorDetail {
                code: code.to_string(),
                message: message.into(),
                field: field.map(str::to_string),
                problems: Vec::new(),
            },
        }
    }

    pub fn unauthorized() -> ApiError {
        ApiError::new(
            StatusCode::UNAUTHORIZED,
            "unauthorized",
            "Send a valid API token as 'Authorization: Bearer <token>'.",
            None,
        )
    }

    pub fn not_found() -> ApiError {
        ApiError::new(
            StatusCode::NOT_FOUND,
            "not_found",
            "There is no such object, or you may not see it.",
            None,
        )
    }

    pub fn bad_request(message: impl Into<String>) -> ApiError {
        ApiError::new(StatusCode::BAD_REQUEST, "bad_request", message, None)
    }

    /// The same refusal with the fields a use case names as `from` named as the API's `to`.
    pub fn renamed(mut self, names: &[(&str, &str)]) -> ApiError {
        let rename = |field: &mut Option<String>| {
            if let Some((_, to)) = names
                .iter()
                .find(|(from, _)| field.as_deref() == Some(*from))
            {
                *field = Some(to.to_string());
            }
        };
        rename(&mut self.detail.field);
        for problem in &mut self.detail.problems {
            rename(&mut problem.field);
        }
        self
    }

    pub fn invalid(field: &str, message: impl Into<String>) -> ApiError {
        ApiError::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            "invalid",
            message,
            Some(field),
        )
    }
}

impl From<AppError> for ApiError {
    fn from(e: AppError) -> Self {
        let tr = crate::web::language::tr();
        match e {
            AppError::NotFound => ApiError::not_found(),
            AppError::Invalid(errors) => {
                let problems: Vec<Problem> = errors
                    .iter()
                    .map(|f| Problem {
                        field: Some(f.field.to_string()),
                        row: None,
                        message: f.message.render(&tr),
                    })
                    .collect();
                let mut error = ApiError::new(
                    StatusCode::UNPROCESSABLE_ENTITY,
                    "invalid",
                    problems
                        .first()
                        .map(|p| p.message.clone())
                        .unwrap_or_default(),
                    errors.first().map(|f| f.field),
                );
                error.detail.problems = problems;
                error
            }
            AppError::Import(found) => {
                let problems: Vec<Problem> = found
                    .iter()
                    .map(|p| Problem {
                        field: p.column.map(str::to_string),
                        row: Some(p.row).filter(|r| *r > 0),
                        message: p.to_string(),
                    })
                    .collect();
                let mut error = ApiError::new(
                    StatusCode::UNPROCESSABLE_ENTITY,
                    "import_invalid",
                    format!(
                        "{} problem(s); nothing was stored. {}",
                        problems.len(),
                        problems[0..problems.len().min(1)]
                            .iter()
                            .map(|p| p.message.as_str())
                            .collect::<String>()
                    ),
                    None,
                );
                error.detail.problems = problems;
                error
            }
            AppError::Deadline(message) => ApiError::new(
                StatusCode::CONFLICT,
                "round_closed",
                message.render(&tr),
                None,
            ),
            AppError::Conflict(message) => {
                ApiError::new(StatusCode::CONFLICT, "conflict", message.render(&tr), None)
            }
            AppError::Refused { code, message } => {
                ApiError::new(StatusCode::CONFLICT, code, message.render(&tr), None)
            }
            AppError::TooLarge(message) => ApiError::new(
                StatusCode::PAYLOAD_TOO_LARGE,
                "too_large",
                message.render(&tr),
                Some("file"),
            ),
            AppError::Unsupported(message) => ApiError::new(
                StatusCode::UNSUPPORTED_MEDIA_TYPE,
                "unsupported_media_type",
                message.render(&tr),
                Some("file"),
            ),
            AppError::InvalidSignInLink => ApiError::unauthorized(),
            other => {
                tracing::error!(error = %other, "API request failed");
                ApiError::new(
                    StatusCode::INTERNAL_SERVER_ERROR,
                    "internal",
                    "Something went wrong on our side; nothing was stored. Try again later.",
                    None,
                )
            }
        }
    }
}

impl From<crate::web::error::WebError> for ApiError {
    fn from(e: crate::web::error::WebError) -> Self {
        match e {
            crate::web::error::WebError::App(app) => app.into(),
            crate::web::error::WebError::NotFound => ApiError::not_found(),
            crate::web::error::WebError::TooLarge => ApiError::new(
                StatusCode::PAYLOAD_TOO_LARGE,
                "too_large",
                "The request is too large (imports may be up to 5 MB).",
                None,
            ),
            other => {
                tracing::error!(error = %other, "API request failed");
                ApiError::new(
                    StatusCode::INTERNAL_SERVER_ERROR,
                    "internal",
                    "Something went wrong on our side.",
                    None,
                )
            }
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        (self.status, Json(ErrorBody { error: self.detail })).into_response()
    }
}

pub type ApiResult<T> = Result<T, ApiError>;
