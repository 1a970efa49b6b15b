//! The pages of a document's versions, for its delegations and the staff: the previous version
//! of a recommendation of a revised draft with the comments made on it
//! (`/rounds/{round_id}/recommendations/{recommendation_id}/previous`), and the history of the
//! document (`/rounds/{round_id}/history`).

use askama::Template;
use axum::Router;
use axum::extract::State;
use axum::response::{IntoResponse, Response};
use axum::routing::get;

use super::error::WebResult;
use super::extract::{PagePath, SignedInUser};
use super::page::{Page, html_headers};
use super::state::WebState;
use super::views::CommentView;
use crate::app::revisions::{HistoryCell, HistoryVersion};
use crate::app::venue_zone;
use crate::domain::disposition::Decision;
use crate::domain::revision::version_name;
use crate::domain::silence::SilenceResult;
use crate::i18n::{Arg, Moment, Tr};
use crate::outcome::OutcomeFormat;

pub fn router() -> Router<WebState> {
    Router::new()
        .route(
            "/rounds/{round_id}/recommendations/{recommendation_id}/previous",
            get(previous),
        )
        .route("/rounds/{round_id}/history", get(history))
}

/// Where a reader goes back to a round: the Chair's overview for staff, else the round page.
fn round_href(user: &SignedInUser, round_id: i64) -> String {
    if user.signed_in.actor.role.is_staff() {
        format!("/chair/rounds/{round_id}")
    } else {
        format!("/rounds/{round_id}")
    }
}

#[derive(Template)]
#[template(path = "delegate/previous.html")]
struct PreviousPage {
    page: Page,
    round_title: String,
    back: String,
    heading: String,
    previous_text: String,
    staff: bool,
    own: Vec<CommentView>,
    others: Vec<CommentView>,
    others_shared: bool,
}

async fn previous(
    State(state): State<WebState>,
    PagePath((round_id, recommendation_id)): PagePath<(i64, i64)>,
    user: SignedInUser,
) -> WebResult<Response> {
    let tr = crate::web::language::tr();
    let view = state
        .app
        .previous_comments(&user.signed_in.actor, round_id, recommendation_id)
        .await?;
    let venue = venue_zone(&view.previous_round.venue_tz)?;
    let page = PreviousPage {
        page: user.page(&tr, tr.t1("previous-title", "label", &view.label)),
        round_title: view.summary.round.title.clone(),
        back: format!("{}#rec-{recommendation_id}", round_href(&user, round_id)),
        heading: tr.ta(
            "previous-version-heading",
            &[
                ("label", Arg::from(view.previous_label.as_str())),
                ("round", Arg::from(view.previous_round.title.as_str())),
            ],
        ),
        previous_text: view.previous_text,
        staff: user.signed_in.actor.role.is_staff(),
        own: CommentView::list(&view.own, &venue, &tr),
        others: CommentView::list(&view.others, &venue, &tr),
        others_shared: view.others_shared,
    };
    Ok((html_headers(), page.render()?).into_response())
}

/// One version of the document as its history shows it.
struct VersionView {
    round_id: i64,
    heading: String,
    symbol: Option<String>,
    state: String,
    dates: String,
    /// Each published version of its outcome: its line and its document's links.
    outcomes: Vec<(String, Vec<(String, String)>)>,
}

impl VersionView {
    fn new(v: &HistoryVersion, tr: &Tr) -> WebResult<VersionView> {
        let round = &v.summary.round;
        let venue = venue_zone(&round.venue_tz)?;
        let version = v
            .version_name
            .clone()
            .unwrap_or_else(|| tr.t("history-original"));
        let documents = [OutcomeFormat::Html, OutcomeFormat::Docx];
        Ok(VersionView {
            round_id: round.round_id,
            heading: tr.ta(
                "history-version-heading",
                &[
                    ("version", Arg::from(version)),
                    ("round", Arg::from(round.title.as_str())),
                ],
            ),
            symbol: Some(round.document_symbol.clone()).filter(|s| !s.is_empty()),
            state: v.summary.state_text.render(tr),
            dates: tr.ta(
                if v.silence.is_some() {
                    "history-dates-silence"
                } else {
                    "history-dates"
                },
                &[
                    ("opens", Arg::from(v.summary.opens.clone())),
                    ("closes", Arg::from(v.summary.deadline.clone())),
                ],
            ),
            outcomes: v
                .outcomes
                .iter()
                .map(|o| {
                    let line = tr.ta(
                        "history-outcome-line",
                        &[
                            ("version", Arg::Number(o.version)),
                            ("time", Arg::from(Moment::datetime(&venue, o.published_at))),
                        ],
                    );
                    let links = documents
                        .iter()
                        .map(|f| {
                            (
                                format!(
                                    "/rounds/{}/outcome/{}.{}",
                                    round.round_id,
                                    o.version,
                                    f.extension()
                                ),
                                tr.t(&format!("outcome-format-{}", f.extension())),
                            )
                        })
                        .collect();
                    (line, links)
                })
                .collect(),
        })
    }
}

/// What a cell of the decisions table says, in a version under the silence procedure or not.
fn cell_text(cell: &HistoryCell, silence: Option<Option<SilenceResult>>, tr: &Tr) -> String {
    if let Some(result) = silence {
        return tr.t(match result {
            None => "history-under-silence",
            Some(SilenceResult::Adopted) => "history-silence-adopted",
            Some(SilenceResult::Broken) => "history-silence-broken",
        });
    }
    let decision = match (cell.decision, &cell.merged_into) {
        (None, _) => tr.t("history-under-comment"),
        (Some(Decision::Merged), Some(label)) => tr.t1("outcome-status-merged", "label", label),
        (Some(d), _) => tr.t(&format!("disposition-decision-{}", d.as_str())),
    };
    if cell.added {
        format!("{} {decision}", tr.t("history-added"))
    } else {
        decision
    }
}

/// A recommendation's label in one version and what became of it there.
type HistoryCellView = Option<(String, String)>;

#[derive(Template)]
#[template(path = "delegate/history.html")]
struct HistoryPage {
    page: Page,
    back: String,
    versions: Vec<VersionView>,
    /// The heading of each version's column.
    columns: Vec<String>,
    /// Per recommendation: its latest label, then per version its label there and what became
    /// of it (`None`: not in that version).
    rows: Vec<(String, Vec<HistoryCellView>)>,
}

async fn history(
    State(state): State<WebState>,
    PagePath(round_id): PagePath<i64>,
    user: SignedInUser,
) -> WebResult<Response> {
    let tr = crate::web::language::tr();
    let history = state
        .app
        .document_history(&user.signed_in.actor, round_id)
        .await?;
    let versions = history
        .versions
        .iter()
        .map(|v| VersionView::new(v, &tr))
        .collect::<WebResult<Vec<_>>>()?;
    let columns = history
        .versions
        .iter()
        .map(|v| {
            version_name(v.summary.round.draft_version).unwrap_or_else(|| tr.t("history-original"))
        })
        .collect();
    let rows = history
        .rows
        .iter()
        .map(|cells| {
            let latest = cells
                .iter()
                .rev()
                .flatten()
                .next()
                .map(|c| c.label.clone())
                .unwrap_or_default();
            let cells = cells
                .iter()
                .zip(&history.versions)
                .map(|(c, v)| {
                    c.as_ref()
                        .map(|c| (c.label.clone(), cell_text(c, v.silence, &tr)))
                })
                .collect();
            (latest, cells)
        })
        .collect();
    let page = HistoryPage {
        page: user.page(&tr, tr.t("history-title")),
        back: round_href(&user, round_id),
        versions,
        columns,
        rows,
    };
    Ok((html_headers(), page.render()?).into_response())
}
