//! E-mail: building messages from askama templates (text and HTML parts, see `messages`) and
//! handing them to a transport chosen by configuration: SMTP (`REDRAFT_SMTP_URL`, plain,
//! STARTTLS or TLS as lettre supports) or the file transport (one `.eml` file per message under
//! `<data-dir>/mail/`, the default, so the demo needs no mail server).
//!
//! Messages are not sent from here by use cases: they go into the outbox (`app::notify`) and the
//! worker (`jobs::worker`) sends them through [`Mailer::send`].

pub mod calendar;
pub mod messages;

use std::path::{Path, PathBuf};
use std::time::Duration;

use lettre::message::header::ContentType;
use lettre::message::{Attachment as MimeAttachment, Mailbox, MultiPart, SinglePart};
use lettre::transport::smtp::AsyncSmtpTransport;
use lettre::transport::smtp::PoolConfig;
use lettre::{AsyncFileTransport, AsyncTransport, Message, Tokio1Executor};
use sha2::{Digest, Sha256};

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
    #[error("invalid SMTP URL (expected smtp://host:port or smtps://user:password@host): {0}")]
    SmtpUrl(String),
    #[error("cannot build calendar attachment: {0}")]
    Calendar(String),
}

/// A file sent with a message (the invitation's `.ics`).
#[derive(Debug, Clone, PartialEq)]
pub struct Attachment {
    pub filename: String,
    pub content_type: String,
    pub body: String,
}

/// A rendered message for one recipient: subject, text and HTML parts, an optional attachment.
/// What the use cases put into the outbox, and what the worker hands back to [`Mailer::send`].
#[derive(Debug, Clone)]
pub struct OutgoingMail {
    pub to: String,
    pub subject: String,
    pub text: String,
    pub html: String,
    pub attachment: Option<Attachment>,
}

/// Why a message was not accepted. A permanent refusal (SMTP 5xx, a malformed address) is not
/// retried; anything else (connection refused, timeouts, 4xx) is.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{message}")]
pub struct SendError {
    pub permanent: bool,
    pub message: String,
}

impl SendError {
    fn permanent(message: impl Into<String>) -> SendError {
        SendError {
            permanent: true,
            message: message.into(),
        }
    }

    fn transient(message: impl Into<String>) -> SendError {
        SendError {
            permanent: false,
            message: message.into(),
        }
    }
}

#[derive(Clone)]
enum Transport {
    /// The directory and lettre's transport writing `<id>.eml` files into it.
    File(PathBuf, AsyncFileTransport<Tokio1Executor>),
    Smtp(AsyncSmtpTransport<Tokio1Executor>),
}

/// Sends messages through the configured transport, from the configured sender.
#[derive(Clone)]
pub struct Mailer {
    from: Mailbox,
    reply_to: Option<Mailbox>,
    transport: Transport,
    description: String,
}

fn mailbox(address: &str) -> Result<Mailbox, MailError> {
    address
        .parse()
        .map_err(|_| MailError::Address(address.to_string()))
}

/// How long one SMTP conversation may take before it counts as failed (and is retried).
const SMTP_TIMEOUT: Duration = Duration::from_secs(30);
/// Connections kept open to the SMTP server: at least the worker's concurrency. Several are
/// needed for throughput: lettre writes a message's end marker separately from its body, so each
/// message waits for the server's (delayed) acknowledgement of the body, about 40 ms on Linux.
pub const SMTP_CONNECTIONS: u32 = 16;

impl Mailer {
    /// A mailer that writes each message as an `.eml` file into `directory`.
    pub fn file(directory: &Path, from: &str) -> Result<Mailer, MailError> {
        crate::files::create_private_dir_all(directory)
            .map_err(|e| MailError::Directory(directory.to_path_buf(), e))?;
        Ok(Mailer {
            from: mailbox(from)?,
            reply_to: None,
            transport: Transport::File(directory.to_path_buf(), AsyncFileTransport::new(directory)),
            description: format!("files in {}", directory.display()),
        })
    }

    /// A mailer that talks SMTP to the server of `url`: `smtp://host:port` (plain; add
    /// `?tls=required` for STARTTLS) or `smtps://user:password@host[:port]` (TLS).
    pub fn smtp(url: &str, from: &str) -> Result<Mailer, MailError> {
        let transport = AsyncSmtpTransport::<Tokio1Executor>::from_url(url)
            .map_err(|e| MailError::SmtpUrl(e.to_string()))?
            .timeout(Some(SMTP_TIMEOUT))
            .pool_config(PoolConfig::new().max_size(SMTP_CONNECTIONS))
            .build();
        Ok(Mailer {
            from: mailbox(from)?,
            reply_to: None,
            transport: Transport::Smtp(transport),
            description: format!("SMTP {}", redact_credentials(url)),
        })
    }

    /// Replies go to `reply_to` (e.g. the Secretariat) instead of the sender.
    pub fn with_reply_to(mut self, reply_to: Option<&str>) -> Result<Mailer, MailError> {
        self.reply_to = reply_to.map(mailbox).transpose()?;
        Ok(self)
    }

    /// True when replies go to a configured address (the Secretariat's) rather than the sender.
    pub fn has_reply_to(&self) -> bool {
        self.reply_to.is_some()
    }

    /// Where messages go, for the log (credentials removed).
    pub fn description(&self) -> &str {
        &self.description
    }

    /// Sends one message with its Message-ID (the same for every attempt at it); returns the
    /// server's answer.
    pub async fn send(&self, mail: &OutgoingMail, message_id: &str) -> Result<String, SendError> {
        let message = self
            .build(mail, message_id)
            .map_err(|e| SendError::permanent(e.to_string()))?;
        match &self.transport {
            Transport::File(directory, file) => match file.send(message).await {
                Ok(id) => {
                    // lettre writes with the default permissions; the mailbox directory is
                    // owner-only, so nobody else could open the file in between. The message
                    // is written: failing here would only write it twice.
                    let path = directory.join(format!("{id}.eml"));
                    if let Err(e) = crate::files::make_private(&path) {
                        tracing::warn!(path = %path.display(), error = %e, "cannot make a message file owner-only");
                    }
                    Ok(format!("written to {id}.eml"))
                }
                Err(e) => Err(SendError::transient(e.to_string())),
            },
            Transport::Smtp(smtp) => match smtp.send(message).await {
                Ok(response) => Ok(format!(
                    "{} {}",
                    response.code(),
                    response.message().collect::<Vec<_>>().join(" ")
                )),
                Err(e) if e.is_permanent() => Err(SendError::permanent(e.to_string())),
                Err(e) => Err(SendError::transient(e.to_string())),
            },
        }
    }

    fn build(&self, mail: &OutgoingMail, message_id: &str) -> Result<Message, MailError> {
        let mut builder = Message::builder()
            .from(self.from.clone())
            .to(mailbox(&mail.to)?)
            .subject(mail.subject.clone())
            .message_id(Some(message_id.to_string()));
        if let Some(reply_to) = &self.reply_to {
            builder = builder.reply_to(reply_to.clone());
        }
        let alternative = MultiPart::alternative_plain_html(mail.text.clone(), mail.html.clone());
        let message = match &mail.attachment {
            None => builder.multipart(alternative)?,
            Some(attachment) => {
                let content_type = ContentType::parse(&attachment.content_type)
                    .map_err(|e| MailError::Calendar(e.to_string()))?;
                let part: SinglePart = MimeAttachment::new(attachment.filename.clone())
                    .body(attachment.body.clone(), content_type);
                builder.multipart(MultiPart::mixed().multipart(alternative).singlepart(part))?
            }
        };
        Ok(message)
    }
}

/// The Message-ID of the message with `dedupe_key` sent by the instance at `public_url`: the
/// same for every attempt, so that a copy re-sent after a crash can be recognised and dropped.
pub fn message_id(public_url: &str, dedupe_key: &str) -> String {
    let digest = hex::encode(Sha256::digest(
        format!("{public_url}\0{dedupe_key}").as_bytes(),
    ));
    let host = public_url
        .split("://")
        .nth(1)
        .unwrap_or_default()
        .split(['/', ':'])
        .next()
        .unwrap_or_default();
    let host: String = host
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '.' || *c == '-')
        .collect();
    let host = if host.is_empty() {
        "redraft.invalid".to_string()
    } else {
        host
    };
    format!("<{}.redraft@{host}>", &digest[..32])
}

/// An SMTP URL without its password, for logs.
pub fn redact_credentials(url: &str) -> String {
    match (url.find("://"), url.rfind('@')) {
        (Some(scheme), Some(at)) if at > scheme => {
            format!("{}://…@{}", &url[..scheme], &url[at + 1..])
        }
        _ => url.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn message_ids_are_stable_per_key_and_distinct_between_keys() {
        let a = message_id("https://comments.example.org", "reminder:1:2:PT48H:3");
        assert_eq!(
            a,
            message_id("https://comments.example.org", "reminder:1:2:PT48H:3")
        );
        assert_ne!(
            a,
            message_id("https://comments.example.org", "reminder:1:2:PT24H:3")
        );
        assert!(a.starts_with('<') && a.ends_with(".redraft@comments.example.org>"));
        let local = message_id("http://127.0.0.1:8080", "x");
        assert!(local.ends_with("@127.0.0.1>"), "{local}");
    }

    #[test]
    fn credentials_are_not_logged() {
        assert_eq!(
            redact_credentials("smtps://user:secret@mail.example.org"),
            "smtps://…@mail.example.org"
        );
        assert_eq!(
            redact_credentials("smtp://127.0.0.1:2525"),
            "smtp://127.0.0.1:2525"
        );
    }

    #[test]
    fn bad_smtp_urls_are_refused() {
        assert!(matches!(
            Mailer::smtp("ftp://x", "a@b.example"),
            Err(MailError::SmtpUrl(_))
        ));
    }
}
