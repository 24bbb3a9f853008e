-- 频繁住院（frequent-admission）：同一参保人在同一定点医疗机构 freq_21_window_days 天内
-- 非计划住院超过 freq_21_max 次。计划住院（上次出院时已计划再住院，或诊断为化疗、放疗、
-- 透析等计划治疗）不计。金额只计该机构窗口内非计划住院的基金支付：不把他院的住院算给它。
-- 输出标准列；证据列: window_end, window_visits；visit_ids 列出窗口内的住院
WITH ip AS (
  SELECT psn_no, mdtrt_id, fixmedins_code, adm_date, adm_day_no, fund_pay_fen, planned_care,
         LAG(days_rinp_flag_31) OVER (PARTITION BY psn_no, fixmedins_code ORDER BY adm_date, mdtrt_id) AS prev_plan_flag
  FROM visit_x WHERE visit_kind = 'ip'
), u AS (
  SELECT * FROM ip WHERE planned_care = 0 AND COALESCE(prev_plan_flag, '1') <> '2'
), w AS (
  SELECT psn_no, mdtrt_id, fixmedins_code, adm_date, adm_day_no,
         COUNT(*) OVER (PARTITION BY psn_no, fixmedins_code ORDER BY adm_day_no RANGE BETWEEN {{freq_21_window_days}} - 1 PRECEDING AND CURRENT ROW) AS window_visits
  FROM u
), f AS (
  SELECT w.*, ROW_NUMBER() OVER (PARTITION BY psn_no, fixmedins_code ORDER BY adm_date, mdtrt_id) AS rn
  FROM w WHERE window_visits > {{freq_21_max}}
)
SELECT f.psn_no || ':' || f.fixmedins_code AS hit_key, f.fixmedins_code, f.psn_no, f.mdtrt_id, CAST(NULL AS VARCHAR) AS feedetl_sn, f.adm_date AS occur_date,
       CAST(SUM(u.fund_pay_fen) AS BIGINT) AS amount_fen, f.adm_date AS window_end, MIN(f.window_visits) AS window_visits,
       string_agg(u.mdtrt_id, ',' ORDER BY u.mdtrt_id) AS visit_ids
FROM f JOIN u ON u.psn_no = f.psn_no AND u.fixmedins_code = f.fixmedins_code AND u.adm_day_no BETWEEN f.adm_day_no - ({{freq_21_window_days}} - 1) AND f.adm_day_no
WHERE f.rn = 1
GROUP BY f.psn_no, f.fixmedins_code, f.mdtrt_id, f.adm_date
