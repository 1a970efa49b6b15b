//! The writes of comments the Chair or the Secretariat enters on a delegation's behalf: where
//! one came from (after its submission's statement, [`super::writes::insert_submission`], in
//! the same transaction), and the Chair's inclusion of one received after its delegation's
//! window had closed. Both change flags of the comment, not its content: no new version.

use jiff::Timestamp;
use sqlx::{AnyConnection, Row};

use crate::domain::intake::Intake;
use crate::store::{Result, to_millis};

/// Records where a just-stored comment came from, whether it is late, and whether it is held
/// back from the consolidation (received after its delegation's window had closed).
pub async fn record_intake(
    conn: &mut AnyConnection,
    comment_id: i64,
    intake: &Intake,
    late: bool,
    held_back: bool,
) -> Result<()> {
    sqlx::query(
        "UPDATE comment SET intake_source = $2, received_at = $3, source_reference = $4, \
         late = $5, held_back = $6 WHERE comment_id = $1",
    )
    .bind(comment_id)
    .bind(intake.source.as_str())
    .bind(to_millis(intake.received_at))
    .bind(intake.source_reference.as_deref())
    .bind(i64::from(late))
    .bind(i64::from(held_back))
    .execute(conn)
    .await?;
    Ok(())
}

/// A held-back comment the Chair included.
#[derive(Debug, Clone)]
pub struct Included {
    pub delegation_id: i64,
    pub reference: String,
}

/// Includes in the consolidation a comment of `round_id` held back as received after its
/// delegation's window had closed, recording who, when and why. `None` when there is no such
/// held-back comment (none in the round, or not held back).
pub async fn include(
    conn: &mut AnyConnection,
    round_id: i64,
    comment_id: i64,
    (by_user_id, at): (i64, Timestamp),
    reason: &str,
) -> Result<Option<Included>> {
    let row = sqlx::query(
        "UPDATE comment SET held_back = 0, included_at = $3, included_by = $4, \
         inclusion_reason = $5 WHERE comment_id = $1 AND round_id = $2 AND held_back = 1 \
         RETURNING delegation_id, reference",
    )
    .bind(comment_id)
    .bind(round_id)
    .bind(to_millis(at))
    .bind(by_user_id)
    .bind(reason)
    .fetch_optional(conn)
    .await?;
    row.map(|row| {
        Ok(Included {
            delegation_id: row.try_get("delegation_id")?,
            reference: row.try_get("reference")?,
        })
    })
    .transpose()
}
