//! Comments and their revisions. A comment is never deleted: withdrawing sets its status, and
//! every version of it stays in `comment_revision`, written by the database's triggers on
//! `comment` in the statement that makes the change (migration 0005).

use jiff::Timestamp;
use sqlx::any::AnyRow;
use sqlx::{AnyConnection, Row};

use super::{Result, flag, from_millis, parse_enum, round, to_millis};
use crate::domain::{CommentKind, DelegationCategory, RoundSchedule};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CommentStatus {
    Active,
    Withdrawn,
}

impl CommentStatus {
    pub fn as_str(&self) -> &'static str {
        match self {
            CommentStatus::Active => "active",
            CommentStatus::Withdrawn => "withdrawn",
        }
    }

    fn parse(s: &str) -> Option<Self> {
        match s {
            "active" => Some(CommentStatus::Active),
            "withdrawn" => Some(CommentStatus::Withdrawn),
            _ => None,
        }
    }
}

#[derive(Debug, Clone)]
pub struct CommentRecord {
    pub comment_id: i64,
    pub round_id: i64,
    pub delegation_id: i64,
    pub delegation_name: String,
    pub delegation_category: DelegationCategory,
    pub recommendation_id: Option<i64>,
    pub reference: String,
    pub kind: CommentKind,
    pub text: String,
    pub proposed_text: Option<String>,
    pub status: CommentStatus,
    pub version: i64,
    pub late: bool,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
}

/// The content of a comment at one version.
#[derive(Debug, Clone)]
pub struct CommentContent<'a> {
    pub kind: CommentKind,
    pub text: &'a str,
    pub proposed_text: Option<&'a str>,
}

#[derive(Debug, Clone)]
pub struct NewComment<'a> {
    pub round_id: i64,
    pub delegation_id: i64,
    pub recommendation_id: Option<i64>,
    pub reference: &'a str,
    pub content: CommentContent<'a>,
    pub late: bool,
    pub by_user_id: i64,
    pub at: Timestamp,
}

/// The columns [`comment_from_row`] reads, by position (a page lists hundreds of comments, and a
/// column found by name is a hash lookup per value): they come first in every select list.
const COMMENT_COLUMNS: &str = "c.comment_id, c.round_id, c.delegation_id, d.name AS delegation_name, \
     d.category AS delegation_category, c.recommendation_id, c.reference, c.kind, c.text, \
     c.proposed_text, c.status, c.version, c.late, c.created_at, c.updated_at";
const COMMENT_FROM: &str = "FROM comment c JOIN delegation d ON d.delegation_id = c.delegation_id";

fn comment_from_row(row: &AnyRow) -> Result<CommentRecord> {
    Ok(CommentRecord {
        comment_id: row.try_get(0)?,
        round_id: row.try_get(1)?,
        delegation_id: row.try_get(2)?,
        delegation_name: row.try_get(3)?,
        delegation_category: parse_enum(
            "delegation.category",
            row.try_get(4)?,
            DelegationCategory::parse,
        )?,
        recommendation_id: row.try_get(5)?,
        reference: row.try_get(6)?,
        kind: parse_enum("comment.kind", row.try_get(7)?, CommentKind::parse)?,
        text: row.try_get(8)?,
        proposed_text: row.try_get(9)?,
        status: parse_enum("comment.status", row.try_get(10)?, CommentStatus::parse)?,
        version: row.try_get(11)?,
        late: row.try_get::<i64, _>(12)? != 0,
        created_at: from_millis("comment.created_at", row.try_get(13)?)?,
        updated_at: from_millis("comment.updated_at", row.try_get(14)?)?,
    })
}

/// Stores a new comment (its first revision follows by trigger); returns its id.
pub async fn insert_comment(conn: &mut AnyConnection, new: &NewComment<'_>) -> Result<i64> {
    let comment_id: i64 = sqlx::query_scalar(
        "INSERT INTO comment (round_id, delegation_id, recommendation_id, reference, kind, text, \
         proposed_text, late, created_at, created_by, updated_at, updated_by) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $9, $10) RETURNING comment_id",
    )
    .bind(new.round_id)
    .bind(new.delegation_id)
    .bind(new.recommendation_id)
    .bind(new.reference)
    .bind(new.content.kind.as_str())
    .bind(new.content.text)
    .bind(new.content.proposed_text)
    .bind(flag(new.late))
    .bind(to_millis(new.at))
    .bind(new.by_user_id)
    .fetch_one(conn)
    .await?;
    Ok(comment_id)
}

/// Replaces an active comment's content; returns the new version, or `None` if the comment
/// was not active (withdrawn meanwhile).
pub async fn update_comment(
    conn: &mut AnyConnection,
    comment_id: i64,
    content: &CommentContent<'_>,
    late: bool,
    by_user_id: i64,
    at: Timestamp,
) -> Result<Option<i64>> {
    let version: Option<i64> = sqlx::query_scalar(
        "UPDATE comment SET kind = $2, text = $3, proposed_text = $4, version = version + 1, \
         late = CASE WHEN $5 = 1 THEN 1 ELSE late END, updated_at = $6, updated_by = $7 \
         WHERE comment_id = $1 AND status = 'active' RETURNING version",
    )
    .bind(comment_id)
    .bind(content.kind.as_str())
    .bind(content.text)
    .bind(content.proposed_text)
    .bind(flag(late))
    .bind(to_millis(at))
    .bind(by_user_id)
    .fetch_optional(conn)
    .await?;
    Ok(version)
}

/// Marks an active comment withdrawn; returns the new version, or `None` if it was not active.
pub async fn withdraw_comment(
    conn: &mut AnyConnection,
    comment: &CommentRecord,
    by_user_id: i64,
    at: Timestamp,
) -> Result<Option<i64>> {
    let version: Option<i64> = sqlx::query_scalar(
        "UPDATE comment SET status = 'withdrawn', version = version + 1, updated_at = $2, \
         updated_by = $3 WHERE comment_id = $1 AND status = 'active' RETURNING version",
    )
    .bind(comment.comment_id)
    .bind(to_millis(at))
    .bind(by_user_id)
    .fetch_optional(conn)
    .await?;
    Ok(version)
}

/// A comment with what the deadline rule needs to judge a change to it: its round's schedule
/// and venue, and its delegation's place in the round. One statement, for the write of every
/// edit and withdrawal.
#[derive(Debug, Clone)]
pub struct CommentForWrite {
    pub comment: CommentRecord,
    pub schedule: RoundSchedule,
    pub venue_tz: String,
    /// `None` when the delegation no longer takes part; else its individual deadline, if any.
    pub participation: Option<Option<Timestamp>>,
}

pub async fn comment_for_write(
    conn: &mut AnyConnection,
    comment_id: i64,
) -> Result<Option<CommentForWrite>> {
    let sql = sqlx::AssertSqlSafe(format!(
        "SELECT {COMMENT_COLUMNS}, r.venue_tz, r.opens_at, r.closes_at, r.cancelled_at, \
         rd.delegation_id AS participant, rd.individual_closes_at {COMMENT_FROM} \
         JOIN round r ON r.round_id = c.round_id \
         LEFT JOIN round_delegation rd ON rd.round_id = c.round_id \
         AND rd.delegation_id = c.delegation_id AND rd.removed_at IS NULL \
         WHERE c.comment_id = $1"
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
        schedule: round::schedule_from_row(&row)?,
        venue_tz: row.try_get("venue_tz")?,
        participation: round::participation_from_row(&row)?,
    }))
}

pub async fn get_comment(
    conn: &mut AnyConnection,
    comment_id: i64,
) -> Result<Option<CommentRecord>> {
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
) -> Result<Vec<CommentRecord>> {
    let sql = sqlx::AssertSqlSafe(format!(
        "SELECT {COMMENT_COLUMNS} {COMMENT_FROM} WHERE c.round_id = $1 AND c.delegation_id = $2 \
         ORDER BY c.created_at, c.comment_id"
    ));
    let rows = sqlx::query(sql)
        .bind(round_id)
        .bind(delegation_id)
        .fetch_all(conn)
        .await?;
    rows.iter().map(comment_from_row).collect()
}

/// Every comment of a round (withdrawn ones included), oldest first.
pub async fn comments_of_round(
    conn: &mut AnyConnection,
    round_id: i64,
) -> Result<Vec<CommentRecord>> {
    let sql = sqlx::AssertSqlSafe(format!(
        "SELECT {COMMENT_COLUMNS} {COMMENT_FROM} WHERE c.round_id = $1 ORDER BY c.created_at, c.comment_id"
    ));
    let rows = sqlx::query(sql).bind(round_id).fetch_all(conn).await?;
    rows.iter().map(comment_from_row).collect()
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
#[derive(Debug, Clone)]
pub struct RevisionRecord {
    pub version: i64,
    pub kind: CommentKind,
    pub text: String,
    pub proposed_text: Option<String>,
    pub status: CommentStatus,
    pub changed_at: Timestamp,
    pub changed_by: i64,
}

/// Every version of a comment, oldest first.
pub async fn revisions(conn: &mut AnyConnection, comment_id: i64) -> Result<Vec<RevisionRecord>> {
    let rows = sqlx::query(
        "SELECT version, kind, text, proposed_text, status, changed_at, changed_by FROM comment_revision \
         WHERE comment_id = $1 ORDER BY version",
    )
    .bind(comment_id)
    .fetch_all(conn)
    .await?;
    rows.iter()
        .map(|row| {
            Ok(RevisionRecord {
                version: row.try_get("version")?,
                kind: parse_enum(
                    "comment_revision.kind",
                    row.try_get("kind")?,
                    CommentKind::parse,
                )?,
                text: row.try_get("text")?,
                proposed_text: row.try_get("proposed_text")?,
                status: parse_enum(
                    "comment_revision.status",
                    row.try_get("status")?,
                    CommentStatus::parse,
                )?,
                changed_at: from_millis("comment_revision.changed_at", row.try_get("changed_at")?)?,
                changed_by: row.try_get("changed_by")?,
            })
        })
        .collect()
}
