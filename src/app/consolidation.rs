//! Consolidation by the Chair and the Secretariat: the overview of a closed round, the
//! workspace of one recommendation (its comments grouped by kind, amendments as word-level
//! changes), saving a disposition with optimistic concurrency, and adding a recommendation
//! proposed by delegations (`5 bis`). Consolidation is open only while the round is closed: a
//! reopened round freezes it.

use std::collections::HashMap;

use jiff::Timestamp;
use serde_json::json;
use sqlx::AnyConnection;

use super::rounds::{RoundSummary, summarize, under_agenda_items};
use super::staff::StaffWrite;
use super::views::OutcomeVersion;
use super::{App, AppError, AppResult, FieldError, venue_zone};
use crate::domain::compilation::counted_in_compilation_order;
use crate::domain::disposition::{
    Change, Disposition, DispositionError, DispositionInput, SavedDisposition, next_added_label,
    word_changes,
};
use crate::domain::{
    Actor, Comment, CommentKind, CommentText, CommentTextError, RecommendationLabel, Round,
    RoundState, group_thousands,
};
use crate::i18n::{Arg, Message, Moment};
use crate::store::Conn;
use crate::store::comment as comment_store;
use crate::store::delegation as people;
use crate::store::disposition::{self as disposition_store, NewParagraph, ParagraphRecord, Saving};
use crate::store::round as round_store;

/// Why consolidation is not possible now, if it is not: it waits for the last window to close
/// (the deadline rule of `domain::round`). While windows are open the refusal names the
/// delegations that can still write and until when, with the API code `windows_open`.
pub(crate) async fn consolidation_gate(
    conn: &mut AnyConnection,
    round: &Round,
    now: Timestamp,
) -> AppResult<()> {
    match round.schedule.state_at(now) {
        RoundState::Closed => Ok(()),
        RoundState::Open => Err(AppError::Refused {
            code: "windows_open",
            message: windows_open(conn, round, now).await?,
        }),
        RoundState::Scheduled => Err(AppError::Conflict(Message::new("consolidation-not-closed"))),
        RoundState::Cancelled => Err(AppError::Conflict(Message::new("consolidation-cancelled"))),
    }
}

/// What an open round still waits for: every delegation's window until the round's deadline,
/// and the individual extensions running beyond it, each named with its closing.
async fn windows_open(
    conn: &mut AnyConnection,
    round: &Round,
    now: Timestamp,
) -> AppResult<Message> {
    let venue = venue_zone(&round.venue_tz)?;
    let extended = people::individual_windows_open(conn, round.round_id, now).await?;
    let windows = extended
        .iter()
        .map(|w| {
            Message::new("consolidation-window-until")
                .with("delegation", w.name.as_str())
                .with("deadline", Moment::deadline(&venue, w.closes_at))
        })
        .collect();
    let everyone = now < round.schedule.closes_at;
    let message = match (everyone, extended.is_empty()) {
        (true, true) => Message::new("consolidation-frozen-open"),
        (true, false) => Message::new("consolidation-frozen-open-extended"),
        (false, _) => Message::new("consolidation-frozen-extensions"),
    };
    Ok(message
        .with(
            "deadline",
            Moment::deadline(&venue, round.schedule.closes_at),
        )
        .with("count", extended.len() as i64)
        .with("windows", Arg::List(windows)))
}

async fn frozen_message(
    conn: &mut AnyConnection,
    round: &Round,
    now: Timestamp,
) -> AppResult<Option<Message>> {
    match consolidation_gate(conn, round, now).await {
        Ok(()) => Ok(None),
        Err(AppError::Conflict(message) | AppError::Refused { message, .. }) => Ok(Some(message)),
        Err(e) => Err(e),
    }
}

/// A paragraph of the consolidated text: a recommendation of the draft or one added during
/// consolidation.
#[derive(Debug, Clone, PartialEq)]
pub struct Paragraph {
    pub recommendation_id: i64,
    pub label: String,
    /// The draft's text; for an added paragraph, the text it was proposed with.
    pub text: String,
    /// Added during consolidation (`5 bis`), not in the draft.
    pub added: bool,
}

impl From<ParagraphRecord> for Paragraph {
    fn from(p: ParagraphRecord) -> Paragraph {
        Paragraph {
            recommendation_id: p.recommendation_id,
            label: p.label,
            text: p.text,
            added: p.added,
        }
    }
}

/// One line of the overview: a paragraph, its disposition, how many comments it drew.
#[derive(Debug, Clone)]
pub struct ParagraphStatus {
    pub paragraph: Paragraph,
    pub disposition: Option<SavedDisposition>,
    pub comments: usize,
}

#[derive(Debug, Clone)]
pub struct OverviewSection {
    pub number: String,
    pub title: String,
    pub paragraphs: Vec<ParagraphStatus>,
}

/// The consolidation overview of a round.
#[derive(Debug, Clone)]
pub struct ConsolidationOverview {
    pub summary: RoundSummary,
    /// Why saving is not possible now (the round is not closed), if it is not.
    pub frozen: Option<Message>,
    pub sections: Vec<OverviewSection>,
    pub decided: usize,
    pub total: usize,
    pub general_comments: usize,
    /// Published versions, newest first.
    pub outcomes: Vec<OutcomeVersion>,
}

/// A proposed amendment with its changes against the draft.
#[derive(Debug, Clone)]
pub struct AmendmentView {
    pub comment: Comment,
    pub changes: Vec<Change>,
}

/// Everything needed to decide on one recommendation.
#[derive(Debug, Clone)]
pub struct RecommendationWorkspace {
    pub summary: RoundSummary,
    pub frozen: Option<Message>,
    pub agenda_number: String,
    pub agenda_title: String,
    pub paragraph: Paragraph,
    pub disposition: Option<SavedDisposition>,
    /// The saved consolidated text compared with the draft.
    pub disposition_changes: Option<Vec<Change>>,
    pub amendments: Vec<AmendmentView>,
    pub deletions: Vec<Comment>,
    pub remarks: Vec<Comment>,
    pub support: Vec<Comment>,
    /// The other paragraphs of the round, as (id, label): where it may be merged.
    pub merge_targets: Vec<(i64, String)>,
    pub previous: Option<i64>,
    pub next: Option<i64>,
}

/// The comments on the draft as a whole.
#[derive(Debug, Clone)]
pub struct GeneralWorkspace {
    pub summary: RoundSummary,
    pub comments: Vec<Comment>,
}

/// What the Chair typed into a disposition form (or sent to the API), unparsed.
#[derive(Debug, Clone, Default)]
pub struct DispositionForm {
    pub decision: String,
    pub text: String,
    /// A recommendation id, or empty.
    pub merged_into: String,
    pub note: String,
    /// The version the form was opened on; empty or 0 when there was no disposition yet.
    pub version: String,
}

/// The result of saving a disposition.
#[derive(Debug, Clone)]
pub enum DispositionSaved {
    Saved(SavedDisposition),
    /// Someone saved another version since the form was opened; nothing was stored. Both
    /// versions are shown so that the Chair can choose.
    Stale {
        current: SavedDisposition,
    },
}

/// A recommendation proposed by delegations, to add after another one.
#[derive(Debug, Clone, Default)]
pub struct NewRecommendationForm {
    /// The id of the recommendation it follows.
    pub after: String,
    /// Empty: the next free `bis`, `ter`… label after that one.
    pub label: String,
    pub text: String,
}

fn text_field_error(field: &'static str, e: &CommentTextError) -> FieldError {
    let mut message =
        Message::new(e.message_id()).with("max", group_thousands(CommentText::MAX_CHARS));
    if let CommentTextError::TooLong { len } = e {
        message = message.with("len", group_thousands(*len));
    }
    FieldError { field, message }
}

fn disposition_field_error(e: &DispositionError) -> FieldError {
    match e {
        DispositionError::Text(t) | DispositionError::Note(t) => text_field_error(e.field(), t),
        other => FieldError::new(other.field(), other.message_id()),
    }
}

fn disposition_json(d: &Disposition) -> serde_json::Value {
    json!({
        "decision": d.decision.as_str(),
        "text": d.text,
        "merged_into": d.merged_into,
        "note": d.note,
    })
}

fn record_json(d: &SavedDisposition) -> serde_json::Value {
    json!({
        "version": d.version,
        "decision": d.decision.as_str(),
        "text": d.text,
        "merged_into": d.merged_into,
        "note": d.note,
    })
}

impl App {
    /// A connection to read with and the round, for those who consolidate.
    async fn consolidation_round(&self, actor: &Actor, round_id: i64) -> AppResult<(Conn, Round)> {
        if !actor.can_consolidate() {
            return Err(AppError::NotFound);
        }
        self.staff_read(actor, round_id).await
    }

    /// The consolidation overview: every paragraph with its decision, and the progress.
    pub async fn consolidation_overview(
        &self,
        actor: &Actor,
        round_id: i64,
    ) -> AppResult<ConsolidationOverview> {
        let (mut conn, round) = self.consolidation_round(actor, round_id).await?;
        let now = self.now();
        let agenda = round_store::agenda_items(&mut conn, round_id).await?;
        let paragraphs = disposition_store::paragraphs(&mut conn, round_id).await?;
        let mut dispositions: HashMap<i64, SavedDisposition> =
            disposition_store::dispositions_of_round(&mut conn, round_id)
                .await?
                .into_iter()
                .map(|d| (d.recommendation_id, d))
                .collect();
        let comments = counted_in_compilation_order(
            comment_store::comments_of_round(&mut conn, round_id).await?,
        );
        let mut counts: HashMap<Option<i64>, usize> = HashMap::new();
        for c in &comments {
            *counts.entry(c.recommendation_id).or_default() += 1;
        }
        let total = paragraphs.len();
        let decided = paragraphs
            .iter()
            .filter(|p| dispositions.contains_key(&p.recommendation_id))
            .count();
        let sections = under_agenda_items(&agenda, paragraphs, |p| p.agenda_item_id)
            .into_iter()
            .map(|(a, paragraphs)| OverviewSection {
                number: a.number.clone(),
                title: a.title.clone(),
                paragraphs: paragraphs
                    .into_iter()
                    .map(|p| ParagraphStatus {
                        disposition: dispositions.remove(&p.recommendation_id),
                        comments: counts.get(&Some(p.recommendation_id)).copied().unwrap_or(0),
                        paragraph: p.into(),
                    })
                    .collect(),
            })
            .collect();
        Ok(ConsolidationOverview {
            frozen: frozen_message(&mut conn, &round, now).await?,
            outcomes: super::views::outcome_versions(&mut conn, round_id).await?,
            general_comments: counts.get(&None).copied().unwrap_or(0),
            summary: summarize(round, now)?,
            sections,
            decided,
            total,
        })
    }

    /// The workspace of one recommendation.
    pub async fn consolidation_recommendation(
        &self,
        actor: &Actor,
        round_id: i64,
        recommendation_id: i64,
    ) -> AppResult<RecommendationWorkspace> {
        let (mut conn, round) = self.consolidation_round(actor, round_id).await?;
        let now = self.now();
        let paragraphs = disposition_store::paragraphs(&mut conn, round_id).await?;
        let index = paragraphs
            .iter()
            .position(|p| p.recommendation_id == recommendation_id)
            .ok_or(AppError::NotFound)?;
        let paragraph = paragraphs[index].clone();
        let agenda = round_store::agenda_items(&mut conn, round_id).await?;
        let item = agenda
            .iter()
            .find(|a| a.agenda_item_id == paragraph.agenda_item_id)
            .ok_or(AppError::NotFound)?;
        let disposition =
            disposition_store::get_disposition(&mut conn, round_id, recommendation_id).await?;
        let draft_text = if paragraph.added { "" } else { &paragraph.text };
        let disposition_changes = disposition.as_ref().map(|d| {
            word_changes(
                draft_text,
                if d.decision.keeps_text() {
                    d.text.as_deref().unwrap_or("")
                } else {
                    ""
                },
            )
        });
        let comments = counted_in_compilation_order(
            comment_store::comments_of_round(&mut conn, round_id).await?,
        );
        let mut amendments = Vec::new();
        let (mut deletions, mut remarks, mut support) = (Vec::new(), Vec::new(), Vec::new());
        for c in comments
            .into_iter()
            .filter(|c| c.recommendation_id == Some(recommendation_id))
        {
            match c.kind {
                CommentKind::Amendment => amendments.push(AmendmentView {
                    changes: word_changes(
                        &paragraph.text,
                        c.proposed_text.as_deref().unwrap_or(""),
                    ),
                    comment: c,
                }),
                CommentKind::Deletion => deletions.push(c),
                CommentKind::Remark => remarks.push(c),
                CommentKind::Support => support.push(c),
            }
        }
        Ok(RecommendationWorkspace {
            frozen: frozen_message(&mut conn, &round, now).await?,
            summary: summarize(round, now)?,
            agenda_number: item.number.clone(),
            agenda_title: item.title.clone(),
            merge_targets: paragraphs
                .iter()
                .filter(|p| p.recommendation_id != recommendation_id)
                .map(|p| (p.recommendation_id, p.label.clone()))
                .collect(),
            previous: index
                .checked_sub(1)
                .map(|i| paragraphs[i].recommendation_id),
            next: paragraphs.get(index + 1).map(|p| p.recommendation_id),
            paragraph: paragraph.into(),
            disposition,
            disposition_changes,
            amendments,
            deletions,
            remarks,
            support,
        })
    }

    /// The comments on the draft as a whole, in the order of the compilation.
    pub async fn consolidation_general(
        &self,
        actor: &Actor,
        round_id: i64,
    ) -> AppResult<GeneralWorkspace> {
        let (mut conn, round) = self.consolidation_round(actor, round_id).await?;
        let comments = counted_in_compilation_order(
            comment_store::comments_of_round(&mut conn, round_id).await?,
        )
        .into_iter()
        .filter(|c| c.recommendation_id.is_none())
        .collect();
        Ok(GeneralWorkspace {
            summary: summarize(round, self.now())?,
            comments,
        })
    }

    /// Every disposition of a round (for the API).
    pub async fn dispositions(
        &self,
        actor: &Actor,
        round_id: i64,
    ) -> AppResult<Vec<SavedDisposition>> {
        let (mut conn, _) = self.consolidation_round(actor, round_id).await?;
        Ok(disposition_store::dispositions_of_round(&mut conn, round_id).await?)
    }

    /// Saves the disposition of a recommendation, unless someone saved another version since
    /// `form.version` (then nothing is stored and the current version is returned).
    pub async fn save_disposition(
        &self,
        actor: Actor,
        round_id: i64,
        recommendation_id: i64,
        form: DispositionForm,
    ) -> AppResult<DispositionSaved> {
        if !actor.can_consolidate() {
            return Err(AppError::NotFound);
        }
        let expected_version = match form.version.trim() {
            "" => 0,
            v => v.parse::<i64>().map_err(|_| {
                AppError::invalid("version", Message::new("error-disposition-version"))
            })?,
        };
        let merged_into = match form.merged_into.trim() {
            "" => None,
            id => Some(id.parse::<i64>().map_err(|_| {
                AppError::invalid(
                    "merged_into",
                    Message::new("error-disposition-merge-target"),
                )
            })?),
        };
        self.staff_write(&actor, round_id, move |w| {
            Box::pin(write_disposition(
                w,
                recommendation_id,
                form,
                expected_version,
                merged_into,
            ))
        })
        .await
    }

    /// Adds a recommendation proposed by delegations after another one; returns its id.
    pub async fn add_recommendation(
        &self,
        actor: Actor,
        round_id: i64,
        form: NewRecommendationForm,
    ) -> AppResult<i64> {
        if !actor.can_consolidate() {
            return Err(AppError::NotFound);
        }
        let mut errors = Vec::new();
        let after = form.after.trim().parse::<i64>().ok();
        if after.is_none() {
            errors.push(FieldError::new("after", "error-added-after"));
        }
        let label = match form.label.trim() {
            "" => None,
            typed => match RecommendationLabel::parse(typed) {
                Ok(l) => Some(l.into_inner()),
                Err(e) => {
                    errors.push(FieldError::new("label", e.message_id()));
                    None
                }
            },
        };
        let text = match CommentText::parse(&form.text) {
            Ok(t) => Some(t.into_inner()),
            Err(CommentTextError::Empty) => {
                errors.push(FieldError::new("text", "error-added-text"));
                None
            }
            Err(e) => {
                errors.push(text_field_error("text", &e));
                None
            }
        };
        let (Some(after), Some(text)) = (after, text) else {
            return Err(AppError::Invalid(errors));
        };
        if !errors.is_empty() {
            return Err(AppError::Invalid(errors));
        }
        self.staff_write(&actor, round_id, move |w| {
            Box::pin(write_recommendation(w, after, label, text))
        })
        .await
    }
}

/// Saves a disposition in the consolidation write `w`, unless the version moved on.
async fn write_disposition(
    w: &mut StaffWrite,
    recommendation_id: i64,
    form: DispositionForm,
    expected_version: i64,
    merged_into: Option<i64>,
) -> AppResult<DispositionSaved> {
    let (round_id, now) = (w.round.round_id, w.now);
    let paragraphs = disposition_store::paragraphs(&mut w.tx, round_id).await?;
    let paragraph = paragraphs
        .iter()
        .find(|p| p.recommendation_id == recommendation_id)
        .ok_or(AppError::NotFound)?;
    consolidation_gate(&mut w.tx, &w.round, now).await?;
    let input = DispositionInput {
        decision: &form.decision,
        text: &form.text,
        merged_into,
        note: &form.note,
    };
    let disposition =
        Disposition::parse(&input, recommendation_id, &paragraph.text).map_err(|errors| {
            AppError::Invalid(errors.iter().map(disposition_field_error).collect())
        })?;
    if let Some(target) = disposition.merged_into
        && !paragraphs.iter().any(|p| p.recommendation_id == target)
    {
        return Err(AppError::invalid(
            "merged_into",
            Message::new("error-disposition-merge-target"),
        ));
    }
    let before = disposition_store::get_disposition(&mut w.tx, round_id, recommendation_id).await?;
    let saving = Saving {
        round_id,
        recommendation_id,
        disposition: &disposition,
        by_user_id: w.actor.user_id,
        at: now,
    };
    let Some(version) =
        disposition_store::save_disposition(&mut w.tx, &saving, expected_version).await?
    else {
        let current = disposition_store::get_disposition(&mut w.tx, round_id, recommendation_id)
            .await?
            .ok_or(AppError::NotFound)?;
        return Ok(DispositionSaved::Stale { current });
    };
    let saved = disposition_store::get_disposition(&mut w.tx, round_id, recommendation_id)
        .await?
        .ok_or(AppError::NotFound)?;
    w.audit(
        "disposition_saved",
        ("disposition", Some(saved.disposition_id)),
        (
            before.as_ref().map(record_json),
            Some(json!({
                "version": version,
                "recommendation_id": recommendation_id,
                "disposition": disposition_json(&disposition),
            })),
        ),
    )
    .await?;
    Ok(DispositionSaved::Saved(saved))
}

/// Adds a recommendation after `after` in the consolidation write `w`; returns its id.
async fn write_recommendation(
    w: &mut StaffWrite,
    after: i64,
    label: Option<String>,
    text: String,
) -> AppResult<i64> {
    let (round_id, now) = (w.round.round_id, w.now);
    consolidation_gate(&mut w.tx, &w.round, now).await?;
    let paragraphs = disposition_store::paragraphs(&mut w.tx, round_id).await?;
    let existing: Vec<&str> = paragraphs.iter().map(|p| p.label.as_str()).collect();
    let after_label = paragraphs
        .iter()
        .find(|p| p.recommendation_id == after)
        .map(|p| p.label.clone())
        .ok_or_else(|| AppError::invalid("after", Message::new("error-added-after")))?;
    let label = match label {
        Some(label) if existing.contains(&label.as_str()) => {
            return Err(AppError::invalid(
                "label",
                Message::new("error-added-label-taken").with("label", label),
            ));
        }
        Some(label) => label,
        None => next_added_label(&after_label, &existing).ok_or_else(|| {
            AppError::invalid("label", Message::new("error-recommendation-label-empty"))
        })?,
    };
    let new = NewParagraph {
        round_id,
        after_recommendation_id: after,
        label: &label,
        text: &text,
        by_user_id: w.actor.user_id,
        at: now,
    };
    let id = disposition_store::insert_paragraph(&mut w.tx, &new)
        .await?
        .ok_or(AppError::NotFound)?;
    w.audit(
        "recommendation_added",
        ("recommendation", Some(id)),
        (
            None,
            Some(json!({ "label": label, "after": after, "text": text })),
        ),
    )
    .await?;
    Ok(id)
}
