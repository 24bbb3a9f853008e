-- Cases: users and officers (执法证), cases with the procedure version they were opened
-- under, their stored deadlines, and sealed fields (举报人). Every change of a case happens
-- in one transaction with its record event (src/cases/record).

CREATE TABLE IF NOT EXISTS users (
  name text PRIMARY KEY
);
ALTER TABLE users ADD COLUMN IF NOT EXISTS display_name text;
ALTER TABLE users ADD COLUMN IF NOT EXISTS roles text[] NOT NULL DEFAULT '{}';
ALTER TABLE users ADD COLUMN IF NOT EXISTS jurisdiction_id text;
ALTER TABLE users ADD COLUMN IF NOT EXISTS certificate_no text;
ALTER TABLE users ADD COLUMN IF NOT EXISTS certificate_valid_from date;
ALTER TABLE users ADD COLUMN IF NOT EXISTS certificate_valid_to date;
-- parties this user has a standing interest in (recusal, 行政处罚法 第四十三条)
ALTER TABLE users ADD COLUMN IF NOT EXISTS conflicts text[] NOT NULL DEFAULT '{}';

-- Demo users (the server issue adds authentication). 执法证 valid 2024-01-01 … 2028-12-31;
-- zhifa4's expired at the end of 2025.
INSERT INTO users (name, display_name, roles, jurisdiction_id, certificate_no, certificate_valid_from, certificate_valid_to) VALUES
  ('zhifa1', '张执法', '{执法人员}', '山西省/阳泉市', 'YB-0001', '2024-01-01', '2028-12-31'),
  ('zhifa2', '李执法', '{执法人员}', '山西省/阳泉市', 'YB-0002', '2024-01-01', '2028-12-31'),
  ('zhifa3', '王执法', '{执法人员}', '山西省/阳泉市', 'YB-0003', '2024-01-01', '2028-12-31'),
  ('zhifa4', '赵执法（执法证已过期）', '{执法人员}', '山西省/阳泉市', 'YB-0004', '2020-01-01', '2025-12-31'),
  ('fazhi', '刘法审', '{法制审核员}', '山西省/阳泉市', NULL, NULL, NULL),
  ('fuze', '陈局长', '{负责人,主要负责人}', '山西省/阳泉市', NULL, NULL, NULL),
  ('fuze2', '周副局长', '{负责人}', '山西省/阳泉市', NULL, NULL, NULL),
  ('jianguan', '孙分析', '{基金监管分析员}', '山西省/阳泉市', NULL, NULL, NULL),
  ('jingban', '吴经办', '{经办人员}', '山西省/阳泉市', NULL, NULL, NULL),
  ('jingshen', '郑审核', '{经办审核员}', '山西省/阳泉市', NULL, NULL, NULL),
  ('jiangli', '钱奖励', '{奖励经办人}', '山西省/阳泉市', NULL, NULL, NULL)
ON CONFLICT (name) DO NOTHING;

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
