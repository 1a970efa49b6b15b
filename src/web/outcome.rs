//! The published outcome of a round, for its delegations and the staff: the list of versions
//! and the downloads of each (`/rounds/{round_id}/outcome/{version|latest}.{html|docx|csv|
//! comments.csv|json}`).

use askama::Template;
use axum::Router;
use axum::extract::State;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;

use super::error::{WebError, WebResult};
use super::extract::{PagePath, SignedInUser};
use super::page::{Page, html};
use super::state::WebState;
use super::views::RoundView;
use crate::app::{AppError, venue_zone};
use crate::i18n::Tr;
use crate::outcome::{OutcomeDocument, OutcomeFormat};

pub fn router() -> Router<WebState> {
    Router::new()
        .route("/rounds/{round_id}/outcome", get(versions))
        .route("/rounds/{round_id}/outcome/{file}", get(file))
}

/// The answer carrying the document in `format`: HTML shown in the browser (under a policy that
/// allows its own stylesheet only), the other formats as attachments.
pub fn download(doc: &OutcomeDocument, format: OutcomeFormat, tr: &Tr) -> WebResult<Response> {
    let bytes = format
        .render(doc, tr)
        .map_err(|e| WebError::App(AppError::Task(format!("rendering the outcome: {e}"))))?;
    let file_name = format!("{}.{}", doc.file_stem(), format.extension());
    let disposition = match format {
        OutcomeFormat::Html => format!("inline; filename=\"{file_name}\""),
        _ => format!("attachment; filename=\"{file_name}\""),
    };
    // Each header is inserted, not appended: `HeaderMap::extend` would add the real type
    // beside the `application/octet-stream` that raw bytes answer with.
    let mut response = bytes.into_response();
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static(format.content_type()),
    );
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    if let Ok(value) = HeaderValue::from_str(&disposition) {
        headers.insert(header::CONTENT_DISPOSITION, value);
    }
    if format == OutcomeFormat::Html
        && let Ok(value) = HeaderValue::from_str(&crate::outcome::html::content_security_policy(
            &crate::outcome::html::stylesheet(doc),
        ))
    {
        headers.insert(header::CONTENT_SECURITY_POLICY, value);
    }
    Ok(response)
}

struct VersionView {
    version: i64,
    line: String,
    links: Vec<(String, String)>,
}

#[derive(Template)]
#[template(path = "outcome/versions.html")]
struct VersionsPage {
    page: Page,
    round: RoundView,
    versions: Vec<VersionView>,
    staff: bool,
}

fn links(round_id: i64, version: &str, tr: &Tr) -> Vec<(String, String)> {
    OutcomeFormat::all()
        .iter()
        .map(|f| {
            (
                format!("/rounds/{round_id}/outcome/{version}.{}", f.extension()),
                tr.t(&format!(
                    "outcome-format-{}",
                    f.extension().replace('.', "-")
                )),
            )
        })
        .collect()
}

async fn versions(
    State(state): State<WebState>,
    PagePath(round_id): PagePath<i64>,
    user: SignedInUser,
) -> WebResult<Response> {
    let tr = crate::web::language::tr();
    let listing = state
        .app
        .outcome_versions(&user.signed_in.actor, round_id)
        .await?;
    let venue = venue_zone(&listing.summary.round.venue_tz)?;
    let page = VersionsPage {
        page: user.round_page(&tr, "outcome-page-title", &listing.summary.round.title),
        round: RoundView::new(&listing.summary, &tr),
        versions: listing
            .versions
            .iter()
            .map(|o| VersionView {
                version: o.version,
                line: tr.ta(
                    "outcome-version-line",
                    &[
                        ("version", o.version.into()),
                        ("time", tr.datetime(&venue, o.published_at).into()),
                        ("name", o.published_by_name.as_str().into()),
                    ],
                ),
                links: links(round_id, &o.version.to_string(), &tr),
            })
            .collect(),
        staff: user.signed_in.actor.can_consolidate(),
    };
    html(StatusCode::OK, &page)
}

async fn file(
    State(state): State<WebState>,
    PagePath((round_id, file)): PagePath<(i64, String)>,
    user: SignedInUser,
) -> WebResult<Response> {
    let (stem, format) = OutcomeFormat::split_file_name(&file).ok_or(WebError::NotFound)?;
    let version = match stem {
        "latest" => None,
        v => Some(v.parse().map_err(|_| WebError::NotFound)?),
    };
    let doc = state
        .app
        .published_outcome(&user.signed_in.actor, round_id, version)
        .await?;
    download(&doc, format, &crate::web::language::tr())
}
