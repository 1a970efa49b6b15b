//! `TestApp`: one server, one database, one manual clock; `User`: a browser with cookies.

use std::io::Read;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use jiff::Timestamp;
use redraft::app::App;
use redraft::config::{Config, ServerArgs, sqlite_url};
use redraft::domain::{Clock, ManualClock};
use redraft::startup::{RunningServer, build_app_with_pool, serve_on};
use redraft::store::PoolSettings;
use reqwest::StatusCode;
use scraper::{ElementRef, Html, Selector};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// Runs one scenario on both backends: `both_backends!(name)` makes `name::sqlite` and
/// `name::postgres`; the PostgreSQL one says it is skipped when `TEST_DATABASE_URL` is unset.
#[macro_export]
macro_rules! both_backends {
    ($($name:ident),* $(,)?) => {
        $(
            mod $name {
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn sqlite() {
                    super::$name($crate::helpers::Backend::Sqlite).await;
                }

                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn postgres() {
                    if $crate::helpers::skip_without_postgres(module_path!()) {
                        return;
                    }
                    super::$name($crate::helpers::Backend::Postgres).await;
                }
            }
        )*
    };
}

pub fn postgres_url() -> Option<String> {
    std::env::var("TEST_DATABASE_URL")
        .ok()
        .filter(|s| !s.is_empty())
}

/// Whether the PostgreSQL test `test` is to be skipped: TEST_DATABASE_URL is not set. It says
/// so, so that a skipped test never passes silently.
pub fn skip_without_postgres(test: &str) -> bool {
    let skip = postgres_url().is_none();
    if skip {
        eprintln!("SKIPPED {test} on PostgreSQL: TEST_DATABASE_URL is not set");
    }
    skip
}

pub const AUSTRIA: &str = "focal.point@austria.example.org";
pub const BRAZIL: &str = "focal.point@brazil.example.org";
pub const EU: &str = "focal.point@eu.example.org";
pub const EU_DEPUTY: &str = "deputy@eu.example.org";
pub const CHAIR: &str = "chair@wg-tip.example.org";

pub struct TestApp {
    pub base: String,
    pub app: App,
    pub clock: Arc<ManualClock>,
    pub round_id: i64,
    pub mail_dir: PathBuf,
    pub database_url: String,
    /// The PostgreSQL database to drop when the test ends.
    pg_database: Option<String>,
    /// The settings the test chose (those of its other instances too).
    settings: ServerArgs,
    /// The server's data directory (inside a temporary directory removed when the test ends).
    pub data_dir: PathBuf,
    _temp_dir: tempfile::TempDir,
    _server: RunningServer,
}

impl TestApp {
    /// A server with the demo meeting loaded, on `backend`, with a fresh database.
    pub async fn spawn(backend: Backend) -> TestApp {
        TestApp::spawn_with_pool(backend, PoolSettings::default()).await
    }

    pub async fn spawn_with_pool(backend: Backend, pool: PoolSettings) -> TestApp {
        TestApp::spawn_with(backend, pool, ServerArgs::default()).await
    }

    /// A server whose e-mail goes by SMTP to `smtp_url` instead of into files.
    pub async fn spawn_smtp(backend: Backend, smtp_url: &str) -> TestApp {
        let settings = ServerArgs {
            smtp_url: Some(smtp_url.to_string()),
            ..ServerArgs::default()
        };
        TestApp::spawn_with(backend, PoolSettings::default(), settings).await
    }

    /// A server with these settings (e.g. `trusted_proxy`) besides the test's own (address,
    /// data directory, database).
    pub async fn spawn_configured(backend: Backend, settings: ServerArgs) -> TestApp {
        TestApp::spawn_with(backend, PoolSettings::default(), settings).await
    }

    async fn spawn_with(backend: Backend, pool: PoolSettings, settings: ServerArgs) -> TestApp {
        let _ = tracing_subscriber::fmt()
            .with_env_filter(tracing_subscriber::EnvFilter::from_default_env())
            .with_test_writer()
            .try_init();
        let temp_dir = tempfile::tempdir().expect("temp dir");
        // A data directory the server creates itself, as on a first start.
        let data_path = temp_dir.path().join("data");
        let (database_url, pg_database) = match backend {
            Backend::Sqlite => (sqlite_url(&data_path.join("redraft.db")), None),
            Backend::Postgres => {
                let admin = postgres_url().expect("TEST_DATABASE_URL");
                let name = format!("redraft_test_{}", &redraft::app::auth::new_secret()[..16]);
                let url = redraft::store::create_postgres_database(&admin, &name)
                    .await
                    .expect("create test database");
                (url, Some(name))
            }
        };
        let clock = Arc::new(ManualClock::new(start_of_clock()));
        let (base, config, server, round_id) = start_instance(
            ServerArgs {
                data_dir: Some(data_path.clone()),
                database_url: Some(database_url.clone()),
                ..settings.clone()
            },
            clock.clone(),
            &pool,
            |app| async move { app.load_demo().await.expect("demo").round_id },
        )
        .await;
        let app = server.app.clone();
        let t = TestApp {
            base,
            app,
            clock,
            round_id,
            mail_dir: config.mail_dir(),
            database_url,
            pg_database,
            settings,
            data_dir: data_path,
            _temp_dir: temp_dir,
            _server: server,
        };
        // The demo round opens at once: its invitations are delivered before the test begins.
        t.settle_mail().await;
        t
    }

    /// Another instance on the same database, data directory (so the same mail folder) and
    /// clock, serving on a port of its own; returns its base URL.
    pub async fn second_instance(&self) -> (String, RunningServer) {
        let data_dir = self.mail_dir.parent().expect("data dir").to_path_buf();
        let (base, _, server, ()) = start_instance(
            ServerArgs {
                data_dir: Some(data_dir),
                database_url: Some(self.database_url.clone()),
                ..self.settings.clone()
            },
            self.clock.clone(),
            &PoolSettings::default(),
            |_| async {},
        )
        .await;
        (base, server)
    }

    /// A browser on another instance (from [`TestApp::second_instance`]).
    pub fn browser_on(&self, base: &str) -> User {
        User {
            base: base.to_string(),
            ..self.browser()
        }
    }

    /// Stops this instance's mail worker and scheduler (tests that run their own).
    pub fn stop_jobs(&self) {
        self._server.jobs.abort();
    }

    /// Runs a scheduler pass now (after moving the clock) and waits until the outbox has
    /// nothing left that is due (bounded).
    pub async fn settle_mail(&self) {
        // A pass that met another pass of the same round (this instance's own scheduler) on
        // PostgreSQL skips it: pass again until none is skipped.
        for _ in 0..100 {
            let report = redraft::jobs::scheduler::tick(&self.app)
                .await
                .expect("scheduler pass");
            if report.skipped == 0 {
                break;
            }
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
        self.app.wake_mail();
        for _ in 0..200 {
            let mut conn = self.app.store().read().await.expect("conn");
            let due = redraft::store::outbox::claimable_count(&mut conn, self.clock.now())
                .await
                .expect("outbox");
            if due == 0 {
                return;
            }
            drop(conn);
            tokio::time::sleep(Duration::from_millis(25)).await;
        }
        panic!("the outbox did not drain");
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{}", self.base, path)
    }

    /// A browser with nobody signed in.
    pub fn browser(&self) -> User {
        let jar = Arc::new(reqwest::cookie::Jar::default());
        User {
            client: reqwest::Client::builder()
                .cookie_provider(jar.clone())
                .redirect(reqwest::redirect::Policy::none())
                .build()
                .expect("client"),
            jar,
            base: self.base.clone(),
            email: String::new(),
        }
    }

    /// Signs `email` in the way a person does: asks for a link, opens the e-mail, follows the
    /// link, presses "Sign in".
    pub async fn sign_in(&self, email: &str) -> User {
        let mut user = self.browser();
        user.email = email.to_string();
        let link = self.request_link(&user, email).await;
        let page = user.get(&link).await;
        assert_eq!(page.status, StatusCode::OK, "link page: {}", page.body);
        let form = page.form("form[action^='/sign-in/']");
        let response = user.submit(&form).await;
        assert_eq!(
            response.status,
            StatusCode::SEE_OTHER,
            "sign-in: {}",
            response.body
        );
        assert_eq!(response.location.as_deref(), Some("/"));
        user
    }

    /// Asks for a sign-in link for `email` in `user`'s browser and returns the link from the
    /// e-mail that arrives (other e-mails, such as receipts, may arrive meanwhile).
    pub async fn request_link(&self, user: &User, email: &str) -> String {
        let before = self.sign_in_mails_to(email).len();
        let page = user.get("/sign-in").await;
        let form = page.form("form[action='/sign-in']").set("email", email);
        let response = user.submit(&form).await;
        assert_eq!(response.status, StatusCode::OK, "{}", response.body);
        assert!(response.body.contains("Check your e-mail"));
        for _ in 0..100 {
            if let Some(mail) = self.sign_in_mails_to(email).get(before) {
                return sign_in_link(mail, &self.base);
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        panic!(
            "no sign-in e-mail for {email} (links are limited: 5 per address an hour, 30 \
             requests per client in 10 minutes; see TestApp::spawn_configured)"
        );
    }

    fn sign_in_mails_to(&self, email: &str) -> Vec<Mail> {
        self.mails_to(email)
            .into_iter()
            .filter(|m| m.subject == "Your sign-in link for redraft")
            .collect()
    }

    /// The e-mails written for `to`, oldest first.
    pub fn mails_to(&self, to: &str) -> Vec<Mail> {
        let mut mails: Vec<(std::time::SystemTime, Mail)> = Vec::new();
        let Ok(entries) = std::fs::read_dir(&self.mail_dir) else {
            return Vec::new();
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.extension().is_none_or(|e| e != "eml") {
                continue;
            }
            let Ok(bytes) = std::fs::read(&path) else {
                continue;
            };
            let Some(mail) = Mail::parse(&bytes) else {
                continue;
            };
            if !mail.is_to(to) {
                continue;
            }
            let modified = entry
                .metadata()
                .and_then(|m| m.modified())
                .unwrap_or(std::time::UNIX_EPOCH);
            mails.push((modified, mail));
        }
        mails.sort_by_key(|(t, _)| *t);
        mails.into_iter().map(|(_, m)| m).collect()
    }

    /// Waits (bounded) until `to` has `count` e-mails and returns the last one.
    pub async fn wait_for_mail(&self, to: &str, count: usize) -> Mail {
        for _ in 0..100 {
            let mails = self.mails_to(to);
            if mails.len() >= count {
                return mails.into_iter().last().expect("a mail");
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        panic!(
            "no e-mail number {count} for {to} in {}",
            self.mail_dir.display()
        );
    }

    /// The language saved on the profile of the person with this address.
    pub async fn user_language(&self, email: &str) -> Option<redraft::domain::Language> {
        let mut conn = self.app.store().read().await.expect("conn");
        redraft::store::delegation::find_user_by_email(&mut conn, email)
            .await
            .expect("user")
            .expect("user exists")
            .language
    }

    /// Sets the demo round's default language (set-up: the demo round is open, and settings
    /// change only before a round opens).
    pub async fn set_round_language(&self, language: redraft::domain::Language) {
        let mut conn = self.app.store().read().await.expect("conn");
        redraft::store::round::set_round_language(&mut conn, self.round_id, language)
            .await
            .expect("set language");
    }

    /// The round's schedule as stored.
    pub async fn schedule(&self) -> redraft::domain::RoundSchedule {
        let mut conn = self.app.store().read().await.expect("conn");
        redraft::store::round::get_round(&mut conn, self.round_id)
            .await
            .expect("round")
            .expect("round exists")
            .schedule
    }

    /// The round's closing instant.
    pub async fn closes_at(&self) -> Timestamp {
        self.schedule().await.closes_at
    }

    /// How many comments the round holds in the database (any status).
    pub async fn comment_count(&self) -> i64 {
        let mut conn = self.app.store().read().await.expect("conn");
        redraft::store::comment::count_comments(&mut conn, self.round_id)
            .await
            .expect("count")
    }

    pub async fn comment(&self, comment_id: i64) -> redraft::domain::Comment {
        let mut conn = self.app.store().read().await.expect("conn");
        redraft::store::comment::get_comment(&mut conn, comment_id)
            .await
            .expect("query")
            .expect("comment exists")
    }

    pub fn round_path(&self) -> String {
        format!("/rounds/{}", self.round_id)
    }
}

/// Starts a server with `settings` on a free loopback port (its public URL unless `settings`
/// names another), running `prepare` on its app before it serves.
async fn start_instance<T, F, Fut>(
    settings: ServerArgs,
    clock: Arc<ManualClock>,
    pool: &PoolSettings,
    prepare: F,
) -> (String, Config, RunningServer, T)
where
    F: FnOnce(App) -> Fut,
    Fut: std::future::Future<Output = T>,
{
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let addr = listener.local_addr().expect("addr");
    let base = format!("http://{addr}");
    // The address served is also the public URL, unless the test names one (an https URL
    // served here over plain http stands for a proxy that ends TLS in front).
    let public_url = settings.public_url.clone().unwrap_or_else(|| base.clone());
    let config = Config::load(&ServerArgs {
        listen: Some(addr.to_string()),
        public_url: Some(public_url),
        ..settings
    })
    .expect("config");
    let app = build_app_with_pool(&config, clock, pool)
        .await
        .expect("app");
    let prepared = prepare(app.clone()).await;
    let server = serve_on(listener, &config, app).expect("serve");
    (base, config, server, prepared)
}

/// A client of the JSON API with a bearer token.
pub struct ApiClient {
    pub client: reqwest::Client,
    pub base: String,
    pub token: String,
}

/// An API answer: status, headers and JSON body.
#[derive(Debug)]
pub struct ApiAnswer {
    pub status: StatusCode,
    pub headers: reqwest::header::HeaderMap,
    pub json: serde_json::Value,
}

impl ApiAnswer {
    /// Asserts that the API refused the request with `status` and the error code `code`.
    #[track_caller]
    pub fn assert_error(&self, status: StatusCode, code: &str) {
        assert_eq!(self.status, status, "{}", self.json);
        assert_eq!(self.json["error"]["code"], code, "{}", self.json);
    }
}

impl ApiClient {
    pub async fn send(
        &self,
        method: reqwest::Method,
        path: &str,
        body: Option<serde_json::Value>,
        key: Option<&str>,
    ) -> ApiAnswer {
        let mut request = self
            .client
            .request(method, format!("{}/api/v1{}", self.base, path))
            .bearer_auth(&self.token);
        if let Some(key) = key {
            request = request.header("Idempotency-Key", key);
        }
        if let Some(body) = body {
            request = request.json(&body);
        }
        api_answer(request.send().await.expect("API request")).await
    }

    pub async fn get(&self, path: &str) -> ApiAnswer {
        self.send(reqwest::Method::GET, path, None, None).await
    }

    pub async fn post(&self, path: &str, body: serde_json::Value) -> ApiAnswer {
        self.send(reqwest::Method::POST, path, Some(body), None)
            .await
    }

    /// Posts a remark on the recommendation labelled `label` of round `round_id`.
    pub async fn remark(&self, round_id: i64, label: &str, text: &str) -> ApiAnswer {
        let body =
            serde_json::json!({"recommendation_label": label, "kind": "remark", "text": text});
        self.post(&format!("/rounds/{round_id}/comments"), body)
            .await
    }

    /// Posts `body` with the `Idempotency-Key` `key`.
    pub async fn post_with_key(&self, path: &str, body: serde_json::Value, key: &str) -> ApiAnswer {
        self.send(reqwest::Method::POST, path, Some(body), Some(key))
            .await
    }

    pub async fn put(&self, path: &str, body: serde_json::Value) -> ApiAnswer {
        self.send(reqwest::Method::PUT, path, Some(body), None)
            .await
    }

    /// Creates a round through the API, "Comments on the draft guidance" of the Working Group on
    /// Firearms (Eighth meeting, Vienna, private) unless `settings` (at least its opening and
    /// deadline) says otherwise; its id.
    pub async fn create_round(&self, settings: serde_json::Value) -> i64 {
        let mut body = serde_json::json!({
            "title": "Comments on the draft guidance", "body": "Working Group on Firearms",
            "meeting": "Eighth meeting", "kind": "comments", "time_zone": "Europe/Vienna",
            "visibility": "private",
        });
        for (name, value) in settings.as_object().expect("settings are a JSON object") {
            body[name] = value.clone();
        }
        let created = self.post("/rounds", body).await;
        assert_eq!(created.status, StatusCode::CREATED, "{}", created.json);
        created.json["id"].as_i64().expect("the new round's id")
    }

    pub async fn delete(&self, path: &str) -> ApiAnswer {
        self.send(reqwest::Method::DELETE, path, None, None).await
    }

    /// PUT with a CSV body.
    pub async fn put_csv(&self, path: &str, csv: Vec<u8>) -> ApiAnswer {
        self.send_raw(reqwest::Method::PUT, path, Some("text/csv"), csv)
            .await
    }

    /// A request with this body as it is, and this `Content-Type` (none when `None`).
    pub async fn send_raw(
        &self,
        method: reqwest::Method,
        path: &str,
        content_type: Option<&str>,
        body: Vec<u8>,
    ) -> ApiAnswer {
        let mut request = self
            .client
            .request(method, format!("{}/api/v1{}", self.base, path))
            .bearer_auth(&self.token)
            .body(body);
        if let Some(content_type) = content_type {
            request = request.header(reqwest::header::CONTENT_TYPE, content_type);
        }
        api_answer(request.send().await.expect("API request")).await
    }
}

pub async fn api_answer(response: reqwest::Response) -> ApiAnswer {
    let status = response.status();
    let headers = response.headers().clone();
    let text = response.text().await.expect("body");
    let json = serde_json::from_str(&text).unwrap_or(serde_json::Value::String(text));
    ApiAnswer {
        status,
        headers,
        json,
    }
}

impl TestApp {
    /// An API client for the person with this address (the token made as `redraft token create` does).
    pub async fn api(&self, email: &str) -> ApiClient {
        let token = self.app.create_api_token(email).await.expect("token");
        ApiClient {
            client: reqwest::Client::new(),
            base: self.base.clone(),
            token,
        }
    }

    /// An API client with a token that is not valid.
    pub fn api_without_token(&self) -> ApiClient {
        ApiClient {
            client: reqwest::Client::new(),
            base: self.base.clone(),
            token: "rdt_not-a-token".into(),
        }
    }
}

impl Drop for TestApp {
    fn drop(&mut self) {
        let (Some(name), Some(admin)) = (self.pg_database.take(), postgres_url()) else {
            return;
        };
        // Drop runs inside the test's runtime, which cannot be blocked on: use a thread of its own.
        let dropped = std::thread::spawn(move || {
            let runtime = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .ok()?;
            runtime
                .block_on(redraft::store::drop_postgres_database(&admin, &name))
                .ok()
        })
        .join();
        if !matches!(dropped, Ok(Some(()))) {
            eprintln!("could not drop a test database");
        }
    }
}

/// An e-mail as the tests read it, from the file transport or the SMTP sink.
pub use redraft::bench::smtp_sink::ParsedMail as Mail;

/// The sign-in link in a mail's text part.
pub fn sign_in_link(mail: &Mail, base: &str) -> String {
    let start = mail
        .text
        .find(&format!("{base}/sign-in/"))
        .expect("a sign-in link in the e-mail");
    let link: String = mail.text[start..]
        .chars()
        .take_while(|c| !c.is_whitespace())
        .collect();
    assert!(
        mail.html.contains(&link),
        "the HTML part carries the same link"
    );
    link.trim_start_matches(base).to_string()
}

/// A browser: a cookie jar and no automatic redirects (tests look at each answer).
pub struct User {
    pub client: reqwest::Client,
    pub jar: Arc<reqwest::cookie::Jar>,
    pub base: String,
    pub email: String,
}

/// An answer as a test reads it.
#[derive(Debug)]
pub struct Answer {
    pub status: StatusCode,
    pub location: Option<String>,
    pub body: String,
}

impl Answer {
    /// A form the server refused as a page: 422, and the title says "Error:" first.
    pub fn assert_form_refused(&self) {
        assert_eq!(
            self.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "{}",
            self.body
        );
        assert!(self.title().starts_with("Error: "), "{}", self.title());
    }

    /// Asserts that the page says `text`.
    #[track_caller]
    pub fn assert_says(&self, text: &str) {
        assert!(self.body.contains(text), "{text:?} not in: {}", self.body);
    }

    /// The id of the round a saved round form redirected to (`/chair/rounds/7/draft`).
    #[track_caller]
    pub fn created_round_id(&self) -> i64 {
        assert_eq!(self.status, StatusCode::SEE_OTHER, "{}", self.body);
        self.location
            .as_deref()
            .and_then(|l| l.strip_prefix("/chair/rounds/"))
            .and_then(|l| l.split('/').next())
            .and_then(|id| id.parse().ok())
            .expect("the new round's id")
    }

    pub fn html(&self) -> Html {
        Html::parse_document(&self.body)
    }

    /// The body with each form's CSRF token blanked: tokens are masked afresh in every answer
    /// (so that a compressed page does not reveal them), so two answers that say the same thing
    /// differ there and nowhere else.
    pub fn body_without_tokens(&self) -> String {
        const FIELD: &str = "name=\"csrf_token\" value=\"";
        let mut out = String::with_capacity(self.body.len());
        let mut rest = self.body.as_str();
        while let Some(at) = rest.find(FIELD) {
            let value = at + FIELD.len();
            out.push_str(&rest[..value]);
            let end = rest[value..].find('"').map_or(rest.len(), |e| value + e);
            assert!(end > value, "an empty CSRF token");
            rest = &rest[end..];
        }
        out.push_str(rest);
        out
    }

    /// The form matching `selector`, with its fields as a browser would send them.
    pub fn form(&self, selector: &str) -> Form {
        let html = self.html();
        let form = html
            .select(&sel(selector))
            .next()
            .unwrap_or_else(|| panic!("no form {selector} in page:\n{}", self.body));
        Form::from_element(form)
    }

    /// The comment form under the recommendation labelled `label`.
    pub fn recommendation_form(&self, label: &str) -> Form {
        let html = self.html();
        let section = recommendation_section(&html, label);
        Form::from_element(section.select(&sel("form")).next().expect("a comment form"))
    }

    /// Where the first link matching `selector` goes (the test fails when there is none).
    pub fn link(&self, selector: &str) -> String {
        self.html()
            .select(&sel(selector))
            .next()
            .and_then(|a| a.value().attr("href").map(str::to_string))
            .unwrap_or_else(|| panic!("no link {selector} in page:\n{}", self.body))
    }

    /// The visible text of the recommendation labelled `label`, its comments included.
    pub fn recommendation_text(&self, label: &str) -> String {
        let html = self.html();
        recommendation_section(&html, label)
            .text()
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// The text of the elements matching `selector`.
    pub fn texts(&self, selector: &str) -> Vec<String> {
        self.html()
            .select(&sel(selector))
            .map(|e| e.text().collect::<String>().trim().to_string())
            .collect()
    }

    /// The page's language and direction (`lang` and `dir` of `<html>`).
    pub fn lang_dir(&self) -> (String, String) {
        let html = self.html();
        let root = html.select(&sel("html")).next().expect("<html>");
        let attr = |name| root.value().attr(name).unwrap_or_default().to_string();
        (attr("lang"), attr("dir"))
    }

    pub fn title(&self) -> String {
        self.texts("title").into_iter().next().unwrap_or_default()
    }
}

fn recommendation_section<'a>(html: &'a Html, label: &str) -> ElementRef<'a> {
    html.select(&sel("section.recommendation"))
        .find(|s| {
            s.select(&sel("h3 bdi"))
                .next()
                .is_some_and(|b| b.text().collect::<String>() == label)
        })
        .unwrap_or_else(|| panic!("no recommendation {label}"))
}

pub fn sel(s: &str) -> Selector {
    Selector::parse(s).unwrap_or_else(|_| panic!("bad selector {s}"))
}

/// A form read from a page: its action and the fields a browser would send.
#[derive(Debug, Clone)]
pub struct Form {
    pub action: String,
    pub fields: Vec<(String, String)>,
}

impl Form {
    fn from_element(form: ElementRef<'_>) -> Form {
        let action = form.value().attr("action").unwrap_or_default();
        let action = action.split('#').next().unwrap_or_default().to_string();
        let mut fields = Vec::new();
        for input in form.select(&sel("input")) {
            let v = input.value();
            let Some(name) = v.attr("name") else { continue };
            let kind = v.attr("type").unwrap_or("text");
            if (kind == "radio" || kind == "checkbox") && v.attr("checked").is_none() {
                continue;
            }
            fields.push((
                name.to_string(),
                v.attr("value").unwrap_or_default().to_string(),
            ));
        }
        for select in form.select(&sel("select")) {
            let Some(name) = select.value().attr("name") else {
                continue;
            };
            let options: Vec<ElementRef<'_>> = select.select(&sel("option")).collect();
            let chosen = options
                .iter()
                .find(|o| o.value().attr("selected").is_some())
                .or(options.first());
            if let Some(option) = chosen {
                let value = option
                    .value()
                    .attr("value")
                    .map(str::to_string)
                    .unwrap_or_else(|| option.text().collect());
                fields.push((name.to_string(), value));
            }
        }
        for textarea in form.select(&sel("textarea")) {
            if let Some(name) = textarea.value().attr("name") {
                fields.push((name.to_string(), textarea.text().collect()));
            }
        }
        Form { action, fields }
    }

    /// Sets a field (as typing or choosing would).
    pub fn set(mut self, name: &str, value: &str) -> Form {
        self.fields.retain(|(n, _)| n != name);
        self.fields.push((name.to_string(), value.to_string()));
        self
    }

    pub fn get(&self, name: &str) -> Option<&str> {
        self.fields
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }
}

impl User {
    /// The `Cookie` header this browser sends.
    pub fn cookie_header(&self) -> String {
        use reqwest::cookie::CookieStore;
        let url = self.base.parse().expect("base url");
        self.jar
            .cookies(&url)
            .and_then(|v| v.to_str().ok().map(str::to_string))
            .unwrap_or_default()
    }

    /// GET with an explicit `Cookie` header (e.g. a cookie copied before signing out).
    pub async fn get_with_cookie(&self, path: &str, cookie: &str) -> Answer {
        let response = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .expect("client")
            .get(format!("{}{}", self.base, path))
            .header(reqwest::header::COOKIE, cookie)
            .send()
            .await
            .expect("GET");
        answer(response).await
    }

    pub async fn get(&self, path: &str) -> Answer {
        answer(self.get_response(path).await).await
    }

    /// GET with the browser's cookies, the answer as it came.
    pub async fn get_response(&self, path: &str) -> reqwest::Response {
        self.client
            .get(format!("{}{}", self.base, path))
            .send()
            .await
            .expect("GET")
    }

    /// GET from a browser whose `Accept-Language` is `accept`.
    pub async fn get_accepting(&self, path: &str, accept: &str) -> Answer {
        let response = self
            .client
            .get(format!("{}{}", self.base, path))
            .header(reqwest::header::ACCEPT_LANGUAGE, accept)
            .send()
            .await
            .expect("GET");
        answer(response).await
    }

    pub async fn submit(&self, form: &Form) -> Answer {
        self.post(&form.action, &form.fields).await
    }

    /// The form of a comment's edit page, as the page fills it in.
    pub async fn edit_form(&self, comment_id: i64) -> Form {
        self.get(&format!("/comments/{comment_id}/edit"))
            .await
            .form("form[action$='/edit']")
    }

    /// The form of a comment's withdrawal page (the confirmation).
    pub async fn withdraw_form(&self, comment_id: i64) -> Form {
        self.get(&format!("/comments/{comment_id}/withdraw"))
            .await
            .form("form[action$='/withdraw']")
    }

    pub async fn post(&self, path: &str, fields: &[(String, String)]) -> Answer {
        let response = self
            .client
            .post(format!("{}{}", self.base, path))
            .form(fields)
            .send()
            .await
            .expect("POST");
        answer(response).await
    }

    /// Posts a multipart form (as a browser does for forms with a file input): `fields` as
    /// text parts and, if given, one file part (name, file name, bytes).
    pub async fn post_multipart(
        &self,
        path: &str,
        fields: &[(String, String)],
        file: Option<(&str, &str, Vec<u8>)>,
    ) -> Answer {
        let mut form = reqwest::multipart::Form::new();
        for (name, value) in fields {
            form = form.text(name.clone(), value.clone());
        }
        if let Some((name, file_name, bytes)) = file {
            let part = reqwest::multipart::Part::bytes(bytes).file_name(file_name.to_string());
            form = form.part(name.to_string(), part);
        }
        let response = self
            .client
            .post(format!("{}{}", self.base, path))
            .multipart(form)
            .send()
            .await
            .expect("POST multipart");
        answer(response).await
    }

    /// Submits a multipart form read from a page, with `file` attached if given.
    /// Imports the delegations file `csv` on the delegations page of the round at the Chair's
    /// address `base` (`/chair/rounds/{id}`), as its import form sends it.
    pub async fn import_delegations_file(&self, base: &str, csv: &str) -> Answer {
        let page = self.get(&format!("{base}/delegations")).await;
        let form = page.form("form[enctype='multipart/form-data']:has(input[value='import'])");
        let file = ("file", "delegations.csv", csv.as_bytes().to_vec());
        self.submit_multipart(&form, Some(file)).await
    }

    pub async fn submit_multipart(
        &self,
        form: &Form,
        file: Option<(&str, &str, Vec<u8>)>,
    ) -> Answer {
        self.post_multipart(&form.action, &form.fields, file).await
    }

    /// Submits a comment on recommendation `label` from the round page; returns the answer.
    pub async fn comment_on(
        &self,
        round_path: &str,
        label: &str,
        kind: &str,
        text: &str,
        proposed: &str,
    ) -> Answer {
        let form = self.comment_form(round_path, label, kind, text).await;
        self.submit(&form.set("proposed_text", proposed)).await
    }

    /// Submits a remark saying `text` on the recommendation labelled `label` of the round page.
    pub async fn remark_on(&self, round_path: &str, label: &str, text: &str) -> Answer {
        self.comment_on(round_path, label, "remark", text, "").await
    }

    /// The comment form of the recommendation labelled `label` on the round page, filled in
    /// with a comment of `kind` saying `text`, not yet sent.
    pub async fn comment_form(
        &self,
        round_path: &str,
        label: &str,
        kind: &str,
        text: &str,
    ) -> Form {
        let page = self.get(round_path).await;
        assert_eq!(page.status, StatusCode::OK, "{}", page.body);
        page.recommendation_form(label)
            .set("kind", kind)
            .set("text", text)
    }

    /// Sends the consolidation overview's publish `form`, then confirms on the page that says
    /// whom publishing e-mails; returns the answer of the confirmation.
    pub async fn confirm_publication(&self, form: &Form) -> Answer {
        let asked = self.submit(form).await;
        assert_eq!(asked.status, StatusCode::OK, "{}", asked.body);
        assert!(
            asked
                .form("form[action$='/consolidation/publish']")
                .get("confirmed")
                == Some("yes"),
            "{}",
            asked.body
        );
        self.submit(&asked.form("form[action$='/consolidation/publish']"))
            .await
    }

    /// Follows a redirect answer.
    pub async fn follow(&self, answer: &Answer) -> Answer {
        let location = answer.location.as_deref().expect("a redirect");
        self.get(location).await
    }

    /// The page a comment form's answer leads to, which must be the round page saying the
    /// comment was saved under `reference`.
    pub async fn follow_saved(&self, answer: &Answer, reference: &str) -> Answer {
        assert_eq!(answer.status, StatusCode::SEE_OTHER, "{}", answer.body);
        let page = self.follow(answer).await;
        assert!(
            page.body
                .contains(&format!("Your comment was saved. Reference: {reference}")),
            "{reference}: {}",
            page.body
        );
        page
    }
}

async fn answer(response: reqwest::Response) -> Answer {
    let status = response.status();
    let location = response
        .headers()
        .get(reqwest::header::LOCATION)
        .and_then(|v| v.to_str().ok())
        .map(str::to_string);
    let body = response.text().await.expect("body");
    Answer {
        status,
        location,
        body,
    }
}

/// The id of the comment a "saved" redirect points at (`/rounds/1?saved=7#comment-7`).
pub fn saved_comment_id(answer: &Answer) -> i64 {
    let location = answer
        .location
        .as_deref()
        .unwrap_or_else(|| panic!("no redirect: {}", answer.body));
    let id = location.rsplit("#comment-").next().expect("comment anchor");
    id.parse().expect("comment id")
}

/// Where the tests' clock starts: now, or the instant in `REDRAFT_TEST_CLOCK` (RFC 3339, e.g.
/// `2026-07-01T05:00:00Z`), to run the suite as if at another hour or season — tests that build
/// venue dates from "now" once depended on both.
fn start_of_clock() -> Timestamp {
    match std::env::var("REDRAFT_TEST_CLOCK") {
        Ok(text) => text
            .parse()
            .unwrap_or_else(|e| panic!("REDRAFT_TEST_CLOCK={text}: {e}")),
        Err(_) => Timestamp::now(),
    }
}

/// GET with the browser's cookies: status, headers and body.
pub async fn fetch(user: &User, path: &str) -> (StatusCode, reqwest::header::HeaderMap, Vec<u8>) {
    let response = user.get_response(path).await;
    let status = response.status();
    let headers = response.headers().clone();
    (
        status,
        headers,
        response.bytes().await.expect("body").to_vec(),
    )
}

/// The text of the file `name` in the zip archive (a DOCX) `bytes`.
pub fn unzip(bytes: &[u8], name: &str) -> String {
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("a DOCX is a zip");
    let mut out = String::new();
    archive
        .by_name(name)
        .unwrap_or_else(|_| panic!("{name} in the DOCX"))
        .read_to_string(&mut out)
        .expect("utf-8");
    out
}
