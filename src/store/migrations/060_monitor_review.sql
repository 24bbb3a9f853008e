-- Monitor: the review of monitoring hits (疑点审核 初审 → 复审 → 申诉 → 调查核实 → 处理),
-- one row per hit and review scope (a run or a dataset), its current stage with the
-- stage's start and last day as dates, and every step taken (src/monitor/review-store.ts).
CREATE TABLE IF NOT EXISTS monitor_review (
  scope text NOT NULL,
  rule_id text NOT NULL,
  hit_key text NOT NULL,
  status text NOT NULL CHECK (status IN ('初审', '复审', '申诉', '调查核实', '处理', '已确认', '已排除')),
  stage_start date NOT NULL,
  due_date date,
  steps integer NOT NULL DEFAULT 0,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (scope, rule_id, hit_key),
  CHECK ((due_date IS NULL) = (status IN ('已确认', '已排除')))
);
CREATE INDEX IF NOT EXISTS monitor_review_due_idx ON monitor_review (scope, due_date) WHERE due_date IS NOT NULL;

CREATE TABLE IF NOT EXISTS monitor_review_steps (
  scope text NOT NULL,
  rule_id text NOT NULL,
  hit_key text NOT NULL,
  seq integer NOT NULL,
  action text NOT NULL,
  actor text NOT NULL,
  on_date date NOT NULL,
  note text,
  from_status text NOT NULL,
  to_status text NOT NULL,
  PRIMARY KEY (scope, rule_id, hit_key, seq),
  FOREIGN KEY (scope, rule_id, hit_key) REFERENCES monitor_review (scope, rule_id, hit_key) ON DELETE CASCADE
);
