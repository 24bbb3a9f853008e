-- 诊断与患者性别不符（diagnosis-sex）
-- 输出标准列: hit_key, fixmedins_code, psn_no, mdtrt_id, feedetl_sn, occur_date, amount_fen；证据列: code, code_prefix, gend
SELECT v.mdtrt_id AS hit_key, v.fixmedins_code, v.psn_no, v.mdtrt_id, CAST(NULL AS VARCHAR) AS feedetl_sn, v.adm_date AS occur_date,
       v.fund_pay_fen AS amount_fen, MIN(v.main_diag) AS code, MIN(c.code_prefix) AS code_prefix, MIN(v.gend) AS gend
FROM visit_x v JOIN code_limit c ON c.code_type = 'diag' AND v.main_diag LIKE c.code_prefix || '%'
WHERE c.lim_gend IS NOT NULL AND v.gend <> c.lim_gend
GROUP BY v.mdtrt_id, v.fixmedins_code, v.psn_no, v.adm_date, v.fund_pay_fen
