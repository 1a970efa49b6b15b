-- Foundation schema: meetings, rounds, the draft, delegations, people, sessions, comments, audit.

CREATE TABLE body (
    body_id     INTEGER PRIMARY KEY AUTOINCREMENT,
    name        TEXT NOT NULL UNIQUE,
    short_name  TEXT NOT NULL,
    created_at  INTEGER NOT NULL
);

CREATE TABLE meeting (
    meeting_id  INTEGER PRIMARY KEY AUTOINCREMENT,
    body_id     INTEGER NOT NULL REFERENCES body (body_id),
    title       TEXT NOT NULL,
    venue       TEXT NOT NULL,
    dates       TEXT NOT NULL,
    created_at  INTEGER NOT NULL,
    UNIQUE (body_id, title)
);

CREATE TABLE round (
    round_id          INTEGER PRIMARY KEY AUTOINCREMENT,
    meeting_id        INTEGER NOT NULL REFERENCES meeting (meeting_id),
    title             TEXT NOT NULL,
    kind              TEXT NOT NULL DEFAULT 'comment',
    reference_prefix  TEXT NOT NULL,
    venue_tz          TEXT NOT NULL,
    opens_at          INTEGER NOT NULL,
    closes_at         INTEGER NOT NULL,
    cancelled_at      INTEGER,
    visibility        TEXT NOT NULL DEFAULT 'private',
    instructions      TEXT NOT NULL DEFAULT '',
    illustrative      INTEGER NOT NULL DEFAULT 0,
    next_reference    INTEGER NOT NULL DEFAULT 1,
    created_at        INTEGER NOT NULL,
    UNIQUE (meeting_id, title)
);

CREATE TABLE agenda_item (
    agenda_item_id  INTEGER PRIMARY KEY AUTOINCREMENT,
    round_id        INTEGER NOT NULL REFERENCES round (round_id),
    number          TEXT NOT NULL,
    title           TEXT NOT NULL,
    position        INTEGER NOT NULL,
    UNIQUE (round_id, number)
);

CREATE TABLE recommendation (
    recommendation_id  INTEGER PRIMARY KEY AUTOINCREMENT,
    round_id           INTEGER NOT NULL REFERENCES round (round_id),
    agenda_item_id     INTEGER NOT NULL REFERENCES agenda_item (agenda_item_id),
    label              TEXT NOT NULL,
    text               TEXT NOT NULL,
    position           INTEGER NOT NULL,
    UNIQUE (round_id, label)
);

CREATE TABLE delegation (
    delegation_id  INTEGER PRIMARY KEY AUTOINCREMENT,
    meeting_id     INTEGER NOT NULL REFERENCES meeting (meeting_id),
    name           TEXT NOT NULL,
    category       TEXT NOT NULL,
    created_at     INTEGER NOT NULL,
    UNIQUE (meeting_id, name)
);

-- Which delegations take part in a round; a Chair's individual extension lives here.
CREATE TABLE round_delegation (
    round_id              INTEGER NOT NULL REFERENCES round (round_id),
    delegation_id         INTEGER NOT NULL REFERENCES delegation (delegation_id),
    individual_closes_at  INTEGER,
    added_at              INTEGER NOT NULL,
    PRIMARY KEY (round_id, delegation_id)
);

-- People: focal points (role 'delegate', with a delegation) and Chair/Secretariat staff.
CREATE TABLE app_user (
    user_id        INTEGER PRIMARY KEY AUTOINCREMENT,
    email          TEXT NOT NULL UNIQUE,
    name           TEXT NOT NULL DEFAULT '',
    role           TEXT NOT NULL,
    delegation_id  INTEGER REFERENCES delegation (delegation_id),
    created_at     INTEGER NOT NULL,
    disabled_at    INTEGER
);

CREATE TABLE sign_in_token (
    sign_in_token_id  INTEGER PRIMARY KEY AUTOINCREMENT,
    token_hash        TEXT NOT NULL UNIQUE,
    user_id           INTEGER NOT NULL REFERENCES app_user (user_id),
    created_at        INTEGER NOT NULL,
    expires_at        INTEGER NOT NULL,
    used_at           INTEGER
);

CREATE TABLE session (
    session_id    INTEGER PRIMARY KEY AUTOINCREMENT,
    secret_hash   TEXT NOT NULL UNIQUE,
    user_id       INTEGER NOT NULL REFERENCES app_user (user_id),
    created_at    INTEGER NOT NULL,
    last_seen_at  INTEGER NOT NULL,
    expires_at    INTEGER NOT NULL,
    ended_at      INTEGER
);

CREATE TABLE comment (
    comment_id         INTEGER PRIMARY KEY AUTOINCREMENT,
    round_id           INTEGER NOT NULL REFERENCES round (round_id),
    delegation_id      INTEGER NOT NULL REFERENCES delegation (delegation_id),
    recommendation_id  INTEGER REFERENCES recommendation (recommendation_id),
    reference          TEXT NOT NULL UNIQUE,
    kind               TEXT NOT NULL,
    text               TEXT NOT NULL,
    proposed_text      TEXT,
    status             TEXT NOT NULL DEFAULT 'active',
    version            INTEGER NOT NULL DEFAULT 1,
    late               INTEGER NOT NULL DEFAULT 0,
    created_at         INTEGER NOT NULL,
    created_by         INTEGER NOT NULL REFERENCES app_user (user_id),
    updated_at         INTEGER NOT NULL,
    updated_by         INTEGER NOT NULL REFERENCES app_user (user_id)
);
CREATE INDEX comment_round_delegation ON comment (round_id, delegation_id);
CREATE INDEX comment_round_recommendation ON comment (round_id, recommendation_id);

-- Every state of every comment, version 1 being the submission.
CREATE TABLE comment_revision (
    comment_revision_id  INTEGER PRIMARY KEY AUTOINCREMENT,
    comment_id           INTEGER NOT NULL REFERENCES comment (comment_id),
    version              INTEGER NOT NULL,
    kind                 TEXT NOT NULL,
    text                 TEXT NOT NULL,
    proposed_text        TEXT,
    status               TEXT NOT NULL,
    changed_at           INTEGER NOT NULL,
    changed_by           INTEGER NOT NULL REFERENCES app_user (user_id),
    UNIQUE (comment_id, version)
);

CREATE TABLE audit_event (
    audit_event_id  INTEGER PRIMARY KEY AUTOINCREMENT,
    at              INTEGER NOT NULL,
    actor_user_id   INTEGER REFERENCES app_user (user_id),
    delegation_id   INTEGER REFERENCES delegation (delegation_id),
    round_id        INTEGER REFERENCES round (round_id),
    action          TEXT NOT NULL,
    object_type     TEXT NOT NULL,
    object_id       INTEGER,
    before_json     TEXT,
    after_json      TEXT
);
CREATE INDEX audit_event_round ON audit_event (round_id, at);
