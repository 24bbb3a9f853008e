-- 查看和导出留痕 (医疗保障行政处罚程序暂行规定 第十七条第二款): every view of a case's file and every
-- export of its documents, volume or attachments, by whom and when. Rows are only ever added.
CREATE TABLE IF NOT EXISTS case_access (
  id bigserial PRIMARY KEY,
  at timestamptz NOT NULL DEFAULT now(),
  case_id text NOT NULL,
  user_name text NOT NULL,
  action text NOT NULL CHECK (action IN ('查看', '导出')),
  what text NOT NULL,                -- 案件, 案卷, 文书：行政处罚决定书（docx）, 一案一卷, 附件：…
  ip text
);
CREATE INDEX IF NOT EXISTS case_access_case ON case_access (case_id, at);
