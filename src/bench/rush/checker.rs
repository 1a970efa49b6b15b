//! The database checker: the record of the rush against what the database holds afterwards.
//! Every acknowledged write is stored exactly as acknowledged (its revision, and the final state
//! of each comment, equal the last acknowledged write; a later write that got no answer may have
//! been stored too), nothing is stored at or after the deadline, every refusal of a write sent
//! after the deadline is the documented one, and no comment is stored that nobody sent, or twice.

use std::collections::{HashMap, HashSet};

use super::record::{Content, Op, Outcome, Record};
use crate::store::{PoolSettings, Store};

/// A stored comment, as the checks read it.
#[derive(Debug, Clone)]
pub struct StoredComment {
    pub comment_id: i64,
    pub kind: String,
    pub text: String,
    pub proposed_text: Option<String>,
    pub status: String,
    pub version: i64,
    pub created_at_ms: i64,
}

/// What the database holds after the rush.
#[derive(Debug, Clone, Default)]
pub struct Snapshot {
    pub closes_at_ms: i64,
    pub comments: Vec<StoredComment>,
    /// Every stored version of every comment (`comment_revision`), with its `changed_at`.
    pub revisions: Vec<(StoredComment, i64)>,
}

type CommentRow = (i64, String, String, Option<String>, String, i64, i64);

fn stored(
    (comment_id, kind, text, proposed_text, status, version, at): CommentRow,
) -> StoredComment {
    StoredComment {
        comment_id,
        kind,
        text,
        proposed_text,
        status,
        version,
        created_at_ms: at,
    }
}

/// Reads the round's comments and their revisions through a pool of its own.
pub(super) async fn read_snapshot(url: &str, round_id: i64) -> anyhow::Result<Snapshot> {
    let store = Store::connect(url, &PoolSettings::default()).await?;
    let mut conn = store.read().await?;
    let closes_at_ms: i64 = sqlx::query_scalar("SELECT closes_at FROM round WHERE round_id = $1")
        .bind(round_id)
        .fetch_one(&mut *conn)
        .await?;
    let comments: Vec<CommentRow> = sqlx::query_as(
        "SELECT comment_id, kind, text, proposed_text, status, version, created_at \
         FROM comment WHERE round_id = $1",
    )
    .bind(round_id)
    .fetch_all(&mut *conn)
    .await?;
    let revisions: Vec<CommentRow> = sqlx::query_as(
        "SELECT r.comment_id, r.kind, r.text, r.proposed_text, r.status, r.version, r.changed_at \
         FROM comment_revision r JOIN comment c ON c.comment_id = r.comment_id \
         WHERE c.round_id = $1",
    )
    .bind(round_id)
    .fetch_all(&mut *conn)
    .await?;
    drop(conn);
    store.close().await;
    Ok(Snapshot {
        closes_at_ms,
        comments: comments.into_iter().map(stored).collect(),
        revisions: revisions
            .into_iter()
            .map(|row| {
                let at = row.6;
                (stored(row), at)
            })
            .collect(),
    })
}

/// The result of checking the record of the rush against the database.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Check {
    pub acked_writes: usize,
    /// Comments or versions stored at or after the deadline (server clock).
    pub late_stored: usize,
    /// Writes acknowledged although sent after the deadline.
    pub late_acked: usize,
    /// Acknowledged writes missing or different in the database (including a comment whose
    /// final state is not its last acknowledged write).
    pub lost: usize,
    /// The documented refusal for a request answered before the deadline.
    pub refused_early: usize,
    /// Refusals (4xx) other than the documented 409 of writes sent after the deadline.
    pub undocumented_refusals: usize,
    /// Stored comments whose text no request sent.
    pub phantoms: usize,
    /// Texts stored as more than one comment (each text was sent once).
    pub duplicates: usize,
}

impl Check {
    pub fn late(&self) -> usize {
        self.late_stored.max(self.late_acked)
    }

    pub fn wrong(&self) -> usize {
        self.refused_early + self.undocumented_refusals + self.phantoms + self.duplicates
    }
}

fn same_content(stored: &StoredComment, content: &Content) -> bool {
    stored.kind == content.kind
        && stored.text == content.text
        && stored.proposed_text == content.proposed_text
}

/// Checks the record of the rush against the database (see the module's documentation).
pub fn check(records: &[Record], db: &Snapshot) -> Check {
    let mut check = Check::default();
    let closes = db.closes_at_ms;
    let revisions: HashMap<(i64, i64), &StoredComment> = db
        .revisions
        .iter()
        .map(|(r, _)| ((r.comment_id, r.version), r))
        .collect();
    let comments: HashMap<i64, &StoredComment> =
        db.comments.iter().map(|c| (c.comment_id, c)).collect();
    let late_creations: HashSet<i64> = db
        .revisions
        .iter()
        .filter(|(r, at)| *at >= closes && r.version == 1)
        .map(|(r, _)| r.comment_id)
        .collect();
    check.late_stored = db.revisions.iter().filter(|(_, at)| *at >= closes).count()
        + db.comments
            .iter()
            .filter(|c| c.created_at_ms >= closes && !late_creations.contains(&c.comment_id))
            .count();

    // The last acknowledged write of each comment, and the comments with a write of unknown fate.
    let mut last: HashMap<i64, &Record> = HashMap::new();
    let mut uncertain: HashSet<i64> = HashSet::new();
    for record in records.iter().filter(|r| r.op.is_write()) {
        match &record.outcome {
            Outcome::Acked {
                comment_id,
                version,
            } => {
                check.acked_writes += 1;
                if record.sent_ms >= closes {
                    check.late_acked += 1;
                }
                let expected = revisions.get(&(*comment_id, *version));
                let ok = match (expected, &record.content) {
                    (Some(stored), _)
                        if matches!(record.op, Op::WithdrawApi | Op::WithdrawForm) =>
                    {
                        stored.status == "withdrawn"
                    }
                    (Some(stored), Some(content)) => {
                        stored.status == "active" && same_content(stored, content)
                    }
                    _ => false,
                };
                if !ok || record.target.is_some_and(|t| t != *comment_id) {
                    check.lost += 1;
                }
                let newer = last.get(comment_id).is_none_or(|prev| match &prev.outcome {
                    Outcome::Acked { version: v, .. } => v < version,
                    _ => true,
                });
                if newer {
                    last.insert(*comment_id, record);
                }
            }
            Outcome::Closed => {
                if record.done_ms < closes {
                    check.refused_early += 1;
                }
            }
            Outcome::Refused { .. } | Outcome::NoAnswer { .. } => {
                if let Some(target) = record.target {
                    uncertain.insert(target);
                }
                // A 4xx after the deadline refuses for a reason other than the documented one;
                // a 5xx or no answer is a failure of the server (counted among the errors).
                if record.sent_ms >= closes
                    && matches!(record.outcome, Outcome::Refused { status, .. } if status < 500)
                {
                    check.undocumented_refusals += 1;
                }
            }
            Outcome::Page => {}
        }
    }
    for (comment_id, record) in &last {
        let Outcome::Acked { version, .. } = record.outcome else {
            continue;
        };
        let Some(stored) = comments.get(comment_id) else {
            check.lost += 1;
            continue;
        };
        let as_acknowledged = stored.version == version
            && match &record.content {
                None => stored.status == "withdrawn",
                Some(content) => stored.status == "active" && same_content(stored, content),
            };
        // A later write that got no clear answer may have been stored; it may not undo this one.
        let explained = uncertain.contains(comment_id) && stored.version > version;
        if !as_acknowledged && !explained {
            check.lost += 1;
        }
    }

    let sent: HashSet<&str> = records
        .iter()
        .filter(|r| matches!(r.op, Op::SubmitApi | Op::SubmitForm))
        .filter_map(|r| r.content.as_ref().map(|c| c.text.as_str()))
        .collect();
    let mut first_texts: HashMap<&str, usize> = HashMap::new();
    for (revision, _) in db.revisions.iter().filter(|(r, _)| r.version == 1) {
        *first_texts.entry(revision.text.as_str()).or_default() += 1;
        if !sent.contains(revision.text.as_str()) {
            check.phantoms += 1;
        }
    }
    check.duplicates = first_texts
        .values()
        .filter(|n| **n > 1)
        .map(|n| n - 1)
        .sum();
    check
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bench::rush::record::fixtures::{acked, record};
    use crate::bench::rush::workload::content;

    const CLOSES: i64 = 10_000;

    fn text(n: u64) -> Content {
        content(1, n, false)
    }

    fn row(id: i64, version: i64, c: &Content, status: &str, at: i64) -> (StoredComment, i64) {
        (
            StoredComment {
                comment_id: id,
                kind: c.kind.to_string(),
                text: c.text.clone(),
                proposed_text: c.proposed_text.clone(),
                status: status.into(),
                version,
                created_at_ms: at,
            },
            at,
        )
    }

    /// after the deadline, and a submission that got no answer but was stored.
    fn consistent() -> (Vec<Record>, Snapshot) {
        let (a, a2, b, c) = (text(1), content(1, 2, true), text(3), text(4));
        let records = vec![
            record(Op::SubmitApi, None, Some(a.clone()), 100, acked(1, 1)),
            record(Op::SubmitForm, None, Some(b.clone()), 200, acked(2, 1)),
            record(Op::EditForm, Some(1), Some(a2.clone()), 300, acked(1, 2)),
            record(Op::WithdrawApi, Some(2), None, 400, acked(2, 2)),
            record(
                Op::SubmitApi,
                None,
                Some(c.clone()),
                500,
                Outcome::NoAnswer {
                    kind: "no answer: connection lost".into(),
                },
            ),
            record(
                Op::SubmitApi,
                None,
                Some(text(5)),
                CLOSES + 1,
                Outcome::Closed,
            ),
            record(
                Op::EditApi,
                Some(1),
                Some(text(6)),
                CLOSES + 2,
                Outcome::Closed,
            ),
            record(Op::Page, None, None, CLOSES + 3, Outcome::Page),
        ];
        let revisions = vec![
            row(1, 1, &a, "active", 100),
            row(1, 2, &a2, "active", 300),
            row(2, 1, &b, "active", 200),
            row(2, 2, &b, "withdrawn", 400),
            row(3, 1, &c, "active", 500),
        ];
        let mut comments = vec![
            revisions[1].0.clone(),
            revisions[3].0.clone(),
            revisions[4].0.clone(),
        ];
        comments[0].created_at_ms = 100;
        comments[1].created_at_ms = 200;
        (
            records,
            Snapshot {
                closes_at_ms: CLOSES,
                comments,
                revisions,
            },
        )
    }

    #[test]
    fn a_consistent_rush_passes() {
        let (records, db) = consistent();
        let check = check(&records, &db);
        assert_eq!(check.acked_writes, 4);
        assert_eq!(
            (check.late(), check.lost, check.wrong()),
            (0, 0, 0),
            "{check:?}"
        );
    }

    #[test]
    fn a_lost_edit_is_found() {
        let (records, mut db) = consistent();
        // The edit to version 2 vanished: the comment is back at its submission.
        db.revisions.remove(1);
        db.comments[0] = db.revisions[0].0.clone();
        let check = check(&records, &db);
        assert_eq!(check.lost, 2, "{check:?}");
    }

    #[test]
    fn a_changed_text_and_an_undone_withdrawal_are_lost() {
        let (records, mut db) = consistent();
        db.comments[0].text.push('!');
        db.comments[1].status = "active".into();
        assert_eq!(check(&records, &db).lost, 2);
    }

    #[test]
    fn writes_after_the_deadline_are_late() {
        let (mut records, mut db) = consistent();
        let late = text(7);
        records.push(record(
            Op::SubmitForm,
            None,
            Some(late.clone()),
            CLOSES + 10,
            acked(4, 1),
        ));
        db.revisions.push(row(4, 1, &late, "active", CLOSES + 12));
        db.comments.push(db.revisions[5].0.clone());
        let check = check(&records, &db);
        assert_eq!(
            (check.late_acked, check.late_stored, check.late()),
            (1, 1, 1)
        );
        assert_eq!(check.lost, 0);
    }

    #[test]
    fn wrong_answers_around_the_deadline_are_counted() {
        let (mut records, mut db) = consistent();
        records.push(record(
            Op::SubmitApi,
            None,
            Some(text(8)),
            600,
            Outcome::Closed,
        ));
        records.push(record(
            Op::SubmitForm,
            None,
            Some(text(9)),
            CLOSES + 20,
            Outcome::Refused {
                status: 500,
                kind: "500 page (form)".into(),
            },
        ));
        let stranger = text(99);
        db.revisions.push(row(9, 1, &stranger, "active", 700));
        db.comments.push(db.revisions[5].0.clone());
        let found = check(&records, &db);
        // The 500 is an error of the server, not a refusal for a wrong reason.
        assert_eq!(
            (
                found.refused_early,
                found.undocumented_refusals,
                found.phantoms
            ),
            (1, 0, 1)
        );
        records.push(record(
            Op::EditApi,
            Some(1),
            Some(text(11)),
            CLOSES + 30,
            Outcome::Refused {
                status: 409,
                kind: "409 conflict (API)".into(),
            },
        ));
        assert_eq!(check(&records, &db).undocumented_refusals, 1);
    }

    #[test]
    fn an_unanswered_edit_may_have_been_stored() {
        let (mut records, mut db) = consistent();
        let maybe = content(1, 10, true);
        records.push(record(
            Op::EditApi,
            Some(1),
            Some(maybe.clone()),
            800,
            Outcome::NoAnswer {
                kind: "no answer: connection lost".into(),
            },
        ));
        db.revisions.push(row(1, 3, &maybe, "active", 800));
        db.comments[0] = db.revisions[5].0.clone();
        assert_eq!(
            check(&records, &db),
            Check {
                acked_writes: 4,
                ..Check::default()
            }
        );
    }
}
