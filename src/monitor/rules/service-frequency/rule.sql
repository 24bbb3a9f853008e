-- 医疗服务项目限定频次（service-frequency）
-- 输出标准列: hit_key, fixmedins_code, psn_no, mdtrt_id, feedetl_sn, occur_date, amount_fen；证据列: med_list_codg, day_cnt, lim_max_per_day
SELECT mdtrt_id || ':' || CAST(fee_date AS VARCHAR) || ':' || med_list_codg AS hit_key, MIN(fixmedins_code) AS fixmedins_code, MIN(psn_no) AS psn_no, mdtrt_id,
       CAST(NULL AS VARCHAR) AS feedetl_sn, fee_date AS occur_date,
       CAST(FLOOR(CAST(SUM(amt_fen) AS FLOAT8) * (SUM(cnt) - MIN(lim_max_per_day)) / SUM(cnt)) AS BIGINT) AS amount_fen,
       med_list_codg, SUM(cnt) AS day_cnt, MIN(lim_max_per_day) AS lim_max_per_day
FROM fee_lim WHERE item_class = '诊疗' AND lim_max_per_day IS NOT NULL
GROUP BY mdtrt_id, fee_date, med_list_codg
HAVING SUM(cnt) > MIN(lim_max_per_day)
