-- 挂床住院（idle-bed）：一次住院中至少 idle_bed_days 天只有床位、护理、住院诊查等按日自动
-- 计收的费用，没有任何药品、耗材或诊疗（冲销后）。
-- 输出标准列；证据列: idle_days, first_idle_date, adm_date, dscg_date；line_sns 列出空床日的明细
WITH idle AS (
  SELECT mdtrt_id, COUNT(*) AS idle_days, SUM(facility_fen) AS idle_fen, MIN(fee_date) AS first_idle_date
  FROM ip_day WHERE care_lines = 0 GROUP BY mdtrt_id
  HAVING COUNT(*) >= {{idle_bed_days}}
), l AS (
  SELECT x.mdtrt_id, string_agg(x.feedetl_sn, ',' ORDER BY x.feedetl_sn) AS line_sns
  FROM fee_x x JOIN ip_day d ON d.mdtrt_id = x.mdtrt_id AND d.fee_date = x.fee_date AND d.care_lines = 0
  WHERE x.mdtrt_id IN (SELECT mdtrt_id FROM idle)
  GROUP BY x.mdtrt_id
)
SELECT v.mdtrt_id AS hit_key, v.fixmedins_code, v.psn_no, v.mdtrt_id, CAST(NULL AS VARCHAR) AS feedetl_sn, i.first_idle_date AS occur_date,
       i.idle_fen AS amount_fen, i.idle_days, i.first_idle_date, v.adm_date, v.dscg_date, l.line_sns
FROM idle i JOIN visit_x v ON v.mdtrt_id = i.mdtrt_id JOIN l ON l.mdtrt_id = i.mdtrt_id
