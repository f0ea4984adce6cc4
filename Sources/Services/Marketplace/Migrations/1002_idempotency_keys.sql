-- Idempotency keys of the mutating endpoints (cancel, change address, return, refund): the response of
-- the first request with a key, replayed for a retry with the same key. Written in the transaction of
-- the change itself, so a key is stored exactly when its change committed. Keys are per user.
CREATE TABLE marketplace.idempotency_keys (
  user_id       text NOT NULL,
  key           text NOT NULL,
  -- SHA-256 of the method, path and body: the same key with another request is refused.
  request_hash  bytea NOT NULL,
  status        integer NOT NULL,
  response_body bytea NOT NULL,
  created_at    timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (user_id, key)
);
CREATE INDEX idempotency_keys_created ON marketplace.idempotency_keys (created_at);
