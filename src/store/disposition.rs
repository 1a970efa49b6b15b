//! The Chair's dispositions of recommendations (with every version in `disposition_revision`)
//! and the recommendations added during consolidation (`5 bis`).

use jiff::Timestamp;
use sqlx::any::AnyRow;
use sqlx::{AnyConnection, FromRow, Row};

use super::column::{Columns, Flag};
use super::{Result, to_millis};
use crate::domain::disposition::{Disposition, SavedDisposition};

/// A paragraph of the consolidated text: a recommendation of the draft or one added during
/// consolidation.
#[derive(Debug, Clone, PartialEq, sqlx::FromRow)]
pub struct ParagraphRecord {
    pub recommendation_id: i64,
    pub agenda_item_id: i64,
    pub label: String,
    /// The draft's text; for an added paragraph, the text it was proposed with.
    pub text: String,
    #[sqlx(try_from = "Flag")]
    pub added: bool,
    /// Its identity in every version of the document.
    pub stable_id: i64,
}

const DISPOSITION_COLUMNS: &str = "d.disposition_id, d.recommendation_id, d.decision, d.text, \
     d.merged_into, d.note, d.version, d.updated_at, d.updated_by, \
     CASE WHEN u.name = '' THEN u.email ELSE u.name END AS updated_by_name \
     FROM disposition d JOIN app_user u ON u.user_id = d.updated_by";

impl FromRow<'_, AnyRow> for SavedDisposition {
    fn from_row(row: &AnyRow) -> sqlx::Result<SavedDisposition> {
        Ok(SavedDisposition {
            disposition_id: row.try_get("disposition_id")?,
            recommendation_id: row.try_get("recommendation_id")?,
            decision: row.try_get("decision")?,
            text: row.try_get("text")?,
            merged_into: row.try_get("merged_into")?,
            note: row.try_get("note")?,
            version: row.try_get("version")?,
            updated_at: row.time("updated_at")?,
            updated_by: row.try_get("updated_by")?,
            updated_by_name: row.try_get("updated_by_name")?,
        })
    }
}

/// Every disposition of a round.
pub async fn dispositions_of_round(
    conn: &mut AnyConnection,
    round_id: i64,
) -> Result<Vec<SavedDisposition>> {
    let sql = sqlx::AssertSqlSafe(format!(
        "SELECT {DISPOSITION_COLUMNS} WHERE d.round_id = $1 ORDER BY d.recommendation_id"
    ));
    Ok(sqlx::query_as(sql).bind(round_id).fetch_all(conn).await?)
}

pub async fn get_disposition(
    conn: &mut AnyConnection,
    round_id: i64,
    recommendation_id: i64,
) -> Result<Option<SavedDisposition>> {
    let sql = sqlx::AssertSqlSafe(format!(
        "SELECT {DISPOSITION_COLUMNS} WHERE d.round_id = $1 AND d.recommendation_id = $2"
    ));
    let disposition = sqlx::query_as(sql)
        .bind(round_id)
        .bind(recommendation_id)
        .fetch_optional(conn)
        .await?;
    Ok(disposition)
}

/// Who saves which disposition when.
#[derive(Debug, Clone, Copy)]
pub struct Saving<'a> {
    pub round_id: i64,
    pub recommendation_id: i64,
    pub disposition: &'a Disposition,
    pub by_user_id: i64,
    pub at: Timestamp,
}

/// Saves a disposition if its current version is `expected_version` (0: none yet). Returns
/// the new version, or `None` when someone saved another version meanwhile.
pub async fn save_disposition(
    conn: &mut AnyConnection,
    saving: &Saving<'_>,
    expected_version: i64,
) -> Result<Option<i64>> {
    let d = saving.disposition;
    // The first save inserts (a concurrent first save loses on the unique key instead of
    // failing); a later one updates the version read. Both take the same first eight values.
    let sql = if expected_version == 0 {
        "INSERT INTO disposition (round_id, recommendation_id, decision, text, merged_into, \
         note, version, updated_at, updated_by) VALUES ($1, $2, $3, $4, $5, $6, 1, $7, $8) \
         ON CONFLICT (round_id, recommendation_id) DO NOTHING \
         RETURNING disposition_id, version"
    } else {
        "UPDATE disposition SET decision = $3, text = $4, merged_into = $5, note = $6, \
         version = version + 1, updated_at = $7, updated_by = $8 \
         WHERE round_id = $1 AND recommendation_id = $2 AND version = $9 \
         RETURNING disposition_id, version"
    };
    let mut query = sqlx::query_as(sql)
        .bind(saving.round_id)
        .bind(saving.recommendation_id)
        .bind(d.decision.as_str())
        .bind(d.text.as_deref())
        .bind(d.merged_into)
        .bind(d.note.as_str())
        .bind(to_millis(saving.at))
        .bind(saving.by_user_id);
    if expected_version != 0 {
        query = query.bind(expected_version);
    }
    let saved: Option<(i64, i64)> = query.fetch_optional(&mut *conn).await?;
    let Some((disposition_id, version)) = saved else {
        return Ok(None);
    };
    sqlx::query(
        "INSERT INTO disposition_revision (disposition_id, version, decision, text, merged_into, \
         note, changed_at, changed_by) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
    )
    .bind(disposition_id)
    .bind(version)
    .bind(d.decision.as_str())
    .bind(d.text.as_deref())
    .bind(d.merged_into)
    .bind(d.note.as_str())
    .bind(to_millis(saving.at))
    .bind(saving.by_user_id)
    .execute(conn)
    .await?;
    Ok(Some(version))
}

/// How many versions a disposition has had (for tests and checks).
pub async fn count_revisions(conn: &mut AnyConnection, disposition_id: i64) -> Result<i64> {
    let n =
        sqlx::query_scalar("SELECT COUNT(*) FROM disposition_revision WHERE disposition_id = $1")
            .bind(disposition_id)
            .fetch_one(conn)
            .await?;
    Ok(n)
}

/// Every paragraph of the consolidated text in document order: the draft's recommendations
/// and those added during consolidation.
pub async fn paragraphs(conn: &mut AnyConnection, round_id: i64) -> Result<Vec<ParagraphRecord>> {
    let paragraphs = sqlx::query_as(
        "SELECT rc.recommendation_id, rc.agenda_item_id, rc.label, rc.text, rc.stable_id, \
         rc.added_at IS NOT NULL AS added FROM recommendation rc JOIN agenda_item a ON a.agenda_item_id = rc.agenda_item_id \
         WHERE rc.round_id = $1 ORDER BY a.position, rc.position, rc.recommendation_id",
    )
    .bind(round_id)
    .fetch_all(conn)
    .await?;
    Ok(paragraphs)
}

/// A paragraph to add after another one, in that one's agenda item.
#[derive(Debug, Clone, Copy)]
pub struct NewParagraph<'a> {
    pub round_id: i64,
    pub after_recommendation_id: i64,
    pub label: &'a str,
    pub text: &'a str,
    pub by_user_id: i64,
    pub at: Timestamp,
}

/// Adds a paragraph right after `after_recommendation_id` (the paragraphs that followed move
/// down by one); returns its id, or `None` if there is no such recommendation in the round.
pub async fn insert_paragraph(
    conn: &mut AnyConnection,
    new: &NewParagraph<'_>,
) -> Result<Option<i64>> {
    let after: Option<(i64, i64)> = sqlx::query_as(
        "SELECT agenda_item_id, position FROM recommendation \
         WHERE round_id = $1 AND recommendation_id = $2",
    )
    .bind(new.round_id)
    .bind(new.after_recommendation_id)
    .fetch_optional(&mut *conn)
    .await?;
    let Some((agenda_item_id, position)) = after else {
        return Ok(None);
    };
    sqlx::query(
        "UPDATE recommendation SET position = position + 1 WHERE round_id = $1 AND position > $2",
    )
    .bind(new.round_id)
    .bind(position)
    .execute(&mut *conn)
    .await?;
    let id = sqlx::query_scalar(
        "INSERT INTO recommendation (round_id, agenda_item_id, label, text, position, added_at, \
         added_by) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING recommendation_id",
    )
    .bind(new.round_id)
    .bind(agenda_item_id)
    .bind(new.label)
    .bind(new.text)
    .bind(position + 1)
    .bind(to_millis(new.at))
    .bind(new.by_user_id)
    .fetch_one(&mut *conn)
    .await?;
    super::round::own_stable_ids(conn, new.round_id).await?;
    Ok(Some(id))
}
