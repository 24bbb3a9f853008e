-- 医疗服务项目限就医方式（service-med-type-only）
-- 输出标准列: hit_key, fixmedins_code, psn_no, mdtrt_id, feedetl_sn, occur_date, amount_fen；证据列: med_list_codg, cnt, pric_fen, med_type, lim_med_type
SELECT feedetl_sn AS hit_key, fixmedins_code, psn_no, mdtrt_id, feedetl_sn, fee_date AS occur_date, amt_fen AS amount_fen,
       med_list_codg, cnt, pric_fen, med_type, lim_med_type
FROM fee_lim
WHERE item_class = '诊疗' AND lim_med_type IS NOT NULL AND med_type <> lim_med_type
