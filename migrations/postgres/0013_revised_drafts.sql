-- Revised drafts and document symbols: a round may be based on an earlier round whose outcome
-- is published (its consolidated text is the round's draft, the next version of the document:
-- Rev.1, Rev.2…), and every recommendation keeps one identity across those versions.

-- The round whose published outcome gave this round its draft; NULL for an original draft.
ALTER TABLE round ADD COLUMN based_on_round_id BIGINT REFERENCES round (round_id);
-- 0 for the original draft, n for Rev.n.
ALTER TABLE round ADD COLUMN draft_version BIGINT NOT NULL DEFAULT 0;
-- The symbol of the round's document, e.g. `CTOC/COP/WG.4/2020/L.1` (empty: none given).
ALTER TABLE round ADD COLUMN document_symbol TEXT NOT NULL DEFAULT '';
CREATE INDEX round_based_on ON round (based_on_round_id) WHERE based_on_round_id IS NOT NULL;

-- The identity of a recommendation in every version of its document: the id of the
-- recommendation it first was, carried into each revised draft made from an outcome.
ALTER TABLE recommendation ADD COLUMN stable_id BIGINT;
UPDATE recommendation SET stable_id = recommendation_id;
-- A recommendation of a revised draft finds its previous version by identity.
CREATE INDEX recommendation_stable ON recommendation (round_id, stable_id);
