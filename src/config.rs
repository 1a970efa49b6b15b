//! Settings: command-line options and `REDRAFT_*` environment variables over an optional TOML
//! file over defaults, gathered into one struct and validated once at start.

use std::net::SocketAddr;
use std::path::{Path, PathBuf};

use serde::Deserialize;

/// Options shared by `serve`, `demo` and `migrate`.
#[derive(Debug, Clone, Default, clap::Args)]
pub struct ServerArgs {
    /// A TOML file with any of the settings below (listen, data_dir, database_url, public_url,
    /// mail_from, mail_reply_to, smtp_url, mail_max_attempts).
    #[arg(long, env = "REDRAFT_CONFIG")]
    pub config: Option<PathBuf>,
    /// Address to listen on [default: 127.0.0.1:8080].
    #[arg(long, env = "REDRAFT_LISTEN")]
    pub listen: Option<String>,
    /// Directory for the SQLite database and the mail folder [default: ./data].
    #[arg(long, env = "REDRAFT_DATA_DIR")]
    pub data_dir: Option<PathBuf>,
    /// `postgres://…` to use PostgreSQL [default: SQLite file redraft.db in the data directory].
    #[arg(long, env = "DATABASE_URL")]
    pub database_url: Option<String>,
    /// Base URL of the links in e-mails [default: http://<listen>].
    #[arg(long, env = "REDRAFT_PUBLIC_URL")]
    pub public_url: Option<String>,
    /// Sender of e-mails [default: redraft <no-reply@redraft.invalid>].
    #[arg(long, env = "REDRAFT_MAIL_FROM")]
    pub mail_from: Option<String>,
    /// Where replies to e-mails go (e.g. the Secretariat) [default: the sender].
    #[arg(long, env = "REDRAFT_MAIL_REPLY_TO")]
    pub mail_reply_to: Option<String>,
    /// `smtp://host:port` (add `?tls=required` for STARTTLS) or `smtps://user:password@host`
    /// [default: no SMTP; e-mails are written as .eml files into <data-dir>/mail].
    #[arg(long, env = "REDRAFT_SMTP_URL")]
    pub smtp_url: Option<String>,
    /// Attempts to send an e-mail before it is given up as failed [default: 8].
    #[arg(long, env = "REDRAFT_MAIL_MAX_ATTEMPTS")]
    pub mail_max_attempts: Option<i64>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct FileSettings {
    listen: Option<String>,
    data_dir: Option<PathBuf>,
    database_url: Option<String>,
    public_url: Option<String>,
    mail_from: Option<String>,
    mail_reply_to: Option<String>,
    smtp_url: Option<String>,
    mail_max_attempts: Option<i64>,
}

/// The validated settings of one instance.
#[derive(Debug, Clone)]
pub struct Config {
    pub listen: SocketAddr,
    pub data_dir: PathBuf,
    pub database_url: String,
    /// Without a trailing slash.
    pub public_url: String,
    pub mail_from: String,
    pub mail_reply_to: Option<String>,
    /// SMTP server of outgoing mail; `None` writes `.eml` files into [`Config::mail_dir`].
    pub smtp_url: Option<String>,
    pub mail_max_attempts: i64,
    /// Session cookies carry `Secure` unless the public URL is plain http (local use).
    pub secure_cookies: bool,
}

#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("cannot read config file {0}: {1}")]
    Read(PathBuf, std::io::Error),
    #[error("invalid config file {0}: {1}")]
    Parse(PathBuf, toml::de::Error),
    #[error("invalid listen address {0:?} (expected host:port, e.g. 127.0.0.1:8080)")]
    Listen(String),
    #[error("invalid public URL {0:?} (expected http://… or https://…)")]
    PublicUrl(String),
    #[error("invalid database URL (expected sqlite://… or postgres://…)")]
    DatabaseUrl,
    #[error("invalid SMTP URL (expected smtp://host:port or smtps://user:password@host)")]
    SmtpUrl,
    #[error("invalid number of mail attempts {0} (expected 1 to 100)")]
    MailAttempts(i64),
}

impl Config {
    pub fn load(args: &ServerArgs) -> Result<Config, ConfigError> {
        let file = match &args.config {
            Some(path) => read_file(path)?,
            None => FileSettings::default(),
        };
        let listen_text = args
            .listen
            .clone()
            .or(file.listen)
            .unwrap_or_else(|| "127.0.0.1:8080".to_string());
        let listen: SocketAddr = listen_text
            .parse()
            .map_err(|_| ConfigError::Listen(listen_text.clone()))?;
        let data_dir = args
            .data_dir
            .clone()
            .or(file.data_dir)
            .unwrap_or_else(|| PathBuf::from("data"));
        let database_url = match args.database_url.clone().or(file.database_url) {
            Some(url)
                if url.starts_with("postgres://")
                    || url.starts_with("postgresql://")
                    || url.starts_with("sqlite:") =>
            {
                url
            }
            Some(_) => return Err(ConfigError::DatabaseUrl),
            None => sqlite_url(&data_dir.join("redraft.db")),
        };
        let public_url = args
            .public_url
            .clone()
            .or(file.public_url)
            .unwrap_or_else(|| format!("http://{listen}"));
        let public_url = public_url.trim_end_matches('/').to_string();
        if !(public_url.starts_with("http://") || public_url.starts_with("https://"))
            || public_url.contains(char::is_whitespace)
        {
            return Err(ConfigError::PublicUrl(public_url));
        }
        let mail_from = args
            .mail_from
            .clone()
            .or(file.mail_from)
            .unwrap_or_else(|| "redraft <no-reply@redraft.invalid>".to_string());
        let mail_reply_to = args.mail_reply_to.clone().or(file.mail_reply_to);
        let smtp_url = args.smtp_url.clone().or(file.smtp_url);
        if let Some(url) = &smtp_url
            && !(url.starts_with("smtp://") || url.starts_with("smtps://"))
        {
            return Err(ConfigError::SmtpUrl);
        }
        let mail_max_attempts = args
            .mail_max_attempts
            .or(file.mail_max_attempts)
            .unwrap_or(8);
        if !(1..=100).contains(&mail_max_attempts) {
            return Err(ConfigError::MailAttempts(mail_max_attempts));
        }
        Ok(Config {
            mail_reply_to,
            smtp_url,
            mail_max_attempts,
            secure_cookies: public_url.starts_with("https://"),
            listen,
            data_dir,
            database_url,
            public_url,
            mail_from,
        })
    }

    pub fn mail_dir(&self) -> PathBuf {
        self.data_dir.join("mail")
    }
}

fn read_file(path: &Path) -> Result<FileSettings, ConfigError> {
    let text =
        std::fs::read_to_string(path).map_err(|e| ConfigError::Read(path.to_path_buf(), e))?;
    toml::from_str(&text).map_err(|e| ConfigError::Parse(path.to_path_buf(), e))
}

/// The sqlx URL of a SQLite file, created if missing.
pub fn sqlite_url(path: &Path) -> String {
    format!("sqlite://{}?mode=rwc", path.display())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_are_local_sqlite_and_plain_http() {
        let config = Config::load(&ServerArgs::default()).expect("defaults are valid");
        assert_eq!(config.listen.to_string(), "127.0.0.1:8080");
        assert_eq!(config.public_url, "http://127.0.0.1:8080");
        assert!(config.database_url.starts_with("sqlite://data/redraft.db"));
        assert!(!config.secure_cookies);
    }

    #[test]
    fn https_public_url_turns_on_secure_cookies() {
        let args = ServerArgs {
            public_url: Some("https://comments.example.org/".into()),
            ..Default::default()
        };
        let config = Config::load(&args).expect("valid");
        assert_eq!(config.public_url, "https://comments.example.org");
        assert!(config.secure_cookies);
    }

    #[test]
    fn bad_values_are_refused() {
        let bad_listen = ServerArgs {
            listen: Some("localhost".into()),
            ..Default::default()
        };
        assert!(matches!(
            Config::load(&bad_listen),
            Err(ConfigError::Listen(_))
        ));
        let bad_db = ServerArgs {
            database_url: Some("mysql://x".into()),
            ..Default::default()
        };
        assert!(matches!(
            Config::load(&bad_db),
            Err(ConfigError::DatabaseUrl)
        ));
        let bad_smtp = ServerArgs {
            smtp_url: Some("http://mail.example.org".into()),
            ..Default::default()
        };
        assert!(matches!(Config::load(&bad_smtp), Err(ConfigError::SmtpUrl)));
        let bad_attempts = ServerArgs {
            mail_max_attempts: Some(0),
            ..Default::default()
        };
        assert!(matches!(
            Config::load(&bad_attempts),
            Err(ConfigError::MailAttempts(0))
        ));
    }

    #[test]
    fn mail_defaults_to_files_with_eight_attempts() {
        let config = Config::load(&ServerArgs::default()).expect("defaults are valid");
        assert_eq!(config.smtp_url, None);
        assert_eq!(config.mail_max_attempts, 8);
        let smtp = Config::load(&ServerArgs {
            smtp_url: Some("smtps://user:pw@mail.example.org".into()),
            mail_reply_to: Some("secretariat@example.org".into()),
            ..Default::default()
        })
        .expect("valid");
        assert_eq!(
            smtp.smtp_url.as_deref(),
            Some("smtps://user:pw@mail.example.org")
        );
        assert_eq!(
            smtp.mail_reply_to.as_deref(),
            Some("secretariat@example.org")
        );
    }
}
