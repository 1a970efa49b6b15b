//! The CSV reader shared by the imports: a file's size, encoding and quoting are checked, its
//! header matched to the columns asked for (by name, in any order, other columns ignored),
//! and each data row numbered as a spreadsheet numbers it, so that a problem names the row
//! the user sees.

use super::problem::{ImportProblem, ProblemKind, check_size};

/// The data rows of a CSV file, their fields picked by column.
pub(super) struct CsvTable {
    pub(super) rows: Vec<CsvRow>,
    /// Problems found after the last row (an unclosed quotation mark), to report last.
    pub(super) trailing: Vec<ImportProblem>,
}

pub(super) struct CsvRow {
    pub(super) row: usize,
    /// Trimmed, in the order of the columns asked for; `""` when absent.
    fields: Vec<String>,
}

impl CsvRow {
    pub(super) fn field(&self, index: usize) -> &str {
        self.fields.get(index).map_or("", String::as_str)
    }
}

/// Reads a CSV file whose header names `columns`, the first `required` of them required.
pub(super) fn read_csv(
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

#[cfg(test)]
mod tests {
    use crate::domain::import::{
        DraftRow, ProblemKind, only_problem, parse_delegations_csv, parse_draft_csv, problems,
    };
    use crate::domain::{DelegationCategory, Email, RecommendationLabel};

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
}
