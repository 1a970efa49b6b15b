//! The outcome document for the Conference of the Parties and its renderers (HTML, DOCX, CSV,
//! JSON). `OutcomeDocument` is everything the document says, gathered once by the use case; a
//! published version is stored as its JSON, so every format of every version can be rendered
//! again from it, byte for byte. Renderers do no I/O.

pub mod bench;
pub mod csv;
pub mod docx;
pub mod html;
pub mod json;
pub mod silence;

use jiff::Timestamp;

use crate::domain::disposition::{Change, Decision, word_changes};
use crate::domain::intake::{Intake, IntakeSource};
use crate::domain::{CommentKind, DelegationCategory, VenueZone};
use crate::i18n::Tr;

/// Why a document could not be rendered.
#[derive(Debug, thiserror::Error)]
pub enum RenderError {
    #[error("template: {0}")]
    Template(#[from] askama::Error),
    #[error("docx: {0}")]
    Docx(String),
    #[error("csv: {0}")]
    Csv(#[from] ::csv::Error),
    #[error("json: {0}")]
    Json(#[from] serde_json::Error),
    #[error("unexpected value {value} in the document ({what})")]
    Corrupt { what: &'static str, value: String },
}

/// The outcome of a round as a document.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct OutcomeDocument {
    pub round_id: i64,
    pub body: String,
    pub meeting: String,
    pub meeting_venue: String,
    pub meeting_dates: String,
    pub round_title: String,
    /// The symbol of the document (`CTOC/COP/WG.4/2020/L.1/Rev.1`); empty when none was given
    /// (and in documents published before rounds had symbols).
    #[serde(default)]
    pub document_symbol: String,
    /// IANA name of the venue's zone, in which times are worded.
    pub venue_tz: String,
    /// RFC 3339 instants.
    pub opens_at: String,
    pub closes_at: String,
    /// Whether the draft was written for a demonstration (said on the document).
    pub illustrative: bool,
    /// `None` for a preview that is not published.
    pub version: Option<i64>,
    /// When this version was published (RFC 3339), or when the preview was made.
    pub issued_at: String,
    pub delegations_invited: i64,
    /// The delegations that submitted comments, in the order of the compilation.
    pub respondents: Vec<Respondent>,
    pub sections: Vec<OutcomeSection>,
    /// Comments on the draft as a whole, in the order of the compilation.
    pub general_comments: Vec<CompiledComment>,
    /// For a silence round: its result and the statements standing at the deadline (the
    /// document states the procedure instead of dispositions).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub silence: Option<silence::SilenceOutcome>,
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Respondent {
    pub name: String,
    pub category: DelegationCategory,
}

/// An agenda item and its paragraphs.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct OutcomeSection {
    pub number: String,
    pub title: String,
    pub paragraphs: Vec<OutcomeParagraph>,
}

/// A recommendation, what was decided about it and the comments received on it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct OutcomeParagraph {
    pub recommendation_id: i64,
    pub label: String,
    /// Added during consolidation (not in the draft under comment).
    pub added: bool,
    /// The text under comment (for an added paragraph, empty).
    pub draft_text: String,
    /// `None` while undecided (only in a preview).
    pub decision: Option<Decision>,
    /// The consolidated text, when the paragraph stays.
    pub text: Option<String>,
    /// The label of the recommendation it was merged into.
    pub merged_into: Option<String>,
    pub note: String,
    /// In the order of the compilation.
    pub comments: Vec<CompiledComment>,
}

impl OutcomeParagraph {
    /// The text as consolidated: the draft's while undecided, nothing once merged or deleted.
    pub fn final_text(&self) -> &str {
        match (self.decision, &self.text) {
            (None, _) => &self.draft_text,
            (Some(d), Some(text)) if d.keeps_text() => text,
            _ => "",
        }
    }

    /// The word-level changes against the draft.
    pub fn changes(&self) -> Vec<Change> {
        word_changes(&self.draft_text, self.final_text())
    }

    /// Whether the paragraph stays in the consolidated text.
    pub fn kept(&self) -> bool {
        self.decision.is_none_or(|d| d.keeps_text())
    }
}

/// A delegation's comment as compiled in Annex I: verbatim, attributed to the delegation.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct CompiledComment {
    pub reference: String,
    pub delegation: String,
    pub category: DelegationCategory,
    pub kind: CommentKind,
    pub text: String,
    pub proposed_text: Option<String>,
    pub late: bool,
    /// RFC 3339.
    pub submitted_at: String,
    /// Entered by the Secretariat on the delegation's behalf: where it came from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub intake: Option<CompiledIntake>,
}

/// Where a comment the Secretariat entered on a delegation's behalf came from, as the outcome
/// records it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct CompiledIntake {
    pub source: IntakeSource,
    /// RFC 3339.
    pub received_at: String,
    pub source_reference: Option<String>,
}

impl OutcomeDocument {
    pub fn venue(&self) -> Result<VenueZone, RenderError> {
        VenueZone::parse(&self.venue_tz).map_err(|_| RenderError::Corrupt {
            what: "venue_tz",
            value: self.venue_tz.clone(),
        })
    }

    pub fn instant(&self, what: &'static str, value: &str) -> Result<Timestamp, RenderError> {
        value.parse().map_err(|_| RenderError::Corrupt {
            what,
            value: value.to_string(),
        })
    }

    /// "Entered by the Secretariat on behalf of …, received by … of …" for a comment entered on
    /// a delegation's behalf, in `tr`'s language.
    pub fn provenance(&self, c: &CompiledComment, tr: &Tr) -> Result<Option<String>, RenderError> {
        let Some(intake) = &c.intake else {
            return Ok(None);
        };
        let intake = Intake {
            source: intake.source,
            received_at: self.instant("received_at", &intake.received_at)?,
            source_reference: intake.source_reference.clone(),
        };
        Ok(Some(tr.intake(&self.venue()?, &c.delegation, &intake)))
    }

    /// Every paragraph, in document order.
    pub fn paragraphs(&self) -> impl Iterator<Item = &OutcomeParagraph> {
        self.sections.iter().flat_map(|s| s.paragraphs.iter())
    }

    /// How many comments the compilation holds.
    pub fn comment_count(&self) -> usize {
        self.general_comments.len() + self.paragraphs().map(|p| p.comments.len()).sum::<usize>()
    }

    /// The paragraphs that stay in the consolidated text (retained, amended, bracketed; those
    /// added during consolidation included; deleted and merged ones left out), each under its
    /// section, in document order: the draft of a revised version.
    pub fn consolidated(&self) -> impl Iterator<Item = (&OutcomeSection, &OutcomeParagraph)> {
        self.sections
            .iter()
            .flat_map(|s| s.paragraphs.iter().map(move |p| (s, p)))
            .filter(|(_, p)| p.kept())
    }

    /// The base of download file names, e.g. `outcome-round-1-v2`.
    pub fn file_stem(&self) -> String {
        match self.version {
            Some(v) => format!("outcome-round-{}-v{v}", self.round_id),
            None => format!("outcome-round-{}-preview", self.round_id),
        }
    }
}

/// The heading of each group of Annex II, in compilation order.
pub fn category_message_id(category: DelegationCategory) -> &'static str {
    match category {
        DelegationCategory::Party => "outcome-group-party",
        DelegationCategory::ObserverState => "outcome-group-observer-state",
        DelegationCategory::OtherObserver => "outcome-group-other-observer",
        DelegationCategory::Igo => "outcome-group-igo",
        DelegationCategory::Other => "outcome-group-other",
    }
}

/// The respondents grouped by category, groups in compilation order, empty groups left out.
pub fn respondents_by_group(doc: &OutcomeDocument) -> Vec<(DelegationCategory, Vec<&str>)> {
    DelegationCategory::all()
        .into_iter()
        .map(|c| {
            let names = doc
                .respondents
                .iter()
                .filter(|r| r.category == c)
                .map(|r| r.name.as_str())
                .collect::<Vec<_>>();
            (c, names)
        })
        .filter(|(_, names)| !names.is_empty())
        .collect()
}

/// A downloadable form of the outcome.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OutcomeFormat {
    Html,
    Docx,
    /// The recommendations with their dispositions.
    Csv,
    /// Every comment.
    CommentsCsv,
    Json,
}

impl OutcomeFormat {
    /// Reads a file name's ending: `html`, `docx`, `csv`, `comments.csv`, `json`.
    pub fn from_extension(ext: &str) -> Option<OutcomeFormat> {
        match ext {
            "html" => Some(OutcomeFormat::Html),
            "docx" => Some(OutcomeFormat::Docx),
            "csv" => Some(OutcomeFormat::Csv),
            "comments.csv" => Some(OutcomeFormat::CommentsCsv),
            "json" => Some(OutcomeFormat::Json),
            _ => None,
        }
    }

    /// Splits a file name such as `2.docx`, `latest.comments.csv` into its stem and format.
    pub fn split_file_name(name: &str) -> Option<(&str, OutcomeFormat)> {
        let (stem, ext) = name.split_once('.')?;
        Some((stem, OutcomeFormat::from_extension(ext)?))
    }

    pub fn extension(&self) -> &'static str {
        match self {
            OutcomeFormat::Html => "html",
            OutcomeFormat::Docx => "docx",
            OutcomeFormat::Csv => "csv",
            OutcomeFormat::CommentsCsv => "comments.csv",
            OutcomeFormat::Json => "json",
        }
    }

    pub fn content_type(&self) -> &'static str {
        match self {
            OutcomeFormat::Html => "text/html; charset=utf-8",
            OutcomeFormat::Docx => {
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            }
            OutcomeFormat::Csv | OutcomeFormat::CommentsCsv => "text/csv; charset=utf-8",
            OutcomeFormat::Json => "application/json",
        }
    }

    pub fn all() -> [OutcomeFormat; 5] {
        [
            OutcomeFormat::Html,
            OutcomeFormat::Docx,
            OutcomeFormat::Csv,
            OutcomeFormat::CommentsCsv,
            OutcomeFormat::Json,
        ]
    }

    /// The document in this format.
    pub fn render(
        &self,
        doc: &OutcomeDocument,
        tr: &crate::i18n::Tr,
    ) -> Result<Vec<u8>, RenderError> {
        match self {
            OutcomeFormat::Html => Ok(html::render(doc, tr)?.into_bytes()),
            OutcomeFormat::Docx => docx::render(doc, tr),
            OutcomeFormat::Csv => csv::recommendations(doc),
            OutcomeFormat::CommentsCsv => csv::comments(doc),
            OutcomeFormat::Json => json::render(doc),
        }
    }
}

#[cfg(test)]
mod tests;
