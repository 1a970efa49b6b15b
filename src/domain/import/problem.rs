//! What can be wrong with an imported file: [`ImportProblem`] (where: row and column) and
//! [`ProblemKind`] (what), in English through `Display` and for the translator as a Fluent
//! message id with its variables.
//!
//! Fluent message ids of [`ImportProblem::message_id`] (for the translator). Every message
//! gets `$row` (0 for the file as a whole) and, when the problem is in one column,
//! `$column`; the other variables are listed after each id (see [`ImportProblem::args`]):
//!
//! - `import-too-large`: `$bytes`, `$limit`
//! - `import-too-many-delegations`, `import-too-many-recommendations`: `$rows`, `$limit`
//! - `import-not-utf8`
//! - `import-empty`
//! - `import-missing-columns`: `$expected`
//! - `import-malformed`: `$detail` (English, from the CSV reader)
//! - `import-missing-value`
//! - `import-unknown-category`: `$value`, `$expected`
//! - `import-malformed-email`: `$value`
//! - `import-invalid-label`: `$reason` (the id of the label error, e.g.
//!   `error-recommendation-label-too-long`) and its `$len` or `$character`
//! - `import-invalid-name`: `$reason` (e.g. `error-delegation-name-too-long`), `$len`
//! - `import-invalid-text`: `$reason` (e.g. `error-comment-too-long`), `$len` or `$position`
//! - `import-invalid-title`: `$reason` (e.g. `error-title-bidi-control`), `$len` or `$character`
//! - `import-duplicate-label`: `$label`, `$first_row`
//! - `import-duplicate-delegation`: `$name`, `$first_row`
//! - `import-duplicate-email`: `$email`, `$first_row`
//! - `import-email-taken`: `$email`
//! - `import-agenda-title-mismatch`: `$agenda_item`, `$title` (the title first given),
//!   `$first_row`
//! - `import-unnumbered-line`

use std::collections::HashMap;
use std::collections::hash_map::Entry;
use std::fmt;
use std::hash::Hash;

use crate::domain::bidi::shown_char;
use crate::domain::{
    CommentTextError, DelegationCategory, DelegationNameError, RecommendationLabelError,
    TitleError, group_thousands,
};

/// Largest file accepted, in bytes (5 MiB).
pub const MAX_IMPORT_BYTES: usize = 5 * 1024 * 1024;

/// Most delegations one import takes, and most recommendations a draft has: what one write
/// stores in well under the ~50 ms every holder of the writer's turn is kept to (the
/// delegations and comments of a deadline wait behind it).
pub const MAX_IMPORT_DELEGATIONS: usize = 2_000;
pub const MAX_IMPORT_RECOMMENDATIONS: usize = 2_000;

/// Longest excerpt of a user's value repeated in a message, in characters.
pub(super) const MAX_EXCERPT_CHARS: usize = 80;

/// One thing wrong with an imported file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportProblem {
    /// The row as a spreadsheet numbers it (the header is row 1), or the line of a plain-text
    /// draft; 0 for the file as a whole.
    pub row: usize,
    /// The column the problem is in, by its canonical name (e.g. `"category"`).
    pub column: Option<&'static str>,
    pub kind: ProblemKind,
}

/// What is wrong. The `Display` text is the English message, starting in lower case; it is
/// meant to follow "Row 5, column …: " (see [`ImportProblem`]'s `Display`).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ProblemKind {
    #[error(
        "the file is too large ({} bytes); the limit is {} bytes (5 MB)",
        group_thousands(*bytes),
        group_thousands(MAX_IMPORT_BYTES)
    )]
    TooLarge { bytes: usize },
    #[error(
        "the file lists {} delegations; at most {} can be imported at once (split the file)",
        group_thousands(*rows),
        group_thousands(MAX_IMPORT_DELEGATIONS)
    )]
    TooManyDelegations { rows: usize },
    #[error(
        "the draft has {} recommendations; a draft may have at most {}",
        group_thousands(*rows),
        group_thousands(MAX_IMPORT_RECOMMENDATIONS)
    )]
    TooManyRecommendations { rows: usize },
    #[error("the file is not UTF-8 text; save it as \u{201c}CSV UTF-8\u{201d} and try again")]
    NotUtf8,
    #[error("the file has no rows to import")]
    Empty,
    #[error("the first row must name the columns {expected}")]
    MissingColumns { expected: &'static str },
    #[error("the file cannot be read: {detail}")]
    Malformed { detail: String },
    #[error("a value is required")]
    MissingValue,
    #[error("unknown category \"{value}\" (expected {})", category_list())]
    UnknownCategory { value: String },
    #[error("\"{value}\" is not an e-mail address in the form name@example.org")]
    MalformedEmail { value: String },
    #[error("{}", lower_first(&.0.to_string()))]
    InvalidLabel(RecommendationLabelError),
    #[error("{}", lower_first(&.0.to_string()))]
    InvalidName(DelegationNameError),
    #[error("{}", lower_first(&.0.to_string()))]
    InvalidText(CommentTextError),
    #[error("{}", lower_first(&.0.to_string()))]
    InvalidTitle(TitleError),
    #[error("the label \"{label}\" is already used on row {first_row}")]
    DuplicateLabel { label: String, first_row: usize },
    #[error("\"{name}\" is already listed on row {first_row}")]
    DuplicateDelegation { name: String, first_row: usize },
    #[error("the e-mail address {email} is already a focal point on row {first_row}")]
    DuplicateEmail { email: String, first_row: usize },
    /// The address already belongs to another delegation or to the Chair's team (found when
    /// the import is checked against what is stored).
    #[error("the e-mail address {email} already belongs to another delegation or to staff")]
    EmailTaken { email: String },
    /// An agenda item given again with another title than on `first_row`.
    #[error(
        "agenda item \"{agenda_item}\" is titled \"{title}\" on row {first_row}; give all its \
         rows the same title"
    )]
    AgendaTitleMismatch {
        agenda_item: String,
        title: String,
        first_row: usize,
    },
    #[error(
        "the line is neither an agenda item (\u{201c}Agenda item 2: Title\u{201d}) nor a \
         numbered paragraph (\u{201c}1. Text\u{201d}, \u{201c}5 bis. Text\u{201d})"
    )]
    UnnumberedLine,
}

/// A column's value through its checked type's `parse` (`parsed`), or `None` with the problem
/// recorded at (`row`, `column`): a missing value when the type refused it as `empty`, else what
/// `invalid` makes of the refusal.
pub(super) fn checked<T, E: PartialEq>(
    problems: &mut Vec<ImportProblem>,
    (row, column): (usize, &'static str),
    parsed: Result<T, E>,
    empty: E,
    invalid: fn(E) -> ProblemKind,
) -> Option<T> {
    let kind = match parsed {
        Ok(value) => return Some(value),
        Err(err) if err == empty => ProblemKind::MissingValue,
        Err(err) => invalid(err),
    };
    problems.push(ImportProblem::at(row, column, kind));
    None
}

/// The row on which `key` was first given, or `None` (and `row` noted as that row) when this is
/// the first time.
pub(super) fn first_row<K: Eq + Hash>(
    seen: &mut HashMap<K, usize>,
    key: K,
    row: usize,
) -> Option<usize> {
    match seen.entry(key) {
        Entry::Occupied(first) => Some(*first.get()),
        Entry::Vacant(first) => {
            first.insert(row);
            None
        }
    }
}

impl ImportProblem {
    pub(super) fn new(row: usize, column: Option<&'static str>, kind: ProblemKind) -> Self {
        ImportProblem { row, column, kind }
    }

    pub(super) fn file(kind: ProblemKind) -> Self {
        ImportProblem::new(0, None, kind)
    }

    pub(super) fn at(row: usize, column: &'static str, kind: ProblemKind) -> Self {
        ImportProblem::new(row, Some(column), kind)
    }

    /// The Fluent message id of this problem (listed in the module documentation).
    pub fn message_id(&self) -> &'static str {
        match self.kind {
            ProblemKind::TooLarge { .. } => "import-too-large",
            ProblemKind::TooManyDelegations { .. } => "import-too-many-delegations",
            ProblemKind::TooManyRecommendations { .. } => "import-too-many-recommendations",
            ProblemKind::NotUtf8 => "import-not-utf8",
            ProblemKind::Empty => "import-empty",
            ProblemKind::MissingColumns { .. } => "import-missing-columns",
            ProblemKind::Malformed { .. } => "import-malformed",
            ProblemKind::MissingValue => "import-missing-value",
            ProblemKind::UnknownCategory { .. } => "import-unknown-category",
            ProblemKind::MalformedEmail { .. } => "import-malformed-email",
            ProblemKind::InvalidLabel(_) => "import-invalid-label",
            ProblemKind::InvalidName(_) => "import-invalid-name",
            ProblemKind::InvalidText(_) => "import-invalid-text",
            ProblemKind::InvalidTitle(_) => "import-invalid-title",
            ProblemKind::DuplicateLabel { .. } => "import-duplicate-label",
            ProblemKind::DuplicateDelegation { .. } => "import-duplicate-delegation",
            ProblemKind::DuplicateEmail { .. } => "import-duplicate-email",
            ProblemKind::EmailTaken { .. } => "import-email-taken",
            ProblemKind::AgendaTitleMismatch { .. } => "import-agenda-title-mismatch",
            ProblemKind::UnnumberedLine => "import-unnumbered-line",
        }
    }

    /// The variables of the Fluent message: always `row`, `column` when set, then the
    /// values of the kind of problem.
    pub fn args(&self) -> Vec<(&'static str, String)> {
        let mut args = vec![("row", self.row.to_string())];
        if let Some(column) = self.column {
            args.push(("column", column.to_owned()));
        }
        match &self.kind {
            ProblemKind::TooLarge { bytes } => {
                args.push(("bytes", bytes.to_string()));
                args.push(("limit", MAX_IMPORT_BYTES.to_string()));
            }
            ProblemKind::TooManyDelegations { rows } => {
                args.push(("rows", group_thousands(*rows)));
                args.push(("limit", group_thousands(MAX_IMPORT_DELEGATIONS)));
            }
            ProblemKind::TooManyRecommendations { rows } => {
                args.push(("rows", group_thousands(*rows)));
                args.push(("limit", group_thousands(MAX_IMPORT_RECOMMENDATIONS)));
            }
            ProblemKind::NotUtf8
            | ProblemKind::Empty
            | ProblemKind::MissingValue
            | ProblemKind::UnnumberedLine => {}
            ProblemKind::MissingColumns { expected } => {
                args.push(("expected", (*expected).to_owned()));
            }
            ProblemKind::Malformed { detail } => args.push(("detail", detail.clone())),
            ProblemKind::UnknownCategory { value } => {
                args.push(("value", value.clone()));
                args.push(("expected", category_list()));
            }
            ProblemKind::MalformedEmail { value } => args.push(("value", value.clone())),
            ProblemKind::InvalidLabel(err) => {
                args.push(("reason", err.message_id().to_owned()));
                match err {
                    RecommendationLabelError::Empty => {}
                    RecommendationLabelError::TooLong { len } => {
                        args.push(("len", len.to_string()));
                    }
                    RecommendationLabelError::InvalidCharacter { character } => {
                        args.push(("character", shown_char(*character)));
                    }
                }
            }
            ProblemKind::InvalidName(err) => {
                args.push(("reason", err.message_id().to_owned()));
                if let DelegationNameError::TooLong { len } = err {
                    args.push(("len", len.to_string()));
                }
            }
            ProblemKind::InvalidText(err) => {
                args.push(("reason", err.message_id().to_owned()));
                match err {
                    CommentTextError::Empty => {}
                    CommentTextError::TooLong { len } => args.push(("len", len.to_string())),
                    CommentTextError::ControlCharacter { position } => {
                        args.push(("position", position.to_string()));
                    }
                }
            }
            ProblemKind::InvalidTitle(err) => {
                args.push(("reason", err.message_id().to_owned()));
                match err {
                    TitleError::Empty | TitleError::ControlCharacter => {}
                    TitleError::TooLong { len } => args.push(("len", len.to_string())),
                    TitleError::BidiControl { character } => {
                        args.push(("character", shown_char(*character)));
                    }
                }
            }
            ProblemKind::DuplicateLabel { label, first_row } => {
                args.push(("label", label.clone()));
                args.push(("first_row", first_row.to_string()));
            }
            ProblemKind::DuplicateDelegation { name, first_row } => {
                args.push(("name", name.clone()));
                args.push(("first_row", first_row.to_string()));
            }
            ProblemKind::DuplicateEmail { email, first_row } => {
                args.push(("email", email.clone()));
                args.push(("first_row", first_row.to_string()));
            }
            ProblemKind::EmailTaken { email } => args.push(("email", email.clone())),
            ProblemKind::AgendaTitleMismatch {
                agenda_item,
                title,
                first_row,
            } => {
                args.push(("agenda_item", agenda_item.clone()));
                args.push(("title", title.clone()));
                args.push(("first_row", first_row.to_string()));
            }
        }
        args
    }
}

/// `Row 5, column "category": unknown category …`, `Row 7: …`, or for the file as a whole
/// the message alone, capitalised.
impl fmt::Display for ImportProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.row, self.column) {
            (0, None) => f.write_str(&upper_first(&self.kind.to_string())),
            (0, Some(column)) => write!(f, "Column \"{column}\": {}", self.kind),
            (row, None) => write!(f, "Row {row}: {}", self.kind),
            (row, Some(column)) => write!(f, "Row {row}, column \"{column}\": {}", self.kind),
        }
    }
}

impl std::error::Error for ImportProblem {}

/// Refuses a file over [`MAX_IMPORT_BYTES`] before reading it.
pub(super) fn check_size(len: usize) -> Result<(), Vec<ImportProblem>> {
    if len > MAX_IMPORT_BYTES {
        Err(vec![ImportProblem::file(ProblemKind::TooLarge {
            bytes: len,
        })])
    } else {
        Ok(())
    }
}

/// Refuses more delegations than one import takes.
pub fn check_delegation_count(rows: usize) -> Result<(), Vec<ImportProblem>> {
    if rows > MAX_IMPORT_DELEGATIONS {
        Err(vec![ImportProblem::file(ProblemKind::TooManyDelegations {
            rows,
        })])
    } else {
        Ok(())
    }
}

/// Refuses a draft of more recommendations than a draft may have.
pub fn check_recommendation_count(rows: usize) -> Result<(), Vec<ImportProblem>> {
    if rows > MAX_IMPORT_RECOMMENDATIONS {
        Err(vec![ImportProblem::file(
            ProblemKind::TooManyRecommendations { rows },
        )])
    } else {
        Ok(())
    }
}

/// `party, observer_state, other_observer, igo or other`.
fn category_list() -> String {
    let names: Vec<&str> = DelegationCategory::all()
        .iter()
        .map(DelegationCategory::as_str)
        .collect();
    match names.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{} or {last}", rest.join(", ")),
        _ => names.join(""),
    }
}

/// A user's value, cut to [`MAX_EXCERPT_CHARS`] characters for a message.
pub(super) fn excerpt(value: &str) -> String {
    let value = value.trim();
    if value.chars().count() <= MAX_EXCERPT_CHARS {
        value.to_owned()
    } else {
        let mut cut: String = value.chars().take(MAX_EXCERPT_CHARS - 1).collect();
        cut.push('\u{2026}');
        cut
    }
}

fn lower_first(message: &str) -> String {
    let mut chars = message.chars();
    match chars.next() {
        Some(first) => first.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

fn upper_first(message: &str) -> String {
    let mut chars = message.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn message_ids_and_args() {
        let kinds = [
            ProblemKind::TooLarge { bytes: 1 },
            ProblemKind::NotUtf8,
            ProblemKind::Empty,
            ProblemKind::MissingColumns { expected: "a" },
            ProblemKind::Malformed {
                detail: "x".to_owned(),
            },
            ProblemKind::MissingValue,
            ProblemKind::UnknownCategory {
                value: "x".to_owned(),
            },
            ProblemKind::MalformedEmail {
                value: "x".to_owned(),
            },
            ProblemKind::InvalidLabel(RecommendationLabelError::Empty),
            ProblemKind::InvalidName(DelegationNameError::Empty),
            ProblemKind::InvalidText(CommentTextError::Empty),
            ProblemKind::InvalidTitle(TitleError::Empty),
            ProblemKind::DuplicateLabel {
                label: "1".to_owned(),
                first_row: 2,
            },
            ProblemKind::DuplicateDelegation {
                name: "A".to_owned(),
                first_row: 2,
            },
            ProblemKind::DuplicateEmail {
                email: "a@b.org".to_owned(),
                first_row: 2,
            },
            ProblemKind::AgendaTitleMismatch {
                agenda_item: "2".to_owned(),
                title: "T".to_owned(),
                first_row: 2,
            },
            ProblemKind::UnnumberedLine,
        ];
        let mut ids: Vec<&str> = kinds
            .iter()
            .map(|kind| ImportProblem::new(3, None, kind.clone()).message_id())
            .collect();
        assert!(ids.iter().all(|id| id.starts_with("import-")));
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), kinds.len());

        let problem = ImportProblem::at(
            7,
            "focal_point_emails",
            ProblemKind::DuplicateEmail {
                email: "a@b.org".to_owned(),
                first_row: 2,
            },
        );
        assert_eq!(
            problem.args(),
            [
                ("row", "7".to_owned()),
                ("column", "focal_point_emails".to_owned()),
                ("email", "a@b.org".to_owned()),
                ("first_row", "2".to_owned()),
            ]
        );
        let file_level = ImportProblem::file(ProblemKind::TooLarge { bytes: 9 });
        assert_eq!(
            file_level.args(),
            [
                ("row", "0".to_owned()),
                ("bytes", "9".to_owned()),
                ("limit", "5242880".to_owned()),
            ]
        );
    }
}
