-- 为参保人转卖药品提供便利（resale-facilitation）：一家定点医药机构向 resale_min_persons 名以上参保人
-- 发出的药品，按人累计超出其用药所需（与囤积药品规则同一口径，drug_supply 由 prep.sql 算出）。
-- 金额为该机构发出的超出部分。
-- 输出标准列；证据列: persons, items；line_sns 列出该机构发出的这些药品明细
WITH h AS (
  SELECT psn_no, med_list_codg, supply_days, span_days FROM drug_supply
  WHERE supply_days - span_days >= {{hoard_min_excess_days}} AND supply_days * 100 > span_days * {{hoard_ratio_pct}}
), p AS (
  SELECT x.fixmedins_code, x.psn_no, x.med_list_codg, SUM(x.amt_fen) AS amt, MAX(x.fee_date) AS last_date,
         string_agg(x.feedetl_sn, ',' ORDER BY x.feedetl_sn) AS sns, MIN(h.supply_days) AS supply_days, MIN(h.span_days) AS span_days
  FROM fee_x x JOIN h ON h.psn_no = x.psn_no AND h.med_list_codg = x.med_list_codg
  WHERE x.item_class = '药品' AND x.visit_kind IN ('op', 'rx')
  GROUP BY x.fixmedins_code, x.psn_no, x.med_list_codg
), i AS (
  SELECT fixmedins_code, COUNT(DISTINCT psn_no) AS persons, COUNT(DISTINCT med_list_codg) AS items,
         SUM(FLOOR(CAST(amt * (supply_days - span_days) AS FLOAT8) / supply_days)) AS excess_fen, MAX(last_date) AS last_date,
         string_agg(sns, ',' ORDER BY sns) AS line_sns
  FROM p GROUP BY fixmedins_code
)
SELECT fixmedins_code AS hit_key, fixmedins_code, CAST(NULL AS VARCHAR) AS psn_no, CAST(NULL AS VARCHAR) AS mdtrt_id, CAST(NULL AS VARCHAR) AS feedetl_sn,
       last_date AS occur_date, CAST(excess_fen AS BIGINT) AS amount_fen, persons, items, line_sns
FROM i WHERE persons >= {{resale_min_persons}}
