-- 医用耗材数量超标（consumable-quantity）
-- 输出标准列: hit_key, fixmedins_code, psn_no, mdtrt_id, feedetl_sn, occur_date, amount_fen；证据列: med_list_codg, visit_cnt, lim_max_per_visit
SELECT mdtrt_id || ':' || med_list_codg AS hit_key, MIN(fixmedins_code) AS fixmedins_code, MIN(psn_no) AS psn_no, mdtrt_id,
       CAST(NULL AS VARCHAR) AS feedetl_sn, MAX(fee_date) AS occur_date,
       CAST(FLOOR(CAST(SUM(amt_fen) AS FLOAT8) * (SUM(cnt) - MIN(lim_max_per_visit)) / SUM(cnt)) AS BIGINT) AS amount_fen,
       med_list_codg, SUM(cnt) AS visit_cnt, MIN(lim_max_per_visit) AS lim_max_per_visit
FROM fee_lim WHERE item_class = '耗材' AND lim_max_per_visit IS NOT NULL
GROUP BY mdtrt_id, med_list_codg
HAVING SUM(cnt) > MIN(lim_max_per_visit)
