-- Consolidation and the outcome: the Chair's disposition of every recommendation (with every
-- version of it), recommendations added during consolidation ("5 bis"), published outcomes.

-- A recommendation added during consolidation (proposed by delegations) is not part of the
-- draft under comment: it carries the instant and the person that added it.
ALTER TABLE recommendation ADD COLUMN added_at INTEGER;
ALTER TABLE recommendation ADD COLUMN added_by INTEGER REFERENCES app_user (user_id);

-- The current decision on one recommendation; `version` guards against silent overwrites.
CREATE TABLE disposition (
    disposition_id     INTEGER PRIMARY KEY AUTOINCREMENT,
    round_id           INTEGER NOT NULL REFERENCES round (round_id),
    recommendation_id  INTEGER NOT NULL REFERENCES recommendation (recommendation_id),
    decision           TEXT NOT NULL,
    text               TEXT,
    merged_into        INTEGER REFERENCES recommendation (recommendation_id),
    note               TEXT NOT NULL DEFAULT '',
    version            INTEGER NOT NULL,
    updated_at         INTEGER NOT NULL,
    updated_by         INTEGER NOT NULL REFERENCES app_user (user_id),
    UNIQUE (round_id, recommendation_id)
);

-- Every saved state of every disposition, version 1 being the first decision.
CREATE TABLE disposition_revision (
    disposition_revision_id  INTEGER PRIMARY KEY AUTOINCREMENT,
    disposition_id           INTEGER NOT NULL REFERENCES disposition (disposition_id),
    version                  INTEGER NOT NULL,
    decision                 TEXT NOT NULL,
    text                     TEXT,
    merged_into              INTEGER REFERENCES recommendation (recommendation_id),
    note                     TEXT NOT NULL DEFAULT '',
    changed_at               INTEGER NOT NULL,
    changed_by               INTEGER NOT NULL REFERENCES app_user (user_id),
    UNIQUE (disposition_id, version)
);

-- A published outcome: the whole document as it was published (JSON), so that every version
-- stays downloadable byte for byte.
CREATE TABLE outcome (
    outcome_id     INTEGER PRIMARY KEY AUTOINCREMENT,
    round_id       INTEGER NOT NULL REFERENCES round (round_id),
    version        INTEGER NOT NULL,
    published_at   INTEGER NOT NULL,
    published_by   INTEGER NOT NULL REFERENCES app_user (user_id),
    document_json  TEXT NOT NULL,
    UNIQUE (round_id, version)
);
