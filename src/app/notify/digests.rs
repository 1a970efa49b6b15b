//! The daily digest of the changes each delegation made to its comments.

use std::collections::HashMap;

use jiff::Timestamp;
use sqlx::AnyConnection;

use super::{Addressee, MailKind, entry, put, recipients, round_facts};
use crate::app::{App, AppResult};
use crate::i18n::Tr;
use crate::mail::messages;
use crate::store::schedule;

/// One line of a digest before it is worded: its message id, the comment's reference and the
/// label of its recommendation (none for the draft as a whole).
type Change<'a> = (&'static str, &'a str, Option<&'a str>);

/// The digest of the changes each delegation made during the venue day `[from, to)` (`date` in
/// ISO form for the dedupe key, worded in each reader's language), other than the first
/// submission its receipt acknowledged.
#[allow(clippy::too_many_arguments)]
pub async fn enqueue_digests(
    tx: &mut AnyConnection,
    app: &App,
    now: Timestamp,
    round_id: i64,
    from: Timestamp,
    to: Timestamp,
    date: jiff::civil::Date,
) -> AppResult<usize> {
    let changes = schedule::changes_between(tx, round_id, from, to).await?;
    if changes.is_empty() {
        return Ok(0);
    }
    let (round, facts) = round_facts(tx, app, round_id).await?;
    // What changed, per delegation: the message id, the reference and what it is about; worded
    // in each recipient's language below.
    let mut by_delegation: HashMap<i64, Vec<Change<'_>>> = HashMap::new();
    for change in &changes {
        let first = schedule::first_comment_id(tx, round_id, change.delegation_id).await?;
        if change.version == 1 && first == Some(change.comment_id) {
            continue;
        }
        let id = match (change.version, change.status.as_str()) {
            (_, "withdrawn") => "mail-digest-withdrawn",
            (1, _) => "mail-digest-submitted",
            _ => "mail-digest-edited",
        };
        by_delegation
            .entry(change.delegation_id)
            .or_default()
            .push((
                id,
                change.reference.as_str(),
                change.recommendation_label.as_deref(),
            ));
    }
    let mut count = 0;
    for (participant, focal_points) in recipients(tx, round_id, None).await? {
        let Some(lines) = by_delegation.get(&participant.delegation_id) else {
            continue;
        };
        let deadline = round
            .schedule
            .window_closes_at(participant.individual_closes_at);
        for fp in &focal_points {
            let tr = Tr::new(fp.language_or(round.language));
            let lines = lines
                .iter()
                .map(|(id, reference, label)| {
                    let on = match label {
                        Some(label) => tr.t1("mail-closing-recommendation", "label", label),
                        None => tr.t("mail-closing-whole-draft"),
                    };
                    tr.ta(id, &[("reference", (*reference).into()), ("on", on.into())])
                })
                .collect();
            let notice = messages::digest(
                &tr,
                &facts,
                &participant.name,
                &tr.date(date),
                lines,
                deadline,
            );
            let mail = messages::render(&tr, &fp.email, &notice)?;
            let key = format!(
                "digest:{round_id}:{}:{date}:{}",
                participant.delegation_id, fp.user_id
            );
            let to = Addressee::focal_point(round_id, fp);
            let entry = entry(MailKind::Digest, &key, &to, None);
            count += usize::from(put(tx, app, now, entry, &mail).await?);
        }
    }
    Ok(count)
}
