//! The stage of the rush: a round of 150 recommendations and its delegations (each with a
//! focal point, an API token and a single-use sign-in link) made in-process through the use
//! cases, the server processes under test, and the delegations signed in over HTTP.

use std::fmt::Write as _;
use std::sync::Arc;

use anyhow::Context;
use jiff::{SignedDuration, Timestamp};
use tokio::task::JoinSet;

use super::browser::sign_in;
use super::workload::Delegation;
use crate::app::App;
use crate::app::chair::{DraftFormat, RoundInput, When, parse_delegations, parse_draft};
use crate::bench::{ScratchDir, ServerProcess};
use crate::config::{Config, ServerArgs};
use crate::domain::schedule::ScheduleChange;
use crate::domain::{Actor, Email, ManualClock, Role};
use crate::startup::build_app_with_pool;
use crate::store::PoolSettings;

/// Recommendations of the draft (agenda items 2 and 3) and delegations of the round.
pub(super) const RECOMMENDATIONS: usize = 150;
pub(super) const SETUP_DELEGATIONS: usize = 200;

/// What the set-up made: the round, its recommendations, and per delegation the focal point's
/// address, API token and single-use sign-in token.
pub(in crate::bench) struct Setup {
    pub(in crate::bench) app: App,
    pub(super) clock: Arc<ManualClock>,
    pub(in crate::bench) chair: Actor,
    pub(in crate::bench) round_id: i64,
    pub(in crate::bench) recommendation_ids: Vec<i64>,
    pub(super) focal_points: Vec<(String, String, String)>,
}

/// A comment round of the bench's body and meeting, private, in Vienna's time, open for 24
/// hours from `opens`.
pub(in crate::bench) fn bench_round(
    title: &str,
    reference_prefix: &str,
    opens: Timestamp,
) -> RoundInput {
    RoundInput {
        body: "Working Group on Benchmarks".into(),
        meeting: "Deadline rush".into(),
        title: title.into(),
        kind: "comment".into(),
        reference_prefix: reference_prefix.into(),
        time_zone: "Europe/Vienna".into(),
        opens: When::Instant(opens.to_string()),
        closes: When::Instant((opens + SignedDuration::from_hours(24)).to_string()),
        visibility: "private".into(),
        instructions: String::new(),
        confirm_ambiguous: false,
        reminders_before: None,
        silence_breakers: None,
        document_symbol: String::new(),
        based_on_round_id: None,
        language: None,
    }
}

/// Creates the round, its draft, its delegations with their focal points, API tokens and
/// sign-in tokens, in-process through the use cases.
pub(in crate::bench) async fn set_up(
    dir: &ScratchDir,
    url: &str,
    delegations: usize,
) -> anyhow::Result<Setup> {
    let config = Config::load(&ServerArgs {
        listen: Some("127.0.0.1:0".into()),
        data_dir: Some(dir.path().to_path_buf()),
        database_url: Some(url.to_string()),
        ..ServerArgs::default()
    })?;
    let opens_at = Timestamp::now();
    // The draft may only be loaded before the round opens: set up on a clock an hour earlier.
    let clock = Arc::new(ManualClock::new(opens_at - SignedDuration::from_hours(1)));
    let app = build_app_with_pool(&config, clock.clone(), &PoolSettings::default()).await?;
    let fail = |what: &'static str| move |e: crate::app::AppError| anyhow::anyhow!("{what}: {e:?}");
    let chair_user = app
        .add_staff_user("chair@bench.example.org", Role::Chair, "Bench Chair")
        .await
        .map_err(fail("adding the Chair"))?;
    let chair = Actor {
        user_id: chair_user.user_id,
        role: Role::Chair,
        delegation_id: None,
    };
    let round_id = app
        .create_round(
            chair,
            bench_round(
                "Comments on the draft recommendations",
                "WG-BENCH/C",
                opens_at,
            ),
        )
        .await
        .map_err(fail("creating the round"))?;
    let mut draft = csv::Writer::from_writer(Vec::new());
    draft.write_record(["agenda_item", "agenda_title", "label", "text"])?;
    for i in 1..=RECOMMENDATIONS {
        let (item, title) = if i <= RECOMMENDATIONS / 2 {
            (
                "2",
                "Criminal justice responses to victims compelled to commit offences",
            )
        } else {
            ("3", "Successful strategies in the protection of victims")
        };
        draft.write_record([
            item,
            title,
            &i.to_string(),
            &format!(
                "States parties should consider measure {i}: establishing, in law or in policy, that victims of trafficking in persons are not punished for unlawful acts they were compelled to commit, and issuing guidance to police, prosecutors and judges."
            ),
        ])?;
    }
    let rows =
        parse_draft(&draft.into_inner()?, DraftFormat::Csv).map_err(fail("parsing the draft"))?;
    app.load_draft(chair, round_id, rows)
        .await
        .map_err(fail("loading the draft"))?;
    let emails: Vec<String> = (1..=delegations)
        .map(|i| format!("focal.point{i:03}@bench.example.org"))
        .collect();
    let mut csv = String::from("name,category,focal_point_emails\n");
    for (i, email) in emails.iter().enumerate() {
        let _ = writeln!(csv, "Bench delegation {:03},party,{email}", i + 1);
    }
    let rows = parse_delegations(csv.as_bytes()).map_err(fail("parsing the delegations"))?;
    app.import_delegations(chair, round_id, rows)
        .await
        .map_err(fail("importing the delegations"))?;
    // Tokens and sign-in links on the real clock (they expire).
    clock.set(Timestamp::now());
    let mut focal_points = Vec::new();
    for email in emails {
        clock.set(Timestamp::now());
        let api_token = app
            .create_api_token(&email)
            .await
            .map_err(fail("creating an API token"))?;
        let parsed = Email::parse(&email).map_err(|e| anyhow::anyhow!("{email}: {e:?}"))?;
        let (_, sign_in_token, _) = app
            .issue_sign_in_token(parsed, None)
            .await
            .map_err(fail("issuing a sign-in link"))?
            .context("focal point not found")?;
        focal_points.push((email, api_token, sign_in_token));
    }
    let recommendation_ids = {
        let mut conn = app.store().read().await?;
        crate::store::round::recommendations(&mut conn, round_id)
            .await?
            .into_iter()
            .map(|r| r.recommendation_id)
            .collect()
    };
    Ok(Setup {
        app,
        clock,
        chair,
        round_id,
        recommendation_ids,
        focal_points,
    })
}

/// Starts `instances` servers on the database at `url`, each on a loopback port of its own.
pub(super) async fn start_servers(
    instances: usize,
    dir: &ScratchDir,
    url: &str,
    client: &reqwest::Client,
) -> anyhow::Result<Vec<ServerProcess>> {
    let mut servers = Vec::new();
    for i in 0..instances {
        servers.push(ServerProcess::start(&format!("server{i}"), dir.path(), url, client).await?);
    }
    Ok(servers)
}

/// Signs the first `n` focal points in over HTTP as a browser does (open the link, press
/// "Sign in" with the page's CSRF token, keep the cookie) and reads the round page's form token,
/// 16 at a time, spread over the servers.
pub(in crate::bench) async fn sign_in_all(
    bases: &[String],
    setup: &Setup,
    n: usize,
) -> anyhow::Result<Vec<Delegation>> {
    let mut tasks = JoinSet::new();
    let limit = Arc::new(tokio::sync::Semaphore::new(16));
    for (index, (email, api_token, token)) in setup.focal_points.iter().take(n).enumerate() {
        let (base, limit) = (bases[index % bases.len()].clone(), limit.clone());
        let (email, api_token, token, round_id) = (
            email.clone(),
            api_token.clone(),
            token.clone(),
            setup.round_id,
        );
        tasks.spawn(async move {
            let _permit = limit.acquire_owned().await?;
            let session = sign_in(&base, &token, round_id)
                .await
                .with_context(|| format!("signing in {email}"))?;
            anyhow::Ok(Delegation::new(index, api_token, session))
        });
    }
    let mut delegations = Vec::new();
    while let Some(joined) = tasks.join_next().await {
        delegations.push(joined??);
    }
    delegations.sort_by_key(|d| d.index);
    Ok(delegations)
}

impl Setup {
    /// Puts the round's deadline at `deadline`: the Chair closes the round early at that instant,
    /// through the set-up's clock standing at it. Returns the stored closing instant in
    /// milliseconds.
    pub(super) async fn close_round_at(&self, deadline: Timestamp) -> anyhow::Result<i64> {
        self.clock.set(deadline);
        let round = self
            .app
            .change_schedule(
                self.chair,
                self.round_id,
                ScheduleChange::CloseEarly,
                None,
                "Benchmark: the deadline falls in the middle of the rush",
            )
            .await
            .map_err(|e| anyhow::anyhow!("setting the deadline: {e}"))?;
        Ok(round.schedule.closes_at.as_millisecond())
    }
}
