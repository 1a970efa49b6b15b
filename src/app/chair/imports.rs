//! A round's imports: its draft, and its delegations with their focal points. All or nothing,
//! each one transaction.
//!
//! An import shares the writer's turn with the delegations' comments (SQLite's one writer; on
//! PostgreSQL the rows it locks), so it is kept short whatever the file holds: at most 2,000
//! rows (see [`crate::domain::import`]), parsed and checked before the turn — the file by the
//! parsers, and the addresses already taken by one read before the transaction, so that an
//! import refused for them never takes the turn — then stored in multi-row statements: a
//! delegations import of 2,000 rows is a few dozen statements rather than ten thousand.
//! Delegations are looked up by name through an index, and all at once.

use std::collections::HashMap;

use serde_json::json;

use super::people::{FocalPointChange, focal_point_change};
use crate::app::staff::StaffWrite;
use crate::app::{App, AppError, AppResult};
use crate::domain::account::User;
use crate::domain::import::{self, DelegationRow, DraftRow, ImportProblem};
use crate::domain::revision::{KnownParagraph, carry_identities};
use crate::domain::{Actor, Role, RoundState};
use crate::i18n::Message;
use crate::store::delegation::{self as people, NewDelegation};
use crate::store::round::{self as round_store, DraftParagraph};
use crate::store::{StoreError, Tx};

/// What an import did.
#[derive(Debug, Clone, Default, serde::Serialize, serde::Deserialize)]
pub struct ImportSummary {
    pub rows: usize,
    pub created: usize,
    pub updated: usize,
    pub focal_points_added: usize,
}

/// The kinds of draft input.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DraftFormat {
    Csv,
    Text,
}

/// Parses a draft without saving it (for the preview, and before saving).
pub fn parse_draft(input: &[u8], format: DraftFormat) -> AppResult<Vec<DraftRow>> {
    let parsed = match format {
        DraftFormat::Csv => import::parse_draft_csv(input),
        DraftFormat::Text => match std::str::from_utf8(input) {
            Ok(text) => import::parse_draft_text(text),
            Err(_) => import::parse_draft_csv(input),
        },
    };
    parsed.map_err(AppError::Import)
}

pub fn parse_delegations(input: &[u8]) -> AppResult<Vec<DelegationRow>> {
    import::parse_delegations_csv(input).map_err(AppError::Import)
}

impl App {
    /// Replaces the draft of a round that has not opened yet; all rows or none.
    pub async fn load_draft(
        &self,
        actor: Actor,
        round_id: i64,
        rows: Vec<DraftRow>,
    ) -> AppResult<usize> {
        import::check_recommendation_count(rows.len()).map_err(AppError::Import)?;
        self.staff_write(&actor, round_id, move |w| Box::pin(write_draft(w, rows)))
            .await
    }

    /// Adds delegations (and their focal points) to a round; existing ones, by name, get any new
    /// focal points. One transaction: a problem anywhere stores nothing.
    pub async fn import_delegations(
        &self,
        actor: Actor,
        round_id: i64,
        rows: Vec<DelegationRow>,
    ) -> AppResult<ImportSummary> {
        import::check_delegation_count(rows.len()).map_err(AppError::Import)?;
        // Addresses that belong elsewhere refuse the import before the writer's turn (and are
        // checked again inside it, where the answer is final).
        {
            let (mut conn, _) = self.staff_read(&actor, round_id).await?;
            let stored = Stored::read(&mut conn, &rows).await?;
            let taken = stored.taken_addresses(&rows);
            if !taken.is_empty() {
                return Err(AppError::Import(taken));
            }
        }
        self.staff_write(&actor, round_id, move |w| {
            Box::pin(write_delegations(w, rows))
        })
        .await
    }
}

/// Replaces the draft of the round of `w` with `rows`; returns how many rows it now has. A
/// recommendation keeps its identity across the replacement, relabelled, moved or edited
/// ([`carry_identities`]): a revised draft edited before it opens keeps its links to the
/// previous version.
async fn write_draft(w: &mut StaffWrite, rows: Vec<DraftRow>) -> AppResult<usize> {
    let round_id = w.round.round_id;
    if w.round.schedule.state_at(w.now) != RoundState::Scheduled {
        return Err(AppError::Conflict(Message::new(
            "conflict-draft-after-opening",
        )));
    }
    let before = current_draft(&mut w.tx, round_id).await?;
    // The identities a paragraph may carry on: the draft's, and those of the previous version
    // that an earlier replacement left out (a paragraph put back keeps its link).
    let mut known: Vec<KnownParagraph<'_>> = before
        .iter()
        .map(|(_, _, label, text, stable_id)| KnownParagraph {
            label,
            text,
            stable_id: *stable_id,
        })
        .collect();
    let previous = match w.round.based_on_round_id {
        Some(base) => round_store::recommendations(&mut w.tx, base).await?,
        None => Vec::new(),
    };
    for p in &previous {
        if !known.iter().any(|k| k.stable_id == p.stable_id) {
            known.push(KnownParagraph {
                label: &p.label,
                text: &p.text,
                stable_id: p.stable_id,
            });
        }
    }
    let labelled: Vec<(&str, &str)> = rows
        .iter()
        .map(|r| (r.label.as_str(), r.text.as_str()))
        .collect();
    let identities = carry_identities(&known, &labelled);
    round_store::clear_draft(&mut w.tx, round_id).await?;
    let paragraphs: Vec<DraftParagraph<'_>> = rows
        .iter()
        .zip(identities)
        .map(|(r, stable_id)| DraftParagraph {
            agenda_item: &r.agenda_item,
            agenda_title: &r.agenda_title,
            label: r.label.as_str(),
            text: &r.text,
            stable_id,
        })
        .collect();
    round_store::insert_draft(&mut w.tx, round_id, &paragraphs).await?;
    let after = current_draft(&mut w.tx, round_id).await?;
    w.audit(
        "draft_loaded",
        ("round", Some(round_id)),
        (Some(draft_json(&before)), Some(draft_json(&after))),
    )
    .await?;
    Ok(rows.len())
}

/// A draft's paragraphs: agenda item, its title, label, text and identity.
type DraftLines = Vec<(String, String, String, String, i64)>;

fn draft_json(rows: &DraftLines) -> serde_json::Value {
    json!(rows
        .iter()
        .map(|(item, title, label, text, stable_id)| json!({"agenda_item": item, "agenda_title": title, "label": label, "text": text, "stable_id": stable_id}))
        .collect::<Vec<_>>())
}

async fn current_draft(tx: &mut sqlx::AnyConnection, round_id: i64) -> AppResult<DraftLines> {
    let items = round_store::agenda_items(tx, round_id).await?;
    let recs = round_store::recommendations(tx, round_id).await?;
    let items: HashMap<i64, _> = items.into_iter().map(|i| (i.agenda_item_id, i)).collect();
    Ok(recs
        .into_iter()
        .map(|r| {
            let item = items.get(&r.agenda_item_id);
            (
                item.map(|i| i.number.clone()).unwrap_or_default(),
                item.map(|i| i.title.clone()).unwrap_or_default(),
                r.label,
                r.text,
                r.stable_id,
            )
        })
        .collect())
}

/// What the database already holds of an import's delegations and people.
struct Stored {
    /// Delegations by name (in any meeting: States and organizations are the same from one
    /// body to the next).
    delegations: HashMap<String, i64>,
    /// People by address.
    people: HashMap<String, User>,
}

impl Stored {
    async fn read(conn: &mut sqlx::AnyConnection, rows: &[DelegationRow]) -> AppResult<Stored> {
        let names: Vec<&str> = rows.iter().map(|r| r.name.as_str()).collect();
        let delegations = people::find_delegations_by_names(conn, &names).await?;
        let emails: Vec<&str> = rows
            .iter()
            .flat_map(|r| r.focal_points.iter().map(|e| e.as_str()))
            .collect();
        let people = people::find_users_by_emails(conn, &emails)
            .await?
            .into_iter()
            .map(|user| (user.email.clone(), user))
            .collect();
        Ok(Stored {
            delegations,
            people,
        })
    }

    /// What becomes of each focal point of `row` once its delegation is `delegation_id` (`None`:
    /// a delegation not stored yet).
    fn focal_points<'r>(
        &self,
        row: &'r DelegationRow,
        delegation_id: Option<i64>,
    ) -> impl Iterator<Item = (&'r str, FocalPointChange)> {
        row.focal_points.iter().map(move |email| {
            let change = focal_point_change(self.people.get(email.as_str()), delegation_id);
            (email.as_str(), change)
        })
    }

    /// The addresses of `rows` that belong to another delegation or to staff.
    fn taken_addresses(&self, rows: &[DelegationRow]) -> Vec<ImportProblem> {
        rows.iter()
            .flat_map(|row| {
                let delegation_id = self.delegations.get(row.name.as_str()).copied();
                self.focal_points(row, delegation_id)
                    .filter(|(_, change)| *change == FocalPointChange::Elsewhere)
                    .map(|(email, _)| email_taken(row, email))
            })
            .collect()
    }
}

fn email_taken(row: &DelegationRow, email: &str) -> ImportProblem {
    ImportProblem {
        row: row.row,
        column: Some("focal_point_emails"),
        kind: import::ProblemKind::EmailTaken {
            email: email.to_string(),
        },
    }
}

/// Adds the delegations of `rows` to the round of `w`, with their focal points.
async fn write_delegations(
    w: &mut StaffWrite,
    rows: Vec<DelegationRow>,
) -> AppResult<ImportSummary> {
    let (round_id, meeting_id, now) = (w.round.round_id, w.round.meeting_id, w.now);
    let stored = Stored::read(&mut w.tx, &rows).await?;
    let taken = stored.taken_addresses(&rows);
    if !taken.is_empty() {
        return Err(AppError::Import(taken));
    }
    let new: Vec<NewDelegation<'_>> = rows
        .iter()
        .filter(|r| !stored.delegations.contains_key(r.name.as_str()))
        .map(|r| NewDelegation {
            name: r.name.as_str(),
            category: r.category,
        })
        .collect();
    let created = people::insert_delegations(&mut w.tx, meeting_id, &new, now).await?;
    let delegation_ids: Vec<i64> = rows
        .iter()
        .map(|r| {
            let name = r.name.as_str();
            stored
                .delegations
                .get(name)
                .or_else(|| created.get(name))
                .copied()
                .ok_or_else(|| {
                    AppError::Store(StoreError::Corrupt {
                        column: "delegation.name",
                        value: name.to_string(),
                    })
                })
        })
        .collect::<AppResult<_>>()?;
    people::add_all_to_round(&mut w.tx, round_id, &delegation_ids, now).await?;
    let focal_points_added =
        add_focal_points(&mut w.tx, &stored, &rows, &delegation_ids, now).await?;
    let summary = ImportSummary {
        rows: rows.len(),
        created: new.len(),
        updated: rows.len() - new.len(),
        focal_points_added,
    };
    let delegations: Vec<serde_json::Value> = rows
        .iter()
        .map(|r| {
            json!({
                "name": r.name.as_str(),
                "category": r.category.as_str(),
                "focal_point_emails": r.focal_points.iter().map(|e| e.as_str()).collect::<Vec<_>>(),
            })
        })
        .collect();
    w.audit(
        "delegations_imported",
        ("round", Some(round_id)),
        (
            None,
            Some(json!({
                "rows": summary.rows, "created": summary.created, "updated": summary.updated,
                "focal_points_added": summary.focal_points_added,
                "delegations": delegations,
            })),
        ),
    )
    .await?;
    // New delegations have reminders and deadlines of their own.
    w.announce_schedule_change().await?;
    Ok(summary)
}

/// Gives each delegation of `rows` (stored as `delegation_ids`, in the same order) its focal
/// points: new people in a few multi-row statements, removed ones back. Returns how many.
async fn add_focal_points(
    tx: &mut Tx,
    stored: &Stored,
    rows: &[DelegationRow],
    delegation_ids: &[i64],
    now: jiff::Timestamp,
) -> AppResult<usize> {
    let mut new: Vec<(&str, i64)> = Vec::new();
    let mut back = 0;
    for (row, &delegation_id) in rows.iter().zip(delegation_ids) {
        for (email, change) in stored.focal_points(row, Some(delegation_id)) {
            match change {
                FocalPointChange::New => new.push((email, delegation_id)),
                FocalPointChange::Enable(user_id) => {
                    people::enable_user(tx, user_id, Role::Delegate, Some(delegation_id)).await?;
                    back += 1;
                }
                FocalPointChange::AlreadyThere => {}
                // Refused above, before anything was written.
                FocalPointChange::Elsewhere => {
                    return Err(AppError::Import(vec![email_taken(row, email)]));
                }
            }
        }
    }
    people::insert_focal_points(tx, &new, now).await?;
    Ok(new.len() + back)
}
