-- Analytics events: one row per event id (a retried batch is counted once). Labels are already
-- PII-redacted by the service; the user is a keyed pseudonym, never the id.
CREATE TABLE analytics_events (
  event_id       text PRIMARY KEY,
  name           text NOT NULL,
  at             timestamptz NOT NULL,
  user_pseudonym bytea NOT NULL DEFAULT '',
  labels         jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(labels) = 'object'),
  count          bigint,
  amount         double precision,
  latency_us     bigint
);
CREATE INDEX analytics_events_name_at ON analytics_events (name, at);
