//! Owns `Title`: a one-line name written by the Chair's team — a round's title, its body and
//! meeting, an agenda item's title.

use crate::domain::{checked_line, group_thousands};

/// A title: NFC-normalised, trimmed, whitespace collapsed, 1 to [`Title::MAX_CHARS`]
/// characters, without control or directional formatting characters.
#[derive(Debug, Clone, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(transparent)]
pub struct Title(String);

/// Why a title was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TitleError {
    #[error("Enter a title")]
    Empty,
    #[error(
        "The title must be {} characters or fewer (it is {})",
        Title::MAX_CHARS,
        group_thousands(*len)
    )]
    TooLong { len: usize },
    #[error("The title contains a control character; remove it")]
    ControlCharacter,
    #[error(
        "The title contains an invisible character that changes the direction of text \
         (U+{:04X}); remove it",
        u32::from(*character)
    )]
    BidiControl { character: char },
}

impl TitleError {
    /// The Fluent message id of this error.
    pub fn message_id(&self) -> &'static str {
        match self {
            TitleError::Empty => "error-field-required",
            TitleError::TooLong { .. } => "error-field-too-long",
            TitleError::ControlCharacter => "error-title-control-character",
            TitleError::BidiControl { .. } => "error-title-bidi-control",
        }
    }
}

impl Title {
    /// Longest title accepted, in characters (after normalisation).
    pub const MAX_CHARS: usize = 300;

    pub fn parse(input: &str) -> Result<Title, TitleError> {
        Ok(Title(checked_line(input, Self::MAX_CHARS)?))
    }
}

checked_text!(Title);
line_error!(TitleError);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_are_normalised() {
        let title = Title::parse("  Post-meeting   comments\u{00A0}on the draft ").expect("valid");
        assert_eq!(title.as_str(), "Post-meeting comments on the draft");
        assert_eq!(
            Title::parse("مشاورات ما بعد الاجتماع").map(Title::into_inner),
            Ok("مشاورات ما بعد الاجتماع".to_string())
        );
    }

    #[test]
    fn empty_long_and_control_characters_are_refused() {
        assert_eq!(Title::parse(" \t "), Err(TitleError::Empty));
        assert_eq!(
            Title::parse(&"a".repeat(300)).map(|t| t.as_str().len()),
            Ok(300)
        );
        assert_eq!(
            Title::parse(&"a".repeat(301)),
            Err(TitleError::TooLong { len: 301 })
        );
        assert_eq!(Title::parse("Bell\u{7}"), Err(TitleError::ControlCharacter));
    }

    #[test]
    fn every_directional_formatting_character_is_refused() {
        for c in ('\u{202A}'..='\u{202E}').chain('\u{2066}'..='\u{2069}') {
            let error = Title::parse(&format!("Agenda{c} item")).expect_err("refused");
            assert_eq!(error, TitleError::BidiControl { character: c });
            assert_eq!(error.message_id(), "error-title-bidi-control");
            assert!(
                !error.to_string().contains(c),
                "the message names it by code point"
            );
        }
        // Right-to-left and left-to-right marks change no other text's order.
        assert!(Title::parse("Title\u{200F}").is_ok());
    }
}
