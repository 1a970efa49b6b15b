//! Each round's draft (its agenda items and original recommendations, in order) as last read
//! by this instance, with the stamp it was read under (`store::round::DraftStamp`). The round
//! page reads the stamp with its other facts, in the same query, and reads the draft itself
//! only when the stamp is not the remembered one: a draft is replaced only as a whole, with
//! new ids, so an equal stamp means the same draft.

use std::sync::Arc;

use super::AppResult;
use super::bounded_map::BoundedMap;
use crate::store::round::{
    self as round_store, AgendaItemRecord, DraftStamp, RecommendationRecord,
};

/// Drafts kept at most (one per round in use; ~100 KB each for 150 recommendations).
const CAPACITY: usize = 64;

#[derive(Debug)]
pub(super) struct Draft {
    pub agenda: Vec<AgendaItemRecord>,
    pub recommendations: Vec<RecommendationRecord>,
}

impl Draft {
    /// Reads a round's draft.
    pub(super) async fn read(conn: &mut sqlx::AnyConnection, round_id: i64) -> AppResult<Draft> {
        Ok(Draft {
            agenda: round_store::agenda_items(conn, round_id).await?,
            recommendations: round_store::recommendations(conn, round_id).await?,
        })
    }
}

pub(super) struct Drafts {
    by_round: BoundedMap<i64, (DraftStamp, Arc<Draft>)>,
}

impl Default for Drafts {
    fn default() -> Self {
        Drafts {
            by_round: BoundedMap::new(CAPACITY),
        }
    }
}

impl Drafts {
    /// The round's draft with this stamp: remembered, or read (and remembered).
    pub(super) async fn get(
        &self,
        conn: &mut sqlx::AnyConnection,
        round_id: i64,
        stamp: DraftStamp,
    ) -> AppResult<Arc<Draft>> {
        if let Some((known, draft)) = self.by_round.get(&round_id)
            && known == stamp
        {
            return Ok(draft);
        }
        // Read after the stamp: if the draft was replaced in between, this is the newer one,
        // remembered under the older stamp, which no later read can give again.
        let draft = Arc::new(Draft::read(conn, round_id).await?);
        self.by_round.insert(round_id, (stamp, draft.clone()));
        Ok(draft)
    }
}
