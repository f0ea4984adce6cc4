-- The audit log: append-only (triggers refuse UPDATE, DELETE and TRUNCATE), and each row carries the
-- hash of the one before, so an edit or deletion that bypasses the triggers is found by verification.
CREATE TABLE audit_log (
  seq       bigserial PRIMARY KEY,
  at_us     bigint NOT NULL,
  actor     text NOT NULL,
  action    text NOT NULL,
  subject   text NOT NULL,
  details   text NOT NULL,
  prev_hash bytea NOT NULL,
  hash      bytea NOT NULL
);

CREATE FUNCTION audit_log_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only' USING ERRCODE = 'insufficient_privilege';
END
$$;

CREATE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_refuse_change();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse_change();
