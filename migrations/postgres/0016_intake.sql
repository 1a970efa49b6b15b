-- Comments the Chair or the Secretariat enters on a delegation's behalf (received by e-mail, note
-- verbale or letter): where it came from, when it was received and the sender's reference. NULL
-- source: the delegation wrote it itself.
ALTER TABLE comment ADD COLUMN intake_source TEXT;
ALTER TABLE comment ADD COLUMN received_at BIGINT;
ALTER TABLE comment ADD COLUMN source_reference TEXT;
-- Received after the delegation's window had closed: kept, marked late, and left out of the
-- consolidation until the Chair includes it (who, when and why).
ALTER TABLE comment ADD COLUMN held_back BIGINT NOT NULL DEFAULT 0;
ALTER TABLE comment ADD COLUMN included_at BIGINT;
ALTER TABLE comment ADD COLUMN included_by BIGINT REFERENCES app_user (user_id);
ALTER TABLE comment ADD COLUMN inclusion_reason TEXT;
