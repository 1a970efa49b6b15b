//! Shapes of data that templates show, built from the app's records: times already formatted
//! in the venue's zone, kinds already translated.

use std::borrow::Cow;

use crate::app::rounds::{AgendaSection, RecommendationView as AppRecommendation, RoundSummary};
use crate::domain::{Comment, CommentStatus};
use crate::domain::{CommentKind, VenueZone};
use crate::i18n::Tr;

use super::page::ShownError;
use crate::domain::disposition::word_changes;
use crate::outcome::html::{Piece, pieces};

#[derive(Debug, Clone)]
pub struct RoundView {
    pub round_id: i64,
    pub title: String,
    pub body: String,
    pub meeting: String,
    pub state: String,
    pub state_class: &'static str,
    pub deadline: String,
    pub deadline_utc: String,
    pub remaining: String,
    pub opens: String,
    /// When the last window closes, when individual extensions run past the deadline.
    pub last_window: Option<String>,
    pub instructions: String,
    pub illustrative: bool,
}

impl RoundView {
    pub fn new(summary: &RoundSummary, tr: &Tr) -> RoundView {
        RoundView {
            round_id: summary.round.round_id,
            title: summary.round.title.clone(),
            body: summary.round.body_name.clone(),
            meeting: summary.round.meeting_title.clone(),
            state: summary.state_text.render(tr),
            state_class: summary.state.as_str(),
            deadline: tr.moment(&summary.deadline),
            deadline_utc: tr.moment(&summary.deadline_utc),
            remaining: tr.moment(&summary.remaining),
            opens: tr.moment(&summary.opens),
            last_window: summary.last_window.as_ref().map(|m| tr.moment(m)),
            instructions: summary.round.instructions.clone(),
            illustrative: summary.round.illustrative,
        }
    }
}

#[derive(Debug, Clone)]
pub struct CommentView {
    pub comment_id: i64,
    pub reference: String,
    pub delegation: String,
    pub kind: Cow<'static, str>,
    pub text: String,
    pub proposed_text: Option<String>,
    pub withdrawn: bool,
    /// "Late (individual extension)", or for one the Secretariat entered, how it stands as
    /// received after the deadline (left out of the consolidation, or included by the Chair).
    pub late: Option<String>,
    /// Entered by the Secretariat on the delegation's behalf: where it came from.
    pub provenance: Option<String>,
    /// Received after the deadline and not included by the Chair: the staff may include it.
    pub held_back: bool,
    /// Its delegation may change it (not one the Secretariat entered).
    pub changeable: bool,
    pub version: i64,
    /// When it was last changed, in the venue's zone.
    pub last_changed: String,
    /// "Submitted …" or, once changed, "Last changed …".
    pub when: String,
}

impl CommentView {
    pub fn new(c: &Comment, venue: &VenueZone, tr: &Tr) -> CommentView {
        let last_changed = tr.datetime(venue, c.updated_at);
        let changed = c.version > 1;
        let when = if changed {
            tr.t1("comment-last-changed", "time", &last_changed)
        } else if c.created_at == c.updated_at {
            tr.t1("comment-submitted", "time", &last_changed)
        } else {
            tr.t1(
                "comment-submitted",
                "time",
                &tr.datetime(venue, c.created_at),
            )
        };
        CommentView {
            comment_id: c.comment_id,
            reference: c.reference.clone(),
            delegation: c.delegation_name.clone(),
            kind: kind_label(c.kind, tr),
            text: c.text.clone(),
            proposed_text: c.proposed_text.clone(),
            withdrawn: c.status == CommentStatus::Withdrawn,
            late: late_label(c, tr),
            provenance: c
                .intake
                .as_ref()
                .map(|i| tr.intake(venue, &c.delegation_name, i)),
            held_back: c.held_back,
            changeable: c.changeable_by_delegation(),
            version: c.version,
            last_changed,
            when,
        }
    }

    pub fn list(comments: &[Comment], venue: &VenueZone, tr: &Tr) -> Vec<CommentView> {
        comments
            .iter()
            .map(|c| CommentView::new(c, venue, tr))
            .collect()
    }
}

/// How a late comment is marked: one its delegation wrote came in through an individual
/// extension; one the Secretariat entered was received after the deadline, and is left out of
/// the consolidation or was included by the Chair.
fn late_label(c: &Comment, tr: &Tr) -> Option<String> {
    let id = match (c.late, &c.intake) {
        (false, _) => return None,
        (true, None) => "comment-late",
        (true, Some(_)) if c.held_back => "comment-held-back",
        (true, Some(_)) if c.included_at.is_some() => "comment-included",
        (true, Some(_)) => "comment-received-late",
    };
    Some(tr.t(id))
}

pub fn kind_label(kind: CommentKind, tr: &Tr) -> Cow<'static, str> {
    tr.text(kind.message_id())
}

/// A comment form: what is in its fields, and its errors.
#[derive(Debug, Clone, Default)]
pub struct CommentForm {
    /// Appended to every field id, so several forms can share a page (`-12`, `-general`).
    pub suffix: String,
    pub recommendation_id: String,
    pub kind: String,
    pub text: String,
    pub proposed_text: String,
    pub errors: Vec<ShownError>,
    /// Whether the form starts unfolded (it has errors).
    pub open: bool,
}

impl CommentForm {
    pub fn empty(recommendation_id: Option<i64>) -> CommentForm {
        CommentForm {
            suffix: match recommendation_id {
                Some(id) => format!("-{id}"),
                None => "-general".to_string(),
            },
            recommendation_id: recommendation_id
                .map(|id| id.to_string())
                .unwrap_or_default(),
            kind: "remark".to_string(),
            ..CommentForm::default()
        }
    }

    pub fn error(&self, field: &str) -> Option<&str> {
        self.errors
            .iter()
            .find(|e| e.field == field)
            .map(|e| e.text.as_str())
    }

    pub fn is_kind(&self, kind: &str) -> bool {
        self.kind == kind
    }
}

#[derive(Debug, Clone)]
pub struct RecommendationView {
    pub recommendation_id: i64,
    pub label: String,
    pub text: String,
    pub comments: Vec<CommentView>,
    pub others: Vec<CommentView>,
    pub form: CommentForm,
    /// In a revised draft: what changed since the previous version.
    pub revision: Option<RevisionMark>,
}

/// A recommendation of a revised draft against its previous version.
#[derive(Debug, Clone)]
pub struct RevisionMark {
    /// "Changed since the previous version." and the like.
    pub note: String,
    /// The word-level changes from the previous text; empty when it did not change.
    pub pieces: Vec<Piece>,
    /// The page of the previous version and its comments, when there is one.
    pub previous_href: Option<String>,
}

impl RevisionMark {
    fn new(round_id: i64, view: &AppRecommendation, tr: &Tr) -> RevisionMark {
        let r = &view.recommendation;
        RevisionMark::of(
            round_id,
            (r.recommendation_id, &r.text),
            (r.previous_recommendation_id, r.previous_text.as_deref()),
            tr,
        )
    }

    /// The mark of recommendation `(id, text)` of round `round_id`, given its id and text in
    /// the previous version (no id: new in this version).
    pub fn of(
        round_id: i64,
        (recommendation_id, text): (i64, &str),
        (previous_id, previous_text): (Option<i64>, Option<&str>),
        tr: &Tr,
    ) -> RevisionMark {
        let previous_href = previous_id
            .map(|_| format!("/rounds/{round_id}/recommendations/{recommendation_id}/previous"));
        let (note, pieces) = match (previous_id, previous_text) {
            (None, _) => ("revision-new", Vec::new()),
            (Some(_), Some(previous)) if previous != text => {
                ("revision-changed", pieces(word_changes(previous, text)))
            }
            (Some(_), _) => ("revision-unchanged", Vec::new()),
        };
        RevisionMark {
            note: tr.t(note),
            pieces,
            previous_href,
        }
    }
}

#[derive(Debug, Clone)]
pub struct SectionView {
    pub number: String,
    pub title: String,
    pub recommendations: Vec<RecommendationView>,
}

impl SectionView {
    pub fn list(sections: &[AgendaSection], venue: &VenueZone, tr: &Tr) -> Vec<SectionView> {
        sections
            .iter()
            .map(|s| SectionView {
                number: s.number.clone(),
                title: s.title.clone(),
                recommendations: s
                    .recommendations
                    .iter()
                    .map(|r| RecommendationView {
                        recommendation_id: r.recommendation.recommendation_id,
                        label: r.recommendation.label.clone(),
                        text: r.recommendation.text.clone(),
                        comments: CommentView::list(&r.comments, venue, tr),
                        others: CommentView::list(&r.others, venue, tr),
                        form: CommentForm {
                            // An amendment starts from the paragraph as drafted.
                            proposed_text: r.recommendation.text.clone(),
                            ..CommentForm::empty(Some(r.recommendation.recommendation_id))
                        },
                        revision: None,
                    })
                    .collect(),
            })
            .collect()
    }

    /// Marks each recommendation of `sections` (made by [`SectionView::list`] from `source`)
    /// with what changed since the previous version of the draft of round `round_id`.
    pub fn mark_revisions(
        sections: &mut [SectionView],
        source: &[AgendaSection],
        round_id: i64,
        tr: &Tr,
    ) {
        let views = sections
            .iter_mut()
            .flat_map(|s| s.recommendations.iter_mut());
        let records = source.iter().flat_map(|s| s.recommendations.iter());
        for (view, record) in views.zip(records) {
            view.revision = Some(RevisionMark::new(round_id, record, tr));
        }
    }
}
