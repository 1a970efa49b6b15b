//! The silence procedure's use cases: a delegation breaks silence with a written statement (or,
//! if its category may not break it, sends a statement that is recorded), withdraws it before
//! the deadline, and the server decides the result once the last window has closed.
//!
//! Each write is one transaction that first takes the round's turn
//! (`store::silence::take_round_turn`), then reads the clock and applies the deadline rule to
//! what it reads: so the decision, which takes the same turn once the deadline has passed,
//! either sees a statement (made before the deadline, committed before the decision read) or
//! the statement's write reads a clock past the deadline and is refused. A refused write is
//! rolled back whole: no statement, no number, no receipt.

use jiff::Timestamp;
use serde_json::json;
use sqlx::AnyConnection;

use super::comments::deadline_message;
use super::rounds::{RoundSummary, summarize, summarize_window};
use super::{App, AppError, AppResult, FieldError, notify, venue_zone};
use crate::domain::silence::{self, SILENCE_KIND, SilenceBreakers, SilenceResult};
use crate::domain::{Actor, CommentText, CommentTextError, DeadlineError, Round, RoundState};
use crate::i18n::Message;
use crate::store::Tx;
use crate::store::audit::{self, AuditEntry};
use crate::store::round as round_store;
use crate::store::silence::{self as silence_store, BreakRecord, NewBreak};

/// A statement as typed: its text and the replacement texts it proposes, by recommendation
/// (ids unparsed; empty texts are left out by the caller).
#[derive(Debug, Clone, Default)]
pub struct StatementInput {
    pub statement: String,
    pub amendments: Vec<(String, String)>,
}

/// The acknowledgement of a statement or of its withdrawal.
#[derive(Debug, Clone)]
pub struct StatementReceipt {
    pub silence_break_id: i64,
    pub round_id: i64,
    pub reference: String,
    /// Whether the statement breaks silence (its delegation's category may break it).
    pub breaks_silence: bool,
    pub late: bool,
}

/// Where a silence round stands for a reader: its result once decided, and who broke silence.
#[derive(Debug, Clone, Default)]
pub struct SilenceStatus {
    pub result: Option<SilenceResult>,
    pub decided_at: Option<Timestamp>,
    /// The delegations whose statement broke silence, by name (once decided).
    pub broken_by: Vec<String>,
}

/// A delegation's statement, as pages and the API show it.
#[derive(Debug, Clone)]
pub struct Statement {
    pub silence_break_id: i64,
    pub delegation_id: i64,
    pub delegation_name: String,
    pub category: crate::domain::DelegationCategory,
    pub reference: String,
    pub statement: String,
    /// Whether its delegation's category could break silence when it was sent.
    pub breaks_silence: bool,
    pub late: bool,
    pub sent_at: Timestamp,
    pub withdrawn_at: Option<Timestamp>,
    /// (recommendation id, label, proposed text), in document order.
    pub amendments: Vec<(i64, String, String)>,
}

impl From<BreakRecord> for Statement {
    fn from(b: BreakRecord) -> Statement {
        Statement {
            silence_break_id: b.silence_break_id,
            delegation_id: b.delegation_id,
            delegation_name: b.delegation_name,
            category: b.category,
            reference: b.reference,
            statement: b.statement,
            breaks_silence: b.breaks_silence,
            late: b.late,
            sent_at: b.sent_at,
            withdrawn_at: b.withdrawn_at,
            amendments: b
                .amendments
                .into_iter()
                .map(|a| (a.recommendation_id, a.label, a.proposed_text))
                .collect(),
        }
    }
}

fn statements(records: Vec<BreakRecord>) -> Vec<Statement> {
    records.into_iter().map(Statement::from).collect()
}

/// A delegation's page of a silence round.
#[derive(Debug, Clone)]
pub struct DelegateSilence {
    pub summary: RoundSummary,
    pub delegation_name: String,
    /// Whether a statement of this delegation breaks silence.
    pub may_break: bool,
    /// Whether it can send or withdraw a statement now.
    pub writable: bool,
    /// Its statements, withdrawn ones included, oldest first.
    pub statements: Vec<Statement>,
    pub status: SilenceStatus,
    /// For a text revised from an earlier round: its version's name and that round's title.
    pub revision: Option<(String, String)>,
}

/// A silence round as the Chair and the Secretariat see it.
#[derive(Debug, Clone)]
pub struct StaffSilence {
    pub breakers: SilenceBreakers,
    pub statements: Vec<Statement>,
    pub status: SilenceStatus,
}

/// A statement's content after validation.
#[derive(Debug, Clone)]
struct ValidStatement {
    statement: String,
    amendments: Vec<(i64, String)>,
}

fn text_error(field: &'static str, e: &CommentTextError) -> FieldError {
    let mut message = Message::new(match e {
        CommentTextError::Empty => "error-statement-empty",
        other => other.message_id(),
    })
    .with(
        "max",
        crate::domain::group_thousands(CommentText::MAX_CHARS),
    );
    if let CommentTextError::TooLong { len } = e {
        message = message.with("len", crate::domain::group_thousands(*len));
    }
    FieldError { field, message }
}

fn validate(input: &StatementInput) -> Result<ValidStatement, Vec<FieldError>> {
    let mut errors = Vec::new();
    let statement = match CommentText::parse(&input.statement) {
        Ok(text) => text.into_inner(),
        Err(e) => {
            errors.push(text_error("statement", &e));
            String::new()
        }
    };
    let mut amendments: Vec<(i64, String)> = Vec::new();
    for (id, text) in &input.amendments {
        let Ok(id) = id.trim().parse::<i64>() else {
            errors.push(FieldError::new(
                "amendments",
                "error-recommendation-unknown",
            ));
            continue;
        };
        if amendments.iter().any(|(seen, _)| *seen == id) {
            errors.push(FieldError::new("amendments", "error-amendment-repeated"));
            continue;
        }
        match CommentText::parse(text) {
            Ok(text) => amendments.push((id, text.into_inner())),
            Err(e) => errors.push(text_error("amendments", &e)),
        }
    }
    if errors.is_empty() {
        Ok(ValidStatement {
            statement,
            amendments,
        })
    } else {
        Err(errors)
    }
}

/// Checks a statement as typed (the confirmation step shows only a valid one).
pub fn check_statement(input: &StatementInput) -> Result<(), Vec<FieldError>> {
    validate(input).map(|_| ())
}

/// The refusal of a statement by the deadline rule, stating the deadline in the venue's time.
fn refusal(e: &DeadlineError, venue_tz: &str) -> AppResult<AppError> {
    let message = deadline_message(e, &venue_zone(venue_tz)?);
    let id = match message.id {
        "refusal-round-closed" => "refusal-silence-closed",
        "refusal-round-not-open" => "refusal-silence-not-open",
        _ => "refusal-silence-cancelled",
    };
    Ok(AppError::Deadline(Message { id, ..message }))
}

/// A delegation's write in a silence round, under way: the round's turn is held, the clock read
/// after it, and the deadline rule applied.
struct SilenceWrite {
    round: Round,
    delegation_id: i64,
    now: Timestamp,
    late: bool,
}

/// The end of every write of a statement (`withdrawn`: of its withdrawal): its audit entry, its
/// receipt to the focal points of the delegation, the commit, and the receipt answered.
async fn record_statement(
    mut tx: Tx,
    app: &App,
    w: &SilenceWrite,
    entry: &AuditEntry<'_>,
    receipt: StatementReceipt,
    withdrawn: bool,
) -> AppResult<StatementReceipt> {
    audit::record(&mut tx, entry).await?;
    notify::enqueue_statement_receipt(
        &mut tx,
        app,
        w.now,
        (receipt.round_id, w.delegation_id),
        notify::StatementReceipt {
            silence_break_id: receipt.silence_break_id,
            reference: &receipt.reference,
            breaks_silence: receipt.breaks_silence,
            withdrawn,
        },
    )
    .await?;
    tx.commit().await?;
    Ok(receipt)
}

/// Takes the round's turn, reads the clock and applies the rules: the actor's delegation takes
/// part in the round, the round is a silence round, and its window is open.
async fn begin_silence_write(
    tx: &mut AnyConnection,
    app: &App,
    actor: &Actor,
    round_id: i64,
) -> AppResult<SilenceWrite> {
    let delegation_id = match actor.delegation_id {
        Some(id) if actor.can_comment() => id,
        _ => return Err(AppError::NotFound),
    };
    if round_store::get_round(tx, round_id).await?.is_none() {
        return Err(AppError::NotFound);
    }
    silence_store::take_round_turn(tx, round_id).await?;
    let now = app.now();
    let facts = round_store::write_facts(tx, round_id, delegation_id, None)
        .await?
        .ok_or(AppError::NotFound)?;
    let individual = facts.participation.ok_or(AppError::NotFound)?;
    let round = facts.round;
    if round.kind != SILENCE_KIND {
        return Err(AppError::Conflict(Message::new("conflict-not-silence")));
    }
    if let Err(e) = round.schedule.check_write(now, individual) {
        return Err(refusal(&e, &round.venue_tz)?);
    }
    // Decided means closed, whatever the schedule says since (a reopening does not undo it).
    if silence_store::decision(tx, round_id).await?.is_some() {
        let closes_at = round.schedule.window_closes_at(individual);
        return Err(refusal(
            &DeadlineError::Closed { closes_at },
            &round.venue_tz,
        )?);
    }
    Ok(SilenceWrite {
        late: round.schedule.is_late(now),
        round,
        delegation_id,
        now,
    })
}

fn statement_json(b: &BreakRecord) -> serde_json::Value {
    json!({
        "reference": b.reference,
        "delegation": b.delegation_name,
        "breaks_silence": b.breaks_silence,
        "sent_at": b.sent_at.to_string(),
        "statement": b.statement,
        "amendments": b.amendments.iter().map(|a| json!({
            "recommendation": a.label, "proposed_text": a.proposed_text,
        })).collect::<Vec<_>>(),
    })
}

/// The status of a silence round from its decision and statements.
fn status_of(
    decided: Option<(SilenceResult, Timestamp)>,
    statements: &[BreakRecord],
) -> SilenceStatus {
    let Some((result, decided_at)) = decided else {
        return SilenceStatus::default();
    };
    SilenceStatus {
        result: Some(result),
        decided_at: Some(decided_at),
        broken_by: counted(statements)
            .map(|b| b.delegation_name.clone())
            .collect(),
    }
}

/// The statements that break silence and stood when the round closed (withdrawals are refused
/// after the deadline, so those standing now are those that stood then).
fn counted(statements: &[BreakRecord]) -> impl Iterator<Item = &BreakRecord> {
    statements
        .iter()
        .filter(|b| b.breaks_silence && b.withdrawn_at.is_none())
}

impl App {
    /// Sends a statement of the actor's delegation in a silence round: it breaks silence if the
    /// delegation's category may break it, else it is recorded without breaking it.
    pub async fn break_silence(
        &self,
        actor: Actor,
        round_id: i64,
        input: StatementInput,
    ) -> AppResult<StatementReceipt> {
        if !actor.can_comment() {
            return Err(AppError::NotFound);
        }
        let valid = validate(&input).map_err(AppError::Invalid)?;
        self.statement_write(actor, round_id, move |app, mut tx, w| async move {
            let in_draft: Vec<i64> = round_store::recommendations(&mut tx, round_id)
                .await?
                .into_iter()
                .map(|r| r.recommendation_id)
                .collect();
            if valid
                .amendments
                .iter()
                .any(|(id, _)| !in_draft.contains(id))
            {
                return Err(AppError::invalid(
                    "amendments",
                    Message::new("error-recommendation-unknown"),
                ));
            }
            if silence_store::standing_break(&mut tx, round_id, w.delegation_id)
                .await?
                .is_some()
            {
                return Err(AppError::Conflict(Message::new(
                    "conflict-silence-standing",
                )));
            }
            let category = silence_store::delegation_category(&mut tx, w.delegation_id)
                .await?
                .ok_or(AppError::NotFound)?;
            let breaks_silence = silence_store::breakers(&mut tx, round_id)
                .await?
                .may_break(category);
            let number = silence_store::next_number(&mut tx, round_id).await?;
            let reference = format!("{}/{number:04}", w.round.reference_prefix);
            let id = silence_store::insert_break(
                &mut tx,
                &NewBreak {
                    round_id,
                    delegation_id: w.delegation_id,
                    reference: &reference,
                    statement: &valid.statement,
                    breaks_silence,
                    late: w.late,
                    by_user_id: actor.user_id,
                    at: w.now,
                },
            )
            .await?;
            silence_store::insert_amendments(&mut tx, id, &valid.amendments).await?;
            let entry = AuditEntry::new(
                w.now,
                if breaks_silence {
                    "silence_broken"
                } else {
                    "silence_statement_sent"
                },
                ("silence_break", Some(id)),
            )
            .by(actor.user_id, Some(w.delegation_id))
            .in_round(round_id)
            .change(
                None,
                Some(json!({
                    "reference": reference,
                    "breaks_silence": breaks_silence,
                    "late": w.late,
                    "statement": valid.statement,
                    "amendments": valid.amendments.iter().map(|(id, text)| json!({
                        "recommendation_id": id, "proposed_text": text,
                    })).collect::<Vec<_>>(),
                })),
            );
            let receipt = StatementReceipt {
                silence_break_id: id,
                round_id,
                reference,
                breaks_silence,
                late: w.late,
            };
            record_statement(tx, &app, &w, &entry, receipt, false).await
        })
        .await
    }

    /// Withdraws the statement of the actor's delegation that stands in a silence round (it is
    /// kept, marked withdrawn); only while its window is open.
    pub async fn withdraw_silence_break(
        &self,
        actor: Actor,
        round_id: i64,
    ) -> AppResult<StatementReceipt> {
        self.statement_write(actor, round_id, move |app, mut tx, w| async move {
            let standing = silence_store::standing_break(&mut tx, round_id, w.delegation_id)
                .await?
                .ok_or(AppError::NotFound)?;
            silence_store::withdraw_break(&mut tx, standing.silence_break_id, actor.user_id, w.now)
                .await?;
            let entry = AuditEntry::new(
                w.now,
                "silence_break_withdrawn",
                ("silence_break", Some(standing.silence_break_id)),
            )
            .by(actor.user_id, Some(w.delegation_id))
            .in_round(round_id)
            .change(
                Some(json!({ "reference": standing.reference, "status": "standing" })),
                Some(json!({ "reference": standing.reference, "status": "withdrawn" })),
            );
            let receipt = StatementReceipt {
                silence_break_id: standing.silence_break_id,
                round_id,
                reference: standing.reference,
                breaks_silence: standing.breaks_silence,
                late: w.late,
            };
            record_statement(tx, &app, &w, &entry, receipt, true).await
        })
        .await
    }

    /// Runs `work` as one write of the actor's delegation's statement in a task of its own: in
    /// a transaction that [`begin_silence_write`] began, and which `work` commits. Then wakes
    /// the mail worker, and the scheduler (the delegation has responded: its reminders need
    /// another look).
    async fn statement_write<W, Fut>(
        &self,
        actor: Actor,
        round_id: i64,
        work: W,
    ) -> AppResult<StatementReceipt>
    where
        W: FnOnce(App, Tx, SilenceWrite) -> Fut + Send + 'static,
        Fut: Future<Output = AppResult<StatementReceipt>> + Send,
    {
        let receipt = self
            .detached(move |app| async move {
                let mut tx = app.store().begin_write().await?;
                let w = begin_silence_write(&mut tx, &app, &actor, round_id).await?;
                work(app, tx, w).await
            })
            .await?;
        self.wake_mail();
        self.wake_scheduler();
        Ok(receipt)
    }

    /// A delegation's page of a silence round.
    pub async fn delegate_silence(
        &self,
        actor: &Actor,
        round_id: i64,
    ) -> AppResult<DelegateSilence> {
        let delegation_id = actor.delegation_id.ok_or(AppError::NotFound)?;
        let mut conn = self.store().read().await?;
        let facts = round_store::delegate_page_facts(&mut conn, round_id, delegation_id)
            .await?
            .ok_or(AppError::NotFound)?;
        let individual = facts.participation.ok_or(AppError::NotFound)?;
        let delegation_name = facts.delegation_name.ok_or(AppError::NotFound)?;
        let now = self.now();
        let summary = summarize_window(facts.round, now, individual)?;
        let category = silence_store::delegation_category(&mut conn, delegation_id)
            .await?
            .ok_or(AppError::NotFound)?;
        let may_break = silence_store::breakers(&mut conn, round_id)
            .await?
            .may_break(category);
        let own = silence_store::breaks(&mut conn, round_id, Some(delegation_id)).await?;
        let decided = silence_store::decision(&mut conn, round_id).await?;
        let status = if decided.is_some() {
            // Who broke silence is told to every delegation once decided.
            let all = silence_store::breaks(&mut conn, round_id, None).await?;
            status_of(decided, &all)
        } else {
            SilenceStatus::default()
        };
        let revision = super::rounds::revision_of(&mut conn, &summary.round).await?;
        Ok(DelegateSilence {
            revision,
            writable: summary.state == RoundState::Open && decided.is_none(),
            summary,
            delegation_name,
            may_break,
            statements: statements(own),
            status,
        })
    }

    /// The result of a silence round and who broke silence, for anyone who may read the round
    /// (the caller has checked that), `None` for a round of another kind.
    pub async fn silence_status(&self, round: &Round) -> AppResult<Option<SilenceStatus>> {
        if round.kind != SILENCE_KIND {
            return Ok(None);
        }
        let mut conn = self.store().read().await?;
        let decided = silence_store::decision(&mut conn, round.round_id).await?;
        let statements = match decided {
            Some(_) => silence_store::breaks(&mut conn, round.round_id, None).await?,
            None => Vec::new(),
        };
        Ok(Some(status_of(decided, &statements)))
    }

    /// A silence round as the Chair and the Secretariat see it: every statement, withdrawn ones
    /// included, and the result once decided.
    pub async fn staff_silence(&self, actor: &Actor, round_id: i64) -> AppResult<StaffSilence> {
        let (mut conn, round) = self.staff_read(actor, round_id).await?;
        if round.kind != SILENCE_KIND {
            return Err(AppError::NotFound);
        }
        let all = silence_store::breaks(&mut conn, round_id, None).await?;
        let decided = silence_store::decision(&mut conn, round_id).await?;
        Ok(StaffSilence {
            breakers: silence_store::breakers(&mut conn, round_id).await?,
            status: status_of(decided, &all),
            statements: statements(all),
        })
    }

    /// The round's summary for a silence page of the staff.
    pub fn silence_summary(&self, round: Round) -> AppResult<RoundSummary> {
        summarize(round, self.now())
    }
}

/// Decides the result of a silence round once its last window has closed, in the scheduler's
/// transaction `tx`: records it (once: a round already decided, here or by another instance,
/// is left as it is), writes the audit record of who broke silence, when and with which
/// statement, and puts the result into the outbox for the Chair and every focal point.
/// Returns the result and the messages enqueued when this call decided it; whether the round is
/// closed, either way.
pub(crate) async fn decide_when_closed(
    tx: &mut AnyConnection,
    app: &App,
    round_id: i64,
) -> AppResult<(Option<(SilenceResult, usize)>, bool)> {
    silence_store::take_round_turn(tx, round_id).await?;
    let now = app.now();
    let Some(round) = round_store::get_round(tx, round_id).await? else {
        return Ok((None, false));
    };
    if round.schedule.state_at(now) != RoundState::Closed {
        return Ok((None, false));
    }
    let statements = silence_store::breaks(tx, round_id, None).await?;
    let result = silence::decide(
        statements
            .iter()
            .filter(|b| b.withdrawn_at.is_none())
            .map(|b| b.breaks_silence),
    );
    if !silence_store::insert_decision(tx, round_id, result, now).await? {
        return Ok((None, true));
    }
    let broken_by: Vec<&BreakRecord> = counted(&statements).collect();
    let names: Vec<String> = broken_by
        .iter()
        .map(|b| b.delegation_name.clone())
        .collect();
    let not_breaking: Vec<serde_json::Value> = statements
        .iter()
        .filter(|b| !b.breaks_silence && b.withdrawn_at.is_none())
        .map(statement_json)
        .collect();
    let entry = AuditEntry::new(now, "silence_decided", ("round", Some(round_id)))
        .in_round(round_id)
        .change(
            None,
            Some(json!({
                "result": result.as_str(),
                "deadline": round.schedule.last_closes_at.to_string(),
                "broken_by": broken_by.iter().map(|b| statement_json(b)).collect::<Vec<_>>(),
                "statements_not_breaking": not_breaking,
            })),
        );
    audit::record(tx, &entry).await?;
    let mails = notify::enqueue_silence_result(
        tx,
        app,
        now,
        round_id,
        result == SilenceResult::Adopted,
        &names,
    )
    .await?;
    Ok((Some((result, mails)), true))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input(statement: &str, amendments: &[(&str, &str)]) -> StatementInput {
        StatementInput {
            statement: statement.into(),
            amendments: amendments
                .iter()
                .map(|(id, text)| (id.to_string(), text.to_string()))
                .collect(),
        }
    }

    #[test]
    fn a_statement_is_required_and_amendments_are_checked() {
        let errors = validate(&input("  ", &[])).unwrap_err();
        assert_eq!(errors[0].field, "statement");
        assert_eq!(errors[0].message.id, "error-statement-empty");
        let errors = validate(&input("We object.", &[("x", "Text")])).unwrap_err();
        assert_eq!(errors[0].field, "amendments");
        let errors = validate(&input("We object.", &[("1", "A"), ("1", "B")])).unwrap_err();
        assert_eq!(errors[0].message.id, "error-amendment-repeated");
        let valid = validate(&input(" We object. ", &[("3", "New text")])).expect("valid");
        assert_eq!(valid.statement, "We object.");
        assert_eq!(valid.amendments, vec![(3, "New text".to_string())]);
    }
}
