//! Comments and their revisions. A comment is never deleted: withdrawing sets its status, and
//! every version of it stays in `comment_revision`, written by the database's triggers on
//! `comment` in the statement that makes the change (migration 0005), so that no write path can
//! forget one.
//!
//! One statement per write. A submission is one `INSERT … SELECT … RETURNING`
//! ([`insert_submission`]): its reference number comes from the round's counter in the same
//! statement, and a trigger moves the counter on (migration 0007) — in a narrow table of its own,
//! `round_counter`, so that the round's row, which every write reads, is not rewritten by every
//! submission (on PostgreSQL each rewrite left a row version for later reads to walk through). It
//! returns, as scalar subqueries, what the rules applied after it need: the round's schedule, the
//! delegation's place in the round, whether the recommendation is in the draft (one that is not
//! is stored as about none, so no foreign key fails, and refused) and whether the delegation
//! commented before (its receipt). An edit or a withdrawal is one `UPDATE … RETURNING`
//! ([`change_own_comment`]) returning the same facts and the content before the change. SQL only
//! fetches the facts: the domain's rules judge them in the same transaction, and a write they
//! refuse is rolled back by its group's savepoint, its reference number with it. Going from two
//! statements per write to one took the p99 of a PostgreSQL rush at 1,000 writes/s from
//! 49–75 ms to 33–37 ms.
//!
//! Submissions queued together are stored together ([`insert_submissions`]): when the writer's
//! group has nothing but submissions waiting, it reads the counters of their rounds once and
//! inserts all their comments in a few multi-row statements, numbered in queue order (the triggers
//! move each counter on by one per comment), then applies the rules to what each one's row
//! returned. If one is refused, or the statement fails, the group runs again write by write and
//! no number is lost. On PostgreSQL the writer's time is mostly round trips, one per statement:
//! this took the closed-loop rush from about 2,750 to 3,300–3,560 requests/s, and a write's time
//! in the writer (p50) from 50 to 20 ms. The writer's connection makes each of these statements
//! once when it opens ([`make_writes_once`]; the group commit's documentation says why).
//!
//! On SQLite a list of comments is read as one row holding a JSON array (`json_group_array`,
//! parsed with serde into the same stored form as a row): sqlx hands each SQLite row from the
//! connection's own thread to the caller's, so the ~300 comments of a delegation's round page
//! were hundreds of wake-ups of two threads, each waiting for a core under load. In the SQLite
//! closed-loop rush the round page's p95 went from 41–53 ms to 32–38 ms. PostgreSQL's rows arrive
//! on its socket and are read as rows.

use jiff::Timestamp;
use sqlx::any::AnyRow;
use sqlx::{AnyConnection, Row};

use std::collections::HashMap;

use super::{Result, StoreError, batch, exists_flag, from_millis, parse_enum, round, to_millis};
use crate::domain::{Comment, CommentKind, CommentStatus, DelegationCategory, RoundSchedule};

/// The content of a comment at one version.
#[derive(Debug, Clone)]
pub struct CommentContent<'a> {
    pub kind: CommentKind,
    pub text: &'a str,
    pub proposed_text: Option<&'a str>,
}

/// A delegation's new comment, as its submission's write makes it.
#[derive(Debug, Clone)]
pub struct NewSubmission<'a> {
    pub round_id: i64,
    pub delegation_id: i64,
    pub recommendation_id: Option<i64>,
    pub content: CommentContent<'a>,
    pub by_user_id: i64,
    pub at: Timestamp,
}

/// A submission as it waits in the writer's queue: owned, its instant given when its group
/// makes it.
#[derive(Debug, Clone)]
pub struct QueuedSubmission {
    pub round_id: i64,
    pub delegation_id: i64,
    pub recommendation_id: Option<i64>,
    pub kind: CommentKind,
    pub text: String,
    pub proposed_text: Option<String>,
    pub by_user_id: i64,
}

impl QueuedSubmission {
    pub fn at(&self, at: Timestamp) -> NewSubmission<'_> {
        NewSubmission {
            round_id: self.round_id,
            delegation_id: self.delegation_id,
            recommendation_id: self.recommendation_id,
            content: CommentContent {
                kind: self.kind,
                text: &self.text,
                proposed_text: self.proposed_text.as_deref(),
            },
            by_user_id: self.by_user_id,
            at,
        }
    }
}

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

/// A submission stored by [`insert_submission`], with what the rules applied after it need.
#[derive(Debug, Clone)]
pub struct Submitted {
    pub comment_id: i64,
    /// `…/C/0042`: the round's prefix and the next number of its counter.
    pub reference: String,
    pub facts: DeadlineFacts,
    /// Whether the recommendation written on is in the round's draft (false when none was; a
    /// recommendation that is not is stored as none, and the write is to be refused).
    pub recommendation_known: bool,
    /// Whether the delegation had any comment in the round before this one (any status): its
    /// first gets a receipt.
    pub commented_before: bool,
}

/// The round's schedule and venue, and the delegation's place in it, as scalar subqueries of a
/// `RETURNING` list (`{round}` and `{delegation}` name the written row's columns or
/// parameters); read by [`deadline_facts_from_row`].
fn deadline_facts_columns(round: &str, delegation: &str) -> String {
    let of_round = |column: &str| {
        format!("(SELECT r.{column} FROM round r WHERE r.round_id = {round}) AS {column}")
    };
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
        of_place("delegation_id", "participant"),
        of_place("individual_closes_at", "individual_closes_at"),
    ]
    .join(", ")
}

fn deadline_facts_from_row(row: &AnyRow) -> Result<DeadlineFacts> {
    Ok(DeadlineFacts {
        schedule: round::schedule_from_row(row)?,
        venue_tz: row.try_get("venue_tz")?,
        participation: round::participation_from_row(row)?,
    })
}

/// The recommendation `{recommendation}` if it is in the draft of the round `r`, else NULL (a
/// submission about one that is not is stored as about none, so no foreign key fails, and
/// refused by the rules).
fn recommendation_in_draft(recommendation: &str) -> String {
    format!(
        "(SELECT rc.recommendation_id FROM recommendation rc WHERE rc.round_id = r.round_id \
         AND rc.recommendation_id = {recommendation} AND rc.added_at IS NULL)"
    )
}

/// `…/C/0042`: the prefix of the round `r` and the number `{n}`, zero-padded to four digits.
fn numbered_reference(n: &str) -> String {
    format!(
        "r.reference_prefix || '/' || CASE WHEN {n} < 10 THEN '000' WHEN {n} < 100 THEN '00' \
         WHEN {n} < 1000 THEN '0' ELSE '' END || {n}"
    )
}

/// Whether the delegation of the comment just inserted had commented in its round before (a
/// first submission gets a receipt), as a `RETURNING` column.
const COMMENTED_BEFORE: &str = "EXISTS (SELECT 1 FROM comment c WHERE c.round_id = comment.round_id \
     AND c.delegation_id = comment.delegation_id AND c.comment_id <> comment.comment_id) \
     AS commented_before";

/// Stores a new comment, and reads what the rules applied after it need, in one statement (the
/// write of every submission; its first revision follows by trigger, as does the round's
/// reference counter: migration 0007). Its reference is the round's prefix and counter,
/// zero-padded to four digits. `None` when there is no such round. The comment is stored as
/// not late; [`mark_late`] marks one written through an individual extension.
pub async fn insert_submission(
    conn: &mut AnyConnection,
    new: &NewSubmission<'_>,
) -> Result<Option<Submitted>> {
    static SQL: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| {
        format!(
            "INSERT INTO comment (round_id, delegation_id, recommendation_id, reference, kind, \
             text, proposed_text, created_at, created_by, updated_at, updated_by) \
             SELECT r.round_id, $2, {recommendation}, {reference}, $4, $5, $6, $7, $8, $7, $8 \
             FROM round r, (SELECT COALESCE(MAX(next_reference), 1) AS n FROM round_counter \
                            WHERE round_id = $1) k \
             WHERE r.round_id = $1 \
             RETURNING comment_id, reference, recommendation_id, {facts}, {COMMENTED_BEFORE}",
            recommendation = recommendation_in_draft("$3"),
            reference = numbered_reference("k.n"),
            facts = deadline_facts_columns("$1", "$2"),
        )
    });
    let row = sqlx::query(sqlx::AssertSqlSafe(SQL.as_str()))
        .bind(new.round_id)
        .bind(new.delegation_id)
        .bind(new.recommendation_id)
        .bind(new.content.kind.as_str())
        .bind(new.content.text)
        .bind(new.content.proposed_text)
        .bind(to_millis(new.at))
        .bind(new.by_user_id)
        .fetch_optional(conn)
        .await?;
    row.map(|row| submitted_from_row(&row, new)).transpose()
}

fn submitted_from_row(row: &AnyRow, new: &NewSubmission<'_>) -> Result<Submitted> {
    Ok(Submitted {
        comment_id: row.try_get("comment_id")?,
        reference: row.try_get("reference")?,
        facts: deadline_facts_from_row(row)?,
        recommendation_known: new.recommendation_id.is_some()
            && row
                .try_get::<Option<i64>, _>("recommendation_id")?
                .is_some(),
        commented_before: exists_flag(row, "commented_before")?,
    })
}

/// Stores several submissions, as [`insert_submission`] stores one, in a few statements: the
/// counters of their rounds are read, and the comments inserted with their numbers in a few
/// multi-row statements (see [`batch`]); the triggers move each counter on by one per comment,
/// as they do for one. Returns, in the order of `news`, what [`insert_submission`] returns for
/// each. For the writer's groups (comments are written by one writer at a time).
pub async fn insert_submissions(
    conn: &mut AnyConnection,
    news: &[NewSubmission<'_>],
) -> Result<Vec<Option<Submitted>>> {
    // Each submission's number: its round's counter, plus the submissions of that round before
    // it in the batch.
    let mut next_of_round: HashMap<i64, i64> = HashMap::new();
    let mut numbers = Vec::with_capacity(news.len());
    for new in news {
        let next = match next_of_round.get(&new.round_id) {
            Some(next) => *next,
            None => sqlx::query_scalar(
                "SELECT COALESCE(MAX(next_reference), 1) FROM round_counter WHERE round_id = $1",
            )
            .bind(new.round_id)
            .fetch_one(&mut *conn)
            .await?,
        };
        numbers.push(next);
        next_of_round.insert(new.round_id, next + 1);
    }
    // Each submission with its number, the rows of the multi-row statements.
    let pairs: Vec<_> = news.iter().zip(&numbers).collect();
    let rows: Vec<_> = pairs.iter().collect();
    let returned = batch::insert_all(
        conn,
        &rows,
        insert_submissions_sql,
        |query, (new, number)| {
            query
                .bind(new.round_id)
                .bind(new.delegation_id)
                .bind(new.recommendation_id)
                .bind(**number)
                .bind(new.content.kind.as_str())
                .bind(new.content.text)
                .bind(new.content.proposed_text)
                .bind(to_millis(new.at))
                .bind(new.by_user_id)
        },
    )
    .await?;
    let mut stored: HashMap<(i64, i64), AnyRow> = HashMap::new();
    for row in returned {
        let round_id: i64 = row.try_get("round_id")?;
        let reference: String = row.try_get("reference")?;
        let number = reference
            .rsplit('/')
            .next()
            .and_then(|n| n.parse::<i64>().ok())
            .ok_or_else(|| StoreError::Corrupt {
                column: "comment.reference",
                value: reference.clone(),
            })?;
        stored.insert((round_id, number), row);
    }
    news.iter()
        .zip(&numbers)
        .map(|(new, number)| {
            stored
                .remove(&(new.round_id, *number))
                .map(|row| submitted_from_row(&row, new))
                .transpose()
        })
        .collect()
}

/// Parameters per submission of [`insert_submissions`].
const SUBMISSION_COLUMNS: usize = 9;

/// The statement of [`insert_submissions`] for `rows` submissions: [`insert_submission`]'s, the
/// numbers given. `VALUES` columns are `column1`… on both backends: round, delegation,
/// recommendation, number, kind, text, proposed text, instant, user.
fn insert_submissions_sql(rows: usize) -> String {
    format!(
        "INSERT INTO comment (round_id, delegation_id, recommendation_id, reference, kind, \
         text, proposed_text, created_at, created_by, updated_at, updated_by) \
         SELECT r.round_id, v.column2, {recommendation}, {reference}, \
         v.column5, v.column6, v.column7, v.column8, v.column9, v.column8, v.column9 \
         FROM (VALUES {values}) AS v JOIN round r ON r.round_id = v.column1 \
         RETURNING comment_id, round_id, reference, recommendation_id, {facts}, {COMMENTED_BEFORE}",
        recommendation = recommendation_in_draft("v.column3"),
        reference = numbered_reference("v.column4"),
        values = batch::values(rows, SUBMISSION_COLUMNS, |first| {
            batch::placeholders(first, SUBMISSION_COLUMNS)
        }),
        facts = deadline_facts_columns("comment.round_id", "comment.delegation_id"),
    )
}

/// Makes each write statement of comments once, with a delegation of a round and one of its
/// focal points (the first found; none, nothing made): for the writer's connection to make
/// them in a transaction it then rolls back (see `group_commit`).
pub async fn make_writes_once(conn: &mut AnyConnection) -> Result<()> {
    let Some((round_id, delegation_id, by_user_id)) = sqlx::query_as::<_, (i64, i64, i64)>(
        "SELECT rd.round_id, rd.delegation_id, u.user_id FROM round_delegation rd \
         JOIN app_user u ON u.delegation_id = rd.delegation_id LIMIT 1",
    )
    .fetch_optional(&mut *conn)
    .await?
    else {
        return Ok(());
    };
    let submission = QueuedSubmission {
        round_id,
        delegation_id,
        recommendation_id: None,
        kind: CommentKind::Remark,
        text: "Warming the connection (rolled back).".into(),
        proposed_text: None,
        by_user_id,
    };
    let now = Timestamp::now();
    insert_submissions(conn, &[submission.at(now), submission.at(now)]).await?;
    if let Some(stored) = insert_submission(conn, &submission.at(now)).await? {
        let edit = Change::Edit {
            content: submission.at(now).content,
            expected_version: Some(1),
        };
        for change in [edit, Change::Withdraw] {
            change_own_comment(
                conn,
                stored.comment_id,
                delegation_id,
                &change,
                by_user_id,
                now,
            )
            .await?;
        }
        mark_late(conn, stored.comment_id).await?;
    }
    Ok(())
}

/// Marks a comment as written after the round's deadline (through an individual extension);
/// a change of the comment's flag only, not of its content (no new version).
pub async fn mark_late(conn: &mut AnyConnection, comment_id: i64) -> Result<()> {
    sqlx::query("UPDATE comment SET late = 1 WHERE comment_id = $1")
        .bind(comment_id)
        .execute(conn)
        .await?;
    Ok(())
}

/// A change to an active comment of one delegation.
#[derive(Debug, Clone)]
pub enum Change<'a> {
    /// New content; refused unless the comment is at `expected_version`, when given.
    Edit {
        content: CommentContent<'a>,
        expected_version: Option<i64>,
    },
    Withdraw,
}

/// A change made by [`change_own_comment`], with what the rules applied after it need.
#[derive(Debug, Clone)]
pub struct Changed {
    pub comment_id: i64,
    pub round_id: i64,
    pub delegation_id: i64,
    pub reference: String,
    /// The new version; the one before is `version - 1`.
    pub version: i64,
    /// An edit's content before the change (the previous revision's; the comment was active).
    /// `None` for a withdrawal, which leaves the content as it was and does not read it.
    pub before: Option<ContentBefore>,
    pub facts: DeadlineFacts,
}

/// A comment's content before an edit.
#[derive(Debug, Clone)]
pub struct ContentBefore {
    pub kind: CommentKind,
    pub text: String,
    pub proposed_text: Option<String>,
}

impl ContentBefore {
    pub fn content(&self) -> CommentContent<'_> {
        CommentContent {
            kind: self.kind,
            text: &self.text,
            proposed_text: self.proposed_text.as_deref(),
        }
    }
}

/// Changes an active comment of `delegation_id` and reads, in the same statement, what the rules
/// applied after the change need and, for an edit, its previous content (from the revision the
/// triggers kept): one statement in the write of every edit and withdrawal. `None` when no such
/// comment was changed (none, another delegation's, withdrawn, or not at the expected version);
/// the caller reads the comment to say which.
pub async fn change_own_comment(
    conn: &mut AnyConnection,
    comment_id: i64,
    delegation_id: i64,
    change: &Change<'_>,
    by_user_id: i64,
    at: Timestamp,
) -> Result<Option<Changed>> {
    static RETURNING: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| {
        format!(
            "RETURNING comment_id, round_id, delegation_id, reference, version, {}",
            deadline_facts_columns("comment.round_id", "comment.delegation_id"),
        )
    });
    static EDIT: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| {
        let before = |column: &str| {
            format!(
                "(SELECT v.{column} FROM comment_revision v WHERE v.comment_id = comment.comment_id \
                 AND v.version = comment.version - 1) AS {column}_before"
            )
        };
        format!(
            "UPDATE comment SET kind = $5, text = $6, proposed_text = $7, version = version + 1, \
             updated_at = $3, updated_by = $4 WHERE comment_id = $1 AND delegation_id = $2 \
             AND status = 'active' AND version = COALESCE($8, version) {}, {}, {}, {}",
            *RETURNING,
            before("kind"),
            before("text"),
            before("proposed_text"),
        )
    });
    static WITHDRAW: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| {
        format!(
            "UPDATE comment SET status = 'withdrawn', version = version + 1, updated_at = $3, \
             updated_by = $4 WHERE comment_id = $1 AND delegation_id = $2 AND status = 'active' {}",
            *RETURNING
        )
    });
    let sql = match change {
        Change::Edit { .. } => EDIT.as_str(),
        Change::Withdraw => WITHDRAW.as_str(),
    };
    let query = sqlx::query(sqlx::AssertSqlSafe(sql))
        .bind(comment_id)
        .bind(delegation_id)
        .bind(to_millis(at))
        .bind(by_user_id);
    let query = match change {
        Change::Edit {
            content,
            expected_version,
        } => query
            .bind(content.kind.as_str())
            .bind(content.text)
            .bind(content.proposed_text)
            .bind(*expected_version),
        Change::Withdraw => query,
    };
    let Some(row) = query.fetch_optional(conn).await? else {
        return Ok(None);
    };
    Ok(Some(Changed {
        comment_id: row.try_get("comment_id")?,
        round_id: row.try_get("round_id")?,
        delegation_id: row.try_get("delegation_id")?,
        reference: row.try_get("reference")?,
        version: row.try_get("version")?,
        before: match change {
            Change::Edit { .. } => Some(ContentBefore {
                kind: parse_enum(
                    "comment_revision.kind",
                    row.try_get("kind_before")?,
                    CommentKind::parse,
                )?,
                text: row.try_get("text_before")?,
                proposed_text: row.try_get("proposed_text_before")?,
            }),
            Change::Withdraw => None,
        },
        facts: deadline_facts_from_row(&row)?,
    }))
}

/// The columns [`comment_from_row`] reads, by position (a page lists hundreds of comments, and a
/// column found by name is a hash lookup per value): they come first in every select list.
/// Without aliases, so that the same list is the arguments of a SQLite `json_array` (see
/// [`list_comments`]).
const COMMENT_COLUMNS: &str = "c.comment_id, c.round_id, c.delegation_id, d.name, d.category, \
     c.recommendation_id, c.reference, c.kind, c.text, c.proposed_text, c.status, c.version, \
     c.late, c.created_at, c.updated_at";
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
        })
    }

    fn into_record(self) -> Result<Comment> {
        Ok(Comment {
            comment_id: self.comment_id,
            round_id: self.round_id,
            delegation_id: self.delegation_id,
            delegation_name: self.delegation_name,
            delegation_category: parse_enum(
                "delegation.category",
                self.delegation_category,
                DelegationCategory::parse,
            )?,
            recommendation_id: self.recommendation_id,
            reference: self.reference,
            kind: parse_enum("comment.kind", self.kind, CommentKind::parse)?,
            text: self.text,
            proposed_text: self.proposed_text,
            status: parse_enum("comment.status", self.status, CommentStatus::parse)?,
            version: self.version,
            late: self.late != 0,
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
