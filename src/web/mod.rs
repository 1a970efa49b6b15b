//! HTTP: axum routers per area (auth, delegate, chair), the layers every request passes
//! (tracing with secrets redacted, CSRF origin check, body limit, security headers), health
//! and the stylesheet. Handlers are thin: parse, call one use case, render.
//!
//! **Compression.** Answers are compressed with brotli or gzip when the client asks for it
//! (`Accept-Encoding`): the round page of 150 recommendations is about 400 KB of HTML and
//! shrinks about tenfold, which is what a delegate on a slow link waits for (`redraft bench
//! rush` prints its sizes). tower-http's default levels are fast (brotli 4, the level nginx
//! uses on the fly). DOCX downloads are zip archives already and are sent as they are; every
//! other download keeps its type and `Content-Disposition`, the client decodes it to the same
//! bytes.
//!
//! Compressing a secret beside text an attacker chooses leaks the secret through the size of
//! the answers (BREACH). The secrets our pages carry are the CSRF token and, on the page of a
//! sign-in link only, that link's token. The CSRF token is masked afresh for every answer
//! ([`session`]: a random pad and the token XOR the pad), so no two answers carry the same
//! bytes for it and there is no fixed string to guess; the link's page reflects nothing but
//! its own token. Session cookies and API tokens are never in a body. Comment text is not
//! secret from the page's reader: other delegations' comments are shown only when the round's
//! visibility allows it.

pub mod api;
pub mod attachments;
pub mod auth;
pub mod chair;
pub mod delegate;
pub mod error;
pub mod extract;
pub mod language;
pub mod outcome;
pub mod page;
pub mod revisions;
pub mod session;
pub mod silence;
pub mod state;
pub mod views;

use axum::Router;
use axum::extract::{DefaultBodyLimit, State};
use axum::http::{HeaderValue, Request, StatusCode, header};
use axum::response::IntoResponse;
use axum::routing::get;
use tower_http::compression::CompressionLayer;
use tower_http::compression::predicate::{DefaultPredicate, NotForContentType, Predicate};
use tower_http::csrf::CsrfLayer;
use tower_http::set_header::SetResponseHeaderLayer;
use tower_http::trace::TraceLayer;

use crate::app::{App, measure_writer_time};
use state::WebState;

/// Largest request body accepted: two comment fields of 20,000 characters of up to 4 bytes,
/// percent-encoded, with room to spare.
const BODY_LIMIT: usize = 1024 * 1024;

const STYLESHEET: &str = include_str!("../../templates/static/app.css");

/// The one script: the warning before a session ends without activity, with its button that
/// keeps the session alive. Every page works without it.
const SESSION_SCRIPT: &str = include_str!("../../templates/static/session.js");

/// DOCX files (zip archives, compressed already) are sent as they are.
const DOCX_TYPE_PREFIX: &str = "application/vnd.openxmlformats-officedocument";

/// How long a browser that has seen an answer over https keeps to https for this host.
const HSTS: HeaderValue = HeaderValue::from_static("max-age=31536000");

/// The whole application; `https` when its public URL is https (see [`WebState::https`]).
pub fn router(app: App, https: bool) -> Router {
    let state = WebState { app, https };
    Router::new()
        .merge(auth::router())
        .merge(delegate::router())
        .merge(silence::router())
        .merge(chair::router())
        .merge(outcome::router())
        .merge(revisions::router())
        .merge(api::router())
        .route("/healthz", get(healthz))
        .route("/static/app.css", get(stylesheet))
        .route("/static/session.js", get(session_script))
        .route("/language", axum::routing::post(language::switch))
        .fallback(not_found)
        .layer(axum::middleware::from_fn_with_state(state.clone(), language::negotiate))
        .layer(axum::middleware::from_fn_with_state(state.clone(), session::ensure_csrf_cookie))
        .layer(CsrfLayer::new())
        .layer(DefaultBodyLimit::max(BODY_LIMIT))
        .layer(SetResponseHeaderLayer::if_not_present(
            header::X_CONTENT_TYPE_OPTIONS,
            HeaderValue::from_static("nosniff"),
        ))
        .layer(SetResponseHeaderLayer::if_not_present(
            header::X_FRAME_OPTIONS,
            HeaderValue::from_static("DENY"),
        ))
        .layer(SetResponseHeaderLayer::if_not_present(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static(
                "default-src 'none'; script-src 'self'; connect-src 'self'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
            ),
        ))
        .layer(SetResponseHeaderLayer::if_not_present(
            header::REFERRER_POLICY,
            HeaderValue::from_static("same-origin"),
        ))
        .layer(
            tower::ServiceBuilder::new()
                .layer(axum::error_handling::HandleErrorLayer::new(overloaded))
                .layer(tower::load_shed::LoadShedLayer::new())
                .layer(tower::limit::ConcurrencyLimitLayer::new(MAX_IN_FLIGHT)),
        )
        .layer(CompressionLayer::new().compress_when(
            DefaultPredicate::new().and(NotForContentType::const_new(DOCX_TYPE_PREFIX)),
        ))
        .layer(SetResponseHeaderLayer::overriding(
            header::STRICT_TRANSPORT_SECURITY,
            move |_: &axum::response::Response| https.then_some(HSTS),
        ))
        .layer(axum::middleware::from_fn(server_timing))
        .layer(TraceLayer::new_for_http().make_span_with(|request: &Request<_>| {
            tracing::info_span!("request", method = %request.method(), path = %redact_path(request.uri().path()))
        }))
        .with_state(state)
}

/// Says how long the server took to prepare the answer (`Server-Timing: app;dur=<ms>`), so that
/// a browser's developer tools or `redraft bench` can tell the server's time from the network's.
/// Pages are rendered in full before they are sent, so this includes rendering. A request that
/// wrote through the group-commit writer also gets `writer;dur=<ms>`: the part of that time
/// spent queued for the writer and in its group, up to the commit.
///
/// Not sent where the time would tell a secret: the sign-in pages (asking for a link for a
/// known address takes longer than for an unknown one, and a link's worth shows in its time)
/// and error answers (a refusal's time can tell what was looked up before refusing).
async fn server_timing(
    request: Request<axum::body::Body>,
    next: axum::middleware::Next,
) -> axum::response::Response {
    let timed = !is_sign_in_path(request.uri().path());
    let started = std::time::Instant::now();
    let (mut response, writer_ms) = measure_writer_time(next.run(request)).await;
    let status = response.status();
    if !timed || status.is_client_error() || status.is_server_error() {
        return response;
    }
    let ms = started.elapsed().as_secs_f64() * 1000.0;
    let timing = if writer_ms > 0.0 {
        format!("app;dur={ms:.2}, writer;dur={writer_ms:.2}")
    } else {
        format!("app;dur={ms:.2}")
    };
    if let Ok(value) = HeaderValue::from_str(&timing) {
        response.headers_mut().insert("server-timing", value);
    }
    response
}

/// `/sign-in` and the pages of sign-in links (`/sign-in/{token}`).
fn is_sign_in_path(path: &str) -> bool {
    path == "/sign-in" || path.starts_with("/sign-in/")
}

/// Requests served at once; more are refused at once with 503 and `Retry-After` rather than
/// queued without bound (memory and latency would grow for everyone). Comfortably above the
/// ~200 delegations of a body all saving at the same moment.
const MAX_IN_FLIGHT: usize = 512;

async fn overloaded(_: tower::BoxError) -> axum::response::Response {
    (
        StatusCode::SERVICE_UNAVAILABLE,
        [(header::RETRY_AFTER, "1")],
        "The service is busy: nothing was stored. Try again in a moment.",
    )
        .into_response()
}

/// The path as it may be logged: sign-in tokens replaced. Query strings are never logged.
pub fn redact_path(path: &str) -> String {
    match path.strip_prefix("/sign-in/") {
        Some(_) => "/sign-in/[redacted]".to_string(),
        None => path.to_string(),
    }
}

async fn healthz(State(state): State<WebState>) -> impl IntoResponse {
    match state.app.health().await {
        Ok(()) => (StatusCode::OK, "ok"),
        Err(e) => {
            tracing::error!(error = %e, "health check failed");
            (StatusCode::SERVICE_UNAVAILABLE, "database unavailable")
        }
    }
}

async fn stylesheet() -> impl IntoResponse {
    (
        [
            (header::CONTENT_TYPE, "text/css; charset=utf-8"),
            (header::CACHE_CONTROL, "public, max-age=3600"),
        ],
        STYLESHEET,
    )
}

async fn session_script() -> impl IntoResponse {
    (
        [
            (header::CONTENT_TYPE, "text/javascript; charset=utf-8"),
            (header::CACHE_CONTROL, "public, max-age=3600"),
        ],
        SESSION_SCRIPT,
    )
}

async fn not_found() -> error::WebError {
    error::WebError::NotFound
}

#[cfg(test)]
mod tests {
    use super::redact_path;

    #[test]
    fn sign_in_tokens_never_reach_the_log() {
        assert_eq!(redact_path("/sign-in/abcdef0123"), "/sign-in/[redacted]");
        assert_eq!(redact_path("/rounds/1"), "/rounds/1");
    }
}
