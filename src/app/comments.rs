//! Submitting, editing and withdrawing a delegation's comments. The deadline rule is applied
//! inside each write transaction, against the server's clock, to what the write's own statement
//! read (one statement per write); a write it refuses is rolled back, never acknowledged.

use std::sync::Arc;

use jiff::Timestamp;
use serde_json::json;

use super::rounds::{RoundSummary, summarize_window};
use super::{App, AppError, AppResult, FieldError, notify, venue_zone};
use crate::domain::group_thousands;
use crate::domain::{
    Actor, Comment, CommentKind, CommentStatus, CommentText, DeadlineError, RoundSchedule,
    VenueZone,
};
use crate::i18n::{Message, Moment};
use crate::store::audit::AuditEntry;
use crate::store::comment::writes::{
    self as comment_writes, Change, Changed, CommentContent, QueuedSubmission,
};
use crate::store::comment::{self as comment_store, DeadlineFacts};
use crate::store::round as round_store;
use crate::store::{GroupRows, audit};

/// What a focal point typed into a comment form, unparsed.
#[derive(Debug, Clone, Default)]
pub struct CommentInput {
    /// Empty for a comment on the draft as a whole.
    pub recommendation_id: String,
    pub kind: String,
    pub text: String,
    pub proposed_text: String,
}

/// A comment's content after validation.
#[derive(Debug, Clone)]
pub(super) struct ValidComment {
    pub(super) recommendation_id: Option<i64>,
    pub(super) kind: CommentKind,
    pub(super) text: String,
    pub(super) proposed_text: Option<String>,
}

impl ValidComment {
    pub(super) fn content(&self) -> CommentContent<'_> {
        CommentContent {
            kind: self.kind,
            text: &self.text,
            proposed_text: self.proposed_text.as_deref(),
        }
    }
}

/// The acknowledgement of a stored comment.
#[derive(Debug, Clone)]
pub struct Receipt {
    pub comment_id: i64,
    pub round_id: i64,
    pub reference: String,
    pub late: bool,
    /// Received after the delegation's window had closed (entered by the Secretariat): left out
    /// of the consolidation until the Chair includes it.
    pub held_back: bool,
}

fn text_error(field: &'static str, e: &crate::domain::CommentTextError) -> FieldError {
    let mut message =
        Message::new(e.message_id()).with("max", group_thousands(CommentText::MAX_CHARS));
    if let crate::domain::CommentTextError::TooLong { len } = e {
        message = message.with("len", group_thousands(*len));
    }
    FieldError { field, message }
}

/// The version an edit form says it changes (its hidden `version` field). Anything but a whole
/// number is refused: read as "no version", the edit would overwrite whatever another focal
/// point saved since the form was filled in, unseen.
pub fn form_version(field: &str) -> AppResult<i64> {
    field
        .trim()
        .parse()
        .map_err(|_| AppError::invalid("version", Message::new("error-comment-version")))
}

/// The refusal of a comment on a recommendation that is not in the round's draft.
pub(super) fn unknown_recommendation() -> AppError {
    AppError::invalid(
        "recommendation_id",
        Message::new("error-recommendation-unknown"),
    )
}

/// Checks a comment form. A remark needs text; an amendment needs its replacement text (the
/// explanation is optional); a proposal to delete and a statement of support may come without
/// text.
pub(super) fn validate(input: &CommentInput) -> Result<ValidComment, Vec<FieldError>> {
    let mut errors = Vec::new();
    let recommendation_id = match input.recommendation_id.trim() {
        "" => None,
        id => match id.parse::<i64>() {
            Ok(id) => Some(id),
            Err(_) => {
                errors.push(FieldError::new(
                    "recommendation_id",
                    "error-recommendation-unknown",
                ));
                None
            }
        },
    };
    let kind = CommentKind::parse(&input.kind);
    if kind.is_none() {
        errors.push(FieldError::new("kind", "error-comment-kind"));
    }
    let text_required = kind == Some(CommentKind::Remark);
    let text = if input.text.trim().is_empty() && !text_required {
        Some(String::new())
    } else {
        match CommentText::parse(&input.text) {
            Ok(t) => Some(t.into_inner()),
            Err(e) => {
                errors.push(text_error("text", &e));
                None
            }
        }
    };
    let proposed_text = if kind.is_some_and(|k| k.requires_proposed_text()) {
        match CommentText::parse(&input.proposed_text) {
            Ok(t) => Some(t.into_inner()),
            Err(crate::domain::CommentTextError::Empty) => {
                errors.push(FieldError::new(
                    "proposed_text",
                    "error-proposed-text-empty",
                ));
                None
            }
            Err(e) => {
                errors.push(text_error("proposed_text", &e));
                None
            }
        }
    } else {
        None
    };
    match (kind, text) {
        (Some(kind), Some(text)) if errors.is_empty() => Ok(ValidComment {
            recommendation_id,
            kind,
            text,
            proposed_text,
        }),
        _ => Err(errors),
    }
}

/// The receipt of a change of an existing comment, with its audit row (before and after),
/// which the write's group stores with its commit.
fn audit_change(
    actor: &Actor,
    now: Timestamp,
    changed: Changed,
    action: &'static str,
    (before, after): (serde_json::Value, serde_json::Value),
    late: bool,
) -> (Receipt, GroupRows) {
    let row = audit::AuditRow::from(
        &AuditEntry::new(now, action, ("comment", Some(changed.comment_id)))
            .by(actor.user_id, Some(changed.delegation_id))
            .in_round(changed.round_id)
            .change(Some(before), Some(after)),
    );
    (
        Receipt {
            comment_id: changed.comment_id,
            round_id: changed.round_id,
            reference: changed.reference,
            late,
            held_back: false,
        },
        GroupRows::audit(row),
    )
}

/// Makes a change to one of the actor's delegation's comments, then applies the rules to it,
/// from what the change's statement read: the delegation must still take part and the deadline
/// rule must let the write in (a refusal rolls the change back: see `Store::grouped_write`).
/// Returns the change and whether it is late (in through an individual extension). When the
/// statement changed nothing, the comment is read to say why, in the rules' order.
async fn change_own_comment(
    app: &App,
    tx: &mut sqlx::AnyConnection,
    actor: &Actor,
    comment_id: i64,
    change: &Change<'_>,
    now: Timestamp,
) -> AppResult<(Changed, bool)> {
    let changed = match actor.delegation_id {
        Some(delegation_id) if actor.can_modify_comment(delegation_id) => {
            comment_writes::change_own_comment(
                tx,
                comment_id,
                delegation_id,
                change,
                actor.user_id,
                now,
            )
            .await?
        }
        _ => None,
    };
    let Some(changed) = changed else {
        return Err(why_unchanged(app, tx, actor, comment_id, now).await);
    };
    app.inner
        .known_facts
        .learn_comment(changed.comment_id, changed.round_id);
    let late = app.judge_write(changed.round_id, &changed.facts, now)?;
    if late && matches!(change, Change::Edit { .. }) {
        comment_writes::mark_late(tx, changed.comment_id).await?;
    }
    Ok((changed, late))
}

/// Why a change of a comment matched nothing: not found (or not the actor's delegation's), the
/// deadline, withdrawn, or changed since the version the actor saw.
async fn why_unchanged(
    app: &App,
    tx: &mut sqlx::AnyConnection,
    actor: &Actor,
    comment_id: i64,
    now: Timestamp,
) -> AppError {
    let comment = match own_comment_to_write(app, tx, actor, comment_id, now).await {
        Ok(comment) => comment,
        Err(e) => return e,
    };
    if comment.status == CommentStatus::Withdrawn {
        return AppError::Conflict(Message::new("conflict-comment-withdrawn"));
    }
    // Otherwise the only reason left is the version (comments are written by one writer at a
    // time, so nothing else changed it between the two statements).
    AppError::Conflict(Message::new("conflict-comment-changed"))
}

/// One of the actor's delegation's comments, if the deadline rule lets a change of it in at
/// `now`. One query (the comment with its round's schedule and the delegation's place in it),
/// made before a change queues for the writer, as a shortcut (`App::refuse_early_for_comment`),
/// and inside the write transaction when the change's statement matched nothing, to say why;
/// what it read is remembered for the next writes' shortcut.
async fn own_comment_to_write(
    app: &App,
    conn: &mut sqlx::AnyConnection,
    actor: &Actor,
    comment_id: i64,
    now: Timestamp,
) -> AppResult<Comment> {
    let found = comment_store::comment_for_write(conn, comment_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let comment = found.comment;
    app.inner
        .known_facts
        .learn_comment(comment.comment_id, comment.round_id);
    refuse_unless_changeable(actor, &comment)?;
    app.judge_write(comment.round_id, &found.facts, now)?;
    Ok(comment)
}

/// The deadline rule itself, given the delegation's individual deadline.
fn apply_deadline(
    schedule: &RoundSchedule,
    venue_tz: &str,
    individual: Option<Timestamp>,
    now: Timestamp,
) -> AppResult<bool> {
    if let Err(e) = schedule.check_write(now, individual) {
        return Err(AppError::Deadline(deadline_message(
            &e,
            &venue_zone(venue_tz)?,
        )));
    }
    Ok(schedule.is_late(now))
}

/// The refusal of a write, stating the deadline in the venue's time.
pub fn deadline_message(e: &DeadlineError, venue: &VenueZone) -> Message {
    match e {
        DeadlineError::Closed { closes_at } => Message::new("refusal-round-closed")
            .with("deadline", Moment::deadline(venue, *closes_at)),
        DeadlineError::NotYetOpen { opens_at } => {
            Message::new("refusal-round-not-open").with("opens", Moment::deadline(venue, *opens_at))
        }
        DeadlineError::Cancelled => Message::new("refusal-round-cancelled"),
    }
}

pub(super) fn comment_json(c: &CommentContent<'_>, status: CommentStatus) -> serde_json::Value {
    json!({
        "kind": c.kind.as_str(),
        "text": c.text,
        "proposed_text": c.proposed_text,
        "status": status.as_str(),
    })
}

impl App {
    /// The rules applied to a comment's write after its statement, from what the statement
    /// read: the delegation must take part in the round, and the deadline rule must let the
    /// write in. Returns whether the write is late (in through an individual extension).
    pub(super) fn judge_write(
        &self,
        round_id: i64,
        facts: &DeadlineFacts,
        now: Timestamp,
    ) -> AppResult<bool> {
        self.inner.known_facts.learn_round(round_id, facts.schedule);
        let individual = facts.participation.ok_or(AppError::NotFound)?;
        apply_deadline(&facts.schedule, &facts.venue_tz, individual, now)
    }

    /// Refuses an amendment whose proposed text is the paragraph as drafted (the form starts
    /// from it): it proposes nothing, and was most likely sent by mistake.
    /// Costs one read per amendment on a recommendation (remarks, deletions and support none).
    async fn refuse_unchanged_amendment(
        &self,
        round_id: i64,
        valid: &ValidComment,
    ) -> AppResult<()> {
        let (Some(proposed), Some(recommendation_id)) =
            (&valid.proposed_text, valid.recommendation_id)
        else {
            return Ok(());
        };
        let mut conn = self.store().read().await?;
        let drafted = round_store::get_recommendation(&mut conn, round_id, recommendation_id)
            .await?
            .and_then(|r| CommentText::parse(&r.text).ok());
        match drafted {
            Some(text) if text.as_str() == proposed.as_str() => Err(AppError::invalid(
                "proposed_text",
                Message::new("error-proposed-text-unchanged"),
            )),
            _ => Ok(()),
        }
    }

    /// Refuses a write that the deadline rule will refuse anyway, from a read, before it
    /// queues for the writer: refusals after the deadline then cost no write turn. Only a
    /// shortcut: the rule is applied again inside the write transaction, which decides. Skipped
    /// while the round's schedule as last read here says it is open (see [`known_facts`]):
    /// during a rush most writes then cost no read before the writer's.
    ///
    /// [`known_facts`]: super::known_facts
    async fn refuse_early(
        &self,
        round_id: i64,
        delegation_id: i64,
        recommendation_id: Option<i64>,
    ) -> AppResult<()> {
        let now = self.now();
        let known = &self.inner.known_facts;
        if known.surely_open(round_id, now) {
            return Ok(());
        }
        let mut conn = self.store().read().await?;
        let Some(facts) =
            round_store::write_facts(&mut conn, round_id, delegation_id, recommendation_id).await?
        else {
            return Ok(());
        };
        drop(conn);
        known.learn_round(round_id, facts.round.schedule);
        let Some(individual) = facts.participation else {
            return Ok(());
        };
        apply_deadline(
            &facts.round.schedule,
            &facts.round.venue_tz,
            individual,
            now,
        )?;
        // The draft cannot change once the round is open, and writes are refused before: a
        // recommendation of the round found now is still there when the write is made.
        if recommendation_id.is_some() && !facts.recommendation_known {
            return Err(unknown_recommendation());
        }
        Ok(())
    }

    /// Stores a new comment of the actor's delegation in a round and returns its receipt.
    pub async fn submit_comment(
        &self,
        actor: Actor,
        round_id: i64,
        input: CommentInput,
    ) -> AppResult<Receipt> {
        let delegation_id = match actor.delegation_id {
            Some(id) if actor.can_comment() => id,
            _ => return Err(AppError::NotFound),
        };
        let valid = validate(&input).map_err(AppError::Invalid)?;
        self.refuse_unchanged_amendment(round_id, &valid).await?;
        self.refuse_early(round_id, delegation_id, valid.recommendation_id)
            .await?;
        // A first comment gets a receipt: who it goes to is read now, so that the write only
        // renders it and hands it to its group, which puts it into the outbox with the others'
        // (the writer's time is what every write waits for).
        let audience = if self
            .inner
            .known_facts
            .has_commented(round_id, delegation_id)
        {
            None
        } else {
            let mut conn = self.store().read().await?;
            Some(Arc::new(
                notify::receipt_audience(&mut conn, self, round_id, delegation_id).await?,
            ))
        };
        let submission = QueuedSubmission {
            round_id,
            delegation_id,
            recommendation_id: valid.recommendation_id,
            kind: valid.kind,
            text: valid.text.clone(),
            proposed_text: valid.proposed_text.clone(),
            by_user_id: actor.user_id,
        };
        let app = self.clone();
        let clock = self.inner.clock.clone();
        let (receipt, wake_mail) = self
            .store()
            .grouped_submission(submission, clock, move |tx, now, stored| {
                // Runs again if the group is run again (see `Store::grouped_write`).
                let (app, valid, audience) = (app.clone(), valid.clone(), audience.clone());
                Box::pin(async move {
                    // Stored first (by the group, with the submissions next to it), judged
                    // after, in the same transaction: a refusal here rolls the comment (and its
                    // reference number) back.
                    let stored = stored.ok_or(AppError::NotFound)?;
                    let late = app.judge_write(round_id, &stored.facts, now)?;
                    if valid.recommendation_id.is_some() && !stored.recommendation_known {
                        return Err(unknown_recommendation());
                    }
                    if late {
                        comment_writes::mark_late(tx, stored.comment_id).await?;
                    }
                    let (comment_id, reference) = (stored.comment_id, stored.reference);
                    let audit_row = audit::AuditRow::from(
                        &AuditEntry::new(now, "comment_submitted", ("comment", Some(comment_id)))
                            .by(actor.user_id, Some(delegation_id))
                            .in_round(round_id)
                            .change(None, Some(json!({
                            "reference": reference,
                            "recommendation_id": valid.recommendation_id,
                            "late": late,
                            "content": comment_json(&valid.content(), CommentStatus::Active),
                        }))),
                    );
                    // The receipt of a delegation's first submission, committed with it.
                    let receipts = if stored.commented_before {
                        Vec::new()
                    } else {
                        notify::receipt(
                            tx,
                            &app,
                            now,
                            (round_id, delegation_id),
                            audience.as_deref(),
                            &reference,
                        )
                        .await?
                    };
                    let wake_mail = !receipts.is_empty();
                    Ok::<_, AppError>((
                        (
                            Receipt {
                                comment_id,
                                round_id,
                                reference,
                                late,
                                held_back: false,
                            },
                            wake_mail,
                        ),
                        GroupRows {
                            audit: vec![audit_row],
                            outbox: receipts,
                        },
                    ))
                })
            })
            .await?;
        if wake_mail {
            self.wake_mail();
        }
        let known = &self.inner.known_facts;
        known.learn_comment(receipt.comment_id, receipt.round_id);
        known.learn_commented(round_id, delegation_id);
        Ok(receipt)
    }

    /// Replaces the content of one of the actor's delegation's comments. `expected_version`,
    /// when given, refuses the change if someone else changed the comment meanwhile. A comment
    /// stays on what it is about: the input's recommendation is not read.
    pub async fn edit_comment(
        &self,
        actor: Actor,
        comment_id: i64,
        expected_version: Option<i64>,
        input: CommentInput,
    ) -> AppResult<Receipt> {
        let valid = match validate(&input) {
            Ok(valid) => valid,
            Err(errors) => {
                // Whoever may not change the comment is told it does not exist, whatever
                // they sent: the comment is read on this path only.
                self.own_comment(&actor, comment_id).await?;
                return Err(AppError::Invalid(errors));
            }
        };
        self.refuse_early_for_comment(&actor, comment_id).await?;
        let app = self.clone();
        self.store()
            .grouped_write_audited(move |tx| {
                // Runs again if the group is run again (see `Store::grouped_write`).
                let (app, valid) = (app.clone(), valid.clone());
                Box::pin(async move {
                    let now = app.now();
                    let change = Change::Edit {
                        content: valid.content(),
                        expected_version,
                    };
                    let (changed, late) =
                        change_own_comment(&app, tx, &actor, comment_id, &change, now).await?;
                    let before = json!({
                        "version": changed.version - 1,
                        // An edit's statement always reads the content before it.
                        "content": changed
                            .before
                            .as_ref()
                            .map(|before| comment_json(&before.content(), CommentStatus::Active)),
                    });
                    let after = json!({
                        "version": changed.version,
                        "late": late,
                        "content": comment_json(&valid.content(), CommentStatus::Active),
                    });
                    Ok(audit_change(
                        &actor,
                        now,
                        changed,
                        "comment_edited",
                        (before, after),
                        late,
                    ))
                })
            })
            .await
    }

    /// Withdraws one of the actor's delegation's comments; it stays recorded as withdrawn.
    pub async fn withdraw_comment(&self, actor: Actor, comment_id: i64) -> AppResult<Receipt> {
        self.refuse_early_for_comment(&actor, comment_id).await?;
        let app = self.clone();
        self.store()
            .grouped_write_audited(move |tx| {
                // Runs again if the group is run again (see `Store::grouped_write`).
                let app = app.clone();
                Box::pin(async move {
                    let now = app.now();
                    let (changed, late) =
                        change_own_comment(&app, tx, &actor, comment_id, &Change::Withdraw, now)
                            .await?;
                    let before = json!({ "version": changed.version - 1, "status": "active" });
                    let after =
                        json!({ "version": changed.version, "status": "withdrawn", "late": late });
                    Ok(audit_change(
                        &actor,
                        now,
                        changed,
                        "comment_withdrawn",
                        (before, after),
                        late,
                    ))
                })
            })
            .await
    }

    /// One of the actor's delegation's comments, for its edit or withdraw page, with its
    /// delegation's window of the round (the page offers no form once that has closed).
    pub async fn own_comment(
        &self,
        actor: &Actor,
        comment_id: i64,
    ) -> AppResult<(Comment, RoundSummary)> {
        let mut conn = self.store().read().await?;
        let comment = owned_comment(&mut conn, actor, comment_id).await?;
        let round = round_store::get_round(&mut conn, comment.round_id)
            .await?
            .ok_or(AppError::NotFound)?;
        let individual = crate::store::delegation::participation(
            &mut conn,
            comment.round_id,
            comment.delegation_id,
        )
        .await?
        .and_then(|p| p.individual_closes_at);
        Ok((comment, summarize_window(round, self.now(), individual)?))
    }

    /// The read before an edit or withdrawal (see [`App::refuse_early`]): skipped while the
    /// comment's round is known here and, as last read, open.
    async fn refuse_early_for_comment(&self, actor: &Actor, comment_id: i64) -> AppResult<()> {
        let now = self.now();
        let known = &self.inner.known_facts;
        if known
            .round_of_comment(comment_id)
            .is_some_and(|round_id| known.surely_open(round_id, now))
        {
            return Ok(());
        }
        let mut conn = self.store().read().await?;
        own_comment_to_write(self, &mut conn, actor, comment_id, now).await?;
        Ok(())
    }
}

/// A comment the actor's delegation owns; anything else is "not found".
async fn owned_comment(
    conn: &mut sqlx::AnyConnection,
    actor: &Actor,
    comment_id: i64,
) -> AppResult<Comment> {
    let comment = comment_store::get_comment(conn, comment_id)
        .await?
        .ok_or(AppError::NotFound)?;
    refuse_unless_changeable(actor, &comment)?;
    Ok(comment)
}

/// Refuses a change of a comment by anyone but its delegation (as if it did not exist), and by
/// its delegation one the Secretariat entered on its behalf (it may comment further instead).
fn refuse_unless_changeable(actor: &Actor, comment: &Comment) -> AppResult<()> {
    if !actor.can_modify_comment(comment.delegation_id) {
        return Err(AppError::NotFound);
    }
    if !comment.changeable_by_delegation() {
        return Err(AppError::Conflict(Message::new(
            "conflict-comment-entered-by-secretariat",
        )));
    }
    Ok(())
}

/// Whether a delegation may still write in a round now (for showing or hiding forms; the
/// write itself checks again in its transaction).
pub fn writable(schedule: &RoundSchedule, individual: Option<Timestamp>, now: Timestamp) -> bool {
    schedule.check_write(now, individual).is_ok()
}
