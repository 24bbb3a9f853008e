-- 手术操作编码与性别不符（procedure-sex）
-- 输出标准列: hit_key, fixmedins_code, psn_no, mdtrt_id, feedetl_sn, occur_date, amount_fen；证据列: code, code_prefix, gend
SELECT v.mdtrt_id AS hit_key, v.fixmedins_code, v.psn_no, v.mdtrt_id, CAST(NULL AS VARCHAR) AS feedetl_sn, v.adm_date AS occur_date,
       v.fund_pay_fen AS amount_fen, MIN(v.oprn_code) AS code, MIN(c.code_prefix) AS code_prefix, MIN(v.gend) AS gend
FROM visit_x v JOIN code_limit c ON c.code_type = 'oprn' AND v.oprn_code LIKE c.code_prefix || '%'
WHERE c.lim_gend IS NOT NULL AND v.gend <> c.lim_gend
GROUP BY v.mdtrt_id, v.fixmedins_code, v.psn_no, v.adm_date, v.fund_pay_fen
