//! The Chair's and Secretariat's pages: the round desk (overview and schedule actions), the
//! round's set-up (settings, draft, delegations), the response monitor, every comment with
//! CSV export, the audit log, consolidation and publication, and the mail log. Every page of
//! a round lives under `/chair/rounds/{round_id}`, routed here. Anyone who is not staff gets
//! "not found".

mod chart;
mod comments;
mod consolidation;
mod delegations;
mod desk;
mod intake;
mod mail;
mod setup;

pub use desk::EventView;

use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::routing::{get, post};

use super::state::WebState;

/// Imports may be up to 5 MB; the page says so. Somewhat more is let through so that a
/// slightly larger file gets that message rather than a bare refusal.
const IMPORT_BODY_LIMIT: usize = 8 * 1024 * 1024;

/// Every Chair's page: the new-round form, and each round's pages nested under
/// `/chair/rounds/{round_id}`.
pub fn router() -> Router<WebState> {
    Router::new()
        .route(
            "/chair/rounds/new",
            get(setup::new_round_page).post(setup::new_round),
        )
        .nest("/chair/rounds/{round_id}", round_router())
}

/// The pages of one round, relative to `/chair/rounds/{round_id}`.
fn round_router() -> Router<WebState> {
    Router::new()
        .route("/", get(desk::overview))
        .route("/schedule", post(desk::change_schedule))
        .route("/responses", get(desk::responses))
        .route(
            "/settings",
            get(setup::settings_page).post(setup::update_settings),
        )
        .route(
            "/draft",
            get(setup::draft_page)
                .post(setup::load_draft)
                .layer(DefaultBodyLimit::max(IMPORT_BODY_LIMIT)),
        )
        .route(
            "/delegations",
            get(delegations::delegations_page)
                .post(delegations::delegations_action)
                .layer(DefaultBodyLimit::max(IMPORT_BODY_LIMIT)),
        )
        .route("/comments", get(comments::round_comments))
        .route("/comments.csv", get(comments::comments_csv))
        .route("/intake", get(intake::intake_page).post(intake::enter))
        .route(
            "/comments/{comment_id}/include",
            get(intake::include_page).post(intake::include),
        )
        .route("/audit", get(comments::audit_log))
        .route("/audit.csv", get(comments::audit_csv))
        .route("/consolidation", get(consolidation::overview))
        .route(
            "/consolidation/recommendations",
            post(consolidation::add_recommendation),
        )
        .route(
            "/consolidation/recommendations/{recommendation_id}",
            get(consolidation::workspace).post(consolidation::save),
        )
        .route("/consolidation/general", get(consolidation::general))
        .route("/consolidation/preview/{file}", get(consolidation::preview))
        .route("/consolidation/publish", post(consolidation::publish))
        .route("/mail", get(mail::mail_log))
        .route("/mail/test", post(mail::send_test))
}

/// The navigation between the pages of one round.
#[derive(Debug, Clone)]
pub struct ChairNav {
    pub round_id: i64,
    pub current: &'static str,
}

impl ChairNav {
    pub fn new(round_id: i64, current: &'static str) -> ChairNav {
        ChairNav { round_id, current }
    }

    /// (path, message id, is current) of each page.
    pub fn links(&self) -> Vec<(String, &'static str, bool)> {
        [
            ("", "nav-overview"),
            ("/responses", "nav-responses"),
            ("/comments", "nav-comments"),
            ("/consolidation", "nav-consolidation"),
            ("/draft", "nav-draft"),
            ("/delegations", "nav-delegations"),
            ("/settings", "nav-settings"),
            ("/audit", "nav-audit"),
            ("/mail", "nav-mail"),
        ]
        .iter()
        .map(|(suffix, id)| {
            (
                format!("/chair/rounds/{}{}", self.round_id, suffix),
                *id,
                *id == self.current,
            )
        })
        .collect()
    }
}

/// A CSV download answer.
pub fn csv_download(filename: &str, body: Vec<u8>) -> axum::response::Response {
    use axum::http::header;
    use axum::response::IntoResponse;
    (
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_string()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{filename}\""),
            ),
            (header::CACHE_CONTROL, "no-store".to_string()),
        ],
        body,
    )
        .into_response()
}
