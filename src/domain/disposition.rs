//! Owns the Chair's decision on a recommendation (`Decision`, `Disposition` and the rules its
//! fields must meet), the word-level changes between a draft and its consolidated text, the
//! labels of added paragraphs (`5 bis`, `5 ter`) and who may consolidate and publish.

use similar::{ChangeTag, TextDiff};

use crate::domain::{Actor, CommentText, CommentTextError, Role};

/// What becomes of a recommendation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Decision {
    /// Kept as drafted.
    Retained,
    /// Kept with a consolidated text.
    Amended,
    /// Folded into another recommendation.
    Merged,
    /// Dropped.
    Deleted,
    /// No agreement: the text keeps square brackets around the disputed parts.
    Bracketed,
}

text_forms!(Decision loose {
    Retained => "retained",
    Amended => "amended",
    Merged => "merged",
    Deleted => "deleted",
    Bracketed => "bracketed",
});

impl Decision {
    /// Whether the recommendation stays in the consolidated text (possibly in brackets).
    pub fn keeps_text(&self) -> bool {
        matches!(
            self,
            Decision::Retained | Decision::Amended | Decision::Bracketed
        )
    }
}

/// A decision whose fields meet the rules: the consolidated text is the draft's for
/// `Retained`, the given (validated) text for `Amended` and `Bracketed`, and absent for
/// `Merged` and `Deleted`; `merged_into` is set exactly for `Merged`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Disposition {
    pub decision: Decision,
    pub text: Option<String>,
    pub merged_into: Option<i64>,
    pub note: String,
}

/// The Chair's current disposition of one recommendation, as saved: the decision with its
/// version (a save names the version it changes) and who saved it when. The compilation of the
/// outcome and the merges reason about it, so it is a domain value that the store builds.
#[derive(Debug, Clone, PartialEq)]
pub struct SavedDisposition {
    pub disposition_id: i64,
    pub recommendation_id: i64,
    pub decision: Decision,
    pub text: Option<String>,
    pub merged_into: Option<i64>,
    pub note: String,
    pub version: i64,
    pub updated_at: jiff::Timestamp,
    pub updated_by: i64,
    /// The name (or e-mail, when it has none) of who saved this version.
    pub updated_by_name: String,
}

/// Why a disposition was refused; `field()` names the form field it belongs to.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DispositionError {
    #[error("Select what becomes of the recommendation")]
    DecisionMissing,
    #[error("Enter the consolidated text")]
    TextMissing,
    #[error("The consolidated text is not valid: {0}")]
    Text(CommentTextError),
    #[error("A bracketed text must put the disputed parts in [square brackets], each one closed")]
    BracketsMissing,
    #[error("Select the recommendation this one is merged into")]
    MergeTargetMissing,
    #[error("A recommendation cannot be merged into itself")]
    MergeIntoItself,
    #[error("The note is not valid: {0}")]
    Note(CommentTextError),
}

impl DispositionError {
    /// The Fluent message id of this error.
    pub fn message_id(&self) -> &'static str {
        match self {
            DispositionError::DecisionMissing => "error-disposition-decision",
            DispositionError::TextMissing => "error-disposition-text-missing",
            DispositionError::Text(e) | DispositionError::Note(e) => e.message_id(),
            DispositionError::BracketsMissing => "error-disposition-brackets",
            DispositionError::MergeTargetMissing => "error-disposition-merge-target",
            DispositionError::MergeIntoItself => "error-disposition-merge-itself",
        }
    }

    /// The form field the error belongs to.
    pub fn field(&self) -> &'static str {
        match self {
            DispositionError::DecisionMissing => "decision",
            DispositionError::TextMissing
            | DispositionError::Text(_)
            | DispositionError::BracketsMissing => "text",
            DispositionError::MergeTargetMissing | DispositionError::MergeIntoItself => {
                "merged_into"
            }
            DispositionError::Note(_) => "note",
        }
    }
}

/// What the Chair chose, unparsed (as typed into the form or sent to the API).
#[derive(Debug, Clone, Default)]
pub struct DispositionInput<'a> {
    pub decision: &'a str,
    pub text: &'a str,
    pub merged_into: Option<i64>,
    pub note: &'a str,
}

impl Disposition {
    /// Checks a decision on recommendation `recommendation_id` whose draft reads `draft_text`.
    /// Every problem is reported, not only the first.
    pub fn parse(
        input: &DispositionInput<'_>,
        recommendation_id: i64,
        draft_text: &str,
    ) -> Result<Disposition, Vec<DispositionError>> {
        let mut errors = Vec::new();
        let decision = Decision::parse(input.decision);
        if decision.is_none() {
            errors.push(DispositionError::DecisionMissing);
        }
        let note = match input.note.trim() {
            "" => String::new(),
            note => match CommentText::parse(note) {
                Ok(n) => n.into_inner(),
                Err(e) => {
                    errors.push(DispositionError::Note(e));
                    String::new()
                }
            },
        };
        let mut text = None;
        let mut merged_into = None;
        match decision {
            Some(Decision::Retained) => text = Some(draft_text.to_string()),
            Some(Decision::Amended | Decision::Bracketed) => match CommentText::parse(input.text) {
                Ok(t) => {
                    let t = t.into_inner();
                    if decision == Some(Decision::Bracketed) && !has_balanced_brackets(&t) {
                        errors.push(DispositionError::BracketsMissing);
                    }
                    text = Some(t);
                }
                Err(CommentTextError::Empty) => errors.push(DispositionError::TextMissing),
                Err(e) => errors.push(DispositionError::Text(e)),
            },
            Some(Decision::Merged) => match input.merged_into {
                None => errors.push(DispositionError::MergeTargetMissing),
                Some(id) if id == recommendation_id => {
                    errors.push(DispositionError::MergeIntoItself)
                }
                Some(id) => merged_into = Some(id),
            },
            Some(Decision::Deleted) | None => {}
        }
        match decision {
            Some(decision) if errors.is_empty() => Ok(Disposition {
                decision,
                text,
                merged_into,
                note,
            }),
            _ => Err(errors),
        }
    }
}

/// True when `text` has at least one `[…]` and every bracket opened is closed, without nesting.
pub fn has_balanced_brackets(text: &str) -> bool {
    let mut open = false;
    let mut pairs = 0;
    for c in text.chars() {
        match c {
            '[' if open => return false,
            '[' => open = true,
            ']' if !open => return false,
            ']' => {
                open = false;
                pairs += 1;
            }
            _ => {}
        }
    }
    !open && pairs > 0
}

/// One stretch of a text compared with the text it changes.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(tag = "change", content = "text", rename_all = "snake_case")]
pub enum Change {
    Same(String),
    Inserted(String),
    Deleted(String),
}

impl Change {
    pub fn text(&self) -> &str {
        match self {
            Change::Same(t) | Change::Inserted(t) | Change::Deleted(t) => t,
        }
    }
}

/// The word-level changes that turn `before` into `after`: deletions come before the
/// insertions that replace them, neighbouring pieces of one kind are joined, and a replacement
/// of several words separated by unchanged spaces reads as one replacement.
pub fn word_changes(before: &str, after: &str) -> Vec<Change> {
    let diff = TextDiff::from_words(before, after);
    let mut raw: Vec<Change> = Vec::new();
    for change in diff.iter_all_changes() {
        let value = change.value();
        let piece = match change.tag() {
            ChangeTag::Equal => Change::Same(value.to_string()),
            ChangeTag::Insert => Change::Inserted(value.to_string()),
            ChangeTag::Delete => Change::Deleted(value.to_string()),
        };
        push_joined(&mut raw, piece);
    }
    let mut out = Vec::with_capacity(raw.len());
    let mut i = 0;
    while i < raw.len() {
        if matches!(raw[i], Change::Same(_)) {
            out.push(raw[i].clone());
            i += 1;
            continue;
        }
        // A hunk: changes, possibly bridged by whitespace-only unchanged pieces.
        let mut end = i;
        while end + 1 < raw.len() {
            let bridge = matches!(&raw[end + 1], Change::Same(t) if t.trim().is_empty())
                && end + 2 < raw.len()
                && !matches!(raw[end + 2], Change::Same(_));
            if !matches!(raw[end + 1], Change::Same(_)) {
                end += 1;
            } else if bridge {
                end += 2;
            } else {
                break;
            }
        }
        let hunk = &raw[i..=end];
        let has_both = hunk.iter().any(|c| matches!(c, Change::Deleted(_)))
            && hunk.iter().any(|c| matches!(c, Change::Inserted(_)));
        if has_both {
            let (mut deleted, mut inserted) = (String::new(), String::new());
            for piece in hunk {
                match piece {
                    Change::Same(t) => {
                        deleted.push_str(t);
                        inserted.push_str(t);
                    }
                    Change::Deleted(t) => deleted.push_str(t),
                    Change::Inserted(t) => inserted.push_str(t),
                }
            }
            out.push(Change::Deleted(deleted));
            out.push(Change::Inserted(inserted));
        } else {
            out.extend(hunk.iter().cloned());
        }
        i = end + 1;
    }
    out
}

fn push_joined(out: &mut Vec<Change>, piece: Change) {
    match (out.last_mut(), &piece) {
        (Some(Change::Same(a)), Change::Same(b))
        | (Some(Change::Inserted(a)), Change::Inserted(b))
        | (Some(Change::Deleted(a)), Change::Deleted(b)) => a.push_str(b),
        _ => out.push(piece),
    }
}

/// The Latin ordinals that label paragraphs added after another (`5 bis`, `5 ter`…), as UN
/// documents number them.
pub(crate) const ADDED_SUFFIXES: [&str; 9] = [
    "bis",
    "ter",
    "quater",
    "quinquies",
    "sexies",
    "septies",
    "octies",
    "novies",
    "decies",
];

/// The label for a paragraph added after `after`: `5` → `5 bis`, then `5 ter` when
/// `5 bis` exists; `5 bis` → `5 ter`. `None` past `decies`.
pub fn next_added_label(after: &str, existing: &[&str]) -> Option<String> {
    let (base, start) = match after.rsplit_once(' ') {
        Some((base, suffix)) => match ADDED_SUFFIXES.iter().position(|s| *s == suffix) {
            Some(i) => (base, i + 1),
            None => (after, 0),
        },
        None => (after, 0),
    };
    ADDED_SUFFIXES[start.min(ADDED_SUFFIXES.len())..]
        .iter()
        .map(|s| format!("{base} {s}"))
        .find(|label| !existing.contains(&label.as_str()))
}

impl Actor {
    /// The Chair and the Secretariat consolidate.
    pub fn can_consolidate(&self) -> bool {
        self.role.is_staff()
    }

    /// Only the Chair publishes the outcome.
    pub fn can_publish_outcome(&self) -> bool {
        self.role == Role::Chair
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input<'a>(
        decision: &'a str,
        text: &'a str,
        merged_into: Option<i64>,
    ) -> DispositionInput<'a> {
        DispositionInput {
            decision,
            text,
            merged_into,
            note: "",
        }
    }

    #[test]
    fn decisions_round_trip() {
        for d in Decision::all() {
            assert_eq!(Decision::parse(d.as_str()), Some(d));
        }
        assert_eq!(Decision::parse(" Amended "), Some(Decision::Amended));
        assert_eq!(Decision::parse("adopted"), None);
        assert!(Decision::Bracketed.keeps_text());
        assert!(!Decision::Merged.keeps_text());
    }

    #[test]
    fn retained_takes_the_draft_text() {
        let d = Disposition::parse(&input("retained", "ignored", None), 1, "Draft.").unwrap();
        assert_eq!(d.text.as_deref(), Some("Draft."));
        assert_eq!(d.merged_into, None);
    }

    #[test]
    fn amended_needs_text() {
        assert_eq!(
            Disposition::parse(&input("amended", "  ", None), 1, "Draft."),
            Err(vec![DispositionError::TextMissing])
        );
        let d =
            Disposition::parse(&input("amended", " New <text> & \"more\" ", None), 1, "D").unwrap();
        assert_eq!(d.text.as_deref(), Some("New <text> & \"more\""));
    }

    #[test]
    fn bracketed_needs_closed_brackets() {
        for bad in ["No brackets.", "[open", "close]", "[[nested]]", "a ] b [ c"] {
            assert_eq!(
                Disposition::parse(&input("bracketed", bad, None), 1, "D"),
                Err(vec![DispositionError::BracketsMissing]),
                "{bad}"
            );
        }
        assert!(Disposition::parse(&input("bracketed", "a [b] c [d]", None), 1, "D").is_ok());
    }

    #[test]
    fn merged_needs_another_target() {
        assert_eq!(
            Disposition::parse(&input("merged", "", None), 1, "D"),
            Err(vec![DispositionError::MergeTargetMissing])
        );
        assert_eq!(
            Disposition::parse(&input("merged", "", Some(1)), 1, "D"),
            Err(vec![DispositionError::MergeIntoItself])
        );
        let d = Disposition::parse(&input("merged", "x", Some(2)), 1, "D").unwrap();
        assert_eq!((d.merged_into, d.text), (Some(2), None));
    }

    #[test]
    fn every_problem_is_reported() {
        let bad = DispositionInput {
            decision: "",
            text: "",
            merged_into: None,
            note: "a\u{0}b",
        };
        let errors = Disposition::parse(&bad, 1, "D").unwrap_err();
        let fields: Vec<&str> = errors.iter().map(DispositionError::field).collect();
        assert_eq!(fields, ["decision", "note"]);
        assert_eq!(errors[0].message_id(), "error-disposition-decision");
        assert_eq!(errors[1].message_id(), "error-comment-control-character");
    }

    #[test]
    fn word_changes_mark_insertions_and_deletions() {
        let changes = word_changes(
            "States parties should consider ensuring access.",
            "States parties shall ensure access.",
        );
        assert_eq!(
            changes,
            vec![
                Change::Same("States parties ".into()),
                Change::Deleted("should consider ensuring".into()),
                Change::Inserted("shall ensure".into()),
                Change::Same(" access.".into()),
            ]
        );
        let same = word_changes("Unchanged text.", "Unchanged text.");
        assert_eq!(same, vec![Change::Same("Unchanged text.".into())]);
        assert_eq!(
            word_changes("", "Added."),
            vec![Change::Inserted("Added.".into())]
        );
        assert_eq!(
            word_changes("Gone.", ""),
            vec![Change::Deleted("Gone.".into())]
        );
        // The pieces put back together give each side.
        let before = "Государства-участники должны <рассмотреть> вопрос & \"другое\".";
        let after = "Государства-участники <должны> рассмотреть & вопрос.";
        let changes = word_changes(before, after);
        let rebuilt_before: String = changes
            .iter()
            .filter(|c| !matches!(c, Change::Inserted(_)))
            .map(Change::text)
            .collect();
        let rebuilt_after: String = changes
            .iter()
            .filter(|c| !matches!(c, Change::Deleted(_)))
            .map(Change::text)
            .collect();
        assert_eq!(
            (rebuilt_before.as_str(), rebuilt_after.as_str()),
            (before, after)
        );
    }

    #[test]
    fn added_labels() {
        assert_eq!(next_added_label("5", &[]).as_deref(), Some("5 bis"));
        assert_eq!(next_added_label("5", &["5 bis"]).as_deref(), Some("5 ter"));
        assert_eq!(next_added_label("5 bis", &[]).as_deref(), Some("5 ter"));
        assert_eq!(
            next_added_label("2 (a)", &["2 (a) bis", "2 (a) ter"]).as_deref(),
            Some("2 (a) quater")
        );
        assert_eq!(next_added_label("5 decies", &[]), None);
    }

    #[test]
    fn who_consolidates_and_publishes() {
        let chair = Actor {
            user_id: 1,
            role: Role::Chair,
            delegation_id: None,
        };
        let secretariat = Actor {
            role: Role::Secretariat,
            ..chair
        };
        let delegate = Actor {
            role: Role::Delegate,
            delegation_id: Some(3),
            ..chair
        };
        assert!(chair.can_consolidate() && chair.can_publish_outcome());
        assert!(secretariat.can_consolidate() && !secretariat.can_publish_outcome());
        assert!(!delegate.can_consolidate() && !delegate.can_publish_outcome());
    }
}
