//! More focal points than the demo has: one per demo delegation, inserted through the store
//! and signed in the way a person does (link from the e-mail, "Sign in" button).

use redraft::domain::Role;
use redraft::store::{delegation as people, round as rounds};

use crate::helpers::{TestApp, User};

const DELEGATIONS_CSV: &str = include_str!("../../src/demo/wg-tip-2020-delegations.csv");

/// The names of the demo's delegations, in the order of its list.
pub fn demo_delegations() -> Vec<String> {
    DELEGATIONS_CSV
        .lines()
        .skip(1)
        .filter_map(|line| {
            // Names with a comma are quoted; the category never has one.
            let (name, _) = line.rsplit_once(',')?;
            Some(name.trim_matches('"').to_string())
        })
        .collect()
}

/// Creates a focal point for each of `names` and signs each in; returns (delegation, user).
pub async fn sign_in_focal_points(t: &TestApp, names: &[String]) -> Vec<(String, User)> {
    let mut tx = t.app.store().begin_write().await.expect("tx");
    let meeting_id = rounds::get_round(&mut tx, t.round_id)
        .await
        .expect("round")
        .expect("round exists")
        .meeting_id;
    let mut emails = Vec::new();
    for (i, name) in names.iter().enumerate() {
        let delegation_id = people::find_delegation(&mut tx, meeting_id, name)
            .await
            .expect("query")
            .unwrap_or_else(|| panic!("no delegation {name}"));
        let email = format!("fp{i}@delegation{delegation_id}.example.org");
        if people::find_user_by_email(&mut tx, &email)
            .await
            .expect("query")
            .is_none()
        {
            people::insert_user(
                &mut tx,
                &email,
                &format!("Focal point of {name}"),
                Role::Delegate,
                Some(delegation_id),
                t.app.now(),
            )
            .await
            .expect("insert user");
        }
        emails.push((name.clone(), email));
    }
    tx.commit().await.expect("commit");
    let mut users = Vec::new();
    for (name, email) in emails {
        users.push((name, t.sign_in(&email).await));
    }
    users
}
