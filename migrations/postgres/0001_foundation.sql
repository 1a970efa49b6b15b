-- Foundation schema: meetings, rounds, the draft, delegations, people, sessions, comments, audit.

CREATE TABLE body (
    body_id     BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE,
    short_name  TEXT NOT NULL,
    created_at  BIGINT NOT NULL
);

CREATE TABLE meeting (
    meeting_id  BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    body_id     BIGINT NOT NULL REFERENCES body (body_id),
    title       TEXT NOT NULL,
    venue       TEXT NOT NULL,
    dates       TEXT NOT NULL,
    created_at  BIGINT NOT NULL,
    UNIQUE (body_id, title)
);

CREATE TABLE round (
    round_id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    meeting_id        BIGINT NOT NULL REFERENCES meeting (meeting_id),
    title             TEXT NOT NULL,
    kind              TEXT NOT NULL DEFAULT 'comment',
    reference_prefix  TEXT NOT NULL,
    venue_tz          TEXT NOT NULL,
    opens_at          BIGINT NOT NULL,
    closes_at         BIGINT NOT NULL,
    cancelled_at      BIGINT,
    visibility        TEXT NOT NULL DEFAULT 'private',
    instructions      TEXT NOT NULL DEFAULT '',
    illustrative      BIGINT NOT NULL DEFAULT 0,
    next_reference    BIGINT NOT NULL DEFAULT 1,
    created_at        BIGINT NOT NULL,
    UNIQUE (meeting_id, title)
);

CREATE TABLE agenda_item (
    agenda_item_id  BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    round_id        BIGINT NOT NULL REFERENCES round (round_id),
    number          TEXT NOT NULL,
    title           TEXT NOT NULL,
    position        BIGINT NOT NULL,
    UNIQUE (round_id, number)
);

CREATE TABLE recommendation (
    recommendation_id  BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    round_id           BIGINT NOT NULL REFERENCES round (round_id),
    agenda_item_id     BIGINT NOT NULL REFERENCES agenda_item (agenda_item_id),
    label              TEXT NOT NULL,
    text               TEXT NOT NULL,
    position           BIGINT NOT NULL,
    UNIQUE (round_id, label)
);

CREATE TABLE delegation (
    delegation_id  BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    meeting_id     BIGINT NOT NULL REFERENCES meeting (meeting_id),
    name           TEXT NOT NULL,
    category       TEXT NOT NULL,
    created_at     BIGINT NOT NULL,
    UNIQUE (meeting_id, name)
);

-- Which delegations take part in a round; a Chair's individual extension lives here.
CREATE TABLE round_delegation (
    round_id              BIGINT NOT NULL REFERENCES round (round_id),
    delegation_id         BIGINT NOT NULL REFERENCES delegation (delegation_id),
    individual_closes_at  BIGINT,
    added_at              BIGINT NOT NULL,
    PRIMARY KEY (round_id, delegation_id)
);

-- People: focal points (role 'delegate', with a delegation) and Chair/Secretariat staff.
CREATE TABLE app_user (
    user_id        BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email          TEXT NOT NULL UNIQUE,
    name           TEXT NOT NULL DEFAULT '',
    role           TEXT NOT NULL,
    delegation_id  BIGINT REFERENCES delegation (delegation_id),
    created_at     BIGINT NOT NULL,
    disabled_at    BIGINT
);

CREATE TABLE sign_in_token (
    sign_in_token_id  BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    token_hash        TEXT NOT NULL UNIQUE,
    user_id           BIGINT NOT NULL REFERENCES app_user (user_id),
    created_at        BIGINT NOT NULL,
    expires_at        BIGINT NOT NULL,
    used_at           BIGINT
);

CREATE TABLE session (
    session_id    BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    secret_hash   TEXT NOT NULL UNIQUE,
    user_id       BIGINT NOT NULL REFERENCES app_user (user_id),
    created_at    BIGINT NOT NULL,
    last_seen_at  BIGINT NOT NULL,
    expires_at    BIGINT NOT NULL,
    ended_at      BIGINT
);

CREATE TABLE comment (
    comment_id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    round_id           BIGINT NOT NULL REFERENCES round (round_id),
    delegation_id      BIGINT NOT NULL REFERENCES delegation (delegation_id),
    recommendation_id  BIGINT REFERENCES recommendation (recommendation_id),
    reference          TEXT NOT NULL UNIQUE,
    kind               TEXT NOT NULL,
    text               TEXT NOT NULL,
    proposed_text      TEXT,
    status             TEXT NOT NULL DEFAULT 'active',
    version            BIGINT NOT NULL DEFAULT 1,
    late               BIGINT NOT NULL DEFAULT 0,
    created_at         BIGINT NOT NULL,
    created_by         BIGINT NOT NULL REFERENCES app_user (user_id),
    updated_at         BIGINT NOT NULL,
    updated_by         BIGINT NOT NULL REFERENCES app_user (user_id)
);
CREATE INDEX comment_round_delegation ON comment (round_id, delegation_id);
CREATE INDEX comment_round_recommendation ON comment (round_id, recommendation_id);

-- Every state of every comment, version 1 being the submission.
CREATE TABLE comment_revision (
    comment_revision_id  BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    comment_id           BIGINT NOT NULL REFERENCES comment (comment_id),
    version              BIGINT NOT NULL,
    kind                 TEXT NOT NULL,
    text                 TEXT NOT NULL,
    proposed_text        TEXT,
    status               TEXT NOT NULL,
    changed_at           BIGINT NOT NULL,
    changed_by           BIGINT NOT NULL REFERENCES app_user (user_id),
    UNIQUE (comment_id, version)
);

CREATE TABLE audit_event (
    audit_event_id  BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at              BIGINT NOT NULL,
    actor_user_id   BIGINT REFERENCES app_user (user_id),
    delegation_id   BIGINT REFERENCES delegation (delegation_id),
    round_id        BIGINT REFERENCES round (round_id),
    action          TEXT NOT NULL,
    object_type     TEXT NOT NULL,
    object_id       BIGINT,
    before_json     TEXT,
    after_json      TEXT
);
CREATE INDEX audit_event_round ON audit_event (round_id, at);
