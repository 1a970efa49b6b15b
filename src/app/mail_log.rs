//! The Chair's mail log of a round and the "send test e-mail" action.

use super::{App, AppError, AppResult, notify};
use crate::domain::Actor;
use crate::domain::Round;
use crate::store::delegation as people;
use crate::store::outbox::{self, OutboxEntry};

impl App {
    /// Every message of a round, oldest first, for the Chair and the Secretariat.
    pub async fn mail_log(
        &self,
        actor: &Actor,
        round_id: i64,
    ) -> AppResult<(Round, Vec<OutboxEntry>)> {
        let (mut conn, round) = self.staff_read(actor, round_id).await?;
        let entries = outbox::for_round(&mut conn, round_id).await?;
        Ok((round, entries))
    }

    /// Puts a test message to the actor's own address into the outbox of a round.
    pub async fn send_test_mail(&self, actor: Actor, round_id: i64) -> AppResult<String> {
        if !actor.can_view_all_comments() {
            return Err(AppError::NotFound);
        }
        let email = self
            .detached(move |app| async move {
                let mut tx = app.store().begin_write().await?;
                let now = app.now();
                let user = people::get_user(&mut tx, actor.user_id)
                    .await?
                    .ok_or(AppError::NotFound)?;
                notify::enqueue_test(&mut tx, &app, now, round_id, &user).await?;
                tx.commit().await?;
                Ok(user.email)
            })
            .await?;
        self.wake_mail();
        Ok(email)
    }
}
