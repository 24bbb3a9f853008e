-- Server: monitoring runs started from the console, their leads (线索) and the review of
-- each lead; the case opened from a lead.
CREATE TABLE IF NOT EXISTS monitor_runs (
  id text PRIMARY KEY,
  jurisdiction_id text NOT NULL REFERENCES jurisdictions(id),
  dataset text NOT NULL,
  status text NOT NULL CHECK (status IN ('running', 'done', 'failed')),
  rules_total integer NOT NULL DEFAULT 0,
  rules_done integer NOT NULL DEFAULT 0,
  current_rule text,
  summary jsonb,
  error text,
  started_by text NOT NULL,
  started_at timestamptz NOT NULL DEFAULT now(),
  finished_at timestamptz
);

CREATE TABLE IF NOT EXISTS monitor_leads (
  id text NOT NULL,                  -- XS-… (stable per party and matter)
  run_id text NOT NULL REFERENCES monitor_runs(id) ON DELETE CASCADE,
  jurisdiction_id text NOT NULL REFERENCES jurisdictions(id),
  party_kind text NOT NULL,
  party_code text NOT NULL,
  party_name text,
  matter_id text NOT NULL,
  article text NOT NULL,
  amount_fen bigint NOT NULL,
  result_type text NOT NULL,
  rule_ids text[] NOT NULL,
  hit_count integer NOT NULL,
  lead jsonb NOT NULL,               -- the lead with (at most 500) evidence rows
  review jsonb NOT NULL,             -- review state (初审 → 复审 → 申诉 → 调查核实 → 处理)
  case_id text REFERENCES cases(id),
  PRIMARY KEY (run_id, id)
);
CREATE INDEX IF NOT EXISTS monitor_leads_scope ON monitor_leads (jurisdiction_id, run_id);
