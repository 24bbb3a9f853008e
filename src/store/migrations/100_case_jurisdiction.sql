-- A case's jurisdiction is a field of the case, written in the same INSERT as the case
-- (until now the server recorded it afterwards, outside the case's transaction).
ALTER TABLE cases ADD COLUMN IF NOT EXISTS jurisdiction_id text;

UPDATE cases c SET jurisdiction_id = s.jurisdiction_id
  FROM case_scope s
 WHERE s.id = c.id AND c.jurisdiction_id IS NULL;

CREATE INDEX IF NOT EXISTS cases_jurisdiction ON cases (jurisdiction_id);

CREATE OR REPLACE VIEW case_scope AS
  SELECT c.id,
         COALESCE(c.jurisdiction_id, cj.jurisdiction_id, pj.jurisdiction_id, u.jurisdiction_id) AS jurisdiction_id
    FROM cases c
    LEFT JOIN case_jurisdictions cj ON cj.case_id = c.id
    LEFT JOIN case_jurisdictions pj ON pj.case_id = c.parent_id
    LEFT JOIN users u ON u.name = c.body->>'openedBy';

-- A period that runs out with a statutory effect (先行登记保存 自动解除) is 'expired'.
ALTER TABLE case_deadlines DROP CONSTRAINT IF EXISTS case_deadlines_status_check;
ALTER TABLE case_deadlines ADD CONSTRAINT case_deadlines_status_check CHECK (status IN ('open', 'met', 'late', 'closed', 'expired'));
