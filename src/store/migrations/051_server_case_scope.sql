-- Server: the jurisdiction each case belongs to. A case opened through the API records
-- it; a child case takes its parent's; any other case belongs to its opener's.
CREATE TABLE IF NOT EXISTS case_jurisdictions (
  case_id text PRIMARY KEY REFERENCES cases(id) ON DELETE CASCADE,
  jurisdiction_id text NOT NULL REFERENCES jurisdictions(id)
);

CREATE OR REPLACE VIEW case_scope AS
  SELECT c.id,
         COALESCE(cj.jurisdiction_id, pj.jurisdiction_id, u.jurisdiction_id) AS jurisdiction_id
    FROM cases c
    LEFT JOIN case_jurisdictions cj ON cj.case_id = c.id
    LEFT JOIN case_jurisdictions pj ON pj.case_id = c.parent_id
    LEFT JOIN users u ON u.name = c.body->>'openedBy';

CREATE INDEX IF NOT EXISTS cases_opened_at ON cases (opened_at DESC);
