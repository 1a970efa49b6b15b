//! The outcome as two CSV tables for spreadsheets: the recommendations with their dispositions,
//! and every comment. UTF-8 with a byte-order mark (so that spreadsheet programs read Arabic or
//! Chinese correctly); text is written verbatim, quoted where CSV needs it.

use super::{OutcomeDocument, RenderError};

const BOM: &[u8] = b"\xEF\xBB\xBF";

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
pub const COMMENT_COLUMNS: [&str; 10] = [
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
];

fn writer() -> ::csv::Writer<Vec<u8>> {
    ::csv::WriterBuilder::new().from_writer(BOM.to_vec())
}

fn finish(w: ::csv::Writer<Vec<u8>>) -> Result<Vec<u8>, RenderError> {
    w.into_inner()
        .map_err(|e| RenderError::Csv(::csv::Error::from(e.into_error())))
}

/// One row per recommendation, in document order.
pub fn recommendations(doc: &OutcomeDocument) -> Result<Vec<u8>, RenderError> {
    let mut w = writer();
    w.write_record(RECOMMENDATION_COLUMNS)?;
    for section in &doc.sections {
        for p in &section.paragraphs {
            let comments = p.comments.len().to_string();
            let id = p.recommendation_id.to_string();
            w.write_record([
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
    finish(w)
}

/// One row per comment: those on the whole draft first, then per recommendation, each in the
/// order of the compilation.
pub fn comments(doc: &OutcomeDocument) -> Result<Vec<u8>, RenderError> {
    let mut w = writer();
    w.write_record(COMMENT_COLUMNS)?;
    let general = doc.general_comments.iter().map(|c| ("", None, c));
    let on_paragraphs = doc.paragraphs().flat_map(|p| {
        p.comments
            .iter()
            .map(move |c| (p.label.as_str(), Some(p.recommendation_id), c))
    });
    for (label, id, c) in general.chain(on_paragraphs) {
        let id = id.map(|i| i.to_string()).unwrap_or_default();
        w.write_record([
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
        ])?;
    }
    finish(w)
}
