//! A delegation's pages of a silence round: the text under silence with the delegation's
//! statements and the result, the statement form, its confirmation step (an official act of the
//! delegation's Government), and the withdrawal of a statement. Plain forms, no script: the
//! confirmation is a page of its own that posts the statement again with `step=confirm`.

use std::collections::HashMap;

use askama::Template;
use axum::Router;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};

use super::error::WebResult;
use super::extract::{PagePath, SignedInUser};
use super::page::{Page, html_headers};
use super::session::{CsrfForm, MaybeSignedIn};
use super::state::WebState;
use super::views::{RevisionMark, RoundView};
use crate::app::silence::{DelegateSilence, Statement, StatementInput};
use crate::app::{AppError, FieldError, venue_zone};
use crate::domain::VenueZone;
use crate::i18n::{Arg, Tr};

pub fn router() -> Router<WebState> {
    Router::new()
        .route("/rounds/{round_id}/silence-breaks", post(send))
        .route(
            "/rounds/{round_id}/silence-breaks/mine/withdraw",
            get(withdraw_page).post(withdraw),
        )
}

/// A statement as the page shows it.
pub struct StatementView {
    pub reference: String,
    pub sent_at: String,
    pub breaks_silence: bool,
    pub late: bool,
    pub withdrawn_at: Option<String>,
    pub statement: String,
    /// (recommendation label, proposed text).
    pub amendments: Vec<(String, String)>,
}

impl StatementView {
    fn new(b: &Statement, venue: &VenueZone, tr: &Tr) -> StatementView {
        StatementView {
            reference: b.reference.clone(),
            sent_at: tr.datetime(venue, b.sent_at),
            breaks_silence: b.breaks_silence,
            late: b.late,
            withdrawn_at: b.withdrawn_at.map(|t| tr.datetime(venue, t)),
            statement: b.statement.clone(),
            amendments: b
                .amendments
                .iter()
                .map(|(_, label, text)| (label.clone(), text.clone()))
                .collect(),
        }
    }
}

/// A recommendation of the text under silence, with what was typed as its amendment.
pub struct ParagraphView {
    pub recommendation_id: i64,
    pub label: String,
    pub text: String,
    pub proposed: String,
    /// In a revised text: what changed since the previous version.
    pub revision: Option<RevisionMark>,
}

/// An agenda item of the text under silence.
pub struct ItemView {
    pub number: String,
    pub title: String,
    pub paragraphs: Vec<ParagraphView>,
}

#[derive(Template)]
#[template(path = "delegate/silence.html")]
struct SilencePage {
    page: Page,
    round: RoundView,
    delegation: String,
    may_break: bool,
    writable: bool,
    standing: bool,
    statements: Vec<StatementView>,
    /// `Some("adopted")` or `Some("broken")` once decided.
    result: Option<&'static str>,
    adopted: bool,
    broken_by: Vec<String>,
    items: Vec<ItemView>,
    statement: String,
    notice: Option<String>,
    /// For a revised text: which version of what (with the view toggle).
    revision_note: Option<String>,
    /// The changes since the previous version are shown (else the clean text).
    show_changes: bool,
}

#[derive(Template)]
#[template(path = "delegate/silence_confirm.html")]
struct ConfirmPage {
    page: Page,
    round_id: i64,
    round_title: String,
    delegation: String,
    may_break: bool,
    deadline: String,
    statement: String,
    /// (recommendation id, label, proposed text).
    amendments: Vec<(i64, String, String)>,
}

#[derive(Template)]
#[template(path = "delegate/silence_withdraw.html")]
struct WithdrawPage {
    page: Page,
    round_id: i64,
    statement: Option<StatementView>,
    writable: bool,
}

/// The form's fields: `statement`, `amendment_<recommendation id>` for each proposed text,
/// and `step` (`review`, `edit` or `confirm`).
pub struct StatementFields(HashMap<String, String>);

impl StatementFields {
    fn get(&self, name: &str) -> &str {
        self.0.get(name).map(String::as_str).unwrap_or_default()
    }

    /// The statement and the amendments that were filled in, by recommendation id.
    fn input(&self) -> StatementInput {
        let mut amendments: Vec<(String, String)> = self
            .0
            .iter()
            .filter_map(|(name, text)| {
                let id = name.strip_prefix("amendment_")?;
                (!text.trim().is_empty()).then(|| (id.to_string(), text.clone()))
            })
            .collect();
        amendments.sort();
        StatementInput {
            statement: self.get("statement").to_string(),
            amendments,
        }
    }
}

/// The query of the round page after a write.
#[derive(serde::Deserialize, Default)]
pub struct SilenceQuery {
    pub sent: Option<String>,
    pub withdrawn: Option<String>,
    /// `changes` to show the changes since the previous version.
    pub view: Option<String>,
}

/// The page of a silence round for a delegation, with `typed` (a form sent back) in place.
pub async fn render_page(
    state: &WebState,
    user: &SignedInUser,
    round_id: i64,
    query: SilenceQuery,
    typed: Option<(&StatementFields, &[FieldError])>,
) -> WebResult<Response> {
    let tr = crate::web::language::tr();
    let view: DelegateSilence = state
        .app
        .delegate_silence(&user.signed_in.actor, round_id)
        .await?;
    let venue = venue_zone(&view.summary.round.venue_tz)?;
    let draft = state.app.draft_of(&user.signed_in.actor, round_id).await?;
    let revision_note = view.revision.as_ref().map(|(version, base)| {
        tr.ta(
            "revision-round-note",
            &[
                ("version", Arg::from(version.as_str())),
                ("round", Arg::from(base.as_str())),
            ],
        )
    });
    let show_changes = revision_note.is_some() && query.view.as_deref() == Some("changes");
    let mut items: Vec<ItemView> = Vec::new();
    for line in draft {
        let revision = revision_note.is_some().then(|| {
            RevisionMark::of(
                round_id,
                (line.recommendation_id, &line.text),
                (
                    line.previous_recommendation_id,
                    line.previous_text.as_deref(),
                ),
                &tr,
            )
        });
        let (id, number, title, label, text) = (
            line.recommendation_id,
            line.agenda_item,
            line.agenda_title,
            line.label,
            line.text,
        );
        let proposed = typed
            .map(|(fields, _)| fields.get(&format!("amendment_{id}")).to_string())
            .unwrap_or_default();
        let paragraph = ParagraphView {
            recommendation_id: id,
            label,
            text,
            proposed,
            revision,
        };
        match items.last_mut() {
            Some(item) if item.number == number => item.paragraphs.push(paragraph),
            _ => items.push(ItemView {
                number,
                title,
                paragraphs: vec![paragraph],
            }),
        }
    }
    let find = |raw: &Option<String>| {
        raw.as_deref()
            .and_then(|r| view.statements.iter().find(|s| s.reference == r))
    };
    let notice = if let Some(s) = find(&query.sent) {
        Some(tr.t1(
            if s.breaks_silence {
                "silence-notice-broken"
            } else {
                "silence-notice-recorded"
            },
            "reference",
            &s.reference,
        ))
    } else {
        find(&query.withdrawn).map(|s| tr.t1("silence-notice-withdrawn", "reference", &s.reference))
    };
    let errors = typed.map(|(_, errors)| errors).unwrap_or_default();
    let page = user
        .page(&tr, view.summary.round.title.clone())
        .with_errors(errors, "");
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    let page = SilencePage {
        page,
        round: RoundView::new(&view.summary, &tr),
        delegation: view.delegation_name.clone(),
        may_break: view.may_break,
        writable: view.writable,
        standing: view.statements.iter().any(|s| s.withdrawn_at.is_none()),
        statements: view
            .statements
            .iter()
            .map(|s| StatementView::new(s, &venue, &tr))
            .collect(),
        result: view.status.result.map(|r| r.as_str()),
        adopted: view.status.result == Some(crate::domain::silence::SilenceResult::Adopted),
        broken_by: view.status.broken_by.clone(),
        items,
        statement: typed
            .map(|(fields, _)| fields.get("statement").to_string())
            .unwrap_or_default(),
        notice,
        revision_note,
        show_changes,
    };
    Ok((status, html_headers(), page.render()?).into_response())
}

/// Sends a statement: `review` (or no step) checks it and shows the confirmation step; `edit`
/// goes back to the form with what was typed; `confirm` sends it.
async fn send(
    State(state): State<WebState>,
    PagePath(round_id): PagePath<i64>,
    session: MaybeSignedIn,
    CsrfForm(fields): CsrfForm<HashMap<String, String>>,
) -> WebResult<Response> {
    let tr = crate::web::language::tr();
    let fields = StatementFields(fields);
    let back = format!("/rounds/{round_id}");
    let user = match session.into_user() {
        Ok(user) => user,
        Err(csrf) => {
            return super::delegate::session_ended_text(&tr, fields.get("statement"), back, csrf);
        }
    };
    let input = fields.input();
    match fields.get("step") {
        "edit" => {
            return render_page(
                &state,
                &user,
                round_id,
                SilenceQuery::default(),
                Some((&fields, &[])),
            )
            .await;
        }
        "confirm" => {}
        _ => {
            if let Err(errors) = crate::app::silence::check_statement(&input) {
                return render_page(
                    &state,
                    &user,
                    round_id,
                    SilenceQuery::default(),
                    Some((&fields, &errors)),
                )
                .await;
            }
            return confirm_page(&state, &user, round_id, &input).await;
        }
    }
    match state
        .app
        .break_silence(user.signed_in.actor, round_id, input)
        .await
    {
        Ok(receipt) => Ok(Redirect::to(&format!(
            "/rounds/{round_id}?sent={}#statements",
            receipt.reference
        ))
        .into_response()),
        Err(AppError::Invalid(errors)) => {
            render_page(
                &state,
                &user,
                round_id,
                SilenceQuery::default(),
                Some((&fields, &errors)),
            )
            .await
        }
        Err(e) => super::delegate::refused_text(e, &tr, fields.get("statement"), back, &user),
    }
}

/// The confirmation step: the statement as it will be sent, and what sending it means.
async fn confirm_page(
    state: &WebState,
    user: &SignedInUser,
    round_id: i64,
    input: &StatementInput,
) -> WebResult<Response> {
    let tr = crate::web::language::tr();
    let view = state
        .app
        .delegate_silence(&user.signed_in.actor, round_id)
        .await?;
    let draft = state.app.draft_of(&user.signed_in.actor, round_id).await?;
    let amendments = input
        .amendments
        .iter()
        .filter_map(|(id, text)| {
            let id: i64 = id.parse().ok()?;
            let line = draft.iter().find(|d| d.recommendation_id == id)?;
            Some((id, line.label.clone(), text.clone()))
        })
        .collect();
    let page = ConfirmPage {
        page: user.page(&tr, tr.t("silence-confirm-title")),
        round_id,
        round_title: view.summary.round.title.clone(),
        delegation: view.delegation_name.clone(),
        may_break: view.may_break,
        deadline: tr.moment(&view.summary.deadline),
        statement: input.statement.clone(),
        amendments,
    };
    Ok((html_headers(), page.render()?).into_response())
}

async fn withdraw_page(
    State(state): State<WebState>,
    PagePath(round_id): PagePath<i64>,
    user: SignedInUser,
) -> WebResult<Response> {
    let tr = crate::web::language::tr();
    let view = state
        .app
        .delegate_silence(&user.signed_in.actor, round_id)
        .await?;
    let venue = venue_zone(&view.summary.round.venue_tz)?;
    let page = WithdrawPage {
        page: user.page(&tr, tr.t("silence-withdraw-title")),
        round_id,
        statement: view
            .statements
            .iter()
            .find(|s| s.withdrawn_at.is_none())
            .map(|s| StatementView::new(s, &venue, &tr)),
        writable: view.writable,
    };
    Ok((html_headers(), page.render()?).into_response())
}

async fn withdraw(
    State(state): State<WebState>,
    PagePath(round_id): PagePath<i64>,
    session: MaybeSignedIn,
    CsrfForm(_): CsrfForm<serde::de::IgnoredAny>,
) -> WebResult<Response> {
    let tr = crate::web::language::tr();
    let back = format!("/rounds/{round_id}/silence-breaks/mine/withdraw");
    let user = match session.into_user() {
        Ok(user) => user,
        Err(csrf) => return super::delegate::session_ended_text(&tr, "", back, csrf),
    };
    match state
        .app
        .withdraw_silence_break(user.signed_in.actor, round_id)
        .await
    {
        Ok(receipt) => Ok(Redirect::to(&format!(
            "/rounds/{round_id}?withdrawn={}#statements",
            receipt.reference
        ))
        .into_response()),
        Err(e) => super::delegate::refused_text(e, &tr, "", back, &user),
    }
}
