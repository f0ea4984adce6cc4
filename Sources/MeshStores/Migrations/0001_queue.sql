-- The durable queue between the chat API and the processor: at-least-once delivery, idempotent by key.
CREATE TABLE queue_messages (
  id              bigserial PRIMARY KEY,
  queue           text NOT NULL,
  idempotency_key text NOT NULL,
  payload         bytea NOT NULL,
  state           text NOT NULL DEFAULT 'ready' CHECK (state IN ('ready', 'inflight', 'done', 'dead')),
  attempts        integer NOT NULL DEFAULT 0,
  max_attempts    integer NOT NULL CHECK (max_attempts > 0),
  visible_at      timestamptz NOT NULL DEFAULT now(),
  lease           uuid,
  last_error      text,
  created_at      timestamptz NOT NULL DEFAULT now(),
  completed_at    timestamptz,
  UNIQUE (queue, idempotency_key)
);

-- Only deliverable rows are indexed for dequeue, so done and dead rows cost nothing there.
CREATE INDEX queue_messages_deliverable ON queue_messages (queue, visible_at, id)
  WHERE state IN ('ready', 'inflight');

-- Consumers sleep on LISTEN mesh_queue; the payload names the queue. Sent at commit, deduplicated per transaction.
CREATE FUNCTION queue_messages_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('mesh_queue', NEW.queue);
  RETURN NULL;
END
$$;

CREATE TRIGGER queue_messages_notify AFTER INSERT ON queue_messages
  FOR EACH ROW EXECUTE FUNCTION queue_messages_notify();
