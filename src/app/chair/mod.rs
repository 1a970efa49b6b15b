//! The Chair's and Secretariat's use cases: setting up a round, loading its draft and its
//! delegations, changing its schedule, and watching the responses. Only staff may call them;
//! for anyone else the round does not exist.

mod people;
mod schedule;
mod setup;
mod views;

use jiff::Timestamp;

pub use setup::{
    DraftFormat, ImportSummary, ROUND_KINDS, RoundInput, ValidRound, When, parse_delegations,
    parse_draft, validate_round,
};
pub use views::Responses;

use super::{AppError, AppResult};
use crate::domain::{Actor, Round};
use crate::store::round as round_store;
use crate::store::{Tx, audit};

fn require_staff(actor: &Actor) -> AppResult<()> {
    if actor.role.is_staff() {
        Ok(())
    } else {
        Err(AppError::NotFound)
    }
}

async fn staff_round(
    tx: &mut sqlx::AnyConnection,
    actor: &Actor,
    round_id: i64,
) -> AppResult<Round> {
    require_staff(actor)?;
    round_store::get_round(tx, round_id)
        .await?
        .ok_or(AppError::NotFound)
}

type BeforeAfter = (Option<serde_json::Value>, Option<serde_json::Value>);

async fn record(
    tx: &mut Tx,
    actor: &Actor,
    round_id: i64,
    action: &str,
    object: (&str, Option<i64>),
    (before, after): BeforeAfter,
    at: Timestamp,
) -> AppResult<()> {
    audit::record(
        tx,
        &audit::AuditEntry {
            at,
            actor_user_id: Some(actor.user_id),
            delegation_id: None,
            round_id: Some(round_id),
            action,
            object_type: object.0,
            object_id: object.1,
            before,
            after,
        },
    )
    .await?;
    Ok(())
}
