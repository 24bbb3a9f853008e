-- 疾病诊断编码异常（diagnosis-without-charges）：住院的诊断按诊断知识库须有某类费用（如分娩须有接生、
-- 化疗须有抗肿瘤药），费用明细中却没有。
-- 输出标准列；证据列: diag_code, diag_prefix, need_sub_class
WITH m AS (
  SELECT d.mdtrt_id, MIN(d.diag_code) AS diag_code, k.diag_prefix, k.need_sub_class
  FROM visit_dx d JOIN diag_kb k ON k.kb_kind = '须有费用' AND k.need_sub_class IS NOT NULL AND d.diag_code LIKE k.diag_prefix || '%'
  JOIN visit_x v ON v.mdtrt_id = d.mdtrt_id AND v.visit_kind = 'ip'
  GROUP BY d.mdtrt_id, k.diag_prefix, k.need_sub_class
), have AS (
  SELECT DISTINCT x.mdtrt_id, x.sub_class FROM fee_x x WHERE x.sub_class IS NOT NULL AND x.mdtrt_id IN (SELECT mdtrt_id FROM m)
)
SELECT v.mdtrt_id AS hit_key, v.fixmedins_code, v.psn_no, v.mdtrt_id, CAST(NULL AS VARCHAR) AS feedetl_sn, v.adm_date AS occur_date,
       v.fund_pay_fen AS amount_fen, MIN(m.diag_code) AS diag_code, MIN(m.diag_prefix) AS diag_prefix, MIN(m.need_sub_class) AS need_sub_class
FROM m JOIN visit_x v ON v.mdtrt_id = m.mdtrt_id
WHERE NOT EXISTS (SELECT 1 FROM have h WHERE h.mdtrt_id = m.mdtrt_id AND h.sub_class = m.need_sub_class)
GROUP BY v.mdtrt_id, v.fixmedins_code, v.psn_no, v.adm_date, v.fund_pay_fen
