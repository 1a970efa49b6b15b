//! What staff read and export about a round: every comment (by recommendation or by
//! delegation, and as CSV) and the audit log (filtered, and as CSV).

use std::collections::HashMap;

use jiff::Timestamp;

use super::views::Recommendation;
use super::{App, AppError, AppResult, venue_zone};
use crate::domain::Actor;
use crate::domain::compilation::{compilation_key, delegation_order};
use crate::domain::{Comment, CommentStatus, Round};
use crate::i18n::{Moment, Tr};
use crate::outcome::csv::Sheet;
use crate::store::audit;
use crate::store::comment as comment_store;
use crate::store::round as round_store;

/// A comment with what it is about.
#[derive(Debug, Clone)]
pub struct PlacedComment {
    pub comment: Comment,
    pub recommendation: Option<Recommendation>,
}

/// One delegation's comments, for the view by delegation.
#[derive(Debug, Clone)]
pub struct DelegationComments {
    pub delegation_name: String,
    pub comments: Vec<PlacedComment>,
}

/// The audit log of a round and the values its filters can take.
#[derive(Debug, Clone)]
pub struct AuditLog {
    pub round: Round,
    pub lines: Vec<AuditLogLine>,
    pub actions: Vec<String>,
}

/// One line of a round's audit log, with names resolved.
#[derive(Debug, Clone)]
pub struct AuditLogLine {
    pub at: Timestamp,
    /// Who acted (their e-mail); empty for the server itself (the scheduler).
    pub actor: String,
    /// The delegation it concerns; empty when none.
    pub delegation: String,
    pub action: String,
    pub object_type: String,
    pub object_id: Option<i64>,
    /// The object before and after, as JSON; empty when there is none.
    pub before: String,
    pub after: String,
}

impl From<audit::AuditLine> for AuditLogLine {
    fn from(l: audit::AuditLine) -> AuditLogLine {
        AuditLogLine {
            at: l.at,
            actor: l.actor_email.unwrap_or_default(),
            delegation: l.delegation_name.unwrap_or_default(),
            action: l.action,
            object_type: l.object_type,
            object_id: l.object_id,
            before: l.before_json.unwrap_or_default(),
            after: l.after_json.unwrap_or_default(),
        }
    }
}

fn csv_error(e: impl std::fmt::Display) -> AppError {
    AppError::Task(format!("csv: {e}"))
}

impl App {
    async fn staff_comments(
        &self,
        actor: &Actor,
        round_id: i64,
    ) -> AppResult<(Round, Vec<PlacedComment>)> {
        let (mut conn, round) = self.staff_read(actor, round_id).await?;
        let recommendations = round_store::recommendations(&mut conn, round_id).await?;
        let position: HashMap<i64, usize> = recommendations
            .iter()
            .enumerate()
            .map(|(i, r)| (r.recommendation_id, i))
            .collect();
        let mut comments = comment_store::comments_of_round(&mut conn, round_id).await?;
        comments.sort_by_cached_key(|c| {
            (
                c.recommendation_id
                    .and_then(|id| position.get(&id).copied())
                    .map_or(0, |p| p + 1),
                compilation_key(c),
            )
        });
        let placed = comments
            .into_iter()
            .map(|comment| PlacedComment {
                recommendation: comment.recommendation_id.and_then(|id| {
                    position
                        .get(&id)
                        .map(|&i| Recommendation::from(&recommendations[i]))
                }),
                comment,
            })
            .collect();
        Ok((round, placed))
    }

    /// Every comment of a round grouped by delegation, delegations in compilation order.
    pub async fn comments_by_delegation(
        &self,
        actor: &Actor,
        round_id: i64,
    ) -> AppResult<(Round, Vec<DelegationComments>)> {
        let (round, placed) = self.staff_comments(actor, round_id).await?;
        let mut groups: Vec<DelegationComments> = Vec::new();
        let mut sorted = placed;
        sorted.sort_by_cached_key(|p| {
            delegation_order(p.comment.delegation_category, &p.comment.delegation_name)
        });
        for p in sorted {
            match groups.last_mut() {
                Some(g) if g.delegation_name == p.comment.delegation_name => g.comments.push(p),
                _ => groups.push(DelegationComments {
                    delegation_name: p.comment.delegation_name.clone(),
                    comments: vec![p],
                }),
            }
        }
        Ok((round, groups))
    }

    /// Every comment of a round as CSV: one row per comment, withdrawn ones included and marked.
    pub async fn comments_csv(&self, actor: &Actor, round_id: i64) -> AppResult<Vec<u8>> {
        let (round, placed) = self.staff_comments(actor, round_id).await?;
        let venue = venue_zone(&round.venue_tz)?;
        // A data file: its column names and times are in one language, whoever exports it.
        let english = Tr::english();
        let mut out = Sheet::new();
        out.row([
            "round",
            "reference",
            "recommendation",
            "delegation",
            "kind",
            "text",
            "proposed_text",
            "status",
            "late",
            "submitted_at_utc",
            "submitted_at_venue",
            "last_changed_at_utc",
            "last_changed_at_venue",
            "intake_source",
            "received_at_utc",
            "source_reference",
            "in_consolidation",
        ])
        .map_err(csv_error)?;
        for p in &placed {
            let c = &p.comment;
            let label = p
                .recommendation
                .as_ref()
                .map(|r| r.label.as_str())
                .unwrap_or("general");
            let late = if c.late { "yes" } else { "no" };
            let intake = c.intake.as_ref();
            let received_at = intake.map(|i| i.received_at.to_string());
            let status = match c.status {
                CommentStatus::Active => "active",
                CommentStatus::Withdrawn => "withdrawn",
            };
            out.row([
                round.title.as_str(),
                &c.reference,
                label,
                &c.delegation_name,
                c.kind.as_str(),
                &c.text,
                c.proposed_text.as_deref().unwrap_or(""),
                status,
                late,
                &c.created_at.to_string(),
                &english.datetime(&venue, c.created_at),
                &c.updated_at.to_string(),
                &english.datetime(&venue, c.updated_at),
                intake.map_or("", |i| i.source.as_str()),
                received_at.as_deref().unwrap_or(""),
                intake
                    .and_then(|i| i.source_reference.as_deref())
                    .unwrap_or(""),
                if c.held_back { "no" } else { "yes" },
            ])
            .map_err(csv_error)?;
        }
        out.finish().map_err(csv_error)
    }

    /// A round's audit log, filtered by action and/or delegation (empty / 0 = all).
    pub async fn audit_log(
        &self,
        actor: &Actor,
        round_id: i64,
        action: &str,
        delegation_id: i64,
    ) -> AppResult<AuditLog> {
        let (mut conn, round) = self.staff_read(actor, round_id).await?;
        let lines = audit::round_log(&mut conn, round_id, action, delegation_id)
            .await?
            .into_iter()
            .map(AuditLogLine::from)
            .collect();
        let actions = audit::round_actions(&mut conn, round_id).await?;
        Ok(AuditLog {
            round,
            lines,
            actions,
        })
    }

    /// The audit log as CSV.
    pub async fn audit_csv(
        &self,
        actor: &Actor,
        round_id: i64,
        action: &str,
        delegation_id: i64,
    ) -> AppResult<Vec<u8>> {
        let log = self
            .audit_log(actor, round_id, action, delegation_id)
            .await?;
        let mut out = Sheet::new();
        out.row([
            "at_utc",
            "actor",
            "delegation",
            "action",
            "object_type",
            "object_id",
            "before",
            "after",
        ])
        .map_err(csv_error)?;
        for l in &log.lines {
            out.row([
                l.at.to_string(),
                l.actor.clone(),
                l.delegation.clone(),
                l.action.clone(),
                l.object_type.clone(),
                l.object_id.map(|i| i.to_string()).unwrap_or_default(),
                l.before.clone(),
                l.after.clone(),
            ])
            .map_err(csv_error)?;
        }
        out.finish().map_err(csv_error)
    }
}

/// An audit time, worded in UTC by the page that shows it.
pub fn audit_time(line: &AuditLogLine) -> Moment {
    Moment::Utc(line.at)
}
