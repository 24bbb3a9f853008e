-- 分解处方（同日同机构多次门诊结算）（split-prescription）
-- 输出标准列: hit_key, fixmedins_code, psn_no, mdtrt_id, feedetl_sn, occur_date, amount_fen；证据列: first_mdtrt_id, visits_that_day
WITH o AS (
  SELECT mdtrt_id, psn_no, fixmedins_code, adm_date, fund_pay_fen,
         ROW_NUMBER() OVER (PARTITION BY psn_no, fixmedins_code, adm_date ORDER BY mdtrt_id) AS rn,
         COUNT(*) OVER (PARTITION BY psn_no, fixmedins_code, adm_date) AS visits_that_day,
         MIN(mdtrt_id) OVER (PARTITION BY psn_no, fixmedins_code, adm_date) AS first_mdtrt_id
  FROM visit_x WHERE med_type = '11'
)
SELECT mdtrt_id AS hit_key, fixmedins_code, psn_no, mdtrt_id, CAST(NULL AS VARCHAR) AS feedetl_sn, adm_date AS occur_date,
       fund_pay_fen AS amount_fen, first_mdtrt_id, visits_that_day
FROM o WHERE rn > 1
