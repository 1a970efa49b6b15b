-- An import finds delegations by name in any meeting (the same States and organizations from one
-- body to the next); without an index of its own on names that lookup read the whole table for
-- every row imported, holding the writer's turn for minutes on a large import.
CREATE INDEX delegation_name ON delegation (name, delegation_id);
