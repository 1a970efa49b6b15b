//! The order of the compilation of comments, as the Secretariat issues it: parties (States,
//! then regional economic integration organizations), observer States, other observers,
//! intergovernmental organizations, others; delegations alphabetical within each group
//! (whatever their case), and one delegation's comments in the order they were submitted.
//! Every list of comments the staff, the delegations and the outcome document read follows it.

use jiff::Timestamp;

use super::delegation::{self, DelegationCategory, DelegationName};
use super::{Comment, CommentStatus};

/// Where a delegation stands in the compilation: its group, whether it is a regional economic
/// integration organization (they follow the States among the parties), its name in lower case.
pub fn delegation_order(category: DelegationCategory, name: &str) -> (u8, bool, String) {
    let reio = DelegationName::parse(name)
        .map(|n| delegation::is_regional_economic_integration_org(&n))
        .unwrap_or(false);
    (category.order(), reio, name.to_lowercase())
}

/// Where a comment stands in the compilation: its delegation's place, then submission order.
pub fn compilation_key(c: &Comment) -> ((u8, bool, String), Timestamp, i64) {
    (
        delegation_order(c.delegation_category, &c.delegation_name),
        c.created_at,
        c.comment_id,
    )
}

/// Puts comments in compilation order (withdrawn ones, if any, keep their place).
pub fn sort_for_compilation(comments: &mut [Comment]) {
    comments.sort_by_cached_key(compilation_key);
}

/// The active comments of `comments` (withdrawn ones left out), in compilation order.
pub fn active_in_compilation_order(comments: Vec<Comment>) -> Vec<Comment> {
    let mut active: Vec<Comment> = comments
        .into_iter()
        .filter(|c| c.status == CommentStatus::Active)
        .collect();
    sort_for_compilation(&mut active);
    active
}

/// The comments of `comments` that the consolidation and the compilation take, in compilation
/// order: active ones, less those received after their delegation's window closed that the
/// Chair has not included.
pub fn counted_in_compilation_order(comments: Vec<Comment>) -> Vec<Comment> {
    let mut counted: Vec<Comment> = comments.into_iter().filter(Comment::counts).collect();
    sort_for_compilation(&mut counted);
    counted
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::CommentKind;

    fn comment(id: i64, name: &str, category: DelegationCategory, minute: i64) -> Comment {
        let at = Timestamp::from_second(1_600_000_000 + minute * 60).unwrap();
        Comment {
            comment_id: id,
            round_id: 1,
            delegation_id: id,
            delegation_name: name.to_string(),
            delegation_category: category,
            recommendation_id: None,
            reference: format!("C/{id:04}"),
            kind: CommentKind::Remark,
            text: "text".to_string(),
            proposed_text: None,
            status: CommentStatus::Active,
            version: 1,
            late: false,
            intake: None,
            held_back: false,
            included_at: None,
            created_at: at,
            updated_at: at,
        }
    }

    fn names(comments: &[Comment]) -> Vec<&str> {
        comments
            .iter()
            .map(|c| c.delegation_name.as_str())
            .collect()
    }

    #[test]
    fn groups_come_in_the_order_of_the_compilation() {
        use DelegationCategory::*;
        // Submitted in the reverse order of the compilation, so that time cannot explain it.
        let comments = vec![
            comment(1, "Friends of the Earth", Other, 0),
            comment(2, "UNODC", Igo, 1),
            comment(3, "Holy See", OtherObserver, 2),
            comment(4, "Japan", ObserverState, 3),
            comment(5, "European Union", Party, 4),
            comment(6, "Zambia", Party, 5),
        ];
        assert_eq!(
            names(&active_in_compilation_order(comments)),
            [
                "Zambia",
                "European Union",
                "Japan",
                "Holy See",
                "UNODC",
                "Friends of the Earth"
            ]
        );
    }

    #[test]
    fn names_are_alphabetical_within_a_group_whatever_their_case() {
        use DelegationCategory::Party;
        let comments = vec![
            comment(1, "chile", Party, 0),
            comment(2, "Brazil", Party, 1),
            comment(3, "Austria", Party, 2),
            comment(4, "Côte d'Ivoire", Party, 3),
        ];
        assert_eq!(
            names(&active_in_compilation_order(comments)),
            ["Austria", "Brazil", "chile", "Côte d'Ivoire"]
        );
    }

    #[test]
    fn one_delegations_comments_keep_the_order_they_were_submitted_in() {
        use DelegationCategory::Party;
        let comments = vec![
            comment(3, "Chile", Party, 5),
            comment(1, "Chile", Party, 9),
            comment(2, "Chile", Party, 5),
        ];
        let ids: Vec<i64> = active_in_compilation_order(comments)
            .iter()
            .map(|c| c.comment_id)
            .collect();
        // Same instant: the earlier id (the one stored first) comes first.
        assert_eq!(ids, [2, 3, 1]);
    }

    #[test]
    fn withdrawn_comments_are_left_out_of_the_active_list_and_kept_by_the_sort() {
        use DelegationCategory::Party;
        let mut withdrawn = comment(1, "Austria", Party, 0);
        withdrawn.status = CommentStatus::Withdrawn;
        let comments = vec![comment(2, "Brazil", Party, 1), withdrawn];
        assert_eq!(
            names(&active_in_compilation_order(comments.clone())),
            ["Brazil"]
        );
        let mut all = comments;
        sort_for_compilation(&mut all);
        assert_eq!(names(&all), ["Austria", "Brazil"]);
    }
}
