//! Files attached to comments: the files themselves in the attachments directory, one per
//! content, named by its SHA-256 (a file, once written, is never overwritten: the same name
//! always holds the same bytes); their metadata in the `attachment` table. A file is written and
//! synced to disk (with its directory entry) before the row that names it is committed, so an
//! acknowledged attachment survives a crash; a file whose row never committed is left unnamed by
//! any row, and harmless.

use std::io::Write;
use std::path::{Path, PathBuf};

use jiff::Timestamp;
use sha2::{Digest, Sha256};
use sqlx::AnyConnection;

use super::column::Millis;
use super::{Result, to_millis};

/// An attached file's metadata.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct AttachmentRecord {
    pub attachment_id: i64,
    pub comment_id: i64,
    pub file_name: String,
    pub content_type: String,
    pub size_bytes: i64,
    pub sha256: String,
    #[sqlx(try_from = "Millis")]
    pub created_at: Timestamp,
    pub created_by: i64,
}

/// A new attachment's metadata (its file already on disk).
#[derive(Debug, Clone)]
pub struct NewAttachment<'a> {
    pub comment_id: i64,
    pub file_name: &'a str,
    pub content_type: &'a str,
    pub size_bytes: i64,
    pub sha256: &'a str,
    pub at: Timestamp,
    pub by_user_id: i64,
}

/// The SHA-256 of `bytes`, in lower-case hex.
pub fn sha256_hex(bytes: &[u8]) -> String {
    hex::encode(Sha256::digest(bytes))
}

/// Where the file of content `sha256` is kept.
pub fn file_path(dir: &Path, sha256: &str) -> PathBuf {
    dir.join(sha256)
}

/// Writes `bytes` into `dir` under their SHA-256 (returned) and syncs file and directory to
/// disk. A file of that name is already these bytes: it is kept as it is, never overwritten.
/// Blocking: call it off the async threads.
pub fn write_file(dir: &Path, bytes: &[u8]) -> std::io::Result<String> {
    let sha256 = sha256_hex(bytes);
    crate::files::create_private_dir_all(dir)?;
    let path = file_path(dir, &sha256);
    if path.exists() {
        return Ok(sha256);
    }
    // Written whole under a temporary name in the same directory, synced, then linked to its
    // name: a reader never sees half a file, and linking fails rather than replace one.
    let temp = tempfile::Builder::new()
        .prefix(".incoming-")
        .tempfile_in(dir)?;
    crate::files::make_private(temp.path())?;
    let mut file = temp.as_file();
    file.write_all(bytes)?;
    file.sync_all()?;
    match std::fs::hard_link(temp.path(), &path) {
        Ok(()) => {}
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {}
        Err(e) => return Err(e),
    }
    drop(temp);
    sync_dir(dir)?;
    Ok(sha256)
}

/// Syncs a directory's entries to disk (the new file's name), where the system allows it.
fn sync_dir(dir: &Path) -> std::io::Result<()> {
    #[cfg(unix)]
    std::fs::File::open(dir)?.sync_all()?;
    #[cfg(not(unix))]
    let _ = dir;
    Ok(())
}

/// The bytes of the file of content `sha256`, checked against it: `None` when the file is
/// missing or no longer holds those bytes. Blocking.
pub fn read_file(dir: &Path, sha256: &str) -> std::io::Result<Option<Vec<u8>>> {
    match std::fs::read(file_path(dir, sha256)) {
        Ok(bytes) if sha256_hex(&bytes) == sha256 => Ok(Some(bytes)),
        Ok(_) => Ok(None),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(e),
    }
}

pub async fn insert(conn: &mut AnyConnection, new: &NewAttachment<'_>) -> Result<i64> {
    let id = sqlx::query_scalar(
        "INSERT INTO attachment (comment_id, file_name, content_type, size_bytes, sha256, \
         created_at, created_by) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING attachment_id",
    )
    .bind(new.comment_id)
    .bind(new.file_name)
    .bind(new.content_type)
    .bind(new.size_bytes)
    .bind(new.sha256)
    .bind(to_millis(new.at))
    .bind(new.by_user_id)
    .fetch_one(conn)
    .await?;
    Ok(id)
}

const COLUMNS: &str = "attachment_id, comment_id, file_name, content_type, size_bytes, sha256, created_at, created_by";

/// A comment's attachments, oldest first.
pub async fn of_comment(
    conn: &mut AnyConnection,
    comment_id: i64,
) -> Result<Vec<AttachmentRecord>> {
    let sql = sqlx::AssertSqlSafe(format!(
        "SELECT {COLUMNS} FROM attachment WHERE comment_id = $1 ORDER BY attachment_id"
    ));
    Ok(sqlx::query_as(sql).bind(comment_id).fetch_all(conn).await?)
}

/// One attachment of a comment.
pub async fn get(
    conn: &mut AnyConnection,
    comment_id: i64,
    attachment_id: i64,
) -> Result<Option<AttachmentRecord>> {
    let sql = sqlx::AssertSqlSafe(format!(
        "SELECT {COLUMNS} FROM attachment WHERE comment_id = $1 AND attachment_id = $2"
    ));
    Ok(sqlx::query_as(sql)
        .bind(comment_id)
        .bind(attachment_id)
        .fetch_optional(conn)
        .await?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_is_kept_under_its_checksum_and_never_overwritten() {
        let dir = tempfile::tempdir().unwrap();
        let sha = write_file(dir.path(), b"%PDF-1.4 one").unwrap();
        assert_eq!(sha, sha256_hex(b"%PDF-1.4 one"));
        assert_eq!(
            read_file(dir.path(), &sha).unwrap().as_deref(),
            Some(&b"%PDF-1.4 one"[..])
        );
        // The same content again: the same file, untouched.
        let modified = std::fs::metadata(file_path(dir.path(), &sha))
            .unwrap()
            .modified()
            .unwrap();
        assert_eq!(write_file(dir.path(), b"%PDF-1.4 one").unwrap(), sha);
        assert_eq!(
            std::fs::metadata(file_path(dir.path(), &sha))
                .unwrap()
                .modified()
                .unwrap(),
            modified
        );
        // A file altered on disk is not served as the attachment.
        std::fs::write(file_path(dir.path(), &sha), b"%PDF-1.4 two").unwrap();
        assert_eq!(read_file(dir.path(), &sha).unwrap(), None);
        assert_eq!(read_file(dir.path(), &sha256_hex(b"none")).unwrap(), None);
        // No temporary file is left behind.
        let names: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names.len(), 1, "{names:?}");
    }
}
