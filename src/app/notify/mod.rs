//! Notices: functions that put e-mails into the outbox inside the caller's transaction, so that a
//! message exists if and only if the action that causes it is committed. Each message has a
//! dedupe key (e.g. `reminder:{round}:{delegation}:PT48H:{user}`): enqueueing the same notice
//! twice (a double click, two scheduler passes, two instances) leaves one row. One row per
//! recipient, so the mail log shows each focal point's delivery.
//!
//! Callers (use cases) pass their transaction, the app (for links and settings), their `now` and
//! the facts of the action; these functions read what else they need through the same
//! transaction. The worker (`jobs::worker`) sends what they enqueue.

mod closing;
mod digests;
mod invitations;
mod notices;
mod personal;
mod receipts;
mod reminders;
mod silence;

use std::collections::HashMap;

use jiff::Timestamp;
use sqlx::AnyConnection;

pub use closing::enqueue_closing_confirmations;
pub use digests::enqueue_digests;
pub use invitations::enqueue_invitations;
pub use notices::{Announcement, announce};
pub use personal::{enqueue_sign_in, enqueue_test};
pub use receipts::{intake_receipt, receipt, receipt_audience};
pub use reminders::{enqueue_due_reminders, reminder_offsets};
pub use silence::{StatementReceipt, enqueue_silence_result, enqueue_statement_receipt};

use super::{App, AppError, AppResult, venue_zone};
use crate::domain::Round;
use crate::domain::silence::SILENCE_KIND;
use crate::i18n::Tr;
use crate::mail::messages::{self, DeadlineCalendar, Notice, RoundFacts};
use crate::mail::{OutgoingMail, message_id};
use crate::store::outbox::{self, NewAttachment, NewOutboxMail, OutboxRow};
use crate::store::round as round_store;
use crate::store::schedule::{self, FocalPoint, Participant};

/// The kind of a message, stored in `outbox.kind`: what the mail log calls it, and what a
/// round that takes no more comments drops while it waits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MailKind {
    SignIn,
    Invitation,
    Receipt,
    Digest,
    Reminder,
    Extension,
    EarlyClose,
    Reopen,
    Cancel,
    Closing,
    Outcome,
    SilenceResult,
    Test,
}

crate::domain::text_forms!(MailKind {
    SignIn => "sign_in",
    Invitation => "invitation",
    Receipt => "receipt",
    Digest => "digest",
    Reminder => "reminder",
    Extension => "extension",
    EarlyClose => "early_close",
    Reopen => "reopen",
    Cancel => "cancel",
    Closing => "closing",
    Outcome => "outcome",
    SilenceResult => "silence_result",
    Test => "test",
});

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
    kind: MailKind,
    dedupe_key: &'a str,
    to: &'a Addressee<'a>,
    expires_at: Option<Timestamp>,
}

fn entry<'a>(
    kind: MailKind,
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
        kind: kind.as_str(),
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
        replies_reach_secretariat: app.mailer().has_reply_to(),
        silence: round.kind == SILENCE_KIND,
    };
    Ok((round, facts))
}

/// The calendar event of a round's deadline as the notices made at `now` carry it: the UID every
/// notice of the round shares, and the number of changes of its schedule so far as SEQUENCE,
/// so that each change sends a higher one.
async fn deadline_calendar(
    tx: &mut AnyConnection,
    app: &App,
    now: Timestamp,
    round_id: i64,
) -> AppResult<DeadlineCalendar> {
    let changes = round_store::count_round_events(tx, round_id).await?;
    Ok(DeadlineCalendar {
        uid: format!(
            "round-{round_id}-deadline-{}",
            message_id(&app.settings().public_url, "calendar")
                .trim_matches(['<', '>'])
                .replace(".redraft", "")
        ),
        sequence: u32::try_from(changes).unwrap_or(u32::MAX),
        stamp: now,
    })
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
    kind: MailKind,
    key: impl Fn(&FocalPoint) -> String,
    notice: impl Fn(&Tr, &Round, &RoundFacts, &Participant) -> Notice,
) -> AppResult<Vec<OutboxRow>> {
    let round_id = audience.round.round_id;
    let mut rows = Vec::new();
    for (participant, focal_points) in &audience.recipients {
        for fp in focal_points {
            let tr = Tr::new(fp.language_or(audience.round.language));
            let n = notice(&tr, &audience.round, &audience.facts, participant);
            let mail = messages::render(&tr, &fp.email, &n)?;
            let to = Addressee::focal_point(round_id, fp);
            rows.push(row(app, now, entry(kind, &key(fp), &to, None), &mail));
        }
    }
    Ok(rows)
}
