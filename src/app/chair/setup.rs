//! Setting a round up: its settings, validated, then created or changed before it opens (its
//! draft and delegations are imported by [`super::imports`]).

use jiff::Timestamp;
use jiff::civil::DateTime;
use serde_json::json;

use crate::app::revisions;
use crate::app::staff::require_staff;
use crate::app::{App, AppError, AppResult, FieldError};
use crate::domain::revision::DocumentSymbol;
use crate::domain::silence::{self, SILENCE_KIND, SilenceBreakers};
use crate::domain::{
    Actor, DelegationCategory, Language, RoundState, Title, TitleError, VenueZone, VenueZoneError,
    Visibility,
};
use crate::i18n::Message;
use crate::store::Tx;
use crate::store::audit::{self, AuditEntry};
use crate::store::round::{self as round_store, MeetingPlace, NewRound};

/// The kinds of round.
pub const ROUND_KINDS: [&str; 2] = ["comment", SILENCE_KIND];

/// When a silence round reminds the delegations, unless the Chair says otherwise.
const SILENCE_REMINDERS: &str = "PT24H";

/// When a round opens or closes, as the Chair gave it.
#[derive(Debug, Clone)]
pub enum When {
    /// Date (`YYYY-MM-DD`) and time (`HH:MM`) on the venue's clocks (the page form).
    Local { date: String, time: String },
    /// An RFC 3339 instant (the API).
    Instant(String),
}

/// A round's settings as typed, unvalidated.
#[derive(Debug, Clone)]
pub struct RoundInput {
    pub body: String,
    pub meeting: String,
    pub title: String,
    pub kind: String,
    pub reference_prefix: String,
    pub time_zone: String,
    pub opens: When,
    pub closes: When,
    pub visibility: String,
    pub instructions: String,
    /// The Chair accepts the first occurrence of a time that happens twice (clocks going back).
    pub confirm_ambiguous: bool,
    /// Reminder offsets (ISO 8601 durations, comma-separated); `None` keeps the default.
    pub reminders_before: Option<String>,
    /// For a silence round, the delegation categories whose statement breaks silence (stored
    /// forms); `None` keeps the default (parties).
    pub silence_breakers: Option<Vec<String>>,
    /// The symbol of the round's document (may be empty; a revised draft then takes the
    /// symbol of the round it is based on, with `/Rev.n`).
    pub document_symbol: String,
    /// A revised draft: the round whose published outcome gives this round its draft (only
    /// when creating a round).
    pub based_on_round_id: Option<i64>,
    /// The round's default language (a code such as `fr`); `None` keeps the one it has
    /// (English for a new round).
    pub language: Option<String>,
}

/// A round's validated settings, with what the page shows back before saving.
#[derive(Debug, Clone)]
pub struct ValidRound {
    pub body: String,
    pub meeting: String,
    pub title: String,
    pub kind: &'static str,
    pub reference_prefix: String,
    pub venue: VenueZone,
    pub opens_at: Timestamp,
    pub closes_at: Timestamp,
    pub visibility: Visibility,
    pub instructions: String,
    pub reminders_before: Option<String>,
    /// For a silence round: who may break silence.
    pub silence_breakers: Option<SilenceBreakers>,
    pub document_symbol: String,
    pub based_on_round_id: Option<i64>,
    pub language: Option<Language>,
}

impl ValidRound {
    /// The round's row as the store writes it.
    fn new_round(&self, meeting_id: i64, illustrative: bool) -> NewRound<'_> {
        NewRound {
            document_symbol: &self.document_symbol,
            revision: None,
            meeting_id,
            title: &self.title,
            kind: self.kind,
            reference_prefix: &self.reference_prefix,
            venue_tz: self.venue.name(),
            opens_at: self.opens_at,
            closes_at: self.closes_at,
            visibility: self.visibility,
            instructions: &self.instructions,
            illustrative,
        }
    }

    /// Stores the reminder offsets, when the Chair gave some (a silence round reminds once,
    /// 24 hours before its deadline, unless told otherwise), and who may break silence.
    async fn save_reminders(&self, tx: &mut Tx, round_id: i64) -> AppResult<()> {
        let reminders = match (&self.reminders_before, &self.silence_breakers) {
            (Some(reminders), _) => Some(reminders.as_str()),
            (None, Some(_)) => Some(SILENCE_REMINDERS),
            (None, None) => None,
        };
        if let Some(reminders) = reminders {
            crate::store::schedule::set_reminders_before(tx, round_id, reminders).await?;
        }
        if let Some(breakers) = &self.silence_breakers {
            crate::store::silence::set_breakers(tx, round_id, breakers).await?;
        }
        if let Some(language) = self.language {
            round_store::set_round_language(tx, round_id, language).await?;
        }
        Ok(())
    }
}

/// A second round with the same receipt prefix is the Chair's input error, not ours.
fn prefix_taken(e: crate::store::StoreError) -> AppError {
    if e.is_unique_violation() {
        AppError::invalid(
            "reference_prefix",
            Message::new("error-reference-prefix-taken"),
        )
    } else {
        e.into()
    }
}

const MAX_INSTRUCTIONS_CHARS: usize = 20_000;

/// The message of a silence round shorter than the installation's minimum (the API answers it
/// as `silence_too_short`).
pub const SILENCE_TOO_SHORT: &str = "error-silence-too-short";

/// A one-line title field (the round's title, body, meeting, reference prefix): the value as
/// normalised, or an error next to the field and an empty value.
fn required_line(field: &'static str, value: &str, errors: &mut Vec<FieldError>) -> String {
    match Title::parse(value) {
        Ok(title) => title.into_inner(),
        Err(e) => {
            let mut message = Message::new(e.message_id());
            if let TitleError::TooLong { .. } = e {
                message = message.with("max", Title::MAX_CHARS);
            }
            errors.push(FieldError { field, message });
            String::new()
        }
    }
}

fn zone_error(field: &'static str, e: &VenueZoneError) -> FieldError {
    FieldError::new(field, e.message_id())
}

/// Turns what the Chair typed into instants in the venue's zone (or reports why not).
fn resolve_when(
    field: &'static str,
    when: &When,
    venue: Option<&VenueZone>,
    confirm_ambiguous: bool,
    errors: &mut Vec<FieldError>,
) -> Option<Timestamp> {
    match when {
        When::Instant(text) => match text.trim().parse::<Timestamp>() {
            Ok(ts) => Some(ts),
            Err(_) => {
                errors.push(FieldError::new(field, "error-instant-invalid"));
                None
            }
        },
        When::Local { date, time } => {
            let venue = venue?;
            let local = format!("{}T{}", date.trim(), time.trim()).parse::<DateTime>();
            let Ok(local) = local else {
                errors.push(FieldError::new(field, "error-local-time-invalid"));
                return None;
            };
            let resolved = if confirm_ambiguous {
                venue.local_to_timestamp_first(local)
            } else {
                venue.local_to_timestamp(local)
            };
            match resolved {
                Ok(ts) => Some(ts),
                Err(e) => {
                    errors.push(zone_error(field, &e));
                    None
                }
            }
        }
    }
}

/// Validates a round's settings; `now` is needed only to refuse a deadline already passed,
/// `silence_minimum` only for a silence round (the installation's shortest).
pub fn validate_round(
    input: &RoundInput,
    now: Timestamp,
    silence_minimum: jiff::SignedDuration,
) -> Result<ValidRound, Vec<FieldError>> {
    let mut errors = Vec::new();
    let body = required_line("body", &input.body, &mut errors);
    let meeting = required_line("meeting", &input.meeting, &mut errors);
    let title = required_line("title", &input.title, &mut errors);
    // A revised draft left without a prefix takes its base's, with `/Rev.n`.
    let reference_prefix =
        if input.based_on_round_id.is_some() && input.reference_prefix.trim().is_empty() {
            String::new()
        } else {
            required_line("reference_prefix", &input.reference_prefix, &mut errors)
        };
    if !reference_prefix.is_empty()
        && !reference_prefix
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "-/._".contains(c))
    {
        errors.push(FieldError::new(
            "reference_prefix",
            "error-reference-prefix",
        ));
    }
    let kind = match ROUND_KINDS.iter().find(|k| **k == input.kind.trim()) {
        Some(k) => *k,
        None => {
            errors.push(FieldError::new("kind", "error-round-kind"));
            "comment"
        }
    };
    let venue = match VenueZone::parse(&input.time_zone) {
        Ok(v) => Some(v),
        Err(e) => {
            errors.push(zone_error("time_zone", &e));
            None
        }
    };
    let opens_at = resolve_when(
        "opens",
        &input.opens,
        venue.as_ref(),
        input.confirm_ambiguous,
        &mut errors,
    );
    let closes_at = resolve_when(
        "closes",
        &input.closes,
        venue.as_ref(),
        input.confirm_ambiguous,
        &mut errors,
    );
    if let (Some(opens), Some(closes)) = (opens_at, closes_at) {
        if closes <= opens {
            errors.push(FieldError::new("closes", "error-closes-before-opens"));
        } else if closes <= now {
            errors.push(FieldError::new("closes", "error-closes-in-past"));
        } else if kind == SILENCE_KIND
            && let Err(short) = silence::check_duration(opens, closes, silence_minimum)
        {
            let (count, unit) = silence::worded_duration(short.minimum);
            errors.push(FieldError {
                field: "closes",
                message: Message::new(SILENCE_TOO_SHORT)
                    .with("count", count)
                    .with("unit", unit),
            });
        }
    }
    let silence_breakers = if kind == SILENCE_KIND {
        match &input.silence_breakers {
            None => Some(SilenceBreakers::default()),
            Some(names) => {
                let categories: Option<Vec<_>> =
                    names.iter().map(|n| DelegationCategory::parse(n)).collect();
                let breakers = categories.and_then(SilenceBreakers::of);
                if breakers.is_none() {
                    errors.push(FieldError::new(
                        "silence_breakers",
                        "error-silence-breakers",
                    ));
                }
                breakers
            }
        }
    } else {
        None
    };
    let visibility = Visibility::parse(&input.visibility);
    if visibility.is_none() {
        errors.push(FieldError::new("visibility", "error-visibility"));
    }
    let instructions = input.instructions.trim().replace("\r\n", "\n");
    if instructions.chars().count() > MAX_INSTRUCTIONS_CHARS {
        errors.push(FieldError {
            field: "instructions",
            message: Message::new("error-field-too-long").with("max", "20,000"),
        });
    }
    let document_symbol = match DocumentSymbol::parse(&input.document_symbol) {
        Ok(symbol) => symbol.map(DocumentSymbol::into_inner).unwrap_or_default(),
        Err(e) => {
            errors.push(FieldError::new("document_symbol", e.message_id()));
            String::new()
        }
    };
    let reminders_before = match &input.reminders_before {
        None => None,
        Some(text) => match crate::domain::ReminderOffsets::parse(text) {
            Ok(offsets) => Some(offsets.to_string()),
            Err(e) => {
                errors.push(FieldError::new("reminders_before", e.message_id()));
                None
            }
        },
    };
    let language = match input.language.as_deref().map(str::trim) {
        None => None,
        Some(code) => match Language::from_stored(code) {
            Some(language) => Some(language),
            None => {
                errors.push(FieldError::new("language", "error-language"));
                None
            }
        },
    };
    match (venue, opens_at, closes_at, visibility) {
        (Some(venue), Some(opens_at), Some(closes_at), Some(visibility)) if errors.is_empty() => {
            Ok(ValidRound {
                body,
                meeting,
                title,
                kind,
                reference_prefix,
                venue,
                opens_at,
                closes_at,
                visibility,
                instructions,
                reminders_before,
                silence_breakers,
                document_symbol,
                based_on_round_id: input.based_on_round_id,
                language,
            })
        }
        _ => Err(errors),
    }
}

fn round_json(r: &ValidRound) -> serde_json::Value {
    json!({
        "body": r.body, "meeting": r.meeting, "title": r.title, "kind": r.kind,
        "reference_prefix": r.reference_prefix, "time_zone": r.venue.name(),
        "opens_at": r.opens_at.to_string(), "closes_at": r.closes_at.to_string(),
        "visibility": r.visibility.as_str(), "instructions": r.instructions,
        "silence_breakers": r.silence_breakers.as_ref().map(SilenceBreakers::to_stored),
        "document_symbol": r.document_symbol, "based_on_round_id": r.based_on_round_id,
        "language": r.language.map(|l| l.as_str()),
    })
}
impl App {
    /// Creates a round (and its body and meeting if they are new).
    pub async fn create_round(&self, actor: Actor, input: RoundInput) -> AppResult<i64> {
        require_staff(&actor)?;
        let valid = validate_round(&input, self.now(), self.settings().silence_minimum)
            .map_err(AppError::Invalid)?;
        self.detached(move |app| async move {
            let mut tx = app.store().begin_write().await?;
            let now = app.now();
            let short = valid
                .reference_prefix
                .split('/')
                .next()
                .unwrap_or_default()
                .to_string();
            let based_on = match valid.based_on_round_id {
                Some(id) => {
                    let names = (valid.body.as_str(), valid.meeting.as_str());
                    Some(revisions::base_of_revision(&mut tx, id, names, now).await?)
                }
                None => None,
            };
            let meeting_id = match &based_on {
                Some(base) => base.round.meeting_id,
                None => {
                    let place = MeetingPlace {
                        body: &valid.body,
                        body_short_name: &short,
                        meeting: &valid.meeting,
                        venue: "",
                        dates: "",
                    };
                    round_store::find_or_insert_meeting(&mut tx, &place, now).await?
                }
            };
            if round_store::find_round_by_title(&mut tx, meeting_id, &valid.title)
                .await?
                .is_some()
            {
                return Err(AppError::invalid(
                    "title",
                    Message::new("error-round-title-taken"),
                ));
            }
            let mut new = valid.new_round(meeting_id, false);
            let (symbol, prefix);
            if let Some(base) = &based_on {
                new.revision = Some((base.round.round_id, base.draft_version()));
                new.illustrative = base.round.illustrative;
                if new.document_symbol.is_empty() {
                    symbol = base.symbol();
                    new.document_symbol = &symbol;
                }
                if new.reference_prefix.is_empty() {
                    prefix = base.reference_prefix();
                    new.reference_prefix = &prefix;
                }
            }
            let round_id = round_store::insert_round(&mut tx, &new, now)
                .await
                .map_err(prefix_taken)?;
            if let Some(base) = &based_on {
                base.copy_into(&mut tx, round_id, now).await?;
            }
            valid.save_reminders(&mut tx, round_id).await?;
            let mut after = round_json(&valid);
            if let Some(base) = &based_on {
                after["document_symbol"] = serde_json::Value::from(new.document_symbol);
                after["revision"] = base.audit_json();
            }
            let entry = AuditEntry::new(now, "round_created", ("round", Some(round_id)))
                .by(actor.user_id, None)
                .in_round(round_id)
                .change(None, Some(after));
            audit::record(&mut tx, &entry).await?;
            // Its opening falls due: the schedulers hear of it.
            app.commit_schedule_change(tx, round_id).await?;
            Ok(round_id)
        })
        .await
    }

    /// Replaces a round's settings while it has not opened.
    pub async fn update_round(
        &self,
        actor: Actor,
        round_id: i64,
        input: RoundInput,
    ) -> AppResult<()> {
        require_staff(&actor)?;
        let valid = validate_round(&input, self.now(), self.settings().silence_minimum)
            .map_err(AppError::Invalid)?;
        self.staff_write(&actor, round_id, move |w| {
            Box::pin(async move {
                if w.round.schedule.state_at(w.now) != RoundState::Scheduled {
                    return Err(AppError::Conflict(Message::new(
                        "conflict-round-already-open",
                    )));
                }
                let new = valid.new_round(w.round.meeting_id, w.round.illustrative);
                round_store::update_round_settings(&mut w.tx, round_id, &new)
                    .await
                    .map_err(prefix_taken)?;
                valid.save_reminders(&mut w.tx, round_id).await?;
                w.audit(
                    "round_updated",
                    ("round", Some(round_id)),
                    (None, Some(round_json(&valid))),
                )
                .await?;
                w.announce_schedule_change().await
            })
        })
        .await
    }
}
