//! Notices of the Chair's actions on a round to its delegations: an extension, an early
//! close, a reopening, a cancellation, the outcome's publication.

use jiff::Timestamp;
use sqlx::AnyConnection;

use super::{Audience, MailKind, deadline_calendar, put_rows, render_for_audience};
use crate::app::{App, AppResult};
use crate::domain::Round;
use crate::i18n::Tr;
use crate::mail::messages::{self, DeadlineCalendar, Notice, RoundFacts};
use crate::store::delegation::IndividualWindow;
use crate::store::outbox;
use crate::store::schedule::Participant;

/// What the Chair did that the delegations of a round are told.
#[derive(Debug, Clone, Copy)]
pub enum Announcement<'a> {
    /// The deadline moved from `old` to `new`: for everyone when `delegation_id` is `None`,
    /// else for that delegation only (and only it is told).
    Extension {
        delegation_id: Option<i64>,
        old: Timestamp,
        new: Timestamp,
        reason: &'a str,
    },
    /// The round closed early at `closed_at`; reminders and digests still waiting are dropped.
    /// Told to the delegations whose window it closed: everyone when the round's own deadline
    /// had not passed (`everyone`), else only those whose individual extension it `ended` (each
    /// of these is told its extension ended).
    EarlyClose {
        closed_at: Timestamp,
        everyone: bool,
        ended: &'a [IndividualWindow],
        reason: &'a str,
    },
    /// The round reopened until `new_deadline` (the scheduler sends closing confirmations
    /// again at the new deadline).
    Reopening {
        new_deadline: Timestamp,
        reason: &'a str,
    },
    /// The round was cancelled; invitations, reminders and digests still waiting are dropped.
    Cancellation { reason: &'a str },
    /// The outcome is published at `outcome_url`. `publication` names this publication (e.g. the
    /// outcome's version), so that a later re-publication is announced again while a repeated
    /// call is not.
    OutcomePublished {
        publication: i64,
        outcome_url: &'a str,
    },
}

impl Announcement<'_> {
    fn kind(&self) -> MailKind {
        match self {
            Announcement::Extension { .. } => MailKind::Extension,
            Announcement::EarlyClose { .. } => MailKind::EarlyClose,
            Announcement::Reopening { .. } => MailKind::Reopen,
            Announcement::Cancellation { .. } => MailKind::Cancel,
            Announcement::OutcomePublished { .. } => MailKind::Outcome,
        }
    }

    /// The dedupe key of the announcement, before the recipient's id: the same action
    /// announced twice is stored once.
    fn key(&self, round_id: i64) -> String {
        match self {
            Announcement::Extension {
                delegation_id, new, ..
            } => {
                let scope = delegation_id.map_or("all".to_string(), |d| d.to_string());
                format!("extension:{round_id}:{scope}:{}", new.as_millisecond())
            }
            Announcement::EarlyClose { closed_at, .. } => {
                format!("early-close:{round_id}:{}", closed_at.as_millisecond())
            }
            Announcement::Reopening { new_deadline, .. } => {
                format!("reopen:{round_id}:{}", new_deadline.as_millisecond())
            }
            Announcement::Cancellation { .. } => format!("cancel:{round_id}"),
            Announcement::OutcomePublished { publication, .. } => {
                format!("outcome:{round_id}:{publication}")
            }
        }
    }

    /// The individual extension of `delegation_id` that an early close ended, if any.
    fn ended_extension(&self, delegation_id: i64) -> Option<Timestamp> {
        match self {
            Announcement::EarlyClose { ended, .. } => ended
                .iter()
                .find(|w| w.delegation_id == delegation_id)
                .map(|w| w.closes_at),
            _ => None,
        }
    }

    /// Whether the delegation `delegation_id` is told: for an early close after the round's
    /// own deadline, only the delegations whose window it closed.
    fn concerns(&self, delegation_id: i64) -> bool {
        match self {
            Announcement::EarlyClose { everyone, .. } => {
                *everyone || self.ended_extension(delegation_id).is_some()
            }
            _ => true,
        }
    }

    /// Why the round's announcements still waiting in the outbox are dropped, if they are.
    fn drops_waiting(&self) -> Option<&'static str> {
        match self {
            Announcement::EarlyClose { .. } => Some("not sent: the round was closed early"),
            Announcement::Cancellation { .. } => Some("not sent: the round was cancelled"),
            _ => None,
        }
    }

    /// Whether the announcement moves the deadline, and so carries each delegation's calendar
    /// event updated (cancelled with the round).
    fn moves_deadline(&self) -> bool {
        !matches!(self, Announcement::OutcomePublished { .. })
    }

    fn notice(&self, tr: &Tr, facts: &RoundFacts, p: &Participant) -> Notice {
        match *self {
            Announcement::Extension {
                delegation_id,
                old,
                new,
                reason,
            } => messages::extension(
                tr,
                facts,
                &p.name,
                delegation_id.is_some(),
                old,
                new,
                reason,
            ),
            Announcement::EarlyClose {
                closed_at, reason, ..
            } => messages::early_close(
                tr,
                facts,
                &p.name,
                closed_at,
                self.ended_extension(p.delegation_id),
                reason,
            ),
            Announcement::Reopening {
                new_deadline,
                reason,
            } => messages::reopening(tr, facts, &p.name, new_deadline, reason),
            Announcement::Cancellation { reason } => {
                messages::cancellation(tr, facts, &p.name, reason)
            }
            Announcement::OutcomePublished { outcome_url, .. } => {
                messages::outcome(tr, facts, &p.name, outcome_url)
            }
        }
    }
}

/// A delegation's deadline after a change of the round's schedule, as its calendar event.
fn moved_deadline(
    tr: &Tr,
    calendar: &DeadlineCalendar,
    round: &Round,
    facts: &RoundFacts,
    participant: &Participant,
    cancelled: bool,
) -> crate::mail::calendar::DeadlineEvent {
    let deadline = round
        .schedule
        .window_closes_at(participant.individual_closes_at);
    facts.deadline_event(tr, calendar, deadline, cancelled)
}

/// Tells every focal point of the round (of one delegation, for an individual extension) what
/// the Chair did. Call it in the transaction of the action. Returns how many messages were
/// enqueued.
pub async fn announce(
    tx: &mut AnyConnection,
    app: &App,
    now: Timestamp,
    round_id: i64,
    announcement: Announcement<'_>,
) -> AppResult<usize> {
    if let Some(why) = announcement.drops_waiting() {
        // Invitations, reminders and digests of a round that takes no more comments.
        let kinds =
            [MailKind::Reminder, MailKind::Digest, MailKind::Invitation].map(|k| k.as_str());
        outbox::drop_waiting(tx, round_id, &kinds, why).await?;
    }
    let only = match announcement {
        Announcement::Extension { delegation_id, .. } => delegation_id,
        _ => None,
    };
    let calendar = if announcement.moves_deadline() {
        Some(deadline_calendar(tx, app, now, round_id).await?)
    } else {
        None
    };
    let cancelled = matches!(announcement, Announcement::Cancellation { .. });
    let mut audience = Audience::read(tx, app, round_id, only).await?;
    audience
        .recipients
        .retain(|(p, _)| announcement.concerns(p.delegation_id));
    let key = announcement.key(round_id);
    let rows = render_for_audience(
        app,
        now,
        &audience,
        announcement.kind(),
        |fp| format!("{key}:{}", fp.user_id),
        |tr, round, facts, p| {
            let notice = announcement.notice(tr, facts, p);
            match &calendar {
                Some(calendar) => notice.with_calendar_update(
                    tr,
                    moved_deadline(tr, calendar, round, facts, p, cancelled),
                ),
                None => notice,
            }
        },
    )?;
    put_rows(tx, &rows).await
}
