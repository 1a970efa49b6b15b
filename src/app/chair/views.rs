//! What staff read about a round's set-up: the response monitor, the round's record, its
//! schedule changes, its delegations with their focal points.

use crate::app::{App, AppResult, venue_zone};
use crate::domain::account::User;
use crate::domain::schedule;
use crate::domain::{Actor, Round, VenueZone};
use crate::store::delegation as people;
use crate::store::round as round_store;

/// The response monitor of a round.
#[derive(Debug, Clone)]
pub struct Responses {
    pub round: Round,
    pub lines: Vec<people::ResponseLine>,
    pub invited: usize,
    pub responded: usize,
}

impl App {
    /// The response monitor: every delegation of the round, its comments and last activity.
    pub async fn responses(&self, actor: &Actor, round_id: i64) -> AppResult<Responses> {
        let (mut conn, round) = self.staff_read(actor, round_id).await?;
        let lines = people::responses(&mut conn, round_id).await?;
        let responded = lines.iter().filter(|l| l.active_comments > 0).count();
        Ok(Responses {
            invited: lines.len(),
            responded,
            lines,
            round,
        })
    }

    /// A round as staff see it (its settings and schedule history).
    pub async fn staff_round_record(&self, actor: &Actor, round_id: i64) -> AppResult<Round> {
        Ok(self.staff_read(actor, round_id).await?.1)
    }

    /// The schedule changes of a round, for every reader of the round page.
    pub async fn round_events(&self, round_id: i64) -> AppResult<Vec<schedule::RoundEvent>> {
        let mut conn = self.store().read().await?;
        Ok(round_store::round_events(&mut conn, round_id).await?)
    }

    /// The delegations of a round with their focal points.
    pub async fn round_delegations(
        &self,
        actor: &Actor,
        round_id: i64,
    ) -> AppResult<Vec<(people::DelegationRecord, Vec<User>)>> {
        let (mut conn, _) = self.staff_read(actor, round_id).await?;
        let delegations = people::delegations_of_round(&mut conn, round_id).await?;
        let mut by_delegation: std::collections::HashMap<i64, Vec<User>> = Default::default();
        for user in people::focal_points_of_round(&mut conn, round_id).await? {
            if let Some(id) = user.delegation_id {
                by_delegation.entry(id).or_default().push(user);
            }
        }
        Ok(delegations
            .into_iter()
            .map(|d| {
                let people = by_delegation.remove(&d.delegation_id).unwrap_or_default();
                (d, people)
            })
            .collect())
    }

    /// The venue zone of a round, for wording its times.
    pub fn venue_of(&self, round: &Round) -> AppResult<VenueZone> {
        venue_zone(&round.venue_tz)
    }
}
