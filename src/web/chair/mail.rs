//! The Chair's and Secretariat's mail log of a round (each message: kind, recipient, status,
//! attempts, last error, sent at; re-sends after a crash are said so) and its "send test
//! e-mail" action. Anyone else gets "not found".

use askama::Template;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};

use crate::app::venue_zone;
use crate::web::error::WebResult;
use crate::web::extract::{PagePath, Staff};
use crate::web::page::{Page, html};
use crate::web::session::CsrfForm;
use crate::web::state::WebState;

/// One row of the log, worded for the reader.
struct LogRow {
    kind: String,
    recipient: String,
    subject: String,
    status: String,
    attempts: i64,
    last_error: String,
    sent_at: String,
    resent_after_crash: bool,
}

#[derive(Template)]
#[template(path = "chair/mail_log.html")]
struct MailLogPage {
    page: Page,
    nav: super::ChairNav,
    round_id: i64,
    round_title: String,
    rows: Vec<LogRow>,
    email: String,
    test_queued: bool,
}

#[derive(serde::Deserialize)]
pub(super) struct LogQuery {
    #[serde(default)]
    test: Option<String>,
}

pub(super) async fn mail_log(
    State(state): State<WebState>,
    PagePath(round_id): PagePath<i64>,
    staff: Staff,
    Query(query): Query<LogQuery>,
) -> WebResult<Response> {
    let tr = crate::web::language::tr();
    let (round, entries) = state.app.mail_log(&staff.signed_in.actor, round_id).await?;
    let venue = venue_zone(&round.venue_tz)?;
    let rows = entries
        .into_iter()
        .map(|e| LogRow {
            kind: tr.t(&format!("mail-kind-{}", e.kind)),
            recipient: e.recipient,
            subject: e.subject,
            status: tr.t(&format!("mail-status-{}", e.status)),
            attempts: e.attempts,
            last_error: e.last_error.unwrap_or_default(),
            sent_at: e
                .sent_at
                .map(|t| tr.datetime(&venue, t))
                .unwrap_or_default(),
            resent_after_crash: e.resent_after_crash,
        })
        .collect();
    let page = MailLogPage {
        page: staff
            .round_page(&tr, "mail-log-title", &round.title)
            .in_venue(&venue),
        nav: super::ChairNav::new(round_id, "nav-mail"),
        round_id,
        round_title: round.title,
        rows,
        email: staff.signed_in.user.email.clone(),
        test_queued: query.test.as_deref() == Some("queued"),
    };
    html(StatusCode::OK, &page)
}

pub(super) async fn send_test(
    State(state): State<WebState>,
    PagePath(round_id): PagePath<i64>,
    staff: Staff,
    CsrfForm(_): CsrfForm<serde::de::IgnoredAny>,
) -> WebResult<Response> {
    state
        .app
        .send_test_mail(staff.signed_in.actor, round_id)
        .await?;
    Ok(Redirect::to(&format!("/chair/rounds/{round_id}/mail?test=queued")).into_response())
}
