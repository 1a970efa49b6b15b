-- A round's draft is read by round (every view of the round page, and the stamp that tells
-- whether a remembered copy of it is still the draft).
CREATE INDEX recommendation_round ON recommendation (round_id, recommendation_id);
CREATE INDEX agenda_item_round ON agenda_item (round_id, agenda_item_id);
