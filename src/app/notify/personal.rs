//! Messages to one person: a sign-in link, and the test message of the Chair's mail log.

use jiff::Timestamp;
use serde_json::json;
use sqlx::AnyConnection;

use super::{Addressee, MailKind, entry, put, round_facts};
use crate::app::{App, AppResult};
use crate::domain::Language;
use crate::domain::account::User;
use crate::i18n::Tr;
use crate::mail::messages;
use crate::store::audit::{self, AuditEntry};

/// The sign-in link for a person (the token's hash names the message: one per link).
pub async fn enqueue_sign_in(
    tx: &mut AnyConnection,
    app: &App,
    now: Timestamp,
    (user, language): (&User, Language),
    token_hash: &str,
    link: &str,
    valid_until: Timestamp,
) -> AppResult<bool> {
    let tr = Tr::new(language);
    let mail = messages::sign_in(&tr, &user.email, link, &tr.utc(valid_until))?;
    let to = Addressee {
        round_id: None,
        delegation_id: user.delegation_id,
        user_id: Some(user.user_id),
        email: &user.email,
    };
    let key = format!("sign-in:{}", &token_hash[..token_hash.len().min(32)]);
    put(
        tx,
        app,
        now,
        entry(MailKind::SignIn, &key, &to, None),
        &mail,
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
    let (round, facts) = round_facts(tx, app, round_id).await?;
    let tr = Tr::new(user.language.unwrap_or(round.language));
    let notice = messages::test_message(&tr, &facts, &user.email, now);
    let mail = messages::render(&tr, &user.email, &notice)?;
    let key = format!("test:{round_id}:{}:{}", user.user_id, now.as_millisecond());
    let to = Addressee {
        round_id: Some(round_id),
        delegation_id: None,
        user_id: Some(user.user_id),
        email: &user.email,
    };
    let inserted = put(tx, app, now, entry(MailKind::Test, &key, &to, None), &mail).await?;
    let entry = AuditEntry::new(now, "test_mail_requested", ("round", Some(round_id)))
        .by(user.user_id, None)
        .in_round(round_id)
        .change(None, Some(json!({ "to": user.email })));
    audit::record(tx, &entry).await?;
    Ok(inserted)
}
