-- A submission takes its reference number (`…/C/0042`) from its round's counter in the statement
-- that stores it (see `store::comment::insert_submission`), and the database moves the counter
-- on: one statement per submission. Comments are written by one writer at a time (the group
-- writers take turns on an advisory lock), and `comment.reference` is unique.
CREATE FUNCTION comment_takes_reference_number() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE round SET next_reference = next_reference + 1 WHERE round_id = NEW.round_id;
    RETURN NULL;
END
$$;

CREATE TRIGGER comment_takes_reference_number AFTER INSERT ON comment
    FOR EACH ROW EXECUTE FUNCTION comment_takes_reference_number();
