-- Removing a focal point, or their delegation, ends their sessions (and their pending links,
-- indexed by person in 0008) at once: found by person, and people by delegation.
CREATE INDEX session_by_user ON session (user_id);
CREATE INDEX app_user_delegation ON app_user (delegation_id);
