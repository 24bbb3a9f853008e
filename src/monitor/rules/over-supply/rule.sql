-- 药品限最大支付天数/开药量（超量开药）（over-supply）
-- 输出标准列: hit_key, fixmedins_code, psn_no, mdtrt_id, feedetl_sn, occur_date, amount_fen；证据列: med_list_codg, prd_days, lim_max_supply_days
SELECT feedetl_sn AS hit_key, fixmedins_code, psn_no, mdtrt_id, feedetl_sn, fee_date AS occur_date,
       CAST(FLOOR(CAST(amt_fen AS FLOAT8) * (prd_days - lim_max_supply_days) / prd_days) AS BIGINT) AS amount_fen,
       med_list_codg, prd_days, lim_max_supply_days
FROM fee_lim
WHERE item_class = '药品' AND lim_max_supply_days IS NOT NULL AND prd_days > lim_max_supply_days
