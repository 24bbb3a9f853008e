-- 被检查对象库、检查人员库、专家库 (医疗保障基金飞行检查管理暂行办法 第六条: 建立……并实行动态管理),
-- one set per jurisdiction (the bureau that organises the 飞行检查). A row is one stay in a
-- library: added on a day, disabled on a later day with its reason. Rows are never deleted and
-- a disabled row is never enabled again (a person taken back is a new row), so the library as
-- it stood on any day can be read back, and a 飞行检查's choices checked against it.
CREATE TABLE IF NOT EXISTS flying_library (
  id bigserial PRIMARY KEY,
  jurisdiction_id text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('被检查对象', '检查人员', '专家')),
  name text NOT NULL,                 -- 被检查对象的名称 / 检查人员的用户名 / 专家姓名
  category text,                      -- 被检查对象的类别 / 专家的专业
  unit text,                          -- 专家的工作单位
  qualification text,                 -- 统一社会信用代码或定点编码 / 执法证号 / 专家的职称或资格
  joined_on date NOT NULL,
  joined_at timestamptz NOT NULL DEFAULT now(),
  joined_by text NOT NULL,
  join_reason text,
  disabled_on date,
  disabled_at timestamptz,
  disabled_by text,
  disabled_reason text,
  CHECK ((disabled_on IS NULL) = (disabled_at IS NULL) AND (disabled_on IS NULL) = (disabled_by IS NULL) AND (disabled_on IS NULL) = (disabled_reason IS NULL)),
  CHECK (disabled_on IS NULL OR disabled_on >= joined_on)
);
-- one active stay per name in a jurisdiction's library
CREATE UNIQUE INDEX IF NOT EXISTS flying_library_active ON flying_library (jurisdiction_id, kind, name) WHERE disabled_on IS NULL;
CREATE INDEX IF NOT EXISTS flying_library_jurisdiction ON flying_library (jurisdiction_id, kind, joined_on);

-- 动态管理, history kept: no row is deleted; a row changes once, from active to disabled.
CREATE OR REPLACE FUNCTION flying_library_keep_history() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'UPDATE' THEN
    RAISE EXCEPTION '飞行检查库的条目不得删除，只能停用（第六条“动态管理”，历史保留）' USING ERRCODE = 'P0001', HINT = 'LIBRARY_HISTORY';
  END IF;
  IF OLD.disabled_on IS NOT NULL
     OR NEW.id <> OLD.id OR NEW.jurisdiction_id <> OLD.jurisdiction_id OR NEW.kind <> OLD.kind OR NEW.name <> OLD.name
     OR NEW.category IS DISTINCT FROM OLD.category OR NEW.unit IS DISTINCT FROM OLD.unit OR NEW.qualification IS DISTINCT FROM OLD.qualification
     OR NEW.joined_on <> OLD.joined_on OR NEW.joined_at <> OLD.joined_at OR NEW.joined_by <> OLD.joined_by OR NEW.join_reason IS DISTINCT FROM OLD.join_reason THEN
    RAISE EXCEPTION '飞行检查库的条目只能停用一次，其余内容不得修改（第六条“动态管理”，历史保留）' USING ERRCODE = 'P0001', HINT = 'LIBRARY_HISTORY';
  END IF;
  RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS flying_library_history ON flying_library;
CREATE TRIGGER flying_library_history BEFORE UPDATE OR DELETE ON flying_library FOR EACH ROW EXECUTE FUNCTION flying_library_keep_history();
DROP TRIGGER IF EXISTS flying_library_no_truncate ON flying_library;
CREATE TRIGGER flying_library_no_truncate BEFORE TRUNCATE ON flying_library FOR EACH STATEMENT EXECUTE FUNCTION flying_library_keep_history();
