-- 药品限新生儿使用（drug-newborn-only）
-- 输出标准列: hit_key, fixmedins_code, psn_no, mdtrt_id, feedetl_sn, occur_date, amount_fen；证据列: med_list_codg, cnt, pric_fen, age_days, lim_max_age_days
SELECT feedetl_sn AS hit_key, fixmedins_code, psn_no, mdtrt_id, feedetl_sn, fee_date AS occur_date, amt_fen AS amount_fen,
       med_list_codg, cnt, pric_fen, age_days, lim_max_age_days
FROM fee_lim
WHERE item_class = '药品' AND lim_max_age_days IS NOT NULL AND age_days > lim_max_age_days
