//! The delegations importer: name, category and focal points' e-mail addresses, from CSV, each
//! row checked (a name or an address given twice names the row it was first given on).

use std::collections::HashMap;

use super::csv_reader::read_csv;
use super::problem::{
    ImportProblem, ProblemKind, check_delegation_count, checked, excerpt, first_row,
};
use crate::domain::{DelegationCategory, DelegationName, DelegationNameError, Email};

/// The columns of a delegations CSV (`focal_point_emails` is optional).
const DELEGATION_COLUMNS: &str = "name,category,focal_point_emails";

/// One imported delegation, in file order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DelegationRow {
    /// The row as a spreadsheet numbers it (the header is row 1).
    pub row: usize,
    pub name: DelegationName,
    pub category: DelegationCategory,
    pub focal_points: Vec<Email>,
}

/// Parses delegations from CSV with the columns `name`, `category` and, optionally,
/// `focal_point_emails` (addresses separated by `;`).
pub fn parse_delegations_csv(bytes: &[u8]) -> Result<Vec<DelegationRow>, Vec<ImportProblem>> {
    const COLUMNS: [&str; 3] = ["name", "category", "focal_point_emails"];
    let table = read_csv(bytes, &COLUMNS, 2, DELEGATION_COLUMNS)?;
    check_delegation_count(table.rows.len())?;
    let mut delegations = Vec::with_capacity(table.rows.len());
    let mut problems = Vec::new();
    // Lower-cased normalised name → first row.
    let mut names: HashMap<String, usize> = HashMap::new();
    let mut emails: HashMap<Email, usize> = HashMap::new();
    for record in &table.rows {
        let row = record.row;
        let problems_before = problems.len();

        let name = checked(
            &mut problems,
            (row, "name"),
            DelegationName::parse(record.field(0)),
            DelegationNameError::Empty,
            ProblemKind::InvalidName,
        );
        if let Some(name) = &name
            && let Some(first_row) = first_row(&mut names, name.as_str().to_lowercase(), row)
        {
            let name = name.to_string();
            let kind = ProblemKind::DuplicateDelegation { name, first_row };
            problems.push(ImportProblem::at(row, "name", kind));
        }

        let raw_category = record.field(1);
        let category = DelegationCategory::parse(raw_category);
        if category.is_none() {
            let kind = if raw_category.trim().is_empty() {
                ProblemKind::MissingValue
            } else {
                ProblemKind::UnknownCategory {
                    value: excerpt(raw_category),
                }
            };
            problems.push(ImportProblem::at(row, "category", kind));
        }

        let mut focal_points = Vec::new();
        for part in record.field(2).split(';').map(str::trim) {
            if part.is_empty() {
                continue;
            }
            match Email::parse(part) {
                Ok(email) => match first_row(&mut emails, email.clone(), row) {
                    Some(first_row) => {
                        let email = email.to_string();
                        let kind = ProblemKind::DuplicateEmail { email, first_row };
                        problems.push(ImportProblem::at(row, "focal_point_emails", kind));
                    }
                    None => focal_points.push(email),
                },
                Err(_) => problems.push(ImportProblem::at(
                    row,
                    "focal_point_emails",
                    ProblemKind::MalformedEmail {
                        value: excerpt(part),
                    },
                )),
            }
        }

        if let (Some(name), Some(category)) = (name, category)
            && problems.len() == problems_before
        {
            delegations.push(DelegationRow {
                row,
                name,
                category,
                focal_points,
            });
        }
    }
    problems.extend(table.trailing);
    if problems.is_empty() {
        Ok(delegations)
    } else {
        Err(problems)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::import::problem::MAX_EXCERPT_CHARS;
    use crate::domain::import::{only_problem, problem_summary, problems};

    #[test]
    fn one_bad_row_in_the_middle_is_named() {
        let mut file = String::from("name,category\n");
        for i in 2..=111 {
            let category = if i == 51 { "state" } else { "party" };
            file.push_str(&format!("Delegation {i},{category}\n"));
        }
        let problem = only_problem(parse_delegations_csv(file.as_bytes()));
        let value = "state".to_owned();
        let kind = ProblemKind::UnknownCategory { value };
        assert_eq!(problem, ImportProblem::at(51, "category", kind));
        assert_eq!(
            problem.to_string(),
            "Row 51, column \"category\": unknown category \"state\" (expected party, \
             observer_state, other_observer, igo or other)"
        );
        assert_eq!(problem.message_id(), "import-unknown-category");
        let args = problem.args();
        assert_eq!(args[0], ("row", "51".to_owned()));
        assert_eq!(args[1], ("column", "category".to_owned()));
        assert!(args.contains(&("value", "state".to_owned())));
    }

    #[test]
    fn every_problem_is_reported_in_row_order() {
        let file = "name,category,focal_point_emails\n\
                    Austria,party,focal@austria.example\n\
                    ,,not-an-address\n\
                    AUSTRIA ,igo,focal@austria.example;x@y.example;X@Y.example\n\
                    Brazil\n";
        let found = problems(parse_delegations_csv(file.as_bytes()));
        let summary = problem_summary(&found);
        assert_eq!(
            summary,
            [
                (3, Some("name"), "import-missing-value"),
                (3, Some("category"), "import-missing-value"),
                (3, Some("focal_point_emails"), "import-malformed-email"),
                (4, Some("name"), "import-duplicate-delegation"),
                (4, Some("focal_point_emails"), "import-duplicate-email"),
                (4, Some("focal_point_emails"), "import-duplicate-email"),
                (5, Some("category"), "import-missing-value"),
            ]
        );
        assert_eq!(
            found[3].kind,
            ProblemKind::DuplicateDelegation {
                name: "AUSTRIA".to_owned(),
                first_row: 2
            }
        );
        assert_eq!(
            found[5].kind,
            ProblemKind::DuplicateEmail {
                email: "x@y.example".to_owned(),
                first_row: 4
            }
        );
        assert_eq!(
            found[3].to_string(),
            "Row 4, column \"name\": \"AUSTRIA\" is already listed on row 2"
        );
    }

    #[test]
    fn invalid_name_is_reported() {
        let long = "x".repeat(201);
        let file = format!("name,category\n{long},party\n");
        let problem = only_problem(parse_delegations_csv(file.as_bytes()));
        assert_eq!(
            problem.kind,
            ProblemKind::InvalidName(DelegationNameError::TooLong { len: 201 })
        );
        assert_eq!(
            problem.to_string(),
            "Row 2, column \"name\": the delegation's name must be 200 characters or fewer \
             (it is 201)"
        );
        assert!(problem.args().contains(&("len", "201".to_owned())));
        assert!(
            problem
                .args()
                .contains(&("reason", "error-delegation-name-too-long".to_owned()))
        );
    }

    #[test]
    fn long_values_are_cut_in_messages() {
        let value = "é".repeat(200);
        let file = format!("name,category\nAustria,{value}\n");
        let problem = only_problem(parse_delegations_csv(file.as_bytes()));
        let ProblemKind::UnknownCategory { value } = problem.kind else {
            panic!("{problem:?}");
        };
        assert_eq!(value.chars().count(), MAX_EXCERPT_CHARS);
        assert!(value.ends_with('\u{2026}'));
    }
}
