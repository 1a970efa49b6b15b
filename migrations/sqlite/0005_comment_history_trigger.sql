-- Every state of a comment is kept in comment_revision by the database itself, in the statement
-- that makes the change: no write path can forget it, and a write costs one statement less.
CREATE TRIGGER comment_revision_on_insert AFTER INSERT ON comment
BEGIN
    INSERT INTO comment_revision (comment_id, version, kind, text, proposed_text, status,
                                  changed_at, changed_by)
    VALUES (NEW.comment_id, NEW.version, NEW.kind, NEW.text, NEW.proposed_text, NEW.status,
            NEW.updated_at, NEW.updated_by);
END;

CREATE TRIGGER comment_revision_on_update AFTER UPDATE ON comment
WHEN NEW.version <> OLD.version
BEGIN
    INSERT INTO comment_revision (comment_id, version, kind, text, proposed_text, status,
                                  changed_at, changed_by)
    VALUES (NEW.comment_id, NEW.version, NEW.kind, NEW.text, NEW.proposed_text, NEW.status,
            NEW.updated_at, NEW.updated_by);
END;
