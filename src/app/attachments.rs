//! Files attached to comments: a delegation's official letter (PDF) on one of its own comments,
//! while its window is open; the Secretariat's original (PDF or DOCX) of a comment it entered on
//! a delegation's behalf, as long as it could enter one (not after publication unless the round
//! is reopened). The rules of what may be attached and how it is named are
//! `domain::attachment`; a file is on disk, synced, before its row commits (see
//! `store::attachment`). A file is served only to whoever may read its comment.

use jiff::Timestamp;
use serde_json::json;

use super::rounds::readable;
use super::{App, AppError, AppResult};
use crate::domain::attachment::{self, AttachmentError, AttachmentKind};
use crate::domain::{Actor, CommentStatus, RoundState};
use crate::i18n::Message;
use crate::store::attachment::{self as attachment_store, AttachmentRecord, NewAttachment};
use crate::store::audit::{self, AuditEntry};
use crate::store::comment as comment_store;
use crate::store::outcome as outcome_store;

/// An attached file's metadata, as the pages and the API show it.
#[derive(Debug, Clone)]
pub struct Attachment {
    pub attachment_id: i64,
    pub comment_id: i64,
    /// Sanitised, with the extension of its checked type.
    pub file_name: String,
    pub content_type: String,
    pub size_bytes: i64,
    pub sha256: String,
    pub created_at: Timestamp,
    pub created_by: i64,
}

impl From<AttachmentRecord> for Attachment {
    fn from(r: AttachmentRecord) -> Self {
        Attachment {
            attachment_id: r.attachment_id,
            comment_id: r.comment_id,
            file_name: r.file_name,
            content_type: r.content_type,
            size_bytes: r.size_bytes,
            sha256: r.sha256,
            created_at: r.created_at,
            created_by: r.created_by,
        }
    }
}

/// An attached file, with its bytes (checked against its SHA-256).
#[derive(Debug, Clone)]
pub struct AttachmentFile {
    pub record: Attachment,
    pub bytes: Vec<u8>,
}

fn file_refusal(e: AttachmentError) -> AppError {
    let message = Message::new(e.message_id());
    match e {
        AttachmentError::Empty => AppError::invalid("file", message),
        AttachmentError::TooLarge => AppError::TooLarge(message),
        AttachmentError::Unsupported { .. } => AppError::Unsupported(message),
    }
}

/// Whether `actor` may attach to `comment` now, by what the write's transaction read: a
/// delegation to one of its own comments (not one the Secretariat entered, not withdrawn) while
/// its window is open; the staff to one they entered on a delegation's behalf, unless the
/// outcome is published and the round closed. Anyone else: the comment does not exist.
async fn may_attach(
    app: &App,
    conn: &mut sqlx::AnyConnection,
    actor: &Actor,
    (round_id, comment_id): (i64, i64),
    now: Timestamp,
) -> AppResult<i64> {
    let found = comment_store::comment_for_write(conn, comment_id)
        .await?
        .filter(|f| f.comment.round_id == round_id)
        .ok_or(AppError::NotFound)?;
    let comment = &found.comment;
    if actor.role.is_staff() {
        if comment.intake.is_none() {
            return Err(AppError::Conflict(Message::new(
                "conflict-attachment-delegation-comment",
            )));
        }
        let published = outcome_store::is_published(conn, round_id).await?;
        if published && found.facts.schedule.state_at(now) == RoundState::Closed {
            return Err(AppError::Refused {
                code: "outcome_published",
                message: Message::new("error-intake-outcome-published"),
            });
        }
    } else {
        if !actor.can_modify_comment(comment.delegation_id) {
            return Err(AppError::NotFound);
        }
        if comment.intake.is_some() {
            return Err(AppError::Conflict(Message::new(
                "conflict-comment-entered-by-secretariat",
            )));
        }
        if comment.status == CommentStatus::Withdrawn {
            return Err(AppError::Conflict(Message::new(
                "conflict-comment-withdrawn",
            )));
        }
        app.judge_write(round_id, &found.facts, now)?;
    }
    Ok(comment.delegation_id)
}

impl App {
    /// Attaches a file (`sent_name` as the client named it) to a comment of a round.
    pub async fn attach(
        &self,
        actor: Actor,
        (round_id, comment_id): (i64, i64),
        sent_name: String,
        bytes: Vec<u8>,
    ) -> AppResult<Attachment> {
        let kind = attachment::check(&bytes, actor.role.is_staff()).map_err(file_refusal)?;
        let file_name = attachment::file_name(&sent_name, kind);
        self.refuse_attachment_early(&actor, (round_id, comment_id))
            .await?;
        self.detached(move |app| async move {
            let dir = app.settings().attachments_dir.clone();
            let size = bytes.len() as i64;
            let sha256 =
                tokio::task::spawn_blocking(move || attachment_store::write_file(&dir, &bytes))
                    .await
                    .map_err(|e| AppError::Task(e.to_string()))?
                    .map_err(|e| AppError::Task(format!("attachment file: {e}")))?;
            let mut tx = app.store().begin_write().await?;
            let now = app.now();
            let delegation_id =
                may_attach(&app, &mut tx, &actor, (round_id, comment_id), now).await?;
            let new = NewAttachment {
                comment_id,
                file_name: &file_name,
                content_type: kind.content_type(),
                size_bytes: size,
                sha256: &sha256,
                at: now,
                by_user_id: actor.user_id,
            };
            let attachment_id = attachment_store::insert(&mut tx, &new).await?;
            let entry =
                AuditEntry::new(now, "attachment_added", ("attachment", Some(attachment_id)))
                    .by(actor.user_id, Some(delegation_id))
                    .in_round(round_id)
                    .change(
                        None,
                        Some(json!({
                            "comment_id": comment_id, "file_name": file_name,
                            "content_type": kind.content_type(), "size_bytes": size,
                            "sha256": sha256,
                        })),
                    );
            audit::record(&mut tx, &entry).await?;
            let record = attachment_store::get(&mut tx, comment_id, attachment_id)
                .await?
                .ok_or(AppError::NotFound)?;
            tx.commit().await?;
            Ok(record.into())
        })
        .await
    }

    /// Refuses an attachment the rules refuse already, from a read: called before an upload is
    /// read (whoever may not attach to the comment is not made to send the file) and before
    /// the file is written. The rules are applied again in the write's transaction, which
    /// decides.
    pub async fn refuse_attachment_early(&self, actor: &Actor, ids: (i64, i64)) -> AppResult<()> {
        let mut conn = self.store().read().await?;
        may_attach(self, &mut conn, actor, ids, self.now()).await?;
        Ok(())
    }

    /// The attachments of a comment the actor may read.
    pub async fn attachments(
        &self,
        actor: &Actor,
        round_id: i64,
        comment_id: i64,
    ) -> AppResult<Vec<Attachment>> {
        let mut conn = self.readable_comment(actor, round_id, comment_id).await?;
        let records = attachment_store::of_comment(&mut conn, comment_id).await?;
        Ok(records.into_iter().map(Attachment::from).collect())
    }

    /// One attachment of a comment the actor may read, with its bytes.
    pub async fn attachment_file(
        &self,
        actor: &Actor,
        (round_id, comment_id, attachment_id): (i64, i64, i64),
    ) -> AppResult<AttachmentFile> {
        let mut conn = self.readable_comment(actor, round_id, comment_id).await?;
        let record = attachment_store::get(&mut conn, comment_id, attachment_id)
            .await?
            .ok_or(AppError::NotFound)?;
        drop(conn);
        let dir = self.settings().attachments_dir.clone();
        let sha256 = record.sha256.clone();
        let bytes = tokio::task::spawn_blocking(move || attachment_store::read_file(&dir, &sha256))
            .await
            .map_err(|e| AppError::Task(e.to_string()))?
            .map_err(|e| AppError::Task(format!("attachment file: {e}")))?
            .ok_or_else(|| {
                AppError::Task(format!(
                    "attachment {attachment_id}: file {} missing or altered",
                    record.sha256
                ))
            })?;
        Ok(AttachmentFile {
            record: record.into(),
            bytes,
        })
    }

    /// A connection to read with, once the actor is found to may read the comment.
    async fn readable_comment(
        &self,
        actor: &Actor,
        round_id: i64,
        comment_id: i64,
    ) -> AppResult<crate::store::Conn> {
        let round = self.readable_round(actor, round_id).await?;
        let mut conn = self.store().read().await?;
        let comment = comment_store::get_comment(&mut conn, comment_id)
            .await?
            .filter(|c| c.round_id == round_id)
            .ok_or(AppError::NotFound)?;
        let published = outcome_store::is_published(&mut conn, round_id).await?;
        let state = round.schedule.state_at(self.now());
        if !readable(actor, &comment, &round, (state, published)) {
            return Err(AppError::NotFound);
        }
        Ok(conn)
    }
}

/// The kind of a stored attachment (its content type as stored).
pub fn kind_of(record: &Attachment) -> Option<AttachmentKind> {
    AttachmentKind::from_content_type(&record.content_type)
}
