//! Owns the app's answers that no rule reasons about, built here from the store's rows: what
//! pages and the API show of a round's published outcome ([`OutcomeVersion`]) and of a
//! recommendation of its draft ([`Recommendation`]).
//!
//! Every type a page or an API handler receives is the app's own or the domain's, never the
//! store's: the web layer names no store type. Each has one home, chosen by who reasons about it:
//!
//! - what the rules reason about is a domain value, built by the store straight from its rows
//!   (store → domain is the allowed direction): [`Comment`](crate::domain::Comment) (active or
//!   withdrawn, its version, late), [`Round`](crate::domain::Round) (schedule, venue,
//!   visibility), [`SavedDisposition`](crate::domain::disposition::SavedDisposition) (the
//!   compilation and the merges) and [`RoundEvent`](crate::domain::schedule::RoundEvent) (which
//!   delegation sees which change). Nothing is copied between the store and the page: the round
//!   page lists hundreds of comments on every view.
//! - what is only shown is an answer of the app, here, or beside its use case when only one
//!   answers with it (a receipt in `comments`, an idempotency key's saved answer in
//!   `idempotency`). A round's publications are few, so the copy from the store's row costs
//!   nothing that shows.

use jiff::Timestamp;
use sqlx::AnyConnection;

use super::AppResult;
use crate::domain::revision::previous_if_changed;
use crate::store::outcome::{self as outcome_store, OutcomeRecord};
use crate::store::round::RecommendationRecord;

/// A recommendation of a round's draft: its id, its display label (`5 bis`) and its text.
#[derive(Debug, Clone, PartialEq)]
pub struct Recommendation {
    pub recommendation_id: i64,
    pub label: String,
    pub text: String,
    /// The same in every version of the document (`domain::revision`).
    pub stable_id: i64,
    /// Its id in the previous version of a revised draft; `None` when it is new there (or the
    /// draft is the original).
    pub previous_recommendation_id: Option<i64>,
    /// Its text in the previous version, when it changed.
    pub previous_text: Option<String>,
}

impl From<&RecommendationRecord> for Recommendation {
    fn from(r: &RecommendationRecord) -> Recommendation {
        Recommendation {
            recommendation_id: r.recommendation_id,
            label: r.label.clone(),
            text: r.text.clone(),
            stable_id: r.stable_id,
            previous_recommendation_id: r.previous_recommendation_id,
            previous_text: previous_if_changed(r.previous_text.clone(), &r.text),
        }
    }
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
