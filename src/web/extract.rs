//! What a page handler takes from the request before its body runs: the ids in its path and
//! the person it requires (anyone signed in, or staff). Each refuses as every page does: an
//! address whose id is not a number is "not found"; nobody signed in is sent to sign in; a
//! signed-in person who is not staff finds no Chair's page.
//!
//! Handlers list the path before the person, so a malformed address is "not found" whoever
//! asks, as an address that matches no route is.

use std::ops::Deref;

use axum::extract::{FromRequestParts, Path};
use axum::http::request::Parts;
use axum::response::{IntoResponse, Redirect, Response};
use serde::de::DeserializeOwned;

use super::error::WebError;
use super::page::Page;
use super::session::MaybeSignedIn;
use super::state::WebState;
use crate::app::auth::SignedIn;
use crate::i18n::Tr;

/// The typed parameters of a page's path (`PagePath<i64>`, `PagePath<(i64, String)>`…); a
/// parameter that does not parse makes the page one that does not exist.
pub struct PagePath<T>(pub T);

impl<T, S> FromRequestParts<S> for PagePath<T>
where
    T: DeserializeOwned + Send,
    S: Send + Sync,
{
    type Rejection = WebError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        match Path::<T>::from_request_parts(parts, state).await {
            Ok(Path(value)) => Ok(PagePath(value)),
            Err(_) => Err(WebError::NotFound),
        }
    }
}

/// A signed-in person and the CSRF token of their forms. Nobody signed in is sent to sign in.
pub struct SignedInUser {
    pub signed_in: SignedIn,
    pub csrf: String,
}

impl SignedInUser {
    /// A page for this person, titled `title`.
    pub fn page(&self, tr: &Tr, title: String) -> Page {
        Page::new(tr.clone(), title, Some(&self.signed_in), self.csrf.clone())
    }

    /// A page about a round, titled by the message `title_id` with the round's title.
    pub fn round_page(&self, tr: &Tr, title_id: &str, round_title: &str) -> Page {
        self.page(tr, tr.t1(title_id, "round", round_title))
    }
}

impl MaybeSignedIn {
    /// The signed-in person, or the CSRF token of a visitor who is not (or no longer) signed in.
    pub fn into_user(self) -> Result<SignedInUser, String> {
        match self.signed_in {
            Some(signed_in) => Ok(SignedInUser {
                signed_in,
                csrf: self.csrf,
            }),
            None => Err(self.csrf),
        }
    }
}

impl FromRequestParts<WebState> for SignedInUser {
    type Rejection = Response;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &WebState,
    ) -> Result<Self, Self::Rejection> {
        MaybeSignedIn::from_request_parts(parts, state)
            .await
            .map_err(IntoResponse::into_response)?
            .into_user()
            .map_err(|_| Redirect::to("/sign-in").into_response())
    }
}

/// A signed-in member of the Chair's team or the Secretariat. Anyone signed out is sent to
/// sign in; anyone else gets "not found" (the Chair's pages do not exist for them).
pub struct Staff(SignedInUser);

impl Deref for Staff {
    type Target = SignedInUser;

    fn deref(&self) -> &SignedInUser {
        &self.0
    }
}

impl FromRequestParts<WebState> for Staff {
    type Rejection = Response;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &WebState,
    ) -> Result<Self, Self::Rejection> {
        let user = SignedInUser::from_request_parts(parts, state).await?;
        if user.signed_in.actor.role.is_staff() {
            Ok(Staff(user))
        } else {
            Err(WebError::NotFound.into_response())
        }
    }
}
