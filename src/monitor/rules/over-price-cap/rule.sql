-- 医疗服务项目超限定单价收费（超标准收费）（over-price-cap）
-- 输出标准列: hit_key, fixmedins_code, psn_no, mdtrt_id, feedetl_sn, occur_date, amount_fen；证据列: med_list_codg, cnt, pric_fen, cap_fen, hosp_lv
SELECT f.feedetl_sn AS hit_key, f.fixmedins_code, f.psn_no, f.mdtrt_id, f.feedetl_sn, f.fee_date AS occur_date,
       CAST((f.pric_fen - c.cap_fen) * f.cnt AS BIGINT) AS amount_fen, f.med_list_codg, f.cnt, f.pric_fen, c.cap_fen, f.hosp_lv
FROM fee_x f
JOIN price_cap c ON c.med_list_codg = f.med_list_codg AND c.hosp_lv = f.hosp_lv AND f.fee_date BETWEEN c.begn_date AND c.end_date
WHERE f.pric_fen > c.cap_fen
