//! The outcome document: gathering it from the dispositions and comments (for a preview or a
//! publication), publishing a new version, and reading published versions.
//!
//! Publishing puts its notice to the delegations into the outbox in the publication's own
//! transaction ([`crate::app::notify::announce`]): a published version is
//! never left unannounced, nor announced without being published.

use std::collections::HashMap;

use jiff::Timestamp;
use serde_json::json;
use sqlx::AnyConnection;

use super::consolidation::consolidation_gate;
use super::notify::{self, Announcement};
use super::rounds::{RoundSummary, summarize, under_agenda_items};
use super::staff::StaffWrite;
use super::views::OutcomeVersion;
use super::{App, AppError, AppResult};
use crate::domain::Actor;
use crate::domain::compilation::counted_in_compilation_order;
use crate::domain::silence::SILENCE_KIND;
use crate::domain::{Comment, Round};
use crate::i18n::Message;
use crate::outcome::silence::{SilenceOutcome, SilenceStatement};
use crate::outcome::{
    CompiledComment, CompiledIntake, OutcomeDocument, OutcomeParagraph, OutcomeSection, Respondent,
};
use crate::store::comment as comment_store;
use crate::store::delegation as people;
use crate::store::disposition::{self as disposition_store, ParagraphRecord};
use crate::store::outcome as outcome_store;
use crate::store::round as round_store;
use crate::store::silence as silence_store;

/// The published versions of a round's outcome, for its page.
#[derive(Debug, Clone)]
pub struct OutcomeListing {
    pub summary: RoundSummary,
    /// Newest first.
    pub versions: Vec<OutcomeVersion>,
}

fn compiled(c: &Comment) -> CompiledComment {
    CompiledComment {
        reference: c.reference.clone(),
        delegation: c.delegation_name.clone(),
        category: c.delegation_category,
        kind: c.kind,
        text: c.text.clone(),
        proposed_text: c.proposed_text.clone(),
        late: c.late,
        submitted_at: c.created_at.to_string(),
        intake: c.intake.as_ref().map(|i| CompiledIntake {
            source: i.source,
            received_at: i.received_at.to_string(),
            source_reference: i.source_reference.clone(),
        }),
    }
}

/// Gathers the outcome of `round` as it stands: every paragraph with its disposition, every
/// active comment in the order of the compilation.
pub(crate) async fn gather(
    conn: &mut AnyConnection,
    round: &Round,
    version: Option<i64>,
    issued_at: Timestamp,
) -> AppResult<OutcomeDocument> {
    let round_id = round.round_id;
    let (meeting_venue, meeting_dates) =
        outcome_store::meeting_place_and_dates(conn, round.meeting_id)
            .await?
            .unwrap_or_default();
    let agenda = round_store::agenda_items(conn, round_id).await?;
    let paragraphs = disposition_store::paragraphs(conn, round_id).await?;
    let mut dispositions: HashMap<i64, _> =
        disposition_store::dispositions_of_round(conn, round_id)
            .await?
            .into_iter()
            .map(|d| (d.recommendation_id, d))
            .collect();
    let labels: HashMap<i64, String> = paragraphs
        .iter()
        .map(|p| (p.recommendation_id, p.label.clone()))
        .collect();
    let comments =
        counted_in_compilation_order(comment_store::comments_of_round(conn, round_id).await?);
    let mut respondents: Vec<Respondent> = Vec::new();
    let mut by_recommendation: HashMap<i64, Vec<CompiledComment>> = HashMap::new();
    let mut general_comments = Vec::new();
    for c in &comments {
        if respondents
            .last()
            .is_none_or(|r| r.name != c.delegation_name)
        {
            respondents.push(Respondent {
                name: c.delegation_name.clone(),
                category: c.delegation_category,
            });
        }
        match c.recommendation_id {
            Some(id) => by_recommendation.entry(id).or_default().push(compiled(c)),
            None => general_comments.push(compiled(c)),
        }
    }
    let mut paragraph = |p: ParagraphRecord| {
        let disposition = dispositions.remove(&p.recommendation_id);
        OutcomeParagraph {
            recommendation_id: p.recommendation_id,
            label: p.label,
            added: p.added,
            draft_text: if p.added { String::new() } else { p.text },
            decision: disposition.as_ref().map(|d| d.decision),
            text: disposition.as_ref().and_then(|d| d.text.clone()),
            merged_into: disposition
                .as_ref()
                .and_then(|d| d.merged_into)
                .and_then(|id| labels.get(&id).cloned()),
            note: disposition.map(|d| d.note).unwrap_or_default(),
            comments: by_recommendation
                .remove(&p.recommendation_id)
                .unwrap_or_default(),
        }
    };
    let sections = under_agenda_items(&agenda, paragraphs, |p| p.agenda_item_id)
        .into_iter()
        .map(|(a, paragraphs)| OutcomeSection {
            number: a.number.clone(),
            title: a.title.clone(),
            paragraphs: paragraphs.into_iter().map(&mut paragraph).collect(),
        })
        .collect();
    Ok(OutcomeDocument {
        round_id,
        body: round.body_name.clone(),
        meeting: round.meeting_title.clone(),
        meeting_venue,
        meeting_dates,
        round_title: round.title.clone(),
        document_symbol: round.document_symbol.clone(),
        venue_tz: round.venue_tz.clone(),
        opens_at: round.schedule.opens_at.to_string(),
        closes_at: round.schedule.closes_at.to_string(),
        illustrative: round.illustrative,
        version,
        issued_at: issued_at.to_string(),
        delegations_invited: people::count_round_delegations(conn, round_id).await?,
        respondents,
        sections,
        general_comments,
        silence: silence_outcome(conn, round).await?,
    })
}

/// What the outcome of a silence round says once its result is decided: the result and the
/// statements standing at the deadline (`None` for other rounds, or before the decision).
async fn silence_outcome(
    conn: &mut AnyConnection,
    round: &Round,
) -> AppResult<Option<SilenceOutcome>> {
    if round.kind != SILENCE_KIND {
        return Ok(None);
    }
    let Some((result, decided_at)) = silence_store::decision(conn, round.round_id).await? else {
        return Ok(None);
    };
    let mut standing: Vec<_> = silence_store::breaks(conn, round.round_id, None)
        .await?
        .into_iter()
        .filter(|b| b.withdrawn_at.is_none())
        .collect();
    // Breaking statements first, each part in the order sent.
    standing.sort_by_key(|b| !b.breaks_silence);
    Ok(Some(SilenceOutcome {
        result,
        deadline: round.schedule.last_closes_at.to_string(),
        decided_at: decided_at.to_string(),
        statements: standing
            .into_iter()
            .map(|b| SilenceStatement {
                delegation: b.delegation_name,
                category: b.category,
                reference: b.reference,
                breaks_silence: b.breaks_silence,
                sent_at: b.sent_at.to_string(),
                late: b.late,
                statement: b.statement,
                amendments: b
                    .amendments
                    .into_iter()
                    .map(|a| (a.label, a.proposed_text))
                    .collect(),
            })
            .collect(),
    }))
}

/// May `actor` read the published outcome of a round: the staff, or a delegation taking part.
async fn may_read_outcome(conn: &mut AnyConnection, actor: &Actor, round_id: i64) -> AppResult<()> {
    if actor.can_view_all_comments() {
        return Ok(());
    }
    let delegation_id = actor.delegation_id.ok_or(AppError::NotFound)?;
    people::participation(conn, round_id, delegation_id)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(())
}

impl App {
    /// The outcome as it would be published now (staff only); undecided recommendations show
    /// their draft text, marked undecided.
    pub async fn outcome_preview(
        &self,
        actor: &Actor,
        round_id: i64,
    ) -> AppResult<OutcomeDocument> {
        if !actor.can_consolidate() {
            return Err(AppError::NotFound);
        }
        let (mut conn, round) = self.staff_read(actor, round_id).await?;
        gather(&mut conn, &round, None, self.now()).await
    }

    /// Publishes the outcome as its next version (the Chair only, once the round is closed and
    /// every recommendation decided); returns the version.
    /// What publishing the next version would do, for the Chair to confirm first: refused as
    /// the publication itself would be while delegations can still write.
    pub async fn publication_preview(
        &self,
        actor: &Actor,
        round_id: i64,
    ) -> AppResult<PublicationPreview> {
        if !actor.can_publish_outcome() {
            return Err(AppError::NotFound);
        }
        let (mut conn, round) = self.staff_read(actor, round_id).await?;
        consolidation_gate(&mut conn, &round, self.now()).await?;
        let version = outcome_store::next_version(&mut conn, round_id).await?;
        let lines = people::responses(&mut conn, round_id).await?;
        Ok(PublicationPreview {
            round,
            version,
            focal_points: lines.iter().map(|l| l.focal_points).sum(),
            delegations: lines.iter().filter(|l| l.focal_points > 0).count(),
            unreachable: lines
                .into_iter()
                .filter(|l| l.focal_points == 0)
                .map(|l| l.name)
                .collect(),
        })
    }

    pub async fn publish_outcome(&self, actor: Actor, round_id: i64) -> AppResult<OutcomeVersion> {
        if !actor.can_publish_outcome() {
            return Err(AppError::NotFound);
        }
        self.staff_write_then(
            &actor,
            round_id,
            move |w| Box::pin(write_publication(w)),
            |app, _| app.wake_mail(),
        )
        .await
    }

    /// The published versions of a round's outcome (staff, or a delegation of the round).
    pub async fn outcome_versions(
        &self,
        actor: &Actor,
        round_id: i64,
    ) -> AppResult<OutcomeListing> {
        let mut conn = self.store().read().await?;
        may_read_outcome(&mut conn, actor, round_id).await?;
        let round = round_store::get_round(&mut conn, round_id)
            .await?
            .ok_or(AppError::NotFound)?;
        let versions = super::views::outcome_versions(&mut conn, round_id).await?;
        Ok(OutcomeListing {
            summary: summarize(round, self.now())?,
            versions,
        })
    }

    /// A published version (the latest when `version` is `None`) as it was published.
    pub async fn published_outcome(
        &self,
        actor: &Actor,
        round_id: i64,
        version: Option<i64>,
    ) -> AppResult<OutcomeDocument> {
        let mut conn = self.store().read().await?;
        may_read_outcome(&mut conn, actor, round_id).await?;
        let (_, json) = outcome_store::get_outcome(&mut conn, round_id, version)
            .await?
            .ok_or(AppError::NotFound)?;
        crate::outcome::json::parse(json.as_bytes()).map_err(|e| {
            AppError::Store(crate::store::StoreError::Corrupt {
                column: "outcome.document_json",
                value: e.to_string(),
            })
        })
    }
}

/// What publishing the next version of a round's outcome would do.
#[derive(Debug, Clone)]
pub struct PublicationPreview {
    pub round: Round,
    /// The version it would be published as.
    pub version: i64,
    /// The focal points it would e-mail, and how many delegations they act for.
    pub focal_points: i64,
    pub delegations: usize,
    /// The delegations no focal point of which can sign in: nobody of theirs is e-mailed.
    pub unreachable: Vec<String>,
}

/// Publishes the next version of the outcome in the write `w`: refused while a recommendation
/// is undecided; the delegations' notice goes into the outbox in the same transaction.
async fn write_publication(w: &mut StaffWrite) -> AppResult<OutcomeVersion> {
    let (round_id, now) = (w.round.round_id, w.now);
    consolidation_gate(&mut w.tx, &w.round, now).await?;
    let version = outcome_store::next_version(&mut w.tx, round_id).await?;
    let doc = gather(&mut w.tx, &w.round, Some(version), now).await?;
    // A silence round has no dispositions: its outcome waits for its result instead.
    let silence_round = w.round.kind == SILENCE_KIND;
    if silence_round && doc.silence.is_none() {
        return Err(AppError::Conflict(Message::new(
            "outcome-refused-silence-undecided",
        )));
    }
    let undecided = doc.paragraphs().filter(|p| p.decision.is_none()).count();
    if undecided > 0 && !silence_round {
        return Err(AppError::Conflict(
            Message::new("outcome-refused-undecided").with("count", undecided as i64),
        ));
    }
    let document_json = serde_json::to_string(&doc)
        .map_err(|e| AppError::Task(format!("outcome document: {e}")))?;
    let outcome_id = outcome_store::insert_outcome(
        &mut w.tx,
        round_id,
        version,
        &document_json,
        w.actor.user_id,
        now,
    )
    .await?;
    w.audit(
        "outcome_published",
        ("outcome", Some(outcome_id)),
        (
            None,
            Some(json!({
                "version": version,
                "recommendations": doc.paragraphs().count(),
                "comments": doc.comment_count(),
                "respondents": doc.respondents.len(),
            })),
        ),
    )
    .await?;
    let outcome_url = format!("{}/rounds/{round_id}/outcome", w.app.settings().public_url);
    let announcement = Announcement::OutcomePublished {
        publication: version,
        outcome_url: &outcome_url,
    };
    notify::announce(&mut w.tx, &w.app, now, round_id, announcement).await?;
    outcome_store::get_outcome(&mut w.tx, round_id, Some(version))
        .await?
        .map(|(record, _)| OutcomeVersion::from(record))
        .ok_or(AppError::NotFound)
}
