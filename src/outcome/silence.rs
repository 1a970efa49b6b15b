//! The outcome of a silence round, in HTML and DOCX: it states the procedure (the text put under
//! silence, from when until which deadline), the result decided at the deadline, the text, and,
//! when silence was broken, an annex listing the delegations that broke it with their statements
//! and proposed amendments (statements of delegations that could not break silence follow,
//! recorded as such). There are no dispositions: the text is the text under silence. It opens
//! with the same UN masthead as the comment round's outcome (the shared `outcome/opening.html`
//! and `docx::opening`), and carries the symbol and page number on every printed page.

use askama::Template;
use docx_rs::{Docx, Paragraph};

use super::docx::{heading, opening, plain, text_run};
use super::html::{issue_date, issued_line, stylesheet};
use super::{OutcomeDocument, RenderError};
use crate::domain::DelegationCategory;
use crate::domain::silence::SilenceResult;
use crate::i18n::{Arg, Tr};

/// What a silence round's outcome says beyond the text: the result and the statements.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct SilenceOutcome {
    pub result: SilenceResult,
    /// RFC 3339: when the last window closed, and when the server decided.
    pub deadline: String,
    pub decided_at: String,
    /// The statements standing at the deadline, breaking ones first, in the order sent.
    pub statements: Vec<SilenceStatement>,
}

/// A delegation's statement standing at the deadline.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct SilenceStatement {
    pub delegation: String,
    pub category: DelegationCategory,
    pub reference: String,
    pub breaks_silence: bool,
    /// RFC 3339.
    pub sent_at: String,
    pub late: bool,
    pub statement: String,
    /// (recommendation label, proposed text).
    pub amendments: Vec<(String, String)>,
}

impl SilenceOutcome {
    fn breaking(&self) -> impl Iterator<Item = &SilenceStatement> {
        self.statements.iter().filter(|s| s.breaks_silence)
    }

    fn recorded(&self) -> impl Iterator<Item = &SilenceStatement> {
        self.statements.iter().filter(|s| !s.breaks_silence)
    }
}

/// The sentences that state the procedure and its result.
fn introduction(
    doc: &OutcomeDocument,
    silence: &SilenceOutcome,
    tr: &Tr,
) -> Result<Vec<String>, RenderError> {
    let venue = doc.venue()?;
    let opens = tr.deadline(&venue, doc.instant("opens_at", &doc.opens_at)?);
    let deadline = tr.deadline(&venue, doc.instant("deadline", &silence.deadline)?);
    let names: Vec<&str> = silence.breaking().map(|s| s.delegation.as_str()).collect();
    let result = match silence.result {
        SilenceResult::Adopted => tr.t1("outcome-silence-adopted", "deadline", &deadline),
        SilenceResult::Broken => tr.ta(
            "outcome-silence-broken",
            &[
                ("deadline", Arg::from(deadline.as_str())),
                ("delegations", Arg::from(names.join(", "))),
            ],
        ),
    };
    Ok(vec![
        tr.ta(
            "outcome-silence-procedure",
            &[
                ("body", Arg::from(doc.body.as_str())),
                ("opens", Arg::from(opens)),
                ("deadline", Arg::from(deadline.as_str())),
            ],
        ),
        result,
    ])
}

struct StatementView {
    delegation: String,
    reference: String,
    late: bool,
    /// The delegation, reference and lateness in one line (the DOCX's heading).
    by: String,
    sent: String,
    statement: String,
    /// (what it amends in words, with the label; the proposed text).
    amendments: Vec<(String, String)>,
}

fn statement_views<'a>(
    statements: impl Iterator<Item = &'a SilenceStatement>,
    doc: &OutcomeDocument,
    tr: &Tr,
) -> Result<Vec<StatementView>, RenderError> {
    let venue = doc.venue()?;
    statements
        .map(|s| {
            let mut by = format!("{} · {}", s.delegation, s.reference);
            if s.late {
                by.push_str(&format!(" ({})", tr.t("comment-late")));
            }
            Ok(StatementView {
                delegation: s.delegation.clone(),
                reference: s.reference.clone(),
                late: s.late,
                by,
                sent: tr.t1(
                    "outcome-silence-sent",
                    "time",
                    &tr.datetime(&venue, doc.instant("sent_at", &s.sent_at)?),
                ),
                statement: s.statement.clone(),
                amendments: s
                    .amendments
                    .iter()
                    .map(|(label, text)| {
                        (
                            tr.t1("outcome-silence-amendment", "label", label),
                            text.clone(),
                        )
                    })
                    .collect(),
            })
        })
        .collect()
}

/// An agenda item of the text under silence and its recommendations.
struct TextView {
    /// "Agenda item 2", and the item's title (the body's own words).
    heading: String,
    title: String,
    /// (label, text).
    paragraphs: Vec<(String, String)>,
}

fn text(doc: &OutcomeDocument, tr: &Tr) -> Vec<TextView> {
    doc.sections
        .iter()
        .map(|s| TextView {
            heading: tr.t1("agenda-item", "number", &s.number),
            title: s.title.clone(),
            paragraphs: s
                .paragraphs
                .iter()
                .map(|p| (p.label.clone(), p.draft_text.clone()))
                .collect(),
        })
        .collect()
}

#[derive(Template)]
#[template(path = "outcome/silence.html")]
struct SilenceHtml<'a> {
    tr: &'a Tr,
    doc: &'a OutcomeDocument,
    style: String,
    /// The document's heading ("Outcome of the silence procedure"), atop its first page.
    heading: String,
    title: String,
    meeting_place: String,
    issued: String,
    /// The date of issue in the masthead.
    issue_date: String,
    introduction: Vec<String>,
    text: Vec<TextView>,
    breaking: Vec<StatementView>,
    recorded: Vec<StatementView>,
}

/// The outcome of a silence round as HTML.
pub fn html(
    doc: &OutcomeDocument,
    silence: &SilenceOutcome,
    tr: &Tr,
) -> Result<String, RenderError> {
    Ok(SilenceHtml {
        tr,
        doc,
        style: stylesheet(doc),
        heading: tr.t("outcome-silence-heading"),
        title: format!("{} – {}", tr.t("outcome-silence-heading"), doc.body),
        meeting_place: format!("{}, {}", doc.meeting_venue, doc.meeting_dates),
        issued: issued_line(doc, tr)?,
        issue_date: issue_date(doc, tr)?,
        introduction: introduction(doc, silence, tr)?,
        text: text(doc, tr),
        breaking: statement_views(silence.breaking(), doc, tr)?,
        recorded: statement_views(silence.recorded(), doc, tr)?,
    }
    .render()?)
}

/// The statements of one part of the annex as DOCX paragraphs.
fn statement_paragraphs(mut docx: Docx, views: &[StatementView], tr: &Tr) -> Docx {
    for s in views {
        docx = docx
            .add_paragraph(heading("Heading2", &s.by))
            .add_paragraph(plain(&s.sent).italic())
            .add_paragraph(plain(&s.statement));
        for (label, text) in &s.amendments {
            docx = docx
                .add_paragraph(plain(label).bold())
                .add_paragraph(Paragraph::new().add_run(text_run(text).italic()));
        }
    }
    if views.is_empty() {
        docx = docx.add_paragraph(plain(&tr.t("outcome-silence-no-statements")));
    }
    docx
}

/// The outcome of a silence round as DOCX bytes.
pub fn docx(
    doc: &OutcomeDocument,
    silence: &SilenceOutcome,
    tr: &Tr,
) -> Result<Vec<u8>, RenderError> {
    let mut docx = opening(doc, tr, &tr.t("outcome-silence-heading"))?;
    docx = docx.add_paragraph(heading("Heading1", &tr.t("outcome-introduction")));
    for sentence in introduction(doc, silence, tr)? {
        docx = docx.add_paragraph(plain(&sentence));
    }
    docx = docx.add_paragraph(heading("Heading1", &tr.t("outcome-silence-text")));
    for item in text(doc, tr) {
        let title = format!("{}: {}", item.heading, item.title);
        docx = docx.add_paragraph(heading("Heading2", &title));
        for (label, text) in &item.paragraphs {
            docx = docx.add_paragraph(plain(&format!("{label}. {text}")));
        }
    }
    let breaking = statement_views(silence.breaking(), doc, tr)?;
    let recorded = statement_views(silence.recorded(), doc, tr)?;
    if !breaking.is_empty() || !recorded.is_empty() {
        docx = docx
            .add_paragraph(
                heading("Heading1", &tr.t("outcome-silence-annex")).page_break_before(true),
            )
            .add_paragraph(heading("Heading1", &tr.t("outcome-silence-annex-breaking")));
        docx = statement_paragraphs(docx, &breaking, tr);
        if !recorded.is_empty() {
            docx = docx.add_paragraph(heading("Heading1", &tr.t("outcome-silence-annex-recorded")));
            docx = statement_paragraphs(docx, &recorded, tr);
        }
    }
    let mut out = std::io::Cursor::new(Vec::new());
    docx.build()
        .pack(&mut out)
        .map_err(|e| RenderError::Docx(e.to_string()))?;
    Ok(out.into_inner())
}
