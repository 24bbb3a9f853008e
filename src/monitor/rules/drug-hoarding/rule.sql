-- 囤积药品（drug-hoarding）：同一参保人在门诊、药店结算的同一种药品，累计用药天数超过其覆盖期
-- （首次购药至最后一次购药加其用药天数）的 hoard_ratio_pct%，且多出 hoard_min_excess_days 天以上：
-- 买到的药多于自己能用的，可能转卖（条例第四十一条第（三）项）。长期处方按其用药天数计，不算囤积。
-- 输出标准列；证据列: med_list_codg, supply_days, span_days, first_date, last_date；line_sns 列出这些购药明细
WITH l AS (
  SELECT feedetl_sn, psn_no, fixmedins_code, mdtrt_id, med_list_codg, fee_date, amt_fen, GREATEST(COALESCE(prd_days, 1), 1) AS d
  FROM fee_x WHERE item_class = '药品' AND visit_kind IN ('op', 'rx')
), s AS (
  SELECT psn_no, med_list_codg, SUM(d) AS supply_days, MAX(fee_date + d) - MIN(fee_date) AS span_days,
         MIN(fee_date) AS first_date, MAX(fee_date) AS last_date, SUM(amt_fen) AS amt, MIN(mdtrt_id) AS mdtrt_id, MIN(fixmedins_code) AS fixmedins_code,
         string_agg(feedetl_sn, ',' ORDER BY feedetl_sn) AS line_sns
  FROM l GROUP BY psn_no, med_list_codg
)
SELECT psn_no || ':' || med_list_codg AS hit_key, fixmedins_code, psn_no, mdtrt_id, CAST(NULL AS VARCHAR) AS feedetl_sn, last_date AS occur_date,
       CAST(FLOOR(CAST(amt * (supply_days - span_days) AS FLOAT8) / supply_days) AS BIGINT) AS amount_fen,
       med_list_codg, supply_days, span_days, first_date, last_date, line_sns
FROM s
WHERE supply_days - span_days >= {{hoard_min_excess_days}} AND supply_days * 100 > span_days * {{hoard_ratio_pct}}
