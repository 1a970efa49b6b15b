//! Owns `Comment`, `CommentKind` and `CommentText`: what a delegation says on a recommendation, and the
//! rules its text must meet.

use jiff::Timestamp;
use unicode_normalization::UnicodeNormalization;

use crate::domain::DelegationCategory;
use crate::domain::group_thousands;
use crate::domain::intake::Intake;

/// Whether a comment still counts. A comment is never deleted: withdrawing it keeps it, and
/// every version of it, on record.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CommentStatus {
    Active,
    Withdrawn,
}

text_forms!(CommentStatus {
    Active => "active",
    Withdrawn => "withdrawn",
});

/// A delegation's comment as it stands, with its delegation's name and category (the order of
/// the compilation and every listing need them). The rules reason about it (active or
/// withdrawn, its version for a change, late or not), so it is a domain value that the store
/// builds straight from its rows: pages list hundreds of them, and none is copied on the way.
#[derive(Debug, Clone)]
pub struct Comment {
    pub comment_id: i64,
    pub round_id: i64,
    pub delegation_id: i64,
    pub delegation_name: String,
    pub delegation_category: DelegationCategory,
    /// `None` for a comment on the draft as a whole.
    pub recommendation_id: Option<i64>,
    /// The receipt number, e.g. `WG-TIP-2020/C/0042`.
    pub reference: String,
    pub kind: CommentKind,
    pub text: String,
    pub proposed_text: Option<String>,
    pub status: CommentStatus,
    pub version: i64,
    /// Written (or, for an intake, received) after the round's deadline: through an individual
    /// extension, or received after the window closed.
    pub late: bool,
    /// Entered by the Chair or the Secretariat on the delegation's behalf: where it came from.
    /// The delegation cannot change such a comment (it can comment further).
    pub intake: Option<Intake>,
    /// Received after the delegation's window had closed and not (yet) included by the Chair:
    /// left out of the consolidation and the compilation.
    pub held_back: bool,
    /// When the Chair included a comment received after the window had closed.
    pub included_at: Option<Timestamp>,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
}

/// The kind of a comment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CommentKind {
    /// A general remark.
    Remark,
    /// A proposed amendment: replacement text for the recommendation.
    Amendment,
    /// A proposal to delete the recommendation.
    Deletion,
    /// Support for the recommendation as drafted.
    Support,
}

impl Comment {
    /// Whether the comment goes into the consolidation and the compilation: active, and not
    /// held back as received after its delegation's window closed.
    pub fn counts(&self) -> bool {
        self.status == CommentStatus::Active && !self.held_back
    }

    /// Whether its delegation may change it: not one the Secretariat entered for it.
    pub fn changeable_by_delegation(&self) -> bool {
        self.intake.is_none()
    }
}

text_forms!(CommentKind loose {
    Remark => "remark",
    Amendment => "amendment",
    Deletion => "deletion",
    Support => "support",
});

impl CommentKind {
    /// The Fluent message id of the kind in words ("Proposed amendment").
    pub fn message_id(&self) -> &'static str {
        match self {
            CommentKind::Remark => "comment-kind-remark",
            CommentKind::Amendment => "comment-kind-amendment",
            CommentKind::Deletion => "comment-kind-deletion",
            CommentKind::Support => "comment-kind-support",
        }
    }

    /// Whether a comment of this kind must carry proposed replacement text (only an
    /// amendment does).
    pub fn requires_proposed_text(&self) -> bool {
        matches!(self, CommentKind::Amendment)
    }
}

/// The text of a comment (or of a proposed amendment): line endings are `\n`, NFC-normalised,
/// trimmed, non-empty, at most [`CommentText::MAX_CHARS`] characters, no control characters
/// other than newline and tab. It is plain text: escaping it is the page's job.
#[derive(Debug, Clone, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(transparent)]
pub struct CommentText(String);

/// Why a comment's text was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CommentTextError {
    #[error("Enter a comment")]
    Empty,
    #[error(
        "The comment must be {} characters or fewer (it is {})",
        group_thousands(CommentText::MAX_CHARS),
        group_thousands(*len)
    )]
    TooLong { len: usize },
    /// `position` is the 1-based index (in characters, after normalisation) of the first
    /// offending character.
    #[error(
        "The comment contains an invisible control character at position {}; remove it and try again",
        group_thousands(*position)
    )]
    ControlCharacter { position: usize },
}

impl CommentTextError {
    /// The Fluent message id of this error.
    pub fn message_id(&self) -> &'static str {
        match self {
            CommentTextError::Empty => "error-comment-empty",
            CommentTextError::TooLong { .. } => "error-comment-too-long",
            CommentTextError::ControlCharacter { .. } => "error-comment-control-character",
        }
    }
}

impl CommentText {
    /// Longest text accepted, in Unicode scalar values after normalisation.
    pub const MAX_CHARS: usize = 20_000;

    pub fn parse(input: &str) -> Result<CommentText, CommentTextError> {
        let unified = input.replace("\r\n", "\n").replace('\r', "\n");
        let nfc: String = unified.nfc().collect();
        let text = nfc.trim();
        if text.is_empty() {
            return Err(CommentTextError::Empty);
        }
        let len = text.chars().count();
        if len > Self::MAX_CHARS {
            return Err(CommentTextError::TooLong { len });
        }
        if let Some(index) = text
            .chars()
            .position(|c| c.is_control() && c != '\n' && c != '\t')
        {
            return Err(CommentTextError::ControlCharacter {
                position: index + 1,
            });
        }
        Ok(CommentText(text.to_owned()))
    }
}

checked_text!(CommentText);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_round_trip() {
        for kind in CommentKind::all() {
            assert_eq!(CommentKind::parse(kind.as_str()), Some(kind));
            assert_eq!(kind.message_id(), format!("comment-kind-{}", kind.as_str()));
            assert_eq!(
                kind.requires_proposed_text(),
                kind == CommentKind::Amendment
            );
        }
        assert_eq!(
            CommentKind::parse(" Amendment "),
            Some(CommentKind::Amendment)
        );
        assert_eq!(CommentKind::parse("objection"), None);
        assert_eq!(CommentKind::parse(""), None);
    }

    #[test]
    fn text_is_nfc_normalised() {
        let text = CommentText::parse("Caf e\u{301}").unwrap();
        assert_eq!(text.as_str(), "Caf \u{e9}");
    }

    #[test]
    fn line_endings_are_unified_and_text_trimmed() {
        let text = CommentText::parse("\r\n  First line\r\nSecond\rThird\n\n  ").unwrap();
        assert_eq!(text.as_str(), "First line\nSecond\nThird");
        assert_eq!(text.clone().into_inner(), "First line\nSecond\nThird");
        assert_eq!(text.to_string(), "First line\nSecond\nThird");
    }

    #[test]
    fn empty_is_refused() {
        assert_eq!(CommentText::parse(""), Err(CommentTextError::Empty));
        assert_eq!(
            CommentText::parse(" \r\n\t \u{3000}"),
            Err(CommentTextError::Empty)
        );
        assert_eq!(CommentTextError::Empty.to_string(), "Enter a comment");
    }

    #[test]
    fn length_limit_counts_after_normalisation() {
        assert!(CommentText::parse(&"a".repeat(20_000)).is_ok());
        assert_eq!(
            CommentText::parse(&"a".repeat(20_001)),
            Err(CommentTextError::TooLong { len: 20_001 })
        );
        // 20,000 decomposed "e + combining acute" (40,000 scalar values) become 20,000 "é".
        let decomposed = "e\u{301}".repeat(20_000);
        assert_eq!(
            CommentText::parse(&decomposed)
                .unwrap()
                .as_str()
                .chars()
                .count(),
            20_000
        );
        let decomposed = "e\u{301}".repeat(20_001);
        assert_eq!(
            CommentText::parse(&decomposed),
            Err(CommentTextError::TooLong { len: 20_001 })
        );
        // Surrounding whitespace does not count.
        assert!(CommentText::parse(&format!("  {}\n", "a".repeat(20_000))).is_ok());
        assert_eq!(
            CommentTextError::TooLong { len: 20_013 }.to_string(),
            "The comment must be 20,000 characters or fewer (it is 20,013)"
        );
    }

    #[test]
    fn markup_is_just_text() {
        let text = CommentText::parse("<script>alert(1)</script>").unwrap();
        assert_eq!(text.as_str(), "<script>alert(1)</script>");
    }

    #[test]
    fn control_characters_are_refused_except_tab_and_newline() {
        assert_eq!(
            CommentText::parse("ab\0c"),
            Err(CommentTextError::ControlCharacter { position: 3 })
        );
        assert_eq!(
            CommentText::parse("x\u{1b}[31m"),
            Err(CommentTextError::ControlCharacter { position: 2 })
        );
        assert_eq!(
            CommentText::parse("é\u{7f}"),
            Err(CommentTextError::ControlCharacter { position: 2 })
        );
        let text = CommentText::parse("a\tb\nc").unwrap();
        assert_eq!(text.as_str(), "a\tb\nc");
        assert!(CommentText::parse("line\u{2028}separator").is_ok());
    }

    #[test]
    fn other_scripts_are_accepted() {
        for input in [
            "نقترح حذف هذه التوصية.",
            "我们支持这项建议。",
            "Предлагаем исключить.",
            "Mit \u{1F44D} Unterstützung",
        ] {
            assert_eq!(CommentText::parse(input).unwrap().as_str(), input);
        }
    }

    #[test]
    fn message_ids() {
        assert_eq!(CommentTextError::Empty.message_id(), "error-comment-empty");
        assert_eq!(
            CommentTextError::TooLong { len: 1 }.message_id(),
            "error-comment-too-long"
        );
        assert_eq!(
            CommentTextError::ControlCharacter { position: 1 }.message_id(),
            "error-comment-control-character"
        );
    }
}
