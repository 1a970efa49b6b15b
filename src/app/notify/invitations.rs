//! The invitation of every focal point when a round opens, with its deadline as a calendar event.

use jiff::Timestamp;
use sqlx::AnyConnection;

use super::{Addressee, MailKind, deadline_calendar, entry, put, recipients, round_facts};
use crate::app::{App, AppResult};
use crate::i18n::Tr;
use crate::mail::messages;

/// The invitation to every focal point of a round that opens, with the deadline as an `.ics`.
pub async fn enqueue_invitations(
    tx: &mut AnyConnection,
    app: &App,
    now: Timestamp,
    round_id: i64,
) -> AppResult<usize> {
    let (round, facts) = round_facts(tx, app, round_id).await?;
    let calendar = deadline_calendar(tx, app, now, round_id).await?;
    let mut count = 0;
    for (participant, focal_points) in recipients(tx, round_id, None).await? {
        let deadline = round
            .schedule
            .window_closes_at(participant.individual_closes_at);
        if deadline <= now {
            continue;
        }
        for fp in &focal_points {
            let tr = Tr::new(fp.language_or(round.language));
            let notice = messages::invitation(&tr, &facts, &participant.name, deadline)
                .with_calendar(facts.deadline_event(&tr, &calendar, deadline, false));
            let mail = messages::render(&tr, &fp.email, &notice)?;
            let key = format!("invitation:{round_id}:{}", fp.user_id);
            let to = Addressee::focal_point(round_id, fp);
            let entry = entry(MailKind::Invitation, &key, &to, Some(deadline));
            count += usize::from(put(tx, app, now, entry, &mail).await?);
        }
    }
    Ok(count)
}
