-- 超限定报销总额（{{@item_class}}）：同一参保人同一项目一个自然年内累计金额超过目录限定的报销总额；
-- 超出部分为违规（跨越限额的明细只计超出的金额）。
-- 输出标准列；证据列: med_list_codg, year_fen, lim_max_amt_fen
WITH l AS (
  SELECT feedetl_sn, fixmedins_code, psn_no, mdtrt_id, fee_date, med_list_codg, amt_fen, lim_max_amt_fen,
         CAST(EXTRACT(YEAR FROM fee_date) AS INTEGER) AS yr
  FROM fee_lim WHERE item_class = {{@item_class}} AND lim_max_amt_fen IS NOT NULL
), c AS (
  SELECT l.*, SUM(amt_fen) OVER (PARTITION BY psn_no, med_list_codg, yr ORDER BY fee_date, feedetl_sn ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS cum
  FROM l
)
SELECT feedetl_sn AS hit_key, fixmedins_code, psn_no, mdtrt_id, feedetl_sn, fee_date AS occur_date,
       CAST(cum - GREATEST(cum - amt_fen, lim_max_amt_fen) AS BIGINT) AS amount_fen,
       med_list_codg, cum AS year_fen, lim_max_amt_fen
FROM c WHERE cum > lim_max_amt_fen
