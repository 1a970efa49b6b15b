//! E-mail: building messages from askama templates (text and HTML parts) and sending them.
//! Until the outbox lands (the e-mail issue), messages go straight to the file transport:
//! one `.eml` file per message under `<data-dir>/mail/`.

pub mod messages;

use std::path::{Path, PathBuf};

use lettre::message::{Mailbox, MultiPart};
use lettre::{AsyncFileTransport, AsyncTransport, Message, Tokio1Executor};

#[derive(Debug, thiserror::Error)]
pub enum MailError {
    #[error("invalid address {0}")]
    Address(String),
    #[error("cannot build message: {0}")]
    Build(#[from] lettre::error::Error),
    #[error("cannot render message: {0}")]
    Render(#[from] askama::Error),
    #[error("cannot write message: {0}")]
    File(#[from] lettre::transport::file::Error),
    #[error("cannot create mail directory {0}: {1}")]
    Directory(PathBuf, std::io::Error),
}

/// A message ready to send: one recipient, a subject, a text part and an HTML part.
#[derive(Debug, Clone)]
pub struct OutgoingMail {
    pub to: String,
    pub subject: String,
    pub text: String,
    pub html: String,
}

#[derive(Clone)]
pub struct Mailer {
    from: Mailbox,
    transport: AsyncFileTransport<Tokio1Executor>,
    directory: PathBuf,
}

impl Mailer {
    /// A mailer that writes each message as an `.eml` file into `directory`.
    pub fn file(directory: &Path, from: &str) -> Result<Mailer, MailError> {
        std::fs::create_dir_all(directory)
            .map_err(|e| MailError::Directory(directory.to_path_buf(), e))?;
        let from = from
            .parse()
            .map_err(|_| MailError::Address(from.to_string()))?;
        Ok(Mailer {
            from,
            transport: AsyncFileTransport::new(directory),
            directory: directory.to_path_buf(),
        })
    }

    pub fn directory(&self) -> &Path {
        &self.directory
    }

    pub async fn send(&self, mail: OutgoingMail) -> Result<(), MailError> {
        let to: Mailbox = mail
            .to
            .parse()
            .map_err(|_| MailError::Address(mail.to.clone()))?;
        let message = Message::builder()
            .from(self.from.clone())
            .to(to)
            .subject(mail.subject)
            .multipart(MultiPart::alternative_plain_html(mail.text, mail.html))?;
        self.transport.send(message).await?;
        Ok(())
    }
}
