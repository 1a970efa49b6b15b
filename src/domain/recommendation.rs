//! Owns `RecommendationLabel`: the display label of a paragraph of the draft (`1`, `2 (a)`,
//! `5 bis`).

use crate::domain::bidi::shown_char;
use crate::domain::{group_thousands, normalize_single_line};

/// A recommendation's display label. NFC-normalised, trimmed, whitespace collapsed;
/// 1 to 20 characters from ASCII letters, digits, space and `( ) . - /`, starting with a
/// letter or digit.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
#[serde(transparent)]
pub struct RecommendationLabel(String);

/// Why a recommendation label was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RecommendationLabelError {
    #[error("Enter a label for the recommendation, such as 1, 2 (a) or 5 bis")]
    Empty,
    #[error(
        "The label must be {} characters or fewer (it is {})",
        RecommendationLabel::MAX_CHARS,
        group_thousands(*len)
    )]
    TooLong { len: usize },
    /// `character` is the first offending character (or the first character, when the
    /// label does not start with a letter or digit).
    #[error(
        "The label must start with a letter or digit and use only letters, digits, spaces \
         and ( ) . - / (found \u{201c}{}\u{201d})",
        shown_char(*character)
    )]
    InvalidCharacter { character: char },
}

impl RecommendationLabelError {
    /// The Fluent message id of this error.
    pub fn message_id(&self) -> &'static str {
        match self {
            RecommendationLabelError::Empty => "error-recommendation-label-empty",
            RecommendationLabelError::TooLong { .. } => "error-recommendation-label-too-long",
            RecommendationLabelError::InvalidCharacter { .. } => {
                "error-recommendation-label-invalid-character"
            }
        }
    }
}

impl RecommendationLabel {
    /// Longest label accepted, in characters.
    pub const MAX_CHARS: usize = 20;

    pub fn parse(input: &str) -> Result<RecommendationLabel, RecommendationLabelError> {
        let label = normalize_single_line(input);
        let first = label
            .chars()
            .next()
            .ok_or(RecommendationLabelError::Empty)?;
        let len = label.chars().count();
        if len > Self::MAX_CHARS {
            return Err(RecommendationLabelError::TooLong { len });
        }
        if !first.is_ascii_alphanumeric() {
            return Err(RecommendationLabelError::InvalidCharacter { character: first });
        }
        if let Some(character) = label.chars().find(|&c| {
            !(c.is_ascii_alphanumeric() || matches!(c, ' ' | '(' | ')' | '.' | '-' | '/'))
        }) {
            return Err(RecommendationLabelError::InvalidCharacter { character });
        }
        Ok(RecommendationLabel(label))
    }
}

checked_text!(RecommendationLabel);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn valid_labels() {
        for input in [
            "1",
            "2 (a)",
            "5 bis",
            "12 ter",
            "3.1",
            "A",
            "4-6",
            "7/8",
            "20 quater",
        ] {
            let label =
                RecommendationLabel::parse(input).unwrap_or_else(|e| panic!("{input}: {e}"));
            assert_eq!(label.as_str(), input);
            assert_eq!(label.to_string(), input);
        }
        assert_eq!(
            RecommendationLabel::parse("  5 \t bis ").unwrap().as_str(),
            "5 bis"
        );
        assert!(RecommendationLabel::parse(&"9".repeat(20)).is_ok());
    }

    #[test]
    fn invalid_labels() {
        assert_eq!(
            RecommendationLabel::parse(""),
            Err(RecommendationLabelError::Empty)
        );
        assert_eq!(
            RecommendationLabel::parse("   "),
            Err(RecommendationLabelError::Empty)
        );
        assert_eq!(
            RecommendationLabel::parse(&"9".repeat(21)),
            Err(RecommendationLabelError::TooLong { len: 21 })
        );
        let cases = [
            ("(a)", '('),
            ("-1", '-'),
            (".1", '.'),
            ("1<script>", '<'),
            ("5 bis!", '!'),
            ("é", 'é'),
            ("1\u{0}", '\u{0}'),
            ("٣", '٣'),
        ];
        for (input, character) in cases {
            assert_eq!(
                RecommendationLabel::parse(input),
                Err(RecommendationLabelError::InvalidCharacter { character }),
                "{input:?}"
            );
        }
    }

    #[test]
    fn directional_formatting_characters_are_refused() {
        // `1` then an override that would show the next label reversed, and every other
        // embedding, override and isolate.
        for c in ('\u{202A}'..='\u{202E}').chain('\u{2066}'..='\u{2069}') {
            let err = RecommendationLabel::parse(&format!("1{c}2")).unwrap_err();
            assert_eq!(
                err,
                RecommendationLabelError::InvalidCharacter { character: c }
            );
            assert!(!err.to_string().contains(c), "named by code point");
        }
        assert!(
            RecommendationLabel::parse("5 bis\u{202E}")
                .unwrap_err()
                .to_string()
                .contains("\u{201c}U+202E\u{201d}")
        );
    }

    #[test]
    fn messages() {
        let err = RecommendationLabel::parse("1!").unwrap_err();
        assert_eq!(
            err.message_id(),
            "error-recommendation-label-invalid-character"
        );
        assert!(err.to_string().contains("\u{201c}!\u{201d}"));
        assert_eq!(
            RecommendationLabelError::TooLong { len: 21 }.to_string(),
            "The label must be 20 characters or fewer (it is 21)"
        );
    }
}
