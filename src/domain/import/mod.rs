//! Owns the parsers of the Chair's imports: a draft (CSV or plain text) and the delegations
//! (CSV). Every row is validated and every problem is reported with its row and column, so
//! that an import with one bad row imports nothing and names the row.
//!
//! - `problem`: what can be wrong ([`ImportProblem`]), in English and as Fluent message ids;
//! - `csv_reader`: the CSV reading both CSV imports share;
//! - `draft` and `delegations`: the two importers.

mod csv_reader;
mod delegations;
mod draft;
mod problem;

pub use delegations::{DelegationRow, parse_delegations_csv};
pub use draft::{DraftRow, parse_draft_csv, parse_draft_text};
pub use problem::{
    ImportProblem, MAX_IMPORT_BYTES, MAX_IMPORT_DELEGATIONS, MAX_IMPORT_RECOMMENDATIONS,
    ProblemKind, check_delegation_count, check_recommendation_count,
};

/// The problems of an import that should have been refused.
#[cfg(test)]
fn problems<T: std::fmt::Debug>(result: Result<T, Vec<ImportProblem>>) -> Vec<ImportProblem> {
    result.expect_err("the import should be refused")
}

/// Problems as (row, column, message id).
#[cfg(test)]
fn problem_summary(found: &[ImportProblem]) -> Vec<(usize, Option<&'static str>, &'static str)> {
    found
        .iter()
        .map(|p| (p.row, p.column, p.message_id()))
        .collect()
}

/// The one problem of an import that should have been refused for it alone.
#[cfg(test)]
fn only_problem<T: std::fmt::Debug>(result: Result<T, Vec<ImportProblem>>) -> ImportProblem {
    let mut found = problems(result);
    assert_eq!(found.len(), 1, "{found:#?}");
    found.remove(0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::DelegationCategory;

    const DEMO_DELEGATIONS: &str = include_str!("../../demo/wg-tip-2020-delegations.csv");
    const DEMO_DRAFT: &str = include_str!("../../demo/wg-tip-2020-draft-recommendations.csv");

    #[test]
    fn demo_delegations_parse() {
        let rows = parse_delegations_csv(DEMO_DELEGATIONS.as_bytes()).unwrap();
        assert_eq!(rows.len(), 110);
        assert_eq!(rows[0].row, 2);
        assert_eq!(rows[0].name.as_str(), "Afghanistan");
        assert_eq!(rows[0].category, DelegationCategory::Party);
        assert!(rows[0].focal_points.is_empty());
        assert_eq!(rows[109].row, 111);
        assert!(
            rows.iter()
                .any(|d| d.category == DelegationCategory::ObserverState)
        );
        assert!(rows.iter().any(|d| d.category == DelegationCategory::Igo));
    }

    #[test]
    fn demo_draft_parses() {
        let rows = parse_draft_csv(DEMO_DRAFT.as_bytes()).unwrap();
        assert_eq!(rows.len(), 12);
        assert_eq!(rows[0].row, 2);
        assert_eq!(rows[0].agenda_item, "2");
        assert_eq!(rows[0].label.as_str(), "1");
        assert!(rows[0].text.starts_with("States parties should consider"));
        let items: Vec<&str> = rows.iter().map(|r| r.agenda_item.as_str()).collect();
        assert!(items.contains(&"2") && items.contains(&"3"));
        assert!(items.windows(2).all(|w| w[0] <= w[1]), "file order kept");
    }

    #[test]
    fn too_large_is_refused_before_parsing() {
        let big = vec![0xFF_u8; 6 * 1024 * 1024];
        for result in [
            parse_draft_csv(&big).map(|_| ()),
            parse_delegations_csv(&big).map(|_| ()),
        ] {
            let problem = only_problem(result);
            assert_eq!(problem.row, 0);
            assert_eq!(problem.column, None);
            assert_eq!(problem.kind, ProblemKind::TooLarge { bytes: 6_291_456 });
            assert_eq!(
                problem.to_string(),
                "The file is too large (6,291,456 bytes); the limit is 5,242,880 bytes (5 MB)"
            );
            assert_eq!(problem.message_id(), "import-too-large");
        }
        let text = "1. a\n".repeat(1_100_000);
        let problem = only_problem(parse_draft_text(&text));
        assert_eq!(problem.kind, ProblemKind::TooLarge { bytes: 5_500_000 });
        assert!(parse_delegations_csv(&vec![b' '; MAX_IMPORT_BYTES]).is_err());
    }

    #[test]
    fn at_most_2000_rows_are_imported_at_once() {
        let delegations = |n: usize| {
            let mut csv = String::from("name,category\n");
            for i in 0..n {
                csv.push_str(&format!("Delegation {i},party\n"));
            }
            csv
        };
        assert_eq!(
            parse_delegations_csv(delegations(2_000).as_bytes())
                .expect("2,000 delegations")
                .len(),
            2_000
        );
        let problem = only_problem(parse_delegations_csv(delegations(2_001).as_bytes()));
        assert_eq!(
            problem.kind,
            ProblemKind::TooManyDelegations { rows: 2_001 }
        );
        assert_eq!(problem.row, 0);
        assert_eq!(
            problem.to_string(),
            "The file lists 2,001 delegations; at most 2,000 can be imported at once (split the file)"
        );
        assert_eq!(problem.message_id(), "import-too-many-delegations");

        let draft_csv = |n: usize| {
            let mut csv = String::from("agenda_item,agenda_title,label,text\n");
            for i in 1..=n {
                csv.push_str(&format!("1,Title,{i},Paragraph {i}\n"));
            }
            csv
        };
        let draft_text = |n: usize| {
            (1..=n)
                .map(|i| format!("{i}. Paragraph {i}\n"))
                .collect::<String>()
        };
        assert_eq!(
            parse_draft_csv(draft_csv(2_000).as_bytes())
                .expect("csv")
                .len(),
            2_000
        );
        assert_eq!(
            parse_draft_text(&draft_text(2_000)).expect("text").len(),
            2_000
        );
        for result in [
            parse_draft_csv(draft_csv(2_001).as_bytes()),
            parse_draft_text(&draft_text(2_001)),
        ] {
            let problem = only_problem(result);
            assert_eq!(
                problem.kind,
                ProblemKind::TooManyRecommendations { rows: 2_001 }
            );
            assert_eq!(
                problem.to_string(),
                "The draft has 2,001 recommendations; a draft may have at most 2,000"
            );
            assert_eq!(
                problem.args(),
                vec![
                    ("row", "0".into()),
                    ("rows", "2,001".into()),
                    ("limit", "2,000".into())
                ]
            );
        }
    }

    #[test]
    fn empty_files() {
        for input in [
            &b""[..],
            b"\xEF\xBB\xBF",
            b"  \n\n",
            b"name,category\n",
            b"name,category\r\n\r\n,\r\n",
        ] {
            let problem = only_problem(parse_delegations_csv(input));
            assert_eq!(problem.kind, ProblemKind::Empty, "{input:?}");
            assert_eq!(problem.row, 0);
            assert_eq!(problem.to_string(), "The file has no rows to import");
        }
        assert_eq!(
            only_problem(parse_draft_text("\n  \n")).kind,
            ProblemKind::Empty
        );
        assert_eq!(
            only_problem(parse_draft_text("Agenda item 2: Title\n")).kind,
            ProblemKind::Empty
        );
    }
}
