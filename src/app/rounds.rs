//! What people read about rounds: the home list, a delegation's round page, its own comments,
//! and the Chair's and Secretariat's view of every comment.

use std::collections::HashMap;

use jiff::Timestamp;

use super::comments::writable;
use super::drafts::Draft;
use super::views::Recommendation;
use super::{App, AppError, AppResult, venue_zone};
use crate::domain::compilation::{active_in_compilation_order, sort_for_compilation};
use crate::domain::revision::{previous_if_changed, version_name};
use crate::domain::schedule::RoundEvent;
use crate::domain::{Actor, RoundState, VenueZone};
use crate::domain::{Comment, CommentStatus, Round};
use crate::i18n::{Message, Moment};
use crate::store::comment as comment_store;
use crate::store::delegation as people;
use crate::store::round::{self as round_store, AgendaItemRecord};

/// A round with its state and deadline as shown to a reader now: the round as a whole (the
/// Chair and the Secretariat), or one delegation's window.
#[derive(Debug, Clone)]
pub struct RoundSummary {
    pub round: Round,
    /// The round's state by the deadline rule (open until the last window closes), or the
    /// state of the reader's delegation's window when `own_window`.
    pub state: RoundState,
    /// Whether `state` and `deadline` are those of the reader's delegation's window.
    pub own_window: bool,
    /// The state in words: "Open for your delegation until …" for a delegation's open window,
    /// "Open for individual extensions until …" for a round open only through them.
    pub state_text: Message,
    /// The deadline in the venue's time, e.g. "18:00 on Friday 2 October 2020, Vienna time (CEST, UTC+02:00)":
    /// the round's own, or the delegation's window's when `own_window`.
    pub deadline: Moment,
    pub deadline_utc: Moment,
    pub remaining: Moment,
    pub opens: Moment,
    /// When the last window closes, in the venue's time, when individual extensions run past
    /// the round's own deadline (the round as a whole only).
    pub last_window: Option<Moment>,
}

/// One recommendation with the comments the reader may see on it.
#[derive(Debug, Clone)]
pub struct RecommendationView {
    pub recommendation: Recommendation,
    pub comments: Vec<Comment>,
    /// Other delegations' comments, where the round's visibility allows (delegate view only).
    pub others: Vec<Comment>,
}

#[derive(Debug, Clone)]
pub struct AgendaSection {
    pub number: String,
    pub title: String,
    pub recommendations: Vec<RecommendationView>,
}

/// A delegation's page for one round.
#[derive(Debug, Clone)]
pub struct DelegateRound {
    pub summary: RoundSummary,
    /// Changes of the schedule this delegation is told about (extensions, reopenings).
    pub events: Vec<RoundEvent>,
    pub delegation_name: String,
    /// The Chair's individual extension for this delegation, in the venue's time.
    pub individual_deadline: Option<Moment>,
    pub writable: bool,
    pub sections: Vec<AgendaSection>,
    pub general: RecommendationViewGeneral,
    /// For a revised draft: its version (`Rev.1`) and the title of the round it is based on.
    pub revision: Option<(String, String)>,
}

/// Comments on the draft as a whole.
#[derive(Debug, Clone, Default)]
pub struct RecommendationViewGeneral {
    pub comments: Vec<Comment>,
    pub others: Vec<Comment>,
}

/// The Chair's and Secretariat's view of a round.
#[derive(Debug, Clone)]
pub struct StaffRound {
    pub summary: RoundSummary,
    pub sections: Vec<AgendaSection>,
    pub general: Vec<Comment>,
    pub delegations_invited: i64,
    pub delegations_responded: usize,
    pub comments_active: usize,
}

/// One recommendation of a draft, under its agenda item.
#[derive(Debug, Clone)]
pub struct DraftLine {
    pub recommendation_id: i64,
    pub agenda_item: String,
    pub agenda_title: String,
    pub label: String,
    pub text: String,
    /// The same in every version of the document.
    pub stable_id: i64,
    /// Its text in the previous version, when it changed (`None` when new or unchanged).
    pub previous_text: Option<String>,
    /// Its id in the previous version (`None` when new in this one, or the draft is the
    /// original).
    pub previous_recommendation_id: Option<i64>,
}

/// For a round on a revised draft: its version's name and the title of the round it is based on.
pub(crate) async fn revision_of(
    conn: &mut sqlx::AnyConnection,
    round: &Round,
) -> AppResult<Option<(String, String)>> {
    Ok(match round.based_on_round_id {
        Some(id) => round_store::get_round(conn, id).await?.map(|base| {
            let version = version_name(round.draft_version).unwrap_or_default();
            (version, base.title)
        }),
        None => None,
    })
}

/// A comment on the "our comments" page, with the label of what it is about.
#[derive(Debug, Clone)]
pub struct LabelledComment {
    pub label: Option<String>,
    pub comment: Comment,
}

fn state_message(state: RoundState) -> Message {
    Message::new(match state {
        RoundState::Scheduled => "round-state-scheduled",
        RoundState::Open => "round-state-open",
        RoundState::Closed => "round-state-closed",
        RoundState::Cancelled => "round-state-cancelled",
    })
}

/// The round as a whole: its state by the deadline rule, its own deadline and, when individual
/// extensions run past it, when the last window closes.
pub fn summarize(round: Round, now: Timestamp) -> AppResult<RoundSummary> {
    let venue: VenueZone = venue_zone(&round.venue_tz)?;
    let schedule = round.schedule;
    let state = schedule.state_at(now);
    let state_text = if state == RoundState::Open && now >= schedule.closes_at {
        Message::new("round-state-open-extensions").with(
            "deadline",
            Moment::deadline(&venue, schedule.last_closes_at),
        )
    } else {
        state_message(state)
    };
    Ok(RoundSummary {
        state,
        own_window: false,
        state_text,
        deadline: Moment::deadline(&venue, schedule.closes_at),
        deadline_utc: Moment::Utc(schedule.closes_at),
        remaining: Moment::Remaining {
            now,
            until: schedule.last_closes_at,
        },
        opens: Moment::deadline(&venue, schedule.opens_at),
        last_window: (schedule.last_closes_at > schedule.closes_at)
            .then(|| Moment::deadline(&venue, schedule.last_closes_at)),
        round,
    })
}

/// One delegation's window of a round, given its individual deadline (if any): the state and
/// deadline its pages show and its writes are judged by.
pub(crate) fn summarize_window(
    round: Round,
    now: Timestamp,
    individual: Option<Timestamp>,
) -> AppResult<RoundSummary> {
    let venue: VenueZone = venue_zone(&round.venue_tz)?;
    let closes_at = round.schedule.window_closes_at(individual);
    let state = round.schedule.window_state_at(now, individual);
    let state_text = if state == RoundState::Open {
        Message::new("round-state-open-delegation")
            .with("deadline", Moment::deadline(&venue, closes_at))
    } else {
        state_message(state)
    };
    Ok(RoundSummary {
        state,
        own_window: true,
        state_text,
        deadline: Moment::deadline(&venue, closes_at),
        deadline_utc: Moment::Utc(closes_at),
        remaining: Moment::Remaining {
            now,
            until: closes_at,
        },
        opens: Moment::deadline(&venue, round.schedule.opens_at),
        last_window: None,
        round,
    })
}

/// Each agenda item with what is placed under it (`agenda_item_of` says where), in the order of
/// the agenda and then of `things`; a thing under no listed agenda item is left out.
pub(crate) fn under_agenda_items<T>(
    agenda: &[AgendaItemRecord],
    things: impl IntoIterator<Item = T>,
    agenda_item_of: impl Fn(&T) -> i64,
) -> Vec<(&AgendaItemRecord, Vec<T>)> {
    let position: HashMap<i64, usize> = agenda
        .iter()
        .enumerate()
        .map(|(i, a)| (a.agenda_item_id, i))
        .collect();
    let mut sections: Vec<(&AgendaItemRecord, Vec<T>)> =
        agenda.iter().map(|a| (a, Vec::new())).collect();
    for thing in things {
        if let Some(&i) = position.get(&agenda_item_of(&thing)) {
            sections[i].1.push(thing);
        }
    }
    sections
}

fn sections(
    draft: &Draft,
    mut comments_by_rec: HashMap<i64, Vec<Comment>>,
    mut others_by_rec: HashMap<i64, Vec<Comment>>,
) -> Vec<AgendaSection> {
    under_agenda_items(&draft.agenda, &draft.recommendations, |r| r.agenda_item_id)
        .into_iter()
        .map(|(item, recommendations)| AgendaSection {
            number: item.number.clone(),
            title: item.title.clone(),
            recommendations: recommendations
                .into_iter()
                .map(|recommendation| {
                    let id = recommendation.recommendation_id;
                    RecommendationView {
                        comments: comments_by_rec.remove(&id).unwrap_or_default(),
                        others: others_by_rec.remove(&id).unwrap_or_default(),
                        recommendation: Recommendation::from(recommendation),
                    }
                })
                .collect(),
        })
        .collect()
}

/// Splits comments into those on each recommendation (by id) and those on the whole draft.
fn by_recommendation(comments: Vec<Comment>) -> (HashMap<i64, Vec<Comment>>, Vec<Comment>) {
    let mut map: HashMap<i64, Vec<Comment>> = HashMap::new();
    let mut general = Vec::new();
    for c in comments {
        match c.recommendation_id {
            Some(id) => map.entry(id).or_default().push(c),
            None => general.push(c),
        }
    }
    (map, general)
}

impl App {
    /// The rounds on a person's home page: their delegation's rounds, or every round for staff.
    pub async fn home_rounds(&self, actor: &Actor) -> AppResult<Vec<RoundSummary>> {
        let mut conn = self.store().read().await?;
        let now = self.now();
        match (actor.role.is_staff(), actor.delegation_id) {
            (true, _) => round_store::list_rounds(&mut conn)
                .await?
                .into_iter()
                .map(|r| summarize(r, now))
                .collect(),
            (false, Some(delegation_id)) => {
                round_store::list_rounds_for_delegation(&mut conn, delegation_id)
                    .await?
                    .into_iter()
                    .map(|(r, individual)| summarize_window(r, now, individual))
                    .collect()
            }
            (false, None) => Ok(Vec::new()),
        }
    }

    /// A delegation's round page: the draft with its own comments (and others' where shared).
    pub async fn delegate_round(&self, actor: &Actor, round_id: i64) -> AppResult<DelegateRound> {
        let delegation_id = actor.delegation_id.ok_or(AppError::NotFound)?;
        let mut conn = self.store().read().await?;
        let now = self.now();
        let facts = round_store::delegate_page_facts(&mut conn, round_id, delegation_id)
            .await?
            .ok_or(AppError::NotFound)?;
        let individual = facts.participation.ok_or(AppError::NotFound)?;
        let delegation_name = facts.delegation_name.ok_or(AppError::NotFound)?;
        let summary = summarize_window(facts.round, now, individual)?;
        let venue = venue_zone(&summary.round.venue_tz)?;

        // Other delegations' comments are shared by the round's state (closed when the last
        // window has closed), not by this delegation's window.
        let state = summary.round.schedule.state_at(now);
        let outcome_published = facts.outcome_published;
        // Read other delegations' comments only when the reader may see them: a private
        // round's page then reads one delegation's rows, not the whole round's.
        let others_visible =
            actor.can_read_comment(i64::MIN, summary.round.visibility, state, outcome_published);
        let all = if others_visible {
            comment_store::comments_of_round(&mut conn, round_id).await?
        } else {
            comment_store::comments_of_delegation(&mut conn, round_id, delegation_id).await?
        };
        let (own, others): (Vec<_>, Vec<_>) = all
            .into_iter()
            .filter(|c| {
                actor.can_read_comment(
                    c.delegation_id,
                    summary.round.visibility,
                    state,
                    outcome_published,
                )
            })
            .partition(|c| c.delegation_id == delegation_id);
        let others = active_in_compilation_order(others);
        let (own_map, own_general) = by_recommendation(own);
        let (others_map, others_general) = by_recommendation(others);
        let draft = self
            .inner
            .drafts
            .get(&mut conn, round_id, facts.draft)
            .await?;
        let sections = sections(&draft, own_map, others_map);
        // The schedule changes for everyone, and the individual ones of this delegation only.
        let events = round_store::round_events(&mut conn, round_id)
            .await?
            .into_iter()
            .filter(|e| e.is_seen_by(delegation_id))
            .collect();
        let revision = revision_of(&mut conn, &summary.round).await?;
        Ok(DelegateRound {
            revision,
            events,
            writable: writable(&summary.round.schedule, individual, now),
            individual_deadline: individual
                .filter(|t| *t > summary.round.schedule.closes_at)
                .map(|t| Moment::deadline(&venue, t)),
            delegation_name,
            summary,
            sections,
            general: RecommendationViewGeneral {
                comments: own_general,
                others: others_general,
            },
        })
    }

    /// Everything a delegation has submitted in a round, in document order, withdrawn included.
    pub async fn our_comments(
        &self,
        actor: &Actor,
        round_id: i64,
    ) -> AppResult<(DelegateRound, Vec<LabelledComment>)> {
        let page = self.delegate_round(actor, round_id).await?;
        let mut list: Vec<LabelledComment> = page
            .general
            .comments
            .iter()
            .map(|c| LabelledComment {
                label: None,
                comment: c.clone(),
            })
            .collect();
        for section in &page.sections {
            for view in &section.recommendations {
                list.extend(view.comments.iter().map(|c| LabelledComment {
                    label: Some(view.recommendation.label.clone()),
                    comment: c.clone(),
                }));
            }
        }
        Ok((page, list))
    }

    /// The display label (e.g. "5 bis") and the text of a recommendation of a round.
    pub async fn recommendation(
        &self,
        round_id: i64,
        recommendation_id: i64,
    ) -> AppResult<Option<(String, String)>> {
        let mut conn = self.store().read().await?;
        Ok(
            round_store::get_recommendation(&mut conn, round_id, recommendation_id)
                .await?
                .map(|r| (r.label, r.text)),
        )
    }

    /// The Chair's and Secretariat's read-only view of every comment in a round.
    pub async fn staff_round(&self, actor: &Actor, round_id: i64) -> AppResult<StaffRound> {
        let (mut conn, round) = self.staff_read(actor, round_id).await?;
        let now = self.now();
        let summary = summarize(round, now)?;
        let mut all = comment_store::comments_of_round(&mut conn, round_id).await?;
        sort_for_compilation(&mut all);
        let active: Vec<&Comment> = all
            .iter()
            .filter(|c| c.status == CommentStatus::Active)
            .collect();
        let comments_active = active.len();
        let mut responded: Vec<i64> = active.iter().map(|c| c.delegation_id).collect();
        responded.sort_unstable();
        responded.dedup();
        let delegations_invited = people::count_round_delegations(&mut conn, round_id).await?;
        let (map, general) = by_recommendation(all);
        let sections = sections(
            &Draft::read(&mut conn, round_id).await?,
            map,
            HashMap::new(),
        );
        Ok(StaffRound {
            summary,
            sections,
            general,
            delegations_invited,
            delegations_responded: responded.len(),
            comments_active,
        })
    }
}

impl App {
    /// A round the actor may read: staff any, a delegation one it takes part in.
    pub async fn readable_round(&self, actor: &Actor, round_id: i64) -> AppResult<Round> {
        let mut conn = self.store().read().await?;
        let round = round_store::get_round(&mut conn, round_id)
            .await?
            .ok_or(AppError::NotFound)?;
        if !actor.role.is_staff() {
            let delegation_id = actor.delegation_id.ok_or(AppError::NotFound)?;
            people::participation(&mut conn, round_id, delegation_id)
                .await?
                .ok_or(AppError::NotFound)?;
        }
        Ok(round)
    }

    /// The draft of a round the actor may read, in document order.
    pub async fn draft_of(&self, actor: &Actor, round_id: i64) -> AppResult<Vec<DraftLine>> {
        self.readable_round(actor, round_id).await?;
        let mut conn = self.store().read().await?;
        let items = round_store::agenda_items(&mut conn, round_id).await?;
        let recommendations = round_store::recommendations(&mut conn, round_id).await?;
        Ok(recommendations
            .into_iter()
            .map(|r| {
                let item = items.iter().find(|i| i.agenda_item_id == r.agenda_item_id);
                DraftLine {
                    recommendation_id: r.recommendation_id,
                    agenda_item: item.map(|i| i.number.clone()).unwrap_or_default(),
                    agenda_title: item.map(|i| i.title.clone()).unwrap_or_default(),
                    previous_text: previous_if_changed(r.previous_text, &r.text),
                    previous_recommendation_id: r.previous_recommendation_id,
                    label: r.label,
                    text: r.text,
                    stable_id: r.stable_id,
                }
            })
            .collect())
    }

    /// The comments of a round the actor may read: staff all; a delegation its own (withdrawn
    /// included) and other delegations' active ones where the round's visibility allows.
    pub async fn visible_comments(&self, actor: &Actor, round_id: i64) -> AppResult<Vec<Comment>> {
        let round = self.readable_round(actor, round_id).await?;
        let mut conn = self.store().read().await?;
        if actor.can_view_all_comments() {
            return Ok(comment_store::comments_of_round(&mut conn, round_id).await?);
        }
        let state = round.schedule.state_at(self.now());
        let own = actor.delegation_id;
        let outcome_published = crate::store::outcome::is_published(&mut conn, round_id).await?;
        let all = match own {
            Some(delegation_id)
                if !actor.can_read_comment(
                    i64::MIN,
                    round.visibility,
                    state,
                    outcome_published,
                ) =>
            {
                comment_store::comments_of_delegation(&mut conn, round_id, delegation_id).await?
            }
            _ => comment_store::comments_of_round(&mut conn, round_id).await?,
        };
        Ok(all
            .into_iter()
            .filter(|c| readable(actor, c, &round, (state, outcome_published)))
            .collect())
    }

    /// The id of the recommendation labelled `label` in a round.
    pub async fn recommendation_by_label(
        &self,
        round_id: i64,
        label: &str,
    ) -> AppResult<Option<i64>> {
        let mut conn = self.store().read().await?;
        let label = crate::domain::normalize_single_line(label);
        Ok(round_store::recommendations(&mut conn, round_id)
            .await?
            .into_iter()
            .find(|r| r.label == label)
            .map(|r| r.recommendation_id))
    }
}

/// Whether `actor` may read comment `c` of `round`, in `state`, its outcome published or not:
/// staff any; a delegation its own (withdrawn included) and others' active ones where the
/// round's visibility allows.
pub(crate) fn readable(
    actor: &Actor,
    c: &Comment,
    round: &Round,
    (state, outcome_published): (RoundState, bool),
) -> bool {
    actor.can_view_all_comments()
        || actor.owns(c.delegation_id)
        || (c.status == CommentStatus::Active
            && actor.can_read_comment(c.delegation_id, round.visibility, state, outcome_published))
}
