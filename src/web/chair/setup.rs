//! Setting a round up: its settings (new round, or changes before it opens) and its draft
//! (CSV or numbered text, previewed before saving); its delegations are in `delegations`.

use askama::Template;
use axum::extract::{Query, State};
use axum::response::{IntoResponse, Redirect, Response};

use super::ChairNav;
use crate::app::chair::{DraftFormat, RoundInput, When, parse_draft, validate_round};
use crate::app::{AppError, FieldError};
use crate::domain::import::{DraftRow, ImportProblem, MAX_IMPORT_BYTES};
use crate::domain::{DelegationCategory, VenueZone};
use crate::i18n::{Arg, Tr};
use crate::web::error::{WebError, WebResult};
use crate::web::extract::{PagePath, Staff};
use crate::web::language;
use crate::web::page::{Page, ShownError, html};
use crate::web::session::{CsrfForm, CsrfMultipart};
use crate::web::state::WebState;

/// The round form's fields as typed.
#[derive(Debug, Clone, Default, serde::Deserialize)]
pub struct RoundFields {
    #[serde(default)]
    body: String,
    #[serde(default)]
    meeting: String,
    #[serde(default)]
    title: String,
    #[serde(default)]
    kind: String,
    #[serde(default)]
    reference_prefix: String,
    #[serde(default)]
    time_zone: String,
    #[serde(default)]
    opens_date: String,
    #[serde(default)]
    opens_time: String,
    #[serde(default)]
    closes_date: String,
    #[serde(default)]
    closes_time: String,
    #[serde(default)]
    visibility: String,
    #[serde(default)]
    instructions: String,
    #[serde(default)]
    language: String,
    #[serde(default)]
    confirm_ambiguous: Option<String>,
    /// For a silence round: the categories whose statement breaks silence, one checkbox each
    /// (`may_break_party`, `may_break_observer_state`…).
    #[serde(default)]
    may_break_party: Option<String>,
    #[serde(default)]
    may_break_observer_state: Option<String>,
    #[serde(default)]
    may_break_other_observer: Option<String>,
    #[serde(default)]
    may_break_igo: Option<String>,
    #[serde(default)]
    may_break_other: Option<String>,
    #[serde(default)]
    document_symbol: String,
    /// A revised draft: the round it is based on (a new round only).
    #[serde(default)]
    based_on_round_id: String,
    #[serde(default)]
    action: String,
}

impl RoundFields {
    fn input(&self) -> RoundInput {
        RoundInput {
            body: self.body.clone(),
            meeting: self.meeting.clone(),
            title: self.title.clone(),
            kind: self.kind.clone(),
            reference_prefix: self.reference_prefix.clone(),
            time_zone: self.time_zone.clone(),
            opens: When::Local {
                date: self.opens_date.clone(),
                time: self.opens_time.clone(),
            },
            closes: When::Local {
                date: self.closes_date.clone(),
                time: self.closes_time.clone(),
            },
            visibility: self.visibility.clone(),
            instructions: self.instructions.clone(),
            confirm_ambiguous: self.confirm_ambiguous.is_some(),
            reminders_before: None,
            silence_breakers: Some(
                DelegationCategory::all()
                    .into_iter()
                    .filter(|c| self.may_break(c.as_str()))
                    .map(|c| c.as_str().to_string())
                    .collect(),
            ),
            document_symbol: self.document_symbol.clone(),
            // An id that is not a number is no round: id 0 is never given.
            based_on_round_id: match self.based_on_round_id.trim() {
                "" => None,
                id => Some(id.parse().unwrap_or(0)),
            },
            language: Some(self.language.clone()),
        }
    }

    /// Whether the box of `category` (its stored form) is ticked.
    pub fn may_break(&self, category: &str) -> bool {
        match category {
            "party" => self.may_break_party.is_some(),
            "observer_state" => self.may_break_observer_state.is_some(),
            "other_observer" => self.may_break_other_observer.is_some(),
            "igo" => self.may_break_igo.is_some(),
            _ => self.may_break_other.is_some(),
        }
    }

    /// The categories' boxes: (stored form, label's message id, ticked).
    pub fn breaker_boxes(&self) -> Vec<(&'static str, String, bool)> {
        DelegationCategory::all()
            .into_iter()
            .map(|c| {
                (
                    c.as_str(),
                    format!("category-{}", c.as_str()),
                    self.may_break(c.as_str()),
                )
            })
            .collect()
    }

    /// Ticks the boxes of the categories that may break silence.
    fn with_breakers(mut self, breakers: &crate::domain::silence::SilenceBreakers) -> RoundFields {
        let tick = |c| breakers.may_break(c).then(|| "yes".to_string());
        self.may_break_party = tick(DelegationCategory::Party);
        self.may_break_observer_state = tick(DelegationCategory::ObserverState);
        self.may_break_other_observer = tick(DelegationCategory::OtherObserver);
        self.may_break_igo = tick(DelegationCategory::Igo);
        self.may_break_other = tick(DelegationCategory::Other);
        self
    }

    pub fn is_kind(&self, kind: &str) -> bool {
        self.kind == kind
    }

    pub fn is_visibility(&self, v: &str) -> bool {
        self.visibility == v
    }

    pub fn is_zone(&self, zone: &str) -> bool {
        self.time_zone == zone
    }

    pub fn is_language(&self, code: &str) -> bool {
        self.language == code
    }

    fn from_round(r: &crate::domain::Round, venue: &VenueZone) -> RoundFields {
        let opens = venue.to_local(r.schedule.opens_at);
        let closes = venue.to_local(r.schedule.closes_at);
        RoundFields {
            body: r.body_name.clone(),
            meeting: r.meeting_title.clone(),
            title: r.title.clone(),
            kind: r.kind.clone(),
            reference_prefix: r.reference_prefix.clone(),
            time_zone: r.venue_tz.clone(),
            opens_date: opens.date().to_string(),
            opens_time: opens.time().strftime("%H:%M").to_string(),
            closes_date: closes.date().to_string(),
            closes_time: closes.time().strftime("%H:%M").to_string(),
            visibility: r.visibility.as_str().to_string(),
            instructions: r.instructions.clone(),
            document_symbol: r.document_symbol.clone(),
            language: r.language.as_str().to_string(),
            ..RoundFields::default()
        }
        .with_breakers(&Default::default())
    }

    /// The form of a revised draft of `base`, the next version of its document: the same body,
    /// meeting, zone and visibility; the title, symbol and receipt prefix marked `Rev.n`.
    fn revision_of(base: &crate::domain::Round) -> RoundFields {
        use crate::domain::revision::{revised_symbol, revised_title};
        let version = base.draft_version + 1;
        RoundFields {
            body: base.body_name.clone(),
            meeting: base.meeting_title.clone(),
            title: revised_title(&base.title, version),
            kind: "comment".into(),
            reference_prefix: revised_symbol(&base.reference_prefix, version),
            time_zone: base.venue_tz.clone(),
            visibility: base.visibility.as_str().to_string(),
            opens_time: "09:00".into(),
            closes_time: "18:00".into(),
            document_symbol: revised_symbol(&base.document_symbol, version),
            based_on_round_id: base.round_id.to_string(),
            language: base.language.as_str().to_string(),
            ..RoundFields::default()
        }
        .with_breakers(&Default::default())
    }
}

#[derive(Template)]
#[template(path = "chair/round_form.html")]
struct RoundFormPage {
    page: Page,
    nav: Option<ChairNav>,
    action_url: String,
    fields: RoundFields,
    zones: Vec<String>,
    preview: Option<(String, String, String, String)>,
    ambiguous: bool,
    /// What a revised draft takes from the round it is based on, in words.
    revision_notice: Option<String>,
}

/// The form's page (`nav` for a round's settings, none for a new round).
struct FormPlace {
    nav: Option<ChairNav>,
    action_url: String,
    revision_notice: Option<String>,
}

impl FormPlace {
    fn settings(round_id: i64) -> FormPlace {
        FormPlace {
            nav: Some(ChairNav::new(round_id, "nav-settings")),
            action_url: format!("/chair/rounds/{round_id}/settings"),
            revision_notice: None,
        }
    }

    /// The new-round form; for a revised draft (`fields` name the round it is based on), with
    /// what it takes from that round.
    async fn new_round(state: &WebState, staff: &Staff, fields: &RoundFields) -> FormPlace {
        let tr = language::tr();
        let base = match fields.based_on_round_id.trim().parse::<i64>() {
            Ok(id) => state
                .app
                .staff_round_record(&staff.signed_in.actor, id)
                .await
                .ok(),
            Err(_) => None,
        };
        FormPlace {
            nav: None,
            action_url: "/chair/rounds/new".into(),
            revision_notice: base.map(|b| {
                let version = crate::domain::revision::version_name(b.draft_version + 1);
                tr.ta(
                    "revision-notice",
                    &[
                        ("round", Arg::from(b.title.as_str())),
                        ("version", Arg::from(version.unwrap_or_default())),
                    ],
                )
            }),
        }
    }
}

fn render_round_form(
    staff: &Staff,
    place: FormPlace,
    fields: RoundFields,
    errors: &[FieldError],
    preview: Option<(String, String, String, String)>,
) -> WebResult<Response> {
    let FormPlace {
        nav,
        action_url,
        revision_notice,
    } = place;
    let tr = crate::web::language::tr();
    let title = if nav.is_some() {
        tr.t("settings-title")
    } else {
        tr.t("new-round-title")
    };
    let ambiguous = errors
        .iter()
        .any(|e| e.message.id == "error-venue-zone-ambiguous");
    let page = RoundFormPage {
        page: staff
            .page(&tr, title)
            .with_errors(errors, "")
            .naming_fields(ROUND_FIELD_LABELS),
        nav,
        action_url,
        fields,
        zones: VenueZone::all_names(),
        preview,
        ambiguous,
        revision_notice,
    };
    html(page.page.status(), &page)
}

/// The round form again, not saved: with its preview, or with why its dates cannot be read.
fn render_preview(
    state: &WebState,
    staff: &Staff,
    place: FormPlace,
    fields: RoundFields,
) -> WebResult<Response> {
    match preview_of(state, &fields) {
        Ok(preview) => render_round_form(staff, place, fields, &[], Some(preview)),
        Err(errors) => render_round_form(staff, place, fields, &errors, None),
    }
}

fn preview_of(
    state: &WebState,
    fields: &RoundFields,
) -> Result<(String, String, String, String), Vec<FieldError>> {
    let valid = validate_round(
        &fields.input(),
        state.app.now(),
        state.app.settings().silence_minimum,
    )?;
    let tr = language::tr();
    Ok((
        tr.deadline(&valid.venue, valid.opens_at),
        tr.utc(valid.opens_at),
        tr.deadline(&valid.venue, valid.closes_at),
        tr.utc(valid.closes_at),
    ))
}

#[derive(Debug, Default, serde::Deserialize)]
pub struct NewRoundQuery {
    /// A revised draft of this round.
    based_on: Option<i64>,
}

/// The label of each field of the round's settings form, by field name, for its error summary.
const ROUND_FIELD_LABELS: &[(&str, &str)] = &[
    ("body", "field-body"),
    ("meeting", "field-meeting"),
    ("title", "field-round-title"),
    ("reference_prefix", "field-reference-prefix"),
    ("document_symbol", "field-document-symbol"),
    ("kind", "field-kind"),
    ("silence_breakers", "field-silence-breakers"),
    ("time_zone", "field-time-zone"),
    ("language", "field-language"),
    ("opens", "field-opens"),
    ("closes", "field-closes"),
    ("visibility", "field-visibility"),
    ("instructions", "field-instructions"),
];

pub async fn new_round_page(
    State(state): State<WebState>,
    staff: Staff,
    Query(query): Query<NewRoundQuery>,
) -> WebResult<Response> {
    let base = match query.based_on {
        Some(id) => Some(
            state
                .app
                .staff_round_record(&staff.signed_in.actor, id)
                .await?,
        ),
        None => None,
    };
    let fields = match &base {
        Some(base) => RoundFields::revision_of(base),
        None => RoundFields {
            kind: "comment".into(),
            time_zone: "Europe/Vienna".into(),
            visibility: "private".into(),
            opens_time: "09:00".into(),
            closes_time: "18:00".into(),
            language: language::tr().lang().into(),
            ..RoundFields::default()
        }
        .with_breakers(&Default::default()),
    };
    let place = FormPlace::new_round(&state, &staff, &fields).await;
    render_round_form(&staff, place, fields, &[], None)
}

pub async fn new_round(
    State(state): State<WebState>,
    staff: Staff,
    CsrfForm(fields): CsrfForm<RoundFields>,
) -> WebResult<Response> {
    let place = FormPlace::new_round(&state, &staff, &fields).await;
    if fields.action != "save" {
        return render_preview(&state, &staff, place, fields);
    }
    match state
        .app
        .create_round(staff.signed_in.actor, fields.input())
        .await
    {
        Ok(round_id) => {
            Ok(Redirect::to(&format!("/chair/rounds/{round_id}/draft")).into_response())
        }
        Err(AppError::Invalid(errors)) => render_round_form(&staff, place, fields, &errors, None),
        Err(e) => Err(e.into()),
    }
}

pub async fn settings_page(
    State(state): State<WebState>,
    PagePath(round_id): PagePath<i64>,
    staff: Staff,
) -> WebResult<Response> {
    let round = state
        .app
        .staff_round_record(&staff.signed_in.actor, round_id)
        .await?;
    let venue = state.app.venue_of(&round)?;
    let mut fields = RoundFields::from_round(&round, &venue);
    if round.kind == crate::domain::silence::SILENCE_KIND {
        let silence = state
            .app
            .staff_silence(&staff.signed_in.actor, round_id)
            .await?;
        fields = fields.with_breakers(&silence.breakers);
    }
    render_round_form(&staff, FormPlace::settings(round_id), fields, &[], None)
}

pub async fn update_settings(
    State(state): State<WebState>,
    PagePath(round_id): PagePath<i64>,
    staff: Staff,
    CsrfForm(fields): CsrfForm<RoundFields>,
) -> WebResult<Response> {
    let place = FormPlace::settings(round_id);
    if fields.action != "save" {
        return render_preview(&state, &staff, place, fields);
    }
    match state
        .app
        .update_round(staff.signed_in.actor, round_id, fields.input())
        .await
    {
        Ok(()) => Ok(Redirect::to(&format!("/chair/rounds/{round_id}")).into_response()),
        Err(AppError::Invalid(errors)) => render_round_form(&staff, place, fields, &errors, None),
        Err(e) => Err(e.into()),
    }
}

/// Import problems as page errors, each naming its row and column.
pub(super) fn import_errors(
    problems: &[ImportProblem],
    tr: &Tr,
    field: &'static str,
) -> Vec<ShownError> {
    problems
        .iter()
        .map(|p| {
            let mut args: Vec<(&'static str, Arg)> = p
                .args()
                .into_iter()
                .map(|(k, v)| (k, Arg::Text(v)))
                .collect();
            let place = match (p.row, p.column) {
                (0, _) => tr.t("import-where-file"),
                (row, Some(column)) => tr.ta(
                    "import-where-cell",
                    &[
                        ("row", Arg::Text(row.to_string())),
                        ("column", Arg::Text(column.to_string())),
                    ],
                ),
                (row, None) => tr.ta("import-where-row", &[("row", Arg::Text(row.to_string()))]),
            };
            args.push(("where", Arg::Text(place)));
            ShownError::new(field.replace('_', "-"), field, tr.ta(p.message_id(), &args))
        })
        .collect()
}

#[derive(Template)]
#[template(path = "chair/draft.html")]
struct DraftPage {
    page: Page,
    nav: ChairNav,
    title: String,
    editable: bool,
    content: String,
    format: String,
    preview: Vec<DraftRow>,
    current: Vec<(String, String, String, String)>,
    /// For a revised draft: which version it is, and of what.
    revision_note: Option<String>,
}

async fn render_draft(
    state: &WebState,
    staff: &Staff,
    round_id: i64,
    content: String,
    format: String,
    preview: Vec<DraftRow>,
    errors: Vec<ShownError>,
) -> WebResult<Response> {
    let tr = crate::web::language::tr();
    let round = state
        .app
        .staff_round_record(&staff.signed_in.actor, round_id)
        .await?;
    let view = state
        .app
        .staff_round(&staff.signed_in.actor, round_id)
        .await?;
    let current: Vec<(String, String, String, String)> = view
        .sections
        .iter()
        .flat_map(|s| {
            s.recommendations.iter().map(move |r| {
                (
                    s.number.clone(),
                    s.title.clone(),
                    r.recommendation.label.clone(),
                    r.recommendation.text.clone(),
                )
            })
        })
        .collect();
    let editable = round.schedule.state_at(state.app.now()) == crate::domain::RoundState::Scheduled;
    let revision_note = match round.based_on_round_id {
        Some(base_id) => {
            let base = state
                .app
                .staff_round_record(&staff.signed_in.actor, base_id)
                .await?;
            let version = crate::domain::revision::version_name(round.draft_version);
            Some(tr.ta(
                "revision-draft-note",
                &[
                    ("version", Arg::from(version.unwrap_or_default())),
                    ("round", Arg::from(base.title.as_str())),
                ],
            ))
        }
        None => None,
    };
    // A revised draft is edited from its text: the form starts with it, as CSV.
    let (content, format) = if revision_note.is_some() && editable && content.is_empty() {
        (draft_csv(&current)?, "csv".to_string())
    } else {
        (content, format)
    };
    let page = DraftPage {
        revision_note,
        page: staff
            .round_page(&tr, "draft-title", &round.title)
            .in_venue(&crate::app::venue_zone(&round.venue_tz)?)
            .showing(errors),
        nav: ChairNav::new(round_id, "nav-draft"),
        title: round.title.clone(),
        editable,
        content,
        format,
        preview,
        current,
    };
    html(page.page.status(), &page)
}

/// A draft as the CSV its import reads.
fn draft_csv(rows: &[(String, String, String, String)]) -> WebResult<String> {
    let mut out = csv::Writer::from_writer(Vec::new());
    let failed =
        |e: &dyn std::fmt::Display| WebError::App(AppError::Task(format!("draft CSV: {e}")));
    out.write_record(["agenda_item", "agenda_title", "label", "text"])
        .map_err(|e| failed(&e))?;
    for (item, title, label, text) in rows {
        out.write_record([item, title, label, text])
            .map_err(|e| failed(&e))?;
    }
    let bytes = out.into_inner().map_err(|e| failed(&e))?;
    String::from_utf8(bytes).map_err(|e| failed(&e))
}

pub async fn draft_page(
    State(state): State<WebState>,
    PagePath(round_id): PagePath<i64>,
    staff: Staff,
) -> WebResult<Response> {
    render_draft(
        &state,
        &staff,
        round_id,
        String::new(),
        "csv".into(),
        Vec::new(),
        Vec::new(),
    )
    .await
}

/// The uploaded file if there is one, else the pasted text.
pub(super) fn submitted_content(form: &CsrfMultipart) -> Vec<u8> {
    let file = form.bytes("file");
    if file.is_empty() {
        form.text("content").into_bytes()
    } else {
        file.to_vec()
    }
}

pub async fn load_draft(
    State(state): State<WebState>,
    PagePath(round_id): PagePath<i64>,
    staff: Staff,
    form: CsrfMultipart,
) -> WebResult<Response> {
    let tr = crate::web::language::tr();
    let bytes = submitted_content(&form);
    let format_name = form.text("format");
    let format = if format_name == "text" {
        DraftFormat::Text
    } else {
        DraftFormat::Csv
    };
    // Keep what was sent for the preview's "Save" (a file becomes text the page can carry).
    let content = String::from_utf8_lossy(&bytes[..bytes.len().min(MAX_IMPORT_BYTES)]).into_owned();
    // Unless the draft is saved, the page again: with its preview, or with why it was refused.
    let (preview, errors) = match parse_draft(&bytes, format) {
        Err(AppError::Import(problems)) => (Vec::new(), import_errors(&problems, &tr, "content")),
        Err(e) => return Err(e.into()),
        Ok(rows) if form.text("action") != "save" => (rows, Vec::new()),
        Ok(rows) => match state
            .app
            .load_draft(staff.signed_in.actor, round_id, rows)
            .await
        {
            Ok(_) => {
                return Ok(Redirect::to(&format!("/chair/rounds/{round_id}/draft")).into_response());
            }
            Err(AppError::Conflict(message)) => {
                let refused = ShownError::new("content".into(), "content", message.render(&tr));
                (Vec::new(), vec![refused])
            }
            Err(e) => return Err(e.into()),
        },
    };
    render_draft(
        &state,
        &staff,
        round_id,
        content,
        format_name,
        preview,
        errors,
    )
    .await
}
