//! Comments and their revisions. A comment is never deleted: withdrawing sets its status, and
//! every version of it stays in `comment_revision`, written by the database's triggers on
//! `comment` in the statement that makes the change (migration 0005), so that no write path can
//! forget one.
//!
//! On SQLite a list of comments is read as one row holding a JSON array (`json_group_array`,
//! parsed with serde into the same stored form as a row): sqlx hands each SQLite row from the
//! connection's own thread to the caller's, so the ~300 comments of a delegation's round page
//! were hundreds of wake-ups of two threads, each waiting for a core under load. In the SQLite
//! closed-loop rush the round page's p95 went from 41–53 ms to 32–38 ms. PostgreSQL's rows arrive
//! on its socket and are read as rows.
//!
//! The writes, one statement each, and the batch of submissions are in [`writes`].

pub mod intake;
pub mod writes;

use jiff::Timestamp;
use sqlx::any::AnyRow;
use sqlx::{AnyConnection, FromRow, Row};

use super::column::Millis;
use super::{Result, StoreError, from_millis, parse_enum, round};
use crate::domain::intake::{Intake, IntakeSource};
use crate::domain::{Comment, CommentKind, CommentStatus, DelegationCategory, RoundSchedule};

/// What a comment's write statement read in passing, for the rules applied to the write after
/// it, in the same transaction: the round's schedule and venue (the deadline rule) and the
/// delegation's place in the round. A write these refuse is rolled back with its group's
/// savepoint (see `Store::grouped_write`), never acknowledged.
#[derive(Debug, Clone)]
pub struct DeadlineFacts {
    pub schedule: RoundSchedule,
    pub venue_tz: String,
    /// `None` when the delegation no longer takes part; else its individual deadline, if any.
    pub participation: Option<Option<Timestamp>>,
}

/// The round's schedule and venue, and the delegation's place in it, as scalar subqueries of a
/// `RETURNING` list (`{round}` and `{delegation}` name the written row's columns or
/// parameters); read by [`deadline_facts_from_row`].
fn deadline_facts_columns(round: &str, delegation: &str) -> String {
    let of_round = |column: &str| {
        format!("(SELECT r.{column} FROM round r WHERE r.round_id = {round}) AS {column}")
    };
    let last_closes_at = format!(
        "(SELECT {} FROM round r WHERE r.round_id = {round}) AS last_closes_at",
        round::LAST_CLOSES_AT_OF_R
    );
    let of_place = |column: &str, name: &str| {
        format!(
            "(SELECT rd.{column} FROM round_delegation rd WHERE rd.round_id = {round} \
             AND rd.delegation_id = {delegation} AND rd.removed_at IS NULL) AS {name}"
        )
    };
    [
        of_round("venue_tz"),
        of_round("opens_at"),
        of_round("closes_at"),
        of_round("cancelled_at"),
        last_closes_at,
        of_place("delegation_id", "participant"),
        of_place("individual_closes_at", "individual_closes_at"),
    ]
    .join(", ")
}

fn deadline_facts_from_row(row: &AnyRow) -> Result<DeadlineFacts> {
    Ok(DeadlineFacts {
        schedule: RoundSchedule::from_row(row)?,
        venue_tz: row.try_get("venue_tz")?,
        participation: round::participation_from_row(row)?,
    })
}

/// The columns [`comment_from_row`] reads, by position (a page lists hundreds of comments, and a
/// column found by name is a hash lookup per value): they come first in every select list.
/// Without aliases, so that the same list is the arguments of a SQLite `json_array` (see
/// [`list_comments`]).
const COMMENT_COLUMNS: &str = "c.comment_id, c.round_id, c.delegation_id, d.name, d.category, \
     c.recommendation_id, c.reference, c.kind, c.text, c.proposed_text, c.status, c.version, \
     c.late, c.created_at, c.updated_at, c.intake_source, c.received_at, c.source_reference, \
     c.held_back, c.included_at";
const COMMENT_FROM: &str = "FROM comment c JOIN delegation d ON d.delegation_id = c.delegation_id";

/// One comment's [`COMMENT_COLUMNS`] as stored, in their order: read from a row, or from one
/// element of the JSON array a SQLite listing returns (serde reads a struct from an array by
/// position).
#[derive(serde::Deserialize)]
struct StoredComment {
    comment_id: i64,
    round_id: i64,
    delegation_id: i64,
    delegation_name: String,
    delegation_category: String,
    recommendation_id: Option<i64>,
    reference: String,
    kind: String,
    text: String,
    proposed_text: Option<String>,
    status: String,
    version: i64,
    late: i64,
    created_at: i64,
    updated_at: i64,
    intake_source: Option<String>,
    received_at: Option<i64>,
    source_reference: Option<String>,
    held_back: i64,
    included_at: Option<i64>,
}

impl StoredComment {
    fn from_row(row: &AnyRow) -> Result<Self> {
        Ok(StoredComment {
            comment_id: row.try_get(0)?,
            round_id: row.try_get(1)?,
            delegation_id: row.try_get(2)?,
            delegation_name: row.try_get(3)?,
            delegation_category: row.try_get(4)?,
            recommendation_id: row.try_get(5)?,
            reference: row.try_get(6)?,
            kind: row.try_get(7)?,
            text: row.try_get(8)?,
            proposed_text: row.try_get(9)?,
            status: row.try_get(10)?,
            version: row.try_get(11)?,
            late: row.try_get(12)?,
            created_at: row.try_get(13)?,
            updated_at: row.try_get(14)?,
            intake_source: row.try_get(15)?,
            received_at: row.try_get(16)?,
            source_reference: row.try_get(17)?,
            held_back: row.try_get(18)?,
            included_at: row.try_get(19)?,
        })
    }

    fn into_record(self) -> Result<Comment> {
        let intake = match (self.intake_source, self.received_at) {
            (Some(source), Some(received_at)) => Some(Intake {
                source: parse_enum("comment.intake_source", source, IntakeSource::from_stored)?,
                received_at: from_millis("comment.received_at", received_at)?,
                source_reference: self.source_reference,
            }),
            _ => None,
        };
        Ok(Comment {
            comment_id: self.comment_id,
            round_id: self.round_id,
            delegation_id: self.delegation_id,
            delegation_name: self.delegation_name,
            delegation_category: parse_enum(
                "delegation.category",
                self.delegation_category,
                DelegationCategory::from_stored,
            )?,
            recommendation_id: self.recommendation_id,
            reference: self.reference,
            kind: parse_enum("comment.kind", self.kind, CommentKind::from_stored)?,
            text: self.text,
            proposed_text: self.proposed_text,
            status: parse_enum("comment.status", self.status, CommentStatus::from_stored)?,
            version: self.version,
            late: self.late != 0,
            intake,
            held_back: self.held_back != 0,
            included_at: self
                .included_at
                .map(|at| from_millis("comment.included_at", at))
                .transpose()?,
            created_at: from_millis("comment.created_at", self.created_at)?,
            updated_at: from_millis("comment.updated_at", self.updated_at)?,
        })
    }
}

fn comment_from_row(row: &AnyRow) -> Result<Comment> {
    StoredComment::from_row(row)?.into_record()
}

/// A comment with what the deadline rule needs to judge a change to it: its round's schedule
/// and venue, and its delegation's place in the round. One statement: the early read of an edit
/// or withdrawal, and the answer to one that changed nothing.
#[derive(Debug, Clone)]
pub struct CommentForWrite {
    pub comment: Comment,
    pub facts: DeadlineFacts,
}

pub async fn comment_for_write(
    conn: &mut AnyConnection,
    comment_id: i64,
) -> Result<Option<CommentForWrite>> {
    let sql = sqlx::AssertSqlSafe(format!(
        "SELECT {COMMENT_COLUMNS}, {facts} {COMMENT_FROM} WHERE c.comment_id = $1",
        facts = deadline_facts_columns("c.round_id", "c.delegation_id"),
    ));
    let row = sqlx::query(sql)
        .bind(comment_id)
        .fetch_optional(conn)
        .await?;
    let Some(row) = row else {
        return Ok(None);
    };
    Ok(Some(CommentForWrite {
        comment: comment_from_row(&row)?,
        facts: deadline_facts_from_row(&row)?,
    }))
}

pub async fn get_comment(conn: &mut AnyConnection, comment_id: i64) -> Result<Option<Comment>> {
    let sql = sqlx::AssertSqlSafe(format!(
        "SELECT {COMMENT_COLUMNS} {COMMENT_FROM} WHERE c.comment_id = $1"
    ));
    let row = sqlx::query(sql)
        .bind(comment_id)
        .fetch_optional(conn)
        .await?;
    row.as_ref().map(comment_from_row).transpose()
}

/// One delegation's comments in a round (withdrawn ones included), oldest first.
pub async fn comments_of_delegation(
    conn: &mut AnyConnection,
    round_id: i64,
    delegation_id: i64,
) -> Result<Vec<Comment>> {
    list_comments(conn, round_id, Some(delegation_id)).await
}

/// Every comment of a round (withdrawn ones included), oldest first.
pub async fn comments_of_round(conn: &mut AnyConnection, round_id: i64) -> Result<Vec<Comment>> {
    list_comments(conn, round_id, None).await
}

/// A round's comments, of one delegation or of all, oldest first.
///
/// On SQLite they come as one row holding a JSON array of the comments. sqlx runs a SQLite
/// connection on a thread of its own and hands each row to the caller through a channel of 50
/// rows (not settable through `Any`), so a list of hundreds of rows is a wake-up of the two
/// threads for each row past the 50th; under load each wake-up waits for a core (measured in the
/// module's documentation). PostgreSQL's rows arrive on its socket, and are read as rows.
async fn list_comments(
    conn: &mut AnyConnection,
    round_id: i64,
    delegation_id: Option<i64>,
) -> Result<Vec<Comment>> {
    let filter = match delegation_id {
        Some(_) => "c.round_id = $1 AND c.delegation_id = $2",
        None => "c.round_id = $1",
    };
    let sqlite = conn.backend_name() == "SQLite";
    let sql = sqlx::AssertSqlSafe(if sqlite {
        format!(
            "SELECT json_group_array(json_array({COMMENT_COLUMNS})) {COMMENT_FROM} WHERE {filter}"
        )
    } else {
        format!(
            "SELECT {COMMENT_COLUMNS} {COMMENT_FROM} WHERE {filter} ORDER BY c.created_at, c.comment_id"
        )
    });
    let mut query = sqlx::query(sql).bind(round_id);
    if let Some(delegation_id) = delegation_id {
        query = query.bind(delegation_id);
    }
    if sqlite {
        let json: String = query.fetch_one(conn).await?.try_get(0)?;
        let stored: Vec<StoredComment> =
            serde_json::from_str(&json).map_err(|e| StoreError::Corrupt {
                column: "comment (as JSON)",
                value: e.to_string(),
            })?;
        let mut comments = stored
            .into_iter()
            .map(StoredComment::into_record)
            .collect::<Result<Vec<_>>>()?;
        // An aggregate's input order is not guaranteed: sorted here as the ORDER BY would.
        comments.sort_by_key(|c| (c.created_at, c.comment_id));
        Ok(comments)
    } else {
        let rows = query.fetch_all(conn).await?;
        rows.iter().map(comment_from_row).collect()
    }
}

/// How many comments a round holds in all (any status); used by tests and checks.
pub async fn count_comments(conn: &mut AnyConnection, round_id: i64) -> Result<i64> {
    let n = sqlx::query_scalar("SELECT COUNT(*) FROM comment WHERE round_id = $1")
        .bind(round_id)
        .fetch_one(conn)
        .await?;
    Ok(n)
}

/// One stored version of a comment.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct RevisionRecord {
    pub version: i64,
    pub kind: CommentKind,
    pub text: String,
    pub proposed_text: Option<String>,
    pub status: CommentStatus,
    #[sqlx(try_from = "Millis")]
    pub changed_at: Timestamp,
    pub changed_by: i64,
}

/// Every version of a comment, oldest first.
pub async fn revisions(conn: &mut AnyConnection, comment_id: i64) -> Result<Vec<RevisionRecord>> {
    let revisions = sqlx::query_as(
        "SELECT version, kind, text, proposed_text, status, changed_at, changed_by FROM comment_revision \
         WHERE comment_id = $1 ORDER BY version",
    )
    .bind(comment_id)
    .fetch_all(conn)
    .await?;
    Ok(revisions)
}
