-- 无指征住院（低标准入院）（low-standard-admission）：一次住院只做了检验检查，没有任何药品、耗材、
-- 治疗或手术（床位、护理、住院诊查等按日计收的费用不算治疗）。
-- 输出标准列；证据列: exam_lines, days
WITH s AS (
  SELECT mdtrt_id, SUM(care_lines) AS care_lines, SUM(exam_lines) AS exam_lines, COUNT(*) AS days FROM ip_day GROUP BY mdtrt_id
)
SELECT v.mdtrt_id AS hit_key, v.fixmedins_code, v.psn_no, v.mdtrt_id, CAST(NULL AS VARCHAR) AS feedetl_sn, v.adm_date AS occur_date,
       v.fund_pay_fen AS amount_fen, s.exam_lines, s.days
FROM s JOIN visit_x v ON v.mdtrt_id = s.mdtrt_id
WHERE s.exam_lines > 0 AND s.care_lines = s.exam_lines
