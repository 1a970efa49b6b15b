-- The silence procedure: a text is adopted at the deadline unless a delegation of a category
-- allowed to break silence has a written statement standing.

-- Which delegation categories break silence with a statement (comma-separated stored forms,
-- e.g. 'party'); the others' statements are recorded but do not break it. A silence round
-- without a row here uses the default: parties.
CREATE TABLE silence_setting (
    round_id   BIGINT PRIMARY KEY REFERENCES round (round_id),
    may_break  TEXT NOT NULL
);

-- A delegation's statement in a silence round. Withdrawing it marks it withdrawn; nothing is
-- deleted. `breaks_silence`: whether its delegation's category could break silence when it was
-- sent. At most one statement of a delegation stands at a time.
CREATE TABLE silence_break (
    silence_break_id  BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    round_id          BIGINT NOT NULL REFERENCES round (round_id),
    delegation_id     BIGINT NOT NULL REFERENCES delegation (delegation_id),
    reference         TEXT NOT NULL UNIQUE,
    statement         TEXT NOT NULL,
    breaks_silence    BIGINT NOT NULL,
    late              BIGINT NOT NULL DEFAULT 0,
    sent_at           BIGINT NOT NULL,
    sent_by           BIGINT NOT NULL REFERENCES app_user (user_id),
    withdrawn_at      BIGINT,
    withdrawn_by      BIGINT REFERENCES app_user (user_id)
);
CREATE INDEX silence_break_round ON silence_break (round_id, delegation_id);
CREATE UNIQUE INDEX silence_break_standing ON silence_break (round_id, delegation_id)
    WHERE withdrawn_at IS NULL;

-- The amendments a statement proposes, one per recommendation at most.
CREATE TABLE silence_amendment (
    silence_amendment_id  BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    silence_break_id      BIGINT NOT NULL REFERENCES silence_break (silence_break_id),
    recommendation_id     BIGINT NOT NULL REFERENCES recommendation (recommendation_id),
    proposed_text         TEXT NOT NULL,
    UNIQUE (silence_break_id, recommendation_id)
);

-- The result, decided once by the server when the round's last window has closed: the primary
-- key makes a second decision impossible, whichever instance tries.
CREATE TABLE silence_decision (
    round_id    BIGINT PRIMARY KEY REFERENCES round (round_id),
    result      TEXT NOT NULL,
    decided_at  BIGINT NOT NULL
);
