-- Files attached to comments: a delegation's official letter (PDF), the Secretariat's original
-- of what it entered on a delegation's behalf (PDF or DOCX). The file itself is kept in the
-- attachments directory under its SHA-256 (written once, never overwritten); this row is its
-- metadata, added only once the file is on disk.
CREATE TABLE attachment (
    attachment_id  BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    comment_id     BIGINT NOT NULL REFERENCES comment (comment_id),
    file_name      TEXT NOT NULL,
    content_type   TEXT NOT NULL,
    size_bytes     BIGINT NOT NULL,
    sha256         TEXT NOT NULL,
    created_at     BIGINT NOT NULL,
    created_by     BIGINT NOT NULL REFERENCES app_user (user_id)
);
CREATE INDEX attachment_comment ON attachment (comment_id);
