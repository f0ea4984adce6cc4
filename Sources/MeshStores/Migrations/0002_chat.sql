-- Chat history: message bodies sealed with AES-256-GCM (key id beside each row, so keys rotate),
-- plus a PII-redacted copy for analytics that carries no user id.
CREATE TABLE chat_conversations (
  id         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id    text NOT NULL,
  title      text NOT NULL DEFAULT '',
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX chat_conversations_user ON chat_conversations (user_id, created_at);

CREATE TABLE chat_messages (
  id              bigserial PRIMARY KEY,
  conversation_id uuid NOT NULL REFERENCES chat_conversations (id) ON DELETE CASCADE,
  user_id         text NOT NULL,
  role            text NOT NULL CHECK (role IN ('user', 'assistant', 'system')),
  client_id       text,
  key_id          text NOT NULL,
  body_sealed     bytea NOT NULL,
  created_at      timestamptz NOT NULL DEFAULT now(),
  UNIQUE (conversation_id, client_id)
);
CREATE INDEX chat_messages_page ON chat_messages (conversation_id, id);
CREATE INDEX chat_messages_user ON chat_messages (user_id);

CREATE TABLE chat_analytics (
  message_id      bigint PRIMARY KEY REFERENCES chat_messages (id) ON DELETE CASCADE,
  conversation_id uuid NOT NULL,
  role            text NOT NULL,
  body_redacted   text NOT NULL,
  created_at      timestamptz NOT NULL
);
