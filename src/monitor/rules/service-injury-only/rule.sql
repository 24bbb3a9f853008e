-- 医疗服务项目限工伤保险（service-injury-only）
-- 输出标准列: hit_key, fixmedins_code, psn_no, mdtrt_id, feedetl_sn, occur_date, amount_fen；证据列: med_list_codg, cnt, pric_fen, fund_type, lim_fund_type
SELECT feedetl_sn AS hit_key, fixmedins_code, psn_no, mdtrt_id, feedetl_sn, fee_date AS occur_date, amt_fen AS amount_fen,
       med_list_codg, cnt, pric_fen, fund_type, lim_fund_type
FROM fee_lim
WHERE item_class = '诊疗' AND lim_fund_type = '工伤' AND fund_type <> '工伤'
