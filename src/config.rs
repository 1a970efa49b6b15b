//! Settings: command-line options and `REDRAFT_*` environment variables over an optional TOML
//! file over defaults, gathered into one struct and validated once at start.

use std::net::{IpAddr, SocketAddr};
use std::path::{Path, PathBuf};

use jiff::SignedDuration;
use serde::Deserialize;

use crate::domain::sign_in_limit::SignInLimits;

/// Options shared by `serve`, `demo` and `migrate`.
#[derive(Debug, Clone, Default, clap::Args)]
pub struct ServerArgs {
    /// A TOML file with any of the settings below (listen, data_dir, database_url, public_url,
    /// mail_from, mail_reply_to, smtp_url, mail_max_attempts, trusted_proxy,
    /// sign_in_links_per_address, sign_in_address_window_minutes, sign_in_requests_per_client,
    /// sign_in_client_window_minutes, silence_minimum).
    #[arg(long, env = "REDRAFT_CONFIG")]
    pub config: Option<PathBuf>,
    /// Address to listen on [default: 127.0.0.1:8080].
    #[arg(long, env = "REDRAFT_LISTEN")]
    pub listen: Option<String>,
    /// Directory for the SQLite database and the mail folder [default: ./data].
    #[arg(long, env = "REDRAFT_DATA_DIR")]
    pub data_dir: Option<PathBuf>,
    /// Directory of the files attached to comments [default: attachments in the data directory].
    #[arg(long, env = "REDRAFT_ATTACHMENTS_DIR")]
    pub attachments_dir: Option<PathBuf>,
    /// `postgres://…` to use PostgreSQL [default: SQLite file redraft.db in the data directory].
    #[arg(long, env = "DATABASE_URL")]
    pub database_url: Option<String>,
    /// Base URL of the links in e-mails [default: http://<listen>].
    #[arg(long, env = "REDRAFT_PUBLIC_URL")]
    pub public_url: Option<String>,
    /// Sender of e-mails [default: redraft <no-reply@redraft.invalid>].
    #[arg(long, env = "REDRAFT_MAIL_FROM")]
    pub mail_from: Option<String>,
    /// The Secretariat's e-mail address: e-mails carry it as `Reply-To` and say that replies
    /// reach the Secretariat [default: none; replies go to the sender, and e-mails say nothing
    /// about replies].
    #[arg(long, env = "REDRAFT_MAIL_REPLY_TO")]
    pub mail_reply_to: Option<String>,
    /// `smtp://host:port` (add `?tls=required` for STARTTLS) or `smtps://user:password@host`
    /// [default: no SMTP; e-mails are written as .eml files into <data-dir>/mail].
    #[arg(long, env = "REDRAFT_SMTP_URL")]
    pub smtp_url: Option<String>,
    /// Attempts to send an e-mail before it is given up as failed [default: 8].
    #[arg(long, env = "REDRAFT_MAIL_MAX_ATTEMPTS")]
    pub mail_max_attempts: Option<i64>,
    /// Address(es) of the reverse proxy in front of the server, comma-separated: only requests
    /// from these have their `X-Forwarded-For` believed [default: none; the socket's address].
    #[arg(long, env = "REDRAFT_TRUSTED_PROXY")]
    pub trusted_proxy: Option<String>,
    /// Sign-in links e-mailed to one address per address window [default: 5].
    #[arg(long, env = "REDRAFT_SIGN_IN_LINKS_PER_ADDRESS")]
    pub sign_in_links_per_address: Option<i64>,
    /// The address window, in minutes [default: 60].
    #[arg(long, env = "REDRAFT_SIGN_IN_ADDRESS_WINDOW_MINUTES")]
    pub sign_in_address_window_minutes: Option<i64>,
    /// Sign-in requests (to any address) from one client per client window [default: 30].
    #[arg(long, env = "REDRAFT_SIGN_IN_REQUESTS_PER_CLIENT")]
    pub sign_in_requests_per_client: Option<i64>,
    /// The client window, in minutes [default: 10].
    #[arg(long, env = "REDRAFT_SIGN_IN_CLIENT_WINDOW_MINUTES")]
    pub sign_in_client_window_minutes: Option<i64>,
    /// The shortest silence procedure a Chair may set, as an ISO 8601 duration [default: PT72H].
    #[arg(long, env = "REDRAFT_SILENCE_MINIMUM")]
    pub silence_minimum: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct FileSettings {
    listen: Option<String>,
    data_dir: Option<PathBuf>,
    attachments_dir: Option<PathBuf>,
    database_url: Option<String>,
    public_url: Option<String>,
    mail_from: Option<String>,
    mail_reply_to: Option<String>,
    smtp_url: Option<String>,
    mail_max_attempts: Option<i64>,
    trusted_proxy: Option<String>,
    sign_in_links_per_address: Option<i64>,
    sign_in_address_window_minutes: Option<i64>,
    sign_in_requests_per_client: Option<i64>,
    sign_in_client_window_minutes: Option<i64>,
    silence_minimum: Option<String>,
}

/// The validated settings of one instance.
#[derive(Debug, Clone)]
pub struct Config {
    pub listen: SocketAddr,
    pub data_dir: PathBuf,
    /// Where attached files are kept, one file per content (named by its SHA-256).
    pub attachments_dir: PathBuf,
    pub database_url: String,
    /// Without a trailing slash.
    pub public_url: String,
    pub mail_from: String,
    /// The Secretariat's address, where replies to e-mails go.
    pub mail_reply_to: Option<String>,
    /// SMTP server of outgoing mail; `None` writes `.eml` files into [`Config::mail_dir`].
    pub smtp_url: Option<String>,
    pub mail_max_attempts: i64,
    /// Session cookies carry `Secure` unless the public URL is plain http (local use).
    pub secure_cookies: bool,
    /// Proxies whose `X-Forwarded-For` is believed.
    pub trusted_proxies: Vec<IpAddr>,
    pub sign_in_limits: SignInLimits,
    /// The shortest silence procedure a Chair may set.
    pub silence_minimum: SignedDuration,
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
    #[error("invalid trusted proxy {0:?} (expected IP addresses separated by commas)")]
    TrustedProxy(String),
    #[error("invalid silence_minimum {0:?} (expected a positive ISO 8601 duration, e.g. PT72H)")]
    SilenceMinimum(String),
    #[error("invalid {0} {1} (expected {2} to {3})")]
    OutOfRange(&'static str, i64, i64, i64),
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
        let attachments_dir = args
            .attachments_dir
            .clone()
            .or(file.attachments_dir)
            .unwrap_or_else(|| data_dir.join("attachments"));
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
        let trusted_proxies = match args.trusted_proxy.clone().or(file.trusted_proxy) {
            Some(text) => parse_proxies(&text)?,
            None => Vec::new(),
        };
        let defaults = SignInLimits::default();
        let count = |name, value: Option<i64>, default: u32| {
            in_range(name, value.unwrap_or(i64::from(default)), 1, 100_000)
                .map(|n| u32::try_from(n).unwrap_or(u32::MAX))
        };
        let minutes = |name, value: Option<i64>, default: SignedDuration| {
            in_range(name, value.unwrap_or(default.as_mins()), 1, 7 * 24 * 60)
                .map(SignedDuration::from_mins)
        };
        let sign_in_limits = SignInLimits {
            links_per_address: count(
                "sign_in_links_per_address",
                args.sign_in_links_per_address
                    .or(file.sign_in_links_per_address),
                defaults.links_per_address,
            )?,
            address_window: minutes(
                "sign_in_address_window_minutes",
                args.sign_in_address_window_minutes
                    .or(file.sign_in_address_window_minutes),
                defaults.address_window,
            )?,
            requests_per_client: count(
                "sign_in_requests_per_client",
                args.sign_in_requests_per_client
                    .or(file.sign_in_requests_per_client),
                defaults.requests_per_client,
            )?,
            client_window: minutes(
                "sign_in_client_window_minutes",
                args.sign_in_client_window_minutes
                    .or(file.sign_in_client_window_minutes),
                defaults.client_window,
            )?,
        };
        let silence_minimum = match args.silence_minimum.clone().or(file.silence_minimum) {
            Some(text) => crate::domain::silence::parse_duration(&text)
                .ok_or(ConfigError::SilenceMinimum(text))?,
            None => crate::domain::silence::DEFAULT_MINIMUM,
        };
        Ok(Config {
            silence_minimum,
            trusted_proxies,
            sign_in_limits,
            mail_reply_to,
            smtp_url,
            mail_max_attempts,
            secure_cookies: public_url.starts_with("https://"),
            listen,
            data_dir,
            attachments_dir,
            database_url,
            public_url,
            mail_from,
        })
    }

    pub fn mail_dir(&self) -> PathBuf {
        self.data_dir.join("mail")
    }
}

/// `10.0.0.1, 10.0.0.2`: the addresses of the trusted proxies.
fn parse_proxies(text: &str) -> Result<Vec<IpAddr>, ConfigError> {
    text.split(',')
        .map(str::trim)
        .filter(|entry| !entry.is_empty())
        .map(|entry| {
            entry
                .parse()
                .map_err(|_| ConfigError::TrustedProxy(text.to_string()))
        })
        .collect()
}

fn in_range(name: &'static str, value: i64, min: i64, max: i64) -> Result<i64, ConfigError> {
    if (min..=max).contains(&value) {
        Ok(value)
    } else {
        Err(ConfigError::OutOfRange(name, value, min, max))
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

/// The file of a SQLite database URL (`sqlite://path?…` or `sqlite:path`); `None` for an
/// in-memory database or another backend.
pub fn sqlite_path(database_url: &str) -> Option<PathBuf> {
    let path = database_url
        .strip_prefix("sqlite://")
        .or_else(|| database_url.strip_prefix("sqlite:"))?;
    let path = path.split('?').next().unwrap_or_default();
    if path.is_empty() || path.contains(":memory:") || database_url.contains("mode=memory") {
        return None;
    }
    Some(PathBuf::from(path))
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
        assert!(config.trusted_proxies.is_empty());
        assert_eq!(config.sign_in_limits, SignInLimits::default());
    }

    #[test]
    fn sign_in_limits_and_proxies_are_read_and_checked() {
        let config = Config::load(&ServerArgs {
            trusted_proxy: Some("10.0.0.1, ::1".into()),
            sign_in_links_per_address: Some(3),
            sign_in_client_window_minutes: Some(60),
            ..Default::default()
        })
        .expect("valid");
        assert_eq!(
            config.trusted_proxies,
            vec![
                "10.0.0.1".parse::<IpAddr>().expect("ip"),
                "::1".parse().expect("ip")
            ]
        );
        assert_eq!(config.sign_in_limits.links_per_address, 3);
        assert_eq!(
            config.sign_in_limits.client_window,
            SignedDuration::from_hours(1)
        );
        assert_eq!(config.sign_in_limits.requests_per_client, 30);
        assert!(matches!(
            Config::load(&ServerArgs {
                trusted_proxy: Some("proxy.example.org".into()),
                ..Default::default()
            }),
            Err(ConfigError::TrustedProxy(_))
        ));
        assert!(matches!(
            Config::load(&ServerArgs {
                sign_in_requests_per_client: Some(0),
                ..Default::default()
            }),
            Err(ConfigError::OutOfRange(
                "sign_in_requests_per_client",
                0,
                _,
                _
            ))
        ));
    }

    #[test]
    fn the_silence_minimum_is_an_iso_duration() {
        let config = Config::load(&ServerArgs::default()).expect("defaults are valid");
        assert_eq!(config.silence_minimum, SignedDuration::from_hours(72));
        let shorter = Config::load(&ServerArgs {
            silence_minimum: Some("PT24H".into()),
            ..Default::default()
        })
        .expect("valid");
        assert_eq!(shorter.silence_minimum, SignedDuration::from_hours(24));
        assert!(matches!(
            Config::load(&ServerArgs {
                silence_minimum: Some("three days".into()),
                ..Default::default()
            }),
            Err(ConfigError::SilenceMinimum(_))
        ));
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
