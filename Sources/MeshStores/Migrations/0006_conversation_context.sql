-- The dialogue state of each conversation (the context service): the owner, a JSONB document with the
-- active intent, slots, missing slots and the results shown last, and a version for optimistic
-- concurrency (an update names the version it read; a stale one is refused).
CREATE TABLE conversation_contexts (
  conversation_id text PRIMARY KEY,
  user_id         text NOT NULL,
  state           jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(state) = 'object'),
  version         bigint NOT NULL DEFAULT 1,
  updated_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX conversation_contexts_user ON conversation_contexts (user_id);
