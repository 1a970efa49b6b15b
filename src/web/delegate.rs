//! A delegation's pages: home, the round with its draft and comment forms, editing and
//! withdrawing a comment, and "our comments".

use askama::Template;
use axum::Router;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::get;

use super::error::WebResult;
use super::extract::{PagePath, SignedInUser};
use super::page::{Page, html};
use super::session::{CsrfForm, MaybeSignedIn};
use super::state::WebState;
use super::views::{CommentForm, CommentView, RoundView, SectionView};
use crate::app::auth::SignedIn;
use crate::app::comments::{CommentInput, Receipt};
use crate::app::rounds::RoundSummary;
use crate::app::{AppError, venue_zone};
use crate::domain::RoundState;
use crate::i18n::{Arg, Message, Tr};

pub fn router() -> Router<WebState> {
    Router::new()
        .route("/", get(home))
        .route("/rounds/{round_id}", get(round_page))
        .route("/rounds/{round_id}/comments", axum::routing::post(submit))
        .route("/rounds/{round_id}/our-comments", get(our_comments))
        .route("/comments/{comment_id}/edit", get(edit_page).post(edit))
        .route(
            "/comments/{comment_id}/withdraw",
            get(withdraw_page).post(withdraw),
        )
}

#[derive(Template)]
#[template(path = "delegate/home.html")]
struct HomePage {
    page: Page,
    rounds: Vec<(RoundView, String)>,
}

async fn home(State(state): State<WebState>, user: SignedInUser) -> WebResult<Response> {
    let tr = crate::web::language::tr();
    let rounds = state.app.home_rounds(&user.signed_in.actor).await?;
    let staff = user.signed_in.actor.role.is_staff();
    let rounds = rounds
        .iter()
        .map(|r: &RoundSummary| {
            let href = if staff {
                format!("/chair/rounds/{}", r.round.round_id)
            } else {
                format!("/rounds/{}", r.round.round_id)
            };
            (RoundView::new(r, &tr), href)
        })
        .collect();
    let page = HomePage {
        page: user.page(&tr, tr.t("home-title")),
        rounds,
    };
    html(StatusCode::OK, &page)
}

#[derive(Template)]
#[template(path = "delegate/round.html")]
struct RoundPage {
    page: Page,
    round: RoundView,
    delegation: String,
    writable: bool,
    individual_deadline: Option<String>,
    sections: Vec<SectionView>,
    general: Vec<CommentView>,
    general_others: Vec<CommentView>,
    general_form: CommentForm,
    notice: Option<String>,
    events: Vec<super::chair::EventView>,
    /// For a revised draft: which version it is, and of what.
    revision_note: Option<String>,
    /// Show each recommendation's changes since the previous version instead of its clean text.
    show_changes: bool,
}

#[derive(serde::Deserialize, Default)]
struct RoundQuery {
    saved: Option<String>,
    withdrawn: Option<String>,
    /// A silence round's statement just sent (its reference).
    sent: Option<String>,
    /// `changes`: the changes since the previous version of a revised draft.
    view: Option<String>,
}

/// Renders a delegation's round page, with `failed` (a form sent back with errors) in place.
async fn render_round(
    state: &WebState,
    user: &SignedInUser,
    round_id: i64,
    query: RoundQuery,
    failed: Option<CommentForm>,
) -> WebResult<Response> {
    let view = state
        .app
        .delegate_round(&user.signed_in.actor, round_id)
        .await?;
    if view.summary.round.kind == crate::domain::silence::SILENCE_KIND {
        let query = super::silence::SilenceQuery {
            sent: query.sent,
            withdrawn: query.withdrawn,
            view: query.view,
        };
        return super::silence::render_page(state, user, round_id, query, None).await;
    }
    let tr = crate::web::language::tr_for_round(view.summary.round.language);
    let venue = venue_zone(&view.summary.round.venue_tz)?;
    let mut sections = SectionView::list(&view.sections, &venue, &tr);
    let revision_note = view.revision.as_ref().map(|(version, base)| {
        SectionView::mark_revisions(&mut sections, &view.sections, round_id, &tr);
        tr.ta(
            "revision-round-note",
            &[
                ("version", Arg::from(version.as_str())),
                ("round", Arg::from(base.as_str())),
            ],
        )
    });
    let show_changes = revision_note.is_some() && query.view.as_deref() == Some("changes");
    let general = CommentView::list(&view.general.comments, &venue, &tr);
    let all_own = || {
        sections
            .iter()
            .flat_map(|s| s.recommendations.iter().flat_map(|r| r.comments.iter()))
            .chain(general.iter())
    };
    let find = |raw: &Option<String>| {
        raw.as_deref()
            .and_then(|id| id.parse::<i64>().ok())
            .and_then(|id| all_own().find(|c| c.comment_id == id).cloned())
    };
    let notice = if let Some(c) = find(&query.saved) {
        Some(tr.t1("notice-saved", "reference", &c.reference))
    } else {
        find(&query.withdrawn).map(|c| tr.t1("notice-withdrawn", "reference", &c.reference))
    };
    let mut page = user
        .page(&tr, view.summary.round.title.clone())
        .in_venue(&venue);
    let mut general_form = CommentForm::empty(None);
    let status = if failed.is_some() {
        StatusCode::UNPROCESSABLE_ENTITY
    } else {
        StatusCode::OK
    };
    if let Some(form) = failed {
        page.errors = form.errors.clone();
        if form.recommendation_id.is_empty() {
            general_form = form;
        } else if let Some(r) = sections
            .iter_mut()
            .flat_map(|s| s.recommendations.iter_mut())
            .find(|r| r.form.recommendation_id == form.recommendation_id)
        {
            r.form = form;
        } else {
            // A recommendation that is not in this draft: show the problem on the general form.
            general_form = CommentForm {
                recommendation_id: String::new(),
                suffix: "-general".into(),
                ..form
            };
        }
    }
    let page = RoundPage {
        events: super::chair::EventView::list(&view.events, &venue, &tr),
        round: RoundView::new(&view.summary, &tr),
        delegation: view.delegation_name.clone(),
        writable: view.writable,
        individual_deadline: view.individual_deadline.as_ref().map(|m| tr.moment(m)),
        general_others: CommentView::list(&view.general.others, &venue, &tr),
        general,
        sections,
        general_form,
        notice,
        revision_note,
        show_changes,
        page,
    };
    html(status, &page)
}

async fn round_page(
    State(state): State<WebState>,
    PagePath(round_id): PagePath<i64>,
    user: SignedInUser,
    Query(query): Query<RoundQuery>,
) -> WebResult<Response> {
    if user.signed_in.actor.role.is_staff() {
        return Ok(Redirect::to(&format!("/chair/rounds/{round_id}")).into_response());
    }
    render_round(&state, &user, round_id, query, None).await
}

#[derive(serde::Deserialize, Default, Clone)]
struct CommentFields {
    #[serde(default)]
    recommendation_id: String,
    #[serde(default)]
    kind: String,
    #[serde(default)]
    text: String,
    #[serde(default)]
    proposed_text: String,
    #[serde(default)]
    version: String,
}

impl CommentFields {
    fn input(&self) -> CommentInput {
        CommentInput {
            recommendation_id: self.recommendation_id.clone(),
            kind: self.kind.clone(),
            text: self.text.clone(),
            proposed_text: self.proposed_text.clone(),
        }
    }

    /// The form as typed, with its errors, to send back.
    fn with_errors(
        &self,
        tr: &Tr,
        errors: &[crate::app::FieldError],
        suffix: String,
    ) -> CommentForm {
        let page = Page::anonymous(tr.clone(), String::new()).with_errors(errors, &suffix);
        CommentForm {
            suffix,
            recommendation_id: self.recommendation_id.clone(),
            kind: self.kind.clone(),
            text: self.text.clone(),
            proposed_text: self.proposed_text.clone(),
            errors: page.errors,
            open: true,
        }
    }
}

#[derive(Template)]
#[template(path = "delegate/not_saved.html")]
struct NotSavedPage {
    page: Page,
    heading: String,
    message: String,
    text: String,
    proposed_text: String,
    back: String,
    sign_in: bool,
}

/// Where a refused write came from: the page to go back to and who sent it.
struct Origin<'a> {
    back: String,
    signed_in: Option<&'a SignedIn>,
    csrf: String,
}

impl<'a> Origin<'a> {
    fn of(back: String, user: &'a SignedInUser) -> Origin<'a> {
        Origin {
            back,
            signed_in: Some(&user.signed_in),
            csrf: user.csrf.clone(),
        }
    }
}

/// The page of a write that was refused: says why, and gives back what was typed.
fn not_saved(
    tr: &Tr,
    status: StatusCode,
    heading_id: &str,
    message: &Message,
    fields: &CommentFields,
    origin: Origin<'_>,
) -> WebResult<Response> {
    let heading = tr.t(heading_id);
    let page = NotSavedPage {
        page: Page::new(tr.clone(), heading.clone(), origin.signed_in, origin.csrf),
        message: message.render(tr),
        text: fields.text.clone(),
        proposed_text: fields.proposed_text.clone(),
        back: origin.back,
        sign_in: origin.signed_in.is_none(),
        heading,
    };
    html(status, &page)
}

/// The fields of a write whose only text is `text` (a silence statement), as its refusal
/// pages give them back.
fn text_only(text: &str) -> CommentFields {
    CommentFields {
        text: text.to_string(),
        ..CommentFields::default()
    }
}

/// [`session_ended`] for a write whose only text is `text` (a silence statement).
pub(super) fn session_ended_text(
    tr: &Tr,
    text: &str,
    back: String,
    csrf: String,
) -> WebResult<Response> {
    session_ended(tr, &text_only(text), back, csrf)
}

/// [`refused`] for a write whose only text is `text` (a silence statement).
pub(super) fn refused_text(
    e: AppError,
    tr: &Tr,
    text: &str,
    back: String,
    user: &SignedInUser,
) -> WebResult<Response> {
    refused(e, tr, &text_only(text), Origin::of(back, user))
}

/// Turns a refused write into its page, keeping the user's text; other errors pass through.
fn refused(
    e: AppError,
    tr: &Tr,
    fields: &CommentFields,
    origin: Origin<'_>,
) -> WebResult<Response> {
    match e {
        AppError::Deadline(message) => not_saved(
            tr,
            StatusCode::CONFLICT,
            "refusal-title",
            &message,
            fields,
            origin,
        ),
        AppError::Conflict(message) => not_saved(
            tr,
            StatusCode::CONFLICT,
            "error-conflict-title",
            &message,
            fields,
            origin,
        ),
        other => Err(other.into()),
    }
}

fn session_ended(
    tr: &Tr,
    fields: &CommentFields,
    back: String,
    csrf: String,
) -> WebResult<Response> {
    let origin = Origin {
        back,
        signed_in: None,
        csrf,
    };
    let message = Message::new("session-ended-body");
    not_saved(
        tr,
        StatusCode::UNAUTHORIZED,
        "session-ended-title",
        &message,
        fields,
        origin,
    )
}

/// Back to the comment on its round's page, which says that it was `saved` or `withdrawn`.
fn back_to_comment(receipt: &Receipt, what: &str) -> WebResult<Response> {
    let (round_id, id) = (receipt.round_id, receipt.comment_id);
    Ok(Redirect::to(&format!("/rounds/{round_id}?{what}={id}#comment-{id}")).into_response())
}

async fn submit(
    State(state): State<WebState>,
    PagePath(round_id): PagePath<i64>,
    session: MaybeSignedIn,
    CsrfForm(fields): CsrfForm<CommentFields>,
) -> WebResult<Response> {
    let tr = crate::web::language::tr();
    let back = format!("/rounds/{round_id}");
    let user = match session.into_user() {
        Ok(user) => user,
        Err(csrf) => return session_ended(&tr, &fields, back, csrf),
    };
    match state
        .app
        .submit_comment(user.signed_in.actor, round_id, fields.input())
        .await
    {
        Ok(receipt) => back_to_comment(&receipt, "saved"),
        Err(AppError::Invalid(errors)) => {
            let suffix = match fields.recommendation_id.trim() {
                "" => "-general".to_string(),
                id => format!("-{id}"),
            };
            let form = fields.with_errors(&tr, &errors, suffix);
            render_round(&state, &user, round_id, RoundQuery::default(), Some(form)).await
        }
        Err(e) => refused(e, &tr, &fields, Origin::of(back, &user)),
    }
}

#[derive(Template)]
#[template(path = "delegate/edit.html")]
struct EditPage {
    page: Page,
    comment: CommentView,
    round_id: i64,
    round_title: String,
    /// The label and draft text of the recommendation it is about; none for the whole draft.
    paragraph: Option<(String, String)>,
    form: CommentForm,
    version: i64,
    /// Why the comment can no longer be changed (its delegation's window is not open), if so.
    closed: Option<ClosedWindow>,
}

/// The state of a delegation's window that is not open, as its edit and withdraw pages show it
/// instead of a form whose saving would be refused.
struct ClosedWindow {
    state: String,
    explanation: String,
}

impl ClosedWindow {
    fn of(summary: &RoundSummary, tr: &Tr) -> Option<ClosedWindow> {
        let explanation = match summary.state {
            RoundState::Open => return None,
            RoundState::Closed => tr.t1(
                "window-closed-no-changes",
                "deadline",
                &tr.moment(&summary.deadline),
            ),
            _ => tr.t("round-not-writable"),
        };
        Some(ClosedWindow {
            state: summary.state_text.render(tr),
            explanation,
        })
    }
}

async fn edit_page(
    State(state): State<WebState>,
    PagePath(comment_id): PagePath<i64>,
    user: SignedInUser,
) -> WebResult<Response> {
    let (comment, _) = state
        .app
        .own_comment(&user.signed_in.actor, comment_id)
        .await?;
    let fields = CommentFields {
        recommendation_id: comment
            .recommendation_id
            .map(|id| id.to_string())
            .unwrap_or_default(),
        kind: comment.kind.as_str().to_string(),
        text: comment.text.clone(),
        proposed_text: comment.proposed_text.clone().unwrap_or_default(),
        version: comment.version.to_string(),
    };
    render_edit(&state, &user, comment_id, &fields, &[]).await
}

async fn render_edit(
    state: &WebState,
    user: &SignedInUser,
    comment_id: i64,
    fields: &CommentFields,
    errors: &[crate::app::FieldError],
) -> WebResult<Response> {
    let tr = crate::web::language::tr();
    let (comment, window) = state
        .app
        .own_comment(&user.signed_in.actor, comment_id)
        .await?;
    let round = &window.round;
    let paragraph = paragraph_of(state, round.round_id, comment.recommendation_id).await?;
    let venue = venue_zone(&round.venue_tz)?;
    let mut form = fields.with_errors(&tr, errors, "-edit".to_string());
    // A comment becoming an amendment starts its proposed text from the draft paragraph.
    if form.proposed_text.is_empty()
        && let Some((_, text)) = &paragraph
    {
        form.proposed_text = text.clone();
    }
    form.open = true;
    let mut page = user
        .page(&tr, tr.t1("edit-title", "reference", &comment.reference))
        .in_venue(&venue);
    page.errors = form.errors.clone();
    let page = EditPage {
        comment: CommentView::new(&comment, &venue, &tr),
        round_id: round.round_id,
        round_title: round.title.clone(),
        paragraph,
        version: fields.version.parse().unwrap_or(comment.version),
        closed: ClosedWindow::of(&window, &tr),
        form,
        page,
    };
    html(page.page.status(), &page)
}

async fn edit(
    State(state): State<WebState>,
    PagePath(comment_id): PagePath<i64>,
    session: MaybeSignedIn,
    CsrfForm(fields): CsrfForm<CommentFields>,
) -> WebResult<Response> {
    let tr = crate::web::language::tr();
    let back = format!("/comments/{comment_id}/edit");
    let user = match session.into_user() {
        Ok(user) => user,
        Err(csrf) => return session_ended(&tr, &fields, back, csrf),
    };
    // The comment stays on what it was about (the edit changes its content only), so the
    // form's recommendation, if any was posted, is not read.
    let mut fields = fields;
    fields.recommendation_id = String::new();
    let expected = match crate::app::comments::form_version(&fields.version) {
        Ok(version) => Some(version),
        Err(AppError::Invalid(errors)) => {
            return render_edit(&state, &user, comment_id, &fields, &errors).await;
        }
        Err(e) => return Err(e.into()),
    };
    match state
        .app
        .edit_comment(user.signed_in.actor, comment_id, expected, fields.input())
        .await
    {
        Ok(receipt) => back_to_comment(&receipt, "saved"),
        Err(AppError::Invalid(errors)) => {
            render_edit(&state, &user, comment_id, &fields, &errors).await
        }
        Err(e) => refused(e, &tr, &fields, Origin::of(back, &user)),
    }
}

/// The label and draft text of the recommendation `recommendation_id` of a round, if any.
async fn paragraph_of(
    state: &WebState,
    round_id: i64,
    recommendation_id: Option<i64>,
) -> WebResult<Option<(String, String)>> {
    Ok(match recommendation_id {
        Some(id) => state.app.recommendation(round_id, id).await?,
        None => None,
    })
}

#[derive(Template)]
#[template(path = "delegate/withdraw.html")]
struct WithdrawPage {
    page: Page,
    comment: CommentView,
    /// The label and draft text of the recommendation it is about; none for the whole draft.
    paragraph: Option<(String, String)>,
    round_id: i64,
    round_title: String,
    closed: Option<ClosedWindow>,
}

async fn withdraw_page(
    State(state): State<WebState>,
    PagePath(comment_id): PagePath<i64>,
    user: SignedInUser,
) -> WebResult<Response> {
    let tr = crate::web::language::tr();
    let (comment, window) = state
        .app
        .own_comment(&user.signed_in.actor, comment_id)
        .await?;
    let venue = venue_zone(&window.round.venue_tz)?;
    let paragraph = paragraph_of(&state, window.round.round_id, comment.recommendation_id).await?;
    let page = WithdrawPage {
        paragraph,
        page: user
            .page(
                &tr,
                tr.t1("withdraw-title", "reference", &comment.reference),
            )
            .in_venue(&venue),
        comment: CommentView::new(&comment, &venue, &tr),
        round_id: window.round.round_id,
        round_title: window.round.title.clone(),
        closed: ClosedWindow::of(&window, &tr),
    };
    html(StatusCode::OK, &page)
}

async fn withdraw(
    State(state): State<WebState>,
    PagePath(comment_id): PagePath<i64>,
    session: MaybeSignedIn,
    CsrfForm(_): CsrfForm<serde::de::IgnoredAny>,
) -> WebResult<Response> {
    let tr = crate::web::language::tr();
    let back = format!("/comments/{comment_id}/withdraw");
    let user = match session.into_user() {
        Ok(user) => user,
        Err(csrf) => return session_ended(&tr, &CommentFields::default(), back, csrf),
    };
    match state
        .app
        .withdraw_comment(user.signed_in.actor, comment_id)
        .await
    {
        Ok(receipt) => back_to_comment(&receipt, "withdrawn"),
        Err(e) => refused(e, &tr, &CommentFields::default(), Origin::of(back, &user)),
    }
}

#[derive(Template)]
#[template(path = "delegate/our_comments.html")]
struct OurCommentsPage {
    page: Page,
    round: RoundView,
    delegation: String,
    comments: Vec<(Option<String>, CommentView)>,
    printed_at: String,
}

async fn our_comments(
    State(state): State<WebState>,
    PagePath(round_id): PagePath<i64>,
    user: SignedInUser,
) -> WebResult<Response> {
    let tr = crate::web::language::tr();
    let (view, list) = state
        .app
        .our_comments(&user.signed_in.actor, round_id)
        .await?;
    let venue = venue_zone(&view.summary.round.venue_tz)?;
    let page = OurCommentsPage {
        page: user
            .page(
                &tr,
                tr.t1("our-comments-title", "delegation", &view.delegation_name),
            )
            .in_venue(&venue),
        round: RoundView::new(&view.summary, &tr),
        delegation: view.delegation_name.clone(),
        comments: list
            .iter()
            .map(|l| (l.label.clone(), CommentView::new(&l.comment, &venue, &tr)))
            .collect(),
        printed_at: tr.datetime(&venue, state.app.now()),
    };
    html(StatusCode::OK, &page)
}
