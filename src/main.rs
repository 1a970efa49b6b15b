//! The `redraft` command: serve, demo, migrate.

use std::sync::Arc;

use anyhow::Context;
use clap::{Parser, Subcommand};
use tracing_subscriber::EnvFilter;

use redraft::config::{Config, ServerArgs};
use redraft::domain::SystemClock;
use redraft::startup::{build_app, spawn_server};

#[derive(Parser)]
#[command(
    name = "redraft",
    version,
    about = "Time-bound comment rounds on draft recommendations"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Run the web server.
    Serve(ServerArgs),
    /// Load the demo meeting (Working Group on Trafficking in Persons, 2020), print sign-in links, serve.
    Demo(ServerArgs),
    /// Apply database migrations and exit.
    Migrate(ServerArgs),
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    tracing_subscriber::fmt()
        .with_env_filter(
            EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info,sqlx=warn")),
        )
        .init();
    let cli = Cli::parse();
    match cli.command {
        Command::Serve(args) => {
            let config = Config::load(&args)?;
            let app = build_app(&config, Arc::new(SystemClock)).await?;
            let server = spawn_server(&config, app).await?;
            tracing::info!(addr = %server.addr, public_url = %config.public_url, "redraft is listening");
            server.task.await.context("server task")??;
        }
        Command::Demo(args) => {
            let config = Config::load(&args)?;
            let app = build_app(&config, Arc::new(SystemClock)).await?;
            let server = spawn_server(&config, app.clone()).await?;
            let demo = app.load_demo().await.context("loading the demo meeting")?;
            // The demo round opens now: the scheduler sends its invitations.
            app.wake_scheduler();
            let links = app
                .demo_sign_in_links(&demo)
                .await
                .context("creating demo sign-in links")?;
            println!();
            println!(
                "redraft demo: Working Group on Trafficking in Persons, tenth meeting (illustrative draft)"
            );
            println!(
                "{}",
                if demo.created {
                    "Demo data loaded."
                } else {
                    "Demo data already present; reused."
                }
            );
            println!(
                "Open a link below in a browser and press \"Sign in\" (each link works once, for 30 minutes):"
            );
            for (who, link) in links {
                println!("  {who:<40} {link}");
            }
            println!(
                "Anyone else with an account asks for a link at /sign-in; e-mails are written to {}",
                config.mail_dir().display()
            );
            println!("Listening on http://{} (Ctrl-C to stop)", server.addr);
            server.task.await.context("server task")??;
        }
        Command::Migrate(args) => {
            let config = Config::load(&args)?;
            build_app(&config, Arc::new(SystemClock)).await?;
            println!("Migrations applied to {}", redact_url(&config.database_url));
        }
    }
    Ok(())
}

/// A database URL without its password, for printing.
fn redact_url(url: &str) -> String {
    match (url.find("://"), url.rfind('@')) {
        (Some(scheme), Some(at)) if at > scheme => {
            format!("{}://…@{}", &url[..scheme], &url[at + 1..])
        }
        _ => url.to_string(),
    }
}
