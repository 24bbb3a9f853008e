-- 分解住院（split-admission）
-- 输出标准列: hit_key, fixmedins_code, psn_no, mdtrt_id, feedetl_sn, occur_date, amount_fen；证据列: prev_mdtrt_id, prev_dscg_date, interval_days
WITH ip AS (
  SELECT mdtrt_id, psn_no, fixmedins_code, adm_date, fund_pay_fen,
         LAG(mdtrt_id) OVER w AS prev_mdtrt_id,
         LAG(dscg_date) OVER w AS prev_dscg_date
  FROM visit_x
  WHERE med_type = '21'
  WINDOW w AS (PARTITION BY psn_no, fixmedins_code ORDER BY adm_date, mdtrt_id)
)
SELECT mdtrt_id AS hit_key, fixmedins_code, psn_no, mdtrt_id, CAST(NULL AS VARCHAR) AS feedetl_sn, adm_date AS occur_date,
       fund_pay_fen AS amount_fen, prev_mdtrt_id, prev_dscg_date, adm_date - prev_dscg_date AS interval_days
FROM ip
WHERE prev_dscg_date IS NOT NULL AND adm_date - prev_dscg_date BETWEEN 0 AND {{readmit_interval_days}}
