-- Sign-in sessions and their revocation. A session (`sid`, carried by every access and refresh token of
-- one sign-in) is the refresh-token family of 0007. A refresh locks its session row, and a revocation
-- updates it, so a refresh racing a revocation either finishes first (its new refresh token is then
-- revoked with the rest) or finds the session ended.
CREATE TABLE auth_sessions (
  sid        text PRIMARY KEY,
  subject    text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  revoked_at timestamptz
);
CREATE INDEX auth_sessions_subject ON auth_sessions (subject);

-- The sessions signed in before this migration.
INSERT INTO auth_sessions (sid, subject)
  SELECT family, min(subject) FROM refresh_tokens GROUP BY family
  ON CONFLICT DO NOTHING;

-- The revocation feed the gateways poll (ListRevocations): one row per revoked session, in commit order
-- (inserts are serialised by a transaction advisory lock, so no sequence commits behind a larger one). No
-- user id: the feed only names sessions. A row is of use until `expires_at` (the revocation time plus the
-- longest access-token lifetime) and is pruned a day after.
CREATE TABLE auth_revocations (
  seq        bigserial PRIMARY KEY,
  sid        text NOT NULL,
  revoked_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL
);
CREATE INDEX auth_revocations_expires ON auth_revocations (expires_at);
