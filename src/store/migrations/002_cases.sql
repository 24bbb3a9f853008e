-- Cases: cases with the procedure version they were opened under, their stored deadlines,
-- and sealed fields (举报人). Every change of a case happens in one transaction with its
-- record event (src/cases/record). The users (accounts, officers with 执法证) are defined
-- once, in 050; the demo users are created by the program (src/cases/users.ts), not here.
-- (Amended: see AMENDED.tsv.)

CREATE SEQUENCE IF NOT EXISTS case_number_seq;

CREATE TABLE IF NOT EXISTS cases (
  id text PRIMARY KEY,                       -- 2026-000001
  procedure_id text NOT NULL,
  procedure_version integer NOT NULL,
  kind text NOT NULL,
  item_ref text,                             -- <catalog file stem>#<seq>
  variant text,
  state text NOT NULL,
  closed boolean NOT NULL DEFAULT false,
  parent_id text REFERENCES cases(id),
  body jsonb NOT NULL,                       -- the engine's CaseState (sealed fields removed)
  revision integer NOT NULL DEFAULT 0,       -- number of steps taken
  opened_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL
);
CREATE INDEX IF NOT EXISTS cases_open ON cases (closed, procedure_id);
CREATE INDEX IF NOT EXISTS cases_item ON cases (item_ref);

-- Stored deadlines (never in-memory timers): rewritten with every step of the case.
CREATE TABLE IF NOT EXISTS case_deadlines (
  case_id text NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
  ordinal integer NOT NULL,
  deadline_id text NOT NULL,
  label text NOT NULL,
  start_at text NOT NULL,                    -- date, or instant for 小时
  amount integer NOT NULL,
  unit text NOT NULL CHECK (unit IN ('日', '工作日', '小时', '月')),
  extended integer NOT NULL DEFAULT 0,
  due text NOT NULL,                         -- date, or instant for 小时
  provisional boolean NOT NULL,
  status text NOT NULL CHECK (status IN ('open', 'met', 'late', 'closed')),
  basis jsonb NOT NULL,
  PRIMARY KEY (case_id, ordinal)
);
CREATE INDEX IF NOT EXISTS case_deadlines_open ON case_deadlines (status, due);

-- Fields kept out of the record and of the case body (举报人): readable only by the roles named.
CREATE TABLE IF NOT EXISTS case_secrets (
  case_id text NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
  field text NOT NULL,
  value jsonb NOT NULL,
  readable_by text[] NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (case_id, field)
);
