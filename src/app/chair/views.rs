//! What staff read about a round's set-up: the response monitor, the round's record, its
//! schedule changes, its delegations with their focal points.

use jiff::Timestamp;

use crate::app::{App, AppResult, venue_zone};
use crate::domain::account::User;
use crate::domain::schedule;
use crate::domain::{Actor, DelegationCategory, Round, RoundState, VenueZone};
use crate::store::delegation as people;
use crate::store::round as round_store;

/// The response monitor of a round.
#[derive(Debug, Clone)]
pub struct Responses {
    pub round: Round,
    /// Every delegation of the round, by name.
    pub lines: Vec<DelegationResponse>,
    pub invited: usize,
    pub responded: usize,
    /// The instant the monitor was read at.
    pub now: Timestamp,
}

/// A delegation's window as the response monitor shows it, by the deadline rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Window {
    /// When it closes: its individual extension, else the round's deadline.
    pub closes_at: Timestamp,
    /// Its individual extension, when it has one later than the round's deadline.
    pub extension: Option<Timestamp>,
    pub open: bool,
}

impl Responses {
    /// The window of the delegation of `line`.
    pub fn window(&self, line: &DelegationResponse) -> Window {
        let schedule = &self.round.schedule;
        let individual = line.individual_closes_at;
        Window {
            closes_at: schedule.window_closes_at(individual),
            extension: schedule.extension(individual),
            open: schedule.window_state_at(self.now, individual) == RoundState::Open,
        }
    }
}

/// One delegation on the response monitor.
#[derive(Debug, Clone)]
pub struct DelegationResponse {
    pub delegation_id: i64,
    pub name: String,
    pub category: DelegationCategory,
    /// The Chair's individual extension of its deadline, if any.
    pub individual_closes_at: Option<Timestamp>,
    /// Its comments that stand (withdrawn ones aside).
    pub active_comments: i64,
    /// When it last submitted, changed or withdrawn a comment.
    pub last_activity: Option<Timestamp>,
    /// Its focal points who may sign in.
    pub focal_points: i64,
    /// When its first comment that still stands was submitted.
    pub first_response: Option<Timestamp>,
}

impl DelegationResponse {
    /// Whether it has responded: it has a comment that stands.
    pub fn responded(&self) -> bool {
        self.active_comments > 0
    }
}

impl From<people::ResponseLine> for DelegationResponse {
    fn from(l: people::ResponseLine) -> DelegationResponse {
        DelegationResponse {
            delegation_id: l.delegation_id,
            name: l.name,
            category: l.category,
            individual_closes_at: l.individual_closes_at,
            active_comments: l.active_comments,
            last_activity: l.last_activity,
            focal_points: l.focal_points,
            first_response: l.first_response,
        }
    }
}

/// A delegation of a round with its focal points.
#[derive(Debug, Clone)]
pub struct RoundDelegation {
    pub delegation_id: i64,
    pub name: String,
    pub category: DelegationCategory,
    pub focal_points: Vec<User>,
}

impl App {
    /// The response monitor: every delegation of the round, its comments and last activity.
    pub async fn responses(&self, actor: &Actor, round_id: i64) -> AppResult<Responses> {
        let (mut conn, round) = self.staff_read(actor, round_id).await?;
        let lines: Vec<DelegationResponse> = people::responses(&mut conn, round_id)
            .await?
            .into_iter()
            .map(DelegationResponse::from)
            .collect();
        let responded = lines.iter().filter(|l| l.responded()).count();
        Ok(Responses {
            invited: lines.len(),
            responded,
            lines,
            round,
            now: self.now(),
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
    ) -> AppResult<Vec<RoundDelegation>> {
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
            .map(|d| RoundDelegation {
                focal_points: by_delegation.remove(&d.delegation_id).unwrap_or_default(),
                delegation_id: d.delegation_id,
                name: d.name,
                category: d.category,
            })
            .collect())
    }

    /// The venue zone of a round, for wording its times.
    pub fn venue_of(&self, round: &Round) -> AppResult<VenueZone> {
        venue_zone(&round.venue_tz)
    }
}
