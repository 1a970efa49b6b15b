//! Owns what an `Idempotency-Key` means: a write sent again with the same key (a client that
//! did not see the answer and retries) gets the first answer again instead of being done twice,
//! and the same key sent with another request is refused.
//!
//! A key is either reserved for one request (identified by a fingerprint of its method, path and
//! body) or answered (the answer's status and body are kept): [`KeyState`]. Every idempotent
//! write begins with [`App::begin_idempotent`], whose [`NextAction`] says whether to do the work
//! or to give the saved answer.
//!
//! The key is reserved before the work, in a transaction of its own, because the work commits in
//! a transaction that is not this module's: a comment's write in the group-commit writer's
//! shared transaction (where it may run twice and is answered only after its group commits), the
//! other writes in their use case's own. Once the reservation is committed, a second request with
//! the same key, even one arriving while the first is still at work, finds it and is told to
//! retry shortly ([`NextAction::StillInProgress`]) rather than doing the work again. After the
//! work, its answer is kept in another short transaction ([`ReservedKey::save_answer`]); a
//! refusal of the caller's (a 4xx) is an answer too, and a repeat gets the same refusal. A
//! failure on our side (nothing was stored) releases the key ([`ReservedKey::release`]), so that
//! the request can be retried with it. If the process stops between the work's commit and the
//! saving of its answer, the key stays reserved: a retry is refused, never done twice.

use sha2::{Digest, Sha256};

use super::{App, AppResult};
use crate::store::idempotency::{self as key_store, StoredKey};

/// What a key holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum KeyState {
    /// Its request is under way.
    Reserved,
    /// Its request was answered with this status and body.
    Answered { status: u16, body: String },
}

impl KeyState {
    fn of(stored: StoredKey) -> KeyState {
        match stored.answer {
            None => KeyState::Reserved,
            Some((status, body)) => KeyState::Answered { status, body },
        }
    }
}

/// What to do with a request that carries a key.
#[derive(Debug)]
pub enum NextAction {
    /// The key is new and now reserved for this request: do the work, then keep its answer.
    DoTheWork(ReservedKey),
    /// This request was answered before: give the same answer again.
    ReturnSavedAnswer { status: u16, body: String },
    /// The key was first sent with another request: refuse this one.
    KeyReused,
    /// The request that reserved the key has not been answered yet: refuse, for now.
    StillInProgress,
}

/// A key reserved for the request at work; keep its answer or release it.
#[derive(Debug)]
#[must_use = "keep the answer or release the key, or later requests with it are refused"]
pub struct ReservedKey {
    user_id: i64,
    key: String,
}

/// The fingerprint of a request made of `parts` (each length-prefixed, so that no two lists of
/// parts run together into the same bytes).
fn fingerprint(parts: &[&[u8]]) -> String {
    let mut hasher = Sha256::new();
    for part in parts {
        hasher.update((part.len() as u64).to_be_bytes());
        hasher.update(part);
    }
    hex::encode(hasher.finalize())
}

impl App {
    /// The first step of a write sent with `key` by `user_id`: reserves the key for the request
    /// made of `request` (its method and path, its body), or says what the key already holds.
    pub async fn begin_idempotent(
        &self,
        user_id: i64,
        key: &str,
        request: &[&[u8]],
    ) -> AppResult<NextAction> {
        let (key, hash) = (key.to_string(), fingerprint(request));
        self.detached(move |app| async move {
            let mut tx = app.store().begin_write().await?;
            let reserved =
                key_store::insert_reserved(&mut tx, user_id, &key, &hash, app.now()).await?;
            let found = if reserved {
                None
            } else {
                key_store::find(&mut tx, user_id, &key).await?
            };
            tx.commit().await?;
            Ok(match found {
                // Reserved now, or released by its request's failure in the meantime.
                None => NextAction::DoTheWork(ReservedKey { user_id, key }),
                Some(kept) if kept.request_hash != hash => NextAction::KeyReused,
                Some(kept) => match KeyState::of(kept) {
                    KeyState::Reserved => NextAction::StillInProgress,
                    KeyState::Answered { status, body } => {
                        NextAction::ReturnSavedAnswer { status, body }
                    }
                },
            })
        })
        .await
    }
}

impl ReservedKey {
    /// Keeps the answer given to the request, for its repeats.
    pub async fn save_answer(self, app: &App, status: u16, body: String) -> AppResult<()> {
        let ReservedKey { user_id, key } = self;
        app.detached(move |app| async move {
            let mut tx = app.store().begin_write().await?;
            key_store::save_answer(&mut tx, user_id, &key, status, &body).await?;
            tx.commit().await?;
            Ok(())
        })
        .await
    }

    /// Frees the key of a request that failed on our side (nothing of it was stored), so that
    /// it can be sent again with the same key.
    pub async fn release(self, app: &App) -> AppResult<()> {
        let ReservedKey { user_id, key } = self;
        app.detached(move |app| async move {
            let mut tx = app.store().begin_write().await?;
            key_store::release(&mut tx, user_id, &key).await?;
            tx.commit().await?;
            Ok(())
        })
        .await
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parts_do_not_run_together() {
        assert_ne!(fingerprint(&[b"ab", b"c"]), fingerprint(&[b"a", b"bc"]));
        assert_eq!(fingerprint(&[b"ab", b"c"]), fingerprint(&[b"ab", b"c"]));
    }

    #[test]
    fn a_key_without_an_answer_is_reserved() {
        let stored = |answer| StoredKey {
            request_hash: String::new(),
            answer,
        };
        assert_eq!(KeyState::of(stored(None)), KeyState::Reserved);
        assert_eq!(
            KeyState::of(stored(Some((201, "{}".into())))),
            KeyState::Answered {
                status: 201,
                body: "{}".into()
            }
        );
    }
}
