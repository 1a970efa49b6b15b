//! Owns who may do what: `Role`, comment `Visibility` and the `Actor` checks. A delegation sees
//! and changes only its own comments while the round is open, unless the round shares them; the
//! Chair and the Secretariat see all.

use crate::domain::round::RoundState;

/// A user's role.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    Chair,
    Secretariat,
    /// A focal point acting for one delegation.
    Delegate,
}

text_forms!(Role loose {
    Chair => "chair",
    Secretariat => "secretariat",
    Delegate => "delegate",
});

impl Role {
    /// Chair and Secretariat.
    pub fn is_staff(&self) -> bool {
        matches!(self, Role::Chair | Role::Secretariat)
    }
}

/// Who may read a delegation's comments besides that delegation and the staff.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Visibility {
    /// Other delegations see them only once the outcome is published.
    Private,
    /// Other delegations see them once the round has closed.
    SharedAfterClose,
    /// Other delegations see them as soon as they are saved.
    SharedLive,
}

text_forms!(Visibility loose {
    Private => "private",
    SharedAfterClose => "shared_after_close",
    SharedLive => "shared_live",
});

/// The signed-in user, as the permission checks see them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Actor {
    pub user_id: i64,
    pub role: Role,
    /// The delegation a delegate acts for; `None` for staff.
    pub delegation_id: Option<i64>,
}

impl Actor {
    /// Chair and Secretariat see all comments.
    pub fn can_view_all_comments(&self) -> bool {
        self.role.is_staff()
    }

    /// Only a delegate acting for a delegation comments.
    pub fn can_comment(&self) -> bool {
        self.role == Role::Delegate && self.delegation_id.is_some()
    }

    /// Whether this actor is a delegate of `delegation_id`.
    pub fn owns(&self, delegation_id: i64) -> bool {
        self.role == Role::Delegate && self.delegation_id == Some(delegation_id)
    }

    /// Only the delegation's own delegates change its comments; the staff do not edit
    /// delegations' words. (The deadline is checked separately.)
    pub fn can_modify_comment(&self, comment_delegation_id: i64) -> bool {
        self.owns(comment_delegation_id)
    }

    /// Whether this actor may read a comment of `comment_delegation_id`, in a round with
    /// `visibility`, currently in `state`, whose outcome is or is not published.
    pub fn can_read_comment(
        &self,
        comment_delegation_id: i64,
        visibility: Visibility,
        state: RoundState,
        outcome_published: bool,
    ) -> bool {
        if self.can_view_all_comments() || self.owns(comment_delegation_id) {
            return true;
        }
        match visibility {
            Visibility::SharedLive => true,
            Visibility::SharedAfterClose => state == RoundState::Closed || outcome_published,
            Visibility::Private => outcome_published,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const CHAIR: Actor = Actor {
        user_id: 1,
        role: Role::Chair,
        delegation_id: None,
    };
    const SECRETARIAT: Actor = Actor {
        user_id: 2,
        role: Role::Secretariat,
        delegation_id: None,
    };
    const AUSTRIA: Actor = Actor {
        user_id: 3,
        role: Role::Delegate,
        delegation_id: Some(10),
    };
    const NOBODY: Actor = Actor {
        user_id: 4,
        role: Role::Delegate,
        delegation_id: None,
    };
    const STATES: [RoundState; 4] = [
        RoundState::Scheduled,
        RoundState::Open,
        RoundState::Closed,
        RoundState::Cancelled,
    ];
    const VISIBILITIES: [Visibility; 3] = [
        Visibility::Private,
        Visibility::SharedAfterClose,
        Visibility::SharedLive,
    ];

    #[test]
    fn names_round_trip() {
        for role in [Role::Chair, Role::Secretariat, Role::Delegate] {
            assert_eq!(Role::parse(role.as_str()), Some(role));
        }
        assert_eq!(Role::parse(" Chair "), Some(Role::Chair));
        assert_eq!(Role::parse("admin"), None);
        for v in VISIBILITIES {
            assert_eq!(Visibility::parse(v.as_str()), Some(v));
        }
        assert_eq!(
            Visibility::parse("shared-after-close"),
            Some(Visibility::SharedAfterClose)
        );
        assert_eq!(Visibility::parse("public"), None);
    }

    #[test]
    fn staff() {
        assert!(Role::Chair.is_staff());
        assert!(Role::Secretariat.is_staff());
        assert!(!Role::Delegate.is_staff());
        assert!(CHAIR.can_view_all_comments());
        assert!(SECRETARIAT.can_view_all_comments());
        assert!(!AUSTRIA.can_view_all_comments());
    }

    #[test]
    fn who_comments_and_modifies() {
        assert!(AUSTRIA.can_comment());
        assert!(!NOBODY.can_comment());
        assert!(!CHAIR.can_comment());
        assert!(!SECRETARIAT.can_comment());
        assert!(AUSTRIA.owns(10));
        assert!(!AUSTRIA.owns(11));
        assert!(!NOBODY.owns(10));
        assert!(AUSTRIA.can_modify_comment(10));
        assert!(!AUSTRIA.can_modify_comment(11));
        assert!(!CHAIR.can_modify_comment(10));
        assert!(!SECRETARIAT.can_modify_comment(10));
        // A staff member who somehow carries a delegation id still does not own it.
        let odd = Actor {
            user_id: 5,
            role: Role::Chair,
            delegation_id: Some(10),
        };
        assert!(!odd.owns(10));
        assert!(!odd.can_comment());
    }

    #[test]
    fn staff_and_owners_always_read() {
        for v in VISIBILITIES {
            for s in STATES {
                for published in [false, true] {
                    assert!(CHAIR.can_read_comment(11, v, s, published));
                    assert!(SECRETARIAT.can_read_comment(11, v, s, published));
                    assert!(AUSTRIA.can_read_comment(10, v, s, published));
                }
            }
        }
    }

    #[test]
    fn others_read_by_visibility() {
        for s in STATES {
            for published in [false, true] {
                assert!(AUSTRIA.can_read_comment(11, Visibility::SharedLive, s, published));
                assert_eq!(
                    AUSTRIA.can_read_comment(11, Visibility::SharedAfterClose, s, published),
                    s == RoundState::Closed || published,
                    "{s:?} {published}"
                );
                assert_eq!(
                    AUSTRIA.can_read_comment(11, Visibility::Private, s, published),
                    published,
                    "{s:?} {published}"
                );
                assert_eq!(
                    NOBODY.can_read_comment(10, Visibility::Private, s, published),
                    published
                );
            }
        }
    }
}
