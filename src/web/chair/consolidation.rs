//! The Chair's and Secretariat's consolidation pages: the overview of a closed round (progress,
//! adding a recommendation, previews, publishing), the workspace of one recommendation (its
//! comments grouped by kind, amendments as changes, the disposition form) and the comments on
//! the draft as a whole. Anyone else gets "not found".

use askama::Template;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};

use crate::app::consolidation::{
    DispositionForm, DispositionSaved, NewRecommendationForm, RecommendationWorkspace,
};
use crate::app::{AppError, FieldError, venue_zone};
use crate::domain::VenueZone;
use crate::domain::disposition::SavedDisposition;
use crate::domain::disposition::{Change, Decision};
use crate::i18n::{Message, Tr};
use crate::outcome::OutcomeFormat;
use crate::outcome::html::{Piece, pieces};
use crate::web::error::{WebError, WebResult};
use crate::web::extract::{PagePath, SignedInUser, Staff};
use crate::web::outcome::download;
use crate::web::page::{Page, html};
use crate::web::session::CsrfForm;
use crate::web::state::WebState;
use crate::web::views::{CommentView, RoundView};

fn decision_label(decision: Decision, tr: &Tr) -> String {
    tr.t(&format!("disposition-decision-{}", decision.as_str()))
}

/// A saved disposition as shown: decision in words, who saved it when, text with changes.
#[derive(Debug)]
struct DispositionView {
    decision: String,
    saved: String,
    note: String,
    merged_into: Option<String>,
    pieces: Vec<Piece>,
}

impl DispositionView {
    fn new(
        d: &SavedDisposition,
        changes: Vec<Change>,
        labels: &[(i64, String)],
        venue: &VenueZone,
        tr: &Tr,
    ) -> DispositionView {
        DispositionView {
            decision: decision_label(d.decision, tr),
            saved: tr.ta(
                "consolidation-saved-by",
                &[
                    ("name", d.updated_by_name.as_str().into()),
                    ("time", tr.datetime(venue, d.updated_at).into()),
                    ("version", d.version.into()),
                ],
            ),
            note: d.note.clone(),
            merged_into: d.merged_into.and_then(|id| {
                labels
                    .iter()
                    .find(|(i, _)| *i == id)
                    .map(|(_, l)| l.clone())
            }),
            pieces: pieces(changes),
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Overview

struct OverviewLine {
    recommendation_id: i64,
    label: String,
    added: bool,
    decision: Option<String>,
    comments: usize,
}

struct OverviewSectionView {
    heading: String,
    title: String,
    lines: Vec<OverviewLine>,
}

#[derive(Template)]
#[template(path = "chair/consolidation/overview.html")]
struct OverviewPage {
    page: Page,
    nav: super::ChairNav,
    round: RoundView,
    frozen: Option<String>,
    notice: Option<String>,
    progress: String,
    undecided: usize,
    sections: Vec<OverviewSectionView>,
    general_comments: usize,
    paragraphs: Vec<(i64, String)>,
    new_form: NewRecommendationFields,
    previews: Vec<(String, String)>,
    can_publish: bool,
    next_version: i64,
    versions: Vec<(i64, String)>,
}

#[derive(serde::Deserialize, Default, Clone, Debug)]
pub(super) struct NewRecommendationFields {
    #[serde(default)]
    after: String,
    #[serde(default)]
    label: String,
    #[serde(default)]
    text: String,
}

#[derive(serde::Deserialize, Default)]
pub(super) struct OverviewQuery {
    added: Option<String>,
    published: Option<String>,
}

pub(super) async fn overview(
    State(state): State<WebState>,
    PagePath(round_id): PagePath<i64>,
    staff: Staff,
    Query(query): Query<OverviewQuery>,
) -> WebResult<Response> {
    let tr = crate::web::language::tr();
    let notice = match (query.added, query.published) {
        (Some(label), _) => Some(tr.t1("consolidation-notice-added", "label", &label)),
        (_, Some(version)) => Some(tr.t1("consolidation-notice-published", "version", &version)),
        _ => None,
    };
    render_overview(
        &state,
        &staff,
        round_id,
        notice,
        NewRecommendationFields::default(),
        &[],
    )
    .await
}

async fn render_overview(
    state: &WebState,
    user: &SignedInUser,
    round_id: i64,
    notice: Option<String>,
    new_form: NewRecommendationFields,
    errors: &[FieldError],
) -> WebResult<Response> {
    let tr = crate::web::language::tr();
    let view = state
        .app
        .consolidation_overview(&user.signed_in.actor, round_id)
        .await?;
    let venue = venue_zone(&view.summary.round.venue_tz)?;
    let sections: Vec<OverviewSectionView> = view
        .sections
        .iter()
        .map(|s| OverviewSectionView {
            heading: tr.t1("agenda-item", "number", &s.number),
            title: s.title.clone(),
            lines: s
                .paragraphs
                .iter()
                .map(|p| OverviewLine {
                    recommendation_id: p.paragraph.recommendation_id,
                    label: p.paragraph.label.clone(),
                    added: p.paragraph.added,
                    decision: p
                        .disposition
                        .as_ref()
                        .map(|d| decision_label(d.decision, &tr)),
                    comments: p.comments,
                })
                .collect(),
        })
        .collect();
    let paragraphs = sections
        .iter()
        .flat_map(|s| s.lines.iter())
        .map(|l| (l.recommendation_id, l.label.clone()))
        .collect();
    let page = user
        .round_page(&tr, "consolidation-title", &view.summary.round.title)
        .in_venue(&venue)
        .with_errors(errors, "-new");
    let previews = OutcomeFormat::all()
        .iter()
        .map(|f| {
            (
                format!(
                    "/chair/rounds/{round_id}/consolidation/preview/outcome.{}",
                    f.extension()
                ),
                tr.t(&format!(
                    "outcome-format-{}",
                    f.extension().replace('.', "-")
                )),
            )
        })
        .collect();
    let page = OverviewPage {
        nav: super::ChairNav::new(round_id, "nav-consolidation"),
        round: RoundView::new(&view.summary, &tr),
        frozen: view.frozen.as_ref().map(|m| m.render(&tr)),
        notice,
        progress: tr.ta(
            "consolidation-progress",
            &[
                ("decided", (view.decided as i64).into()),
                ("total", (view.total as i64).into()),
            ],
        ),
        undecided: view.total - view.decided,
        sections,
        general_comments: view.general_comments,
        paragraphs,
        new_form,
        previews,
        can_publish: user.signed_in.actor.can_publish_outcome() && view.frozen.is_none(),
        next_version: view.outcomes.first().map_or(1, |o| o.version + 1),
        versions: view
            .outcomes
            .iter()
            .map(|o| {
                (
                    o.version,
                    tr.ta(
                        "outcome-version-line",
                        &[
                            ("version", o.version.into()),
                            ("time", tr.datetime(&venue, o.published_at).into()),
                            ("name", o.published_by_name.as_str().into()),
                        ],
                    ),
                )
            })
            .collect(),
        page,
    };
    html(page.page.status(), &page)
}

pub(super) async fn add_recommendation(
    State(state): State<WebState>,
    PagePath(round_id): PagePath<i64>,
    staff: Staff,
    CsrfForm(fields): CsrfForm<NewRecommendationFields>,
) -> WebResult<Response> {
    let form = NewRecommendationForm {
        after: fields.after.clone(),
        label: fields.label.clone(),
        text: fields.text.clone(),
    };
    match state
        .app
        .add_recommendation(staff.signed_in.actor, round_id, form)
        .await
    {
        Ok(id) => {
            let label = state
                .app
                .consolidation_recommendation(&staff.signed_in.actor, round_id, id)
                .await?
                .paragraph
                .label;
            let query = serde_urlencoded::to_string([("added", label)]).unwrap_or_default();
            Ok(Redirect::to(&format!(
                "/chair/rounds/{round_id}/consolidation?{query}#rec-{id}"
            ))
            .into_response())
        }
        Err(AppError::Invalid(errors)) => {
            render_overview(&state, &staff, round_id, None, fields, &errors).await
        }
        Err(e) => Err(e.into()),
    }
}

/// What the publish button sends: `confirmed` once the Chair has seen whom it e-mails.
#[derive(serde::Deserialize, Default)]
pub(super) struct PublishFields {
    #[serde(default)]
    confirmed: String,
}

#[derive(Template)]
#[template(path = "chair/consolidation/publish_confirm.html")]
struct PublishConfirmPage {
    page: Page,
    round_id: i64,
    title: String,
    version: i64,
    mailed: String,
    unreachable: Vec<String>,
}

/// Before publishing: the version it will be and everyone it e-mails, to be confirmed.
async fn confirm_publication(
    state: &WebState,
    staff: &Staff,
    round_id: i64,
) -> WebResult<Response> {
    let tr = crate::web::language::tr();
    let preview = state
        .app
        .publication_preview(&staff.signed_in.actor, round_id)
        .await?;
    let venue = venue_zone(&preview.round.venue_tz)?;
    let version = preview.version.to_string();
    let page = PublishConfirmPage {
        page: staff
            .page(&tr, tr.t1("publish-confirm-title", "version", &version))
            .in_venue(&venue),
        round_id,
        title: preview.round.title.clone(),
        version: preview.version,
        mailed: tr.ta(
            "publish-confirm-mailed",
            &[
                ("people", preview.focal_points.into()),
                ("delegations", (preview.delegations as i64).into()),
            ],
        ),
        unreachable: preview.unreachable,
    };
    html(StatusCode::OK, &page)
}

pub(super) async fn publish(
    State(state): State<WebState>,
    PagePath(round_id): PagePath<i64>,
    staff: Staff,
    CsrfForm(fields): CsrfForm<PublishFields>,
) -> WebResult<Response> {
    if fields.confirmed != "yes" {
        return confirm_publication(&state, &staff, round_id).await;
    }
    let published = state
        .app
        .publish_outcome(staff.signed_in.actor, round_id)
        .await?;
    Ok(Redirect::to(&format!(
        "/chair/rounds/{round_id}/consolidation?published={}",
        published.version
    ))
    .into_response())
}

pub(super) async fn preview(
    State(state): State<WebState>,
    PagePath((round_id, file)): PagePath<(i64, String)>,
    staff: Staff,
) -> WebResult<Response> {
    let format = match OutcomeFormat::split_file_name(&file) {
        Some(("outcome", format)) => format,
        _ => return Err(WebError::NotFound),
    };
    let doc = state
        .app
        .outcome_preview(&staff.signed_in.actor, round_id)
        .await?;
    download(&doc, format, &crate::web::language::tr())
}

// ---------------------------------------------------------------------------------------------
// One recommendation

struct AmendmentShown {
    comment: CommentView,
    pieces: Vec<Piece>,
}

/// The disposition form as typed (or as saved), with its errors.
#[derive(serde::Deserialize, Default, Clone, Debug)]
pub(super) struct DispositionFields {
    #[serde(default)]
    decision: String,
    #[serde(default)]
    text: String,
    #[serde(default)]
    merged_into: String,
    #[serde(default)]
    note: String,
    #[serde(default)]
    version: String,
}

impl DispositionFields {
    fn from_saved(d: Option<&SavedDisposition>) -> DispositionFields {
        match d {
            None => DispositionFields {
                version: "0".into(),
                ..DispositionFields::default()
            },
            Some(d) => DispositionFields {
                decision: d.decision.as_str().into(),
                text: d.text.clone().unwrap_or_default(),
                merged_into: d.merged_into.map(|i| i.to_string()).unwrap_or_default(),
                note: d.note.clone(),
                version: d.version.to_string(),
            },
        }
    }

    fn is_decision(&self, value: &str) -> bool {
        self.decision == value
    }

    fn is_target(&self, id: &i64) -> bool {
        self.merged_into == id.to_string()
    }
}

#[derive(Template)]
#[template(path = "chair/consolidation/recommendation.html")]
struct WorkspacePage {
    page: Page,
    round: RoundView,
    frozen: Option<String>,
    notice: Option<String>,
    refused: Option<String>,
    conflict: Option<DispositionView>,
    agenda: String,
    agenda_title: String,
    recommendation_id: i64,
    label: String,
    added: bool,
    draft_text: String,
    saved: Option<DispositionView>,
    amendments: Vec<AmendmentShown>,
    /// Proposals to delete, remarks, support: (heading with count, comments).
    groups: Vec<(String, Vec<CommentView>)>,
    decisions: Vec<(&'static str, String)>,
    merge_targets: Vec<(i64, String)>,
    form: DispositionFields,
    previous: Option<i64>,
    next: Option<i64>,
}

#[derive(serde::Deserialize, Default)]
pub(super) struct WorkspaceQuery {
    /// Start the consolidated text from this comment's proposal.
    from: Option<String>,
    saved: Option<String>,
}

/// What makes a workspace page differ from a plain view of the saved state.
struct Shown {
    form: Option<DispositionFields>,
    from: Option<i64>,
    notice: Option<String>,
    conflict: Option<SavedDisposition>,
    /// Why the save was refused (the round is not closed), if it was.
    refused: Option<String>,
    errors: Vec<FieldError>,
}

fn render_workspace(
    w: RecommendationWorkspace,
    user: &SignedInUser,
    shown: Shown,
) -> WebResult<Response> {
    let tr = crate::web::language::tr();
    let venue = venue_zone(&w.summary.round.venue_tz)?;
    let mut form = shown
        .form
        .unwrap_or_else(|| DispositionFields::from_saved(w.disposition.as_ref()));
    if let Some(proposal) = shown.from.and_then(|id| {
        w.amendments
            .iter()
            .find(|a| a.comment.comment_id == id)
            .and_then(|a| a.comment.proposed_text.clone())
    }) {
        form.decision = Decision::Amended.as_str().into();
        form.text = proposal;
    }
    let status = if shown.conflict.is_some() || shown.refused.is_some() {
        StatusCode::CONFLICT
    } else if shown.errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    let draft_text = if w.paragraph.added {
        ""
    } else {
        w.paragraph.text.as_str()
    };
    let conflict = shown.conflict.map(|current| {
        let changes = crate::domain::disposition::word_changes(
            draft_text,
            if current.decision.keeps_text() {
                current.text.as_deref().unwrap_or("")
            } else {
                ""
            },
        );
        // The form now carries the current version: saving again deliberately replaces it.
        form.version = current.version.to_string();
        DispositionView::new(&current, changes, &w.merge_targets, &venue, &tr)
    });
    let title = format!("{} {}", tr.t("recommendation"), w.paragraph.label);
    let page = user.page(&tr, title).with_errors(&shown.errors, "");
    let saved = match (&w.disposition, w.disposition_changes.clone()) {
        (Some(d), Some(changes)) => Some(DispositionView::new(
            d,
            changes,
            &w.merge_targets,
            &venue,
            &tr,
        )),
        _ => None,
    };
    let page = WorkspacePage {
        round: RoundView::new(&w.summary, &tr),
        frozen: w.frozen.as_ref().map(|m| m.render(&tr)),
        notice: shown.notice,
        refused: shown.refused,
        conflict,
        agenda: tr.t1("agenda-item", "number", &w.agenda_number),
        agenda_title: w.agenda_title.clone(),
        recommendation_id: w.paragraph.recommendation_id,
        label: w.paragraph.label.clone(),
        added: w.paragraph.added,
        draft_text: w.paragraph.text.clone(),
        saved,
        amendments: w
            .amendments
            .iter()
            .map(|a| AmendmentShown {
                comment: CommentView::new(&a.comment, &venue, &tr),
                pieces: pieces(a.changes.clone()),
            })
            .collect(),
        groups: [
            ("consolidation-deletions", &w.deletions),
            ("consolidation-remarks", &w.remarks),
            ("consolidation-support", &w.support),
        ]
        .into_iter()
        .map(|(id, list)| {
            (
                tr.ta(id, &[("count", (list.len() as i64).into())]),
                CommentView::list(list, &venue, &tr),
            )
        })
        .collect(),
        decisions: Decision::all()
            .iter()
            .map(|d| (d.as_str(), decision_label(*d, &tr)))
            .collect(),
        merge_targets: w.merge_targets.clone(),
        form,
        previous: w.previous,
        next: w.next,
        page,
    };
    html(status, &page)
}

pub(super) async fn workspace(
    State(state): State<WebState>,
    PagePath((round_id, recommendation_id)): PagePath<(i64, i64)>,
    staff: Staff,
    Query(query): Query<WorkspaceQuery>,
) -> WebResult<Response> {
    let tr = crate::web::language::tr();
    let w = state
        .app
        .consolidation_recommendation(&staff.signed_in.actor, round_id, recommendation_id)
        .await?;
    let notice = query
        .saved
        .map(|v| tr.t1("consolidation-notice-saved", "version", &v));
    let shown = Shown {
        form: None,
        from: query.from.and_then(|id| id.parse().ok()),
        notice,
        conflict: None,
        refused: None,
        errors: Vec::new(),
    };
    render_workspace(w, &staff, shown)
}

pub(super) async fn save(
    State(state): State<WebState>,
    PagePath((round_id, recommendation_id)): PagePath<(i64, i64)>,
    staff: Staff,
    CsrfForm(fields): CsrfForm<DispositionFields>,
) -> WebResult<Response> {
    let form = DispositionForm {
        decision: fields.decision.clone(),
        text: fields.text.clone(),
        merged_into: fields.merged_into.clone(),
        note: fields.note.clone(),
        version: fields.version.clone(),
    };
    let result = state
        .app
        .save_disposition(staff.signed_in.actor, round_id, recommendation_id, form)
        .await;
    let (conflict, errors, frozen) = match result {
        Ok(DispositionSaved::Saved(d)) => {
            return Ok(Redirect::to(&format!(
                "/chair/rounds/{round_id}/consolidation/recommendations/{recommendation_id}?saved={}",
                d.version
            ))
            .into_response());
        }
        Ok(DispositionSaved::Stale { current }) => (Some(current), Vec::new(), None),
        Err(AppError::Invalid(errors)) => (None, errors, None),
        Err(AppError::Conflict(message)) => (None, Vec::new(), Some(message)),
        Err(e) => return Err(e.into()),
    };
    let w = state
        .app
        .consolidation_recommendation(&staff.signed_in.actor, round_id, recommendation_id)
        .await?;
    let tr = crate::web::language::tr();
    let shown = Shown {
        form: Some(fields),
        from: None,
        notice: None,
        refused: frozen.map(|m: Message| m.render(&tr)),
        conflict,
        errors,
    };
    render_workspace(w, &staff, shown)
}

// ---------------------------------------------------------------------------------------------
// Comments on the draft as a whole

#[derive(Template)]
#[template(path = "chair/consolidation/general.html")]
struct GeneralPage {
    page: Page,
    round: RoundView,
    comments: Vec<CommentView>,
}

pub(super) async fn general(
    State(state): State<WebState>,
    PagePath(round_id): PagePath<i64>,
    staff: Staff,
) -> WebResult<Response> {
    let tr = crate::web::language::tr();
    let view = state
        .app
        .consolidation_general(&staff.signed_in.actor, round_id)
        .await?;
    let venue = venue_zone(&view.summary.round.venue_tz)?;
    let page = GeneralPage {
        page: staff.page(&tr, tr.t("consolidation-general-title")),
        round: RoundView::new(&view.summary, &tr),
        comments: CommentView::list(&view.comments, &venue, &tr),
    };
    html(StatusCode::OK, &page)
}
