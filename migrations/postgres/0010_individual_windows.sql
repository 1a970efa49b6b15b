-- The deadline rule: a delegation's window closes at its individual deadline if it has one, else
-- at the round's; the round is closed when the last window has closed. Every read of a round
-- takes the latest individual deadline of its delegations: this index holds only the
-- delegations that have one, so that read is one short index range.
CREATE INDEX round_delegation_individual_closes_at ON round_delegation (round_id, individual_closes_at)
    WHERE individual_closes_at IS NOT NULL;

-- Closing a round early ends every window, individual ones included, by clearing the individual
-- deadlines that ran past it. Rounds closed early before that rule kept the individual
-- extensions granted before the closing: they end at the closing, as they now would have.
UPDATE round_delegation SET individual_closes_at = NULL
WHERE individual_closes_at IS NOT NULL
  AND EXISTS (
    SELECT 1 FROM round_event e
    WHERE e.round_id = round_delegation.round_id
      AND e.kind = 'closed_early'
      AND e.at < round_delegation.individual_closes_at
      AND e.at >= COALESCE((
        SELECT MAX(x.at) FROM round_event x
        WHERE x.round_id = round_delegation.round_id
          AND x.delegation_id = round_delegation.delegation_id
          AND x.kind = 'extended_for_delegation'), 0));
