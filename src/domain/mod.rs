//! Pure domain vocabulary and rules of redraft: validated values, the deadline rule,
//! permissions and time wording. No I/O happens here.
//!
//! Fluent message ids of the domain errors (for the translator; each error's
//! `message_id()` returns one of these, its `Display` is the English text):
//!
//! - `error-email-empty`, `error-email-too-long`, `error-email-malformed`
//! - `error-delegation-name-empty`, `error-delegation-name-too-long`,
//!   `error-delegation-name-control-character`, `error-delegation-name-bidi-control`
//! - `error-field-required`, `error-field-too-long` (`$max`), `error-title-control-character`,
//!   `error-title-bidi-control` (titles)
//! - `error-recommendation-label-empty`, `error-recommendation-label-too-long`,
//!   `error-recommendation-label-invalid-character`
//! - `error-comment-empty`, `error-comment-too-long`, `error-comment-control-character`
//! - `error-deadline-not-yet-open`, `error-deadline-closed`, `error-deadline-cancelled`
//! - `error-venue-zone-unknown`, `error-venue-zone-gap`, `error-venue-zone-ambiguous`,
//!   `error-venue-zone-out-of-range`
//! - `error-document-symbol-too-long`, `error-document-symbol-invalid`
//! - `error-source-reference-too-long`, `error-source-reference-invalid`,
//!   `error-intake-received-future`, `error-intake-not-open`, `error-intake-outcome-published`,
//!   `error-intake-silence`
//! - `error-attachment-empty`, `error-attachment-too-large`, `error-attachment-pdf-only`,
//!   `error-attachment-pdf-or-docx`

/// The text form of an enumeration of plain values, one text each: `as_str` (the form that is
/// stored and that machines read), `from_stored` (that exact text back), `all` (every value, in
/// the order given) and `Display` (the text form). With `loose`, also `parse`: what people type
/// into forms and files, case-insensitive, surrounding whitespace ignored, `-` counting as `_`.
macro_rules! text_forms {
    ($enum:ident { $($variant:ident => $text:literal),+ $(,)? }) => {
        impl $enum {
            /// The text form.
            pub fn as_str(&self) -> &'static str {
                match self {
                    $($enum::$variant => $text,)+
                }
            }

            /// The value whose text form is exactly `text`.
            pub fn from_stored(text: &str) -> Option<Self> {
                match text {
                    $($text => Some($enum::$variant),)+
                    _ => None,
                }
            }

            /// Every value, in declaration order.
            pub fn all() -> [Self; [$($text),+].len()] {
                [$($enum::$variant),+]
            }
        }

        impl std::fmt::Display for $enum {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
    ($enum:ident loose { $($variant:ident => $text:literal),+ $(,)? }) => {
        $crate::domain::text_forms!($enum { $($variant => $text),+ });

        impl $enum {
            /// Reads the text form as people type it (case-insensitive, surrounding whitespace
            /// ignored, `-` counting as `_`).
            pub fn parse(input: &str) -> Option<Self> {
                let input = input.trim().replace('-', "_");
                Self::all()
                    .into_iter()
                    .find(|value| value.as_str().eq_ignore_ascii_case(&input))
            }
        }
    };
}
pub(crate) use text_forms;

/// The accessors of a text that was checked when it was made (`struct Name(String)`, built only
/// by its own `parse`): `as_str`, `into_inner`, `AsRef<str>` and `Display`, none of which can
/// make an unchecked one.
macro_rules! checked_text {
    ($name:ident) => {
        impl $name {
            pub fn as_str(&self) -> &str {
                &self.0
            }

            pub fn into_inner(self) -> String {
                self.0
            }
        }

        impl AsRef<str> for $name {
            fn as_ref(&self) -> &str {
                &self.0
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(&self.0)
            }
        }
    };
}

/// `From<LineProblem>` for the error type of a one-line text, whose variants are those of
/// [`LineProblem`].
macro_rules! line_error {
    ($error:ident) => {
        impl From<$crate::domain::LineProblem> for $error {
            fn from(problem: $crate::domain::LineProblem) -> $error {
                use $crate::domain::LineProblem;
                match problem {
                    LineProblem::Empty => $error::Empty,
                    LineProblem::TooLong { len } => $error::TooLong { len },
                    LineProblem::ControlCharacter => $error::ControlCharacter,
                    LineProblem::BidiControl { character } => $error::BidiControl { character },
                }
            }
        }
    };
}

pub mod account;
pub mod attachment;
pub mod bidi;
pub mod clock;
pub mod comment;
pub mod compilation;
pub mod delegation;
pub mod disposition;
pub mod email;
pub mod import;
pub mod intake;
pub mod language;
pub mod permission;
pub mod recommendation;
pub mod reminder;
pub mod response_curve;
pub mod revision;
pub mod round;
pub mod schedule;
pub mod sign_in_limit;
pub mod silence;
pub mod time_format;
pub mod title;

pub use clock::{Clock, ManualClock, SystemClock};
pub use comment::{Comment, CommentKind, CommentStatus, CommentText, CommentTextError};
pub use delegation::{DelegationCategory, DelegationName, DelegationNameError};
pub use email::{Email, EmailError};
pub use import::{DelegationRow, DraftRow, ImportProblem, ProblemKind};
pub use language::Language;
pub use permission::{Actor, Role, Visibility};
pub use recommendation::{RecommendationLabel, RecommendationLabelError};
pub use reminder::{ReminderOffset, ReminderOffsets, ReminderOffsetsError};
pub use round::{DeadlineError, Round, RoundSchedule, RoundState};
pub use time_format::{VenueZone, VenueZoneError};
pub use title::{Title, TitleError};

/// Formats a count the English way, with a comma between thousands: `20013` → `"20,013"`.
pub(crate) fn group_thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// Why a one-line text (a name, a title) was refused; each such text's error type has these
/// variants, worded for it, and converts from this by [`line_error!`].
pub(crate) enum LineProblem {
    Empty,
    TooLong { len: usize },
    ControlCharacter,
    BidiControl { character: char },
}

/// `input` as one line ([`normalize_single_line`]) of 1 to `max_chars` characters, without
/// control or directional formatting characters (an override could make one name read as
/// another).
pub(crate) fn checked_line(input: &str, max_chars: usize) -> Result<String, LineProblem> {
    let line = normalize_single_line(input);
    if line.is_empty() {
        return Err(LineProblem::Empty);
    }
    if line.chars().any(char::is_control) {
        return Err(LineProblem::ControlCharacter);
    }
    if let Some(character) = bidi::first_bidi_control(&line) {
        return Err(LineProblem::BidiControl { character });
    }
    let len = line.chars().count();
    if len > max_chars {
        return Err(LineProblem::TooLong { len });
    }
    Ok(line)
}

/// NFC-normalises, trims and collapses every run of whitespace into one space.
pub(crate) fn normalize_single_line(input: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    let nfc: String = input.nfc().collect();
    nfc.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn thousands_are_grouped() {
        assert_eq!(group_thousands(0), "0");
        assert_eq!(group_thousands(999), "999");
        assert_eq!(group_thousands(1000), "1,000");
        assert_eq!(group_thousands(20_013), "20,013");
        assert_eq!(group_thousands(1_234_567), "1,234,567");
    }

    #[test]
    fn single_line_is_collapsed() {
        assert_eq!(normalize_single_line("  a \t\n b  c "), "a b c");
        assert_eq!(normalize_single_line("e\u{301}"), "é");
    }
}
