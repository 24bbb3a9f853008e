-- 手术操作编码异常（procedure-code-anomaly）：住院收取了手术费，结算清单却没有任何手术操作编码；
-- 或上传了手术操作（4101 oprninfo）却没有主要手术。
-- 输出标准列；证据列: anomaly, surgery_lines, oprn_code
WITH s AS (
  SELECT mdtrt_id, COUNT(*) AS surgery_lines FROM fee_sel WHERE sub_class = '手术' AND visit_kind = 'ip' GROUP BY mdtrt_id
), o AS (
  SELECT mdtrt_id, COUNT(*) AS oprns, SUM(CASE WHEN oprn_oprt_type = '1' THEN 1 ELSE 0 END) AS mains FROM oprn WHERE mdtrt_id IN (SELECT mdtrt_id FROM s) GROUP BY mdtrt_id
), a AS (
  SELECT v.mdtrt_id, v.fixmedins_code, v.psn_no, v.adm_date, v.fund_pay_fen, v.oprn_code, s.surgery_lines,
         CASE WHEN v.oprn_code IS NULL AND o.mdtrt_id IS NULL THEN '收取手术费但没有手术操作编码'
              WHEN o.mdtrt_id IS NOT NULL AND o.mains = 0 THEN '手术操作中没有主要手术'
         END AS anomaly
  FROM s JOIN visit_x v ON v.mdtrt_id = s.mdtrt_id LEFT JOIN o ON o.mdtrt_id = s.mdtrt_id
)
SELECT mdtrt_id AS hit_key, fixmedins_code, psn_no, mdtrt_id, CAST(NULL AS VARCHAR) AS feedetl_sn, adm_date AS occur_date,
       fund_pay_fen AS amount_fen, anomaly, surgery_lines, oprn_code
FROM a WHERE anomaly IS NOT NULL
