//! The Chair's and Secretariat's pages: the round desk (overview and schedule actions), the
//! round's set-up (settings, draft, delegations), the response monitor, every comment with
//! CSV export, and the audit log. Anyone who is not staff gets "not found".

mod comments;
mod desk;

pub use desk::EventView;
mod setup;

use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::routing::get;

use super::state::WebState;

/// Imports may be up to 5 MB; the page says so. Somewhat more is let through so that a
/// slightly larger file gets that message rather than a bare refusal.
const IMPORT_BODY_LIMIT: usize = 8 * 1024 * 1024;

pub fn router() -> Router<WebState> {
    Router::new()
        .route(
            "/chair/rounds/new",
            get(setup::new_round_page).post(setup::new_round),
        )
        .route("/chair/rounds/{round_id}", get(desk::overview))
        .route(
            "/chair/rounds/{round_id}/schedule",
            axum::routing::post(desk::change_schedule),
        )
        .route("/chair/rounds/{round_id}/responses", get(desk::responses))
        .route(
            "/chair/rounds/{round_id}/settings",
            get(setup::settings_page).post(setup::update_settings),
        )
        .route(
            "/chair/rounds/{round_id}/draft",
            get(setup::draft_page)
                .post(setup::load_draft)
                .layer(DefaultBodyLimit::max(IMPORT_BODY_LIMIT)),
        )
        .route(
            "/chair/rounds/{round_id}/delegations",
            get(setup::delegations_page)
                .post(setup::delegations_action)
                .layer(DefaultBodyLimit::max(IMPORT_BODY_LIMIT)),
        )
        .route(
            "/chair/rounds/{round_id}/comments",
            get(comments::round_comments),
        )
        .route(
            "/chair/rounds/{round_id}/comments.csv",
            get(comments::comments_csv),
        )
        .route("/chair/rounds/{round_id}/audit", get(comments::audit_log))
        .route(
            "/chair/rounds/{round_id}/audit.csv",
            get(comments::audit_csv),
        )
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
