//! The closing confirmation of each delegation once its deadline has passed: its active
//! comments as recorded at the deadline.

use std::collections::HashMap;

use jiff::Timestamp;
use sqlx::AnyConnection;

use super::{Addressee, MailKind, entry, put, recipients, round_facts};
use crate::app::{App, AppResult};
use crate::domain::CommentStatus;
use crate::i18n::Tr;
use crate::mail::messages::{self, NoticeItem};
use crate::store::comment as comment_store;
use crate::store::outbox;
use crate::store::round as round_store;
use crate::store::schedule::FocalPoint;

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
    let mut count = 0;
    let mut all_closed = true;
    for (participant, focal_points) in recipients(tx, round_id, None).await? {
        let deadline = round
            .schedule
            .window_closes_at(participant.individual_closes_at);
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
        let items = |tr: &Tr| -> Vec<NoticeItem> {
            comments
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
                    let worded = tr.ta(
                        "mail-closing-item",
                        &[
                            ("reference", c.reference.clone().into()),
                            ("on", on.into()),
                            ("kind", tr.t(c.kind.message_id()).into()),
                            ("text", messages::QUOTE.into()),
                        ],
                    );
                    NoticeItem::quoting(&worded, &shorten(&text, 300))
                })
                .collect()
        };
        for fp in &focal_points {
            let key = key_of(fp);
            if existing.contains(&key) {
                continue;
            }
            let tr = Tr::new(fp.language_or(round.language));
            let notice = messages::closing(&tr, &facts, &participant.name, deadline, items(&tr));
            let mail = messages::render(&tr, &fp.email, &notice)?;
            let to = Addressee::focal_point(round_id, fp);
            let entry = entry(MailKind::Closing, &key, &to, None);
            count += usize::from(put(tx, app, now, entry, &mail).await?);
        }
    }
    Ok((count, all_closed))
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
