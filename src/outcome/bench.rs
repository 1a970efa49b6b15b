//! Benchmark of the outcome renderers on a large round: 200 delegations, 150 recommendations,
//! 15,000 comments (a third of them amendments with proposed text). Prints the time of the HTML
//! and of the DOCX, their sizes, and the peak memory of the process.
//!
//! Run with `redraft bench outcome` (a release build: `cargo run --release -- bench outcome`).

use std::time::Instant;

use crate::domain::disposition::Decision;
use crate::domain::{CommentKind, DelegationCategory};
use crate::i18n::Tr;
use crate::outcome::{
    CompiledComment, OutcomeDocument, OutcomeParagraph, OutcomeSection, Respondent, docx, html,
};

const DELEGATIONS: usize = 200;
const RECOMMENDATIONS: usize = 150;
const COMMENTS: usize = 15_000;

fn category(i: usize) -> DelegationCategory {
    match i % 20 {
        0..=14 => DelegationCategory::Party,
        15 | 16 => DelegationCategory::ObserverState,
        17 => DelegationCategory::OtherObserver,
        _ => DelegationCategory::Igo,
    }
}

fn document() -> OutcomeDocument {
    let draft = "States parties should consider ensuring that victims of trafficking in persons who \
                 have been compelled to commit offences have access to legal assistance, interpretation \
                 and support services, regardless of their immigration status.";
    let per_recommendation = COMMENTS / RECOMMENDATIONS;
    let kinds = [
        CommentKind::Amendment,
        CommentKind::Remark,
        CommentKind::Support,
    ];
    let mut reference = 0;
    let mut paragraphs = Vec::new();
    for r in 0..RECOMMENDATIONS {
        let comments = (0..per_recommendation)
            .map(|k| {
                reference += 1;
                let d = (r * 7 + k * 2) % DELEGATIONS;
                let kind = kinds[k % kinds.len()];
                CompiledComment {
                    reference: format!("WG-TIP-2020/C/{reference:05}"),
                    delegation: format!("Delegation {d:03}"),
                    category: category(d),
                    kind,
                    text: format!(
                        "Delegation {d:03} considers that the recommendation should be clarified, \
                         in particular as regards \"victims\" & <their> access to services (comment {k})."
                    ),
                    proposed_text: (kind == CommentKind::Amendment).then(|| {
                        draft.replace("should consider ensuring", "shall ensure")
                            .replace("legal assistance", "free legal assistance")
                    }),
                    late: false,
                    submitted_at: "2020-09-20T08:00:00Z".into(),
                    intake: None,
                }
            })
            .collect();
        let decision = match r % 5 {
            0 => Decision::Retained,
            1 | 2 => Decision::Amended,
            3 => Decision::Bracketed,
            _ => Decision::Deleted,
        };
        let text = match decision {
            Decision::Retained => Some(draft.to_string()),
            Decision::Amended => Some(draft.replace("should consider ensuring", "shall ensure")),
            Decision::Bracketed => Some(draft.replace("regardless of", "[regardless of]")),
            _ => None,
        };
        paragraphs.push(OutcomeParagraph {
            recommendation_id: r as i64 + 1,
            label: (r + 1).to_string(),
            added: false,
            draft_text: draft.to_string(),
            decision: Some(decision),
            text,
            merged_into: None,
            note: String::new(),
            comments,
        });
    }
    let sections = paragraphs
        .chunks(30)
        .enumerate()
        .map(|(i, chunk)| OutcomeSection {
            number: (i + 2).to_string(),
            title: format!("Agenda item {}", i + 2),
            paragraphs: chunk.to_vec(),
        })
        .collect();
    OutcomeDocument {
        round_id: 1,
        body: "Working Group on Trafficking in Persons".into(),
        meeting: "Tenth meeting".into(),
        meeting_venue: "Vienna".into(),
        meeting_dates: "10–11 September 2020".into(),
        round_title: "Post-meeting comments".into(),
        document_symbol: String::new(),
        venue_tz: "Europe/Vienna".into(),
        opens_at: "2020-09-14T07:00:00Z".into(),
        closes_at: "2020-10-02T16:00:00Z".into(),
        illustrative: false,
        version: Some(1),
        issued_at: "2020-10-09T10:00:00Z".into(),
        delegations_invited: DELEGATIONS as i64,
        respondents: (0..DELEGATIONS)
            .map(|d| Respondent {
                name: format!("Delegation {d:03}"),
                category: category(d),
            })
            .collect(),
        sections,
        general_comments: Vec::new(),
        silence: None,
    }
}

/// Peak resident memory of this process so far, in MB (Linux).
fn peak_mb() -> f64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM:"))
                .and_then(|l| l.split_whitespace().nth(1)?.parse::<f64>().ok())
        })
        .map_or(f64::NAN, |kb| kb / 1024.0)
}

/// Builds the large document and renders it three times, printing the figures.
pub fn run() {
    let tr = Tr::english();
    let doc = document();
    println!(
        "outcome benchmark: {DELEGATIONS} delegations, {} recommendations, {} comments",
        doc.paragraphs().count(),
        doc.comment_count()
    );
    println!("document built: peak memory {:.0} MB", peak_mb());
    for run in 1..=3 {
        let start = Instant::now();
        let page = html::render(&doc, &tr).expect("html");
        let html_time = start.elapsed();
        let html_len = page.len();
        drop(page);
        let start = Instant::now();
        let word = docx::render(&doc, &tr).expect("docx");
        let docx_time = start.elapsed();
        println!(
            "run {run}: HTML {:.3} s ({:.1} MB), DOCX {:.3} s ({:.1} MB), peak memory {:.0} MB",
            html_time.as_secs_f64(),
            html_len as f64 / 1e6,
            docx_time.as_secs_f64(),
            word.len() as f64 / 1e6,
            peak_mb()
        );
    }
}
