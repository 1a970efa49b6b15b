//! Revised drafts: a round based on a closed round whose outcome is published takes that
//! outcome's consolidated text as its draft, the next version of the document (`Rev.n`), with
//! the same delegations; what a delegation reads of the previous version (its comments on a
//! recommendation); and the document's history, every version side by side.
//!
//! The draft comes from the latest published version of the outcome, as stored, not from the
//! dispositions as they stand: the revision is made from the document the delegations
//! received. Each recommendation carries its identity (`stable_id`) into the new draft; one
//! added during consolidation (`5 bis`) starts its own there.

use std::collections::HashMap;

use jiff::Timestamp;
use sqlx::AnyConnection;

use super::rounds::{RoundSummary, summarize};
use super::views::{OutcomeVersion, outcome_versions};
use super::{App, AppError, AppResult, FieldError};
use crate::domain::compilation::counted_in_compilation_order;
use crate::domain::disposition::Decision;
use crate::domain::revision::{merge_order, revised_symbol, version_name};
use crate::domain::silence::{SILENCE_KIND, SilenceResult};
use crate::domain::{Actor, Comment, Round, RoundState};
use crate::i18n::Message;
use crate::outcome::OutcomeDocument;
use crate::store::delegation as people;
use crate::store::disposition as disposition_store;
use crate::store::outcome as outcome_store;
use crate::store::round::{self as round_store, DraftParagraph};
use crate::store::silence as silence_store;

/// The round a revised draft is made from, with the outcome that gives it its text.
pub(crate) struct RevisionBase {
    pub round: Round,
    outcome: OutcomeDocument,
    /// The identity of each of its recommendations (added ones included), by id.
    stable_ids: HashMap<i64, i64>,
}

fn based_on_error(id: &'static str) -> AppError {
    AppError::Invalid(vec![FieldError::new("based_on_round_id", id)])
}

/// A published outcome as stored, read back.
fn parse_outcome(json: &str) -> AppResult<OutcomeDocument> {
    crate::outcome::json::parse(json.as_bytes()).map_err(|e| {
        AppError::Store(crate::store::StoreError::Corrupt {
            column: "outcome.document_json",
            value: e.to_string(),
        })
    })
}

/// The round `based_on_round_id`, if a revised draft of it may be made now: it exists, is
/// closed, has a published outcome, and belongs to the body and meeting the new round names.
pub(crate) async fn base_of_revision(
    conn: &mut AnyConnection,
    based_on_round_id: i64,
    (body, meeting): (&str, &str),
    now: Timestamp,
) -> AppResult<RevisionBase> {
    let round = round_store::get_round(conn, based_on_round_id)
        .await?
        .ok_or_else(|| based_on_error("error-based-on-unknown"))?;
    if round.schedule.state_at(now) != RoundState::Closed {
        return Err(based_on_error("error-based-on-not-closed"));
    }
    let (_, json) = outcome_store::get_outcome(conn, based_on_round_id, None)
        .await?
        .ok_or_else(|| based_on_error("error-based-on-unpublished"))?;
    if round.body_name != body || round.meeting_title != meeting {
        return Err(AppError::invalid(
            "meeting",
            Message::new("error-based-on-other-meeting")
                .with("body", round.body_name.clone())
                .with("meeting", round.meeting_title.clone()),
        ));
    }
    let stable_ids = disposition_store::paragraphs(conn, based_on_round_id)
        .await?
        .into_iter()
        .map(|p| (p.recommendation_id, p.stable_id))
        .collect();
    Ok(RevisionBase {
        round,
        outcome: parse_outcome(&json)?,
        stable_ids,
    })
}

impl RevisionBase {
    /// The version the revised draft is: one after the base's.
    pub fn draft_version(&self) -> i64 {
        self.round.draft_version + 1
    }

    /// The revised draft's document symbol: the base's with `/Rev.n`.
    pub fn symbol(&self) -> String {
        revised_symbol(&self.round.document_symbol, self.draft_version())
    }

    /// The revised draft's receipt prefix, when none was given: the base's with `/Rev.n`.
    pub fn reference_prefix(&self) -> String {
        revised_symbol(&self.round.reference_prefix, self.draft_version())
    }

    /// Gives round `round_id` its draft (the consolidated text of the outcome, each
    /// recommendation with its identity) and the base's delegations; returns how many
    /// recommendations the draft has.
    pub async fn copy_into(
        &self,
        conn: &mut AnyConnection,
        round_id: i64,
        now: Timestamp,
    ) -> AppResult<usize> {
        let paragraphs: Vec<DraftParagraph<'_>> = self
            .outcome
            .consolidated()
            .map(|(section, p)| DraftParagraph {
                agenda_item: &section.number,
                agenda_title: &section.title,
                label: &p.label,
                text: p.final_text(),
                stable_id: self.stable_ids.get(&p.recommendation_id).copied(),
            })
            .collect();
        round_store::insert_draft(conn, round_id, &paragraphs).await?;
        people::copy_round_delegations(conn, round_id, self.round.round_id, now).await?;
        Ok(paragraphs.len())
    }

    /// What the audit trail records of the revision.
    pub fn audit_json(&self) -> serde_json::Value {
        serde_json::json!({
            "based_on_round_id": self.round.round_id,
            "outcome_version": self.outcome.version,
            "draft_version": self.draft_version(),
            "recommendations": self.outcome.consolidated().count(),
        })
    }
}

/// A delegation's view of the previous version of one recommendation: its text there and the
/// comments made on it that the reader may read.
#[derive(Debug, Clone)]
pub struct PreviousComments {
    pub summary: RoundSummary,
    /// The recommendation's label in this round.
    pub label: String,
    pub previous_round: Round,
    pub previous_label: String,
    pub previous_text: String,
    /// The reader's delegation's own comments (withdrawn included).
    pub own: Vec<Comment>,
    /// Other delegations' active comments, in compilation order, where the previous round's
    /// visibility lets the reader see them.
    pub others: Vec<Comment>,
    /// Whether other delegations' comments are shared with the reader at all.
    pub others_shared: bool,
}

/// One version of the document in its history.
#[derive(Debug, Clone)]
pub struct HistoryVersion {
    pub summary: RoundSummary,
    /// `Rev.n`, or `None` for the original draft.
    pub version_name: Option<String>,
    /// The published versions of its outcome, newest first.
    pub outcomes: Vec<OutcomeVersion>,
    /// For a version put under the silence procedure: its result once decided (`Some(None)`
    /// before); `None` for a comment round. Its recommendations share the result.
    pub silence: Option<Option<SilenceResult>>,
}

/// What became of one recommendation in one version.
#[derive(Debug, Clone, PartialEq)]
pub struct HistoryCell {
    pub label: String,
    /// Added during that version's consolidation.
    pub added: bool,
    /// `None` while the version's outcome is not published.
    pub decision: Option<Decision>,
    /// The label of the recommendation it was merged into.
    pub merged_into: Option<String>,
}

/// The document's history: every version the reader may see, and for each recommendation (one
/// row per identity, in document order) what it was in each version.
#[derive(Debug, Clone)]
pub struct DocumentHistory {
    pub versions: Vec<HistoryVersion>,
    /// One cell per version (`None`: not in that version).
    pub rows: Vec<Vec<Option<HistoryCell>>>,
}

impl App {
    /// The previous version of recommendation `recommendation_id` of a revised draft, with the
    /// comments on it the reader may read: its delegation's own, and the others' as that
    /// round's visibility allows (only for a delegation that took part in it).
    pub async fn previous_comments(
        &self,
        actor: &Actor,
        round_id: i64,
        recommendation_id: i64,
    ) -> AppResult<PreviousComments> {
        let round = self.readable_round(actor, round_id).await?;
        let mut conn = self.store().read().await?;
        let now = self.now();
        let recommendation =
            round_store::get_recommendation(&mut conn, round_id, recommendation_id)
                .await?
                .ok_or(AppError::NotFound)?;
        let (Some(previous_round_id), Some(previous_id)) = (
            round.based_on_round_id,
            recommendation.previous_recommendation_id,
        ) else {
            return Err(AppError::NotFound);
        };
        let previous_round = round_store::get_round(&mut conn, previous_round_id)
            .await?
            .ok_or(AppError::NotFound)?;
        let previous = round_store::get_recommendation(&mut conn, previous_round_id, previous_id)
            .await?
            .ok_or(AppError::NotFound)?;
        let outcome_published = outcome_store::is_published(&mut conn, previous_round_id).await?;
        drop(conn);
        // Only a delegation that took part in the previous round reads anything of it.
        let (visible, took_part) = match self.visible_comments(actor, previous_round_id).await {
            Ok(comments) => (comments, true),
            Err(AppError::NotFound) => (Vec::new(), false),
            Err(e) => return Err(e),
        };
        let others_shared = took_part
            && actor.can_read_comment(
                i64::MIN,
                previous_round.visibility,
                previous_round.schedule.state_at(now),
                outcome_published,
            );
        let (own, others): (Vec<Comment>, Vec<Comment>) = visible
            .into_iter()
            .filter(|c| c.recommendation_id == Some(previous_id))
            .partition(|c| actor.delegation_id == Some(c.delegation_id));
        Ok(PreviousComments {
            summary: summarize(round, now)?,
            label: recommendation.label,
            previous_round,
            previous_label: previous.label,
            previous_text: previous.text,
            own,
            others: if others_shared {
                counted_in_compilation_order(others)
            } else {
                Vec::new()
            },
            others_shared,
        })
    }

    /// The history of the document that round `round_id` is a version of: the versions the
    /// reader may see (staff: all; a delegation: those it takes part in).
    pub async fn document_history(
        &self,
        actor: &Actor,
        round_id: i64,
    ) -> AppResult<DocumentHistory> {
        self.readable_round(actor, round_id).await?;
        let mut conn = self.store().read().await?;
        let now = self.now();
        let mut versions = Vec::new();
        let mut columns: Vec<HashMap<i64, HistoryCell>> = Vec::new();
        let mut orders: Vec<Vec<i64>> = Vec::new();
        for round in round_store::document_rounds(&mut conn, round_id).await? {
            if let (false, Some(delegation_id)) = (actor.role.is_staff(), actor.delegation_id)
                && people::participation(&mut conn, round.round_id, delegation_id)
                    .await?
                    .is_none()
            {
                continue;
            }
            let (column, order) = decisions(&mut conn, round.round_id).await?;
            columns.push(column);
            orders.push(order);
            let silence = if round.kind == SILENCE_KIND {
                let decided = silence_store::decision(&mut conn, round.round_id).await?;
                Some(decided.map(|(result, _)| result))
            } else {
                None
            };
            versions.push(HistoryVersion {
                version_name: version_name(round.draft_version),
                outcomes: outcome_versions(&mut conn, round.round_id).await?,
                summary: summarize(round, now)?,
                silence,
            });
        }
        let rows = merge_order(&orders)
            .into_iter()
            .map(|stable_id| {
                columns
                    .iter_mut()
                    .map(|column| column.remove(&stable_id))
                    .collect()
            })
            .collect();
        Ok(DocumentHistory { versions, rows })
    }
}

/// What became of each recommendation of a round (by identity), and their identities in
/// document order. Before its outcome is published, the round's draft without decisions.
async fn decisions(
    conn: &mut AnyConnection,
    round_id: i64,
) -> AppResult<(HashMap<i64, HistoryCell>, Vec<i64>)> {
    let outcome = match outcome_store::get_outcome(conn, round_id, None).await? {
        Some((_, json)) => Some(parse_outcome(&json)?),
        None => None,
    };
    let decided: HashMap<i64, (Option<Decision>, Option<String>)> = outcome
        .iter()
        .flat_map(|doc| doc.paragraphs())
        .map(|p| (p.recommendation_id, (p.decision, p.merged_into.clone())))
        .collect();
    let mut cells = HashMap::new();
    let mut order = Vec::new();
    for p in disposition_store::paragraphs(conn, round_id).await? {
        // A paragraph added during consolidation is shown once it is published.
        if p.added && !decided.contains_key(&p.recommendation_id) {
            continue;
        }
        let (decision, merged_into) = decided
            .get(&p.recommendation_id)
            .cloned()
            .unwrap_or_default();
        order.push(p.stable_id);
        cells.insert(
            p.stable_id,
            HistoryCell {
                label: p.label,
                added: p.added,
                decision,
                merged_into,
            },
        );
    }
    Ok((cells, order))
}
