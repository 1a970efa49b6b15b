//! Sign-in pages: ask for a link, open the link, press "Sign in"; sign out. A request for a
//! link is counted for the client that made it: the connection's peer, or behind a trusted
//! proxy the client it names. A page left open can keep its session alive
//! (`/session/extend`, posted by the session warning's button).

use askama::Template;
use axum::Router;
use std::net::SocketAddr;

use axum::extract::{ConnectInfo, Path, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum_extra::extract::cookie::CookieJar;

use super::error::{WebError, WebResult};
use super::page::{Page, html, html_headers};
use super::session::{CsrfForm, MaybeSignedIn, OurCookie};
use super::state::WebState;
use crate::app::AppError;

pub fn router() -> Router<WebState> {
    Router::new()
        .route("/sign-in", get(sign_in_form).post(request_link))
        .route("/sign-in/{token}", get(link_page).post(use_link))
        .route("/sign-out", post(sign_out))
        .route("/session/extend", post(extend_session))
}

#[derive(Template)]
#[template(path = "auth/sign_in.html")]
struct SignInPage {
    page: Page,
    email: String,
    signed_out: bool,
}

#[derive(Template)]
#[template(path = "auth/check_email.html")]
struct CheckEmailPage {
    page: Page,
}

#[derive(Template)]
#[template(path = "auth/link.html")]
struct LinkPage {
    page: Page,
    token: String,
    valid: bool,
}

#[derive(serde::Deserialize)]
struct SignInForm {
    #[serde(default)]
    email: String,
    /// The language of the page the form was on: the e-mail is written in it.
    #[serde(default)]
    lang: String,
}

#[derive(serde::Deserialize)]
struct SignedOutQuery {
    #[serde(default)]
    signed_out: Option<String>,
}

/// Pages about sign-in links must not leak the link through `Referer`.
fn no_referrer(mut response: Response) -> Response {
    response.headers_mut().insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    response
}

async fn sign_in_form(
    session: MaybeSignedIn,
    axum::extract::Query(query): axum::extract::Query<SignedOutQuery>,
) -> WebResult<Response> {
    if session.signed_in.is_some() {
        return Ok(Redirect::to("/").into_response());
    }
    let tr = crate::web::language::tr();
    let page = SignInPage {
        page: Page::new(tr.clone(), tr.t("sign-in-title"), None, session.csrf),
        email: String::new(),
        signed_out: query.signed_out.is_some(),
    };
    html(StatusCode::OK, &page)
}

async fn request_link(
    State(state): State<WebState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    session: MaybeSignedIn,
    CsrfForm(form): CsrfForm<SignInForm>,
) -> WebResult<Response> {
    // The language of the page the form was on, whatever this request's headers say.
    let tr = match crate::domain::Language::from_stored(&form.lang) {
        Some(language) => crate::i18n::Tr::new(language),
        None => crate::web::language::tr(),
    };
    let forwarded_for = headers
        .get_all("x-forwarded-for")
        .iter()
        .filter_map(|value| value.to_str().ok());
    let client = state.app.client_address(peer.ip(), forwarded_for);
    match state
        .app
        .request_sign_in(&form.email, client, tr.language())
        .await
    {
        Ok(()) => {
            let page = CheckEmailPage {
                page: Page::new(tr.clone(), tr.t("check-email-title"), None, session.csrf),
            };
            html(StatusCode::OK, &page)
        }
        Err(AppError::Invalid(errors)) => {
            let page = SignInPage {
                page: Page::new(tr.clone(), tr.t("sign-in-title"), None, session.csrf)
                    .with_errors(&errors, ""),
                email: form.email,
                signed_out: false,
            };
            Ok((
                StatusCode::UNPROCESSABLE_ENTITY,
                html_headers(),
                page.render()?,
            )
                .into_response())
        }
        Err(e) => Err(e.into()),
    }
}

async fn link_page(
    State(state): State<WebState>,
    session: MaybeSignedIn,
    Path(token): Path<String>,
) -> WebResult<Response> {
    let valid = state.app.sign_in_link_status(&token).await?.is_valid();
    let tr = crate::web::language::tr();
    let title = if valid {
        tr.t("sign-in-link-title")
    } else {
        tr.t("sign-in-link-invalid-title")
    };
    let page = LinkPage {
        page: Page::new(tr, title, None, session.csrf),
        token,
        valid,
    };
    let status = if valid {
        StatusCode::OK
    } else {
        StatusCode::BAD_REQUEST
    };
    Ok(no_referrer(
        (status, html_headers(), page.render()?).into_response(),
    ))
}

async fn use_link(
    State(state): State<WebState>,
    Path(token): Path<String>,
    CsrfForm(_): CsrfForm<serde::de::IgnoredAny>,
) -> WebResult<Response> {
    let session = state.app.sign_in(&token).await.map_err(WebError::from)?;
    let jar = CookieJar::new().add(state.cookie(OurCookie::Session, session.secret));
    Ok(no_referrer((jar, Redirect::to("/")).into_response()))
}

async fn sign_out(
    State(state): State<WebState>,
    session: MaybeSignedIn,
    CsrfForm(_): CsrfForm<serde::de::IgnoredAny>,
) -> WebResult<Response> {
    if let Some(signed_in) = &session.signed_in {
        state.app.sign_out(signed_in).await?;
    }
    let jar = CookieJar::new().add(state.removal_cookie(OurCookie::Session));
    Ok((jar, Redirect::to("/sign-in?signed_out=1")).into_response())
}

/// What `/session/extend` answers: when the session now ends without activity, as an instant
/// (RFC 3339) and in seconds from now, and the header's note saying so in the page's language.
#[derive(serde::Serialize)]
struct SessionExtended {
    ends_at: String,
    seconds_left: i64,
    note: String,
}

/// Keeps the session alive (the button of the warning shown before it ends without activity).
/// Answers JSON: 200 with the new end, or 401 when nobody is signed in any more.
async fn extend_session(
    State(state): State<WebState>,
    session: MaybeSignedIn,
    CsrfForm(_): CsrfForm<serde::de::IgnoredAny>,
) -> WebResult<Response> {
    let ended = || {
        (
            StatusCode::UNAUTHORIZED,
            [(header::CACHE_CONTROL, "no-store")],
            axum::Json(serde_json::json!({ "error": "signed_out" })),
        )
            .into_response()
    };
    let Some(signed_in) = &session.signed_in else {
        return Ok(ended());
    };
    let ends_at = match state.app.extend_session(signed_in).await {
        Ok(ends_at) => ends_at,
        Err(AppError::NotFound) => return Ok(ended()),
        Err(e) => return Err(e.into()),
    };
    let tr = crate::web::language::tr();
    let answer = SessionExtended {
        ends_at: ends_at.to_string(),
        seconds_left: ends_at.duration_since(state.app.now()).as_secs().max(0),
        note: tr.t1("session-idle-note", "time", &tr.utc(ends_at)),
    };
    Ok(([(header::CACHE_CONTROL, "no-store")], axum::Json(answer)).into_response())
}
