-- 进销存异常（{{@item_class}}）：一家机构一种目录项目的结算数量（冲销后）大于入库数量（含期初）。
-- 输出标准列；证据列: med_list_codg, sold_cnt, in_cnt
WITH s AS (
  SELECT fixmedins_code, med_list_codg, sold_cnt, sold_fen, last_date
  FROM inst_item WHERE item_class = {{@item_class}}
), i AS (
  SELECT fixmedins_code, med_list_codg, SUM(cnt) AS in_cnt FROM inv_in GROUP BY fixmedins_code, med_list_codg
)
SELECT s.fixmedins_code || ':' || s.med_list_codg AS hit_key, s.fixmedins_code, CAST(NULL AS VARCHAR) AS psn_no, CAST(NULL AS VARCHAR) AS mdtrt_id,
       CAST(NULL AS VARCHAR) AS feedetl_sn, s.last_date AS occur_date,
       CAST(FLOOR(CAST(s.sold_fen AS FLOAT8) * (s.sold_cnt - COALESCE(i.in_cnt, 0)) / s.sold_cnt) AS BIGINT) AS amount_fen,
       s.med_list_codg, s.sold_cnt, COALESCE(i.in_cnt, 0) AS in_cnt
FROM s LEFT JOIN i ON i.fixmedins_code = s.fixmedins_code AND i.med_list_codg = s.med_list_codg
WHERE s.sold_cnt > COALESCE(i.in_cnt, 0)
