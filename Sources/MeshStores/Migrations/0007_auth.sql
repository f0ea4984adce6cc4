-- The auth service's credentials. API keys and refresh tokens are stored as keyed digests only;
-- passwords as PBKDF2-HMAC-SHA-256 with a salt per user. Scopes are space-separated.
CREATE TABLE api_keys (
  id         text PRIMARY KEY,
  owner      text NOT NULL,
  digest     bytea NOT NULL,
  scopes     text NOT NULL DEFAULT '',
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz,
  revoked_at timestamptz
);
CREATE INDEX api_keys_owner ON api_keys (owner);

-- Refresh tokens rotate: each use marks the row used and issues the next of the same family; a used
-- token presented again revokes the whole family (a stolen token is then useless to both parties).
CREATE TABLE refresh_tokens (
  id         text PRIMARY KEY,
  subject    text NOT NULL,
  scopes     text NOT NULL DEFAULT '',
  family     text NOT NULL,
  expires_at timestamptz NOT NULL,
  used_at    timestamptz,
  revoked    boolean NOT NULL DEFAULT false
);
CREATE INDEX refresh_tokens_family ON refresh_tokens (family);
CREATE INDEX refresh_tokens_subject ON refresh_tokens (subject);

CREATE TABLE auth_passwords (
  username   text PRIMARY KEY,
  subject    text NOT NULL,
  salt       bytea NOT NULL,
  iterations integer NOT NULL CHECK (iterations > 0),
  digest     bytea NOT NULL
);
CREATE INDEX auth_passwords_subject ON auth_passwords (subject);
