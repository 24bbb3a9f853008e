-- A revision of what the server's read caches show (case list, case page, sessions): bumped,
-- in the writing transaction, by every statement that changes the tables those views read.
-- A server on a shared PostgreSQL reads this one row (store.readRevision) before it serves a
-- cached answer, so a write committed by another server or the CLI is never served stale.
-- One bump per transaction (a transaction-local flag): a step that rewrites ten deadlines
-- adds one row version, not ten. The row is locked until COMMIT, as record_head already is
-- for every case step, so it serialises nothing that was not serialised before.
CREATE TABLE IF NOT EXISTS read_revision (
  id integer PRIMARY KEY CHECK (id = 1),
  n bigint NOT NULL
);
INSERT INTO read_revision (id, n) VALUES (1, 0) ON CONFLICT (id) DO NOTHING;

CREATE OR REPLACE FUNCTION bump_read_revision() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('yibao.read_revision_bumped', true) IS DISTINCT FROM 'yes' THEN
    UPDATE read_revision SET n = n + 1 WHERE id = 1;
    PERFORM set_config('yibao.read_revision_bumped', 'yes', true);
  END IF;
  RETURN NULL;
END $$;

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['cases', 'case_deadlines', 'case_secrets', 'case_jurisdictions', 'record_event', 'users', 'jurisdictions', 'server_catalogs', 'server_catalog_editions'] LOOP
    EXECUTE format('DROP TRIGGER IF EXISTS %I ON %I', t || '_read_revision', t);
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION bump_read_revision()', t || '_read_revision', t);
  END LOOP;
END $$;

-- a session that ends (logout, revoked, expired and removed) is refused at once by every server
DROP TRIGGER IF EXISTS sessions_read_revision ON sessions;
CREATE TRIGGER sessions_read_revision AFTER DELETE OR TRUNCATE ON sessions FOR EACH STATEMENT EXECUTE FUNCTION bump_read_revision();
