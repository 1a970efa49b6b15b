//! `/api/v1/rounds…`: rounds, their draft and delegations, responses and schedule changes.

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::error::{ApiError, ApiResult, ErrorBody};
use super::extract::{ApiRead, ApiUser, ApiWrite, StaffUser, Write};
use super::words::{
    CategoryWord, LanguageWord, RoundKindWord, RoundStateWord, SilenceResultWord, VisibilityWord,
};
use crate::app::AppError;
use crate::app::chair::{
    DraftFormat, RoundInput, SILENCE_TOO_SHORT, When, parse_delegations, parse_draft,
};
use crate::domain::schedule::ScheduleChange;
use crate::domain::{Actor, DelegationCategory, Round, Visibility};
use crate::i18n::Tr;
use crate::web::state::WebState;

/// A round's settings, as sent to create one.
#[derive(Debug, Clone, Deserialize, Serialize, ToSchema)]
pub struct RoundIn {
    #[schema(
        min_length = 1,
        max_length = 300,
        example = "Post-meeting comments on the draft recommendations"
    )]
    pub title: String,
    /// The body that meets, e.g. a working group.
    #[schema(
        min_length = 1,
        max_length = 300,
        example = "Working Group on Trafficking in Persons"
    )]
    pub body: String,
    #[schema(min_length = 1, max_length = 300, example = "Tenth meeting")]
    pub meeting: String,
    pub kind: RoundKindWord,
    /// IANA name of the venue's time zone.
    #[schema(pattern = "^[A-Za-z0-9/_+-]{1,64}$", example = "Europe/Vienna")]
    pub time_zone: String,
    /// When the round opens (RFC 3339).
    #[schema(format = DateTime, example = "2030-10-01T08:00:00Z")]
    pub opens_at: String,
    /// The deadline (RFC 3339): after the opening, and in the future.
    #[schema(format = DateTime, example = "2030-10-15T16:00:00Z")]
    pub closes_at: String,
    pub visibility: VisibilityWord,
    /// Shown to delegations above the draft; may be empty.
    #[serde(default)]
    #[schema(max_length = 20000)]
    pub instructions: String,
    /// Prefix of receipt numbers; made from the body's initials and the deadline's year when absent.
    #[serde(default)]
    #[schema(pattern = "^[A-Za-z0-9./_-]{1,300}$", example = "WG-TIP-2030/C")]
    pub reference_prefix: Option<String>,
    /// When reminders go to delegations that have not responded, before the deadline; default
    /// `["P7D","PT48H","PT24H"]`.
    #[serde(default)]
    #[schema(max_items = 10)]
    pub reminders_before: Option<Vec<IsoDuration>>,
    /// For a silence round: the categories of delegations whose statement breaks silence;
    /// default `["party"]`. The others' statements are recorded but do not break it.
    #[serde(default)]
    #[schema(min_items = 1, max_items = 5)]
    pub silence_breakers: Option<Vec<CategoryWord>>,
    /// The symbol of the round's document. A revised draft takes, when absent, the symbol of
    /// the round it is based on with `/Rev.n`.
    #[serde(default)]
    #[schema(
        pattern = "^[A-Za-z0-9][A-Za-z0-9/._()-]{0,99}$",
        example = "CTOC/COP/WG.4/2020/L.1"
    )]
    pub document_symbol: Option<String>,
    /// Makes a revised draft: the round (closed, its outcome published, of the same body and
    /// meeting) whose consolidated text becomes this round's draft, the next version of the
    /// document (`Rev.1`, `Rev.2`…), with the same delegations.
    #[serde(default)]
    #[schema(minimum = 1)]
    pub based_on_round_id: Option<i64>,
    /// The language of pages and e-mails for people who chose none; `en` when absent.
    #[serde(default)]
    pub language: Option<LanguageWord>,
}

/// A positive ISO 8601 duration in weeks, days, hours, minutes and seconds (`P7D`, `PT48H`,
/// `P1DT12H`); months and years are not durations of fixed length and are refused.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(transparent)]
pub struct IsoDuration(pub String);

impl utoipa::PartialSchema for IsoDuration {
    fn schema() -> utoipa::openapi::RefOr<utoipa::openapi::schema::Schema> {
        utoipa::openapi::ObjectBuilder::new()
            .schema_type(utoipa::openapi::Type::String)
            .pattern(Some(
                "^P(?:[0-9]+W|(?:[0-9]+D)?(?:T(?:[0-9]+H)?(?:[0-9]+M)?(?:[0-9]+S)?)?)$",
            ))
            .examples(["PT48H"])
            .into()
    }
}

impl ToSchema for IsoDuration {}

#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct RecommendationOut {
    pub id: i64,
    pub agenda_item: String,
    pub agenda_title: String,
    pub label: String,
    pub text: String,
    /// The recommendation's identity, the same in every version of the document (its label
    /// may change).
    pub stable_id: i64,
    /// Its text in the previous version of the document, when it changed; null when it is new
    /// in this version, unchanged, or the draft is the original.
    pub previous_text: Option<String>,
}

/// A round as the API shows it.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct RoundOut {
    pub id: i64,
    pub title: String,
    pub body: String,
    pub meeting: String,
    pub kind: RoundKindWord,
    pub time_zone: String,
    #[schema(format = DateTime)]
    pub opens_at: String,
    /// The round's deadline: every delegation's window closes here unless the Chair extended it
    /// for that delegation.
    #[schema(format = DateTime)]
    pub closes_at: String,
    /// When the last window closes (the latest of `closes_at` and the individual extensions):
    /// the round is `closed` from this instant on.
    #[schema(format = DateTime)]
    pub last_closes_at: String,
    /// The deadline on the venue's clocks, with its zone, e.g. "18:00 on Friday 2 October 2020, Vienna time (CEST, UTC+02:00)".
    pub closes_at_local: String,
    #[schema(format = DateTime)]
    pub cancelled_at: Option<String>,
    pub visibility: VisibilityWord,
    pub instructions: String,
    pub reference_prefix: String,
    pub reminders_before: Vec<String>,
    /// The language of pages and e-mails for people who chose none.
    pub language: LanguageWord,
    pub state: RoundStateWord,
    /// The round whose published outcome gave this round its draft; null for an original draft.
    pub based_on_round_id: Option<i64>,
    /// The version of the document the draft is (`Rev.1`, `Rev.2`…); null for the original.
    #[schema(example = "Rev.1")]
    pub draft_version: Option<String>,
    /// The symbol of the round's document; null when none was given.
    #[schema(example = "CTOC/COP/WG.4/2020/L.1/Rev.1")]
    pub document_symbol: Option<String>,
    /// A silence round's result once decided at its deadline; null before, and for comment
    /// rounds.
    pub result: Option<SilenceResultWord>,
    /// The delegations whose statement broke silence (once decided), by name.
    pub broken_by: Vec<String>,
    pub recommendations: Vec<RecommendationOut>,
}

/// A round's id, as answered on creation.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct Created {
    pub id: i64,
}

/// A paragraph of the draft under its agenda item.
#[derive(Debug, Clone, Deserialize, Serialize, ToSchema)]
pub struct RecommendationIn {
    #[schema(min_length = 1, example = "2")]
    pub agenda_item: String,
    #[schema(min_length = 1, example = "Criminal justice responses")]
    pub agenda_title: String,
    /// Unique in the draft: a letter or digit, then letters, digits, spaces and `( ) . - /`.
    #[schema(min_length = 1, max_length = 20, example = "1 bis")]
    pub label: String,
    #[schema(min_length = 1, max_length = 20000)]
    pub text: String,
}

/// A delegation and its focal points (added to those it has).
#[derive(Debug, Clone, Deserialize, Serialize, ToSchema)]
pub struct DelegationIn {
    #[schema(min_length = 1, max_length = 200, example = "Austria")]
    pub name: String,
    pub category: CategoryWord,
    #[serde(default)]
    pub focal_point_emails: Vec<EmailAddress>,
}

/// An e-mail address: one `@`, no spaces, a domain of letters, digits and hyphens with a dot.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(transparent)]
pub struct EmailAddress(pub String);

impl utoipa::PartialSchema for EmailAddress {
    fn schema() -> utoipa::openapi::RefOr<utoipa::openapi::schema::Schema> {
        utoipa::openapi::ObjectBuilder::new()
            .schema_type(utoipa::openapi::Type::String)
            .max_length(Some(254))
            .pattern(Some("^[^@\\s;,]{1,64}@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+$"))
            .examples(["focal.point@austria.example.org"])
            .into()
    }
}

impl ToSchema for EmailAddress {}

#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct ImportOut {
    pub rows: usize,
    pub created: usize,
    pub updated: usize,
    pub focal_points_added: usize,
}

#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct ResponseOut {
    pub delegation_id: i64,
    pub name: String,
    pub category: CategoryWord,
    pub comments: i64,
    #[schema(format = DateTime)]
    pub last_activity: Option<String>,
    pub responded: bool,
    /// The delegation's own deadline, if the Chair set one (it extends the window only when
    /// later than the round's).
    #[schema(format = DateTime)]
    pub individual_closes_at: Option<String>,
    /// When the delegation's window closes, by the deadline rule.
    #[schema(format = DateTime)]
    pub window_closes_at: String,
    /// Whether the delegation can write now.
    pub window_open: bool,
}

#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct ResponsesOut {
    pub invited: usize,
    pub responded: usize,
    pub delegations: Vec<ResponseOut>,
}

#[derive(Debug, Clone, Deserialize, Serialize, ToSchema)]
pub struct ExtensionIn {
    /// The new deadline: later than the current one and in the future.
    #[schema(format = DateTime, example = "2030-10-22T16:00:00Z")]
    pub closes_at: String,
    #[schema(
        min_length = 1,
        max_length = 2000,
        example = "Requested by several delegations"
    )]
    pub reason: String,
    /// Extend for this delegation only (its id); for everyone when absent.
    #[serde(default)]
    #[schema(minimum = 1)]
    pub delegation_id: Option<i64>,
}

#[derive(Debug, Clone, Deserialize, Serialize, ToSchema)]
pub struct ReasonIn {
    #[schema(
        min_length = 1,
        max_length = 2000,
        example = "The meeting's bureau so decided"
    )]
    pub reason: String,
}

#[derive(Debug, Clone, Deserialize, Serialize, ToSchema)]
pub struct ReopenIn {
    /// The new deadline, in the future.
    #[schema(format = DateTime, example = "2030-10-22T16:00:00Z")]
    pub closes_at: String,
    #[schema(
        min_length = 1,
        max_length = 2000,
        example = "A delegation could not reach the site"
    )]
    pub reason: String,
}

/// A prefix for receipts made from the body's initials and the deadline's year.
fn default_prefix(body: &str, closes_at: &str) -> String {
    let initials: String = body
        .split_whitespace()
        .filter_map(|w| w.chars().next())
        .filter(|c| c.is_uppercase())
        .filter(|c| c.is_ascii_alphabetic())
        .collect();
    let year = closes_at
        .get(..4)
        .filter(|y| y.chars().all(|c| c.is_ascii_digit()))
        .unwrap_or("0000");
    let initials = if initials.is_empty() {
        "R".to_string()
    } else {
        initials
    };
    format!("{initials}-{year}/C")
}

async fn round_out(state: &WebState, actor: &Actor, round: Round) -> ApiResult<RoundOut> {
    let venue = state.app.venue_of(&round)?;
    let recommendations = state
        .app
        .draft_of(actor, round.round_id)
        .await?
        .into_iter()
        .map(|r| RecommendationOut {
            id: r.recommendation_id,
            agenda_item: r.agenda_item,
            agenda_title: r.agenda_title,
            label: r.label,
            text: r.text,
            stable_id: r.stable_id,
            previous_text: r.previous_text,
        })
        .collect();
    let silence = state.app.silence_status(&round).await?.unwrap_or_default();
    Ok(RoundOut {
        result: silence.result.map(SilenceResultWord::from),
        broken_by: silence.broken_by,
        id: round.round_id,
        kind: RoundKindWord::of_stored(&round.kind),
        time_zone: round.venue_tz.clone(),
        opens_at: round.schedule.opens_at.to_string(),
        closes_at: round.schedule.closes_at.to_string(),
        closes_at_local: Tr::english().deadline(&venue, round.schedule.closes_at),
        language: round.language.into(),
        last_closes_at: round.schedule.last_closes_at.to_string(),
        cancelled_at: round.schedule.cancelled_at.map(|t| t.to_string()),
        visibility: round.visibility.into(),
        state: round.schedule.state_at(state.app.now()).into(),
        based_on_round_id: round.based_on_round_id,
        draft_version: crate::domain::revision::version_name(round.draft_version),
        document_symbol: Some(round.document_symbol).filter(|s| !s.is_empty()),
        title: round.title,
        body: round.body_name,
        meeting: round.meeting_title,
        instructions: round.instructions,
        reference_prefix: round.reference_prefix,
        reminders_before: round
            .reminders_before
            .split(',')
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_string)
            .collect(),
        recommendations,
    })
}

/// The rounds the caller takes part in (staff: every round).
#[utoipa::path(get, path = "/api/v1/rounds", tag = "rounds",
    responses((status = 200, body = Vec<RoundOut>), (status = 401, body = ErrorBody)))]
pub async fn list_rounds(
    State(state): State<WebState>,
    ApiUser(user): ApiUser,
) -> ApiResult<Json<Vec<RoundOut>>> {
    let summaries = state.app.home_rounds(&user.actor).await?;
    let mut out = Vec::with_capacity(summaries.len());
    for s in summaries {
        out.push(round_out(&state, &user.actor, s.round).await?);
    }
    Ok(Json(out))
}

/// Creates a round (Chair and Secretariat). A silence round shorter than the installation's
/// minimum is refused with 422 `silence_too_short`.
#[utoipa::path(post, path = "/api/v1/rounds", tag = "rounds", request_body = RoundIn,
    responses((status = 201, body = Created), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn create_round(
    State(state): State<WebState>,
    StaffUser(user): StaffUser,
    write: Write,
) -> ApiResult<Response> {
    let input: RoundIn = write.json()?;
    let actor = user.actor;
    write
        .once(&state, &user, || async {
            // A revised draft's default prefix is its base's with `/Rev.n` (see create_round).
            let prefix = match (&input.reference_prefix, input.based_on_round_id) {
                (Some(prefix), _) => prefix.clone(),
                (None, Some(_)) => String::new(),
                (None, None) => default_prefix(&input.body, &input.closes_at),
            };
            let round_input = RoundInput {
                body: input.body.clone(),
                meeting: input.meeting.clone(),
                title: input.title.clone(),
                kind: input.kind.stored().to_string(),
                reference_prefix: prefix,
                time_zone: input.time_zone.clone(),
                opens: When::Instant(input.opens_at.clone()),
                closes: When::Instant(input.closes_at.clone()),
                visibility: Visibility::from(input.visibility).as_str().to_string(),
                instructions: input.instructions.clone(),
                confirm_ambiguous: false,
                reminders_before: input.reminders_before.as_ref().map(|offsets| {
                    let offsets: Vec<&str> = offsets.iter().map(|o| o.0.as_str()).collect();
                    offsets.join(",")
                }),
                silence_breakers: input.silence_breakers.as_ref().map(|categories| {
                    categories
                        .iter()
                        .map(|c| DelegationCategory::from(*c).as_str().to_string())
                        .collect()
                }),
                document_symbol: input.document_symbol.clone().unwrap_or_default(),
                based_on_round_id: input.based_on_round_id,
                language: input
                    .language
                    .map(|l| crate::domain::Language::from(l).as_str().to_string()),
            };
            // The form's fields are `opens` and `closes`; the API's `opens_at` and `closes_at`.
            let id = state
                .app
                .create_round(actor, round_input)
                .await
                .map_err(|e| {
                    let too_short = matches!(&e, AppError::Invalid(errors)
                        if errors.iter().any(|f| f.message.id == SILENCE_TOO_SHORT));
                    let mut error = ApiError::from(e)
                        .renamed(&[("opens", "opens_at"), ("closes", "closes_at")]);
                    if too_short {
                        error.detail.code = "silence_too_short".to_string();
                    }
                    error
                })?;
            Ok((StatusCode::CREATED, Created { id }))
        })
        .await
}

/// One round with its settings, state, deadline and draft.
#[utoipa::path(get, path = "/api/v1/rounds/{round_id}", tag = "rounds",
    params(("round_id" = i64, Path)),
    responses((status = 200, body = RoundOut), (status = 404, body = ErrorBody)))]
pub async fn get_round(read: ApiRead<ApiUser, i64>) -> ApiResult<Json<RoundOut>> {
    let round = read
        .state
        .app
        .readable_round(&read.user.actor, read.ids)
        .await?;
    Ok(Json(round_out(&read.state, &read.user.actor, round).await?))
}

/// Problems of a JSON list converted to CSV are numbered by the CSV's rows (header = row 1):
/// renumber them as positions in the list (first item = 1).
fn as_list_positions(e: crate::app::AppError, from_json: bool) -> crate::app::AppError {
    match e {
        crate::app::AppError::Import(problems) if from_json => crate::app::AppError::Import(
            problems
                .into_iter()
                .map(|mut p| {
                    p.row = p.row.saturating_sub(1);
                    p
                })
                .collect(),
        ),
        other => other,
    }
}

/// Turns a JSON list into the CSV the import parser reads, so that both bodies are checked
/// by the same rules (rows of the CSV = index in the list + 1, after the header).
fn to_csv<T>(items: &[T], header: &[&str], row: impl Fn(&T) -> Vec<String>) -> ApiResult<Vec<u8>> {
    let mut out = csv::Writer::from_writer(Vec::new());
    out.write_record(header)
        .map_err(|e| ApiError::bad_request(e.to_string()))?;
    for item in items {
        out.write_record(row(item))
            .map_err(|e| ApiError::bad_request(e.to_string()))?;
    }
    out.into_inner()
        .map_err(|e| ApiError::bad_request(e.to_string()))
}

impl RoundWrite {
    /// The body of an import as CSV: the file as sent, or a JSON list of `T` written as one (so
    /// that both are checked by the same rules); and whether it came as JSON.
    fn import_csv<T: DeserializeOwned>(
        &self,
        header: &[&str],
        row: impl Fn(&T) -> Vec<String>,
    ) -> ApiResult<(Vec<u8>, bool)> {
        if self.write.is_csv()? {
            return Ok((self.write.body.to_vec(), false));
        }
        let items: Vec<T> = self.json()?;
        Ok((to_csv(&items, header, row)?, true))
    }
}

/// Replaces the draft of a round that has not opened (JSON list or CSV body).
#[utoipa::path(put, path = "/api/v1/rounds/{round_id}/recommendations", tag = "rounds",
    params(("round_id" = i64, Path)),
    request_body(content((Vec<RecommendationIn> = "application/json"), (String = "text/csv"))),
    responses((status = 200, body = ImportOut), (status = 409, body = ErrorBody), (status = 413, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn put_recommendations(request: RoundWrite) -> ApiResult<Response> {
    let (csv, from_json) = request.import_csv(
        &["agenda_item", "agenda_title", "label", "text"],
        |r: &RecommendationIn| {
            vec![
                r.agenda_item.clone(),
                r.agenda_title.clone(),
                r.label.clone(),
                r.text.clone(),
            ]
        },
    )?;
    request
        .once(|| async {
            let rows =
                parse_draft(&csv, DraftFormat::Csv).map_err(|e| as_list_positions(e, from_json))?;
            let count = request
                .state
                .app
                .load_draft(request.user.actor, request.ids, rows)
                .await?;
            Ok((
                StatusCode::OK,
                ImportOut {
                    rows: count,
                    created: count,
                    updated: 0,
                    focal_points_added: 0,
                },
            ))
        })
        .await
}

/// Adds delegations and focal points to a round (JSON list or CSV body); all or nothing.
#[utoipa::path(put, path = "/api/v1/rounds/{round_id}/delegations", tag = "rounds",
    params(("round_id" = i64, Path)),
    request_body(content((Vec<DelegationIn> = "application/json"), (String = "text/csv"))),
    responses((status = 200, body = ImportOut), (status = 413, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn put_delegations(request: RoundWrite) -> ApiResult<Response> {
    let (csv, from_json) = request.import_csv(
        &["name", "category", "focal_point_emails"],
        |d: &DelegationIn| {
            vec![
                d.name.clone(),
                DelegationCategory::from(d.category).as_str().to_string(),
                d.focal_point_emails
                    .iter()
                    .map(|e| e.0.as_str())
                    .collect::<Vec<_>>()
                    .join(";"),
            ]
        },
    )?;
    request
        .once(|| async {
            let rows = parse_delegations(&csv).map_err(|e| as_list_positions(e, from_json))?;
            let summary = request
                .state
                .app
                .import_delegations(request.user.actor, request.ids, rows)
                .await?;
            Ok((
                StatusCode::OK,
                ImportOut {
                    rows: summary.rows,
                    created: summary.created,
                    updated: summary.updated,
                    focal_points_added: summary.focal_points_added,
                },
            ))
        })
        .await
}

/// Every delegation of the round with its number of comments and last activity.
#[utoipa::path(get, path = "/api/v1/rounds/{round_id}/responses", tag = "rounds",
    params(("round_id" = i64, Path)),
    responses((status = 200, body = ResponsesOut), (status = 404, body = ErrorBody)))]
pub async fn responses(read: ApiRead<ApiUser, i64>) -> ApiResult<Json<ResponsesOut>> {
    let r = read.state.app.responses(&read.user.actor, read.ids).await?;
    Ok(Json(ResponsesOut {
        invited: r.invited,
        responded: r.responded,
        delegations: r
            .lines
            .iter()
            .map(|l| (r.window(l), l.clone()))
            .map(|(window, l)| ResponseOut {
                window_closes_at: window.closes_at.to_string(),
                window_open: window.open,
                responded: l.responded(),
                delegation_id: l.delegation_id,
                name: l.name,
                category: l.category.into(),
                comments: l.active_comments,
                last_activity: l.last_activity.map(|t| t.to_string()),
                individual_closes_at: l.individual_closes_at.map(|t| t.to_string()),
            })
            .collect(),
    }))
}

fn instant(field: &str, text: &str) -> ApiResult<jiff::Timestamp> {
    text.trim().parse().map_err(|_| {
        ApiError::invalid(
            field,
            "Give the time as an RFC 3339 instant, like 2020-10-02T16:00:00Z",
        )
    })
}

/// A staff write on one round (`/rounds/{round_id}/…`).
type RoundWrite = ApiWrite<StaffUser, i64>;

/// A schedule change as asked for.
struct Asked {
    change: ScheduleChange,
    delegation_id: Option<i64>,
    reason: String,
}

impl Asked {
    fn for_everyone(change: ScheduleChange, reason: String) -> ApiResult<Asked> {
        Ok(Asked {
            change,
            delegation_id: None,
            reason,
        })
    }
}

impl RoundWrite {
    /// The one shell of the schedule changes: the body (of type `B`) says which change is
    /// asked for; the change is made once per `Idempotency-Key` and the round answered.
    async fn change_schedule<B: DeserializeOwned>(
        self,
        asked: impl FnOnce(B) -> ApiResult<Asked>,
    ) -> ApiResult<Response> {
        let Asked {
            change,
            delegation_id,
            reason,
        } = asked(self.json()?)?;
        let (state, actor, round_id) = (&self.state, self.user.actor, self.ids);
        self.once(|| async {
            let round = state
                .app
                .change_schedule(actor, round_id, change, delegation_id, &reason)
                .await?;
            Ok((StatusCode::OK, round_out(state, &actor, round).await?))
        })
        .await
    }
}

/// Extends the deadline for everyone, or for one delegation (`delegation_id`).
#[utoipa::path(post, path = "/api/v1/rounds/{round_id}/extension", tag = "rounds", request_body = ExtensionIn,
    params(("round_id" = i64, Path)),
    responses((status = 200, body = RoundOut), (status = 404, body = ErrorBody),
        (status = 409, description = "The outcome is published: no window opens again except by reopening the round (`outcome_published`); or the round is a silence procedure that has ended, whose result is final (`silence_ended`).", body = ErrorBody),
        (status = 422, body = ErrorBody)))]
pub async fn extension(request: RoundWrite) -> ApiResult<Response> {
    request
        .change_schedule(|input: ExtensionIn| {
            let new_closes_at = instant("closes_at", &input.closes_at)?;
            Ok(Asked {
                change: match input.delegation_id {
                    Some(_) => ScheduleChange::ExtendForDelegation { new_closes_at },
                    None => ScheduleChange::Extend { new_closes_at },
                },
                delegation_id: input.delegation_id,
                reason: input.reason,
            })
        })
        .await
}

/// Closes an open round now.
#[utoipa::path(post, path = "/api/v1/rounds/{round_id}/close", tag = "rounds", request_body = ReasonIn,
    params(("round_id" = i64, Path)),
    responses((status = 200, body = RoundOut), (status = 404, body = ErrorBody),
        (status = 409, description = "The round is a silence procedure: one that has ended has a final result and a schedule that changes no more (`silence_ended`); one still running runs until its deadline and is not closed early (`silence_runs_its_period`).", body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn close(request: RoundWrite) -> ApiResult<Response> {
    request
        .change_schedule(|input: ReasonIn| {
            Asked::for_everyone(ScheduleChange::CloseEarly, input.reason)
        })
        .await
}

/// Reopens a closed round until a new deadline.
#[utoipa::path(post, path = "/api/v1/rounds/{round_id}/reopen", tag = "rounds", request_body = ReopenIn,
    params(("round_id" = i64, Path)),
    responses((status = 200, body = RoundOut), (status = 404, body = ErrorBody),
        (status = 409, description = "The round is a silence procedure that has ended: its result is final and its schedule changes no more (`silence_ended`).", body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn reopen(request: RoundWrite) -> ApiResult<Response> {
    request
        .change_schedule(|input: ReopenIn| {
            let new_closes_at = instant("closes_at", &input.closes_at)?;
            Asked::for_everyone(ScheduleChange::Reopen { new_closes_at }, input.reason)
        })
        .await
}

/// Cancels a round.
#[utoipa::path(post, path = "/api/v1/rounds/{round_id}/cancel", tag = "rounds", request_body = ReasonIn,
    params(("round_id" = i64, Path)),
    responses((status = 200, body = RoundOut), (status = 404, body = ErrorBody),
        (status = 409, description = "The round is a silence procedure that has ended: its result is final and its schedule changes no more (`silence_ended`).", body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn cancel(request: RoundWrite) -> ApiResult<Response> {
    request
        .change_schedule(|input: ReasonIn| {
            Asked::for_everyone(ScheduleChange::Cancel, input.reason)
        })
        .await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn receipt_prefix_defaults_to_the_body_initials_and_year() {
        assert_eq!(
            default_prefix(
                "Working Group on Trafficking in Persons",
                "2020-10-02T16:00:00Z"
            ),
            "WGTP-2020/C"
        );
        assert_eq!(default_prefix("conference", "nonsense"), "R-0000/C");
    }
}
