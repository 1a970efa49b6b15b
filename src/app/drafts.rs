//! Each round's draft (its agenda items and original recommendations, in order) as last read
//! by this instance, with the stamp it was read under (`store::round::DraftStamp`). The round
//! page reads the stamp with its other facts, in the same query, and reads the draft itself
//! only when the stamp is not the remembered one: a draft is replaced only as a whole, with
//! new ids, so an equal stamp means the same draft.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use super::AppResult;
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

#[derive(Default)]
pub(super) struct Drafts {
    by_round: Mutex<HashMap<i64, (DraftStamp, Arc<Draft>)>>,
}

impl Drafts {
    /// The round's draft with this stamp: remembered, or read (and remembered).
    pub(super) async fn get(
        &self,
        conn: &mut sqlx::AnyConnection,
        round_id: i64,
        stamp: DraftStamp,
    ) -> AppResult<Arc<Draft>> {
        if let Some(draft) = self.remembered(round_id, stamp) {
            return Ok(draft);
        }
        // Read after the stamp: if the draft was replaced in between, this is the newer one,
        // remembered under the older stamp, which no later read can give again.
        let draft = Arc::new(Draft::read(conn, round_id).await?);
        let mut map = self.lock();
        if map.len() >= CAPACITY && !map.contains_key(&round_id) {
            map.clear();
        }
        map.insert(round_id, (stamp, draft.clone()));
        Ok(draft)
    }

    fn remembered(&self, round_id: i64, stamp: DraftStamp) -> Option<Arc<Draft>> {
        match self.lock().get(&round_id) {
            Some((known, draft)) if *known == stamp => Some(draft.clone()),
            _ => None,
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<i64, (DraftStamp, Arc<Draft>)>> {
        // A panic while holding the lock leaves at worst an entry missing: one more read.
        self.by_round
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}
