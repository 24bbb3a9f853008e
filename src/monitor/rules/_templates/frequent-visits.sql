-- 频繁就医：同一参保人在 {{@window_days}} 天的窗口内就诊（医疗类别 {{@med_types}}）超过 {{@max_visits}} 次。
-- 门诊慢特病（医疗类别 14）按备案规律就诊（如每周三次血液透析），不计入。
-- 输出标准列；证据列: window_end, window_visits；visit_ids 列出窗口内的就诊
WITH v AS (
  SELECT psn_no, mdtrt_id, fixmedins_code, adm_date, adm_day_no, fund_pay_fen FROM visit_x WHERE med_type IN {{@med_types}}
), w AS (
  SELECT psn_no, mdtrt_id, fixmedins_code, adm_date, adm_day_no,
         COUNT(*) OVER (PARTITION BY psn_no ORDER BY adm_day_no RANGE BETWEEN {{@window_days}} - 1 PRECEDING AND CURRENT ROW) AS window_visits
  FROM v
), f AS (
  SELECT w.*, ROW_NUMBER() OVER (PARTITION BY psn_no ORDER BY adm_date, mdtrt_id) AS rn
  FROM w WHERE window_visits > {{@max_visits}}
)
SELECT f.psn_no AS hit_key, MIN(f.fixmedins_code) AS fixmedins_code, f.psn_no, f.mdtrt_id, CAST(NULL AS VARCHAR) AS feedetl_sn, f.adm_date AS occur_date,
       CAST(SUM(v.fund_pay_fen) AS BIGINT) AS amount_fen, f.adm_date AS window_end, MIN(f.window_visits) AS window_visits,
       COUNT(DISTINCT v.fixmedins_code) AS institutions,
       string_agg(v.mdtrt_id, ',' ORDER BY v.mdtrt_id) AS visit_ids
FROM f JOIN v ON v.psn_no = f.psn_no AND v.adm_day_no BETWEEN f.adm_day_no - ({{@window_days}} - 1) AND f.adm_day_no
WHERE f.rn = 1
GROUP BY f.psn_no, f.mdtrt_id, f.adm_date
