//! Comments received outside the forms: the page where the Chair or the Secretariat enters one
//! on a delegation's behalf, and the page where the Chair includes in the consolidation one
//! received after the delegation's deadline.

use askama::Template;
use axum::extract::State;
use axum::response::{IntoResponse, Redirect, Response};

use super::ChairNav;
use crate::app::AppError;
use crate::app::comments::CommentInput;
use crate::app::intake::{IntakeInput, ReceivedInput};
use crate::domain::intake::IntakeSource;
use crate::web::error::WebResult;
use crate::web::extract::{PagePath, Staff};
use crate::web::page::{Page, html};
use crate::web::session::CsrfForm;
use crate::web::state::WebState;
use crate::web::views::{CommentForm, CommentView};

/// What was typed into the intake form.
#[derive(Debug, Clone, Default, serde::Deserialize)]
pub struct IntakeFields {
    #[serde(default)]
    on_behalf_of: String,
    #[serde(default)]
    recommendation_id: String,
    #[serde(default)]
    kind: String,
    #[serde(default)]
    text: String,
    #[serde(default)]
    proposed_text: String,
    #[serde(default)]
    source: String,
    #[serde(default)]
    received_date: String,
    #[serde(default)]
    received_time: String,
    #[serde(default)]
    source_reference: String,
}

impl IntakeFields {
    fn input(&self) -> IntakeInput {
        IntakeInput {
            on_behalf_of: self.on_behalf_of.clone(),
            comment: CommentInput {
                recommendation_id: self.recommendation_id.clone(),
                kind: self.kind.clone(),
                text: self.text.clone(),
                proposed_text: self.proposed_text.clone(),
            },
            source: self.source.clone(),
            received_at: ReceivedInput::VenueLocal {
                date: self.received_date.clone(),
                time: self.received_time.clone(),
            },
            source_reference: self.source_reference.clone(),
        }
    }
}

#[derive(Template)]
#[template(path = "chair/intake.html")]
struct IntakePage {
    page: Page,
    nav: ChairNav,
    round_id: i64,
    title: String,
    city: String,
    delegations: Vec<(i64, String)>,
    recommendations: Vec<(i64, String)>,
    sources: Vec<(&'static str, String)>,
    form: CommentForm,
    fields: IntakeFields,
}

async fn render_intake(
    state: &WebState,
    staff: &Staff,
    round_id: i64,
    fields: IntakeFields,
    errors: &[crate::app::FieldError],
) -> WebResult<Response> {
    let tr = crate::web::language::tr();
    let actor = staff.signed_in.actor;
    let round = state.app.staff_round_record(&actor, round_id).await?;
    let delegations = state.app.round_delegations(&actor, round_id).await?;
    let draft = state.app.draft_of(&actor, round_id).await?;
    let city = crate::app::venue_zone(&round.venue_tz)?.city();
    let form = CommentForm {
        suffix: String::new(),
        recommendation_id: fields.recommendation_id.clone(),
        kind: if fields.kind.is_empty() {
            "remark".to_string()
        } else {
            fields.kind.clone()
        },
        text: fields.text.clone(),
        proposed_text: fields.proposed_text.clone(),
        errors: Vec::new(),
        open: true,
    };
    let page = IntakePage {
        page: staff
            .round_page(&tr, "intake-title", &round.title)
            .with_errors(errors, ""),
        nav: ChairNav::new(round_id, "nav-comments"),
        round_id,
        title: round.title.clone(),
        city,
        delegations: delegations
            .into_iter()
            .map(|d| (d.delegation_id, d.name))
            .collect(),
        recommendations: draft
            .into_iter()
            .map(|r| (r.recommendation_id, r.label))
            .collect(),
        sources: IntakeSource::all()
            .iter()
            .map(|s| (s.as_str(), tr.t(&format!("intake-source-{}", s.as_str()))))
            .collect(),
        form,
        fields,
    };
    let mut page = page;
    page.form.errors = page.page.errors.clone();
    html(page.page.status(), &page)
}

pub async fn intake_page(
    State(state): State<WebState>,
    PagePath(round_id): PagePath<i64>,
    staff: Staff,
) -> WebResult<Response> {
    render_intake(&state, &staff, round_id, IntakeFields::default(), &[]).await
}

pub async fn enter(
    State(state): State<WebState>,
    PagePath(round_id): PagePath<i64>,
    staff: Staff,
    CsrfForm(fields): CsrfForm<IntakeFields>,
) -> WebResult<Response> {
    match state
        .app
        .enter_on_behalf(staff.signed_in.actor, round_id, fields.input())
        .await
    {
        Ok(receipt) => Ok(Redirect::to(&format!(
            "/chair/rounds/{round_id}/comments?entered={id}#comment-{id}",
            id = receipt.comment_id
        ))
        .into_response()),
        Err(AppError::Invalid(errors)) => {
            render_intake(&state, &staff, round_id, fields, &errors).await
        }
        Err(e) => Err(e.into()),
    }
}

#[derive(Template)]
#[template(path = "chair/include.html")]
struct IncludePage {
    page: Page,
    nav: ChairNav,
    round_id: i64,
    title: String,
    c: CommentView,
    reason: String,
}

#[derive(Debug, Clone, Default, serde::Deserialize)]
pub struct IncludeFields {
    #[serde(default)]
    reason: String,
}

async fn render_include(
    state: &WebState,
    staff: &Staff,
    (round_id, comment_id): (i64, i64),
    reason: String,
    errors: &[crate::app::FieldError],
) -> WebResult<Response> {
    let tr = crate::web::language::tr();
    let (summary, comment) = state
        .app
        .staff_comment(&staff.signed_in.actor, round_id, comment_id)
        .await?;
    let venue = crate::app::venue_zone(&summary.round.venue_tz)?;
    let page = IncludePage {
        page: staff
            .round_page(&tr, "include-title", &summary.round.title)
            .with_errors(errors, ""),
        nav: ChairNav::new(round_id, "nav-comments"),
        round_id,
        title: summary.round.title.clone(),
        c: CommentView::new(&comment, &venue, &tr),
        reason,
    };
    html(page.page.status(), &page)
}

pub async fn include_page(
    State(state): State<WebState>,
    PagePath(ids): PagePath<(i64, i64)>,
    staff: Staff,
) -> WebResult<Response> {
    render_include(&state, &staff, ids, String::new(), &[]).await
}

pub async fn include(
    State(state): State<WebState>,
    PagePath((round_id, comment_id)): PagePath<(i64, i64)>,
    staff: Staff,
    CsrfForm(fields): CsrfForm<IncludeFields>,
) -> WebResult<Response> {
    match state
        .app
        .include_late_comment(staff.signed_in.actor, round_id, comment_id, &fields.reason)
        .await
    {
        Ok(_) => Ok(Redirect::to(&format!(
            "/chair/rounds/{round_id}/comments#comment-{comment_id}"
        ))
        .into_response()),
        Err(AppError::Invalid(errors)) => {
            render_include(
                &state,
                &staff,
                (round_id, comment_id),
                fields.reason,
                &errors,
            )
            .await
        }
        Err(e) => Err(e.into()),
    }
}
