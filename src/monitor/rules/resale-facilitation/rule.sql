-- 为参保人转卖药品提供便利（resale-facilitation）：一家定点医药机构向 resale_min_persons 名以上参保人
-- 发出的药品，按人累计超出其用药所需（与囤积药品规则同一口径）。金额为该机构发出的超出部分。
-- 输出标准列；证据列: persons, items；line_sns 列出该机构发出的这些药品明细
WITH l AS (
  SELECT feedetl_sn, psn_no, fixmedins_code, med_list_codg, fee_date, amt_fen, GREATEST(COALESCE(prd_days, 1), 1) AS d
  FROM fee_x WHERE item_class = '药品' AND visit_kind IN ('op', 'rx')
), s AS (
  SELECT psn_no, med_list_codg, SUM(d) AS supply_days, MAX(fee_date + d) - MIN(fee_date) AS span_days
  FROM l GROUP BY psn_no, med_list_codg
), h AS (
  SELECT psn_no, med_list_codg, supply_days, span_days FROM s
  WHERE supply_days - span_days >= {{hoard_min_excess_days}} AND supply_days * 100 > span_days * {{hoard_ratio_pct}}
), p AS (
  SELECT l.fixmedins_code, l.psn_no, l.med_list_codg, SUM(l.amt_fen) AS amt, MAX(l.fee_date) AS last_date,
         string_agg(l.feedetl_sn, ',' ORDER BY l.feedetl_sn) AS sns, MIN(h.supply_days) AS supply_days, MIN(h.span_days) AS span_days
  FROM l JOIN h ON h.psn_no = l.psn_no AND h.med_list_codg = l.med_list_codg
  GROUP BY l.fixmedins_code, l.psn_no, l.med_list_codg
), i AS (
  SELECT fixmedins_code, COUNT(DISTINCT psn_no) AS persons, COUNT(DISTINCT med_list_codg) AS items,
         SUM(FLOOR(CAST(amt * (supply_days - span_days) AS FLOAT8) / supply_days)) AS excess_fen, MAX(last_date) AS last_date,
         string_agg(sns, ',' ORDER BY sns) AS line_sns
  FROM p GROUP BY fixmedins_code
)
SELECT fixmedins_code AS hit_key, fixmedins_code, CAST(NULL AS VARCHAR) AS psn_no, CAST(NULL AS VARCHAR) AS mdtrt_id, CAST(NULL AS VARCHAR) AS feedetl_sn,
       last_date AS occur_date, CAST(excess_fen AS BIGINT) AS amount_fen, persons, items, line_sns
FROM i WHERE persons >= {{resale_min_persons}}
