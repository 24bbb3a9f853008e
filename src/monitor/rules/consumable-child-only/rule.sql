-- 耗材限儿童使用（consumable-child-only）
-- 输出标准列: hit_key, fixmedins_code, psn_no, mdtrt_id, feedetl_sn, occur_date, amount_fen；证据列: med_list_codg, cnt, pric_fen, age_years, lim_max_age
SELECT feedetl_sn AS hit_key, fixmedins_code, psn_no, mdtrt_id, feedetl_sn, fee_date AS occur_date, amt_fen AS amount_fen,
       med_list_codg, cnt, pric_fen, age_years, lim_max_age
FROM fee_lim
WHERE item_class = '耗材' AND lim_max_age IS NOT NULL AND age_years > lim_max_age
