-- 药品进销存异常（串换药品）（drug-stock-mismatch）
-- 输出标准列: hit_key, fixmedins_code, psn_no, mdtrt_id, feedetl_sn, occur_date, amount_fen；证据列: med_list_codg, sold_cnt, in_cnt
WITH s AS (
  SELECT fixmedins_code, med_list_codg, sold_cnt, sold_fen, last_date
  FROM inst_item WHERE item_class = '药品'
), i AS (
  SELECT fixmedins_code, med_list_codg, SUM(cnt) AS in_cnt FROM inv_in GROUP BY fixmedins_code, med_list_codg
)
SELECT s.fixmedins_code || ':' || s.med_list_codg AS hit_key, s.fixmedins_code, CAST(NULL AS VARCHAR) AS psn_no, CAST(NULL AS VARCHAR) AS mdtrt_id,
       CAST(NULL AS VARCHAR) AS feedetl_sn, s.last_date AS occur_date,
       CAST(FLOOR(CAST(s.sold_fen AS FLOAT8) * (s.sold_cnt - COALESCE(i.in_cnt, 0)) / s.sold_cnt) AS BIGINT) AS amount_fen,
       s.med_list_codg, s.sold_cnt, COALESCE(i.in_cnt, 0) AS in_cnt
FROM s LEFT JOIN i ON i.fixmedins_code = s.fixmedins_code AND i.med_list_codg = s.med_list_codg
WHERE s.sold_cnt > COALESCE(i.in_cnt, 0)
