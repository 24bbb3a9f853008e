-- 委托执法 (医疗保障行政处罚程序暂行规定 第八条; 行政处罚法 第二十条): the 委托书 a bureau
-- (委托机关 = a jurisdiction) gives a 受托组织, with its 委托事项, 权限 and 起止日期, published
-- on registration (第八条第三款); and the 受托组织 an account belongs to.
CREATE TABLE IF NOT EXISTS delegations (
  id bigserial PRIMARY KEY,
  jurisdiction_id text NOT NULL,        -- 委托机关: the bureau of this jurisdiction
  doc_no text NOT NULL,                 -- 委托书文号
  org_name text NOT NULL,               -- 受托组织名称
  org_code text NOT NULL CHECK (length(org_code) = 18), -- 统一社会信用代码
  matters jsonb NOT NULL,               -- 委托事项: [{类别} | {事项, 名称}]
  powers text[] NOT NULL,               -- 权限: the steps the 受托组织 may take
  valid_from date NOT NULL,
  valid_to date NOT NULL CHECK (valid_to >= valid_from),
  registered_by text NOT NULL,
  registered_at timestamptz NOT NULL DEFAULT now(),
  published_at timestamptz NOT NULL DEFAULT now(),
  ended_on date,                        -- 提前终止委托 (the day the 委托 ends)
  ended_by text,
  end_reason text,
  UNIQUE (jurisdiction_id, doc_no)
);
CREATE INDEX IF NOT EXISTS delegations_org ON delegations (org_code);
CREATE INDEX IF NOT EXISTS delegations_jurisdiction ON delegations (jurisdiction_id);

-- The 受托组织 (统一社会信用代码) a user works for; no row for the bureau's own staff. Beside the
-- users table (defined once, in 050), read with it by userColumns().
CREATE TABLE IF NOT EXISTS user_organisations (
  user_name text PRIMARY KEY REFERENCES users(name) ON DELETE CASCADE,
  org_code text NOT NULL CHECK (length(org_code) = 18)
);
