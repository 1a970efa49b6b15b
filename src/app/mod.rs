//! Use cases. Each write use case is one database transaction that applies the domain rules,
//! writes through the store and records the audit event together; it runs in its own task so
//! that a client disconnecting cannot cancel it half-way: axum drops a handler's future when
//! its client goes away, and sqlx 0.9.0 leaves a pooled PostgreSQL connection inside an open
//! transaction when a `begin()` is cancelled mid-flight.

pub mod admin;
pub mod attachments;
pub mod auth;
mod bounded_map;
pub mod chair;
mod client_requests;
pub mod comments;
pub mod consolidation;
pub mod demo;
mod drafts;
pub mod idempotency;
pub mod intake;
mod known_facts;
pub mod mail_delivery;
pub mod mail_log;
pub mod notify;
pub mod outcome;
pub mod reports;
pub mod revisions;
pub mod rounds;
pub mod schedule_signal;
pub mod schedule_tick;
pub mod silence;
mod staff;
pub mod views;

use std::future::Future;
use std::net::IpAddr;
use std::sync::Arc;

use jiff::{SignedDuration, Timestamp};
use tokio::sync::Notify;

use crate::domain::sign_in_limit::SignInLimits;
use crate::domain::{Clock, VenueZone};
use crate::i18n::Message;
use crate::mail::{MailError, Mailer};
use crate::store::{Store, StoreError};

/// Settings the use cases need (a subset of the configuration).
#[derive(Clone, Debug)]
pub struct AppSettings {
    /// Base of the links put into e-mails, without a trailing slash.
    pub public_url: String,
    pub sign_in_link_ttl: SignedDuration,
    pub session_idle_timeout: SignedDuration,
    pub session_absolute_timeout: SignedDuration,
    pub sign_in_limits: SignInLimits,
    /// Proxies whose `X-Forwarded-For` says who the client is.
    pub trusted_proxies: Vec<IpAddr>,
    /// The shortest silence procedure a Chair may set.
    pub silence_minimum: SignedDuration,
    /// Where attached files are kept.
    pub attachments_dir: std::path::PathBuf,
}

impl Default for AppSettings {
    fn default() -> Self {
        AppSettings {
            public_url: "http://127.0.0.1:8080".to_string(),
            sign_in_link_ttl: SignedDuration::from_mins(30),
            session_idle_timeout: SignedDuration::from_hours(8),
            session_absolute_timeout: SignedDuration::from_hours(7 * 24),
            sign_in_limits: SignInLimits::default(),
            trusted_proxies: Vec::new(),
            silence_minimum: crate::domain::silence::DEFAULT_MINIMUM,
            attachments_dir: std::path::PathBuf::from("data/attachments"),
        }
    }
}

/// The application: the store, the clock, the mailer and settings. Cheap to clone.
#[derive(Clone)]
pub struct App {
    inner: Arc<Inner>,
}

struct Inner {
    store: Store,
    clock: Arc<dyn Clock>,
    mailer: Mailer,
    settings: AppSettings,
    /// Wakes this instance's mail worker (after a commit that enqueued mail).
    mail_wake: Arc<Notify>,
    /// Wakes this instance's scheduler (after a change of a round's schedule).
    scheduler_wake: Arc<Notify>,
    /// Rounds' schedules, comments' rounds and who has commented, as last read here: lets
    /// writes to an open round skip their early read (never used to refuse).
    known_facts: known_facts::KnownFacts,
    /// Rounds' drafts as last read here, by their stamps: the round page reads them once.
    drafts: drafts::Drafts,
    /// Requests for sign-in links counted here and not yet stored.
    client_requests: client_requests::ClientRequests,
}

/// One field's problem, to be shown next to it.
#[derive(Clone, Debug, PartialEq)]
pub struct FieldError {
    pub field: &'static str,
    pub message: Message,
}

#[derive(Debug, thiserror::Error)]
pub enum AppError {
    /// The object does not exist or the actor may not see it (never tell the two apart).
    #[error("not found")]
    NotFound,
    /// Bad input; nothing was stored.
    #[error("invalid input: {0:?}")]
    Invalid(Vec<FieldError>),
    /// A write refused by the deadline rule; nothing was stored.
    #[error("refused by the deadline rule")]
    Deadline(Message),
    /// The write conflicts with the current state (e.g. the comment was changed meanwhile).
    #[error("conflict: {0:?}")]
    Conflict(Message),
    /// Refused by where the round stands under the deadline rule (delegations' windows still
    /// open, the outcome already published); `code` names the reason for API clients.
    #[error("refused ({code}): {message:?}")]
    Refused {
        code: &'static str,
        message: Message,
    },
    /// A file larger than allowed; nothing was stored.
    #[error("too large: {0:?}")]
    TooLarge(Message),
    /// A file of a type not accepted there; nothing was stored.
    #[error("unsupported type: {0:?}")]
    Unsupported(Message),
    /// An import with problems; nothing was stored.
    #[error("import refused: {0:?}")]
    Import(Vec<crate::domain::import::ImportProblem>),
    /// The sign-in link is unknown, used or expired.
    #[error("sign-in link no longer valid")]
    InvalidSignInLink,
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Mail(#[from] MailError),
    #[error("background task failed: {0}")]
    Task(String),
}

impl FieldError {
    /// The problem `message_id` (a message without arguments) on `field`.
    pub fn new(field: &'static str, message_id: &'static str) -> FieldError {
        FieldError {
            field,
            message: Message::new(message_id),
        }
    }
}

impl AppError {
    pub fn invalid(field: &'static str, message: Message) -> AppError {
        AppError::Invalid(vec![FieldError { field, message }])
    }
}

impl From<sqlx::Error> for AppError {
    fn from(e: sqlx::Error) -> Self {
        AppError::Store(StoreError::from(e))
    }
}

pub type AppResult<T> = Result<T, AppError>;

impl App {
    pub fn new(store: Store, clock: Arc<dyn Clock>, mailer: Mailer, settings: AppSettings) -> App {
        App {
            inner: Arc::new(Inner {
                store,
                clock,
                mailer,
                settings,
                mail_wake: Arc::new(Notify::new()),
                scheduler_wake: Arc::new(Notify::new()),
                known_facts: Default::default(),
                drafts: Default::default(),
                client_requests: Default::default(),
            }),
        }
    }

    pub fn store(&self) -> &Store {
        &self.inner.store
    }

    pub fn now(&self) -> Timestamp {
        self.inner.clock.now()
    }

    pub fn mailer(&self) -> &Mailer {
        &self.inner.mailer
    }

    pub fn settings(&self) -> &AppSettings {
        &self.inner.settings
    }

    fn client_requests(&self) -> &client_requests::ClientRequests {
        &self.inner.client_requests
    }

    /// Tells the mail worker that messages were committed to the outbox (a wake-up is kept
    /// until the worker next waits, so none is lost).
    pub fn wake_mail(&self) {
        self.inner.mail_wake.notify_one();
    }

    /// Tells this instance's scheduler that a round's due times moved (new deadline,
    /// reopening, delegations added…); see `schedule_signal` for the other instances.
    pub fn wake_scheduler(&self) {
        self.inner.scheduler_wake.notify_one();
    }

    pub(crate) fn mail_wakeup(&self) -> Arc<Notify> {
        self.inner.mail_wake.clone()
    }

    pub(crate) fn scheduler_wakeup(&self) -> Arc<Notify> {
        self.inner.scheduler_wake.clone()
    }

    /// Runs a write use case to its end in its own task, whatever happens to the caller.
    pub(crate) async fn detached<T, F, Fut>(&self, work: F) -> AppResult<T>
    where
        T: Send + 'static,
        F: FnOnce(App) -> Fut,
        Fut: Future<Output = AppResult<T>> + Send + 'static,
    {
        let future = work(self.clone());
        tokio::spawn(future)
            .await
            .map_err(|e| AppError::Task(e.to_string()))?
    }

    pub async fn health(&self) -> AppResult<()> {
        Ok(self.store().ping().await?)
    }
}

/// Runs `request` and returns, with its output, the milliseconds its writes spent waiting for
/// the group-commit writer and in their group, for `Server-Timing`.
pub async fn measure_writer_time<F: Future>(request: F) -> (F::Output, f64) {
    crate::store::writer_time::measure(request).await
}

/// The venue's zone of a round; a zone the store holds but jiff does not know is a data error.
pub(crate) fn venue_zone(name: &str) -> AppResult<VenueZone> {
    VenueZone::parse(name).map_err(|_| {
        AppError::Store(StoreError::Corrupt {
            column: "round.venue_tz",
            value: name.to_string(),
        })
    })
}
