-- 分解处方（同日同机构多次门诊结算）（split-prescription）
-- 输出标准列: hit_key, fixmedins_code, psn_no, mdtrt_id, feedetl_sn, occur_date, amount_fen；证据列: first_mdtrt_id, visits_that_day
WITH c AS (
  SELECT psn_no, fixmedins_code, adm_date FROM visit_x WHERE med_type = '11'
  GROUP BY psn_no, fixmedins_code, adm_date HAVING COUNT(*) > 1
), o AS (
  SELECT v.mdtrt_id, v.psn_no, v.fixmedins_code, v.adm_date, v.fund_pay_fen,
         ROW_NUMBER() OVER (PARTITION BY v.psn_no, v.fixmedins_code, v.adm_date ORDER BY v.mdtrt_id) AS rn,
         COUNT(*) OVER (PARTITION BY v.psn_no, v.fixmedins_code, v.adm_date) AS visits_that_day,
         MIN(v.mdtrt_id) OVER (PARTITION BY v.psn_no, v.fixmedins_code, v.adm_date) AS first_mdtrt_id
  FROM visit_x v JOIN c ON c.psn_no = v.psn_no AND c.fixmedins_code = v.fixmedins_code AND c.adm_date = v.adm_date
  WHERE v.med_type = '11'
)
SELECT mdtrt_id AS hit_key, fixmedins_code, psn_no, mdtrt_id, CAST(NULL AS VARCHAR) AS feedetl_sn, adm_date AS occur_date,
       fund_pay_fen AS amount_fen, first_mdtrt_id, visits_that_day
FROM o WHERE rn > 1
