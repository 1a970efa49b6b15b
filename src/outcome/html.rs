//! The outcome as a print-ready HTML document (A4, page numbers from print CSS) in the manner
//! of a UN document, with a toggle between the clean text and the changes against the draft
//! that needs no JavaScript. Self-contained: its stylesheet is inline, allowed by its hash.

use askama::Template;
use base64::Engine;
use sha2::{Digest, Sha256};

use super::{CompiledComment, OutcomeDocument, OutcomeParagraph, RenderError, category_message_id};
use crate::domain::disposition::{Change, Decision};
use crate::i18n::{Arg, Tr};

/// The stylesheet every outcome document shares.
pub const STYLE: &str = include_str!("../../templates/outcome/outcome.css");

/// The stylesheet of one document, inlined into it: the shared one, and the document's symbol
/// in the top margin of every printed page, at the outer edge (the end of a right-hand page, the
/// start of a left-hand one), as a UN document carries it; the page number is at the foot of
/// every page (in the shared stylesheet). A document without a symbol has only the number.
pub fn stylesheet(doc: &OutcomeDocument) -> String {
    if doc.document_symbol.is_empty() {
        return STYLE.to_string();
    }
    let symbol = css_string(&doc.document_symbol);
    format!(
        "{STYLE}@page :right {{ @top-right {{ content: {symbol}; font-size: 9pt; font-weight: 700; }} }}\n\
         @page :left {{ @top-left {{ content: {symbol}; font-size: 9pt; font-weight: 700; }} }}\n"
    )
}

/// `text` as a CSS string: every character but letters and digits escaped by its code point,
/// so that nothing in it can end the string, the rule or the `<style>` element.
fn css_string(text: &str) -> String {
    let mut out = String::with_capacity(text.len() * 2 + 2);
    out.push('"');
    for c in text.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else {
            out.push_str(&format!("\\{:x} ", c as u32));
        }
    }
    out.push('"');
    out
}

/// The `Content-Security-Policy` under which a document whose stylesheet is `style` may be
/// shown: nothing but that inline stylesheet.
pub fn content_security_policy(style: &str) -> String {
    let hash = base64::engine::general_purpose::STANDARD.encode(Sha256::digest(style.as_bytes()));
    format!(
        "default-src 'none'; style-src 'sha256-{hash}'; form-action 'none'; \
         frame-ancestors 'none'; base-uri 'none'"
    )
}

#[derive(Debug, Clone)]
pub struct Piece {
    pub text: String,
    pub inserted: bool,
    pub deleted: bool,
}

struct ParagraphView {
    recommendation_id: i64,
    label: String,
    pieces: Vec<Piece>,
    status: Option<String>,
    note: String,
}

struct SectionView {
    heading: String,
    title: String,
    paragraphs: Vec<ParagraphView>,
}

struct CommentView<'a> {
    delegation: &'a str,
    reference: &'a str,
    kind: String,
    text: &'a str,
    proposed_text: Option<&'a str>,
    /// "Late (individual extension)", or for one the Secretariat entered, "Received after the
    /// deadline".
    late: Option<String>,
    /// Entered by the Secretariat on the delegation's behalf: where it came from.
    provenance: Option<String>,
}

struct CompilationGroup<'a> {
    heading: String,
    comments: Vec<CommentView<'a>>,
}

#[derive(Template)]
#[template(path = "outcome/document.html")]
struct DocumentHtml<'a> {
    tr: &'a Tr,
    doc: &'a OutcomeDocument,
    style: String,
    /// The document's heading ("Outcome of the silence procedure"), atop its first page.
    heading: String,
    title: String,
    meeting_place: String,
    issued: String,
    /// The date of issue in the masthead ("9 October 2020").
    issue_date: String,
    introduction: Vec<String>,
    sections: Vec<SectionView>,
    compilation: Vec<CompilationGroup<'a>>,
    respondents: Vec<(String, Vec<&'a str>)>,
}

/// The pieces of a text with its changes against the draft.
pub fn pieces(changes: Vec<Change>) -> Vec<Piece> {
    changes
        .into_iter()
        .map(|c| match c {
            Change::Same(text) => Piece {
                text,
                inserted: false,
                deleted: false,
            },
            Change::Inserted(text) => Piece {
                text,
                inserted: true,
                deleted: false,
            },
            Change::Deleted(text) => Piece {
                text,
                inserted: false,
                deleted: true,
            },
        })
        .collect()
}

/// What was decided, in words ("Amended", "Merged into recommendation 7"); `None` for a
/// recommendation retained as drafted.
pub fn status_line(p: &OutcomeParagraph, tr: &Tr) -> Option<String> {
    let added = p.added.then(|| tr.t("outcome-status-added"));
    let decision = match p.decision {
        None => Some(tr.t("outcome-status-undecided")),
        Some(Decision::Retained) => None,
        Some(Decision::Merged) => Some(tr.t1(
            "outcome-status-merged",
            "label",
            p.merged_into.as_deref().unwrap_or("?"),
        )),
        Some(d) => Some(tr.t(&format!("outcome-status-{}", d.as_str()))),
    };
    match (added, decision) {
        (Some(a), Some(d)) => Some(format!("{a} {d}")),
        (a, d) => a.or(d),
    }
}

/// The numbered paragraphs of the introduction.
pub fn introduction(doc: &OutcomeDocument, tr: &Tr) -> Result<Vec<String>, RenderError> {
    let venue = doc.venue()?;
    let opens = tr.deadline(&venue, doc.instant("opens_at", &doc.opens_at)?);
    let closes = tr.deadline(&venue, doc.instant("closes_at", &doc.closes_at)?);
    let decided = doc.paragraphs().filter(|p| p.decision.is_some()).count();
    Ok(vec![
        tr.ta(
            "outcome-intro-mandate",
            &[
                ("body", Arg::from(doc.body.as_str())),
                ("meeting", Arg::from(lowercase_first(&doc.meeting))),
                ("venue", Arg::from(doc.meeting_venue.as_str())),
                ("dates", Arg::from(doc.meeting_dates.as_str())),
            ],
        ),
        tr.ta(
            "outcome-intro-dates",
            &[("opens", Arg::from(opens)), ("closes", Arg::from(closes))],
        ),
        tr.ta(
            "outcome-intro-participation",
            &[
                ("invited", Arg::Number(doc.delegations_invited)),
                ("responded", Arg::Number(doc.respondents.len() as i64)),
                ("comments", Arg::Number(doc.comment_count() as i64)),
            ],
        ),
        tr.ta(
            "outcome-intro-consolidation",
            &[
                ("decided", Arg::Number(decided as i64)),
                ("total", Arg::Number(doc.paragraphs().count() as i64)),
            ],
        ),
    ])
}

/// "Tenth meeting" → "tenth meeting", for the middle of a sentence.
fn lowercase_first(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// The date of issue of the masthead: the day the version was published (or the preview
/// made), on the venue's calendar.
pub fn issue_date(doc: &OutcomeDocument, tr: &Tr) -> Result<String, RenderError> {
    Ok(tr.day(&doc.venue()?, doc.instant("issued_at", &doc.issued_at)?))
}

/// "Version 2, issued …" or "Preview, not published, made …".
pub fn issued_line(doc: &OutcomeDocument, tr: &Tr) -> Result<String, RenderError> {
    let when = tr.datetime(&doc.venue()?, doc.instant("issued_at", &doc.issued_at)?);
    Ok(match doc.version {
        Some(v) => tr.ta(
            "outcome-issued",
            &[("version", Arg::Number(v)), ("time", Arg::from(when))],
        ),
        None => tr.t1("outcome-preview", "time", &when),
    })
}

fn comment_view<'a>(
    doc: &OutcomeDocument,
    c: &'a CompiledComment,
    tr: &Tr,
) -> Result<CommentView<'a>, RenderError> {
    Ok(CommentView {
        delegation: &c.delegation,
        reference: &c.reference,
        kind: kind_label(c, tr),
        text: &c.text,
        proposed_text: c.proposed_text.as_deref(),
        late: late_label(c, tr),
        provenance: doc.provenance(c, tr)?,
    })
}

/// How a late comment is marked: one a delegation wrote came in through an individual
/// extension; one the Secretariat entered was received after the deadline.
pub fn late_label(c: &CompiledComment, tr: &Tr) -> Option<String> {
    match (c.late, &c.intake) {
        (false, _) => None,
        (true, None) => Some(tr.t("comment-late")),
        (true, Some(_)) => Some(tr.t("comment-received-late")),
    }
}

/// The kind of a comment in words ("Proposed amendment").
pub fn kind_label(c: &CompiledComment, tr: &Tr) -> String {
    tr.t(c.kind.message_id())
}

pub fn render(doc: &OutcomeDocument, tr: &Tr) -> Result<String, RenderError> {
    if let Some(silence) = &doc.silence {
        return super::silence::html(doc, silence, tr);
    }
    let sections = doc
        .sections
        .iter()
        .map(|s| SectionView {
            heading: tr.t1("agenda-item", "number", &s.number),
            title: s.title.clone(),
            paragraphs: s
                .paragraphs
                .iter()
                .map(|p| ParagraphView {
                    recommendation_id: p.recommendation_id,
                    label: p.label.clone(),
                    pieces: pieces(p.changes()),
                    status: status_line(p, tr),
                    note: p.note.clone(),
                })
                .collect(),
        })
        .collect();
    let comment = |c| comment_view(doc, c, tr);
    let mut compilation = vec![CompilationGroup {
        heading: tr.t("general-heading"),
        comments: doc
            .general_comments
            .iter()
            .map(comment)
            .collect::<Result<_, _>>()?,
    }];
    for p in doc.paragraphs() {
        compilation.push(CompilationGroup {
            heading: format!("{} {}", tr.t("recommendation"), p.label),
            comments: p.comments.iter().map(comment).collect::<Result<_, _>>()?,
        });
    }
    let respondents = super::respondents_by_group(doc)
        .into_iter()
        .map(|(c, names)| (tr.t(category_message_id(c)), names))
        .collect();
    let page = DocumentHtml {
        tr,
        doc,
        style: stylesheet(doc),
        heading: tr.t("outcome-heading"),
        title: format!("{} – {}", tr.t("outcome-heading"), doc.body),
        meeting_place: format!("{}, {}", doc.meeting_venue, doc.meeting_dates),
        issued: issued_line(doc, tr)?,
        issue_date: issue_date(doc, tr)?,
        introduction: introduction(doc, tr)?,
        sections,
        compilation,
        respondents,
    };
    Ok(page.render()?)
}
