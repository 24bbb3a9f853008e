-- 结算清单诊断与病历不符（diagnosis-not-in-record）：结算清单的主诊断（4101 diseinfo；没有时为就诊记录
-- 的主要诊断）所在的类目（ICD-10 前三位）不在明细审核时上传的病历诊断（3101/3102 diagnosis）中。
-- 两者必有一处被改动过：可能是变造了结算清单或病历（条例第四十条第（二）项），须调取病历原件核实。
-- 只检查上传了病历诊断的就诊。
-- 输出标准列；证据列: setl_main_diag, record_diags
WITH a AS (
  SELECT mdtrt_id, string_agg(dise_codg, '、' ORDER BY dise_codg) AS record_diags FROM (SELECT DISTINCT mdtrt_id, dise_codg FROM audit_dise WHERE mdtrt_id IN (SELECT mdtrt_id FROM visit_x)) u GROUP BY mdtrt_id
), m AS (
  SELECT v.mdtrt_id, v.fixmedins_code, v.psn_no, v.adm_date, v.fund_pay_fen, a.record_diags,
         COALESCE(d.diag_code, v.main_diag) AS setl_main_diag
  FROM visit_x v JOIN a ON a.mdtrt_id = v.mdtrt_id
  LEFT JOIN (SELECT mdtrt_id, MIN(diag_code) AS diag_code FROM diag WHERE maindiag_flag = '1' AND diag_type = '1' AND mdtrt_id IN (SELECT mdtrt_id FROM audit_dise) GROUP BY mdtrt_id) d ON d.mdtrt_id = v.mdtrt_id
)
SELECT mdtrt_id AS hit_key, fixmedins_code, psn_no, mdtrt_id, CAST(NULL AS VARCHAR) AS feedetl_sn, adm_date AS occur_date,
       fund_pay_fen AS amount_fen, setl_main_diag, record_diags
FROM m
WHERE NOT EXISTS (SELECT 1 FROM audit_dise r WHERE r.mdtrt_id = m.mdtrt_id AND substr(r.dise_codg, 1, 3) = substr(m.setl_main_diag, 1, 3))
