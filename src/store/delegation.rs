//! Delegations, their participation in rounds, and people (focal points and staff).

use std::collections::HashMap;

use jiff::Timestamp;
use sqlx::any::AnyRow;
use sqlx::{AnyConnection, FromRow, Row};

use super::batch::{in_list, insert_all, insert_sql, lookup_all, returned_pairs};
use super::column::{Columns, MaybeMillis, Millis};
use super::{Result, to_millis};
use crate::domain::account::User;
use crate::domain::{DelegationCategory, Language, Role};

#[derive(Debug, Clone, FromRow)]
pub struct DelegationRecord {
    pub delegation_id: i64,
    pub name: String,
    pub category: DelegationCategory,
}

/// A delegation's place in a round.
#[derive(Debug, Clone, FromRow)]
pub struct Participation {
    /// A Chair's individual extension of the deadline for this delegation, if any.
    #[sqlx(try_from = "MaybeMillis")]
    pub individual_closes_at: Option<Timestamp>,
}

pub async fn find_delegation(
    conn: &mut AnyConnection,
    meeting_id: i64,
    name: &str,
) -> Result<Option<i64>> {
    let id = sqlx::query_scalar(
        "SELECT delegation_id FROM delegation WHERE meeting_id = $1 AND name = $2",
    )
    .bind(meeting_id)
    .bind(name)
    .fetch_optional(conn)
    .await?;
    Ok(id)
}

/// Delegations by name in any meeting (States and organizations are the same from one body to
/// the next, and so are their focal points), many names at once, each through the index on
/// names: name → delegation, for those that exist.
pub async fn find_delegations_by_names(
    conn: &mut AnyConnection,
    names: &[&str],
) -> Result<HashMap<String, i64>> {
    let rows = lookup_all(
        conn,
        names,
        |n| {
            format!(
                "SELECT name, MIN(delegation_id) AS delegation_id FROM delegation \
                 WHERE name IN ({}) GROUP BY name",
                in_list(n)
            )
        },
        |query, name| query.bind(name.to_string()),
    )
    .await?;
    rows.iter()
        .map(|row| Ok((row.try_get("name")?, row.try_get("delegation_id")?)))
        .collect()
}

/// A delegation to be added to a meeting.
#[derive(Debug, Clone, Copy)]
pub struct NewDelegation<'a> {
    pub name: &'a str,
    pub category: DelegationCategory,
}

/// Adds delegations to a meeting in a few multi-row statements: name → new delegation.
pub async fn insert_delegations(
    conn: &mut AnyConnection,
    meeting_id: i64,
    delegations: &[NewDelegation<'_>],
    at: Timestamp,
) -> Result<HashMap<String, i64>> {
    let rows: Vec<&NewDelegation<'_>> = delegations.iter().collect();
    let returned = insert_all(
        conn,
        &rows,
        insert_sql(
            "INSERT INTO delegation (meeting_id, name, category, created_at)",
            "RETURNING name, delegation_id",
        ),
        |query, d| {
            query
                .bind(meeting_id)
                .bind(d.name.to_string())
                .bind(d.category.as_str())
                .bind(to_millis(at))
        },
    )
    .await?;
    returned_pairs(&returned, "name", "delegation_id")
}

pub async fn insert_delegation(
    conn: &mut AnyConnection,
    meeting_id: i64,
    name: &str,
    category: DelegationCategory,
    at: Timestamp,
) -> Result<i64> {
    let id = sqlx::query_scalar(
        "INSERT INTO delegation (meeting_id, name, category, created_at) VALUES ($1, $2, $3, $4) \
         RETURNING delegation_id",
    )
    .bind(meeting_id)
    .bind(name)
    .bind(category.as_str())
    .bind(to_millis(at))
    .fetch_one(conn)
    .await?;
    Ok(id)
}

pub async fn get_delegation(
    conn: &mut AnyConnection,
    delegation_id: i64,
) -> Result<Option<DelegationRecord>> {
    let delegation = sqlx::query_as(
        "SELECT delegation_id, name, category FROM delegation WHERE delegation_id = $1",
    )
    .bind(delegation_id)
    .fetch_optional(conn)
    .await?;
    Ok(delegation)
}

/// Adds a delegation to a round; adding it twice changes nothing.
pub async fn add_to_round(
    conn: &mut AnyConnection,
    round_id: i64,
    delegation_id: i64,
    at: Timestamp,
) -> Result<()> {
    sqlx::query(
        "INSERT INTO round_delegation (round_id, delegation_id, added_at) VALUES ($1, $2, $3) \
         ON CONFLICT (round_id, delegation_id) DO UPDATE SET removed_at = NULL",
    )
    .bind(round_id)
    .bind(delegation_id)
    .bind(to_millis(at))
    .execute(conn)
    .await?;
    Ok(())
}

/// Invites to round `round_id` every delegation that takes part in round `from_round_id`.
pub async fn copy_round_delegations(
    conn: &mut AnyConnection,
    round_id: i64,
    from_round_id: i64,
    at: Timestamp,
) -> Result<u64> {
    let done = sqlx::query(
        "INSERT INTO round_delegation (round_id, delegation_id, added_at) \
         SELECT $1, delegation_id, $3 FROM round_delegation \
         WHERE round_id = $2 AND removed_at IS NULL",
    )
    .bind(round_id)
    .bind(from_round_id)
    .bind(to_millis(at))
    .execute(conn)
    .await?;
    Ok(done.rows_affected())
}

/// [`add_to_round`] for many delegations at once, in a few multi-row statements.
pub async fn add_all_to_round(
    conn: &mut AnyConnection,
    round_id: i64,
    delegation_ids: &[i64],
    at: Timestamp,
) -> Result<()> {
    let rows: Vec<&i64> = delegation_ids.iter().collect();
    insert_all(
        conn,
        &rows,
        insert_sql(
            "INSERT INTO round_delegation (round_id, delegation_id, added_at)",
            "ON CONFLICT (round_id, delegation_id) DO UPDATE SET removed_at = NULL",
        ),
        |query, id| query.bind(round_id).bind(*id).bind(to_millis(at)),
    )
    .await?;
    Ok(())
}

pub async fn participation(
    conn: &mut AnyConnection,
    round_id: i64,
    delegation_id: i64,
) -> Result<Option<Participation>> {
    let participation = sqlx::query_as(
        "SELECT individual_closes_at FROM round_delegation \
         WHERE round_id = $1 AND delegation_id = $2 AND removed_at IS NULL",
    )
    .bind(round_id)
    .bind(delegation_id)
    .fetch_optional(conn)
    .await?;
    Ok(participation)
}

pub async fn count_round_delegations(conn: &mut AnyConnection, round_id: i64) -> Result<i64> {
    let n = sqlx::query_scalar(
        "SELECT COUNT(*) FROM round_delegation WHERE round_id = $1 AND removed_at IS NULL",
    )
    .bind(round_id)
    .fetch_one(conn)
    .await?;
    Ok(n)
}

/// How many delegations a meeting has.
pub async fn count_delegations(conn: &mut AnyConnection, meeting_id: i64) -> Result<i64> {
    let n = sqlx::query_scalar("SELECT COUNT(*) FROM delegation WHERE meeting_id = $1")
        .bind(meeting_id)
        .fetch_one(conn)
        .await?;
    Ok(n)
}

/// The columns of a user (with its delegation's name) and the tables they come from; a query
/// may join more tables after them.
pub(super) const USER_COLUMNS: &str = "u.user_id, u.email, u.name, u.role, u.delegation_id, d.name AS delegation_name, \
     u.disabled_at, u.language FROM app_user u LEFT JOIN delegation d ON d.delegation_id = u.delegation_id";

impl FromRow<'_, AnyRow> for User {
    fn from_row(row: &AnyRow) -> sqlx::Result<User> {
        Ok(User {
            user_id: row.try_get("user_id")?,
            email: row.try_get("email")?,
            name: row.try_get("name")?,
            role: row.try_get("role")?,
            delegation_id: row.try_get("delegation_id")?,
            delegation_name: row.try_get("delegation_name")?,
            disabled: row.maybe_time("disabled_at")?.is_some(),
            language: row
                .try_get::<Option<String>, _>("language")?
                .and_then(|code| Language::from_stored(&code)),
        })
    }
}

pub async fn find_user_by_email(conn: &mut AnyConnection, email: &str) -> Result<Option<User>> {
    let sql = sqlx::AssertSqlSafe(format!("SELECT {USER_COLUMNS} WHERE u.email = $1"));
    Ok(sqlx::query_as(sql).bind(email).fetch_optional(conn).await?)
}

/// [`find_user_by_email`] for many addresses at once: the people that exist.
pub async fn find_users_by_emails(conn: &mut AnyConnection, emails: &[&str]) -> Result<Vec<User>> {
    let rows = lookup_all(
        conn,
        emails,
        |n| format!("SELECT {USER_COLUMNS} WHERE u.email IN ({})", in_list(n)),
        |query, email| query.bind(email.to_string()),
    )
    .await?;
    Ok(rows
        .iter()
        .map(User::from_row)
        .collect::<sqlx::Result<_>>()?)
}

/// Adds focal points (address and delegation) in a few multi-row statements.
pub async fn insert_focal_points(
    conn: &mut AnyConnection,
    focal_points: &[(&str, i64)],
    at: Timestamp,
) -> Result<()> {
    let rows: Vec<&(&str, i64)> = focal_points.iter().collect();
    insert_all(
        conn,
        &rows,
        insert_sql(
            "INSERT INTO app_user (email, name, role, delegation_id, created_at)",
            "",
        ),
        |query, (email, delegation_id)| {
            query
                .bind(email.to_string())
                .bind("")
                .bind(Role::Delegate.as_str())
                .bind(*delegation_id)
                .bind(to_millis(at))
        },
    )
    .await?;
    Ok(())
}

/// The user behind an API token that is not revoked: one read for every API request.
pub async fn user_of_api_token(conn: &mut AnyConnection, token_hash: &str) -> Result<Option<User>> {
    let sql = sqlx::AssertSqlSafe(format!(
        "SELECT {USER_COLUMNS} JOIN api_token t ON t.user_id = u.user_id \
         WHERE t.token_hash = $1 AND t.revoked_at IS NULL"
    ));
    let user = sqlx::query_as(sql)
        .bind(token_hash)
        .fetch_optional(conn)
        .await?;
    Ok(user)
}

/// Saves the language a person chose for their pages and e-mails.
pub async fn set_user_language(
    conn: &mut AnyConnection,
    user_id: i64,
    language: Language,
) -> Result<()> {
    sqlx::query("UPDATE app_user SET language = $2 WHERE user_id = $1")
        .bind(user_id)
        .bind(language.as_str())
        .execute(conn)
        .await?;
    Ok(())
}

pub async fn get_user(conn: &mut AnyConnection, user_id: i64) -> Result<Option<User>> {
    let sql = sqlx::AssertSqlSafe(format!("SELECT {USER_COLUMNS} WHERE u.user_id = $1"));
    Ok(sqlx::query_as(sql)
        .bind(user_id)
        .fetch_optional(conn)
        .await?)
}

pub async fn insert_user(
    conn: &mut AnyConnection,
    email: &str,
    name: &str,
    role: Role,
    delegation_id: Option<i64>,
    at: Timestamp,
) -> Result<i64> {
    let id = sqlx::query_scalar(
        "INSERT INTO app_user (email, name, role, delegation_id, created_at) \
         VALUES ($1, $2, $3, $4, $5) RETURNING user_id",
    )
    .bind(email)
    .bind(name)
    .bind(role.as_str())
    .bind(delegation_id)
    .bind(to_millis(at))
    .fetch_one(conn)
    .await?;
    Ok(id)
}

/// One line of the response monitor.
#[derive(Debug, Clone, FromRow)]
pub struct ResponseLine {
    pub delegation_id: i64,
    pub name: String,
    pub category: DelegationCategory,
    #[sqlx(try_from = "MaybeMillis")]
    pub individual_closes_at: Option<Timestamp>,
    pub active_comments: i64,
    #[sqlx(try_from = "MaybeMillis")]
    pub last_activity: Option<Timestamp>,
    pub focal_points: i64,
    /// When its first comment that still stands was submitted.
    #[sqlx(try_from = "MaybeMillis")]
    pub first_response: Option<Timestamp>,
}

/// Every delegation of a round with its number of comments and last activity, in one query.
pub async fn responses(conn: &mut AnyConnection, round_id: i64) -> Result<Vec<ResponseLine>> {
    let lines = sqlx::query_as(
        "SELECT d.delegation_id, d.name, d.category, rd.individual_closes_at, \
         COUNT(c.comment_id) AS active_comments, MIN(c.created_at) AS first_response, \
         (SELECT MAX(c2.updated_at) FROM comment c2 WHERE c2.round_id = rd.round_id \
            AND c2.delegation_id = d.delegation_id) AS last_activity, \
         (SELECT COUNT(*) FROM app_user u WHERE u.delegation_id = d.delegation_id \
            AND u.disabled_at IS NULL) AS focal_points \
         FROM round_delegation rd JOIN delegation d ON d.delegation_id = rd.delegation_id \
         LEFT JOIN comment c ON c.round_id = rd.round_id AND c.delegation_id = d.delegation_id \
            AND c.status = 'active' \
         WHERE rd.round_id = $1 AND rd.removed_at IS NULL \
         GROUP BY d.delegation_id, d.name, d.category, rd.individual_closes_at, rd.round_id \
         ORDER BY d.name",
    )
    .bind(round_id)
    .fetch_all(conn)
    .await?;
    Ok(lines)
}

pub async fn set_individual_closes_at(
    conn: &mut AnyConnection,
    round_id: i64,
    delegation_id: i64,
    closes_at: Timestamp,
) -> Result<()> {
    sqlx::query("UPDATE round_delegation SET individual_closes_at = $3 WHERE round_id = $1 AND delegation_id = $2")
        .bind(round_id)
        .bind(delegation_id)
        .bind(to_millis(closes_at))
        .execute(conn)
        .await?;
    Ok(())
}

/// A delegation's window that runs past the round's own deadline: its individual deadline.
#[derive(Debug, Clone, PartialEq, Eq, FromRow)]
pub struct IndividualWindow {
    pub delegation_id: i64,
    pub name: String,
    #[sqlx(try_from = "Millis")]
    pub closes_at: Timestamp,
}

/// The delegations of a round whose individual deadline is later than both `now` and the
/// round's own deadline: the windows still open when the round's own has closed, and those a
/// closing at `now` would end. Earliest first, then by name.
pub async fn individual_windows_open(
    conn: &mut AnyConnection,
    round_id: i64,
    now: Timestamp,
) -> Result<Vec<IndividualWindow>> {
    Ok(sqlx::query_as(
        "SELECT d.delegation_id, d.name, rd.individual_closes_at AS closes_at \
         FROM round_delegation rd JOIN round r ON r.round_id = rd.round_id \
         JOIN delegation d ON d.delegation_id = rd.delegation_id \
         WHERE rd.round_id = $1 AND rd.removed_at IS NULL AND rd.individual_closes_at > $2 \
         AND rd.individual_closes_at > r.closes_at \
         ORDER BY rd.individual_closes_at, d.name",
    )
    .bind(round_id)
    .bind(to_millis(now))
    .fetch_all(conn)
    .await?)
}

/// Ends every individual deadline of a round later than `now` (closing the round early ends
/// every window): they are cleared, so each of those windows closes with the round's own.
pub async fn end_individual_windows(
    conn: &mut AnyConnection,
    round_id: i64,
    now: Timestamp,
) -> Result<u64> {
    let done = sqlx::query(
        "UPDATE round_delegation SET individual_closes_at = NULL \
         WHERE round_id = $1 AND individual_closes_at > $2",
    )
    .bind(round_id)
    .bind(to_millis(now))
    .execute(conn)
    .await?;
    Ok(done.rows_affected())
}

/// Takes a delegation out of a round; its comments stay recorded.
pub async fn remove_from_round(
    conn: &mut AnyConnection,
    round_id: i64,
    delegation_id: i64,
    at: Timestamp,
) -> Result<bool> {
    let done = sqlx::query(
        "UPDATE round_delegation SET removed_at = $3 WHERE round_id = $1 AND delegation_id = $2 AND removed_at IS NULL",
    )
    .bind(round_id)
    .bind(delegation_id)
    .bind(to_millis(at))
    .execute(conn)
    .await?;
    Ok(done.rows_affected() > 0)
}

pub async fn rename_delegation(
    conn: &mut AnyConnection,
    delegation_id: i64,
    name: &str,
) -> Result<()> {
    sqlx::query("UPDATE delegation SET name = $2 WHERE delegation_id = $1")
        .bind(delegation_id)
        .bind(name)
        .execute(conn)
        .await?;
    Ok(())
}

/// The active people of a delegation.
pub async fn focal_points(conn: &mut AnyConnection, delegation_id: i64) -> Result<Vec<User>> {
    let sql = sqlx::AssertSqlSafe(format!(
        "SELECT {USER_COLUMNS} WHERE u.delegation_id = $1 AND u.disabled_at IS NULL ORDER BY u.email"
    ));
    Ok(sqlx::query_as(sql)
        .bind(delegation_id)
        .fetch_all(conn)
        .await?)
}

/// Stops a person from signing in (their actions stay attributed to them).
pub async fn disable_user(conn: &mut AnyConnection, user_id: i64, at: Timestamp) -> Result<()> {
    sqlx::query("UPDATE app_user SET disabled_at = $2 WHERE user_id = $1 AND disabled_at IS NULL")
        .bind(user_id)
        .bind(to_millis(at))
        .execute(conn)
        .await?;
    Ok(())
}

/// Gives a disabled person access again, possibly for another delegation or role.
pub async fn enable_user(
    conn: &mut AnyConnection,
    user_id: i64,
    role: Role,
    delegation_id: Option<i64>,
) -> Result<()> {
    sqlx::query(
        "UPDATE app_user SET disabled_at = NULL, role = $2, delegation_id = $3 WHERE user_id = $1",
    )
    .bind(user_id)
    .bind(role.as_str())
    .bind(delegation_id)
    .execute(conn)
    .await?;
    Ok(())
}

/// The delegations taking part in a round, by name.
pub async fn delegations_of_round(
    conn: &mut AnyConnection,
    round_id: i64,
) -> Result<Vec<DelegationRecord>> {
    let delegations = sqlx::query_as(
        "SELECT d.delegation_id, d.name, d.category FROM delegation d \
         JOIN round_delegation rd ON rd.delegation_id = d.delegation_id \
         WHERE rd.round_id = $1 AND rd.removed_at IS NULL ORDER BY d.name",
    )
    .bind(round_id)
    .fetch_all(conn)
    .await?;
    Ok(delegations)
}

/// The active focal points of every delegation of a round, in one query.
pub async fn focal_points_of_round(conn: &mut AnyConnection, round_id: i64) -> Result<Vec<User>> {
    let sql = sqlx::AssertSqlSafe(format!(
        "SELECT {USER_COLUMNS} JOIN round_delegation rd ON rd.delegation_id = u.delegation_id \
         WHERE rd.round_id = $1 AND rd.removed_at IS NULL AND u.disabled_at IS NULL ORDER BY u.email"
    ));
    Ok(sqlx::query_as(sql).bind(round_id).fetch_all(conn).await?)
}
