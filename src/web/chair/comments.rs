//! Every comment of a round (by recommendation or by delegation), its CSV export, and the
//! round's audit log with its CSV export.

use askama::Template;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::Response;

use super::{ChairNav, csv_download};
use crate::app::venue_zone;
use crate::domain::bidi::isolate;
use crate::web::error::WebResult;
use crate::web::extract::{PagePath, Staff};
use crate::web::page::{Page, html};
use crate::web::state::WebState;
use crate::web::views::{CommentView, RoundView, SectionView};

/// A comment with the (label, draft text) of its recommendation, or none for the whole draft.
type PlacedView = (Option<(String, String)>, CommentView);

#[derive(Template)]
#[template(path = "chair/comments.html")]
struct CommentsPage {
    page: Page,
    nav: ChairNav,
    round: RoundView,
    by_delegation: bool,
    sections: Vec<SectionView>,
    general: Vec<CommentView>,
    delegations: Vec<(String, Vec<PlacedView>)>,
    invited: i64,
    responded: usize,
    comments: usize,
    /// After a comment was entered on a delegation's behalf: which, with its receipt number.
    notice: Option<String>,
}

#[derive(serde::Deserialize, Default)]
pub struct CommentsQuery {
    #[serde(default)]
    by: String,
    /// A comment just entered on a delegation's behalf (its id).
    #[serde(default)]
    entered: Option<i64>,
}

pub async fn round_comments(
    State(state): State<WebState>,
    PagePath(round_id): PagePath<i64>,
    staff: Staff,
    Query(query): Query<CommentsQuery>,
) -> WebResult<Response> {
    let actor = staff.signed_in.actor;
    let tr = crate::web::language::tr();
    let view = state.app.staff_round(&actor, round_id).await?;
    let venue = venue_zone(&view.summary.round.venue_tz)?;
    let by_delegation = query.by == "delegation";
    let delegations = if by_delegation {
        let (_, groups) = state.app.comments_by_delegation(&actor, round_id).await?;
        groups
            .into_iter()
            .map(|g| {
                let comments = g
                    .comments
                    .iter()
                    .map(|p| {
                        (
                            p.recommendation
                                .as_ref()
                                .map(|r| (r.label.clone(), r.text.clone())),
                            CommentView::new(&p.comment, &venue, &tr),
                        )
                    })
                    .collect();
                (g.delegation_name, comments)
            })
            .collect()
    } else {
        Vec::new()
    };
    let entered = query.entered.and_then(|id| {
        view.sections
            .iter()
            .flat_map(|s| s.recommendations.iter().flat_map(|r| r.comments.iter()))
            .chain(view.general.iter())
            .find(|c| c.comment_id == id && c.intake.is_some())
    });
    let notice = entered.map(|c| {
        tr.ta(
            if c.held_back {
                "intake-saved-held-back"
            } else {
                "intake-saved"
            },
            &[
                ("reference", c.reference.as_str().into()),
                ("delegation", c.delegation_name.as_str().into()),
            ],
        )
    });
    let page = CommentsPage {
        page: staff
            .round_page(&tr, "chair-round-title", &view.summary.round.title)
            .in_venue(&venue),
        nav: ChairNav::new(round_id, "nav-comments"),
        round: RoundView::new(&view.summary, &tr),
        by_delegation,
        sections: SectionView::list(&view.sections, &venue, &tr),
        general: CommentView::list(&view.general, &venue, &tr),
        delegations,
        invited: view.delegations_invited,
        responded: view.delegations_responded,
        comments: view.comments_active,
        notice,
    };
    html(StatusCode::OK, &page)
}

pub async fn comments_csv(
    State(state): State<WebState>,
    PagePath(round_id): PagePath<i64>,
    staff: Staff,
) -> WebResult<Response> {
    let csv = state
        .app
        .comments_csv(&staff.signed_in.actor, round_id)
        .await?;
    Ok(csv_download(&format!("round-{round_id}-comments.csv"), csv))
}

#[derive(serde::Deserialize, Default)]
pub struct AuditQuery {
    #[serde(default)]
    action: String,
    #[serde(default)]
    delegation: String,
}

impl AuditQuery {
    fn delegation_id(&self) -> i64 {
        self.delegation.trim().parse().unwrap_or(0)
    }
}

#[derive(Template)]
#[template(path = "chair/audit.html")]
struct AuditPage {
    page: Page,
    nav: ChairNav,
    title: String,
    action: String,
    /// The filter's choices: each action's code and name.
    actions: Vec<(String, String)>,
    delegation_id: i64,
    delegations: Vec<(i64, String)>,
    lines: Vec<AuditLineView>,
    csv_link: String,
}

struct AuditLineView {
    at: String,
    /// The event as a sentence in the reader's language.
    sentence: String,
    actor: String,
    delegation: String,
    action: String,
    object: String,
    before: String,
    after: String,
}

pub async fn audit_log(
    State(state): State<WebState>,
    PagePath(round_id): PagePath<i64>,
    staff: Staff,
    Query(query): Query<AuditQuery>,
) -> WebResult<Response> {
    let tr = crate::web::language::tr();
    let log = state
        .app
        .audit_log(
            &staff.signed_in.actor,
            round_id,
            query.action.trim(),
            query.delegation_id(),
        )
        .await?;
    let lines = log
        .lines
        .iter()
        .map(|l| AuditLineView {
            at: tr.moment(&crate::app::reports::audit_time(l)),
            sentence: l.sentence_in(&tr),
            actor: l.actor.clone(),
            delegation: l.delegation.clone(),
            action: l.action.clone(),
            object: format!(
                "{} {}",
                l.object_type,
                l.object_id.map(|i| i.to_string()).unwrap_or_default()
            ),
            // Inline beside each other: comment text quoted in them is isolated so that
            // directional formatting in one cannot reorder the other.
            before: isolate(&l.before).into_owned(),
            after: isolate(&l.after).into_owned(),
        })
        .collect();
    let filter = serde_urlencoded::to_string([
        ("action", query.action.trim().to_string()),
        ("delegation", query.delegation_id().to_string()),
    ])
    .unwrap_or_default();
    let csv_link = format!("/chair/rounds/{round_id}/audit.csv?{filter}");
    let delegations = state
        .app
        .responses(&staff.signed_in.actor, round_id)
        .await?
        .lines
        .into_iter()
        .map(|l| (l.delegation_id, l.name))
        .collect();
    let page = AuditPage {
        page: staff
            .round_page(&tr, "audit-title", &log.round.title)
            .in_venue(&venue_zone(&log.round.venue_tz)?),
        nav: ChairNav::new(round_id, "nav-audit"),
        title: log.round.title.clone(),
        action: query.action.trim().to_string(),
        actions: log
            .actions
            .into_iter()
            .map(|code| {
                let name = if crate::app::reports::WORDED_ACTIONS.contains(&code.as_str()) {
                    tr.t(&format!("audit-action-{code}"))
                } else {
                    code.clone()
                };
                (code, name)
            })
            .collect(),
        delegation_id: query.delegation_id(),
        delegations,
        lines,
        csv_link,
    };
    html(StatusCode::OK, &page)
}

pub async fn audit_csv(
    State(state): State<WebState>,
    PagePath(round_id): PagePath<i64>,
    staff: Staff,
    Query(query): Query<AuditQuery>,
) -> WebResult<Response> {
    let csv = state
        .app
        .audit_csv(
            &staff.signed_in.actor,
            round_id,
            query.action.trim(),
            query.delegation_id(),
        )
        .await?;
    Ok(csv_download(&format!("round-{round_id}-audit.csv"), csv))
}
