//! Accounts and API tokens: the command-line use cases (first Chair account, tokens for other
//! systems) and the authentication of API requests.

use serde_json::json;

use super::auth::{SignedIn, actor_of, hash_secret, new_secret};
use super::{App, AppError, AppResult};
use crate::domain::account::User;
use crate::domain::{Email, Role};
use crate::i18n::Message;
use crate::store::audit::AuditEntry;
use crate::store::{api_token, audit, delegation as people};

impl App {
    /// Adds a Chair or Secretariat account (or gives an existing disabled one back its access).
    pub async fn add_staff_user(&self, email: &str, role: Role, name: &str) -> AppResult<User> {
        let email = Email::parse(email)
            .map_err(|e| AppError::invalid("email", Message::new(e.message_id())))?;
        if !role.is_staff() {
            return Err(AppError::invalid("role", Message::new("error-role-staff")));
        }
        let name = crate::domain::normalize_single_line(name);
        self.detached(move |app| async move {
            let mut tx = app.store().begin_write().await?;
            let now = app.now();
            let user_id = match people::find_user_by_email(&mut tx, email.as_str()).await? {
                Some(user) if !user.disabled => {
                    return Err(AppError::invalid(
                        "email",
                        Message::new("error-email-taken"),
                    ));
                }
                Some(user) => {
                    people::enable_user(&mut tx, user.user_id, role, None).await?;
                    user.user_id
                }
                None => {
                    people::insert_user(&mut tx, email.as_str(), &name, role, None, now).await?
                }
            };
            audit::record(
                &mut tx,
                &AuditEntry::new(now, "user_added", ("app_user", Some(user_id))).change(
                    None,
                    Some(json!({"email": email.as_str(), "role": role.as_str(), "name": name})),
                ),
            )
            .await?;
            let user = people::get_user(&mut tx, user_id)
                .await?
                .ok_or(AppError::NotFound)?;
            tx.commit().await?;
            Ok(user)
        })
        .await
    }

    /// Creates an API token for the person with this address; the token is returned once and
    /// only its hash is kept.
    pub async fn create_api_token(&self, email: &str) -> AppResult<String> {
        let email = Email::parse(email)
            .map_err(|e| AppError::invalid("email", Message::new(e.message_id())))?;
        self.detached(move |app| async move {
            let mut tx = app.store().begin_write().await?;
            let now = app.now();
            let user = people::find_user_by_email(&mut tx, email.as_str())
                .await?
                .filter(|u| !u.disabled)
                .ok_or(AppError::NotFound)?;
            let token = format!("rdt_{}", new_secret());
            let token_id =
                api_token::insert_token(&mut tx, &hash_secret(&token), user.user_id, now).await?;
            audit::record(
                &mut tx,
                &AuditEntry::new(now, "api_token_created", ("api_token", Some(token_id)))
                    .by(user.user_id, user.delegation_id),
            )
            .await?;
            tx.commit().await?;
            Ok(token)
        })
        .await
    }

    /// Revokes one token (by its value) or every token of a person (by e-mail); returns how many.
    pub async fn revoke_api_tokens(
        &self,
        email: Option<&str>,
        token: Option<&str>,
    ) -> AppResult<u64> {
        let email = email
            .map(|e| {
                Email::parse(e)
                    .map_err(|err| AppError::invalid("email", Message::new(err.message_id())))
            })
            .transpose()?;
        let token_hash = token.map(|t| hash_secret(t.trim()));
        self.detached(move |app| async move {
            let mut tx = app.store().begin_write().await?;
            let now = app.now();
            let mut revoked = 0;
            let mut user_id = None;
            if let Some(email) = &email {
                let user = people::find_user_by_email(&mut tx, email.as_str())
                    .await?
                    .ok_or(AppError::NotFound)?;
                revoked += api_token::revoke_tokens_of_user(&mut tx, user.user_id, now).await?;
                user_id = Some(user.user_id);
            }
            if let Some(hash) = &token_hash {
                user_id = user_id.or(api_token::user_of_token(&mut tx, hash).await?);
                revoked += u64::from(api_token::revoke_token(&mut tx, hash, now).await?);
            }
            audit::record(
                &mut tx,
                &AuditEntry {
                    actor_user_id: user_id,
                    ..AuditEntry::new(now, "api_token_revoked", ("app_user", user_id))
                        .change(None, Some(json!({"revoked": revoked})))
                },
            )
            .await?;
            tx.commit().await?;
            Ok(revoked)
        })
        .await
    }

    /// The person behind an API bearer token, if the token is valid.
    pub async fn authenticate_token(&self, token: &str) -> AppResult<Option<SignedIn>> {
        let mut conn = self.store().read().await?;
        let Some(user) = people::user_of_api_token(&mut conn, &hash_secret(token))
            .await?
            .filter(|u| !u.disabled)
        else {
            return Ok(None);
        };
        Ok(Some(SignedIn {
            session_id: 0,
            actor: actor_of(&user),
            user,
            idle_expires_at: self.now(),
            seen_at: self.now(),
        }))
    }
}
