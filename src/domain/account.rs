//! Owns a person's account as the rules see it (`User`: their role, the delegation they act for,
//! whether they may sign in) and what a sign-in link is worth (`SignInLinkStatus`). The store
//! builds both; the permission checks and the sign-in pages reason about them.

use crate::domain::{Language, Role};

/// A person who may sign in: a focal point of a delegation, or staff.
#[derive(Debug, Clone)]
pub struct User {
    pub user_id: i64,
    pub email: String,
    pub name: String,
    pub role: Role,
    /// The delegation a focal point acts for; `None` for staff.
    pub delegation_id: Option<i64>,
    pub delegation_name: Option<String>,
    /// A disabled account cannot sign in and is not mailed.
    pub disabled: bool,
    /// The language the person chose for pages and e-mails, if they chose one.
    pub language: Option<Language>,
}

/// What a sign-in link is worth now, before it is used.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SignInLinkStatus {
    Valid,
    /// Used once already: a link signs in once.
    Used,
    Expired,
    Unknown,
}

impl SignInLinkStatus {
    pub fn is_valid(&self) -> bool {
        *self == SignInLinkStatus::Valid
    }
}
