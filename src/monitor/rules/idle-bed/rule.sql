-- 挂床住院（idle-bed）
-- 输出标准列: hit_key, fixmedins_code, psn_no, mdtrt_id, feedetl_sn, occur_date, amount_fen；证据列: idle_days, first_idle_date, adm_date, dscg_date
WITH idle AS (
  SELECT mdtrt_id, COUNT(*) AS idle_days, SUM(facility_fen) AS idle_fen, MIN(fee_date) AS first_idle_date
  FROM ip_day WHERE care_lines = 0 GROUP BY mdtrt_id
)
SELECT v.mdtrt_id AS hit_key, v.fixmedins_code, v.psn_no, v.mdtrt_id, CAST(NULL AS VARCHAR) AS feedetl_sn, i.first_idle_date AS occur_date,
       i.idle_fen AS amount_fen, i.idle_days, i.first_idle_date, v.adm_date, v.dscg_date
FROM idle i JOIN visit_x v ON v.mdtrt_id = i.mdtrt_id
WHERE i.idle_days >= {{idle_bed_days}}
