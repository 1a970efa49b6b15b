//! Owns the parsers of the Chair's imports: a draft (CSV or plain text) and the delegations
//! (CSV). Every row is validated and every problem is reported with its row and column, so
//! that an import with one bad row imports nothing and names the row.
//!
//! Fluent message ids of [`ImportProblem::message_id`] (for the translator). Every message
//! gets `$row` (0 for the file as a whole) and, when the problem is in one column,
//! `$column`; the other variables are listed after each id (see [`ImportProblem::args`]):
//!
//! - `import-too-large`: `$bytes`, `$limit`
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
//! - `import-duplicate-label`: `$label`, `$first_row`
//! - `import-duplicate-delegation`: `$name`, `$first_row`
//! - `import-duplicate-email`: `$email`, `$first_row`
//! - `import-email-taken`: `$email`
//! - `import-agenda-title-mismatch`: `$agenda_item`, `$title` (the title first given),
//!   `$first_row`
//! - `import-unnumbered-line`

use std::collections::HashMap;
use std::fmt;

use crate::domain::{
    CommentText, CommentTextError, DelegationCategory, DelegationName, DelegationNameError, Email,
    RecommendationLabel, RecommendationLabelError, group_thousands, normalize_single_line,
};

/// Largest file accepted, in bytes (5 MiB).
pub const MAX_IMPORT_BYTES: usize = 5 * 1024 * 1024;

/// The columns a draft CSV must have, as named in [`ProblemKind::MissingColumns`].
const DRAFT_COLUMNS: &str = "agenda_item,agenda_title,label,text";
/// The columns of a delegations CSV (`focal_point_emails` is optional).
const DELEGATION_COLUMNS: &str = "name,category,focal_point_emails";

/// The agenda item of the paragraphs of a plain-text draft that come before any
/// `Agenda item …` line.
const DEFAULT_AGENDA_ITEM: &str = "1";
const DEFAULT_AGENDA_TITLE: &str = "Draft recommendations";

/// Longest excerpt of a user's value repeated in a message, in characters.
const MAX_EXCERPT_CHARS: usize = 80;

/// Suffixes of paragraphs inserted after another, as UN documents number them: `5 bis`,
/// `5 ter`…
const LATIN_ORDINALS: [&str; 9] = [
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

/// One recommendation of an imported draft, in file order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DraftRow {
    /// The row (CSV, as a spreadsheet numbers it) or line (plain text) it came from.
    pub row: usize,
    pub agenda_item: String,
    pub agenda_title: String,
    pub label: RecommendationLabel,
    pub text: String,
}

/// One imported delegation, in file order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DelegationRow {
    /// The row as a spreadsheet numbers it (the header is row 1).
    pub row: usize,
    pub name: DelegationName,
    pub category: DelegationCategory,
    pub focal_points: Vec<Email>,
}

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

impl ImportProblem {
    fn new(row: usize, column: Option<&'static str>, kind: ProblemKind) -> Self {
        ImportProblem { row, column, kind }
    }

    fn file(kind: ProblemKind) -> Self {
        ImportProblem::new(0, None, kind)
    }

    fn at(row: usize, column: &'static str, kind: ProblemKind) -> Self {
        ImportProblem::new(row, Some(column), kind)
    }

    /// The Fluent message id of this problem (listed in the module documentation).
    pub fn message_id(&self) -> &'static str {
        match self.kind {
            ProblemKind::TooLarge { .. } => "import-too-large",
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
                        args.push(("character", character.to_string()));
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

/// Parses a draft from CSV with the columns `agenda_item`, `agenda_title`, `label`, `text`
/// (header required; names case-insensitive, in any order; other columns ignored).
pub fn parse_draft_csv(bytes: &[u8]) -> Result<Vec<DraftRow>, Vec<ImportProblem>> {
    const COLUMNS: [&str; 4] = ["agenda_item", "agenda_title", "label", "text"];
    let table = read_csv(bytes, &COLUMNS, COLUMNS.len(), DRAFT_COLUMNS)?;
    let mut draft = DraftChecker::default();
    for row in &table.rows {
        let [item, title, label, text] = [0, 1, 2, 3].map(|i| row.field(i));
        let agenda = draft.check_agenda(row.row, item, title);
        draft.check_paragraph(row.row, agenda.as_ref(), label, text);
    }
    draft.problems.extend(table.trailing);
    draft.finish()
}

/// Parses a draft pasted as plain text, one paragraph per line:
///
/// ```text
/// Agenda item 2: Guidance on non-punishment
/// 1. States parties should consider…
/// 1 bis. States parties should also…
/// 2 (a). …
/// ```
///
/// An agenda item starts with `Agenda item 2: Title`, `Item 2: Title` or `Item 2. Title`
/// (case-insensitive). A paragraph starts with its label (digits, then optionally `bis`,
/// `ter`… and/or a parenthesised letter such as `(a)`) followed by `.`, `)` or a tab.
/// Paragraphs before any agenda item belong to item 1, "Draft recommendations". Rows are
/// line numbers.
pub fn parse_draft_text(text: &str) -> Result<Vec<DraftRow>, Vec<ImportProblem>> {
    check_size(text.len())?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut draft = DraftChecker::default();
    // `None` until the first agenda item line (or the first paragraph before any).
    let mut agenda: Option<Option<(String, String)>> = None;
    for (index, line) in text.lines().enumerate() {
        let row = index + 1;
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        if let Some((item, title)) = parse_agenda_line(line) {
            agenda = Some(draft.check_agenda(row, item, title));
        } else if let Some((label, paragraph)) = parse_paragraph_line(line) {
            let current = agenda.get_or_insert_with(|| {
                draft.check_agenda(row, DEFAULT_AGENDA_ITEM, DEFAULT_AGENDA_TITLE)
            });
            draft.check_paragraph(row, current.as_ref(), &label, paragraph);
        } else {
            draft
                .problems
                .push(ImportProblem::new(row, None, ProblemKind::UnnumberedLine));
        }
    }
    draft.finish()
}

/// Parses delegations from CSV with the columns `name`, `category` and, optionally,
/// `focal_point_emails` (addresses separated by `;`).
pub fn parse_delegations_csv(bytes: &[u8]) -> Result<Vec<DelegationRow>, Vec<ImportProblem>> {
    const COLUMNS: [&str; 3] = ["name", "category", "focal_point_emails"];
    let table = read_csv(bytes, &COLUMNS, 2, DELEGATION_COLUMNS)?;
    let mut delegations = Vec::with_capacity(table.rows.len());
    let mut problems = Vec::new();
    // Lower-cased normalised name → first row.
    let mut names: HashMap<String, usize> = HashMap::new();
    let mut emails: HashMap<Email, usize> = HashMap::new();
    for record in &table.rows {
        let row = record.row;
        let problems_before = problems.len();

        let name = match DelegationName::parse(record.field(0)) {
            Ok(name) => {
                let key = name.as_str().to_lowercase();
                if let Some(&first_row) = names.get(&key) {
                    problems.push(ImportProblem::at(
                        row,
                        "name",
                        ProblemKind::DuplicateDelegation {
                            name: name.to_string(),
                            first_row,
                        },
                    ));
                } else {
                    names.insert(key, row);
                }
                Some(name)
            }
            Err(DelegationNameError::Empty) => {
                problems.push(ImportProblem::at(row, "name", ProblemKind::MissingValue));
                None
            }
            Err(err) => {
                problems.push(ImportProblem::at(
                    row,
                    "name",
                    ProblemKind::InvalidName(err),
                ));
                None
            }
        };

        let raw_category = record.field(1);
        let category = DelegationCategory::parse(raw_category);
        if category.is_none() {
            let kind = if raw_category.trim().is_empty() {
                ProblemKind::MissingValue
            } else {
                ProblemKind::UnknownCategory {
                    value: excerpt(raw_category),
                }
            };
            problems.push(ImportProblem::at(row, "category", kind));
        }

        let mut focal_points = Vec::new();
        for part in record.field(2).split(';').map(str::trim) {
            if part.is_empty() {
                continue;
            }
            match Email::parse(part) {
                Ok(email) => {
                    if let Some(&first_row) = emails.get(&email) {
                        problems.push(ImportProblem::at(
                            row,
                            "focal_point_emails",
                            ProblemKind::DuplicateEmail {
                                email: email.to_string(),
                                first_row,
                            },
                        ));
                    } else {
                        emails.insert(email.clone(), row);
                        focal_points.push(email);
                    }
                }
                Err(_) => problems.push(ImportProblem::at(
                    row,
                    "focal_point_emails",
                    ProblemKind::MalformedEmail {
                        value: excerpt(part),
                    },
                )),
            }
        }

        if let (Some(name), Some(category)) = (name, category)
            && problems.len() == problems_before
        {
            delegations.push(DelegationRow {
                row,
                name,
                category,
                focal_points,
            });
        }
    }
    problems.extend(table.trailing);
    if problems.is_empty() {
        Ok(delegations)
    } else {
        Err(problems)
    }
}

/// Collects the rows and problems of a draft, whichever form it came in.
#[derive(Default)]
struct DraftChecker {
    rows: Vec<DraftRow>,
    problems: Vec<ImportProblem>,
    /// Lower-cased label → first row.
    labels: HashMap<String, usize>,
    /// Agenda item → its first title and the row it was given on.
    titles: HashMap<String, (String, usize)>,
}

impl DraftChecker {
    /// Checks an agenda item and its title; returns them normalised when they are fine.
    fn check_agenda(&mut self, row: usize, item: &str, title: &str) -> Option<(String, String)> {
        let item = normalize_single_line(item);
        let title = normalize_single_line(title);
        if item.is_empty() {
            self.problems.push(ImportProblem::at(
                row,
                "agenda_item",
                ProblemKind::MissingValue,
            ));
        }
        if title.is_empty() {
            self.problems.push(ImportProblem::at(
                row,
                "agenda_title",
                ProblemKind::MissingValue,
            ));
        }
        if item.is_empty() || title.is_empty() {
            return None;
        }
        match self.titles.get(&item) {
            Some((first_title, first_row)) if *first_title != title => {
                self.problems.push(ImportProblem::at(
                    row,
                    "agenda_title",
                    ProblemKind::AgendaTitleMismatch {
                        agenda_item: item,
                        title: first_title.clone(),
                        first_row: *first_row,
                    },
                ));
                None
            }
            Some(_) => Some((item, title)),
            None => {
                self.titles.insert(item.clone(), (title.clone(), row));
                Some((item, title))
            }
        }
    }

    /// Checks a paragraph's label and text and keeps it when it and its agenda item
    /// (`None` when that was refused) are fine.
    fn check_paragraph(
        &mut self,
        row: usize,
        agenda: Option<&(String, String)>,
        label: &str,
        text: &str,
    ) {
        let problems_before = self.problems.len();
        let label = match RecommendationLabel::parse(label) {
            Ok(label) => {
                let key = label.as_str().to_ascii_lowercase();
                if let Some(&first_row) = self.labels.get(&key) {
                    self.problems.push(ImportProblem::at(
                        row,
                        "label",
                        ProblemKind::DuplicateLabel {
                            label: label.to_string(),
                            first_row,
                        },
                    ));
                } else {
                    self.labels.insert(key, row);
                }
                Some(label)
            }
            Err(RecommendationLabelError::Empty) => {
                self.problems
                    .push(ImportProblem::at(row, "label", ProblemKind::MissingValue));
                None
            }
            Err(err) => {
                self.problems.push(ImportProblem::at(
                    row,
                    "label",
                    ProblemKind::InvalidLabel(err),
                ));
                None
            }
        };
        let text = match CommentText::parse(text) {
            Ok(text) => Some(text),
            Err(CommentTextError::Empty) => {
                self.problems
                    .push(ImportProblem::at(row, "text", ProblemKind::MissingValue));
                None
            }
            Err(err) => {
                self.problems.push(ImportProblem::at(
                    row,
                    "text",
                    ProblemKind::InvalidText(err),
                ));
                None
            }
        };
        if let (Some((agenda_item, agenda_title)), Some(label), Some(text)) = (agenda, label, text)
            && self.problems.len() == problems_before
        {
            self.rows.push(DraftRow {
                row,
                agenda_item: agenda_item.clone(),
                agenda_title: agenda_title.clone(),
                label,
                text: text.into_inner(),
            });
        }
    }

    fn finish(self) -> Result<Vec<DraftRow>, Vec<ImportProblem>> {
        if !self.problems.is_empty() {
            Err(self.problems)
        } else if self.rows.is_empty() {
            Err(vec![ImportProblem::file(ProblemKind::Empty)])
        } else {
            Ok(self.rows)
        }
    }
}

/// The data rows of a CSV file, their fields picked by column.
struct CsvTable {
    rows: Vec<CsvRow>,
    /// Problems found after the last row (an unclosed quotation mark), to report last.
    trailing: Vec<ImportProblem>,
}

struct CsvRow {
    row: usize,
    /// Trimmed, in the order of the columns asked for; `""` when absent.
    fields: Vec<String>,
}

impl CsvRow {
    fn field(&self, index: usize) -> &str {
        self.fields.get(index).map_or("", String::as_str)
    }
}

fn check_size(len: usize) -> Result<(), Vec<ImportProblem>> {
    if len > MAX_IMPORT_BYTES {
        Err(vec![ImportProblem::file(ProblemKind::TooLarge {
            bytes: len,
        })])
    } else {
        Ok(())
    }
}

/// Reads a CSV file whose header names `columns`, the first `required` of them required.
fn read_csv(
    bytes: &[u8],
    columns: &[&'static str],
    required: usize,
    expected: &'static str,
) -> Result<CsvTable, Vec<ImportProblem>> {
    check_size(bytes.len())?;
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let text =
        std::str::from_utf8(bytes).map_err(|_| vec![ImportProblem::file(ProblemKind::NotUtf8)])?;

    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut lines = LineCounter::new(text);
    let mut record = csv::StringRecord::new();
    // Index in the record of each of `columns`, once the header is read.
    let mut header: Option<Vec<Option<usize>>> = None;
    let mut header_row = 0;
    let mut rows = Vec::new();
    // Where the last non-blank record starts: byte offset and row.
    let mut last_start = None;
    loop {
        match reader.read_record(&mut record) {
            Ok(true) => {}
            Ok(false) => break,
            Err(err) => {
                let row = err
                    .position()
                    .and_then(|pos| usize::try_from(pos.byte()).ok())
                    .map_or(0, |byte| lines.record_start(byte).1);
                return Err(vec![ImportProblem::new(
                    row,
                    None,
                    ProblemKind::Malformed {
                        detail: err.to_string(),
                    },
                )]);
            }
        }
        let byte = record
            .position()
            .and_then(|pos| usize::try_from(pos.byte()).ok())
            .unwrap_or(text.len());
        let (start, row) = lines.record_start(byte);
        if record.iter().all(|field| field.trim().is_empty()) {
            continue;
        }
        last_start = Some((start, row));
        match &header {
            None => {
                let names: Vec<String> = record.iter().map(column_key).collect();
                let indexes: Vec<Option<usize>> = columns
                    .iter()
                    .map(|column| names.iter().position(|name| name == column))
                    .collect();
                if indexes.iter().take(required).any(Option::is_none) {
                    return Err(vec![ImportProblem::new(
                        row,
                        None,
                        ProblemKind::MissingColumns { expected },
                    )]);
                }
                header = Some(indexes);
                header_row = row;
            }
            Some(indexes) => rows.push(CsvRow {
                row,
                fields: indexes
                    .iter()
                    .map(|index| {
                        index
                            .and_then(|i| record.get(i))
                            .unwrap_or("")
                            .trim()
                            .to_owned()
                    })
                    .collect(),
            }),
        }
    }

    let mut trailing = Vec::new();
    if let Some((start, row)) = last_start
        && ends_inside_quotes(text.get(start..).unwrap_or(""))
    {
        // The quotation mark swallowed the rest of the file into this row: do not check
        // its fields, they would only repeat the problem.
        if row == header_row {
            return Err(vec![unclosed_quote(row)]);
        }
        rows.pop();
        trailing.push(unclosed_quote(row));
    }
    if header.is_none() || (rows.is_empty() && trailing.is_empty()) {
        return Err(vec![ImportProblem::file(ProblemKind::Empty)]);
    }
    Ok(CsvTable { rows, trailing })
}

fn unclosed_quote(row: usize) -> ImportProblem {
    ImportProblem::new(
        row,
        None,
        ProblemKind::Malformed {
            detail: "a quotation mark (\") opened in this row is never closed".to_owned(),
        },
    )
}

/// A header cell as a column key: trimmed, lower case, spaces and `-` as `_`.
fn column_key(name: &str) -> String {
    name.trim()
        .chars()
        .map(|c| match c {
            ' ' | '-' => '_',
            c => c.to_ascii_lowercase(),
        })
        .collect()
}

/// Whether a CSV record starting at the beginning of `raw` is still inside a quoted field at
/// the end of `raw`. The csv crate accepts such a file silently, reading everything after
/// the quotation mark as one field; this follows its rules (a quote opens a field only at
/// its start, `""` inside is a quote, a record ends at a line break outside quotes).
fn ends_inside_quotes(raw: &str) -> bool {
    let mut in_quotes = false;
    let mut at_field_start = true;
    let mut chars = raw.chars().peekable();
    while let Some(c) = chars.next() {
        if in_quotes {
            if c == '"' {
                if chars.peek() == Some(&'"') {
                    chars.next();
                } else {
                    in_quotes = false;
                }
            }
        } else {
            match c {
                '"' if at_field_start => {
                    in_quotes = true;
                    at_field_start = false;
                }
                ',' => at_field_start = true,
                '\r' | '\n' => return false,
                _ => at_field_start = false,
            }
        }
    }
    in_quotes
}

/// Turns the byte offsets of CSV records into the row numbers a spreadsheet shows. The
/// reader's own line numbers count blank lines before a record as part of it.
struct LineCounter<'a> {
    bytes: &'a [u8],
    byte: usize,
    line: usize,
}

impl<'a> LineCounter<'a> {
    fn new(text: &'a str) -> Self {
        LineCounter {
            bytes: text.as_bytes(),
            byte: 0,
            line: 1,
        }
    }

    /// The offset of the first character of the record found at `byte` (skipping the line
    /// breaks before it) and its row. Offsets must not decrease between calls.
    fn record_start(&mut self, byte: usize) -> (usize, usize) {
        let mut start = byte.min(self.bytes.len());
        while matches!(self.bytes.get(start), Some(b'\r' | b'\n')) {
            start += 1;
        }
        if start > self.byte {
            let skipped = self.bytes.get(self.byte..start).unwrap_or_default();
            self.line += skipped.iter().filter(|&&b| b == b'\n').count();
            self.byte = start;
        }
        (start, self.line)
    }
}

/// Reads `Agenda item 2: Title`, `Item 2: Title` or `Item 2. Title` (case-insensitive) into
/// the item number and the title.
fn parse_agenda_line(line: &str) -> Option<(&str, &str)> {
    let prefix_len = ["agenda item", "item"].iter().find_map(|prefix| {
        line.get(..prefix.len())
            .filter(|start| start.eq_ignore_ascii_case(prefix))
            .map(|_| prefix.len())
    })?;
    let rest = line.get(prefix_len..)?;
    if !rest.starts_with(char::is_whitespace) {
        return None;
    }
    let rest = rest.trim_start();
    let number_len = rest
        .find(|c: char| !c.is_ascii_alphanumeric())
        .unwrap_or(rest.len());
    let (number, rest) = rest.split_at(number_len);
    if !number.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let rest = rest.trim_start();
    let title = rest.strip_prefix([':', '.'])?;
    Some((number, title.trim()))
}

/// Reads a numbered paragraph, `1. Text`, `2 (a). Text`, `5 bis. Text`, `3) Text` or
/// `4<TAB>Text`, into its label (written the canonical way: `2 (a)`, `5 bis`) and its text.
fn parse_paragraph_line(line: &str) -> Option<(String, &str)> {
    let digits_len = line
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(line.len());
    if digits_len == 0 {
        return None;
    }
    let (digits, mut rest) = line.split_at(digits_len);
    let mut label = digits.to_owned();
    let mut has_suffix = false;

    let candidate = rest.trim_start_matches(' ');
    let word_len = candidate
        .find(|c: char| !c.is_ascii_alphabetic())
        .unwrap_or(candidate.len());
    let (word, after_word) = candidate.split_at(word_len);
    let word = word.to_ascii_lowercase();
    if LATIN_ORDINALS.contains(&word.as_str()) {
        label.push(' ');
        label.push_str(&word);
        rest = after_word;
        has_suffix = true;
    }

    let candidate = rest.trim_start_matches(' ');
    if let Some((inner, after)) = candidate
        .strip_prefix('(')
        .and_then(|inner| inner.split_once(')'))
        && (1..=4).contains(&inner.len())
        && inner.chars().all(|c| c.is_ascii_alphanumeric())
    {
        label.push_str(" (");
        label.push_str(inner);
        label.push(')');
        rest = after;
        has_suffix = true;
    }

    let text = if let Some(text) = rest.strip_prefix('\t') {
        text
    } else if let Some(text) = rest.trim_start_matches(' ').strip_prefix(['.', ')']) {
        // "1.5 million…" is a sentence, not paragraph 1.
        if text.starts_with(|c: char| c.is_ascii_digit()) {
            return None;
        }
        text
    } else if has_suffix && rest.starts_with(char::is_whitespace) {
        rest
    } else {
        return None;
    };
    Some((label, text.trim()))
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
fn excerpt(value: &str) -> String {
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

    const DEMO_DELEGATIONS: &str = include_str!("../demo/wg-tip-2020-delegations.csv");
    const DEMO_DRAFT: &str = include_str!("../demo/wg-tip-2020-draft-recommendations.csv");

    fn problems<T: fmt::Debug>(result: Result<T, Vec<ImportProblem>>) -> Vec<ImportProblem> {
        result.expect_err("the import should be refused")
    }

    fn only_problem<T: fmt::Debug>(result: Result<T, Vec<ImportProblem>>) -> ImportProblem {
        let mut found = problems(result);
        assert_eq!(found.len(), 1, "{found:#?}");
        found.remove(0)
    }

    #[test]
    fn demo_delegations_parse() {
        let rows = parse_delegations_csv(DEMO_DELEGATIONS.as_bytes()).unwrap();
        assert_eq!(rows.len(), 110);
        assert_eq!(rows[0].row, 2);
        assert_eq!(rows[0].name.as_str(), "Afghanistan");
        assert_eq!(rows[0].category, DelegationCategory::Party);
        assert!(rows[0].focal_points.is_empty());
        assert_eq!(rows[109].row, 111);
        assert!(
            rows.iter()
                .any(|d| d.category == DelegationCategory::ObserverState)
        );
        assert!(rows.iter().any(|d| d.category == DelegationCategory::Igo));
    }

    #[test]
    fn demo_draft_parses() {
        let rows = parse_draft_csv(DEMO_DRAFT.as_bytes()).unwrap();
        assert_eq!(rows.len(), 12);
        assert_eq!(rows[0].row, 2);
        assert_eq!(rows[0].agenda_item, "2");
        assert_eq!(rows[0].label.as_str(), "1");
        assert!(rows[0].text.starts_with("States parties should consider"));
        let items: Vec<&str> = rows.iter().map(|r| r.agenda_item.as_str()).collect();
        assert!(items.contains(&"2") && items.contains(&"3"));
        assert!(items.windows(2).all(|w| w[0] <= w[1]), "file order kept");
    }

    #[test]
    fn bom_and_crlf_are_accepted() {
        let file = "\u{feff}Name,Category,Focal_Point_Emails\r\n\
                    Austria,party,a@bmi.gv.at; B@BMI.gv.at ;\r\n\
                    \r\n\
                    Holy See,non_member_state,\r\n";
        let rows = parse_delegations_csv(file.as_bytes()).unwrap();
        assert_eq!(rows.len(), 2);
        assert_eq!(rows[0].row, 2);
        assert_eq!(rows[0].name.as_str(), "Austria");
        let emails: Vec<&str> = rows[0].focal_points.iter().map(Email::as_str).collect();
        assert_eq!(emails, ["a@bmi.gv.at", "b@bmi.gv.at"]);
        assert_eq!(rows[1].row, 4, "the blank line still counts");
        assert_eq!(rows[1].category, DelegationCategory::OtherObserver);
        assert!(rows[1].focal_points.is_empty());

        let draft =
            "\u{feff}agenda_item,agenda_title,label,text\r\n2,Title,1,\"First\r\nline\"\r\n";
        let rows = parse_draft_csv(draft.as_bytes()).unwrap();
        assert_eq!(rows[0].text, "First\nline");
    }

    #[test]
    fn one_bad_row_in_the_middle_is_named() {
        let mut file = String::from("name,category\n");
        for i in 2..=111 {
            let category = if i == 51 { "state" } else { "party" };
            file.push_str(&format!("Delegation {i},{category}\n"));
        }
        let problem = only_problem(parse_delegations_csv(file.as_bytes()));
        assert_eq!(problem.row, 51);
        assert_eq!(problem.column, Some("category"));
        assert_eq!(
            problem.kind,
            ProblemKind::UnknownCategory {
                value: "state".to_owned()
            }
        );
        assert_eq!(
            problem.to_string(),
            "Row 51, column \"category\": unknown category \"state\" (expected party, \
             observer_state, other_observer, igo or other)"
        );
        assert_eq!(problem.message_id(), "import-unknown-category");
        let args = problem.args();
        assert_eq!(args[0], ("row", "51".to_owned()));
        assert_eq!(args[1], ("column", "category".to_owned()));
        assert!(args.contains(&("value", "state".to_owned())));
    }

    #[test]
    fn every_problem_is_reported_in_row_order() {
        let file = "name,category,focal_point_emails\n\
                    Austria,party,focal@austria.example\n\
                    ,,not-an-address\n\
                    AUSTRIA ,igo,focal@austria.example;x@y.example;X@Y.example\n\
                    Brazil\n";
        let found = problems(parse_delegations_csv(file.as_bytes()));
        let summary: Vec<(usize, Option<&str>, &str)> = found
            .iter()
            .map(|p| (p.row, p.column, p.message_id()))
            .collect();
        assert_eq!(
            summary,
            [
                (3, Some("name"), "import-missing-value"),
                (3, Some("category"), "import-missing-value"),
                (3, Some("focal_point_emails"), "import-malformed-email"),
                (4, Some("name"), "import-duplicate-delegation"),
                (4, Some("focal_point_emails"), "import-duplicate-email"),
                (4, Some("focal_point_emails"), "import-duplicate-email"),
                (5, Some("category"), "import-missing-value"),
            ]
        );
        assert_eq!(
            found[3].kind,
            ProblemKind::DuplicateDelegation {
                name: "AUSTRIA".to_owned(),
                first_row: 2
            }
        );
        assert_eq!(
            found[5].kind,
            ProblemKind::DuplicateEmail {
                email: "x@y.example".to_owned(),
                first_row: 4
            }
        );
        assert_eq!(
            found[3].to_string(),
            "Row 4, column \"name\": \"AUSTRIA\" is already listed on row 2"
        );
    }

    #[test]
    fn invalid_name_is_reported() {
        let long = "x".repeat(201);
        let file = format!("name,category\n{long},party\n");
        let problem = only_problem(parse_delegations_csv(file.as_bytes()));
        assert_eq!(
            problem.kind,
            ProblemKind::InvalidName(DelegationNameError::TooLong { len: 201 })
        );
        assert_eq!(
            problem.to_string(),
            "Row 2, column \"name\": the delegation's name must be 200 characters or fewer \
             (it is 201)"
        );
        assert!(problem.args().contains(&("len", "201".to_owned())));
        assert!(
            problem
                .args()
                .contains(&("reason", "error-delegation-name-too-long".to_owned()))
        );
    }

    #[test]
    fn duplicate_label_names_the_first_row() {
        let file = "agenda_item,agenda_title,label,text\n\
                    2,Title,1,First.\n\
                    2,Title,2,Second.\n\
                    2,Title,1,Again.\n";
        let problem = only_problem(parse_draft_csv(file.as_bytes()));
        assert_eq!(problem.row, 4);
        assert_eq!(problem.column, Some("label"));
        assert_eq!(
            problem.kind,
            ProblemKind::DuplicateLabel {
                label: "1".to_owned(),
                first_row: 2
            }
        );
        assert_eq!(
            problem.to_string(),
            "Row 4, column \"label\": the label \"1\" is already used on row 2"
        );
        let args = problem.args();
        assert!(args.contains(&("label", "1".to_owned())));
        assert!(args.contains(&("first_row", "2".to_owned())));
    }

    #[test]
    fn too_large_is_refused_before_parsing() {
        let big = vec![0xFF_u8; 6 * 1024 * 1024];
        for result in [
            parse_draft_csv(&big).map(|_| ()),
            parse_delegations_csv(&big).map(|_| ()),
        ] {
            let problem = only_problem(result);
            assert_eq!(problem.row, 0);
            assert_eq!(problem.column, None);
            assert_eq!(problem.kind, ProblemKind::TooLarge { bytes: 6_291_456 });
            assert_eq!(
                problem.to_string(),
                "The file is too large (6,291,456 bytes); the limit is 5,242,880 bytes (5 MB)"
            );
            assert_eq!(problem.message_id(), "import-too-large");
        }
        let text = "1. a\n".repeat(1_100_000);
        let problem = only_problem(parse_draft_text(&text));
        assert_eq!(problem.kind, ProblemKind::TooLarge { bytes: 5_500_000 });
        assert!(parse_delegations_csv(&vec![b' '; MAX_IMPORT_BYTES]).is_err());
    }

    #[test]
    fn quoted_field_with_comma_and_newline() {
        let file = "agenda_item,agenda_title,label,text\n\
                    2,\"Guidance, first part\",1,\"States parties, where possible,\n\
                    should consider \"\"non-punishment\"\".\"\n\
                    2,\"Guidance, first part\",2,Second.\n\
                    2,Guidance,3,Third.\n";
        let found = problems(parse_draft_csv(file.as_bytes()));
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].row, 5, "the line break inside row 2 counts");
        assert_eq!(found[0].column, Some("agenda_title"));
        assert_eq!(
            found[0].kind,
            ProblemKind::AgendaTitleMismatch {
                agenda_item: "2".to_owned(),
                title: "Guidance, first part".to_owned(),
                first_row: 2
            }
        );

        let file = file.replace("2,Guidance,3", "2,\"Guidance, first part\",3");
        let rows = parse_draft_csv(file.as_bytes()).unwrap();
        assert_eq!(rows.len(), 3);
        assert_eq!(rows[0].agenda_title, "Guidance, first part");
        assert_eq!(
            rows[0].text,
            "States parties, where possible,\nshould consider \"non-punishment\"."
        );
        assert_eq!(rows.iter().map(|r| r.row).collect::<Vec<_>>(), [2, 4, 5]);
    }

    #[test]
    fn missing_columns() {
        let problem = only_problem(parse_draft_csv(b"agenda_item,label,text\n2,1,Text\n"));
        assert_eq!(problem.row, 1);
        assert_eq!(
            problem.kind,
            ProblemKind::MissingColumns {
                expected: "agenda_item,agenda_title,label,text"
            }
        );
        assert_eq!(
            problem.to_string(),
            "Row 1: the first row must name the columns agenda_item,agenda_title,label,text"
        );
        let problem = only_problem(parse_delegations_csv(b"Afghanistan,party\n"));
        assert_eq!(
            problem.kind,
            ProblemKind::MissingColumns {
                expected: "name,category,focal_point_emails"
            }
        );
        assert!(
            problem
                .args()
                .contains(&("expected", "name,category,focal_point_emails".to_owned()))
        );
    }

    #[test]
    fn columns_in_any_order_with_extra_ones() {
        let file = " Text ,Notes,LABEL,Agenda Title,agenda-item\n\
                    \"  Some text.  \",ignored,2 (a),  A   title ,3\n";
        let rows = parse_draft_csv(file.as_bytes()).unwrap();
        assert_eq!(
            rows,
            [DraftRow {
                row: 2,
                agenda_item: "3".to_owned(),
                agenda_title: "A title".to_owned(),
                label: RecommendationLabel::parse("2 (a)").unwrap(),
                text: "Some text.".to_owned(),
            }]
        );
    }

    #[test]
    fn short_and_invalid_draft_rows() {
        let file = format!(
            "agenda_item,agenda_title,label,text\n\
             2,Title\n\
             2,Title,1!,\"{}\"\n\
             ,,,\n\
             2,Title,3,\"Bad\u{0}\"\n",
            "a".repeat(20_001)
        );
        let found = problems(parse_draft_csv(file.as_bytes()));
        let summary: Vec<(usize, Option<&str>, &ProblemKind)> =
            found.iter().map(|p| (p.row, p.column, &p.kind)).collect();
        assert_eq!(
            summary,
            [
                (2, Some("label"), &ProblemKind::MissingValue),
                (2, Some("text"), &ProblemKind::MissingValue),
                (
                    3,
                    Some("label"),
                    &ProblemKind::InvalidLabel(RecommendationLabelError::InvalidCharacter {
                        character: '!'
                    })
                ),
                (
                    3,
                    Some("text"),
                    &ProblemKind::InvalidText(CommentTextError::TooLong { len: 20_001 })
                ),
                (
                    5,
                    Some("text"),
                    &ProblemKind::InvalidText(CommentTextError::ControlCharacter { position: 4 })
                ),
            ]
        );
        assert_eq!(
            found[3].to_string(),
            "Row 3, column \"text\": the comment must be 20,000 characters or fewer (it is 20,001)"
        );
        assert_eq!(found[4].message_id(), "import-invalid-text");
        assert!(found[4].args().contains(&("position", "4".to_owned())));
    }

    #[test]
    fn empty_files() {
        for input in [
            &b""[..],
            b"\xEF\xBB\xBF",
            b"  \n\n",
            b"name,category\n",
            b"name,category\r\n\r\n,\r\n",
        ] {
            let problem = only_problem(parse_delegations_csv(input));
            assert_eq!(problem.kind, ProblemKind::Empty, "{input:?}");
            assert_eq!(problem.row, 0);
            assert_eq!(problem.to_string(), "The file has no rows to import");
        }
        assert_eq!(
            only_problem(parse_draft_text("\n  \n")).kind,
            ProblemKind::Empty
        );
        assert_eq!(
            only_problem(parse_draft_text("Agenda item 2: Title\n")).kind,
            ProblemKind::Empty
        );
    }

    #[test]
    fn not_utf8_is_refused() {
        // "Côte d'Ivoire" saved as Windows-1252.
        let problem = only_problem(parse_delegations_csv(
            b"name,category\nC\xF4te d'Ivoire,party\n",
        ));
        assert_eq!(problem.kind, ProblemKind::NotUtf8);
        assert_eq!(problem.row, 0);
        assert_eq!(problem.message_id(), "import-not-utf8");
    }

    #[test]
    fn unclosed_quote_is_malformed() {
        let file = "name,category\nAustria,party\n\"Belgium,party\nBrazil,party\n";
        let problem = only_problem(parse_delegations_csv(file.as_bytes()));
        assert_eq!(problem.row, 3);
        assert_eq!(problem.message_id(), "import-malformed");
        assert!(
            problem
                .to_string()
                .starts_with("Row 3: the file cannot be read: a quotation mark"),
            "{problem}"
        );
        // A quote inside an unquoted field is just a character.
        let file = "name,category\nSaint \"Kitts,party\n";
        assert!(parse_delegations_csv(file.as_bytes()).is_ok());
    }

    #[test]
    fn plain_text_draft() {
        let text = "\u{feff}Agenda item 2: Guidance on non-punishment\r\n\
                    1. States parties should consider…\r\n\
                    \r\n\
                    2 (a). Issuing guidance;\n\
                    2(b)\tTraining;\n\
                    5 bis. A paragraph inserted later.\n\
                    5 TER) Another one.\n\
                    item 3. Joint investigations\n\
                    6) Sixth.\n\
                    7 quater (c) Seventh.\n";
        let rows = parse_draft_text(text).unwrap();
        let summary: Vec<(usize, &str, &str, &str)> = rows
            .iter()
            .map(|r| {
                (
                    r.row,
                    r.agenda_item.as_str(),
                    r.label.as_str(),
                    r.text.as_str(),
                )
            })
            .collect();
        assert_eq!(
            summary,
            [
                (2, "2", "1", "States parties should consider…"),
                (4, "2", "2 (a)", "Issuing guidance;"),
                (5, "2", "2 (b)", "Training;"),
                (6, "2", "5 bis", "A paragraph inserted later."),
                (7, "2", "5 ter", "Another one."),
                (9, "3", "6", "Sixth."),
                (10, "3", "7 quater (c)", "Seventh."),
            ]
        );
        assert_eq!(rows[0].agenda_title, "Guidance on non-punishment");
        assert_eq!(rows[5].agenda_title, "Joint investigations");
    }

    #[test]
    fn plain_text_without_agenda_lines() {
        let rows = parse_draft_text("1. First.\n2. Second.\n").unwrap();
        assert_eq!(rows.len(), 2);
        assert_eq!(rows[0].agenda_item, "1");
        assert_eq!(rows[0].agenda_title, "Draft recommendations");
    }

    #[test]
    fn plain_text_problems() {
        let text = "1. First.\n\
                    This line continues the paragraph.\n\
                    1.5 million victims\n\
                    Agenda item 2: Title\n\
                    1 bis. Duplicate of nothing.\n\
                    1. Duplicate.\n\
                    2.\n\
                    Agenda item 2: Other title\n\
                    3. Under the refused heading.\n";
        let found = problems(parse_draft_text(text));
        let summary: Vec<(usize, Option<&str>, &str)> = found
            .iter()
            .map(|p| (p.row, p.column, p.message_id()))
            .collect();
        assert_eq!(
            summary,
            [
                (2, None, "import-unnumbered-line"),
                (3, None, "import-unnumbered-line"),
                (6, Some("label"), "import-duplicate-label"),
                (7, Some("text"), "import-missing-value"),
                (8, Some("agenda_title"), "import-agenda-title-mismatch"),
            ]
        );
        assert_eq!(
            found[0].to_string(),
            "Row 2: the line is neither an agenda item (\u{201c}Agenda item 2: Title\u{201d}) \
             nor a numbered paragraph (\u{201c}1. Text\u{201d}, \u{201c}5 bis. Text\u{201d})"
        );
        assert_eq!(
            found[2].kind,
            ProblemKind::DuplicateLabel {
                label: "1".to_owned(),
                first_row: 1
            }
        );
    }

    #[test]
    fn agenda_and_paragraph_lines() {
        assert_eq!(
            parse_agenda_line("AGENDA ITEM 4: Other matters"),
            Some(("4", "Other matters"))
        );
        assert_eq!(parse_agenda_line("Item 2. Title"), Some(("2", "Title")));
        assert_eq!(parse_agenda_line("Item 2 : Title"), Some(("2", "Title")));
        assert_eq!(parse_agenda_line("Items 2: Title"), None);
        assert_eq!(parse_agenda_line("Item two: Title"), None);
        assert_eq!(parse_agenda_line("Agenda item 2 Title"), None);
        assert_eq!(parse_agenda_line("Ítem 2: Título"), None);

        let paragraph = |line| parse_paragraph_line(line).map(|(l, t)| (l, t.to_owned()));
        assert_eq!(
            paragraph("12. Text"),
            Some(("12".to_owned(), "Text".to_owned()))
        );
        assert_eq!(
            paragraph("3) Text"),
            Some(("3".to_owned(), "Text".to_owned()))
        );
        assert_eq!(
            paragraph("4\tText"),
            Some(("4".to_owned(), "Text".to_owned()))
        );
        assert_eq!(
            paragraph("5bis. Text"),
            Some(("5 bis".to_owned(), "Text".to_owned()))
        );
        assert_eq!(
            paragraph("2 (a) Text"),
            Some(("2 (a)".to_owned(), "Text".to_owned()))
        );
        assert_eq!(paragraph("2020 was a year"), None);
        assert_eq!(paragraph("5 bisect. Text"), None);
        assert_eq!(paragraph("(a) Text"), None);
        assert_eq!(paragraph("1.5 million"), None);
        assert_eq!(paragraph("Text"), None);
    }

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

    #[test]
    fn long_values_are_cut_in_messages() {
        let value = "é".repeat(200);
        let file = format!("name,category\nAustria,{value}\n");
        let problem = only_problem(parse_delegations_csv(file.as_bytes()));
        let ProblemKind::UnknownCategory { value } = problem.kind else {
            panic!("{problem:?}");
        };
        assert_eq!(value.chars().count(), MAX_EXCERPT_CHARS);
        assert!(value.ends_with('\u{2026}'));
    }
}
