-- 医保结算清单信息异常（setl-list-anomaly）：住院结算清单的诊断信息不完整或自相矛盾——没有主诊断、
-- 主诊断不止一个、结算清单的主诊断与就诊记录的主要诊断不同，或实际住院天数与出入院日期不符。
-- 只检查上传了结算清单诊断（4101 diseinfo）的住院。
-- 输出标准列；证据列: anomaly, main_diags, main_diag, act_ipt_days
WITH d AS (
  SELECT mdtrt_id, SUM(CASE WHEN maindiag_flag = '1' AND diag_type = '1' THEN 1 ELSE 0 END) AS mains,
         MIN(CASE WHEN maindiag_flag = '1' AND diag_type = '1' THEN diag_code END) AS main_code,
         string_agg(CASE WHEN maindiag_flag = '1' AND diag_type = '1' THEN diag_code END, '、' ORDER BY diag_code) AS main_diags
  FROM diag WHERE mdtrt_id IN (SELECT mdtrt_id FROM visit_x WHERE visit_kind = 'ip') GROUP BY mdtrt_id
), a AS (
  SELECT v.mdtrt_id, v.fixmedins_code, v.psn_no, v.adm_date, v.fund_pay_fen, v.main_diag, s.act_ipt_days, d.main_diags,
         CASE WHEN d.mains = 0 THEN '没有主诊断'
              WHEN d.mains > 1 THEN '主诊断不止一个'
              WHEN d.main_code <> v.main_diag THEN '结算清单主诊断与就诊记录的主要诊断不同'
              WHEN s.act_ipt_days IS NOT NULL AND s.act_ipt_days <> GREATEST(v.dscg_date - v.adm_date, 1) THEN '实际住院天数与出入院日期不符'
         END AS anomaly
  FROM visit_x v JOIN d ON d.mdtrt_id = v.mdtrt_id JOIN setl s ON s.mdtrt_id = v.mdtrt_id
  WHERE v.visit_kind = 'ip'
)
SELECT mdtrt_id AS hit_key, fixmedins_code, psn_no, mdtrt_id, CAST(NULL AS VARCHAR) AS feedetl_sn, adm_date AS occur_date,
       fund_pay_fen AS amount_fen, anomaly, main_diags, main_diag, act_ipt_days
FROM a WHERE anomaly IS NOT NULL
