//! Comments the Chair or the Secretariat enters on a delegation's behalf (received by e-mail,
//! note verbale or letter), and the Chair's inclusion of one received after its delegation's
//! window had closed. The rule of what counts is `domain::intake`: an intake is judged by when
//! it was received, against the delegation's window by the one deadline rule, and the
//! delegations' own writes are untouched by it. Each is one staff write: the comment gets its
//! receipt number from the round's counter like any other, the delegation's focal points their
//! receipt by e-mail, and the audit trail a record, in the same transaction.

use jiff::Timestamp;
use serde_json::json;

use super::comments::{CommentInput, Receipt, comment_json, unknown_recommendation, validate};
use super::staff::StaffWrite;
use super::{App, AppError, AppResult, FieldError, notify, venue_zone};
use crate::domain::intake::{
    Intake, IntakeError, IntakeFacts, IntakeSource, SourceReference, judge_intake,
};
use crate::domain::{Actor, Comment, CommentStatus, schedule};
use crate::i18n::Message;
use crate::store::comment::intake as intake_store;
use crate::store::comment::writes::{self as comment_writes, NewSubmission};
use crate::store::delegation as people;
use crate::store::outcome as outcome_store;

/// When a communication was received, as typed: an instant (the API, RFC 3339) or a date and
/// time on the venue's clocks (the page).
#[derive(Debug, Clone)]
pub enum ReceivedInput {
    Instant(String),
    VenueLocal { date: String, time: String },
}

/// A comment entered on a delegation's behalf, as typed, unparsed.
#[derive(Debug, Clone)]
pub struct IntakeInput {
    /// The delegation's id.
    pub on_behalf_of: String,
    pub comment: CommentInput,
    pub source: String,
    pub received_at: ReceivedInput,
    pub source_reference: String,
}

/// An intake after validation (the received instant still to be read in the venue's zone).
struct ValidIntake {
    delegation_id: i64,
    source: IntakeSource,
    source_reference: Option<String>,
}

fn validate_intake(input: &IntakeInput) -> Result<ValidIntake, Vec<FieldError>> {
    let mut errors = Vec::new();
    let delegation_id = input.on_behalf_of.trim().parse::<i64>().ok();
    if delegation_id.is_none() {
        errors.push(FieldError::new("on_behalf_of", "error-intake-delegation"));
    }
    let source = IntakeSource::parse(&input.source);
    if source.is_none() {
        errors.push(FieldError::new("source", "error-intake-source"));
    }
    let source_reference = match SourceReference::parse(&input.source_reference) {
        Ok(reference) => reference.map(SourceReference::into_inner),
        Err(e) => {
            errors.push(FieldError {
                field: "source_reference",
                message: Message::new(e.message_id()).with("max", SourceReference::MAX_CHARS),
            });
            None
        }
    };
    match (delegation_id, source) {
        (Some(delegation_id), Some(source)) if errors.is_empty() => Ok(ValidIntake {
            delegation_id,
            source,
            source_reference,
        }),
        _ => Err(errors),
    }
}

/// The instant received, read in the venue's zone when typed on its clocks.
fn received_instant(input: &ReceivedInput, venue_tz: &str) -> AppResult<Timestamp> {
    let invalid = |id: &'static str| AppError::invalid("received_at", Message::new(id));
    match input {
        ReceivedInput::Instant(text) => text
            .trim()
            .parse::<Timestamp>()
            .map_err(|_| invalid("error-intake-received-invalid")),
        ReceivedInput::VenueLocal { date, time } => venue_zone(venue_tz)?
            .typed_local(date, time)
            .map_err(invalid),
    }
}

/// An intake the rule refuses: a date received in the future is the field's problem; the
/// outcome being published is refused with its API code, as for a schedule change; the rest
/// is where the round stands.
fn intake_refusal(e: IntakeError) -> AppError {
    let message = Message::new(e.message_id());
    match e {
        IntakeError::ReceivedInFuture => AppError::invalid("received_at", message),
        IntakeError::OutcomePublished => AppError::Refused {
            code: "outcome_published",
            message,
        },
        IntakeError::NotYetOpen | IntakeError::Cancelled | IntakeError::Silence => {
            AppError::Conflict(message)
        }
    }
}

impl App {
    /// Enters a comment received from a delegation (by e-mail, note verbale or letter) on its
    /// behalf, and returns its receipt. Staff only.
    pub async fn enter_on_behalf(
        &self,
        actor: Actor,
        round_id: i64,
        input: IntakeInput,
    ) -> AppResult<Receipt> {
        super::staff::require_staff(&actor)?;
        let (comment, intake) = match (validate(&input.comment), validate_intake(&input)) {
            (Ok(comment), Ok(intake)) => (comment, intake),
            (comment, intake) => {
                let mut errors = intake.err().unwrap_or_default();
                errors.extend(comment.err().unwrap_or_default());
                return Err(AppError::Invalid(errors));
            }
        };
        self.staff_write_then(
            &actor,
            round_id,
            move |w| Box::pin(write_intake(w, comment, intake, input.received_at)),
            |app, _| app.wake_mail(),
        )
        .await
    }

    /// Includes in the consolidation a comment received after its delegation's window had
    /// closed, with the Chair's reason. Not once the outcome is published (reopen first).
    pub async fn include_late_comment(
        &self,
        actor: Actor,
        round_id: i64,
        comment_id: i64,
        reason: &str,
    ) -> AppResult<Comment> {
        if !actor.can_consolidate() {
            return Err(AppError::NotFound);
        }
        let reason = schedule::parse_reason(reason)
            .map_err(|e| AppError::invalid(e.field(), Message::new(e.message_id())))?;
        self.staff_write(&actor, round_id, move |w| {
            Box::pin(write_inclusion(w, comment_id, reason))
        })
        .await
    }
}

async fn write_intake(
    w: &mut StaffWrite,
    comment: super::comments::ValidComment,
    valid: ValidIntake,
    received: ReceivedInput,
) -> AppResult<Receipt> {
    let (round_id, delegation_id, now) = (w.round.round_id, valid.delegation_id, w.now);
    let received_at = received_instant(&received, &w.round.venue_tz)?;
    let participation = people::participation(&mut w.tx, round_id, delegation_id)
        .await?
        .ok_or_else(|| {
            AppError::invalid("on_behalf_of", Message::new("error-intake-delegation"))
        })?;
    let facts = IntakeFacts {
        schedule: w.round.schedule,
        individual: participation.individual_closes_at,
        outcome_published: outcome_store::is_published(&mut w.tx, round_id).await?,
        silence: w.round.kind == "silence",
    };
    let timing = judge_intake(&facts, received_at, now).map_err(intake_refusal)?;
    let stored = comment_writes::insert_submission(
        &mut w.tx,
        &NewSubmission {
            round_id,
            delegation_id,
            recommendation_id: comment.recommendation_id,
            content: comment.content(),
            by_user_id: w.actor.user_id,
            at: now,
        },
    )
    .await?
    .ok_or(AppError::NotFound)?;
    if comment.recommendation_id.is_some() && !stored.recommendation_known {
        return Err(unknown_recommendation());
    }
    let intake = Intake {
        source: valid.source,
        received_at,
        source_reference: valid.source_reference,
    };
    intake_store::record_intake(
        &mut w.tx,
        stored.comment_id,
        &intake,
        timing.late,
        timing.held_back,
    )
    .await?;
    notify::intake_receipt(
        &mut w.tx,
        &w.app,
        now,
        (round_id, delegation_id),
        (stored.comment_id, &stored.reference),
        (&intake, timing.held_back),
    )
    .await?;
    let after = json!({
        "reference": stored.reference,
        "recommendation_id": comment.recommendation_id,
        "late": timing.late,
        "held_back": timing.held_back,
        "source": intake.source.as_str(),
        "received_at": intake.received_at.to_string(),
        "source_reference": intake.source_reference,
        "content": comment_json(&comment.content(), CommentStatus::Active),
    });
    w.audit_for(
        Some(delegation_id),
        "comment_entered_on_behalf",
        ("comment", Some(stored.comment_id)),
        (None, Some(after)),
    )
    .await?;
    Ok(Receipt {
        comment_id: stored.comment_id,
        round_id,
        reference: stored.reference,
        late: timing.late,
        held_back: timing.held_back,
    })
}

async fn write_inclusion(
    w: &mut StaffWrite,
    comment_id: i64,
    reason: String,
) -> AppResult<Comment> {
    let round_id = w.round.round_id;
    let published = outcome_store::is_published(&mut w.tx, round_id).await?;
    if published && w.round.schedule.state_at(w.now) == crate::domain::RoundState::Closed {
        return Err(intake_refusal(IntakeError::OutcomePublished));
    }
    let included = intake_store::include(
        &mut w.tx,
        round_id,
        comment_id,
        (w.actor.user_id, w.now),
        &reason,
    )
    .await?;
    let Some(included) = included else {
        // No held-back comment of this round: none at all, or one that counts already.
        return match crate::store::comment::get_comment(&mut w.tx, comment_id).await? {
            Some(c) if c.round_id == round_id => Err(AppError::Conflict(Message::new(
                "conflict-comment-not-held-back",
            ))),
            _ => Err(AppError::NotFound),
        };
    };
    w.audit_for(
        Some(included.delegation_id),
        "late_comment_included",
        ("comment", Some(comment_id)),
        (
            Some(json!({ "reference": included.reference, "held_back": true })),
            Some(json!({ "held_back": false, "reason": reason })),
        ),
    )
    .await?;
    crate::store::comment::get_comment(&mut w.tx, comment_id)
        .await?
        .ok_or(AppError::NotFound)
}

impl App {
    /// A comment of a round, for the page where the Chair includes it (staff only; a comment of
    /// another round does not exist here), with the round as it stands.
    pub async fn staff_comment(
        &self,
        actor: &Actor,
        round_id: i64,
        comment_id: i64,
    ) -> AppResult<(super::rounds::RoundSummary, Comment)> {
        let (mut conn, round) = self.staff_read(actor, round_id).await?;
        let comment = crate::store::comment::get_comment(&mut conn, comment_id)
            .await?
            .filter(|c| c.round_id == round_id)
            .ok_or(AppError::NotFound)?;
        Ok((super::rounds::summarize(round, self.now())?, comment))
    }
}
