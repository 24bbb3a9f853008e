-- 药品限医疗机构级别（drug-hosp-level）
-- 输出标准列: hit_key, fixmedins_code, psn_no, mdtrt_id, feedetl_sn, occur_date, amount_fen；证据列: med_list_codg, cnt, pric_fen, hosp_lv, lim_min_hosp_lv
SELECT feedetl_sn AS hit_key, fixmedins_code, psn_no, mdtrt_id, feedetl_sn, fee_date AS occur_date, amt_fen AS amount_fen,
       med_list_codg, cnt, pric_fen, hosp_lv, lim_min_hosp_lv
FROM fee_lim
WHERE item_class = '药品' AND lim_min_hosp_lv IS NOT NULL AND hosp_lv < lim_min_hosp_lv
