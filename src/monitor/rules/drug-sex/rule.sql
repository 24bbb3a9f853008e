-- 药品区分性别使用（drug-sex）
-- 输出标准列: hit_key, fixmedins_code, psn_no, mdtrt_id, feedetl_sn, occur_date, amount_fen；证据列: med_list_codg, cnt, pric_fen, gend, lim_gend
SELECT feedetl_sn AS hit_key, fixmedins_code, psn_no, mdtrt_id, feedetl_sn, fee_date AS occur_date, amt_fen AS amount_fen,
       med_list_codg, cnt, pric_fen, gend, lim_gend
FROM fee_lim
WHERE item_class = '药品' AND lim_gend IS NOT NULL AND gend <> lim_gend
