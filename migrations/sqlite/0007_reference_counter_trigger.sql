-- A submission takes its reference number (`…/C/0042`) from its round's counter in the statement
-- that stores it (see `store::comment::insert_submission`), and the database moves the counter
-- on: one statement per submission. Comments are written by one writer at a time (SQLite's
-- write lock; on PostgreSQL the group writers' advisory lock), and `comment.reference` is unique.
CREATE TRIGGER comment_takes_reference_number AFTER INSERT ON comment
BEGIN
    UPDATE round SET next_reference = next_reference + 1 WHERE round_id = NEW.round_id;
END;
