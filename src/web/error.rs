//! The one error type of the web layer: renders a page that says what happened in the user's
//! words and never shows internals (those go to the log).

use askama::Template;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};

use super::page::Page;
use crate::app::AppError;
use crate::i18n::Message;

#[derive(Debug, thiserror::Error)]
pub enum WebError {
    #[error("not found")]
    NotFound,
    #[error("csrf token missing or wrong")]
    Csrf,
    #[error("unreadable form")]
    BadForm,
    #[error("form text is not UTF-8")]
    NotUtf8,
    #[error("request too large")]
    TooLarge,
    #[error(transparent)]
    App(#[from] AppError),
    #[error("template: {0}")]
    Template(#[from] askama::Error),
}

#[derive(Template)]
#[template(path = "error.html")]
struct ErrorPage {
    page: Page,
    heading: String,
    body: String,
}

impl WebError {
    fn status_and_message(&self) -> (StatusCode, &'static str, Message) {
        match self {
            WebError::NotFound | WebError::App(AppError::NotFound) => (
                StatusCode::NOT_FOUND,
                "error-not-found-title",
                Message::new("error-not-found-body"),
            ),
            WebError::Csrf => (
                StatusCode::FORBIDDEN,
                "error-csrf-title",
                Message::new("error-csrf-body"),
            ),
            WebError::BadForm => (
                StatusCode::BAD_REQUEST,
                "error-bad-form-title",
                Message::new("error-bad-form-body"),
            ),
            WebError::NotUtf8 => (
                StatusCode::BAD_REQUEST,
                "error-not-utf8-title",
                Message::new("error-not-utf8-body"),
            ),
            WebError::TooLarge => (
                StatusCode::PAYLOAD_TOO_LARGE,
                "error-too-large-title",
                Message::new("error-too-large-body"),
            ),
            WebError::App(AppError::TooLarge(message)) => (
                StatusCode::PAYLOAD_TOO_LARGE,
                "error-too-large-title",
                message.clone(),
            ),
            WebError::App(AppError::Unsupported(message)) => (
                StatusCode::UNSUPPORTED_MEDIA_TYPE,
                "error-bad-form-title",
                message.clone(),
            ),
            WebError::App(AppError::Conflict(message))
            | WebError::App(AppError::Refused { message, .. }) => (
                StatusCode::CONFLICT,
                "error-conflict-title",
                message.clone(),
            ),
            WebError::App(AppError::Deadline(message)) => {
                (StatusCode::CONFLICT, "refusal-title", message.clone())
            }
            WebError::App(AppError::InvalidSignInLink) => (
                StatusCode::BAD_REQUEST,
                "sign-in-link-invalid-title",
                Message::new("sign-in-link-invalid-body"),
            ),
            WebError::App(AppError::Invalid(_)) | WebError::App(AppError::Import(_)) => (
                StatusCode::UNPROCESSABLE_ENTITY,
                "error-bad-form-title",
                Message::new("error-bad-form-body"),
            ),
            WebError::App(_) | WebError::Template(_) => (
                StatusCode::INTERNAL_SERVER_ERROR,
                "error-internal-title",
                Message::new("error-internal-body"),
            ),
        }
    }
}

impl IntoResponse for WebError {
    fn into_response(self) -> Response {
        let (status, title_id, message) = self.status_and_message();
        if status.is_server_error() {
            tracing::error!(error = %self, "request failed");
        }
        let tr = crate::web::language::tr();
        let heading = tr.t(title_id);
        let page = ErrorPage {
            page: Page::anonymous(tr.clone(), heading.clone()),
            body: message.render(&tr),
            heading,
        };
        match page.render() {
            Ok(html) => (status, super::page::html_headers(), html).into_response(),
            Err(e) => {
                tracing::error!(error = %e, "error page failed to render");
                (status, "Something went wrong.").into_response()
            }
        }
    }
}

pub type WebResult<T> = Result<T, WebError>;
