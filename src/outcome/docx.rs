//! The outcome as a Word document built with docx-rs: the same content as the HTML, with
//! headings, numbered paragraphs in the introduction, and the changes against the draft as real
//! tracked changes (insertions and deletions attributed to the Chair) that the Secretariat can
//! accept or reject in Word. It is laid out as a UN document: the masthead (symbol, `Distr.:
//! General`, date of issue, `Original: English`, body and meeting) on the first page, the
//! symbol and the page number in the header of every page, space after each paragraph, and
//! every heading (and every recommendation followed by its decision) kept with what follows,
//! so that no heading ends a page alone.

use std::io::Cursor;

use docx_rs::{
    AbstractNumbering, AlignmentType, BreakType, Delete, Docx, Header, IndentLevel, Insert, Level,
    LevelJc, LevelText, LineSpacing, NumberFormat, Numbering, NumberingId, PageMargin, PageNum,
    Paragraph, Run, RunFonts, SpecialIndentType, Start, Style, StyleType, Tab, TabValueType,
};

use super::html::{introduction, issue_date, issued_line, kind_label, late_label, status_line};
use super::{CompiledComment, OutcomeDocument, RenderError, category_message_id};
use crate::domain::disposition::Change;
use crate::i18n::Tr;

const INTRO_NUMBERING: usize = 1;
/// A4 in twentieths of a point, and 2 cm margins.
const A4: (u32, u32) = (11_906, 16_838);
const MARGIN: i32 = 1_134;
/// The width of the text between the margins, where the header's page number is set.
const TEXT_WIDTH: usize = (A4.0 as usize) - 2 * (MARGIN as usize);
/// Space after a paragraph (6 pt) and before a heading (12 pt), in twentieths of a point.
const SPACE_AFTER: u32 = 120;
const SPACE_BEFORE_HEADING: u32 = 240;

fn styles(docx: Docx) -> Docx {
    let heading = |id: &str, name: &str, size: usize, level: usize| {
        Style::new(id, StyleType::Paragraph)
            .name(name)
            .size(size)
            .bold()
            .outline_lvl(level)
    };
    docx.add_style(heading("Title", "Title", 30, 0))
        .add_style(heading("Heading1", "heading 1", 24, 0))
        .add_style(heading("Heading2", "heading 2", 22, 1))
        .add_style(heading("Heading3", "heading 3", 22, 2).italic())
}

/// The document's date of issue as Word stores it (creation and revision dates, tracked changes).
fn stamp(doc: &OutcomeDocument) -> Result<String, RenderError> {
    Ok(doc
        .instant("issued_at", &doc.issued_at)?
        .strftime("%Y-%m-%dT%H:%M:%SZ")
        .to_string())
}

/// An A4 document in the outcome's styles, margins and font (Times New Roman, 11 pt), created
/// and last revised at `date`: the page set-up every outcome DOCX shares.
fn a4_document(date: &str) -> Docx {
    styles(Docx::new())
        .page_size(A4.0, A4.1)
        .page_margin(
            PageMargin::new()
                .top(MARGIN)
                .bottom(MARGIN)
                .left(MARGIN)
                .right(MARGIN),
        )
        .default_fonts(
            RunFonts::new()
                .ascii("Times New Roman")
                .hi_ansi("Times New Roman")
                .cs("Times New Roman"),
        )
        .default_size(22)
        .created_at(date)
        .updated_at(date)
}

/// A run of text whose line breaks become Word line breaks.
pub(super) fn text_run(text: &str) -> Run {
    lines_run(text, |run, line| run.add_text(line))
}

/// A run of deleted text (a tracked deletion), line breaks kept.
fn deleted_run(text: &str) -> Run {
    lines_run(text, |run, line| run.add_delete_text(line))
}

/// The lines of `text` added to a run by `add`, with Word line breaks between them.
fn lines_run(text: &str, add: impl Fn(Run, &str) -> Run) -> Run {
    let mut run = Run::new();
    for (i, line) in text.split('\n').enumerate() {
        if i > 0 {
            run = run.add_break(BreakType::TextWrapping);
        }
        if !line.is_empty() {
            run = add(run, line);
        }
    }
    run
}

pub(super) fn plain(text: &str) -> Paragraph {
    Paragraph::new().add_run(text_run(text))
}

/// A heading, spaced from what comes before and kept on the page of what follows it.
pub(super) fn heading(style: &str, text: &str) -> Paragraph {
    plain(text).style(style).keep_next(true).line_spacing(
        LineSpacing::new()
            .before(SPACE_BEFORE_HEADING)
            .after(SPACE_AFTER),
    )
}

/// A line of the masthead, set against the end margin.
fn masthead_line(text: &str) -> Paragraph {
    plain(text)
        .align(AlignmentType::Right)
        .line_spacing(LineSpacing::new().after(0))
}

/// The header of every page: the document's symbol, and the page number at the end margin.
fn page_header(symbol: &str) -> Header {
    Header::new().add_paragraph(
        Paragraph::new()
            .add_tab(Tab::new().val(TabValueType::Right).pos(TEXT_WIDTH))
            .add_run(Run::new().bold().size(17).add_text(symbol))
            .add_run(Run::new().add_tab())
            .add_page_num(PageNum::new()),
    )
}

/// The paragraph of a recommendation: its label, then its text with tracked changes.
fn recommendation(label: &str, changes: &[Change], author: &str, date: &str) -> Paragraph {
    let mut p = Paragraph::new().add_run(Run::new().bold().add_text(format!("{label}. ")));
    for change in changes {
        p = match change {
            Change::Same(t) => p.add_run(text_run(t)),
            Change::Inserted(t) => p.add_insert(Insert::new(text_run(t)).author(author).date(date)),
            Change::Deleted(t) => p.add_delete(
                Delete::new()
                    .add_run(deleted_run(t))
                    .author(author)
                    .date(date),
            ),
        };
    }
    p
}

/// One paragraph per comment (the delegation, kind and reference on its first line, then the
/// text and any proposed text): a paragraph is the costly unit of a docx-rs document.
fn comment_paragraph(
    doc: &OutcomeDocument,
    c: &CompiledComment,
    tr: &Tr,
) -> Result<Paragraph, RenderError> {
    let mut by = format!("{} — {}", c.delegation, kind_label(c, tr));
    if let Some(late) = late_label(c, tr) {
        by.push_str(&format!(" ({late})"));
    }
    by.push_str(&format!(" · {}", c.reference));
    let mut p = Paragraph::new()
        .add_run(Run::new().bold().add_text(by))
        .indent(Some(360), Some(SpecialIndentType::Hanging(360)), None, None);
    if let Some(provenance) = doc.provenance(c, tr)? {
        p = p.add_run(text_run(&format!("\n{provenance}")).italic());
    }
    if !c.text.is_empty() {
        p = p.add_run(text_run(&format!("\n{}", c.text)));
    }
    if let Some(proposed) = &c.proposed_text {
        p = p
            .add_run(text_run(&format!("\n{}", tr.t("comment-proposed-shown"))))
            .add_run(text_run(&format!("\n{proposed}")).italic());
    }
    Ok(p)
}

/// The beginning every outcome DOCX shares: the A4 page set-up with paragraphs spaced, the
/// symbol and the page number in the header of every page, the masthead (symbol, `Distr.:
/// General`, date of issue, `Original: English`), the body, meeting, place and version, then
/// the document's `title`, the round's title and, for a demonstration, the note saying so.
pub(super) fn opening(doc: &OutcomeDocument, tr: &Tr, title: &str) -> Result<Docx, RenderError> {
    let mut docx = a4_document(&stamp(doc)?)
        .default_line_spacing(LineSpacing::new().after(SPACE_AFTER))
        .header(page_header(&doc.document_symbol));
    if !doc.document_symbol.is_empty() {
        docx = docx.add_paragraph(
            Paragraph::new()
                .align(AlignmentType::Right)
                .add_run(Run::new().bold().size(28).add_text(&doc.document_symbol))
                .line_spacing(LineSpacing::new().after(SPACE_AFTER)),
        );
    }
    docx = docx
        .add_paragraph(masthead_line(&tr.t("outcome-masthead-distribution")))
        .add_paragraph(masthead_line(&issue_date(doc, tr)?))
        .add_paragraph(
            masthead_line(&tr.t("outcome-masthead-original")).line_spacing(
                LineSpacing::new()
                    .before(SPACE_AFTER)
                    .after(SPACE_BEFORE_HEADING),
            ),
        )
        .add_paragraph(plain(&doc.body).bold())
        .add_paragraph(plain(&doc.meeting))
        .add_paragraph(plain(&format!(
            "{}, {}",
            doc.meeting_venue, doc.meeting_dates
        )))
        .add_paragraph(plain(&issued_line(doc, tr)?))
        .add_paragraph(heading("Title", title))
        .add_paragraph(plain(&doc.round_title));
    if doc.illustrative {
        docx = docx.add_paragraph(plain(&tr.t("outcome-illustrative")).italic());
    }
    Ok(docx)
}

/// Renders the document as DOCX bytes.
pub fn render(doc: &OutcomeDocument, tr: &Tr) -> Result<Vec<u8>, RenderError> {
    if let Some(silence) = &doc.silence {
        return super::silence::docx(doc, silence, tr);
    }
    let author = tr.t("outcome-change-author");
    let date = stamp(doc)?;
    let mut docx = opening(doc, tr, &tr.t("outcome-heading"))?
        .add_abstract_numbering(
            AbstractNumbering::new(INTRO_NUMBERING).add_level(
                Level::new(
                    0,
                    Start::new(1),
                    NumberFormat::new("decimal"),
                    LevelText::new("%1."),
                    LevelJc::new("left"),
                )
                .indent(
                    Some(567),
                    Some(SpecialIndentType::Hanging(567)),
                    None,
                    None,
                ),
            ),
        )
        .add_numbering(Numbering::new(INTRO_NUMBERING, INTRO_NUMBERING));

    docx = docx.add_paragraph(heading("Heading1", &tr.t("outcome-introduction")));
    for text in introduction(doc, tr)? {
        docx = docx.add_paragraph(
            plain(&text).numbering(NumberingId::new(INTRO_NUMBERING), IndentLevel::new(0)),
        );
    }

    docx = docx.add_paragraph(heading("Heading1", &tr.t("outcome-recommendations")));
    for section in &doc.sections {
        let title = format!(
            "{}: {}",
            tr.t1("agenda-item", "number", &section.number),
            section.title
        );
        docx = docx.add_paragraph(heading("Heading2", &title));
        for p in &section.paragraphs {
            let status = status_line(p, tr);
            // A recommendation stays on the page of the decision that follows it.
            let followed = status.is_some() || !p.note.is_empty();
            docx = docx.add_paragraph(
                recommendation(&p.label, &p.changes(), &author, &date).keep_next(followed),
            );
            if let Some(status) = status {
                docx =
                    docx.add_paragraph(plain(&status).italic().indent(Some(567), None, None, None));
            }
            if !p.note.is_empty() {
                let note = format!("{} {}", tr.t("outcome-note"), p.note);
                docx =
                    docx.add_paragraph(plain(&note).italic().indent(Some(567), None, None, None));
            }
        }
    }

    docx = docx
        .add_paragraph(heading("Heading1", &tr.t("outcome-annex-1")).page_break_before(true))
        .add_paragraph(plain(&tr.t("outcome-compilation-title")).bold())
        .add_paragraph(plain(&tr.t("outcome-compilation-note")));
    let groups = std::iter::once((tr.t("general-heading"), &doc.general_comments)).chain(
        doc.paragraphs().map(|p| {
            (
                format!("{} {}", tr.t("recommendation"), p.label),
                &p.comments,
            )
        }),
    );
    for (title, comments) in groups {
        docx = docx.add_paragraph(heading("Heading2", &title));
        if comments.is_empty() {
            docx = docx.add_paragraph(plain(&tr.t("outcome-no-comments")));
        }
        for c in comments {
            docx = docx.add_paragraph(comment_paragraph(doc, c, tr)?);
        }
    }

    docx =
        docx.add_paragraph(heading("Heading1", &tr.t("outcome-annex-2")).page_break_before(true));
    let groups = super::respondents_by_group(doc);
    if groups.is_empty() {
        docx = docx.add_paragraph(plain(&tr.t("outcome-no-respondents")));
    }
    for (category, names) in groups {
        docx = docx.add_paragraph(heading("Heading2", &tr.t(category_message_id(category))));
        for name in names {
            docx = docx.add_paragraph(plain(name));
        }
    }

    let mut xml = docx.build();
    xml.document = stable_revision_ids(&xml.document);
    let mut out = Cursor::new(Vec::new());
    xml.pack(&mut out)
        .map_err(|e| RenderError::Docx(e.to_string()))?;
    Ok(out.into_inner())
}

/// docx-rs numbers tracked changes from a counter shared by the whole process, so the same
/// document would get other `w:id`s each time; renumber them from 1 in document order.
fn stable_revision_ids(document: &[u8]) -> Vec<u8> {
    const MARKERS: [&[u8]; 2] = [b"<w:ins w:id=\"", b"<w:del w:id=\""];
    let mut out = Vec::with_capacity(document.len() + 1024);
    let mut next = 1u64;
    let mut i = 0;
    while let Some(offset) = document[i..].iter().position(|&b| b == b'<') {
        out.extend_from_slice(&document[i..i + offset]);
        i += offset;
        match MARKERS.iter().find(|m| document[i..].starts_with(m)) {
            Some(m) => {
                out.extend_from_slice(m);
                i += m.len();
                while document.get(i).is_some_and(u8::is_ascii_digit) {
                    i += 1;
                }
                out.extend_from_slice(next.to_string().as_bytes());
                next += 1;
            }
            None => {
                out.push(b'<');
                i += 1;
            }
        }
    }
    out.extend_from_slice(&document[i..]);
    out
}
