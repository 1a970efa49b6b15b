//! The round desk: the overview of a round with its schedule history and the Chair's
//! schedule actions (extend, extend for one delegation, close early, reopen, cancel), and the
//! response monitor.

use askama::Template;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};

use super::ChairNav;
use crate::app::rounds::summarize;
use crate::app::{AppError, FieldError, venue_zone};
use crate::domain::VenueZone;
use crate::domain::response_curve::ResponseCurve;
use crate::domain::schedule::{self, ScheduleChange};
use crate::i18n::{Message, Tr};
use crate::web::error::WebResult;
use crate::web::extract::{PagePath, Staff};
use crate::web::page::{Page, html};
use crate::web::session::CsrfForm;
use crate::web::state::WebState;
use crate::web::views::RoundView;

/// A schedule change as shown in the history.
#[derive(Debug, Clone)]
pub struct EventView {
    pub kind: String,
    pub delegation: Option<String>,
    pub old: Option<String>,
    pub new: Option<String>,
    pub reason: String,
    pub by: String,
    pub at: String,
}

impl EventView {
    pub fn list(
        events: &[crate::domain::schedule::RoundEvent],
        venue: &VenueZone,
        tr: &Tr,
    ) -> Vec<EventView> {
        events
            .iter()
            .map(|e| EventView {
                kind: tr.t(&format!("event-{}", e.kind)),
                delegation: e.delegation_name.clone(),
                old: e.old_closes_at.map(|t| tr.deadline(venue, t)),
                new: e.new_closes_at.map(|t| tr.deadline(venue, t)),
                reason: e.reason.clone(),
                by: if e.actor_name.is_empty() {
                    e.actor_email.clone()
                } else {
                    e.actor_name.clone()
                },
                at: tr.datetime(venue, e.at),
            })
            .collect()
    }
}

/// What was typed into one of the schedule forms.
#[derive(Debug, Clone, Default, serde::Deserialize)]
pub struct ScheduleFields {
    #[serde(default)]
    action: String,
    #[serde(default)]
    delegation_id: String,
    #[serde(default)]
    closes_date: String,
    #[serde(default)]
    closes_time: String,
    #[serde(default)]
    reason: String,
    /// `yes` once the Chair has seen what closing early ends (its confirmation page).
    #[serde(default)]
    confirmed: String,
}

#[derive(Template)]
#[template(path = "chair/overview.html")]
struct OverviewPage {
    page: Page,
    nav: ChairNav,
    round: RoundView,
    state: String,
    invited: usize,
    responded: usize,
    events: Vec<EventView>,
    delegations: Vec<(i64, String)>,
    failed_action: String,
    fields: ScheduleFields,
    venue_now: String,
    /// A revised draft round may be started from this one (closed, its outcome published).
    revisable: bool,
    silence: Option<SilenceView>,
    /// A silence procedure that has ended: its schedule changes no more (no actions offered).
    silence_ended: bool,
}

/// A silence round on the Chair's overview: who may break silence, every statement (withdrawn
/// ones included) and the result once decided.
struct SilenceView {
    breakers: Vec<String>,
    /// `Some(adopted)` once decided.
    adopted: Option<bool>,
    broken_by: Vec<String>,
    /// (delegation, reference, what it is in words, statement).
    statements: Vec<(String, String, String, String)>,
}

async fn silence_view(
    state: &WebState,
    staff: &Staff,
    round_id: i64,
    venue: &crate::domain::VenueZone,
    tr: &Tr,
) -> WebResult<SilenceView> {
    let silence = state
        .app
        .staff_silence(&staff.signed_in.actor, round_id)
        .await?;
    Ok(SilenceView {
        breakers: silence
            .breakers
            .categories()
            .iter()
            .map(|c| tr.t(&format!("category-{}", c.as_str())))
            .collect(),
        adopted: silence
            .status
            .result
            .map(|r| r == crate::domain::silence::SilenceResult::Adopted),
        broken_by: silence.status.broken_by.clone(),
        statements: silence
            .statements
            .iter()
            .map(|s| {
                let sent = tr.datetime(venue, s.sent_at);
                let what = match (s.withdrawn_at, s.breaks_silence) {
                    (Some(at), _) => tr.ta(
                        "chair-silence-withdrawn",
                        &[
                            ("sent", sent.as_str().into()),
                            ("withdrawn", tr.datetime(venue, at).as_str().into()),
                        ],
                    ),
                    (None, true) => tr.t1("chair-silence-breaks", "sent", &sent),
                    (None, false) => tr.t1("chair-silence-recorded", "sent", &sent),
                };
                (
                    s.delegation_name.clone(),
                    s.reference.clone(),
                    what,
                    s.statement.clone(),
                )
            })
            .collect(),
    })
}

async fn render_overview(
    state: &WebState,
    staff: &Staff,
    round_id: i64,
    failed: Option<(&ScheduleFields, &[FieldError])>,
) -> WebResult<Response> {
    let tr = crate::web::language::tr();
    let actor = &staff.signed_in.actor;
    let responses = state.app.responses(actor, round_id).await?;
    let now = state.app.now();
    let venue = venue_zone(&responses.round.venue_tz)?;
    let summary = summarize(responses.round.clone(), now)?;
    let events = state.app.round_events(round_id).await?;
    let revisable = summary.state == crate::domain::RoundState::Closed
        && !state
            .app
            .outcome_versions(actor, round_id)
            .await?
            .versions
            .is_empty();
    let silence = if responses.round.kind == crate::domain::silence::SILENCE_KIND {
        Some(silence_view(state, staff, round_id, &venue, &tr).await?)
    } else {
        None
    };
    // The rule the schedule change applies, so that the page offers only what it allows.
    let silence_ended = silence.as_ref().is_some_and(|s| {
        crate::domain::schedule::check_silence_change(
            &responses.round.schedule,
            now,
            s.adopted.is_some(),
        )
        .is_err()
    });
    let mut page = staff
        .page(&tr, responses.round.title.clone())
        .in_venue(&venue);
    let (failed_action, fields, status) = match failed {
        Some((fields, errors)) => {
            let suffix = format!("-{}", fields.action);
            // The rules judge the new deadline as an instant; the form has it as a date and a
            // time, and the message goes with the date.
            let errors: Vec<FieldError> = errors
                .iter()
                .map(|e| FieldError {
                    field: if e.field == "closes_at" {
                        "closes_date"
                    } else {
                        e.field
                    },
                    message: e.message.clone(),
                })
                .collect();
            page = page
                .with_errors(&errors, &suffix)
                .naming_fields(SCHEDULE_FIELD_LABELS);
            (
                fields.action.clone(),
                fields.clone(),
                StatusCode::UNPROCESSABLE_ENTITY,
            )
        }
        None => (String::new(), ScheduleFields::default(), StatusCode::OK),
    };
    let page = OverviewPage {
        nav: ChairNav::new(round_id, "nav-overview"),
        round: RoundView::new(&summary, &tr),
        state: summary.state.as_str().to_string(),
        invited: responses.invited,
        responded: responses.responded,
        events: EventView::list(&events, &venue, &tr),
        delegations: responses
            .lines
            .iter()
            .map(|l| (l.delegation_id, l.name.clone()))
            .collect(),
        failed_action,
        fields,
        venue_now: tr.datetime(&venue, now),
        revisable,
        silence,
        silence_ended,
        page,
    };
    html(status, &page)
}

pub async fn overview(
    State(state): State<WebState>,
    PagePath(round_id): PagePath<i64>,
    staff: Staff,
) -> WebResult<Response> {
    render_overview(&state, &staff, round_id, None).await
}

/// The label of each field of the schedule forms, by field name, for their error summary.
const SCHEDULE_FIELD_LABELS: &[(&str, &str)] = &[
    ("delegation_id", "field-delegation"),
    ("closes_date", "field-new-deadline"),
    ("reason", "field-reason"),
];

/// The instant of a new deadline typed in the venue's time.
fn new_deadline(fields: &ScheduleFields, venue: &VenueZone) -> Result<jiff::Timestamp, FieldError> {
    venue
        .typed_local(&fields.closes_date, &fields.closes_time)
        .map_err(|id| FieldError {
            field: "closes_date",
            message: Message::new(id),
        })
}

/// The response monitor of a round and its venue, for wording its times.
async fn monitor(
    state: &WebState,
    staff: &Staff,
    round_id: i64,
) -> WebResult<(crate::app::chair::Responses, VenueZone)> {
    let responses = state
        .app
        .responses(&staff.signed_in.actor, round_id)
        .await?;
    let venue = venue_zone(&responses.round.venue_tz)?;
    Ok((responses, venue))
}

#[derive(Template)]
#[template(path = "chair/close_confirm.html")]
struct CloseConfirmPage {
    page: Page,
    round_id: i64,
    title: String,
    now: String,
    /// The individual extensions closing now ends: delegation and its deadline.
    extensions: Vec<(String, String)>,
    reason: String,
}

/// Before closing early: what it ends, the individual extensions by name. A missing reason is
/// shown on the overview, as for every schedule change.
async fn confirm_close(
    state: &WebState,
    staff: &Staff,
    round_id: i64,
    fields: &ScheduleFields,
) -> WebResult<Response> {
    if let Err(e) = schedule::parse_reason(&fields.reason) {
        let error = FieldError::new(e.field(), e.message_id());
        return render_overview(state, staff, round_id, Some((fields, &[error]))).await;
    }
    let tr = crate::web::language::tr();
    let (responses, venue) = monitor(state, staff, round_id).await?;
    let extensions = responses
        .lines
        .iter()
        .filter_map(|l| {
            let window = responses.window(l);
            let extension = window.extension.filter(|_| window.open)?;
            Some((l.name.clone(), tr.deadline(&venue, extension)))
        })
        .collect();
    let page = CloseConfirmPage {
        page: staff.page(&tr, tr.t("close-confirm-title")),
        round_id,
        title: responses.round.title.clone(),
        now: tr.datetime(&venue, responses.now),
        extensions,
        reason: fields.reason.trim().to_string(),
    };
    html(StatusCode::OK, &page)
}

pub async fn change_schedule(
    State(state): State<WebState>,
    PagePath(round_id): PagePath<i64>,
    staff: Staff,
    CsrfForm(fields): CsrfForm<ScheduleFields>,
) -> WebResult<Response> {
    if fields.action == "close" && fields.confirmed != "yes" {
        return confirm_close(&state, &staff, round_id, &fields).await;
    }
    let actor = staff.signed_in.actor;
    let round = state.app.staff_round_record(&actor, round_id).await?;
    let venue = venue_zone(&round.venue_tz)?;
    let deadline = || new_deadline(&fields, &venue);
    let change = match fields.action.as_str() {
        "extend" => deadline().map(|t| ScheduleChange::Extend { new_closes_at: t }),
        "extend-delegation" => {
            deadline().map(|t| ScheduleChange::ExtendForDelegation { new_closes_at: t })
        }
        "reopen" => deadline().map(|t| ScheduleChange::Reopen { new_closes_at: t }),
        "close" => Ok(ScheduleChange::CloseEarly),
        "cancel" => Ok(ScheduleChange::Cancel),
        _ => return Err(crate::web::error::WebError::BadForm),
    };
    let delegation_id = fields.delegation_id.trim().parse::<i64>().ok();
    let result = match change {
        Ok(change) => state
            .app
            .change_schedule(actor, round_id, change, delegation_id, &fields.reason)
            .await
            .map(|_| ()),
        Err(e) => {
            // The deadline cannot be read: the reason is checked all the same, so that the form
            // comes back with every problem at once.
            let mut errors = vec![e];
            if let Err(r) = schedule::parse_reason(&fields.reason) {
                errors.push(FieldError::new(r.field(), r.message_id()));
            }
            Err(AppError::Invalid(errors))
        }
    };
    match result {
        Ok(()) => Ok(Redirect::to(&format!("/chair/rounds/{round_id}#history")).into_response()),
        Err(AppError::Invalid(errors)) => {
            render_overview(&state, &staff, round_id, Some((&fields, &errors))).await
        }
        Err(e) => Err(e.into()),
    }
}

#[derive(Template)]
#[template(path = "chair/responses.html")]
struct ResponsesPage {
    page: Page,
    nav: ChairNav,
    title: String,
    round: RoundView,
    invited: usize,
    responded: usize,
    /// Delegations that can respond (a focal point of theirs can sign in) and have not.
    not_yet: usize,
    not_responded_only: bool,
    /// Delegations a focal point of which can sign in.
    lines: Vec<ResponseView>,
    /// Delegations no focal point of which can sign in: they can neither respond nor be told.
    unreachable: Vec<ResponseView>,
    /// Each individual deadline: the delegation and its deadline in words.
    extensions: Vec<(String, String)>,
    chart: super::chart::ChartView,
}

struct ResponseView {
    name: String,
    category: String,
    comments: i64,
    last_activity: String,
    responded: bool,
    individual_deadline: Option<String>,
}

#[derive(serde::Deserialize, Default)]
pub struct ResponsesQuery {
    #[serde(default)]
    filter: String,
}

pub async fn responses(
    State(state): State<WebState>,
    PagePath(round_id): PagePath<i64>,
    staff: Staff,
    Query(query): Query<ResponsesQuery>,
) -> WebResult<Response> {
    let tr = crate::web::language::tr();
    let (responses, venue) = monitor(&state, &staff, round_id).await?;
    let not_responded_only = query.filter == "not-responded";
    let now = responses.now;
    let summary = summarize(responses.round.clone(), now)?;
    let (reachable, unreachable): (Vec<_>, Vec<_>) =
        responses.lines.iter().partition(|l| l.focal_points > 0);
    let view = |l: &crate::app::chair::DelegationResponse| ResponseView {
        name: l.name.clone(),
        category: tr.t(&format!("category-{}", l.category.as_str())),
        comments: l.active_comments,
        last_activity: l
            .last_activity
            .map(|t| tr.datetime(&venue, t))
            .unwrap_or_default(),
        responded: l.responded(),
        individual_deadline: {
            let window = responses.window(l);
            window.extension.map(|t| {
                let id = if window.open {
                    "individual-deadline-open"
                } else {
                    "individual-deadline-closed"
                };
                tr.t1(id, "deadline", &tr.deadline(&venue, t))
            })
        },
    };
    let extensions = responses
        .lines
        .iter()
        .filter_map(|l| view(l).individual_deadline.map(|d| (l.name.clone(), d)))
        .collect();
    let curve = ResponseCurve::new(
        &responses
            .lines
            .iter()
            .map(|l| (l.category, l.first_response))
            .collect::<Vec<_>>(),
        &venue,
        responses.round.schedule.opens_at,
        now.min(responses.round.schedule.last_closes_at),
    );
    let page = ResponsesPage {
        page: staff
            .round_page(&tr, "responses-title", &responses.round.title)
            .in_venue(&venue),
        nav: ChairNav::new(round_id, "nav-responses"),
        title: responses.round.title.clone(),
        round: RoundView::new(&summary, &tr),
        invited: responses.invited,
        responded: responses.responded,
        not_yet: reachable.iter().filter(|l| !l.responded()).count(),
        not_responded_only,
        lines: reachable
            .iter()
            .filter(|l| !not_responded_only || !l.responded())
            .map(|l| view(l))
            .collect(),
        unreachable: unreachable.iter().map(|l| view(l)).collect(),
        extensions,
        chart: super::chart::ChartView::new(&curve, &tr),
    };
    html(StatusCode::OK, &page)
}
