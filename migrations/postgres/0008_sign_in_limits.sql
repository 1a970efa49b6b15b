-- Limits on asking for sign-in links, counted in the database so that they hold across
-- instances.

-- Requests for a link, by the client that made them (its address, or the /64 network of an
-- IPv6 address): counters, not records; rows older than the client window are deleted.
CREATE TABLE sign_in_request (
    client        TEXT NOT NULL,
    requested_at  BIGINT NOT NULL
);
CREATE INDEX sign_in_request_client ON sign_in_request (client, requested_at);
CREATE INDEX sign_in_request_at ON sign_in_request (requested_at);

-- Links e-mailed to one person lately (the limit per address), and their links still pending
-- (ended when the person is removed).
CREATE INDEX sign_in_token_user ON sign_in_token (user_id, created_at);
