-- 非计划再入院率统计（unplanned-readmission-rate）：医疗机构出院患者 31 天内非计划再入院的比例
-- 超过 readmit31_max_pct%，且出院人次不少于 readmit31_min_discharges。出院时已计划再住院
-- （days_rinp_flag_31 = 2）或再入院为计划治疗（化疗、放疗、透析等）的不算非计划再入院。
-- 统计指标，不计金额。
-- 输出标准列；证据列: discharges, readmissions；visit_ids 列出再入院的住院
WITH ip AS (
  SELECT fixmedins_code, mdtrt_id, dscg_date, days_rinp_flag_31,
         LEAD(adm_date) OVER w AS next_adm, LEAD(mdtrt_id) OVER w AS next_mdtrt_id, LEAD(planned_care) OVER w AS next_planned
  FROM visit_x WHERE visit_kind = 'ip'
  WINDOW w AS (PARTITION BY psn_no, fixmedins_code ORDER BY adm_date, mdtrt_id)
), r AS (
  SELECT ip.*, CASE WHEN next_adm IS NOT NULL AND next_adm - dscg_date BETWEEN 0 AND 31 AND COALESCE(days_rinp_flag_31, '1') <> '2' AND next_planned = 0 THEN 1 ELSE 0 END AS readmitted
  FROM ip
), s AS (
  SELECT fixmedins_code, COUNT(*) AS discharges, SUM(readmitted) AS readmissions, MAX(dscg_date) AS last_date,
         string_agg(CASE WHEN readmitted = 1 THEN next_mdtrt_id END, ',' ORDER BY next_mdtrt_id) AS visit_ids
  FROM r GROUP BY fixmedins_code
)
SELECT fixmedins_code AS hit_key, fixmedins_code, CAST(NULL AS VARCHAR) AS psn_no, CAST(NULL AS VARCHAR) AS mdtrt_id, CAST(NULL AS VARCHAR) AS feedetl_sn,
       last_date AS occur_date, CAST(0 AS BIGINT) AS amount_fen, discharges, readmissions, visit_ids
FROM s WHERE discharges >= {{readmit31_min_discharges}} AND readmissions * 100 > discharges * {{readmit31_max_pct}}
