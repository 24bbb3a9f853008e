-- 院内感染发生率统计（nosocomial-infection-rate）：医疗机构住院患者中，入院病情为“无”（adm_cond_type = 4，
-- 入院后发生）的感染诊断（诊断知识库“院内感染”）所占比例超过 infection_max_pct%，且出院人次不少于
-- infection_min_discharges。统计指标，不计金额。
-- 输出标准列；证据列: discharges, infections；visit_ids 列出有院内感染诊断的住院
WITH inf AS (
  SELECT DISTINCT d.mdtrt_id FROM diag d JOIN diag_kb k ON k.kb_kind = '院内感染' AND d.diag_code LIKE k.diag_prefix || '%'
  WHERE d.adm_cond_type = '4'
), s AS (
  SELECT v.fixmedins_code, COUNT(*) AS discharges, COUNT(inf.mdtrt_id) AS infections, MAX(v.dscg_date) AS last_date,
         string_agg(inf.mdtrt_id, ',' ORDER BY inf.mdtrt_id) AS visit_ids
  FROM visit_x v LEFT JOIN inf ON inf.mdtrt_id = v.mdtrt_id
  WHERE v.visit_kind = 'ip'
  GROUP BY v.fixmedins_code
)
SELECT fixmedins_code AS hit_key, fixmedins_code, CAST(NULL AS VARCHAR) AS psn_no, CAST(NULL AS VARCHAR) AS mdtrt_id, CAST(NULL AS VARCHAR) AS feedetl_sn,
       last_date AS occur_date, CAST(0 AS BIGINT) AS amount_fen, discharges, infections, visit_ids
FROM s WHERE discharges >= {{infection_min_discharges}} AND infections * 100 > discharges * {{infection_max_pct}}
