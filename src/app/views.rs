//! Owns the app's answers that no rule reasons about: what pages and the API show of a
//! round's schedule history ([`RoundEvent`]) and of its published outcome ([`OutcomeVersion`]),
//! built here from the store's rows.
//!
//! Every type a page or an API handler receives is the app's own or the domain's, never the
//! store's: the web layer names no store type. Each has one home, chosen by who reasons about it:
//!
//! - what the rules reason about is a domain value, built by the store straight from its rows
//!   (store → domain is the allowed direction): [`Comment`](crate::domain::Comment) (active or
//!   withdrawn, its version, late), [`Round`](crate::domain::Round) (schedule, venue,
//!   visibility) and [`SavedDisposition`](crate::domain::disposition::SavedDisposition) (the
//!   compilation and the merges). Nothing is copied between the store and the page: the round
//!   page lists hundreds of comments on every view.
//! - what is only shown is an answer of the app, here, or beside its use case when only one
//!   answers with it (a receipt in `comments`, an idempotency key's saved answer in
//!   `idempotency`). These lists are short (a round's few schedule changes and publications), so
//!   the copy from the store's row costs nothing that shows.

use sqlx::AnyConnection;

use super::AppResult;
use crate::store::outcome::{self as outcome_store, OutcomeRecord};
use crate::store::round::{self as round_store, RoundEventRecord};
use jiff::Timestamp;

/// A Chair's change of a round's schedule, as shown in its history.
#[derive(Debug, Clone)]
pub struct RoundEvent {
    /// The change, as `ScheduleChange::as_str` names it (`extend`, `close_early`, …).
    pub kind: String,
    /// The delegation of an individual extension; `None` for a change for everyone.
    pub delegation_id: Option<i64>,
    pub delegation_name: Option<String>,
    pub old_closes_at: Option<Timestamp>,
    pub new_closes_at: Option<Timestamp>,
    pub reason: String,
    pub actor_email: String,
    pub actor_name: String,
    pub at: Timestamp,
}

impl From<RoundEventRecord> for RoundEvent {
    fn from(e: RoundEventRecord) -> RoundEvent {
        let RoundEventRecord {
            kind,
            delegation_id,
            delegation_name,
            old_closes_at,
            new_closes_at,
            reason,
            actor_email,
            actor_name,
            at,
        } = e;
        RoundEvent {
            kind,
            delegation_id,
            delegation_name,
            old_closes_at,
            new_closes_at,
            reason,
            actor_email,
            actor_name,
            at,
        }
    }
}

/// The schedule changes of a round, oldest first.
pub(crate) async fn round_events(
    conn: &mut AnyConnection,
    round_id: i64,
) -> AppResult<Vec<RoundEvent>> {
    let events = round_store::round_events(conn, round_id).await?;
    Ok(events.into_iter().map(RoundEvent::from).collect())
}

/// One published version of a round's outcome (its document aside).
#[derive(Debug, Clone, PartialEq)]
pub struct OutcomeVersion {
    pub version: i64,
    pub published_at: Timestamp,
    /// The name (or e-mail, when it has none) of who published it.
    pub published_by_name: String,
}

impl From<OutcomeRecord> for OutcomeVersion {
    fn from(o: OutcomeRecord) -> OutcomeVersion {
        OutcomeVersion {
            version: o.version,
            published_at: o.published_at,
            published_by_name: o.published_by_name,
        }
    }
}

/// The published versions of a round's outcome, newest first.
pub(crate) async fn outcome_versions(
    conn: &mut AnyConnection,
    round_id: i64,
) -> AppResult<Vec<OutcomeVersion>> {
    let versions = outcome_store::list_outcomes(conn, round_id).await?;
    Ok(versions.into_iter().map(OutcomeVersion::from).collect())
}
