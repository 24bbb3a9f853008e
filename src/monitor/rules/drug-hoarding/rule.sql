-- 囤积药品（drug-hoarding）：同一参保人在门诊、药店结算的同一种药品，累计用药天数超过其覆盖期
-- （首次购药至最后一次购药加其用药天数）的 hoard_ratio_pct%，且多出 hoard_min_excess_days 天以上：
-- 买到的药多于自己能用的，可能转卖（条例第四十一条第（三）项）。长期处方按其用药天数计，不算囤积。
-- （每人每药的累计用量 drug_supply 由 prep.sql 算出，与“为转卖药品提供便利”共用。）
-- 输出标准列；证据列: med_list_codg, supply_days, span_days, first_date, last_date；line_sns 列出这些购药明细
WITH h AS (
  SELECT * FROM drug_supply
  WHERE supply_days - span_days >= {{hoard_min_excess_days}} AND supply_days * 100 > span_days * {{hoard_ratio_pct}}
), l AS (
  SELECT x.psn_no, x.med_list_codg, MIN(x.mdtrt_id) AS mdtrt_id, MIN(x.fixmedins_code) AS fixmedins_code, string_agg(x.feedetl_sn, ',' ORDER BY x.feedetl_sn) AS line_sns
  FROM fee_x x JOIN h ON h.psn_no = x.psn_no AND h.med_list_codg = x.med_list_codg
  WHERE x.item_class = '药品' AND x.visit_kind IN ('op', 'rx')
  GROUP BY x.psn_no, x.med_list_codg
)
SELECT h.psn_no || ':' || h.med_list_codg AS hit_key, l.fixmedins_code, h.psn_no, l.mdtrt_id, CAST(NULL AS VARCHAR) AS feedetl_sn, h.last_date AS occur_date,
       CAST(FLOOR(CAST(h.amt * (h.supply_days - h.span_days) AS FLOAT8) / h.supply_days) AS BIGINT) AS amount_fen,
       h.med_list_codg, h.supply_days, h.span_days, h.first_date, h.last_date, l.line_sns
FROM h JOIN l ON l.psn_no = h.psn_no AND l.med_list_codg = h.med_list_codg
