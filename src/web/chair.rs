//! The Chair's and Secretariat's pages. For now: a read-only view of every comment of a round,
//! per recommendation, attributed to delegations. Anyone else gets "not found".

use askama::Template;
use axum::Router;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::get;

use super::delegate::parse_id;
use super::error::{WebError, WebResult};
use super::page::{Page, html_headers};
use super::session::MaybeSignedIn;
use super::state::WebState;
use super::views::{CommentView, RoundView, SectionView};
use crate::app::venue_zone;
use crate::i18n::Tr;

pub fn router() -> Router<WebState> {
    Router::new().route("/chair/rounds/{round_id}", get(round_comments))
}

#[derive(Template)]
#[template(path = "chair/round.html")]
struct ChairRoundPage {
    page: Page,
    round: RoundView,
    sections: Vec<SectionView>,
    general: Vec<CommentView>,
    invited: i64,
    responded: usize,
    comments: usize,
}

async fn round_comments(
    State(state): State<WebState>,
    session: MaybeSignedIn,
    Path(round_id): Path<String>,
) -> WebResult<Response> {
    let round_id = parse_id(&round_id)?;
    let Some(signed_in) = &session.signed_in else {
        return Ok(Redirect::to("/sign-in").into_response());
    };
    if !signed_in.actor.can_view_all_comments() {
        return Err(WebError::NotFound);
    }
    let tr = Tr::english();
    let view = state.app.staff_round(&signed_in.actor, round_id).await?;
    let venue = venue_zone(&view.summary.round.venue_tz)?;
    let page = ChairRoundPage {
        page: Page::new(
            tr.clone(),
            tr.t1("chair-round-title", "round", &view.summary.round.title),
            Some(signed_in),
            session.csrf,
        ),
        round: RoundView::new(&view.summary, &tr),
        sections: SectionView::list(&view.sections, &venue, &tr),
        general: CommentView::list(&view.general, &venue, &tr),
        invited: view.delegations_invited,
        responded: view.delegations_responded,
        comments: view.comments_active,
    };
    Ok((html_headers(), page.render()?).into_response())
}
