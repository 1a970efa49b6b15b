//! What staff read and export about a round: every comment (by recommendation or by
//! delegation, and as CSV) and the audit log (filtered, and as CSV).

use std::collections::HashMap;

use jiff::Timestamp;

use super::views::Recommendation;
use super::{App, AppError, AppResult, venue_zone};
use crate::domain::Actor;
use crate::domain::compilation::{compilation_key, delegation_order};
use crate::domain::{Comment, CommentStatus, Round, VenueZone};
use crate::i18n::{Message, Moment, Tr};
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
    /// Who acted, as the event's sentence names them.
    pub who: AuditActor,
    /// The event as a sentence (without its `who`, which the reader's page words).
    pub sentence: Message,
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

/// Who did what an audit event records.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AuditActor {
    /// The server itself (the scheduler, the mail worker).
    Server,
    /// A focal point, named by the delegation they act for.
    Delegation(String),
    /// Staff (or a focal point whose delegation is unknown), by name, else e-mail address.
    Person(String),
}

impl AuditLogLine {
    fn from_line(l: audit::AuditLine, venue: &VenueZone) -> AuditLogLine {
        let who = match (&l.actor_email, &l.actor_role, &l.delegation_name) {
            (None, _, _) => AuditActor::Server,
            (Some(_), Some(role), Some(delegation)) if role == "delegate" => {
                AuditActor::Delegation(delegation.clone())
            }
            (Some(email), _, _) => AuditActor::Person(
                l.actor_name
                    .clone()
                    .filter(|n| !n.trim().is_empty())
                    .unwrap_or_else(|| email.clone()),
            ),
        };
        let sentence = describe(&l, venue);
        AuditLogLine {
            at: l.at,
            who,
            sentence,
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
        let venue = venue_zone(&round.venue_tz)?;
        let lines = audit::round_log(&mut conn, round_id, action, delegation_id)
            .await?
            .into_iter()
            .map(|l| AuditLogLine::from_line(l, &venue))
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
        // A data file: its sentences are in one language, whoever exports it.
        let english = Tr::english();
        let mut out = Sheet::new();
        out.row([
            "at_utc",
            "event",
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
                l.sentence_in(&english),
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

impl AuditLogLine {
    /// The event's sentence in `tr`'s language, naming who acted.
    pub fn sentence_in(&self, tr: &Tr) -> String {
        let who = match &self.who {
            AuditActor::Server => tr.t("audit-who-server"),
            AuditActor::Delegation(name) | AuditActor::Person(name) => name.clone(),
        };
        let mut sentence = self.sentence.clone();
        sentence.args.push(("who", who.into()));
        sentence.render(tr)
    }
}

/// The actions a round's audit log words (each has a name, `audit-action-<action>`, and a
/// sentence, `audit-event-<action>`); any other is shown by its code.
pub const WORDED_ACTIONS: &[&str] = &[
    "comment_submitted",
    "comment_edited",
    "comment_withdrawn",
    "round_created",
    "round_updated",
    "draft_loaded",
    "delegations_imported",
    "delegation_renamed",
    "delegation_removed",
    "focal_point_added",
    "focal_point_removed",
    "extended",
    "extended_for_delegation",
    "reopened",
    "closed_early",
    "cancelled",
    "round_opened",
    "reminders_enqueued",
    "disposition_saved",
    "recommendation_added",
    "outcome_published",
    "silence_break",
    "silence_break_withdrawn",
    "silence_decided",
    "test_mail_requested",
    "demo_loaded",
    "comment_entered_on_behalf",
    "late_comment_included",
    "attachment_added",
];

/// The JSON value at `key` of a recorded state, as text (empty when absent).
fn field(json: &Option<serde_json::Value>, key: &str) -> String {
    match json.as_ref().and_then(|v| v.get(key)) {
        Some(serde_json::Value::String(s)) => s.clone(),
        Some(serde_json::Value::Null) | None => String::new(),
        Some(other) => other.to_string(),
    }
}

/// The number at `key` of a recorded state, or the length of the list there.
fn count(json: &Option<serde_json::Value>, key: &str) -> i64 {
    match json.as_ref().and_then(|v| v.get(key)) {
        Some(serde_json::Value::Array(items)) => items.len() as i64,
        Some(value) => value.as_i64().unwrap_or(0),
        None => 0,
    }
}

/// An audit event as a sentence a Secretariat officer reads ("Austria edited comment
/// WG-TIP-2020/C/0042 on recommendation 5 (version 2)."), from its action, the names the log
/// resolved and the states it recorded. An action without its own sentence still says who did
/// what, by the action's code.
fn describe(l: &audit::AuditLine, venue: &VenueZone) -> Message {
    let parse = |text: Option<&str>| text.and_then(|t| serde_json::from_str(t).ok());
    let before: Option<serde_json::Value> = parse(l.before_json.as_deref());
    let after: Option<serde_json::Value> = parse(l.after_json.as_deref());
    let deadline = |key: &str| {
        field(&after, key)
            .parse::<Timestamp>()
            .map(|t| Moment::deadline(venue, t))
    };
    let delegation = l.delegation_name.clone().unwrap_or_default();
    let reference = l
        .comment_reference
        .clone()
        .unwrap_or_else(|| field(&after, "reference"));
    let on_comment = |id: &'static str| {
        let late = if after
            .as_ref()
            .and_then(|a| a.get("late"))
            .and_then(|v| v.as_bool())
            == Some(true)
        {
            "yes"
        } else {
            "no"
        };
        let message = Message::new(id)
            .with("reference", reference.as_str())
            .with("late", late)
            .with("version", count(&after, "version"));
        match &l.recommendation_label {
            Some(label) => message
                .with("on", "recommendation")
                .with("label", label.as_str()),
            None => message.with("on", "draft").with("label", ""),
        }
    };
    let with_reason = |id: &'static str| {
        Message::new(id)
            .with("reason", field(&after, "reason"))
            .with("delegation", delegation.as_str())
    };
    let label = l
        .recommendation_label
        .clone()
        .unwrap_or_else(|| field(&after, "label"));
    let generic = || Message::new("audit-event-other").with("action", l.action.as_str());
    match l.action.as_str() {
        "comment_submitted" => on_comment("audit-event-comment_submitted"),
        "comment_edited" => on_comment("audit-event-comment_edited"),
        "comment_withdrawn" => on_comment("audit-event-comment_withdrawn"),
        "round_created" => Message::new("audit-event-round_created"),
        "round_updated" => Message::new("audit-event-round_updated"),
        "draft_loaded" => {
            let recommendations = match after.as_ref() {
                Some(serde_json::Value::Array(rows)) => rows.len() as i64,
                _ => 0,
            };
            Message::new("audit-event-draft_loaded").with("count", recommendations)
        }
        "delegations_imported" => {
            Message::new("audit-event-delegations_imported").with("count", count(&after, "rows"))
        }
        "delegation_renamed" => Message::new("audit-event-delegation_renamed")
            .with("old", field(&before, "name"))
            .with("new", field(&after, "name")),
        "delegation_removed" => {
            Message::new("audit-event-delegation_removed").with("delegation", delegation.as_str())
        }
        "focal_point_added" => Message::new("audit-event-focal_point_added")
            .with("email", field(&after, "email"))
            .with("delegation", delegation.as_str()),
        "focal_point_removed" => Message::new("audit-event-focal_point_removed")
            .with("email", field(&before, "email"))
            .with("delegation", delegation.as_str()),
        "extended" | "extended_for_delegation" | "reopened" => match deadline("closes_at") {
            Ok(at) => {
                let id = match l.action.as_str() {
                    "extended" => "audit-event-extended",
                    "extended_for_delegation" => "audit-event-extended_for_delegation",
                    _ => "audit-event-reopened",
                };
                with_reason(id).with("deadline", at)
            }
            Err(_) => generic(),
        },
        "closed_early" => with_reason("audit-event-closed_early"),
        "comment_entered_on_behalf" => on_comment("audit-event-comment_entered_on_behalf")
            .with("delegation", delegation.as_str()),
        "late_comment_included" => {
            with_reason("audit-event-late_comment_included").with("reference", reference.as_str())
        }
        "attachment_added" => Message::new("audit-event-attachment_added")
            .with("file", field(&after, "file_name"))
            .with("delegation", delegation.as_str()),
        "cancelled" => with_reason("audit-event-cancelled"),
        "round_opened" => {
            Message::new("audit-event-round_opened").with("count", count(&after, "invitations"))
        }
        "reminders_enqueued" => {
            Message::new("audit-event-reminders_enqueued").with("count", count(&after, "reminders"))
        }
        "disposition_saved" => Message::new("audit-event-disposition_saved")
            .with("label", label.as_str())
            .with(
                "decision",
                after
                    .as_ref()
                    .and_then(|a| a.get("disposition"))
                    .and_then(|d| d.get("decision"))
                    .and_then(|d| d.as_str())
                    .unwrap_or("")
                    .to_string(),
            )
            .with("version", count(&after, "version")),
        "recommendation_added" => {
            Message::new("audit-event-recommendation_added").with("label", label.as_str())
        }
        "outcome_published" => {
            Message::new("audit-event-outcome_published").with("version", count(&after, "version"))
        }
        "silence_break" => {
            let breaks = if field(&after, "breaks_silence") == "true" {
                "yes"
            } else {
                "no"
            };
            Message::new("audit-event-silence_break")
                .with("reference", reference.as_str())
                .with("breaks", breaks)
        }
        "silence_break_withdrawn" => Message::new("audit-event-silence_break_withdrawn")
            .with("reference", field(&after, "reference")),
        "silence_decided" => {
            Message::new("audit-event-silence_decided").with("result", field(&after, "result"))
        }
        "test_mail_requested" => {
            Message::new("audit-event-test_mail_requested").with("email", field(&after, "to"))
        }
        "demo_loaded" => Message::new("audit-event-demo_loaded"),
        _ => generic(),
    }
}

/// An audit time, worded in UTC by the page that shows it.
pub fn audit_time(line: &AuditLogLine) -> Moment {
    Moment::Utc(line.at)
}
