//! The draft importer: recommendations under their agenda items, from CSV or from numbered
//! plain text, each row checked (label, text, the agenda item's title) and every problem kept.

use std::collections::HashMap;

use super::csv_reader::read_csv;
use super::problem::{
    ImportProblem, ProblemKind, check_recommendation_count, check_size, checked, first_row,
};
use crate::domain::disposition::ADDED_SUFFIXES;
use crate::domain::{
    CommentText, CommentTextError, RecommendationLabel, RecommendationLabelError, Title,
    TitleError, normalize_single_line,
};

/// The columns a draft CSV must have, as named in [`ProblemKind::MissingColumns`].
const DRAFT_COLUMNS: &str = "agenda_item,agenda_title,label,text";

/// The agenda item of the paragraphs of a plain-text draft that come before any
/// `Agenda item …` line.
const DEFAULT_AGENDA_ITEM: &str = "1";
const DEFAULT_AGENDA_TITLE: &str = "Draft recommendations";

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

/// Parses a draft from CSV with the columns `agenda_item`, `agenda_title`, `label`, `text`
/// (header required; names case-insensitive, in any order; other columns ignored).
pub fn parse_draft_csv(bytes: &[u8]) -> Result<Vec<DraftRow>, Vec<ImportProblem>> {
    const COLUMNS: [&str; 4] = ["agenda_item", "agenda_title", "label", "text"];
    let table = read_csv(bytes, &COLUMNS, COLUMNS.len(), DRAFT_COLUMNS)?;
    // Refused before each row is checked; a plain-text draft is counted as it is read.
    check_recommendation_count(table.rows.len())?;
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
        if item.is_empty() {
            self.problems.push(ImportProblem::at(
                row,
                "agenda_item",
                ProblemKind::MissingValue,
            ));
        }
        let title = match Title::parse(title) {
            Ok(title) => title.into_inner(),
            Err(TitleError::Empty) => {
                self.problems.push(ImportProblem::at(
                    row,
                    "agenda_title",
                    ProblemKind::MissingValue,
                ));
                String::new()
            }
            Err(err) => {
                self.problems.push(ImportProblem::at(
                    row,
                    "agenda_title",
                    ProblemKind::InvalidTitle(err),
                ));
                String::new()
            }
        };
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
        let label = checked(
            &mut self.problems,
            (row, "label"),
            RecommendationLabel::parse(label),
            RecommendationLabelError::Empty,
            ProblemKind::InvalidLabel,
        );
        if let Some(label) = &label
            && let Some(first_row) =
                first_row(&mut self.labels, label.as_str().to_ascii_lowercase(), row)
        {
            let label = label.to_string();
            let kind = ProblemKind::DuplicateLabel { label, first_row };
            self.problems.push(ImportProblem::at(row, "label", kind));
        }
        let text = checked(
            &mut self.problems,
            (row, "text"),
            CommentText::parse(text),
            CommentTextError::Empty,
            ProblemKind::InvalidText,
        );
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
        check_recommendation_count(self.rows.len())?;
        if !self.problems.is_empty() {
            Err(self.problems)
        } else if self.rows.is_empty() {
            Err(vec![ImportProblem::file(ProblemKind::Empty)])
        } else {
            Ok(self.rows)
        }
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
    if ADDED_SUFFIXES.contains(&word.as_str()) {
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::import::{only_problem, problem_summary, problems};

    #[test]
    fn duplicate_label_names_the_first_row() {
        let file = "agenda_item,agenda_title,label,text\n\
                    2,Title,1,First.\n\
                    2,Title,2,Second.\n\
                    2,Title,1,Again.\n";
        let problem = only_problem(parse_draft_csv(file.as_bytes()));
        let label = "1".to_owned();
        let kind = ProblemKind::DuplicateLabel {
            label,
            first_row: 2,
        };
        assert_eq!(problem, ImportProblem::at(4, "label", kind));
        assert_eq!(
            problem.to_string(),
            "Row 4, column \"label\": the label \"1\" is already used on row 2"
        );
        let args = problem.args();
        assert!(args.contains(&("label", "1".to_owned())));
        assert!(args.contains(&("first_row", "2".to_owned())));
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
        let summary = problem_summary(&found);
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
}
