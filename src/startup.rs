//! Putting an instance together: store, migrations, mailer, app, HTTP listener, jobs.

use std::net::SocketAddr;
use std::sync::Arc;

use tokio::net::TcpListener;

use crate::app::{App, AppSettings};
use crate::config::Config;
use crate::domain::Clock;
use crate::jobs::{JobSettings, JobsHandle, WorkerSettings};
use crate::mail::{MailError, Mailer};
use crate::store::{PoolSettings, Store, StoreError};

#[derive(Debug, thiserror::Error)]
pub enum StartupError {
    #[error("cannot create data directory {0}: {1}")]
    DataDir(std::path::PathBuf, std::io::Error),
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Mail(#[from] MailError),
    #[error("cannot listen on {0}: {1}")]
    Listen(SocketAddr, std::io::Error),
}

/// Opens the database (applying migrations) and builds the application.
pub async fn build_app(config: &Config, clock: Arc<dyn Clock>) -> Result<App, StartupError> {
    build_app_with_pool(config, clock, &PoolSettings::default()).await
}

/// [`build_app`] with chosen pool settings (tests use a pool of one connection).
pub async fn build_app_with_pool(
    config: &Config,
    clock: Arc<dyn Clock>,
    pool: &PoolSettings,
) -> Result<App, StartupError> {
    crate::files::create_private_dir_all(&config.data_dir)
        .map_err(|e| StartupError::DataDir(config.data_dir.clone(), e))?;
    let store = Store::connect(&config.database_url, pool).await?;
    store.migrate().await?;
    store.start_writer().await?;
    let mailer = match &config.smtp_url {
        Some(url) => Mailer::smtp(url, &config.mail_from)?,
        None => Mailer::file(&config.mail_dir(), &config.mail_from)?,
    }
    .with_reply_to(config.mail_reply_to.as_deref())?;
    let settings = AppSettings {
        public_url: config.public_url.clone(),
        sign_in_limits: config.sign_in_limits,
        trusted_proxies: config.trusted_proxies.clone(),
        silence_minimum: config.silence_minimum,
        attachments_dir: config.attachments_dir.clone(),
        ..AppSettings::default()
    };
    Ok(App::new(store, clock, mailer, settings))
}

/// A server listening on its port, serving in a background task, with its jobs (mail worker
/// and scheduler) running beside it.
pub struct RunningServer {
    pub addr: SocketAddr,
    pub app: App,
    pub task: tokio::task::JoinHandle<std::io::Result<()>>,
    pub jobs: JobsHandle,
}

/// The settings of the jobs of an instance configured by `config`.
pub fn job_settings(config: &Config) -> JobSettings {
    JobSettings {
        worker: WorkerSettings {
            max_attempts: config.mail_max_attempts,
            ..WorkerSettings::default()
        },
        sqlite_lock_path: crate::jobs::sqlite_lock_path(&config.database_url),
    }
}

/// Binds `config.listen` (port 0 picks a free port) and serves `app` in the background.
pub async fn spawn_server(config: &Config, app: App) -> Result<RunningServer, StartupError> {
    let listener = TcpListener::bind(config.listen)
        .await
        .map_err(|e| StartupError::Listen(config.listen, e))?;
    serve_on(listener, config, app)
}

/// Serves `app` on a listener already bound (tests bind first to know the port of their links).
pub fn serve_on(
    listener: TcpListener,
    config: &Config,
    app: App,
) -> Result<RunningServer, StartupError> {
    let addr = listener
        .local_addr()
        .map_err(|e| StartupError::Listen(config.listen, e))?;
    let router = crate::web::router(app.clone(), config.secure_cookies);
    let task = tokio::spawn(async move {
        // `into_make_service` hands each connection a clone of the router's `Arc`. Served as a
        // plain `Router`, axum 0.8 rebuilds every route for each new connection
        // (`Router::with_state(())` on a shared router clones each boxed route): heaptrack
        // showed 177 MB of peak heap there when a rush opened many connections at once. The
        // connection's peer address goes along: sign-in requests are counted per client.
        axum::serve(
            listener,
            router.into_make_service_with_connect_info::<SocketAddr>(),
        )
        .with_graceful_shutdown(shutdown_signal())
        .await
    });
    let jobs = crate::jobs::spawn(app.clone(), job_settings(config));
    Ok(RunningServer {
        addr,
        app,
        task,
        jobs,
    })
}

async fn shutdown_signal() {
    let _ = tokio::signal::ctrl_c().await;
}
