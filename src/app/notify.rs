//! Notices: functions that put e-mails into the outbox inside the caller's transaction, so that a
//! message exists if and only if the action that causes it is committed. Each message has a
//! dedupe key (e.g. `reminder:{round}:{delegation}:PT48H:{user}`): enqueueing the same notice
//! twice (a double click, two scheduler passes, two instances) leaves one row. One row per
//! recipient, so the mail log shows each focal point's delivery.
//!
//! Callers (use cases) pass their transaction, the app (for links and settings), their `now` and
//! the facts of the action; these functions read what else they need through the same
//! transaction. The worker (`jobs::worker`) sends what they enqueue.

use std::collections::{HashMap, HashSet};

use jiff::Timestamp;
use serde_json::json;
use sqlx::AnyConnection;

use super::{App, AppError, AppResult, venue_zone};
use crate::domain::ReminderOffsets;
use crate::domain::account::User;
use crate::domain::{CommentStatus, Round};
use crate::i18n::Tr;
use crate::mail::messages::{self, Notice, RoundFacts};
use crate::mail::{OutgoingMail, calendar, message_id};
use crate::store::audit;
use crate::store::comment as comment_store;
use crate::store::outbox::{self, NewAttachment, NewOutboxMail, OutboxRow};
use crate::store::round as round_store;
use crate::store::schedule::{self, FocalPoint, Participant};

/// The kinds of message, as stored in `outbox.kind`.
pub mod kind {
    pub const SIGN_IN: &str = "sign_in";
    pub const INVITATION: &str = "invitation";
    pub const RECEIPT: &str = "receipt";
    pub const DIGEST: &str = "digest";
    pub const REMINDER: &str = "reminder";
    pub const EXTENSION: &str = "extension";
    pub const EARLY_CLOSE: &str = "early_close";
    pub const REOPEN: &str = "reopen";
    pub const CANCEL: &str = "cancel";
    pub const CLOSING: &str = "closing";
    pub const OUTCOME: &str = "outcome";
    pub const TEST: &str = "test";
}

/// Who a message is about and for.
struct Addressee<'a> {
    round_id: Option<i64>,
    delegation_id: Option<i64>,
    user_id: Option<i64>,
    email: &'a str,
}

impl<'a> Addressee<'a> {
    fn focal_point(round_id: i64, fp: &'a FocalPoint) -> Addressee<'a> {
        Addressee {
            round_id: Some(round_id),
            delegation_id: Some(fp.delegation_id),
            user_id: Some(fp.user_id),
            email: &fp.email,
        }
    }
}

/// Where a message goes in the outbox: its kind, dedupe key, addressee and expiry.
struct Entry<'a> {
    kind: &'a str,
    dedupe_key: &'a str,
    to: &'a Addressee<'a>,
    expires_at: Option<Timestamp>,
}

fn entry<'a>(
    kind: &'a str,
    dedupe_key: &'a str,
    to: &'a Addressee<'a>,
    expires_at: Option<Timestamp>,
) -> Entry<'a> {
    Entry {
        kind,
        dedupe_key,
        to,
        expires_at,
    }
}

/// Puts one rendered message into the outbox; false when its dedupe key was already there.
async fn put(
    tx: &mut AnyConnection,
    app: &App,
    now: Timestamp,
    entry: Entry<'_>,
    mail: &OutgoingMail,
) -> AppResult<bool> {
    let message_id = message_id(&app.settings().public_url, entry.dedupe_key);
    let inserted = outbox::insert(tx, &outbox_mail(&message_id, now, entry, mail)).await?;
    Ok(inserted.is_some())
}

/// One rendered message as a row for the outbox, to be put there later in the transaction.
fn row(app: &App, now: Timestamp, entry: Entry<'_>, mail: &OutgoingMail) -> OutboxRow {
    let message_id = message_id(&app.settings().public_url, entry.dedupe_key);
    OutboxRow::from(&outbox_mail(&message_id, now, entry, mail))
}

fn outbox_mail<'a>(
    message_id: &'a str,
    now: Timestamp,
    entry: Entry<'a>,
    mail: &'a OutgoingMail,
) -> NewOutboxMail<'a> {
    let Entry {
        kind,
        dedupe_key,
        to,
        expires_at,
    } = entry;
    NewOutboxMail {
        dedupe_key,
        kind,
        round_id: to.round_id,
        delegation_id: to.delegation_id,
        user_id: to.user_id,
        recipient: to.email,
        message_id,
        subject: &mail.subject,
        body_text: &mail.text,
        body_html: &mail.html,
        attachment: mail.attachment.as_ref().map(|a| NewAttachment {
            filename: &a.filename,
            content_type: &a.content_type,
            body: &a.body,
        }),
        expires_at,
        at: now,
    }
}

/// A round and what its notices say about it.
async fn round_facts(
    tx: &mut AnyConnection,
    app: &App,
    round_id: i64,
) -> AppResult<(Round, RoundFacts)> {
    let round = round_store::get_round(tx, round_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let base = &app.settings().public_url;
    let facts = RoundFacts {
        body_name: round.body_name.clone(),
        round_title: round.title.clone(),
        venue: venue_zone(&round.venue_tz)?,
        round_url: format!("{base}/rounds/{round_id}"),
        our_comments_url: format!("{base}/rounds/{round_id}/our-comments"),
    };
    Ok((round, facts))
}

/// The delegations of a round with their focal points, optionally only one delegation.
async fn recipients(
    tx: &mut AnyConnection,
    round_id: i64,
    only: Option<i64>,
) -> AppResult<Vec<(Participant, Vec<FocalPoint>)>> {
    let participants = schedule::participants(tx, round_id, only).await?;
    let mut by_delegation: HashMap<i64, Vec<FocalPoint>> = HashMap::new();
    for fp in schedule::focal_points(tx, round_id, only).await? {
        by_delegation.entry(fp.delegation_id).or_default().push(fp);
    }
    Ok(participants
        .into_iter()
        .map(|p| {
            let fps = by_delegation.remove(&p.delegation_id).unwrap_or_default();
            (p, fps)
        })
        .collect())
}

/// The round and the people a notice goes to (every focal point of the round, or of one
/// delegation), as read at one moment.
#[derive(Debug, Clone)]
pub struct Audience {
    round: Round,
    facts: RoundFacts,
    recipients: Vec<(Participant, Vec<FocalPoint>)>,
}

impl Audience {
    async fn read(
        conn: &mut AnyConnection,
        app: &App,
        round_id: i64,
        only: Option<i64>,
    ) -> AppResult<Audience> {
        let (round, facts) = round_facts(conn, app, round_id).await?;
        let recipients = recipients(conn, round_id, only).await?;
        Ok(Audience {
            round,
            facts,
            recipients,
        })
    }
}

/// Sends the same kind of notice to every focal point of the round (or of one delegation);
/// `key` makes the dedupe key of each recipient. Returns how many messages were enqueued.
#[allow(clippy::too_many_arguments)]
async fn to_everyone(
    tx: &mut AnyConnection,
    app: &App,
    now: Timestamp,
    round_id: i64,
    only: Option<i64>,
    kind: &str,
    key: impl Fn(&FocalPoint) -> String,
    notice: impl Fn(&Tr, &Round, &RoundFacts, &Participant) -> Notice,
) -> AppResult<usize> {
    let audience = Audience::read(tx, app, round_id, only).await?;
    let rows = render_for_audience(app, now, &audience, kind, key, notice)?;
    put_rows(tx, &rows).await
}

/// Puts rendered messages into the outbox; returns how many were not there already.
async fn put_rows(tx: &mut AnyConnection, rows: &[OutboxRow]) -> AppResult<usize> {
    let mut count = 0;
    for row in rows {
        if outbox::insert_row(tx, row).await?.is_some() {
            count += 1;
        }
    }
    Ok(count)
}

/// Renders a notice to each person of an audience read before, as outbox rows.
fn render_for_audience(
    app: &App,
    now: Timestamp,
    audience: &Audience,
    kind: &str,
    key: impl Fn(&FocalPoint) -> String,
    notice: impl Fn(&Tr, &Round, &RoundFacts, &Participant) -> Notice,
) -> AppResult<Vec<OutboxRow>> {
    let tr = Tr::english();
    let round_id = audience.round.round_id;
    let mut rows = Vec::new();
    for (participant, focal_points) in &audience.recipients {
        for fp in focal_points {
            let n = notice(&tr, &audience.round, &audience.facts, participant);
            let mail = messages::render(&tr, &fp.email, &n, None)?;
            let to = Addressee::focal_point(round_id, fp);
            rows.push(row(app, now, entry(kind, &key(fp), &to, None), &mail));
        }
    }
    Ok(rows)
}

/// The sign-in link for a person (the token's hash names the message: one per link).
pub async fn enqueue_sign_in(
    tx: &mut AnyConnection,
    app: &App,
    now: Timestamp,
    user: &User,
    token_hash: &str,
    link: &str,
    valid_until: &str,
) -> AppResult<bool> {
    let mail = messages::sign_in(&Tr::english(), &user.email, link, valid_until)?;
    let to = Addressee {
        round_id: None,
        delegation_id: user.delegation_id,
        user_id: Some(user.user_id),
        email: &user.email,
    };
    let key = format!("sign-in:{}", &token_hash[..token_hash.len().min(32)]);
    put(tx, app, now, entry(kind::SIGN_IN, &key, &to, None), &mail).await
}

/// The invitation to every focal point of a round that opens, with the deadline as an `.ics`.
pub async fn enqueue_invitations(
    tx: &mut AnyConnection,
    app: &App,
    now: Timestamp,
    round_id: i64,
) -> AppResult<usize> {
    let (round, facts) = round_facts(tx, app, round_id).await?;
    let tr = Tr::english();
    let host_uid = format!(
        "round-{round_id}-deadline-{}",
        message_id(&app.settings().public_url, "calendar")
            .trim_matches(['<', '>'])
            .replace(".redraft", "")
    );
    let mut count = 0;
    for (participant, focal_points) in recipients(tx, round_id, None).await? {
        let deadline = round
            .schedule
            .effective_closes_at(participant.individual_closes_at);
        if deadline <= now {
            continue;
        }
        for fp in &focal_points {
            let notice = messages::invitation(&tr, &facts, &participant.name, deadline);
            let summary = tr.t1(
                "mail-invitation-calendar-summary",
                "round",
                &facts.round_title,
            );
            let ics = calendar::deadline_attachment(&calendar::DeadlineEvent {
                uid: &host_uid,
                summary: &summary,
                description: &facts.venue.format_deadline(deadline),
                url: &facts.round_url,
                deadline,
                created: now,
            })?;
            let mail = messages::render(&tr, &fp.email, &notice, Some(ics))?;
            let key = format!("invitation:{round_id}:{}", fp.user_id);
            let to = Addressee::focal_point(round_id, fp);
            if put(
                tx,
                app,
                now,
                entry(kind::INVITATION, &key, &to, Some(deadline)),
                &mail,
            )
            .await?
            {
                count += 1;
            }
        }
    }
    Ok(count)
}

/// The receipt of a delegation's first submission in a round, to each of its focal points, as
/// outbox rows for the submission to hand to its group (which puts them into the outbox in the
/// same transaction); made only for that first submission (later ones are reported in the daily
/// digest). A receipt made twice is stored once (its dedupe key). `audience` is the
/// delegation's focal points as read when the submission arrived ([`receipt_audience`]), so
/// that the write transaction only renders the messages; `None` reads them in the
/// transaction.
pub async fn receipt(
    tx: &mut AnyConnection,
    app: &App,
    now: Timestamp,
    (round_id, delegation_id): (i64, i64),
    audience: Option<&Audience>,
    reference: &str,
) -> AppResult<Vec<OutboxRow>> {
    let read;
    let audience = match audience {
        Some(audience) => audience,
        None => {
            read = receipt_audience(tx, app, round_id, delegation_id).await?;
            &read
        }
    };
    render_for_audience(
        app,
        now,
        audience,
        kind::RECEIPT,
        |fp| format!("receipt:{round_id}:{delegation_id}:{}", fp.user_id),
        |tr, round, facts, p| {
            let deadline = round.schedule.effective_closes_at(p.individual_closes_at);
            messages::receipt(tr, facts, &p.name, reference, deadline)
        },
    )
}

/// Who a delegation's receipt goes to: its focal points, with the round's facts.
pub async fn receipt_audience(
    conn: &mut AnyConnection,
    app: &App,
    round_id: i64,
    delegation_id: i64,
) -> AppResult<Audience> {
    Audience::read(conn, app, round_id, Some(delegation_id)).await
}

/// Reminders due at `now` to the focal points of delegations that have not responded: for each,
/// the latest offset whose time has come (see `ReminderOffsets::due_at`), never after its
/// deadline. Returns how many messages were enqueued.
pub async fn enqueue_due_reminders(
    tx: &mut AnyConnection,
    app: &App,
    now: Timestamp,
    round_id: i64,
) -> AppResult<usize> {
    let (round, facts) = round_facts(tx, app, round_id).await?;
    let offsets = reminder_offsets(tx, round_id).await?;
    if offsets.offsets().is_empty() || round.schedule.cancelled_at.is_some() {
        return Ok(0);
    }
    let prefix = format!("reminder:{round_id}:");
    let existing: HashSet<String> = outbox::keys_with_prefix(tx, &prefix).await?;
    let tr = Tr::english();
    let mut count = 0;
    for (participant, focal_points) in recipients(tx, round_id, None).await? {
        if participant.responded {
            continue;
        }
        let deadline = round
            .schedule
            .effective_closes_at(participant.individual_closes_at);
        let Some(offset) = offsets.due_at(now, round.schedule.opens_at, deadline) else {
            continue;
        };
        for fp in &focal_points {
            let key = format!(
                "{prefix}{}:{}:{}",
                participant.delegation_id,
                offset.as_str(),
                fp.user_id
            );
            if existing.contains(&key) {
                continue;
            }
            let notice = messages::reminder(&tr, &facts, &participant.name, now, deadline);
            let mail = messages::render(&tr, &fp.email, &notice, None)?;
            let to = Addressee::focal_point(round_id, fp);
            if put(
                tx,
                app,
                now,
                entry(kind::REMINDER, &key, &to, Some(deadline)),
                &mail,
            )
            .await?
            {
                count += 1;
            }
        }
    }
    Ok(count)
}

/// The reminder offsets of a round (a stored value the domain refuses counts as a data error).
pub async fn reminder_offsets(tx: &mut AnyConnection, round_id: i64) -> AppResult<ReminderOffsets> {
    let stored = schedule::reminders_before(tx, round_id)
        .await?
        .ok_or(AppError::NotFound)?;
    ReminderOffsets::parse(&stored).map_err(|_| {
        AppError::Store(crate::store::StoreError::Corrupt {
            column: "round.reminders_before",
            value: stored,
        })
    })
}

/// Closing confirmations to every focal point of each delegation whose deadline has passed,
/// listing its active comments as recorded at the deadline. Returns how many messages were
/// enqueued and whether every delegation of the round is now past its deadline.
pub async fn enqueue_closing_confirmations(
    tx: &mut AnyConnection,
    app: &App,
    now: Timestamp,
    round_id: i64,
) -> AppResult<(usize, bool)> {
    let (round, facts) = round_facts(tx, app, round_id).await?;
    let prefix = format!("closing:{round_id}:");
    let existing = outbox::keys_with_prefix(tx, &prefix).await?;
    let labels: HashMap<i64, String> = round_store::recommendations(tx, round_id)
        .await?
        .into_iter()
        .map(|r| (r.recommendation_id, r.label))
        .collect();
    let tr = Tr::english();
    let mut count = 0;
    let mut all_closed = true;
    for (participant, focal_points) in recipients(tx, round_id, None).await? {
        let deadline = round
            .schedule
            .effective_closes_at(participant.individual_closes_at);
        if deadline > now {
            all_closed = false;
            continue;
        }
        let key_of = |fp: &FocalPoint| {
            format!(
                "{prefix}{}:{}:{}",
                participant.delegation_id,
                deadline.as_millisecond(),
                fp.user_id
            )
        };
        if focal_points.iter().all(|fp| existing.contains(&key_of(fp))) {
            continue;
        }
        let comments =
            comment_store::comments_of_delegation(tx, round_id, participant.delegation_id).await?;
        let items: Vec<String> = comments
            .iter()
            .filter(|c| c.status == CommentStatus::Active)
            .map(|c| {
                let on = match c.recommendation_id.and_then(|id| labels.get(&id)) {
                    Some(label) => tr.t1("mail-closing-recommendation", "label", label),
                    None => tr.t("mail-closing-whole-draft"),
                };
                let text = match (&c.proposed_text, c.text.is_empty()) {
                    (Some(proposed), true) => proposed.clone(),
                    _ => c.text.clone(),
                };
                tr.ta(
                    "mail-closing-item",
                    &[
                        ("reference", c.reference.clone().into()),
                        ("on", on.into()),
                        ("kind", tr.t(c.kind.message_id()).into()),
                        ("text", shorten(&text, 300).into()),
                    ],
                )
            })
            .collect();
        for fp in &focal_points {
            let key = key_of(fp);
            if existing.contains(&key) {
                continue;
            }
            let notice = messages::closing(&tr, &facts, &participant.name, deadline, items.clone());
            let mail = messages::render(&tr, &fp.email, &notice, None)?;
            let to = Addressee::focal_point(round_id, fp);
            if put(tx, app, now, entry(kind::CLOSING, &key, &to, None), &mail).await? {
                count += 1;
            }
        }
    }
    Ok((count, all_closed))
}

/// The digest of the changes each delegation made during the venue day `[from, to)` (`date` in
/// ISO form for the dedupe key, `date_words` for the reader), other than the first submission
/// its receipt acknowledged.
#[allow(clippy::too_many_arguments)]
pub async fn enqueue_digests(
    tx: &mut AnyConnection,
    app: &App,
    now: Timestamp,
    round_id: i64,
    from: Timestamp,
    to: Timestamp,
    date: &str,
    date_words: &str,
) -> AppResult<usize> {
    let changes = schedule::changes_between(tx, round_id, from, to).await?;
    if changes.is_empty() {
        return Ok(0);
    }
    let (round, facts) = round_facts(tx, app, round_id).await?;
    let tr = Tr::english();
    let mut by_delegation: HashMap<i64, Vec<String>> = HashMap::new();
    for change in &changes {
        let first = schedule::first_comment_id(tx, round_id, change.delegation_id).await?;
        if change.version == 1 && first == Some(change.comment_id) {
            continue;
        }
        let on = match &change.recommendation_label {
            Some(label) => tr.t1("mail-closing-recommendation", "label", label),
            None => tr.t("mail-closing-whole-draft"),
        };
        let id = match (change.version, change.status.as_str()) {
            (_, "withdrawn") => "mail-digest-withdrawn",
            (1, _) => "mail-digest-submitted",
            _ => "mail-digest-edited",
        };
        let line = tr.ta(
            id,
            &[
                ("reference", change.reference.clone().into()),
                ("on", on.into()),
            ],
        );
        by_delegation
            .entry(change.delegation_id)
            .or_default()
            .push(line);
    }
    let mut count = 0;
    for (participant, focal_points) in recipients(tx, round_id, None).await? {
        let Some(lines) = by_delegation.get(&participant.delegation_id) else {
            continue;
        };
        let deadline = round
            .schedule
            .effective_closes_at(participant.individual_closes_at);
        for fp in &focal_points {
            let notice = messages::digest(
                &tr,
                &facts,
                &participant.name,
                date_words,
                lines.clone(),
                deadline,
            );
            let mail = messages::render(&tr, &fp.email, &notice, None)?;
            let key = format!(
                "digest:{round_id}:{}:{date}:{}",
                participant.delegation_id, fp.user_id
            );
            let to = Addressee::focal_point(round_id, fp);
            if put(tx, app, now, entry(kind::DIGEST, &key, &to, None), &mail).await? {
                count += 1;
            }
        }
    }
    Ok(count)
}

/// Notice of an extension of the deadline from `old` to `new`: to everyone when `delegation_id`
/// is `None`, else to that delegation only. Call it in the extension's transaction.
#[allow(clippy::too_many_arguments)]
pub async fn enqueue_extension(
    tx: &mut AnyConnection,
    app: &App,
    now: Timestamp,
    round_id: i64,
    delegation_id: Option<i64>,
    old: Timestamp,
    new: Timestamp,
    reason: &str,
) -> AppResult<usize> {
    let scope = delegation_id.map_or("all".to_string(), |d| d.to_string());
    let new_ms = new.as_millisecond();
    to_everyone(
        tx,
        app,
        now,
        round_id,
        delegation_id,
        kind::EXTENSION,
        |fp| format!("extension:{round_id}:{scope}:{new_ms}:{}", fp.user_id),
        |tr, _, facts, p| {
            messages::extension(
                tr,
                facts,
                &p.name,
                delegation_id.is_some(),
                old,
                new,
                reason,
            )
        },
    )
    .await
}

/// Drops the invitations, reminders and digests of a round still waiting in the outbox.
async fn drop_announcements(tx: &mut AnyConnection, round_id: i64, reason: &str) -> AppResult<()> {
    let kinds = [kind::REMINDER, kind::DIGEST, kind::INVITATION];
    outbox::drop_waiting(tx, round_id, &kinds, reason).await?;
    Ok(())
}

/// Notice that the Chair closed the round early at `closed_at`; reminders and digests still
/// waiting in the outbox are dropped. Call it in the closing's transaction.
pub async fn enqueue_early_close(
    tx: &mut AnyConnection,
    app: &App,
    now: Timestamp,
    round_id: i64,
    closed_at: Timestamp,
    reason: &str,
) -> AppResult<usize> {
    drop_announcements(tx, round_id, "not sent: the round was closed early").await?;
    let closed_ms = closed_at.as_millisecond();
    to_everyone(
        tx,
        app,
        now,
        round_id,
        None,
        kind::EARLY_CLOSE,
        |fp| format!("early-close:{round_id}:{closed_ms}:{}", fp.user_id),
        |tr, _, facts, p| messages::early_close(tr, facts, &p.name, closed_at, reason),
    )
    .await
}

/// Notice that the Chair reopened the round until `new_deadline`. Call it in the reopening's
/// transaction. (The scheduler sends closing confirmations again at the new deadline.)
pub async fn enqueue_reopening(
    tx: &mut AnyConnection,
    app: &App,
    now: Timestamp,
    round_id: i64,
    new_deadline: Timestamp,
    reason: &str,
) -> AppResult<usize> {
    let new_ms = new_deadline.as_millisecond();
    to_everyone(
        tx,
        app,
        now,
        round_id,
        None,
        kind::REOPEN,
        |fp| format!("reopen:{round_id}:{new_ms}:{}", fp.user_id),
        |tr, _, facts, p| messages::reopening(tr, facts, &p.name, new_deadline, reason),
    )
    .await
}

/// Notice that the Chair cancelled the round; invitations, reminders and digests still waiting
/// are dropped. Call it in the cancellation's transaction.
pub async fn enqueue_cancellation(
    tx: &mut AnyConnection,
    app: &App,
    now: Timestamp,
    round_id: i64,
    reason: &str,
) -> AppResult<usize> {
    drop_announcements(tx, round_id, "not sent: the round was cancelled").await?;
    to_everyone(
        tx,
        app,
        now,
        round_id,
        None,
        kind::CANCEL,
        |fp| format!("cancel:{round_id}:{}", fp.user_id),
        |tr, _, facts, p| messages::cancellation(tr, facts, &p.name, reason),
    )
    .await
}

/// Notice that the outcome of the round is published at `outcome_url`. `publication` names
/// this publication (e.g. the outcome's id or version), so that a later re-publication is
/// announced again while a repeated call is not. Call it in the publication's transaction.
pub async fn enqueue_outcome_published(
    tx: &mut AnyConnection,
    app: &App,
    now: Timestamp,
    round_id: i64,
    publication: i64,
    outcome_url: &str,
) -> AppResult<usize> {
    to_everyone(
        tx,
        app,
        now,
        round_id,
        None,
        kind::OUTCOME,
        |fp| format!("outcome:{round_id}:{publication}:{}", fp.user_id),
        |tr, _, facts, p| messages::outcome(tr, facts, &p.name, outcome_url),
    )
    .await
}

/// A test message from the Chair's mail log to the Chair's own address.
pub async fn enqueue_test(
    tx: &mut AnyConnection,
    app: &App,
    now: Timestamp,
    round_id: i64,
    user: &User,
) -> AppResult<bool> {
    let (_, facts) = round_facts(tx, app, round_id).await?;
    let tr = Tr::english();
    let notice = messages::test_message(&tr, &facts, &user.email, now);
    let mail = messages::render(&tr, &user.email, &notice, None)?;
    let key = format!("test:{round_id}:{}:{}", user.user_id, now.as_millisecond());
    let to = Addressee {
        round_id: Some(round_id),
        delegation_id: None,
        user_id: Some(user.user_id),
        email: &user.email,
    };
    let inserted = put(tx, app, now, entry(kind::TEST, &key, &to, None), &mail).await?;
    audit::record(
        tx,
        &audit::AuditEntry {
            at: now,
            actor_user_id: Some(user.user_id),
            delegation_id: None,
            round_id: Some(round_id),
            action: "test_mail_requested",
            object_type: "round",
            object_id: Some(round_id),
            before: None,
            after: Some(json!({ "to": user.email })),
        },
    )
    .await?;
    Ok(inserted)
}

/// At most `max` characters of `text`, with an ellipsis when cut.
fn shorten(text: &str, max: usize) -> String {
    let mut chars = text.chars();
    let head: String = chars.by_ref().take(max).collect();
    if chars.next().is_some() {
        format!("{head}…")
    } else {
        head
    }
}

#[cfg(test)]
mod tests {
    use super::shorten;

    #[test]
    fn long_texts_are_shortened_with_an_ellipsis() {
        assert_eq!(shorten("abc", 3), "abc");
        assert_eq!(shorten("abcd", 3), "abc…");
        assert_eq!(shorten("ééé", 2), "éé…");
    }
}
