//! The notices of the silence procedure: the receipt of a statement (and of its withdrawal) to
//! its delegation's focal points, and the result decided at the deadline to every focal point
//! and, at once, to the Chair.

use jiff::Timestamp;
use sqlx::AnyConnection;

use super::{
    Addressee, Audience, MailKind, entry, put, put_rows, render_for_audience, round_facts,
};
use crate::app::{App, AppResult};
use crate::i18n::Tr;
use crate::mail::messages;
use crate::store::silence as silence_store;

/// What a receipt acknowledges.
#[derive(Debug, Clone, Copy)]
pub struct StatementReceipt<'a> {
    pub silence_break_id: i64,
    pub reference: &'a str,
    pub breaks_silence: bool,
    pub withdrawn: bool,
}

/// The receipt of a statement (or of its withdrawal) to each focal point of its delegation, in
/// the caller's transaction. Returns how many messages were enqueued.
pub async fn enqueue_statement_receipt(
    tx: &mut AnyConnection,
    app: &App,
    now: Timestamp,
    (round_id, delegation_id): (i64, i64),
    receipt: StatementReceipt<'_>,
) -> AppResult<usize> {
    let audience = Audience::read(tx, app, round_id, Some(delegation_id)).await?;
    let what = if receipt.withdrawn {
        "withdrawn"
    } else {
        "sent"
    };
    let rows = render_for_audience(
        app,
        now,
        &audience,
        MailKind::Receipt,
        |fp| {
            format!(
                "silence-{what}:{round_id}:{}:{}",
                receipt.silence_break_id, fp.user_id
            )
        },
        |tr, round, facts, p| {
            let deadline = round.schedule.window_closes_at(p.individual_closes_at);
            messages::silence_receipt(
                tr,
                facts,
                &p.name,
                receipt.reference,
                receipt.breaks_silence,
                receipt.withdrawn,
                deadline,
            )
        },
    )?;
    put_rows(tx, &rows).await
}

/// The result of a silence procedure to the Chair and to every focal point of the round, in the
/// transaction that records it. Returns how many messages were enqueued.
pub async fn enqueue_silence_result(
    tx: &mut AnyConnection,
    app: &App,
    now: Timestamp,
    round_id: i64,
    adopted: bool,
    broken_by: &[String],
) -> AppResult<usize> {
    let (round, facts) = round_facts(tx, app, round_id).await?;
    let deadline = round.schedule.last_closes_at;
    // The Chair's and the Secretariat's copies in the round's language.
    let tr = Tr::new(round.language);
    let mut count = 0;
    for (user_id, email) in silence_store::chairs(tx).await? {
        let notice = messages::silence_result(&tr, &facts, None, adopted, broken_by, deadline);
        let mail = messages::render(&tr, &email, &notice)?;
        let key = format!("silence-result-chair:{round_id}:{user_id}");
        let to = Addressee {
            round_id: Some(round_id),
            delegation_id: None,
            user_id: Some(user_id),
            email: &email,
        };
        count += usize::from(
            put(
                tx,
                app,
                now,
                entry(MailKind::SilenceResult, &key, &to, None),
                &mail,
            )
            .await?,
        );
    }
    let audience = Audience::read(tx, app, round_id, None).await?;
    let rows = render_for_audience(
        app,
        now,
        &audience,
        MailKind::SilenceResult,
        |fp| format!("silence-result:{round_id}:{}", fp.user_id),
        |tr, _, facts, p| {
            messages::silence_result(tr, facts, Some(&p.name), adopted, broken_by, deadline)
        },
    )?;
    Ok(count + put_rows(tx, &rows).await?)
}
