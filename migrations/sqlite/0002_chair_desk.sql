-- The Chair's desk and the API: schedule changes, API tokens, idempotent writes,
-- delegations removed from a round.

-- Every change of a round's schedule by the Chair: extension (for all or one delegation),
-- early closing, reopening, cancellation. Shown to delegations on the round page.
CREATE TABLE round_event (
    round_event_id  INTEGER PRIMARY KEY AUTOINCREMENT,
    round_id        INTEGER NOT NULL REFERENCES round (round_id),
    kind            TEXT NOT NULL,
    delegation_id   INTEGER REFERENCES delegation (delegation_id),
    old_closes_at   INTEGER,
    new_closes_at   INTEGER,
    reason          TEXT NOT NULL,
    actor_user_id   INTEGER NOT NULL REFERENCES app_user (user_id),
    at              INTEGER NOT NULL
);
CREATE INDEX round_event_round ON round_event (round_id, at);

ALTER TABLE round_delegation ADD COLUMN removed_at INTEGER;

CREATE TABLE api_token (
    api_token_id  INTEGER PRIMARY KEY AUTOINCREMENT,
    token_hash    TEXT NOT NULL UNIQUE,
    user_id       INTEGER NOT NULL REFERENCES app_user (user_id),
    created_at    INTEGER NOT NULL,
    last_used_at  INTEGER,
    revoked_at    INTEGER
);

-- The first answer to a write sent with an Idempotency-Key, replayed for repeats.
CREATE TABLE idempotency_key (
    user_id        INTEGER NOT NULL REFERENCES app_user (user_id),
    key            TEXT NOT NULL,
    request_hash   TEXT NOT NULL,
    status         INTEGER NOT NULL,
    response_body  TEXT NOT NULL,
    created_at     INTEGER NOT NULL,
    PRIMARY KEY (user_id, key)
);

-- Receipt numbers (`<prefix>/0042`) must be unambiguous across rounds.
CREATE UNIQUE INDEX round_reference_prefix ON round (reference_prefix);
