-- 非计划再入院率统计（31天再入院率超阈值）（unplanned-readmission-rate）
-- 输出标准列: hit_key, fixmedins_code, psn_no, mdtrt_id, feedetl_sn, occur_date, amount_fen；证据列: discharges, readmissions
WITH ip AS (
  SELECT fixmedins_code, dscg_date,
         LEAD(adm_date) OVER (PARTITION BY psn_no, fixmedins_code ORDER BY adm_date, mdtrt_id) AS next_adm
  FROM visit_x WHERE med_type = '21'
), s AS (
  SELECT fixmedins_code, COUNT(*) AS discharges,
         SUM(CASE WHEN next_adm IS NOT NULL AND next_adm - dscg_date BETWEEN 0 AND 31 THEN 1 ELSE 0 END) AS readmissions,
         MAX(dscg_date) AS last_date
  FROM ip GROUP BY fixmedins_code
)
SELECT fixmedins_code AS hit_key, fixmedins_code, CAST(NULL AS VARCHAR) AS psn_no, CAST(NULL AS VARCHAR) AS mdtrt_id, CAST(NULL AS VARCHAR) AS feedetl_sn,
       last_date AS occur_date, CAST(0 AS BIGINT) AS amount_fen, discharges, readmissions
FROM s WHERE discharges >= {{readmit31_min_discharges}} AND readmissions * 100 > discharges * {{readmit31_max_pct}}
