//! The `redraft` command: serve, demo, migrate.

use std::sync::Arc;

use anyhow::Context;
use clap::{Parser, Subcommand};
use tracing_subscriber::EnvFilter;

use redraft::app::AppError;
use redraft::config::{Config, ServerArgs};
use redraft::domain::Role;
use redraft::domain::SystemClock;
use redraft::i18n::Tr;
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
    /// Manage accounts of the Chair and the Secretariat.
    #[command(subcommand)]
    User(UserCommand),
    /// Manage API tokens (for other systems, and for load tests).
    #[command(subcommand)]
    Token(TokenCommand),
    /// Benchmarks that check a deployment before a real deadline.
    #[command(subcommand)]
    Bench(BenchCommand),
}

#[derive(Subcommand)]
enum BenchCommand {
    /// The deadline rush: many delegations submitting, editing and withdrawing through the API
    /// and the forms while the deadline passes; checks that nothing acknowledged is lost and
    /// nothing is accepted late. Fails (exit status 1) if a check fails.
    Rush(redraft::bench::rush::RushArgs),
    /// The outcome renderers on a large round (200 delegations, 150 recommendations, 15,000
    /// comments): time of the HTML and of the DOCX, and peak memory.
    Outcome,
    /// E-mail: enqueue and deliver a wave of reminders to a local SMTP server; messages per
    /// second and peak memory.
    Mail(redraft::bench::mail::MailArgs),
    /// Imports in the middle of a deadline: the largest delegations file and draft, imported
    /// through the API while delegations write comments at a fixed rate; how long each import
    /// takes and the latency of the writes during them.
    Import(redraft::bench::import::ImportArgs),
}

#[derive(Subcommand)]
enum UserCommand {
    /// Add a Chair or Secretariat account.
    Add {
        #[arg(long)]
        email: String,
        #[arg(long, value_parser = ["chair", "secretariat"])]
        role: String,
        #[arg(long, default_value = "")]
        name: String,
        #[command(flatten)]
        server: ServerArgs,
    },
}

#[derive(Subcommand)]
enum TokenCommand {
    /// Create an API token for an account and print it (it is shown only this once).
    Create {
        #[arg(long)]
        email: String,
        #[command(flatten)]
        server: ServerArgs,
    },
    /// Revoke one token (--token) or every token of an account (--email).
    Revoke {
        #[arg(long, required_unless_present = "token")]
        email: Option<String>,
        #[arg(long)]
        token: Option<String>,
        #[command(flatten)]
        server: ServerArgs,
    },
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    // Logs go to stderr: stdout is for what the commands print (sign-in links, tokens).
    tracing_subscriber::fmt()
        .with_writer(std::io::stderr)
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
        Command::User(UserCommand::Add {
            email,
            role,
            name,
            server,
        }) => {
            let app = open(&server).await?;
            let role = Role::parse(&role).context("role")?;
            let user = app
                .add_staff_user(&email, role, &name)
                .await
                .map_err(explain)?;
            println!(
                "Added {} ({}). They sign in at /sign-in with this address.",
                user.email,
                role.as_str()
            );
        }
        Command::Token(TokenCommand::Create { email, server }) => {
            let app = open(&server).await?;
            let token = app.create_api_token(&email).await.map_err(explain)?;
            println!("{token}");
            eprintln!(
                "API token for {email}: keep it now, it is not shown again. Use it as 'Authorization: Bearer <token>'."
            );
        }
        Command::Token(TokenCommand::Revoke {
            email,
            token,
            server,
        }) => {
            let app = open(&server).await?;
            let revoked = app
                .revoke_api_tokens(email.as_deref(), token.as_deref())
                .await
                .map_err(explain)?;
            println!("Revoked {revoked} token(s).");
        }
        Command::Bench(BenchCommand::Outcome) => redraft::outcome::bench::run(),
        Command::Bench(BenchCommand::Mail(args)) => redraft::bench::mail::run(args).await?,
        Command::Bench(BenchCommand::Import(args)) => redraft::bench::import::run(args).await?,
        Command::Bench(BenchCommand::Rush(args)) => {
            if !redraft::bench::rush::run(args).await? {
                eprintln!("bench rush: a correctness check failed (late, lost or wrong answers)");
                std::process::exit(1);
            }
        }
        Command::Migrate(args) => {
            let config = Config::load(&args)?;
            build_app(&config, Arc::new(SystemClock)).await?;
            println!("Migrations applied to {}", redact_url(&config.database_url));
        }
    }
    Ok(())
}

/// Opens the application for a one-off command.
async fn open(args: &ServerArgs) -> anyhow::Result<redraft::app::App> {
    let config = Config::load(args)?;
    Ok(build_app(&config, Arc::new(SystemClock)).await?)
}

/// A use-case error in words for the command line.
fn explain(e: AppError) -> anyhow::Error {
    let tr = Tr::english();
    match e {
        AppError::Invalid(errors) => anyhow::anyhow!(
            "{}",
            errors
                .iter()
                .map(|f| format!("{}: {}", f.field, f.message.render(&tr)))
                .collect::<Vec<_>>()
                .join("; ")
        ),
        AppError::NotFound => anyhow::anyhow!("no such account"),
        other => anyhow::Error::new(other),
    }
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
