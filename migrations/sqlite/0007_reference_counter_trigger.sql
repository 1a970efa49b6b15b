-- A submission takes its reference number (`…/C/0042`) from its round's counter in the statement
-- that stores it (see `store::comment::insert_submission`), and the database moves the counter
-- on: one statement per submission. Comments are written by one writer at a time (SQLite's
-- write lock; on PostgreSQL the group writers' advisory lock), and `comment.reference` is unique.
--
-- The counter has a narrow table of its own, so that the round's row, read by every write for
-- its schedule, is not rewritten by every submission (on PostgreSQL each update of a row adds a
-- version that the transaction's later reads of the row walk through). A round without a row
-- here has given no number yet.
CREATE TABLE round_counter (
    round_id        INTEGER PRIMARY KEY REFERENCES round (round_id),
    next_reference  INTEGER NOT NULL
);
INSERT INTO round_counter (round_id, next_reference)
    SELECT round_id, next_reference FROM round WHERE next_reference > 1;
ALTER TABLE round DROP COLUMN next_reference;

CREATE TRIGGER comment_takes_reference_number AFTER INSERT ON comment
BEGIN
    INSERT INTO round_counter (round_id, next_reference) VALUES (NEW.round_id, 2)
        ON CONFLICT (round_id) DO UPDATE SET next_reference = round_counter.next_reference + 1;
END;
