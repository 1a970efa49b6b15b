//! The demo meeting: the tenth meeting of the Working Group on Trafficking in Persons
//! (Vienna, 10–11 September 2020), its delegations as listed in its report and an
//! illustrative draft of 12 recommendations. Loading it twice changes nothing.

use jiff::civil::Time;
use jiff::{SignedDuration, Timestamp, ToSpan};

use super::{App, AppError, AppResult, venue_zone};
use crate::domain::{
    DelegationCategory, DelegationName, Email, RecommendationLabel, Role, Visibility,
};
use crate::i18n::Message;
use crate::store::audit::AuditEntry;
use crate::store::round::{self as round_store, MeetingPlace, NewRound};
use crate::store::{Tx, audit, delegation as people};

const DELEGATIONS_CSV: &str = include_str!("../demo/wg-tip-2020-delegations.csv");
const DRAFT_CSV: &str = include_str!("../demo/wg-tip-2020-draft-recommendations.csv");

pub const BODY: &str = "Working Group on Trafficking in Persons";
pub const MEETING: &str = "Tenth meeting";
pub const ROUND_TITLE: &str = "Post-meeting comments on the draft recommendations";
pub const VENUE_TZ: &str = "Europe/Vienna";

/// Who gets a demo account: the Chair, the Secretariat and focal points of a few delegations.
pub const CHAIR_EMAIL: &str = "chair@wg-tip.example.org";
pub const SECRETARIAT_EMAIL: &str = "secretariat@wg-tip.example.org";
pub const FOCAL_POINTS: &[(&str, &str, &str)] = &[
    (
        "Austria",
        "focal.point@austria.example.org",
        "Focal point of Austria",
    ),
    (
        "Brazil",
        "focal.point@brazil.example.org",
        "Focal point of Brazil",
    ),
    (
        "European Union",
        "focal.point@eu.example.org",
        "Focal point of the European Union",
    ),
    (
        "European Union",
        "deputy@eu.example.org",
        "Deputy focal point of the European Union",
    ),
    (
        "Japan",
        "focal.point@japan.example.org",
        "Focal point of Japan",
    ),
    (
        "Nigeria",
        "focal.point@nigeria.example.org",
        "Focal point of Nigeria",
    ),
];

#[derive(Debug, serde::Deserialize)]
struct DelegationRow {
    name: String,
    category: String,
}

#[derive(Debug, serde::Deserialize)]
struct DraftRow {
    agenda_item: String,
    agenda_title: String,
    label: String,
    text: String,
}

/// What `redraft demo` prints: whom a sign-in link was mailed to.
#[derive(Debug, Clone)]
pub struct DemoLoaded {
    pub round_id: i64,
    pub created: bool,
    pub accounts: Vec<(String, String)>,
}

fn csv_error(what: &str, e: impl std::fmt::Display) -> AppError {
    tracing::error!(error = %e, "embedded demo {what} is invalid");
    AppError::invalid("demo", Message::new("error-demo-data"))
}

/// The closing time of a new demo round: 18:00 in Vienna, 14 days after `now`.
fn demo_deadline(now: Timestamp) -> AppResult<Timestamp> {
    let venue = venue_zone(VENUE_TZ)?;
    let day = venue
        .to_local(now)
        .date()
        .checked_add(14.days())
        .map_err(|e| csv_error("deadline", e))?;
    venue
        .local_to_timestamp(day.to_datetime(Time::constant(18, 0, 0, 0)))
        .map_err(|e| csv_error("deadline", e))
}

impl App {
    /// Loads the demo meeting if it is not there yet, and returns its round and accounts.
    pub async fn load_demo(&self) -> AppResult<DemoLoaded> {
        self.detached(|app| async move {
            let mut tx = app.store().begin_write().await?;
            let now = app.now();
            let existing =
                round_store::find_round_by_place(&mut tx, BODY, MEETING, ROUND_TITLE).await?;
            let (round_id, created) = match existing {
                Some(round_id) => (round_id, false),
                None => (create_demo(&mut tx, now).await?, true),
            };
            // The demo round opens now: the scheduler sends its invitations.
            app.commit_schedule_change(tx, round_id).await?;
            let mut accounts = vec![(CHAIR_EMAIL.to_string(), "Chair".to_string())];
            accounts.extend(
                FOCAL_POINTS
                    .iter()
                    .map(|(delegation, email, _)| (email.to_string(), delegation.to_string())),
            );
            Ok(DemoLoaded {
                round_id,
                created,
                accounts,
            })
        })
        .await
    }
}

async fn create_demo(tx: &mut Tx, now: Timestamp) -> AppResult<i64> {
    let place = MeetingPlace {
        body: BODY,
        body_short_name: "WG-TIP",
        meeting: MEETING,
        venue: "Vienna (hybrid)",
        dates: "10–11 September 2020",
    };
    let meeting_id = round_store::find_or_insert_meeting(tx, &place, now).await?;
    let closes_at = demo_deadline(now)?;
    let round_id = round_store::insert_round(
        tx,
        &NewRound {
            meeting_id,
            title: ROUND_TITLE,
            kind: "comment",
            reference_prefix: "WG-TIP-2020/C",
            venue_tz: VENUE_TZ,
            opens_at: now - SignedDuration::from_mins(1),
            closes_at,
            visibility: Visibility::Private,
            instructions: "The Working Group agreed that delegations may submit comments on the draft \
                recommendations in a time-bound, post-meeting process. Comment on each recommendation \
                separately, or on the draft as a whole. The draft shown is illustrative: the real draft \
                of the tenth meeting was not published.",
            illustrative: true,
            document_symbol: "",
            revision: None,
        },
        now,
    )
    .await?;

    let mut rows = Vec::new();
    for row in csv::Reader::from_reader(DRAFT_CSV.as_bytes()).deserialize::<DraftRow>() {
        let row = row.map_err(|e| csv_error("draft", e))?;
        let label = RecommendationLabel::parse(&row.label).map_err(|e| csv_error("draft", e))?;
        rows.push((row, label));
    }
    let paragraphs: Vec<round_store::DraftParagraph<'_>> = rows
        .iter()
        .map(|(row, label)| round_store::DraftParagraph {
            agenda_item: &row.agenda_item,
            agenda_title: &row.agenda_title,
            label: label.as_str(),
            text: &row.text,
            stable_id: None,
        })
        .collect();
    round_store::insert_draft(tx, round_id, &paragraphs).await?;

    let mut delegations = csv::Reader::from_reader(DELEGATIONS_CSV.as_bytes());
    for row in delegations.deserialize::<DelegationRow>() {
        let row = row.map_err(|e| csv_error("delegations", e))?;
        let name = DelegationName::parse(&row.name).map_err(|e| csv_error("delegations", e))?;
        let category = DelegationCategory::parse(&row.category).ok_or_else(|| {
            csv_error("delegations", format!("unknown category {}", row.category))
        })?;
        let delegation_id =
            people::insert_delegation(tx, meeting_id, name.as_str(), category, now).await?;
        people::add_to_round(tx, round_id, delegation_id, now).await?;
    }

    let staff = [
        (CHAIR_EMAIL, "Amina Oufroukhi (Morocco), Chair", Role::Chair),
        (
            SECRETARIAT_EMAIL,
            "Secretariat of the Working Group",
            Role::Secretariat,
        ),
    ];
    for (email, name, role) in staff {
        let email = Email::parse(email).map_err(|e| csv_error("accounts", e))?;
        if people::find_user_by_email(tx, email.as_str())
            .await?
            .is_none()
        {
            people::insert_user(tx, email.as_str(), name, role, None, now).await?;
        }
    }
    for (delegation, email, name) in FOCAL_POINTS {
        let email = Email::parse(email).map_err(|e| csv_error("accounts", e))?;
        let delegation_id = people::find_delegation(tx, meeting_id, delegation)
            .await?
            .ok_or_else(|| csv_error("accounts", format!("no delegation {delegation}")))?;
        if people::find_user_by_email(tx, email.as_str())
            .await?
            .is_none()
        {
            people::insert_user(
                tx,
                email.as_str(),
                name,
                Role::Delegate,
                Some(delegation_id),
                now,
            )
            .await?;
        }
    }
    audit::record(
        tx,
        &AuditEntry::new(now, "demo_loaded", ("round", Some(round_id)))
            .in_round(round_id)
            .change(
                None,
                Some(serde_json::json!({ "closes_at": closes_at.to_string() })),
            ),
    )
    .await?;
    Ok(round_id)
}

impl App {
    /// Fresh sign-in links for the Chair and the demo focal points, to print for whoever runs
    /// the demo on their own machine.
    pub async fn demo_sign_in_links(&self, demo: &DemoLoaded) -> AppResult<Vec<(String, String)>> {
        let mut links = Vec::new();
        for (email, who) in &demo.accounts {
            let email = Email::parse(email).map_err(|e| csv_error("accounts", e))?;
            if let Some((_, token, _)) = self.issue_sign_in_token(email.clone(), None).await? {
                links.push((format!("{who} ({email})"), self.sign_in_link(&token)));
            }
        }
        Ok(links)
    }
}
