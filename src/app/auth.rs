//! Signing in with an e-mailed link, sessions and signing out.

use std::net::IpAddr;

use jiff::Timestamp;
use sha2::{Digest, Sha256};

use super::{App, AppError, AppResult, notify};
use crate::domain::account::{SignInLinkStatus, User};
use crate::domain::sign_in_limit::{self, within_limit};
use crate::domain::{Actor, Email, Language};
use crate::i18n::Message;
use crate::store::audit::AuditEntry;
use crate::store::auth as auth_store;
use crate::store::{audit, delegation as people};

/// A signed-in person, as found from their session cookie.
#[derive(Debug, Clone)]
pub struct SignedIn {
    pub session_id: i64,
    pub user: User,
    pub actor: Actor,
    /// When the session ends if the person does nothing.
    pub idle_expires_at: Timestamp,
    /// When this request found the session (the application's clock).
    pub seen_at: Timestamp,
}

/// A session just started: the secret goes into the cookie and nowhere else.
#[derive(Debug, Clone)]
pub struct NewSession {
    pub secret: String,
    pub user: User,
}

/// A new random secret (256 bits, hex) for links and session cookies.
pub fn new_secret() -> String {
    let mut bytes = [0u8; 32];
    rand::fill(&mut bytes);
    hex::encode(bytes)
}

/// What the database keeps of a secret.
pub fn hash_secret(secret: &str) -> String {
    hex::encode(Sha256::digest(secret.as_bytes()))
}

pub(crate) fn actor_of(user: &User) -> Actor {
    Actor {
        user_id: user.user_id,
        role: user.role,
        delegation_id: user.delegation_id,
    }
}

impl App {
    /// The client behind a request that came from `peer` with these `X-Forwarded-For` values
    /// (believed only from a trusted proxy).
    pub fn client_address<'a>(
        &self,
        peer: IpAddr,
        forwarded_for: impl IntoIterator<Item = &'a str>,
    ) -> IpAddr {
        sign_in_limit::client_address(peer, forwarded_for, &self.settings().trusted_proxies)
    }

    /// Mails a single-use sign-in link if `email` belongs to someone and neither the address
    /// nor the `client` asking has reached its limit; says the same in every case, so that
    /// the answer tells nobody which addresses exist or are limited.
    ///
    /// Only a link actually issued takes a write turn: a request for an unknown address, or one
    /// over a limit, is decided by reads (and counted for its client without a turn of its own;
    /// see [`super::client_requests`]), so a flood of them does not hold up comment writes.
    /// The e-mail is in `language`, that of the page it was asked for from.
    pub async fn request_sign_in(
        &self,
        email: &str,
        client: IpAddr,
        language: Language,
    ) -> AppResult<()> {
        let email = Email::parse(email)
            .map_err(|e| AppError::invalid("email", Message::new(e.message_id())))?;
        let client = sign_in_limit::client_key(client);
        if !self.admit_client_request(&client).await? {
            tracing::info!(
                client,
                "sign-in request over the client's limit: no link sent"
            );
            return Ok(());
        }
        let limits = self.settings().sign_in_limits;
        let since = self.now() - limits.address_window;
        {
            let mut conn = self.store().read().await?;
            let Some(user) = people::find_user_by_email(&mut conn, email.as_str()).await? else {
                return Ok(());
            };
            if user.disabled {
                return Ok(());
            }
            let issued = auth_store::count_links_since(&mut conn, user.user_id, since).await?;
            if !within_limit(issued, limits.links_per_address) {
                tracing::info!(
                    user_id = user.user_id,
                    "sign-in request over the address's limit: no link sent"
                );
                return Ok(());
            }
        }
        if self
            .issue_sign_in_token(email, Some(language))
            .await?
            .is_some()
        {
            self.wake_mail();
        }
        Ok(())
    }

    /// The address of the sign-in page for `token`.
    pub fn sign_in_link(&self, token: &str) -> String {
        format!("{}/sign-in/{}", self.settings().public_url, token)
    }

    /// Creates a single-use sign-in token for the person with this address, if there is one,
    /// and when `mail` is set (a request from the sign-in page) puts the e-mail with its link
    /// into the outbox, if the address is within its limit.
    pub(crate) async fn issue_sign_in_token(
        &self,
        email: Email,
        mail: Option<Language>,
    ) -> AppResult<Option<(User, String, Timestamp)>> {
        self.detached(move |app| async move {
            let mut tx = app.store().begin_write().await?;
            let Some(user) = people::find_user_by_email(&mut tx, email.as_str()).await? else {
                return Ok(None);
            };
            if user.disabled {
                return Ok(None);
            }
            let now = app.now();
            if mail.is_some() {
                // Checked again here, where the count cannot move under us on SQLite (the
                // early read let requests over the limit go without a write turn).
                let limits = app.settings().sign_in_limits;
                let issued = auth_store::count_links_since(
                    &mut tx,
                    user.user_id,
                    now - limits.address_window,
                )
                .await?;
                if !within_limit(issued, limits.links_per_address) {
                    return Ok(None);
                }
            }
            let expires_at = now + app.settings().sign_in_link_ttl;
            let token = new_secret();
            let token_hash = hash_secret(&token);
            auth_store::insert_sign_in_token(&mut tx, &token_hash, user.user_id, now, expires_at)
                .await?;
            if let Some(language) = mail {
                let link = app.sign_in_link(&token);
                notify::enqueue_sign_in(
                    &mut tx,
                    &app,
                    now,
                    (&user, language),
                    &token_hash,
                    &link,
                    expires_at,
                )
                .await?;
            }
            audit::record(
                &mut tx,
                &AuditEntry::new(now, "sign_in_link_issued", ("app_user", Some(user.user_id)))
                    .by(user.user_id, user.delegation_id),
            )
            .await?;
            tx.commit().await?;
            Ok(Some((user, token, expires_at)))
        })
        .await
    }

    /// Whether a sign-in link can still be used (for the page the link opens; does not use it).
    pub async fn sign_in_link_status(&self, token: &str) -> AppResult<SignInLinkStatus> {
        let mut conn = self.store().read().await?;
        Ok(auth_store::sign_in_token_status(&mut conn, &hash_secret(token), self.now()).await?)
    }

    /// Uses a sign-in link once and starts a session.
    pub async fn sign_in(&self, token: &str) -> AppResult<NewSession> {
        let token_hash = hash_secret(token);
        self.detached(move |app| async move {
            let mut tx = app.store().begin_write().await?;
            let now = app.now();
            let Some(user_id) =
                auth_store::consume_sign_in_token(&mut tx, &token_hash, now).await?
            else {
                return Err(AppError::InvalidSignInLink);
            };
            let user = people::get_user(&mut tx, user_id)
                .await?
                .ok_or(AppError::InvalidSignInLink)?;
            if user.disabled {
                return Err(AppError::InvalidSignInLink);
            }
            let secret = new_secret();
            let expires_at = now + app.settings().session_absolute_timeout;
            let session_id = auth_store::insert_session(
                &mut tx,
                &hash_secret(&secret),
                user_id,
                now,
                expires_at,
            )
            .await?;
            audit::record(
                &mut tx,
                &AuditEntry::new(now, "signed_in", ("session", Some(session_id)))
                    .by(user_id, user.delegation_id),
            )
            .await?;
            tx.commit().await?;
            Ok(NewSession { secret, user })
        })
        .await
    }

    /// The person behind a session cookie, if the session is still alive.
    pub async fn authenticate(&self, secret: &str) -> AppResult<Option<SignedIn>> {
        let mut conn = self.store().read().await?;
        let Some((session, user)) =
            auth_store::find_session_with_user(&mut conn, &hash_secret(secret)).await?
        else {
            return Ok(None);
        };
        let now = self.now();
        let idle = self.settings().session_idle_timeout;
        if session.ended || now >= session.expires_at || now >= session.last_seen_at + idle {
            return Ok(None);
        }
        if user.disabled {
            return Ok(None);
        }
        // Refresh the idle clock at most once a minute, not on every request.
        if now.duration_since(session.last_seen_at) >= jiff::SignedDuration::from_mins(1) {
            drop(conn);
            let session_id = session.session_id;
            self.detached(move |app| async move {
                let mut tx = app.store().begin_write().await?;
                auth_store::touch_session(&mut tx, session_id, now).await?;
                tx.commit().await?;
                Ok(())
            })
            .await?;
        }
        let idle_expires_at = self.idle_end(now, session.expires_at);
        Ok(Some(SignedIn {
            session_id: session.session_id,
            actor: actor_of(&user),
            user,
            idle_expires_at,
            seen_at: now,
        }))
    }

    /// When a session last active at `seen` ends without activity: the idle timeout later,
    /// never past the session's absolute end.
    fn idle_end(&self, seen: Timestamp, expires_at: Timestamp) -> Timestamp {
        std::cmp::min(seen + self.settings().session_idle_timeout, expires_at)
    }

    /// Keeps a session alive now, as any request of its person would: the idle clock starts
    /// again from now (never past the session's absolute end). Returns when the session now
    /// ends without activity. For the "stay signed in" button of a page that has been open, with
    /// nothing sent, for nearly as long as a session lasts idle.
    pub async fn extend_session(&self, signed_in: &SignedIn) -> AppResult<Timestamp> {
        let session_id = signed_in.session_id;
        self.detached(move |app| async move {
            let mut tx = app.store().begin_write().await?;
            let now = app.now();
            let Some(expires_at) = auth_store::touch_live_session(&mut tx, session_id, now).await?
            else {
                return Err(AppError::NotFound);
            };
            tx.commit().await?;
            Ok(app.idle_end(now, expires_at))
        })
        .await
    }

    pub async fn sign_out(&self, signed_in: &SignedIn) -> AppResult<()> {
        let session_id = signed_in.session_id;
        let user_id = signed_in.user.user_id;
        let delegation_id = signed_in.user.delegation_id;
        self.detached(move |app| async move {
            let mut tx = app.store().begin_write().await?;
            let now = app.now();
            auth_store::end_session(&mut tx, session_id, now).await?;
            audit::record(
                &mut tx,
                &AuditEntry::new(now, "signed_out", ("session", Some(session_id)))
                    .by(user_id, delegation_id),
            )
            .await?;
            tx.commit().await?;
            Ok(())
        })
        .await
    }

    /// Saves the language a signed-in person chose for their pages and e-mails.
    pub async fn choose_language(&self, signed_in: &SignedIn, language: Language) -> AppResult<()> {
        let user_id = signed_in.user.user_id;
        let delegation_id = signed_in.user.delegation_id;
        let before = signed_in.user.language.map(|l| l.as_str());
        self.detached(move |app| async move {
            let mut tx = app.store().begin_write().await?;
            people::set_user_language(&mut tx, user_id, language).await?;
            let entry = AuditEntry::new(app.now(), "language_chosen", ("user", Some(user_id)))
                .by(user_id, delegation_id)
                .change(
                    Some(serde_json::json!({ "language": before })),
                    Some(serde_json::json!({ "language": language.as_str() })),
                );
            audit::record(&mut tx, &entry).await?;
            tx.commit().await?;
            Ok(())
        })
        .await
    }
}
