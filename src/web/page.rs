//! What every page's layout needs: the translator, the title, the signed-in person, the CSRF
//! token for its forms, and the errors to summarise at the top.

use std::borrow::Cow;

use askama::Template;
use axum::http::{HeaderName, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};

use crate::app::FieldError;
use crate::app::auth::SignedIn;
use crate::domain::{Language, VenueZone};
use crate::i18n::Tr;
use crate::web::error::WebResult;
use crate::web::language::{self, RequestLanguage};

/// The header line of a signed-in person.
#[derive(Debug, Clone)]
pub struct Who {
    pub email: String,
    pub delegation: Option<String>,
    pub staff: bool,
    /// When the session ends without activity, stated on every page: in UTC, and in the
    /// round's venue time too on the pages of a round (see [`Page::in_venue`]).
    pub idle_note: String,
    idle_expires_at: jiff::Timestamp,
    /// Seconds from this answer to that end: the session warning's script counts them down.
    pub idle_seconds_left: i64,
}

/// One problem with what was typed, shown in the summary and next to its field.
#[derive(Debug, Clone)]
pub struct ShownError {
    /// The `id` of the field (the summary links to it).
    pub field_id: String,
    pub field: &'static str,
    /// The message, as shown next to its field.
    pub text: String,
    /// The message as the summary lists it: naming its field when the page says how (see
    /// [`Page::naming_fields`]), since several fields may have the same problem.
    pub summary: String,
}

impl ShownError {
    pub fn new(field_id: String, field: &'static str, text: String) -> ShownError {
        ShownError {
            field_id,
            field,
            summary: text.clone(),
            text,
        }
    }
}

#[derive(Debug, Clone)]
pub struct Page {
    pub tr: Tr,
    pub title: String,
    pub who: Option<Who>,
    pub csrf: String,
    pub errors: Vec<ShownError>,
    /// What the language switcher needs: where it comes back to, and its form's token.
    pub language: RequestLanguage,
}

impl Page {
    pub fn anonymous(tr: Tr, title: String) -> Page {
        Page {
            tr,
            title,
            who: None,
            csrf: String::new(),
            errors: Vec::new(),
            language: language::current(),
        }
    }

    pub fn new(tr: Tr, title: String, signed_in: Option<&SignedIn>, csrf: String) -> Page {
        Page {
            who: signed_in.map(|s| Who {
                email: s.user.email.clone(),
                delegation: s.user.delegation_name.clone(),
                staff: s.actor.role.is_staff(),
                idle_note: tr.t1("session-idle-note", "time", &tr.utc(s.idle_expires_at)),
                idle_expires_at: s.idle_expires_at,
                idle_seconds_left: s.idle_expires_at.duration_since(s.seen_at).as_secs().max(0),
            }),
            tr,
            title,
            csrf,
            errors: Vec::new(),
            language: language::current(),
        }
    }

    /// The page of a round held in `venue`: the session's end is stated in the venue's time, as
    /// every other time of the page, and in UTC (as the deadline is).
    pub fn in_venue(mut self, venue: &VenueZone) -> Page {
        if let Some(who) = self.who.as_mut() {
            who.idle_note = self.tr.ta(
                "session-idle-note-venue",
                &[
                    ("time", self.tr.datetime(venue, who.idle_expires_at).into()),
                    ("utc", self.tr.utc(who.idle_expires_at).into()),
                ],
            );
        }
        self
    }

    /// The page showing `errors`, already worded.
    pub fn showing(mut self, errors: Vec<ShownError>) -> Page {
        self.errors = errors;
        self
    }

    /// The switcher's buttons: each language's code, its own name, and whether it is the
    /// page's.
    pub fn languages(&self) -> Vec<(&'static str, String, bool)> {
        Language::all()
            .into_iter()
            .map(|l| {
                let own_name = Tr::new(l).t("language-own-name");
                (l.as_str(), own_name, l == self.tr.language())
            })
            .collect()
    }

    /// Adds the errors of a form whose field ids end with `suffix` (e.g. `-general`).
    pub fn with_errors(mut self, errors: &[FieldError], suffix: &str) -> Page {
        self.errors = errors
            .iter()
            .map(|e| {
                ShownError::new(
                    format!("{}{}", e.field.replace('_', "-"), suffix),
                    e.field,
                    e.message.render(&self.tr),
                )
            })
            .collect();
        self
    }

    /// Names each error's field in the summary, by the message id of its label: `labels` pairs
    /// a form's field names with them. An error of a field not listed is left as it is.
    pub fn naming_fields(mut self, labels: &[(&str, &str)]) -> Page {
        for error in &mut self.errors {
            if let Some((_, label)) = labels.iter().find(|(field, _)| *field == error.field) {
                error.summary = self.tr.ta(
                    "error-summary-item",
                    &[
                        ("field", self.tr.t(label).into()),
                        ("message", error.text.as_str().into()),
                    ],
                );
            }
        }
        self
    }

    pub fn t(&self, id: &str) -> Cow<'static, str> {
        self.tr.text(id)
    }

    pub fn t1(&self, id: &str, name: &'static str, value: &str) -> String {
        self.tr.t1(id, name, value)
    }

    /// The kinds of comment, as (value, label) for the radio buttons of comment forms.
    pub fn comment_kinds(&self) -> Vec<(&'static str, Cow<'static, str>)> {
        crate::domain::CommentKind::all()
            .iter()
            .map(|k| (k.as_str(), super::views::kind_label(*k, &self.tr)))
            .collect()
    }

    /// The message for `field`, if it has one.
    pub fn error_for(&self, field: &str) -> Option<&str> {
        self.errors
            .iter()
            .find(|e| e.field == field)
            .map(|e| e.text.as_str())
    }

    /// The status of its answer: 422 when it shows problems with what was sent, else 200.
    pub fn status(&self) -> StatusCode {
        if self.errors.is_empty() {
            StatusCode::OK
        } else {
            StatusCode::UNPROCESSABLE_ENTITY
        }
    }

    /// The `<title>`: "Error: " first when the page shows errors (one message with the title
    /// as its argument: Fluent trims a value's trailing space, and word order is the
    /// catalogue's).
    pub fn full_title(&self) -> String {
        let base = format!("{} – redraft", self.title);
        if self.errors.is_empty() {
            base
        } else {
            self.tr.t1("error-page-title", "title", &base)
        }
    }
}

/// The answer of a page: `page` rendered, with the headers of every page.
pub fn html(status: StatusCode, page: &impl Template) -> WebResult<Response> {
    Ok((status, html_headers(), page.render()?).into_response())
}

/// Headers of every HTML page.
pub fn html_headers() -> [(HeaderName, HeaderValue); 2] {
    [
        (
            header::CONTENT_TYPE,
            HeaderValue::from_static("text/html; charset=utf-8"),
        ),
        (header::CACHE_CONTROL, HeaderValue::from_static("no-store")),
    ]
}
