-- 重复开药（同类药理作用药品同日联用）（repeat-prescribing）
-- 输出标准列: hit_key, fixmedins_code, psn_no, mdtrt_id, feedetl_sn, occur_date, amount_fen；证据列: drug_group, kinds, first_item
WITH c AS (
  SELECT mdtrt_id, fee_date, drug_group
  FROM fee_x WHERE drug_group IS NOT NULL AND med_type IN ('11', '41')
  GROUP BY mdtrt_id, fee_date, drug_group HAVING COUNT(*) > 1
), l AS (
  SELECT f.mdtrt_id, f.fee_date, f.drug_group, f.med_list_codg, SUM(f.amt_fen) AS amt
  FROM fee_x f JOIN c ON c.mdtrt_id = f.mdtrt_id AND c.fee_date = f.fee_date AND c.drug_group = f.drug_group
  WHERE f.med_type IN ('11', '41')
  GROUP BY f.mdtrt_id, f.fee_date, f.drug_group, f.med_list_codg
), g AS (
  SELECT mdtrt_id, fee_date, drug_group, COUNT(*) AS kinds, MIN(med_list_codg) AS first_item, SUM(amt) AS total
  FROM l GROUP BY mdtrt_id, fee_date, drug_group HAVING COUNT(*) > 1
)
SELECT g.mdtrt_id || ':' || CAST(g.fee_date AS VARCHAR) || ':' || g.drug_group AS hit_key, v.fixmedins_code, v.psn_no, g.mdtrt_id,
       CAST(NULL AS VARCHAR) AS feedetl_sn, g.fee_date AS occur_date, CAST(g.total - f.amt AS BIGINT) AS amount_fen,
       g.drug_group, g.kinds, g.first_item
FROM g
JOIN l f ON f.mdtrt_id = g.mdtrt_id AND f.fee_date = g.fee_date AND f.drug_group = g.drug_group AND f.med_list_codg = g.first_item
JOIN visit_x v ON v.mdtrt_id = g.mdtrt_id
