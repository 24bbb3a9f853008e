-- 分解处方（split-prescription）：同一参保人同一天在同一机构同一科室被拆成多次门诊结算。
-- 同一天看两个科室（如内科和眼科）是两次就诊，不是分解处方。
-- 输出标准列；证据列: first_mdtrt_id, visits_that_day, dept_code
WITH o AS (
  SELECT v.mdtrt_id, v.psn_no, v.fixmedins_code, v.adm_date, v.fund_pay_fen, COALESCE(v.dept_code, '') AS dept_code,
         ROW_NUMBER() OVER (PARTITION BY v.psn_no, v.fixmedins_code, v.adm_date, COALESCE(v.dept_code, '') ORDER BY v.mdtrt_id) AS rn,
         COUNT(*) OVER p AS visits_that_day, MIN(v.mdtrt_id) OVER p AS first_mdtrt_id
  FROM visit_x v
  WHERE v.med_type = '11'
  WINDOW p AS (PARTITION BY v.psn_no, v.fixmedins_code, v.adm_date, COALESCE(v.dept_code, ''))
)
SELECT mdtrt_id AS hit_key, fixmedins_code, psn_no, mdtrt_id, CAST(NULL AS VARCHAR) AS feedetl_sn, adm_date AS occur_date,
       fund_pay_fen AS amount_fen, first_mdtrt_id, visits_that_day, NULLIF(dept_code, '') AS dept_code
FROM o WHERE rn > 1
