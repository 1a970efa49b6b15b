//! Bodies, meetings, rounds and their drafts (agenda items and recommendations).

use std::collections::HashMap;

use jiff::Timestamp;
use sqlx::any::AnyRow;
use sqlx::{AnyConnection, FromRow, Row};

use super::batch::{insert_all, insert_sql, returned_pairs};
use super::column::Columns;
use super::{Result, flag, to_millis};
use crate::domain::schedule::RoundEvent;
use crate::domain::{Language, Round, RoundSchedule, Visibility};

#[derive(Debug, Clone)]
pub struct NewRound<'a> {
    pub meeting_id: i64,
    pub title: &'a str,
    pub kind: &'a str,
    pub reference_prefix: &'a str,
    pub venue_tz: &'a str,
    pub opens_at: Timestamp,
    pub closes_at: Timestamp,
    pub visibility: Visibility,
    pub instructions: &'a str,
    pub illustrative: bool,
    pub document_symbol: &'a str,
    /// The revision this round's draft is (`based_on_round_id`, `draft_version`).
    pub revision: Option<(i64, i64)>,
}

#[derive(Debug, Clone, FromRow)]
pub struct AgendaItemRecord {
    pub agenda_item_id: i64,
    pub number: String,
    pub title: String,
}

#[derive(Debug, Clone, FromRow)]
pub struct RecommendationRecord {
    pub recommendation_id: i64,
    pub agenda_item_id: i64,
    pub label: String,
    pub text: String,
    /// The same in every version of the document (`domain::revision`).
    pub stable_id: i64,
    /// Its text in the draft of the round this round is based on (none when it is new there, or
    /// the round is not based on another).
    pub previous_text: Option<String>,
    /// Its id in the draft of the round this round is based on.
    pub previous_recommendation_id: Option<i64>,
}

/// When the last window of the round `r` closes: its latest individual deadline that is later
/// than its own, else its own (`RoundSchedule::last_closing`), in one index range of the
/// delegations that have one (migration 0010). Delegations taken out of the round write no more.
macro_rules! last_closes_at_of_r {
    () => {
        "COALESCE((SELECT MAX(rdl.individual_closes_at) FROM round_delegation rdl \
         WHERE rdl.round_id = r.round_id AND rdl.individual_closes_at > r.closes_at \
         AND rdl.removed_at IS NULL), r.closes_at)"
    };
}

/// [`last_closes_at_of_r`] as an expression about the round aliased `r`.
pub(super) const LAST_CLOSES_AT_OF_R: &str = last_closes_at_of_r!();

const ROUND_COLUMNS: &str = concat!(
    "r.round_id, r.meeting_id, b.name AS body_name, m.title AS meeting_title, \
     r.title, r.kind, r.reference_prefix, r.venue_tz, r.opens_at, r.closes_at, r.cancelled_at, ",
    last_closes_at_of_r!(),
    " AS last_closes_at, r.visibility, r.instructions, r.illustrative, r.reminders_before, \
     r.based_on_round_id, r.draft_version, r.document_symbol, r.language \
     FROM round r JOIN meeting m ON m.meeting_id = r.meeting_id JOIN body b ON b.body_id = m.body_id"
);

/// The `opens_at`, `closes_at`, `cancelled_at` and `last_closes_at` columns of a round.
impl FromRow<'_, AnyRow> for RoundSchedule {
    fn from_row(row: &AnyRow) -> sqlx::Result<RoundSchedule> {
        let closes_at = row.time("closes_at")?;
        Ok(RoundSchedule {
            opens_at: row.time("opens_at")?,
            closes_at,
            cancelled_at: row.maybe_time("cancelled_at")?,
            last_closes_at: RoundSchedule::last_closing(
                closes_at,
                Some(row.time("last_closes_at")?),
            ),
        })
    }
}

/// The [`ROUND_COLUMNS`].
impl FromRow<'_, AnyRow> for Round {
    fn from_row(row: &AnyRow) -> sqlx::Result<Round> {
        Ok(Round {
            round_id: row.try_get("round_id")?,
            meeting_id: row.try_get("meeting_id")?,
            body_name: row.try_get("body_name")?,
            meeting_title: row.try_get("meeting_title")?,
            title: row.try_get("title")?,
            kind: row.try_get("kind")?,
            reference_prefix: row.try_get("reference_prefix")?,
            venue_tz: row.try_get("venue_tz")?,
            schedule: RoundSchedule::from_row(row)?,
            visibility: row.try_get("visibility")?,
            instructions: row.try_get("instructions")?,
            illustrative: row.flag("illustrative")?,
            reminders_before: row.try_get("reminders_before")?,
            based_on_round_id: row.try_get("based_on_round_id")?,
            draft_version: row.try_get("draft_version")?,
            document_symbol: row.try_get("document_symbol")?,
            language: Language::from_stored(&row.try_get::<String, _>("language")?)
                .unwrap_or_default(),
        })
    }
}

/// A meeting of a body, as a round set up under it names them.
#[derive(Debug, Clone, Copy)]
pub struct MeetingPlace<'a> {
    pub body: &'a str,
    /// The body's short name, for a body not there yet.
    pub body_short_name: &'a str,
    pub meeting: &'a str,
    /// The meeting's venue and dates, for a meeting not there yet.
    pub venue: &'a str,
    pub dates: &'a str,
}

/// The id of the meeting, created (and its body) where there is none yet. Each is one
/// statement: the update of a name to itself only makes `RETURNING` give an existing row's id.
pub async fn find_or_insert_meeting(
    conn: &mut AnyConnection,
    place: &MeetingPlace<'_>,
    at: Timestamp,
) -> Result<i64> {
    let body_id: i64 = sqlx::query_scalar(
        "INSERT INTO body (name, short_name, created_at) VALUES ($1, $2, $3) \
         ON CONFLICT (name) DO UPDATE SET name = excluded.name RETURNING body_id",
    )
    .bind(place.body)
    .bind(place.body_short_name)
    .bind(to_millis(at))
    .fetch_one(&mut *conn)
    .await?;
    let id = sqlx::query_scalar(
        "INSERT INTO meeting (body_id, title, venue, dates, created_at) \
         VALUES ($1, $2, $3, $4, $5) \
         ON CONFLICT (body_id, title) DO UPDATE SET title = excluded.title RETURNING meeting_id",
    )
    .bind(body_id)
    .bind(place.meeting)
    .bind(place.venue)
    .bind(place.dates)
    .bind(to_millis(at))
    .fetch_one(conn)
    .await?;
    Ok(id)
}

/// The id of the round titled `title` of the meeting `meeting` of the body `body`, if any.
pub async fn find_round_by_place(
    conn: &mut AnyConnection,
    body: &str,
    meeting: &str,
    title: &str,
) -> Result<Option<i64>> {
    let id = sqlx::query_scalar(
        "SELECT r.round_id FROM body b JOIN meeting m ON m.body_id = b.body_id \
         JOIN round r ON r.meeting_id = m.meeting_id \
         WHERE b.name = $1 AND m.title = $2 AND r.title = $3",
    )
    .bind(body)
    .bind(meeting)
    .bind(title)
    .fetch_optional(conn)
    .await?;
    Ok(id)
}

pub async fn find_round_by_title(
    conn: &mut AnyConnection,
    meeting_id: i64,
    title: &str,
) -> Result<Option<i64>> {
    let id = sqlx::query_scalar("SELECT round_id FROM round WHERE meeting_id = $1 AND title = $2")
        .bind(meeting_id)
        .bind(title)
        .fetch_optional(conn)
        .await?;
    Ok(id)
}

pub async fn insert_round(
    conn: &mut AnyConnection,
    new: &NewRound<'_>,
    at: Timestamp,
) -> Result<i64> {
    let id = sqlx::query_scalar(
        "INSERT INTO round (meeting_id, title, kind, reference_prefix, venue_tz, opens_at, \
         closes_at, visibility, instructions, illustrative, created_at, document_symbol, \
         based_on_round_id, draft_version) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) RETURNING round_id",
    )
    .bind(new.meeting_id)
    .bind(new.title)
    .bind(new.kind)
    .bind(new.reference_prefix)
    .bind(new.venue_tz)
    .bind(to_millis(new.opens_at))
    .bind(to_millis(new.closes_at))
    .bind(new.visibility.as_str())
    .bind(new.instructions)
    .bind(flag(new.illustrative))
    .bind(to_millis(at))
    .bind(new.document_symbol)
    .bind(new.revision.map(|(based_on, _)| based_on))
    .bind(new.revision.map_or(0, |(_, version)| version))
    .fetch_one(conn)
    .await?;
    Ok(id)
}

pub async fn get_round(conn: &mut AnyConnection, round_id: i64) -> Result<Option<Round>> {
    let sql = sqlx::AssertSqlSafe(format!("SELECT {ROUND_COLUMNS} WHERE r.round_id = $1"));
    Ok(sqlx::query_as(sql)
        .bind(round_id)
        .fetch_optional(conn)
        .await?)
}

/// Every round of the document that round `$1` is a version of: the original and every round
/// based on it, directly or through others, in the order of their versions.
pub async fn document_rounds(conn: &mut AnyConnection, round_id: i64) -> Result<Vec<Round>> {
    let sql = sqlx::AssertSqlSafe(format!(
        "WITH RECURSIVE earlier (round_id, based_on) AS ( \
           SELECT round_id, based_on_round_id FROM round WHERE round_id = $1 \
           UNION ALL SELECT x.round_id, x.based_on_round_id FROM round x \
           JOIN earlier e ON x.round_id = e.based_on), \
         chain (round_id) AS ( \
           SELECT round_id FROM earlier WHERE based_on IS NULL \
           UNION ALL SELECT x.round_id FROM round x JOIN chain c ON x.based_on_round_id = c.round_id) \
         SELECT {ROUND_COLUMNS} WHERE r.round_id IN (SELECT round_id FROM chain) \
         ORDER BY r.draft_version, r.round_id"
    ));
    Ok(sqlx::query_as(sql).bind(round_id).fetch_all(conn).await?)
}

/// A query of one round (`$1`) with one delegation's (`$2`) place in it, read by
/// [`Round::from_row`] and [`participation_from_row`]: `columns` (each followed by a comma) are
/// selected before the round's, `joins` come after the delegation's.
fn round_with_participation(columns: &str, joins: &str) -> sqlx::AssertSqlSafe<String> {
    sqlx::AssertSqlSafe(format!(
        "SELECT rd.delegation_id AS participant, rd.individual_closes_at AS individual_closes_at, \
         {columns} {ROUND_COLUMNS} LEFT JOIN round_delegation rd ON rd.round_id = r.round_id \
         AND rd.delegation_id = $2 AND rd.removed_at IS NULL {joins} WHERE r.round_id = $1"
    ))
}

/// Runs a statement about one round (`$1`), one delegation (`$2`) and maybe one of the round's
/// recommendations (`$3`, 0 for none) that returns at most one row.
async fn one_row_about_a_recommendation(
    conn: &mut AnyConnection,
    sql: impl sqlx::SqlSafeStr,
    round_id: i64,
    delegation_id: i64,
    recommendation_id: Option<i64>,
) -> Result<Option<AnyRow>> {
    Ok(sqlx::query(sql)
        .bind(round_id)
        .bind(delegation_id)
        .bind(recommendation_id.unwrap_or(0))
        .fetch_optional(conn)
        .await?)
}

/// The `participant` and `individual_closes_at` columns of a round joined with a delegation's
/// place in it: `None` when the delegation does not take part; else its individual deadline.
pub(super) fn participation_from_row(row: &AnyRow) -> Result<Option<Option<Timestamp>>> {
    match row.try_get::<Option<i64>, _>("participant")? {
        Some(_) => Ok(Some(row.maybe_time("individual_closes_at")?)),
        None => Ok(None),
    }
}

/// What a delegation's round page needs to know about the round, read in one query.
#[derive(Debug, Clone)]
pub struct DelegatePageFacts {
    pub round: Round,
    /// `None` when the delegation does not take part; else its individual deadline, if any.
    pub participation: Option<Option<Timestamp>>,
    /// The delegation's name, when it takes part.
    pub delegation_name: Option<String>,
    pub outcome_published: bool,
    pub draft: DraftStamp,
}

/// What identifies the version of a round's draft (its agenda items and original
/// recommendations, in order): the draft is replaced only as a whole, before the round opens,
/// with new rows whose ids are never reused, and its rows are otherwise never changed (added
/// recommendations, from consolidation, are not part of it; their insertion shifts positions
/// but keeps the order of the others). Equal stamps mean the same draft.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DraftStamp {
    pub recommendations: i64,
    pub last_recommendation_id: i64,
    pub last_agenda_item_id: i64,
}

/// A round with a delegation's place in it (`None` when the delegation does not take part),
/// the delegation's name, whether the round's outcome is published and its draft's stamp: one
/// query for every view of the round page.
pub async fn delegate_page_facts(
    conn: &mut AnyConnection,
    round_id: i64,
    delegation_id: i64,
) -> Result<Option<DelegatePageFacts>> {
    let sql = round_with_participation(
        "d.name AS delegation_name, \
         EXISTS (SELECT 1 FROM outcome o WHERE o.round_id = r.round_id) AS outcome_published, \
         (SELECT COUNT(*) FROM recommendation rc WHERE rc.round_id = r.round_id \
          AND rc.added_at IS NULL) AS draft_recommendations, \
         (SELECT COALESCE(MAX(rc.recommendation_id), 0) FROM recommendation rc \
          WHERE rc.round_id = r.round_id AND rc.added_at IS NULL) AS draft_last_recommendation, \
         (SELECT COALESCE(MAX(a.agenda_item_id), 0) FROM agenda_item a \
          WHERE a.round_id = r.round_id) AS draft_last_agenda_item,",
        "LEFT JOIN delegation d ON d.delegation_id = rd.delegation_id",
    );
    let row = sqlx::query(sql)
        .bind(round_id)
        .bind(delegation_id)
        .fetch_optional(conn)
        .await?;
    let Some(row) = row else {
        return Ok(None);
    };
    Ok(Some(DelegatePageFacts {
        round: Round::from_row(&row)?,
        participation: participation_from_row(&row)?,
        delegation_name: row.try_get("delegation_name")?,
        outcome_published: row.flag("outcome_published")?,
        draft: DraftStamp {
            recommendations: row.try_get("draft_recommendations")?,
            last_recommendation_id: row.try_get("draft_last_recommendation")?,
            last_agenda_item_id: row.try_get("draft_last_agenda_item")?,
        },
    }))
}

/// What the check before a delegation's write needs, read in one query.
#[derive(Debug, Clone)]
pub struct WriteFacts {
    pub round: Round,
    /// `None` when the delegation does not take part; else its individual deadline, if any.
    pub participation: Option<Option<Timestamp>>,
    /// Whether the recommendation asked about is in the round's draft (false when none was).
    pub recommendation_known: bool,
}

/// A round with a delegation's place in it (`None` when the delegation does not take part) and
/// whether `recommendation_id` belongs to its draft: one query for the early read of a
/// submission.
pub async fn write_facts(
    conn: &mut AnyConnection,
    round_id: i64,
    delegation_id: i64,
    recommendation_id: Option<i64>,
) -> Result<Option<WriteFacts>> {
    let sql = round_with_participation(
        "EXISTS (SELECT 1 FROM recommendation rc WHERE rc.round_id = r.round_id \
                 AND rc.recommendation_id = $3 AND rc.added_at IS NULL) AS recommendation_known,",
        "",
    );
    let Some(row) =
        one_row_about_a_recommendation(conn, sql, round_id, delegation_id, recommendation_id)
            .await?
    else {
        return Ok(None);
    };
    Ok(Some(WriteFacts {
        round: Round::from_row(&row)?,
        participation: participation_from_row(&row)?,
        recommendation_known: recommendation_id.is_some() && row.flag("recommendation_known")?,
    }))
}

/// Every round, newest deadline first (the Chair's and Secretariat's view).
pub async fn list_rounds(conn: &mut AnyConnection) -> Result<Vec<Round>> {
    let sql = sqlx::AssertSqlSafe(format!(
        "SELECT {ROUND_COLUMNS} ORDER BY r.closes_at DESC, r.round_id"
    ));
    Ok(sqlx::query_as(sql).fetch_all(conn).await?)
}

/// The rounds a delegation takes part in, newest deadline first, each with the delegation's
/// individual deadline in it, if any.
pub async fn list_rounds_for_delegation(
    conn: &mut AnyConnection,
    delegation_id: i64,
) -> Result<Vec<(Round, Option<Timestamp>)>> {
    let sql = sqlx::AssertSqlSafe(format!(
        "SELECT rd.individual_closes_at AS individual_closes_at, {ROUND_COLUMNS} \
         JOIN round_delegation rd ON rd.round_id = r.round_id \
         WHERE rd.delegation_id = $1 AND rd.removed_at IS NULL ORDER BY r.closes_at DESC, r.round_id"
    ));
    let rows = sqlx::query(sql).bind(delegation_id).fetch_all(conn).await?;
    let with_individual = |row: &AnyRow| -> sqlx::Result<(Round, Option<Timestamp>)> {
        Ok((
            Round::from_row(row)?,
            row.maybe_time("individual_closes_at")?,
        ))
    };
    Ok(rows
        .iter()
        .map(with_individual)
        .collect::<sqlx::Result<_>>()?)
}

/// One paragraph of a draft to be stored, under its agenda item.
#[derive(Debug, Clone, Copy)]
pub struct DraftParagraph<'a> {
    pub agenda_item: &'a str,
    pub agenda_title: &'a str,
    pub label: &'a str,
    pub text: &'a str,
    /// Its identity in earlier versions of the document; `None` for a new recommendation,
    /// which is its own.
    pub stable_id: Option<i64>,
}

/// Stores a draft in a few multi-row statements: its agenda items (in the order they first
/// come, each with the title it first has) and its paragraphs, in order.
pub async fn insert_draft(
    conn: &mut AnyConnection,
    round_id: i64,
    paragraphs: &[DraftParagraph<'_>],
) -> Result<()> {
    let mut items: Vec<&DraftParagraph<'_>> = Vec::new();
    let mut positions: HashMap<&str, i64> = HashMap::new();
    for paragraph in paragraphs {
        if !positions.contains_key(paragraph.agenda_item) {
            positions.insert(paragraph.agenda_item, items.len() as i64);
            items.push(paragraph);
        }
    }
    let returned = insert_all(
        &mut *conn,
        &items,
        insert_sql(
            "INSERT INTO agenda_item (round_id, number, title, position)",
            "RETURNING number, agenda_item_id",
        ),
        |query, item| {
            query
                .bind(round_id)
                .bind(item.agenda_item.to_string())
                .bind(item.agenda_title.to_string())
                .bind(positions.get(item.agenda_item).copied().unwrap_or_default())
        },
    )
    .await?;
    let item_ids = returned_pairs(&returned, "number", "agenda_item_id")?;
    let rows: Vec<(i64, &DraftParagraph<'_>)> =
        paragraphs.iter().zip(0..).map(|(p, i)| (i, p)).collect();
    let rows: Vec<&(i64, &DraftParagraph<'_>)> = rows.iter().collect();
    insert_all(
        conn,
        &rows,
        insert_sql(
            "INSERT INTO recommendation (round_id, agenda_item_id, label, text, position, \
             stable_id)",
            "",
        ),
        |query, (position, paragraph)| {
            query
                .bind(round_id)
                .bind(
                    item_ids
                        .get(paragraph.agenda_item)
                        .copied()
                        .unwrap_or_default(),
                )
                .bind(paragraph.label.to_string())
                .bind(paragraph.text.to_string())
                .bind(*position)
                .bind(paragraph.stable_id)
        },
    )
    .await?;
    own_stable_ids(conn, round_id).await
}

/// A recommendation stored without an identity from an earlier version is its own: its
/// `stable_id` is its id.
pub(super) async fn own_stable_ids(conn: &mut AnyConnection, round_id: i64) -> Result<()> {
    sqlx::query(
        "UPDATE recommendation SET stable_id = recommendation_id \
         WHERE round_id = $1 AND stable_id IS NULL",
    )
    .bind(round_id)
    .execute(conn)
    .await?;
    Ok(())
}

pub async fn agenda_items(
    conn: &mut AnyConnection,
    round_id: i64,
) -> Result<Vec<AgendaItemRecord>> {
    let items = sqlx::query_as(
        "SELECT agenda_item_id, number, title FROM agenda_item WHERE round_id = $1 \
         ORDER BY position, agenda_item_id",
    )
    .bind(round_id)
    .fetch_all(conn)
    .await?;
    Ok(items)
}

/// The draft's recommendations in document order (not those added during consolidation).
pub async fn recommendations(
    conn: &mut AnyConnection,
    round_id: i64,
) -> Result<Vec<RecommendationRecord>> {
    let recommendations = sqlx::query_as(
        "SELECT rc.recommendation_id, rc.agenda_item_id, rc.label, rc.text, rc.stable_id, \
         prev.text AS previous_text, prev.recommendation_id AS previous_recommendation_id \
         FROM recommendation rc JOIN agenda_item a ON a.agenda_item_id = rc.agenda_item_id \
         JOIN round r ON r.round_id = rc.round_id \
         LEFT JOIN recommendation prev ON prev.round_id = r.based_on_round_id \
         AND prev.stable_id = rc.stable_id AND prev.added_at IS NULL \
         WHERE rc.round_id = $1 AND rc.added_at IS NULL \
         ORDER BY a.position, rc.position, rc.recommendation_id",
    )
    .bind(round_id)
    .fetch_all(conn)
    .await?;
    Ok(recommendations)
}

pub async fn get_recommendation(
    conn: &mut AnyConnection,
    round_id: i64,
    recommendation_id: i64,
) -> Result<Option<RecommendationRecord>> {
    let recommendation = sqlx::query_as(
        "SELECT rc.recommendation_id, rc.agenda_item_id, rc.label, rc.text, rc.stable_id, \
         prev.text AS previous_text, prev.recommendation_id AS previous_recommendation_id \
         FROM recommendation rc JOIN round r ON r.round_id = rc.round_id \
         LEFT JOIN recommendation prev ON prev.round_id = r.based_on_round_id \
         AND prev.stable_id = rc.stable_id AND prev.added_at IS NULL \
         WHERE rc.round_id = $1 AND rc.recommendation_id = $2 AND rc.added_at IS NULL",
    )
    .bind(round_id)
    .bind(recommendation_id)
    .fetch_optional(conn)
    .await?;
    Ok(recommendation)
}

/// Writes a round's schedule (deadline and cancellation) after a Chair's change.
pub async fn update_schedule(
    conn: &mut AnyConnection,
    round_id: i64,
    schedule: &RoundSchedule,
) -> Result<()> {
    sqlx::query(
        "UPDATE round SET opens_at = $2, closes_at = $3, cancelled_at = $4 WHERE round_id = $1",
    )
    .bind(round_id)
    .bind(to_millis(schedule.opens_at))
    .bind(to_millis(schedule.closes_at))
    .bind(schedule.cancelled_at.map(to_millis))
    .execute(conn)
    .await?;
    Ok(())
}

/// Sets the round's default language (of pages and e-mails for people who chose none).
pub async fn set_round_language(
    conn: &mut AnyConnection,
    round_id: i64,
    language: Language,
) -> Result<()> {
    sqlx::query("UPDATE round SET language = $2 WHERE round_id = $1")
        .bind(round_id)
        .bind(language.as_str())
        .execute(conn)
        .await?;
    Ok(())
}

/// Replaces the settings of a round that has not opened yet.
pub async fn update_round_settings(
    conn: &mut AnyConnection,
    round_id: i64,
    new: &NewRound<'_>,
) -> Result<()> {
    sqlx::query(
        "UPDATE round SET title = $2, kind = $3, reference_prefix = $4, venue_tz = $5, opens_at = $6, \
         closes_at = $7, visibility = $8, instructions = $9, document_symbol = $10 \
         WHERE round_id = $1",
    )
    .bind(round_id)
    .bind(new.title)
    .bind(new.kind)
    .bind(new.reference_prefix)
    .bind(new.venue_tz)
    .bind(to_millis(new.opens_at))
    .bind(to_millis(new.closes_at))
    .bind(new.visibility.as_str())
    .bind(new.instructions)
    .bind(new.document_symbol)
    .execute(conn)
    .await?;
    Ok(())
}

/// Removes a draft that no delegation has seen (the round has not opened), to load a new one.
/// The previous draft is kept in the audit event of the replacement.
pub async fn clear_draft(conn: &mut AnyConnection, round_id: i64) -> Result<()> {
    sqlx::query("DELETE FROM recommendation WHERE round_id = $1")
        .bind(round_id)
        .execute(&mut *conn)
        .await?;
    sqlx::query("DELETE FROM agenda_item WHERE round_id = $1")
        .bind(round_id)
        .execute(conn)
        .await?;
    Ok(())
}

#[derive(Debug, Clone)]
pub struct NewRoundEvent<'a> {
    pub round_id: i64,
    pub kind: &'a str,
    pub delegation_id: Option<i64>,
    pub old_closes_at: Option<Timestamp>,
    pub new_closes_at: Option<Timestamp>,
    pub reason: &'a str,
    pub actor_user_id: i64,
    pub at: Timestamp,
}

pub async fn insert_round_event(
    conn: &mut AnyConnection,
    event: &NewRoundEvent<'_>,
) -> Result<i64> {
    let id = sqlx::query_scalar(
        "INSERT INTO round_event (round_id, kind, delegation_id, old_closes_at, new_closes_at, reason, \
         actor_user_id, at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING round_event_id",
    )
    .bind(event.round_id)
    .bind(event.kind)
    .bind(event.delegation_id)
    .bind(event.old_closes_at.map(to_millis))
    .bind(event.new_closes_at.map(to_millis))
    .bind(event.reason)
    .bind(event.actor_user_id)
    .bind(to_millis(event.at))
    .fetch_one(conn)
    .await?;
    Ok(id)
}

/// How many times a round's schedule was changed.
pub async fn count_round_events(conn: &mut AnyConnection, round_id: i64) -> Result<i64> {
    Ok(
        sqlx::query_scalar("SELECT COUNT(*) FROM round_event WHERE round_id = $1")
            .bind(round_id)
            .fetch_one(conn)
            .await?,
    )
}

/// The schedule changes of a round, oldest first.
pub async fn round_events(conn: &mut AnyConnection, round_id: i64) -> Result<Vec<RoundEvent>> {
    let events = sqlx::query_as(
        "SELECT e.kind, e.delegation_id, d.name AS delegation_name, e.old_closes_at, e.new_closes_at, \
         e.reason, u.email AS actor_email, u.name AS actor_name, e.at FROM round_event e \
         JOIN app_user u ON u.user_id = e.actor_user_id \
         LEFT JOIN delegation d ON d.delegation_id = e.delegation_id \
         WHERE e.round_id = $1 ORDER BY e.at, e.round_event_id",
    )
    .bind(round_id)
    .fetch_all(conn)
    .await?;
    Ok(events)
}

/// A row of [`round_events`].
impl FromRow<'_, AnyRow> for RoundEvent {
    fn from_row(row: &AnyRow) -> sqlx::Result<RoundEvent> {
        Ok(RoundEvent {
            kind: row.try_get("kind")?,
            delegation_id: row.try_get("delegation_id")?,
            delegation_name: row.try_get("delegation_name")?,
            old_closes_at: row.maybe_time("old_closes_at")?,
            new_closes_at: row.maybe_time("new_closes_at")?,
            reason: row.try_get("reason")?,
            actor_email: row.try_get("actor_email")?,
            actor_name: row.try_get("actor_name")?,
            at: row.time("at")?,
        })
    }
}
