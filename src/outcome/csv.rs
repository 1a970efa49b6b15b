//! CSV for spreadsheets: [`Sheet`], the one writer of every CSV export (the outcome's two
//! tables — the recommendations with their dispositions, and every comment — and the Chair's
//! comments and audit exports), and the outcome's two tables themselves.
//!
//! Spreadsheet programs do not read a CSV cell as text only: Excel and LibreOffice run a cell
//! beginning with `=`, `+`, `-` or `@` (or a tab or carriage return before one) as a formula,
//! which can fetch URLs or run commands on the reader's machine. Every cell is therefore
//! written through [`cell`]: such a cell gets a leading `'` (the OWASP rule), which spreadsheets
//! read as "text follows". A cell holding directional formatting characters is isolated (see
//! `domain::bidi`) so that it cannot reorder the cells shown beside it. The JSON, HTML and DOCX
//! renderers keep the text exactly as written.

use std::borrow::Cow;

use super::{OutcomeDocument, RenderError};
use crate::domain::bidi::isolate;

const BOM: &[u8] = b"\xEF\xBB\xBF";

/// The first characters that make a spreadsheet read a cell as a formula.
const FORMULA_STARTS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// A cell as written to a CSV export: `'` before a cell that a spreadsheet would run as a
/// formula, directional formatting isolated; any other text as it is.
pub fn cell(text: &str) -> Cow<'_, str> {
    let isolated = isolate(text);
    if text.starts_with(FORMULA_STARTS) {
        Cow::Owned(format!("'{isolated}"))
    } else {
        isolated
    }
}

/// A CSV table for spreadsheet programs, in memory: every cell written through [`cell`].
pub struct Sheet {
    writer: ::csv::Writer<Vec<u8>>,
}

impl Sheet {
    /// A table starting with a byte-order mark, so that spreadsheet programs read Arabic or
    /// Chinese as UTF-8.
    pub fn with_bom() -> Sheet {
        Sheet {
            writer: ::csv::WriterBuilder::new().from_writer(BOM.to_vec()),
        }
    }

    /// A table without a byte-order mark.
    pub fn new() -> Sheet {
        Sheet {
            writer: ::csv::WriterBuilder::new().from_writer(Vec::new()),
        }
    }

    /// Writes one row (the header row too).
    pub fn row<I, S>(&mut self, cells: I) -> Result<(), ::csv::Error>
    where
        I: IntoIterator<Item = S>,
        S: AsRef<str>,
    {
        self.writer
            .write_record(cells.into_iter().map(|c| cell(c.as_ref()).into_owned()))
    }

    /// The bytes of the table.
    pub fn finish(self) -> Result<Vec<u8>, ::csv::Error> {
        self.writer
            .into_inner()
            .map_err(|e| ::csv::Error::from(e.into_error()))
    }
}

impl Default for Sheet {
    fn default() -> Self {
        Sheet::new()
    }
}

/// Columns of [`recommendations`].
pub const RECOMMENDATION_COLUMNS: [&str; 10] = [
    "agenda_item",
    "label",
    "added",
    "decision",
    "draft_text",
    "consolidated_text",
    "merged_into",
    "note",
    "comments",
    "recommendation_id",
];

/// Columns of [`comments`].
pub const COMMENT_COLUMNS: [&str; 13] = [
    "recommendation",
    "reference",
    "delegation",
    "category",
    "kind",
    "text",
    "proposed_text",
    "late",
    "submitted_at",
    "recommendation_id",
    "intake_source",
    "received_at",
    "source_reference",
];

/// One row per recommendation, in document order.
pub fn recommendations(doc: &OutcomeDocument) -> Result<Vec<u8>, RenderError> {
    let mut w = Sheet::with_bom();
    w.row(RECOMMENDATION_COLUMNS)?;
    for section in &doc.sections {
        for p in &section.paragraphs {
            let comments = p.comments.len().to_string();
            let id = p.recommendation_id.to_string();
            w.row([
                section.number.as_str(),
                p.label.as_str(),
                if p.added { "yes" } else { "no" },
                p.decision.map(|d| d.as_str()).unwrap_or(""),
                p.draft_text.as_str(),
                p.text.as_deref().unwrap_or(""),
                p.merged_into.as_deref().unwrap_or(""),
                p.note.as_str(),
                comments.as_str(),
                id.as_str(),
            ])?;
        }
    }
    Ok(w.finish()?)
}

/// One row per comment: those on the whole draft first, then per recommendation, each in the
/// order of the compilation.
pub fn comments(doc: &OutcomeDocument) -> Result<Vec<u8>, RenderError> {
    let mut w = Sheet::with_bom();
    w.row(COMMENT_COLUMNS)?;
    let general = doc.general_comments.iter().map(|c| ("", None, c));
    let on_paragraphs = doc.paragraphs().flat_map(|p| {
        p.comments
            .iter()
            .map(move |c| (p.label.as_str(), Some(p.recommendation_id), c))
    });
    for (label, id, c) in general.chain(on_paragraphs) {
        let id = id.map(|i| i.to_string()).unwrap_or_default();
        let intake = c.intake.as_ref();
        w.row([
            label,
            c.reference.as_str(),
            c.delegation.as_str(),
            c.category.as_str(),
            c.kind.as_str(),
            c.text.as_str(),
            c.proposed_text.as_deref().unwrap_or(""),
            if c.late { "yes" } else { "no" },
            c.submitted_at.as_str(),
            id.as_str(),
            intake.map_or("", |i| i.source.as_str()),
            intake.map_or("", |i| i.received_at.as_str()),
            intake
                .and_then(|i| i.source_reference.as_deref())
                .unwrap_or(""),
        ])?;
    }
    Ok(w.finish()?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_a_spreadsheet_would_run_get_a_leading_apostrophe() {
        for text in [
            "=HYPERLINK(\"https://evil.example\",\"x\")",
            "+1+2",
            "-2+3",
            "@SUM(A1:A9)",
            "\t=1+1",
            "\r=1+1",
        ] {
            assert_eq!(cell(text), format!("'{text}"), "{text:?}");
        }
        for text in [
            "",
            "1",
            "Simpler.",
            "a=b",
            " =1",
            "'=1",
            "2026-10-02T16:00:00Z",
        ] {
            assert!(
                matches!(cell(text), Cow::Borrowed(t) if t == text),
                "{text:?}"
            );
        }
    }

    #[test]
    fn cells_with_directional_formatting_are_isolated() {
        let text = "see \u{202E}evil";
        assert_eq!(cell(text), "\u{2068}see \u{202E}evil\u{2069}");
        // Both rules at once: the apostrophe stays first, where the spreadsheet looks.
        assert_eq!(cell("=\u{202E}1"), "'\u{2068}=\u{202E}1\u{2069}");
    }

    #[test]
    fn a_sheet_writes_every_cell_through_the_rule() {
        let mut sheet = Sheet::with_bom();
        sheet.row(["text", "n"]).expect("header");
        sheet.row(["=1+1", "-5"]).expect("row");
        let bytes = sheet.finish().expect("bytes");
        assert_eq!(bytes, b"\xEF\xBB\xBFtext,n\n'=1+1,'-5\n");
    }
}
