-- 诊断编码与手术操作编码不符（diagnosis-procedure-mismatch）：主要手术操作在知识库（手术操作与诊断
-- 对应）中列有相符的诊断，而本次住院的诊断没有一个相符。
-- 输出标准列；证据列: oprn_code, main_diag, allowed_diags
WITH p AS (
  SELECT v.mdtrt_id, v.fixmedins_code, v.psn_no, v.adm_date, v.fund_pay_fen, v.main_diag,
         COALESCE((SELECT MIN(o.oprn_oprt_code) FROM oprn o WHERE o.mdtrt_id = v.mdtrt_id AND o.oprn_oprt_type = '1'), v.oprn_code) AS oprn_code
  FROM visit_x v WHERE v.visit_kind = 'ip' AND (v.oprn_code IS NOT NULL OR v.mdtrt_id IN (SELECT mdtrt_id FROM oprn))
), m AS (
  SELECT p.*, string_agg(k.diag_prefix, '、' ORDER BY k.diag_prefix) AS allowed_diags
  FROM p JOIN oprn_diag k ON p.oprn_code LIKE k.oprn_prefix || '%'
  GROUP BY p.mdtrt_id, p.fixmedins_code, p.psn_no, p.adm_date, p.fund_pay_fen, p.main_diag, p.oprn_code
)
SELECT mdtrt_id AS hit_key, fixmedins_code, psn_no, mdtrt_id, CAST(NULL AS VARCHAR) AS feedetl_sn, adm_date AS occur_date,
       fund_pay_fen AS amount_fen, oprn_code, main_diag, allowed_diags
FROM m
WHERE NOT EXISTS (
  SELECT 1 FROM visit_dx d JOIN oprn_diag k ON m.oprn_code LIKE k.oprn_prefix || '%' AND d.diag_code LIKE k.diag_prefix || '%'
  WHERE d.mdtrt_id = m.mdtrt_id)
