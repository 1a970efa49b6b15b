//! The people of a round: renaming and removing its delegations, adding and removing their
//! focal points.

use jiff::Timestamp;
use serde_json::json;

use super::{record, require_staff, staff_round};
use crate::app::{App, AppError, AppResult};
use crate::domain::{Actor, Email, Role};
use crate::i18n::Message;
use crate::store::{Tx, delegation as people};

impl App {
    /// Renames a delegation of a round.
    pub async fn rename_delegation(
        &self,
        actor: Actor,
        round_id: i64,
        delegation_id: i64,
        name: &str,
    ) -> AppResult<()> {
        require_staff(&actor)?;
        let name = crate::domain::DelegationName::parse(name)
            .map_err(|e| AppError::invalid("name", Message::new(e.message_id())))?;
        self.detached(move |app| async move {
            let mut tx = app.store().begin_write().await?;
            let now = app.now();
            staff_round(&mut tx, &actor, round_id).await?;
            people::participation(&mut tx, round_id, delegation_id)
                .await?
                .ok_or(AppError::NotFound)?;
            let old = people::get_delegation(&mut tx, delegation_id)
                .await?
                .ok_or(AppError::NotFound)?;
            match people::rename_delegation(&mut tx, delegation_id, name.as_str()).await {
                Err(e) if e.is_unique_violation() => {
                    return Err(AppError::invalid(
                        "name",
                        Message::new("error-delegation-name-taken"),
                    ));
                }
                other => other?,
            }
            record(
                &mut tx,
                &actor,
                round_id,
                "delegation_renamed",
                ("delegation", Some(delegation_id)),
                (
                    Some(json!({"name": old.name})),
                    Some(json!({"name": name.as_str()})),
                ),
                now,
            )
            .await?;
            tx.commit().await?;
            Ok(())
        })
        .await
    }

    /// Takes a delegation out of a round (its comments stay recorded).
    pub async fn remove_delegation(
        &self,
        actor: Actor,
        round_id: i64,
        delegation_id: i64,
    ) -> AppResult<()> {
        require_staff(&actor)?;
        self.detached(move |app| async move {
            let mut tx = app.store().begin_write().await?;
            let now = app.now();
            staff_round(&mut tx, &actor, round_id).await?;
            if !people::remove_from_round(&mut tx, round_id, delegation_id, now).await? {
                return Err(AppError::NotFound);
            }
            record(
                &mut tx,
                &actor,
                round_id,
                "delegation_removed",
                ("delegation", Some(delegation_id)),
                (None, None),
                now,
            )
            .await?;
            tx.commit().await?;
            Ok(())
        })
        .await
    }

    /// Adds a focal point to a delegation of a round.
    pub async fn add_focal_point(
        &self,
        actor: Actor,
        round_id: i64,
        delegation_id: i64,
        email: &str,
    ) -> AppResult<()> {
        require_staff(&actor)?;
        let email = Email::parse(email)
            .map_err(|e| AppError::invalid("email", Message::new(e.message_id())))?;
        self.detached(move |app| async move {
            let mut tx = app.store().begin_write().await?;
            let now = app.now();
            staff_round(&mut tx, &actor, round_id).await?;
            people::participation(&mut tx, round_id, delegation_id)
                .await?
                .ok_or(AppError::NotFound)?;
            match add_focal_point_in(&mut tx, delegation_id, &email, now).await? {
                FocalPointAdded::Elsewhere => {
                    return Err(AppError::invalid(
                        "email",
                        Message::new("error-email-taken"),
                    ));
                }
                FocalPointAdded::AlreadyThere => return Ok(()),
                FocalPointAdded::Added => {}
            }
            record(
                &mut tx,
                &actor,
                round_id,
                "focal_point_added",
                ("delegation", Some(delegation_id)),
                (None, Some(json!({"email": email.as_str()}))),
                now,
            )
            .await?;
            tx.commit().await?;
            Ok(())
        })
        .await
    }

    /// Removes a focal point: they can no longer sign in; what they did stays attributed.
    pub async fn remove_focal_point(
        &self,
        actor: Actor,
        round_id: i64,
        user_id: i64,
    ) -> AppResult<()> {
        require_staff(&actor)?;
        self.detached(move |app| async move {
            let mut tx = app.store().begin_write().await?;
            let now = app.now();
            staff_round(&mut tx, &actor, round_id).await?;
            let user = people::get_user(&mut tx, user_id)
                .await?
                .ok_or(AppError::NotFound)?;
            let Some(delegation_id) = user
                .delegation_id
                .filter(|_| user.role == Role::Delegate && !user.disabled)
            else {
                return Err(AppError::NotFound);
            };
            people::participation(&mut tx, round_id, delegation_id)
                .await?
                .ok_or(AppError::NotFound)?;
            people::disable_user(&mut tx, user_id, now).await?;
            crate::store::api_token::revoke_tokens_of_user(&mut tx, user_id, now).await?;
            record(
                &mut tx,
                &actor,
                round_id,
                "focal_point_removed",
                ("app_user", Some(user_id)),
                (
                    Some(json!({"email": user.email, "delegation_id": delegation_id})),
                    None,
                ),
                now,
            )
            .await?;
            tx.commit().await?;
            Ok(())
        })
        .await
    }
}

pub(super) enum FocalPointAdded {
    Added,
    AlreadyThere,
    /// The address belongs to another delegation or to staff.
    Elsewhere,
}

pub(super) async fn add_focal_point_in(
    tx: &mut Tx,
    delegation_id: i64,
    email: &Email,
    now: Timestamp,
) -> AppResult<FocalPointAdded> {
    match people::find_user_by_email(tx, email.as_str()).await? {
        Some(user) if user.delegation_id == Some(delegation_id) && !user.disabled => {
            Ok(FocalPointAdded::AlreadyThere)
        }
        Some(user) if user.disabled && user.role == Role::Delegate => {
            people::enable_user(tx, user.user_id, Role::Delegate, Some(delegation_id)).await?;
            Ok(FocalPointAdded::Added)
        }
        Some(_) => Ok(FocalPointAdded::Elsewhere),
        None => {
            people::insert_user(
                tx,
                email.as_str(),
                "",
                Role::Delegate,
                Some(delegation_id),
                now,
            )
            .await?;
            Ok(FocalPointAdded::Added)
        }
    }
}
