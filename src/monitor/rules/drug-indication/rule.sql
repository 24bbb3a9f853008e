-- 药品限适应症（drug-indication）
-- 输出标准列: hit_key, fixmedins_code, psn_no, mdtrt_id, feedetl_sn, occur_date, amount_fen；证据列: med_list_codg, cnt, pric_fen, main_diag, lim_diag_prefix
SELECT feedetl_sn AS hit_key, fixmedins_code, psn_no, mdtrt_id, feedetl_sn, fee_date AS occur_date, amt_fen AS amount_fen,
       med_list_codg, cnt, pric_fen, main_diag, lim_diag_prefix
FROM fee_lim
WHERE item_class = '药品' AND lim_diag_prefix IS NOT NULL AND main_diag NOT LIKE lim_diag_prefix || '%'
