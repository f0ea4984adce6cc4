-- Sessions with a time to live; expired rows are invisible at once and purged later. `id` holds a
-- hash of the session id given to the client, never the id itself.
CREATE TABLE sessions (
  id         text PRIMARY KEY,
  user_id    text NOT NULL,
  data       jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(data) = 'object'),
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL
);
CREATE INDEX sessions_expiry ON sessions (expires_at);
CREATE INDEX sessions_user ON sessions (user_id);
