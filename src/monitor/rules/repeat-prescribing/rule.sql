-- 重复开药（repeat-prescribing）：门诊或药店同一就诊同一天开具两种以上同类药理作用的药品。
-- 同组药品在方案中分工不同（如基础胰岛素与餐时胰岛素，目录的 drug_role 不同）的是一个方案，不是重复。
-- 输出标准列；证据列: drug_group, drug_role, kinds, first_item；line_sns 列出编码最小的药品以外的明细
WITH c AS (
  -- candidates first (no strings carried): a visit-day with two drugs of one group
  SELECT mdtrt_id, fee_date, drug_group FROM fee_x
  WHERE drug_group IS NOT NULL AND visit_kind IN ('op', 'rx')
  GROUP BY mdtrt_id, fee_date, drug_group HAVING MIN(med_list_codg) <> MAX(med_list_codg)
), l AS (
  SELECT f.mdtrt_id, f.fee_date, f.drug_group, COALESCE(i.drug_role, '') AS drug_role, f.med_list_codg, SUM(f.amt_fen) AS amt,
         string_agg(f.feedetl_sn, ',' ORDER BY f.feedetl_sn) AS sns
  FROM fee_x f
  JOIN c ON c.mdtrt_id = f.mdtrt_id AND c.fee_date = f.fee_date AND c.drug_group = f.drug_group
  JOIN item i ON i.med_list_codg = f.med_list_codg
  WHERE f.visit_kind IN ('op', 'rx')
  GROUP BY f.mdtrt_id, f.fee_date, f.drug_group, COALESCE(i.drug_role, ''), f.med_list_codg
), g AS (
  SELECT mdtrt_id, fee_date, drug_group, drug_role, COUNT(*) AS kinds, MIN(med_list_codg) AS first_item
  FROM l GROUP BY mdtrt_id, fee_date, drug_group, drug_role HAVING COUNT(*) > 1
), o AS (
  SELECT g.mdtrt_id, g.fee_date, g.drug_group, g.drug_role, MIN(g.kinds) AS kinds, MIN(g.first_item) AS first_item, SUM(l.amt) AS others_fen,
         string_agg(l.sns, ',' ORDER BY l.sns) AS line_sns
  FROM g JOIN l ON l.mdtrt_id = g.mdtrt_id AND l.fee_date = g.fee_date AND l.drug_group = g.drug_group AND l.drug_role = g.drug_role AND l.med_list_codg <> g.first_item
  GROUP BY g.mdtrt_id, g.fee_date, g.drug_group, g.drug_role
)
SELECT o.mdtrt_id || ':' || CAST(o.fee_date AS VARCHAR) || ':' || o.drug_group || CASE WHEN o.drug_role <> '' THEN ':' || o.drug_role ELSE '' END AS hit_key,
       v.fixmedins_code, v.psn_no, o.mdtrt_id, CAST(NULL AS VARCHAR) AS feedetl_sn, o.fee_date AS occur_date, CAST(o.others_fen AS BIGINT) AS amount_fen,
       o.drug_group, NULLIF(o.drug_role, '') AS drug_role, o.kinds, o.first_item, o.line_sns
FROM o JOIN visit_x v ON v.mdtrt_id = o.mdtrt_id
