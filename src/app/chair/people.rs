//! The people of a round: renaming and removing its delegations, adding and removing their
//! focal points.

use jiff::Timestamp;
use serde_json::json;

use crate::app::staff::require_staff;
use crate::app::{App, AppError, AppResult};
use crate::domain::account::User;
use crate::domain::{Actor, Email, Role};
use crate::i18n::Message;
use crate::store::auth::{self as auth_store, SignInsOf};
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
        self.staff_write(&actor, round_id, move |w| {
            Box::pin(async move {
                people::participation(&mut w.tx, round_id, delegation_id)
                    .await?
                    .ok_or(AppError::NotFound)?;
                let old = people::get_delegation(&mut w.tx, delegation_id)
                    .await?
                    .ok_or(AppError::NotFound)?;
                match people::rename_delegation(&mut w.tx, delegation_id, name.as_str()).await {
                    Err(e) if e.is_unique_violation() => {
                        return Err(AppError::invalid(
                            "name",
                            Message::new("error-delegation-name-taken"),
                        ));
                    }
                    other => other?,
                }
                w.audit(
                    "delegation_renamed",
                    ("delegation", Some(delegation_id)),
                    (
                        Some(json!({"name": old.name})),
                        Some(json!({"name": name.as_str()})),
                    ),
                )
                .await
            })
        })
        .await
    }

    /// Takes a delegation out of a round (its comments stay recorded) and signs its focal points
    /// out: their sessions and pending sign-in links end in the same transaction.
    pub async fn remove_delegation(
        &self,
        actor: Actor,
        round_id: i64,
        delegation_id: i64,
    ) -> AppResult<()> {
        self.staff_write(&actor, round_id, move |w| {
            Box::pin(async move {
                if !people::remove_from_round(&mut w.tx, round_id, delegation_id, w.now).await? {
                    return Err(AppError::NotFound);
                }
                auth_store::end_sign_ins(&mut w.tx, SignInsOf::Delegation(delegation_id), w.now)
                    .await?;
                // Its deadline no longer holds the round open.
                w.announce_schedule_change().await?;
                w.audit(
                    "delegation_removed",
                    ("delegation", Some(delegation_id)),
                    (None, None),
                )
                .await
            })
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
        self.staff_write(&actor, round_id, move |w| {
            Box::pin(async move {
                people::participation(&mut w.tx, round_id, delegation_id)
                    .await?
                    .ok_or(AppError::NotFound)?;
                match add_focal_point_in(&mut w.tx, delegation_id, &email, w.now).await? {
                    FocalPointChange::Elsewhere => {
                        return Err(AppError::invalid(
                            "email",
                            Message::new("error-email-taken"),
                        ));
                    }
                    FocalPointChange::AlreadyThere => return Ok(()),
                    FocalPointChange::New | FocalPointChange::Enable(_) => {}
                }
                w.announce_schedule_change().await?;
                w.audit(
                    "focal_point_added",
                    ("delegation", Some(delegation_id)),
                    (None, Some(json!({"email": email.as_str()}))),
                )
                .await
            })
        })
        .await
    }

    /// Removes a focal point: they can no longer sign in, and their sessions, pending sign-in
    /// links and API tokens end in the same transaction (so that adding them again later starts
    /// afresh); what they did stays attributed.
    pub async fn remove_focal_point(
        &self,
        actor: Actor,
        round_id: i64,
        user_id: i64,
    ) -> AppResult<()> {
        self.staff_write(&actor, round_id, move |w| {
            Box::pin(async move {
                let user = people::get_user(&mut w.tx, user_id)
                    .await?
                    .ok_or(AppError::NotFound)?;
                let Some(delegation_id) = user
                    .delegation_id
                    .filter(|_| user.role == Role::Delegate && !user.disabled)
                else {
                    return Err(AppError::NotFound);
                };
                people::participation(&mut w.tx, round_id, delegation_id)
                    .await?
                    .ok_or(AppError::NotFound)?;
                people::disable_user(&mut w.tx, user_id, w.now).await?;
                auth_store::end_sign_ins(&mut w.tx, SignInsOf::User(user_id), w.now).await?;
                crate::store::api_token::revoke_tokens_of_user(&mut w.tx, user_id, w.now).await?;
                w.audit(
                    "focal_point_removed",
                    ("app_user", Some(user_id)),
                    (
                        Some(json!({"email": user.email, "delegation_id": delegation_id})),
                        None,
                    ),
                )
                .await
            })
        })
        .await
    }
}

/// What adding an address as a focal point of a delegation does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum FocalPointChange {
    /// Nobody has the address yet: a new person.
    New,
    /// A focal point removed earlier: back, for this delegation.
    Enable(i64),
    AlreadyThere,
    /// The address belongs to another delegation or to staff.
    Elsewhere,
}

/// What adding the person with an address (`existing`, if anyone has it) to the delegation
/// `delegation_id` does (`None`: a delegation not stored yet, so nobody is in it).
pub(super) fn focal_point_change(
    existing: Option<&User>,
    delegation_id: Option<i64>,
) -> FocalPointChange {
    match existing {
        None => FocalPointChange::New,
        Some(user)
            if !user.disabled
                && user.delegation_id.is_some()
                && user.delegation_id == delegation_id =>
        {
            FocalPointChange::AlreadyThere
        }
        Some(user) if user.disabled && user.role == Role::Delegate => {
            FocalPointChange::Enable(user.user_id)
        }
        Some(_) => FocalPointChange::Elsewhere,
    }
}

/// Adds the address as a focal point of `delegation_id` (or says why not).
async fn add_focal_point_in(
    tx: &mut Tx,
    delegation_id: i64,
    email: &Email,
    now: Timestamp,
) -> AppResult<FocalPointChange> {
    let existing = people::find_user_by_email(tx, email.as_str()).await?;
    let change = focal_point_change(existing.as_ref(), Some(delegation_id));
    match change {
        FocalPointChange::New => {
            people::insert_user(
                tx,
                email.as_str(),
                "",
                Role::Delegate,
                Some(delegation_id),
                now,
            )
            .await?;
        }
        FocalPointChange::Enable(user_id) => {
            people::enable_user(tx, user_id, Role::Delegate, Some(delegation_id)).await?;
        }
        FocalPointChange::AlreadyThere | FocalPointChange::Elsewhere => {}
    }
    Ok(change)
}
