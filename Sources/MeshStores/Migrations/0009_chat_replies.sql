-- What the processor adds to an assistant message besides its (sealed) text: quick replies, product
-- cards and the order shown, as JSON. Product data only; personal data stays in the sealed body.
CREATE TABLE chat_reply_extras (
  message_id bigint PRIMARY KEY REFERENCES chat_messages (id) ON DELETE CASCADE,
  intent     text NOT NULL DEFAULT '',
  rich       jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(rich) = 'object')
);

-- Attachments uploaded to a conversation, sealed like message bodies.
CREATE TABLE chat_attachments (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  conversation_id uuid NOT NULL REFERENCES chat_conversations (id) ON DELETE CASCADE,
  user_id         text NOT NULL,
  file_name       text NOT NULL DEFAULT '',
  content_type    text NOT NULL,
  size_bytes      bigint NOT NULL,
  sha256          bytea NOT NULL,
  key_id          text NOT NULL,
  data_sealed     bytea NOT NULL,
  created_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX chat_attachments_user ON chat_attachments (user_id);

-- Tickets for human agents: the conversation handed off and why.
CREATE TABLE support_tickets (
  id              bigserial PRIMARY KEY,
  conversation_id uuid NOT NULL REFERENCES chat_conversations (id) ON DELETE CASCADE,
  user_id         text NOT NULL,
  reason          text NOT NULL,
  status          text NOT NULL DEFAULT 'open',
  created_at      timestamptz NOT NULL DEFAULT now(),
  UNIQUE (conversation_id, reason, status)
);
CREATE INDEX support_tickets_user ON support_tickets (user_id);
