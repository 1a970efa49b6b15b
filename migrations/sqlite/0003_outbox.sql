-- E-mail: the outbox (one row per message and recipient, written in the transaction of the action
-- that causes it) and what the scheduler needs to know about rounds.

-- Reminders before the deadline, as ISO 8601 durations (e.g. 'P7D,PT48H,PT24H').
ALTER TABLE round ADD COLUMN reminders_before TEXT NOT NULL DEFAULT 'P7D,PT48H,PT24H';
-- When the scheduler announced the opening (invitations enqueued) and the closing (closing
-- confirmations enqueued). A reopened round whose new deadline is later than closed_notice_at
-- is closed again at that deadline.
ALTER TABLE round ADD COLUMN opened_notice_at INTEGER;
ALTER TABLE round ADD COLUMN closed_notice_at INTEGER;

-- status: pending (waiting for its next attempt) → sending (an attempt is under way: recorded
-- before the SMTP conversation starts) → sent | failed (gave up) | dropped (no longer due, e.g.
-- a reminder whose deadline passed). A 'sending' row whose claim expired belonged to a worker
-- that died: it is sent again with the same Message-ID and resent_after_crash is set.
CREATE TABLE outbox (
    outbox_id           INTEGER PRIMARY KEY AUTOINCREMENT,
    dedupe_key          TEXT NOT NULL UNIQUE,
    kind                TEXT NOT NULL,
    round_id            INTEGER REFERENCES round (round_id),
    delegation_id       INTEGER REFERENCES delegation (delegation_id),
    user_id             INTEGER REFERENCES app_user (user_id),
    recipient           TEXT NOT NULL,
    message_id          TEXT NOT NULL,
    subject             TEXT NOT NULL,
    body_text           TEXT NOT NULL,
    body_html           TEXT NOT NULL,
    attachment_name     TEXT,
    attachment_type     TEXT,
    attachment_body     TEXT,
    status              TEXT NOT NULL DEFAULT 'pending',
    attempts            INTEGER NOT NULL DEFAULT 0,
    next_attempt_at     INTEGER NOT NULL,
    expires_at          INTEGER,
    claimed_by          TEXT,
    claimed_until       INTEGER,
    last_error          TEXT,
    smtp_response       TEXT,
    resent_after_crash  INTEGER NOT NULL DEFAULT 0,
    created_at          INTEGER NOT NULL,
    sent_at             INTEGER
);
CREATE INDEX outbox_due ON outbox (status, next_attempt_at);
CREATE INDEX outbox_round ON outbox (round_id, outbox_id);
