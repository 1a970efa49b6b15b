//! The writes of comments: submitting, editing and withdrawing, and the submissions' batch of
//! the group-commit queue.
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
//! The queue knows submissions only as a [`Batch`]: [`Submissions`] stores their comments,
//! alone or together, and [`Store::grouped_submission`] queues one.

use std::collections::HashMap;
use std::sync::Arc;

use jiff::Timestamp;
use sqlx::any::AnyRow;
use sqlx::{AnyConnection, Row};

use super::{DeadlineFacts, deadline_facts_columns, deadline_facts_from_row};
use crate::domain::{Clock, CommentKind};
use crate::store::column::Columns;
use crate::store::group_commit::Batch;
use crate::store::{GroupOutcome, Result, Store, StoreError, batch, timed, to_millis};

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
        commented_before: row.flag("commented_before")?,
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
/// comment was changed (none, another delegation's, one the Secretariat entered on the
/// delegation's behalf, withdrawn, or not at the expected version);
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
             AND status = 'active' AND intake_source IS NULL \
             AND version = COALESCE($8, version) {}, {}, {}, {}",
            *RETURNING,
            before("kind"),
            before("text"),
            before("proposed_text"),
        )
    });
    static WITHDRAW: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| {
        format!(
            "UPDATE comment SET status = 'withdrawn', version = version + 1, updated_at = $3, \
             updated_by = $4 WHERE comment_id = $1 AND delegation_id = $2 AND status = 'active' \
             AND intake_source IS NULL {}",
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
                kind: row.try_get("kind_before")?,
                text: row.try_get("text_before")?,
                proposed_text: row.try_get("proposed_text_before")?,
            }),
            Change::Withdraw => None,
        },
        facts: deadline_facts_from_row(&row)?,
    }))
}

/// Submissions, as the group-commit queue begins them: each stores its comment (with those of
/// the submissions queued next to it, in one statement), at the instant its group gives.
pub struct Submissions;

impl Batch for Submissions {
    type Item = QueuedSubmission;
    type Stored = Option<Submitted>;

    async fn store_one(
        conn: &mut AnyConnection,
        item: &QueuedSubmission,
        now: Timestamp,
    ) -> Result<Option<Submitted>> {
        insert_submission(conn, &item.at(now)).await
    }

    async fn store_together<'a>(
        conn: &'a mut AnyConnection,
        items: impl Iterator<Item = &'a QueuedSubmission>,
        now: Timestamp,
    ) -> Result<Vec<Option<Submitted>>> {
        let news: Vec<_> = items.map(|item| item.at(now)).collect();
        insert_submissions(conn, &news).await
    }

    async fn make_writes_once(conn: &mut AnyConnection) -> Result<()> {
        make_writes_once(conn).await
    }
}

impl Store {
    /// Like [`Store::grouped_write_audited`], for a submission: the group stores its comment,
    /// with those of the submissions queued next to it in one statement (see
    /// [`insert_submissions`]), then runs `after` on what the statement stored and read, at the
    /// instant taken from `clock` for all of them. `after` may run twice, as `work` may.
    pub async fn grouped_submission<A, T, E>(
        &self,
        submission: QueuedSubmission,
        clock: Arc<dyn Clock>,
        after: A,
    ) -> std::result::Result<T, E>
    where
        A: for<'c> Fn(
                &'c mut AnyConnection,
                Timestamp,
                Option<Submitted>,
            ) -> GroupOutcome<'c, T, E>
            + Send
            + 'static,
        T: Send + 'static,
        E: From<StoreError> + Send + 'static,
    {
        timed(self.group().write_batched(submission, clock, after)).await
    }
}
