//! The receipt of a delegation's first submission in a round, and of each comment the
//! Secretariat enters on its behalf.

use jiff::Timestamp;
use sqlx::AnyConnection;

use super::{Audience, MailKind, put_rows, render_for_audience};
use crate::app::{App, AppResult};
use crate::domain::intake::Intake;
use crate::mail::messages;
use crate::store::outbox::OutboxRow;

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
        MailKind::Receipt,
        |fp| format!("receipt:{round_id}:{delegation_id}:{}", fp.user_id),
        |tr, round, facts, p| {
            let deadline = round.schedule.window_closes_at(p.individual_closes_at);
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

/// The receipt of a comment the Secretariat entered on a delegation's behalf, to each of its
/// focal points, put into the outbox in the caller's transaction: every such comment gets one
/// (the delegation did not write it, so it learns of each), stating where it came from and
/// whether it was received after the delegation's deadline. Returns how many were enqueued.
pub async fn intake_receipt(
    tx: &mut AnyConnection,
    app: &App,
    now: Timestamp,
    (round_id, delegation_id): (i64, i64),
    (comment_id, reference): (i64, &str),
    (intake, held_back): (&Intake, bool),
) -> AppResult<usize> {
    let audience = receipt_audience(tx, app, round_id, delegation_id).await?;
    let rows = render_for_audience(
        app,
        now,
        &audience,
        MailKind::Receipt,
        |fp| format!("intake:{comment_id}:{}", fp.user_id),
        |tr, round, facts, p| {
            let deadline = round.schedule.window_closes_at(p.individual_closes_at);
            let provenance = tr.intake(&facts.venue, &p.name, intake);
            messages::intake_receipt(
                tr,
                facts,
                (&p.name, reference),
                (&provenance, held_back),
                deadline,
            )
        },
    )?;
    put_rows(tx, &rows).await
}
