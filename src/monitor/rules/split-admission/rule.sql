-- 分解住院（split-admission）：同一参保人在同一定点医疗机构出院后 readmit_interval_days 天内
-- 因相关疾病再次入院。不计：上次出院时已计划再住院（结算清单 days_rinp_flag_31 = 2，如化疗
-- 周期）、本次为计划治疗（诊断知识库“计划治疗”，如化疗、放疗、透析）、两次住院的诊断不在同一
-- 类目（ICD-10 前三位，如阑尾切除后因骨折再入院）；手术并发症（T80–T88）视为相关。
-- 输出标准列；证据列: prev_mdtrt_id, prev_dscg_date, interval_days, prev_main_diag, main_diag
WITH ip AS (
  SELECT mdtrt_id, psn_no, fixmedins_code, adm_date, fund_pay_fen, main_diag, planned_care,
         LAG(mdtrt_id) OVER w AS prev_mdtrt_id,
         LAG(dscg_date) OVER w AS prev_dscg_date,
         LAG(days_rinp_flag_31) OVER w AS prev_plan_flag,
         LAG(main_diag) OVER w AS prev_main_diag
  FROM visit_x
  WHERE visit_kind = 'ip'
  WINDOW w AS (PARTITION BY psn_no, fixmedins_code ORDER BY adm_date, mdtrt_id)
), c AS (
  SELECT * FROM ip
  WHERE prev_dscg_date IS NOT NULL AND adm_date - prev_dscg_date BETWEEN 0 AND {{readmit_interval_days}}
    AND COALESCE(prev_plan_flag, '1') <> '2' AND planned_care = 0
)
SELECT c.mdtrt_id AS hit_key, c.fixmedins_code, c.psn_no, c.mdtrt_id, CAST(NULL AS VARCHAR) AS feedetl_sn, c.adm_date AS occur_date,
       c.fund_pay_fen AS amount_fen, c.prev_mdtrt_id, c.prev_dscg_date, c.adm_date - c.prev_dscg_date AS interval_days, c.prev_main_diag, c.main_diag
FROM c
WHERE c.main_diag LIKE 'T8%'
   OR EXISTS (SELECT 1 FROM visit_dx a JOIN visit_dx b ON substr(a.diag_code, 1, 3) = substr(b.diag_code, 1, 3)
              WHERE a.mdtrt_id = c.mdtrt_id AND b.mdtrt_id = c.prev_mdtrt_id)
