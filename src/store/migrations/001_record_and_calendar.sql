-- 001: 全过程记录 (hash-chained, append-only event log with content-addressed
-- attachments) and the statutory-holiday schedules loaded by an administrator.

-- Refuses any change to an append-only table. Tests disable the trigger to simulate
-- tampering by someone with direct access to the database.
CREATE FUNCTION record_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '全过程记录只能追加，不得修改或删除（表 %，操作 %）', TG_TABLE_NAME, TG_OP
    USING ERRCODE = 'P0001', HINT = 'RECORD_APPEND_ONLY';
END
$$;

-- One row per step of the whole process. `seq` is global and gap-free; `hash` is the
-- SHA-256 of the canonical serialisation of the event including `prev_hash`
-- (see src/cases/record). `at` is kept as the exact +08:00 ISO text that was hashed.
CREATE TABLE record_event (
  seq bigint PRIMARY KEY CHECK (seq >= 1),
  id uuid NOT NULL UNIQUE,
  case_id text,
  actor text NOT NULL CHECK (actor <> ''),
  at text NOT NULL CHECK (at ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\.[0-9]{3}\+08:00$'),
  step text NOT NULL CHECK (step <> ''),
  inputs jsonb NOT NULL,
  attachments jsonb NOT NULL DEFAULT '[]'::jsonb CHECK (jsonb_typeof(attachments) = 'array'),
  prev_hash text NOT NULL UNIQUE CHECK (prev_hash ~ '^[0-9a-f]{64}$'),
  hash text NOT NULL UNIQUE CHECK (hash ~ '^[0-9a-f]{64}$')
);
CREATE INDEX record_event_case_idx ON record_event (case_id, seq);

CREATE TRIGGER record_event_append_only BEFORE UPDATE OR DELETE ON record_event
  FOR EACH ROW EXECUTE FUNCTION record_refuse_change();
CREATE TRIGGER record_event_no_truncate BEFORE TRUNCATE ON record_event
  FOR EACH STATEMENT EXECUTE FUNCTION record_refuse_change();

-- The chain's tip, moved forward in the same transaction as each append. A deleted
-- tail event is detected because the tip still names it.
CREATE TABLE record_head (
  singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
  seq bigint NOT NULL CHECK (seq >= 1),
  hash text NOT NULL CHECK (hash ~ '^[0-9a-f]{64}$')
);

CREATE FUNCTION record_head_forward_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' OR NEW.seq <> OLD.seq + 1 THEN
    RAISE EXCEPTION '全过程记录的链头只能逐条前移（操作 %）', TG_OP
      USING ERRCODE = 'P0001', HINT = 'RECORD_APPEND_ONLY';
  END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER record_head_forward BEFORE UPDATE OR DELETE ON record_head
  FOR EACH ROW EXECUTE FUNCTION record_head_forward_only();

-- Attachments, stored once by the SHA-256 of their content.
CREATE TABLE record_attachment (
  sha256 text PRIMARY KEY CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  content bytea NOT NULL,
  size bigint NOT NULL CHECK (size >= 0),
  media_type text,
  stored_at timestamptz NOT NULL DEFAULT now()
);
CREATE TRIGGER record_attachment_append_only BEFORE UPDATE OR DELETE ON record_attachment
  FOR EACH ROW EXECUTE FUNCTION record_refuse_change();
CREATE TRIGGER record_attachment_no_truncate BEFORE TRUNCATE ON record_attachment
  FOR EACH STATEMENT EXECUTE FUNCTION record_refuse_change();

-- Holiday schedules (法定节假日 and 调休 workdays) loaded by an administrator, e.g. the
-- next year's State Council notice. History is kept: the latest row of a year is in
-- force. `schedule` is the document in the data/calendar/<year>.json format.
CREATE TABLE calendar_schedule (
  id bigserial PRIMARY KEY,
  year integer NOT NULL CHECK (year BETWEEN 1949 AND 2200),
  schedule jsonb NOT NULL,
  source text NOT NULL,
  loaded_by text,
  loaded_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX calendar_schedule_year_idx ON calendar_schedule (year, id);
