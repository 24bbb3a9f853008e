-- 频繁住院（frequent-admission）
-- 输出标准列: hit_key, fixmedins_code, psn_no, mdtrt_id, feedetl_sn, occur_date, amount_fen；证据列: window_end, window_visits
WITH w AS (
  SELECT psn_no, mdtrt_id, fixmedins_code, adm_date,
         COUNT(*) OVER (PARTITION BY psn_no ORDER BY adm_day_no RANGE BETWEEN {{freq_21_window_days}} - 1 PRECEDING AND CURRENT ROW) AS window_visits,
         SUM(fund_pay_fen) OVER (PARTITION BY psn_no ORDER BY adm_day_no RANGE BETWEEN {{freq_21_window_days}} - 1 PRECEDING AND CURRENT ROW) AS window_fen
  FROM visit_x WHERE med_type = '21'
), f AS (
  SELECT w.*, ROW_NUMBER() OVER (PARTITION BY psn_no ORDER BY adm_date, mdtrt_id) AS rn
  FROM w WHERE window_visits > {{freq_21_max}}
)
SELECT psn_no AS hit_key, fixmedins_code, psn_no, mdtrt_id, CAST(NULL AS VARCHAR) AS feedetl_sn, adm_date AS occur_date,
       CAST(window_fen AS BIGINT) AS amount_fen, adm_date AS window_end, window_visits
FROM f WHERE rn = 1
